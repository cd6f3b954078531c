from __future__ import annotations

from bot.storage import Storage


def test_autotranslate_persists_across_connections(db_path):
    storage = Storage(db_path)
    assert storage.set_autotranslate(1, 10, True, by=99) is True
    assert storage.set_autotranslate(1, 10, True, by=99) is False
    storage.set_autotranslate(1, 11, True, by=99)
    storage.set_autotranslate(2, 20, True, by=99)
    storage.set_autotranslate(1, 11, False, by=99)
    storage.close()

    reopened = Storage(db_path)
    assert reopened.autotranslate_enabled(10)
    assert not reopened.autotranslate_enabled(11)
    assert reopened.autotranslate_channels(1) == [10]


def test_flag_claims_once_and_can_be_released():
    storage = Storage(":memory:")
    assert storage.claim_flag(5) is True
    assert storage.claim_flag(5) is False
    storage.release_flag(5)
    assert storage.claim_flag(5) is True


def test_meta():
    storage = Storage(":memory:")
    assert storage.get_meta("k") is None
    storage.set_meta("k", "v1")
    storage.set_meta("k", "v2")
    assert storage.get_meta("k") == "v2"


def test_threads_inherit_unless_set_and_settings_persist(db_path):
    storage = Storage(db_path)
    assert not storage.autotranslate_enabled(30, parent_id=10)
    storage.set_autotranslate(1, 10, True, by=99)
    assert storage.autotranslate_enabled(30, parent_id=10)  # inherited
    assert storage.set_autotranslate(1, 30, True, by=99, parent_id=10) is False
    assert storage.autotranslate_setting(30) is None
    assert storage.set_autotranslate(1, 30, False, by=99, parent_id=10) is True  # explicit off
    assert storage.autotranslate_setting(30) is False
    assert storage.autotranslate_channels(1) == [10]
    storage.close()

    reopened = Storage(db_path)
    assert not reopened.autotranslate_enabled(30, parent_id=10)
    assert reopened.set_autotranslate(1, 30, True, by=99, parent_id=10) is True
    assert reopened.autotranslate_setting(30) is None  # back to following the channel
    reopened.set_autotranslate(1, 10, False, by=99)
    assert not reopened.autotranslate_enabled(30, parent_id=10)


def test_database_from_before_thread_settings_is_migrated(db_path):
    import sqlite3

    old = sqlite3.connect(db_path)
    old.execute(
        "CREATE TABLE autotranslate (channel_id INTEGER PRIMARY KEY, guild_id INTEGER NOT NULL,"
        " enabled_by INTEGER NOT NULL, enabled_at REAL NOT NULL)"
    )
    old.execute("INSERT INTO autotranslate VALUES (10, 1, 99, 0.0)")
    old.commit()
    old.close()

    storage = Storage(db_path)
    assert storage.autotranslate_enabled(10)
    assert storage.set_autotranslate(1, 30, False, by=99, parent_id=10) is True
    assert storage.autotranslate_channels(1) == [10]
