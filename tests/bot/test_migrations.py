"""Schema versions: every older database opens, keeps its data and reaches the current version."""

from __future__ import annotations

import sqlite3

import pytest

import bot.migrations as migrations
from bot.__main__ import StartupError, open_storage
from bot.migrations import SCHEMA_VERSION, SchemaTooNew, migrate, schema_version
from bot.storage import Storage

# The schemas that shipped before versioning (both at user_version 0).
FIRST_RELEASE = """
CREATE TABLE autotranslate (channel_id INTEGER PRIMARY KEY, guild_id INTEGER NOT NULL,
    enabled_by INTEGER NOT NULL, enabled_at REAL NOT NULL);
CREATE TABLE flag_claims (message_id INTEGER PRIMARY KEY, claimed_at REAL NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO autotranslate VALUES (10, 1, 99, 0.0);
"""
PER_THREAD_RELEASE = """
CREATE TABLE autotranslate (channel_id INTEGER PRIMARY KEY, guild_id INTEGER NOT NULL,
    enabled_by INTEGER NOT NULL, enabled_at REAL NOT NULL, enabled INTEGER NOT NULL DEFAULT 1);
CREATE TABLE flag_claims (message_id INTEGER PRIMARY KEY, claimed_at REAL NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO autotranslate VALUES (10, 1, 99, 0.0, 1);
INSERT INTO autotranslate VALUES (30, 1, 99, 0.0, 0);
"""


def versioned(path, version: int) -> None:
    """A database as the bot at ``version`` left it, with a channel switched on."""
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=version)
    db.execute("INSERT INTO autotranslate VALUES (10, 1, 99, 0.0, 1)")
    db.execute("INSERT INTO autotranslate VALUES (30, 1, 99, 0.0, 0)")
    db.close()


def unversioned(path, script: str) -> None:
    db = sqlite3.connect(path)
    db.executescript(script)
    db.close()


OLDER = {
    "first release (no user_version)": lambda path: unversioned(path, FIRST_RELEASE),
    "per-thread release (today's, no user_version)": lambda path: unversioned(
        path, PER_THREAD_RELEASE
    ),
    **{f"version {v}": (lambda path, v=v: versioned(path, v)) for v in range(1, SCHEMA_VERSION)},
}


@pytest.mark.parametrize("make", OLDER.values(), ids=OLDER.keys())
def test_every_older_database_is_migrated_and_keeps_its_channels(db_path, make):
    make(db_path)

    storage = Storage(db_path)

    assert schema_version(storage._db.connection) == SCHEMA_VERSION
    assert storage.autotranslate_enabled(10)
    assert storage.autotranslate_channels(1) == [10]
    # What the newest migrations added works on the migrated database.
    storage.link_translation(500, 10, 1, "auto", "Hello", [501, 502])
    assert storage.translation(500).reply_ids == (501, 502)
    storage.update_guild_config(1, by=99, user_budget=7)
    assert storage.guild_config(1).user_budget == 7
    assert storage.set_opted_out(42, True)
    storage.mark_guild_left(2, now=5.0)
    storage.close()

    reopened = Storage(db_path)  # and reopening a current database changes nothing
    assert schema_version(reopened._db.connection) == SCHEMA_VERSION
    assert reopened.guild_config(1).user_budget == 7
    assert reopened.opted_out(42)
    assert reopened.departed_guilds(before=6.0) == [2]


def test_first_release_threads_inherit_after_migration(db_path):
    unversioned(db_path, FIRST_RELEASE)

    storage = Storage(db_path)

    assert storage.autotranslate_enabled(30, parent_id=10)
    assert storage.set_autotranslate(1, 30, False, by=99, parent_id=10) is True
    assert not storage.autotranslate_enabled(30, parent_id=10)


def test_per_thread_release_keeps_explicit_thread_off(db_path):
    unversioned(db_path, PER_THREAD_RELEASE)

    storage = Storage(db_path)

    assert storage.autotranslate_setting(30) is False
    assert not storage.autotranslate_enabled(30, parent_id=10)


def test_new_database_starts_at_the_current_version(db_path):
    storage = Storage(db_path)
    assert schema_version(storage._db.connection) == SCHEMA_VERSION


def test_a_failed_migration_leaves_the_database_at_its_version(db_path, monkeypatch):
    versioned(db_path, 1)

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:1], broken))
    db = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(db, target=2)
    assert schema_version(db) == 1
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables


def test_a_database_from_a_newer_bot_is_refused_in_one_line(db_path):
    db = sqlite3.connect(db_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()

    with pytest.raises(SchemaTooNew):
        Storage(db_path)
    with pytest.raises(StartupError, match="newer than this bot's") as error:
        open_storage(db_path)
    assert error.value.code == 2


def test_postgres_migrations_mirror_sqlite_step_for_step():
    from bot import pg_storage

    assert pg_storage.SCHEMA_VERSION == SCHEMA_VERSION
    assert [m.__name__ for m in pg_storage.MIGRATIONS] == [
        m.__name__ for m in migrations.MIGRATIONS
    ]


def test_a_postgres_database_from_a_newer_bot_is_refused(postgres_server):
    from bot.pg_storage import PostgresDatabase

    url = postgres_server.create_database()
    db = PostgresDatabase(url)
    assert db.schema_version() == SCHEMA_VERSION
    db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    db.close()
    with pytest.raises(SchemaTooNew):
        PostgresDatabase(url)


def test_an_unreachable_postgres_stops_start_up_in_one_line(tmp_path):
    url = f"postgresql://bot@/bot?host={tmp_path}&port=1"  # no server on that socket
    with pytest.raises(StartupError, match="BOT_DATABASE_URL: cannot open") as error:
        open_storage(tmp_path / "unused.sqlite3", url)
    assert error.value.code == 2 and "secret" not in str(error.value)
