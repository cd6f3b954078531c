"""The storage contract, run against SQLite and Postgres (the ``open_storage`` fixture)."""

from __future__ import annotations

import time

from bot.database import StorageError


def test_autotranslate_persists_across_connections(open_storage):
    storage = open_storage()
    assert storage.set_autotranslate(1, 10, True, by=99) is True
    assert storage.set_autotranslate(1, 10, True, by=99) is False
    storage.set_autotranslate(1, 11, True, by=99)
    storage.set_autotranslate(2, 20, True, by=99)
    storage.set_autotranslate(1, 11, False, by=99)
    storage.close()

    reopened = open_storage()
    assert reopened.autotranslate_enabled(10)
    assert not reopened.autotranslate_enabled(11)
    assert reopened.autotranslate_channels(1) == [10]


def test_flag_claims_once_and_can_be_released(open_storage):
    storage = open_storage()
    assert storage.claim_flag(5) is True
    assert storage.claim_flag(5) is False
    storage.release_flag(5)
    assert storage.claim_flag(5) is True


def test_meta(open_storage):
    storage = open_storage()
    assert storage.get_meta("k") is None
    storage.set_meta("k", "v1")
    storage.set_meta("k", "v2")
    assert storage.get_meta("k") == "v2"


def test_threads_inherit_unless_set_and_settings_persist(open_storage):
    storage = open_storage()
    assert not storage.autotranslate_enabled(30, parent_id=10)
    storage.set_autotranslate(1, 10, True, by=99)
    assert storage.autotranslate_enabled(30, parent_id=10)  # inherited
    assert storage.set_autotranslate(1, 30, True, by=99, parent_id=10) is False
    assert storage.autotranslate_setting(30) is None
    assert storage.set_autotranslate(1, 30, False, by=99, parent_id=10) is True  # explicit off
    assert storage.autotranslate_setting(30) is False
    assert storage.autotranslate_channels(1) == [10]
    storage.close()

    reopened = open_storage()
    assert not reopened.autotranslate_enabled(30, parent_id=10)
    assert reopened.set_autotranslate(1, 30, True, by=99, parent_id=10) is True
    assert reopened.autotranslate_setting(30) is None  # back to following the channel
    reopened.set_autotranslate(1, 10, False, by=99)
    assert not reopened.autotranslate_enabled(30, parent_id=10)


def test_translation_links_follow_replies_and_expire(open_storage):
    import time

    from bot.storage import TRANSLATION_LINK_DAYS

    storage = open_storage()
    storage.link_translation(1, 10, 100, "auto", "Hello", [11, 12])
    storage.link_translation(2, 10, 100, "flag", "Bye", [21])
    old = time.time() - TRANSLATION_LINK_DAYS * 86400 - 1
    storage.link_translation(3, 10, 100, "auto", "Old", [31], now=old)

    assert storage.translation(1).reply_ids == (11, 12)
    assert storage.translation(3) is None  # expired, even before pruning
    assert storage.prune() == 1
    assert storage.forget_replies([12]) == 1  # a moderator deleted part 2: link gone
    assert storage.translation(1) is None
    [link] = storage.pop_translations([2, 404])
    assert (link.kind, link.reply_ids) == ("flag", (21,))
    assert storage.pop_translations([2]) == []
    remaining = storage._db.query("SELECT COUNT(*) FROM translation_parts")[0][0]
    assert remaining == 0


def test_guild_config_defaults_changes_and_exclusions_persist(open_storage):
    from bot.guild_config import DEFAULT_PREFIXES, GuildConfig

    storage = open_storage()
    assert storage.guild_config(1) == GuildConfig()
    storage.update_guild_config(1, by=9, user_budget=3, prefixes=("!",), reply_style="plain")
    assert storage.set_excluded(1, "role", 77, True) is True
    assert storage.set_excluded(1, "role", 77, True) is False
    storage.set_excluded(1, "channel", 88, True)
    storage.close()

    reopened = open_storage()
    config = reopened.guild_config(1)
    assert (config.user_budget, config.prefixes, config.reply_style) == (3, ("!",), "plain")
    assert config.excluded_roles == {77} and config.excluded_channels == {88}
    assert reopened.guild_config(2) == GuildConfig()
    assert reopened.update_guild_config(1, by=9, prefixes=None).prefixes == DEFAULT_PREFIXES
    assert reopened.reset_guild_config(1) == GuildConfig()


