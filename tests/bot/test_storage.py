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


def test_translation_links_follow_replies_and_expire(db_path):
    import time

    from bot.storage import TRANSLATION_LINK_DAYS

    storage = Storage(db_path)
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
    remaining = storage._db.execute("SELECT COUNT(*) FROM translation_parts").fetchone()[0]
    assert remaining == 0


def test_guild_config_defaults_changes_and_exclusions_persist(db_path):
    from bot.guild_config import DEFAULT_PREFIXES, GuildConfig

    storage = Storage(db_path)
    assert storage.guild_config(1) == GuildConfig()
    storage.update_guild_config(1, by=9, user_budget=3, prefixes=("!",), reply_style="plain")
    assert storage.set_excluded(1, "role", 77, True) is True
    assert storage.set_excluded(1, "role", 77, True) is False
    storage.set_excluded(1, "channel", 88, True)
    storage.close()

    reopened = Storage(db_path)
    config = reopened.guild_config(1)
    assert (config.user_budget, config.prefixes, config.reply_style) == (3, ("!",), "plain")
    assert config.excluded_roles == {77} and config.excluded_channels == {88}
    assert reopened.guild_config(2) == GuildConfig()
    assert reopened.update_guild_config(1, by=9, prefixes=None).prefixes == DEFAULT_PREFIXES
    assert reopened.reset_guild_config(1) == GuildConfig()


def test_opt_outs_persist(db_path):
    storage = Storage(db_path)
    assert storage.set_opted_out(5, True) is True
    assert storage.set_opted_out(5, True) is False
    storage.close()
    reopened = Storage(db_path)
    assert reopened.opted_out(5)
    assert reopened.set_opted_out(5, False) is True
    assert not reopened.opted_out(5)