def test_opt_outs_persist(open_storage):
    storage = open_storage()
    assert storage.set_opted_out(5, True) is True
    assert storage.set_opted_out(5, True) is False
    storage.close()
    reopened = open_storage()
    assert reopened.opted_out(5)
    assert reopened.set_opted_out(5, False) is True
    assert not reopened.opted_out(5)


def test_two_processes_share_claims_and_see_each_others_settings(open_storage):
    """Two gateway processes on one database: a flag is claimed once between
    them, and a user's opt-out or a channel switched on in one reaches the
    other's cache (Postgres: at once, by NOTIFY; SQLite: within a second)."""
    first, second = open_storage(), open_storage()
    assert first.claim_flag(7) is True
    assert second.claim_flag(7) is False

    assert first.set_opted_out(5, True)
    first.set_autotranslate(1, 10, True, by=99)
    first.update_guild_config(1, by=9, user_budget=3)
    assert second.guild_config(1).user_budget == 3  # not cached before: read now
    first.update_guild_config(1, by=9, user_budget=4)

    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and not (
        second.opted_out(5)
        and second.autotranslate_enabled(10)
        and second.guild_config(1).user_budget == 4
    ):
        time.sleep(0.05)
    assert second.opted_out(5) and second.autotranslate_enabled(10)
    assert second.guild_config(1).user_budget == 4

    second.set_opted_out(5, False)
    second.forget_guild(1)
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and (first.opted_out(5) or first.autotranslate_enabled(10)):
        time.sleep(0.05)
    assert not first.opted_out(5) and not first.autotranslate_enabled(10)


def test_schema_is_the_same_on_both_engines(open_postgres_storage):
    storage = open_postgres_storage()
    import sqlite3

    from bot.migrations import migrate

    lite = sqlite3.connect(":memory:", isolation_level=None)
    migrate(lite)
    tables = [
        r[0]
        for r in lite.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    for table in tables:
        lite_columns = [c[1] for c in lite.execute(f"PRAGMA table_info({table})")]
        pg_columns = [
            r[0]
            for r in storage._db.query(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = ?"
                " ORDER BY ordinal_position",
                (table,),
            )
        ]
        assert pg_columns == lite_columns, table
    pg_tables = {
        r[0]
        for r in storage._db.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    }
    assert pg_tables == {*tables, "schema_version"}


def test_snowflakes_fit(open_storage):
    """Discord IDs are 64-bit: Postgres columns are BIGINT, not INTEGER."""
    storage = open_storage()
    big = 1_300_000_000_000_000_000
    storage.set_autotranslate(big, big + 1, True, by=big + 2)
    storage.link_translation(big + 3, big + 1, big, "auto", "Hi", [big + 4])
    assert storage.autotranslate_channels(big) == [big + 1]
    assert storage.translation(big + 3).reply_ids == (big + 4,)
    assert storage.claim_flag(big + 5)


def test_a_postgres_server_that_goes_away_fails_calls_briefly_then_recovers(
    open_postgres_storage,
):
    storage = open_postgres_storage()
    storage.set_opted_out(5, True)
    # The server ends our session (as a restart or failover would).
    other = open_postgres_storage()
    other._db.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE pid <> pg_backend_pid() AND datname = current_database()"
    )
    time.sleep(0.2)
    # Cached reads still answer; the next write reconnects (or fails once, cleanly).
    assert storage.opted_out(5)
    try:
        storage.set_meta("k", "v")
    except StorageError:
        storage.set_meta("k", "v")
    assert storage.get_meta("k") == "v"
    assert storage.opted_out(5)  # reloaded after the reconnect, still there
