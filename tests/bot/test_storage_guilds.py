"""Storage of the servers the bot left, and forgetting one server entirely."""

from __future__ import annotations

from bot.storage import Storage


def fill(storage: Storage, guild_id: int, channel_id: int, source_id: int) -> None:
    storage.set_autotranslate(guild_id, channel_id, True, by=1)
    storage.set_autotranslate(guild_id, channel_id + 1, False, by=1, parent_id=channel_id)
    storage.update_guild_config(guild_id, by=1, user_budget=3, prefixes=("?",))
    storage.set_excluded(guild_id, "channel", channel_id + 2, True)
    storage.link_translation(source_id, channel_id, guild_id, "auto", "Hi", [source_id + 1])


def test_departure_keeps_the_first_time_and_clears_on_return(open_storage):
    storage = open_storage()
    storage.mark_guild_left(1, now=100.0)
    storage.mark_guild_left(1, now=200.0)  # noticed again at start-up: still 100

    assert storage.departed_guilds(before=150.0) == [1]
    assert storage.mark_guild_present(1) is True
    assert storage.mark_guild_present(1) is False
    assert storage.departed_guilds(before=1e12) == []


def test_forget_guild_deletes_everything_of_that_guild_only(open_storage):
    storage = open_storage()
    fill(storage, 1, 10, 500)
    fill(storage, 2, 20, 600)
    storage.set_opted_out(42, True)
    storage.mark_guild_left(1, now=0.0)
    assert storage.stored_guilds() == {1, 2}

    storage.forget_guild(1)

    assert storage.stored_guilds() == {2}
    assert not storage.autotranslate_enabled(10)
    assert storage.autotranslate_setting(11) is None
    assert storage.guild_config(1).user_budget != 3 and storage.guild_config(1).prefixes != ("?",)
    assert storage.translation(500) is None
    parts = storage._db.query("SELECT COUNT(*) FROM translation_parts WHERE source_id = 500")
    assert parts[0][0] == 0
    assert storage.departed_guilds(before=1e12) == []
    assert storage.opted_out(42)  # a user's choice, not the guild's
    # The other guild is untouched, also after reopening.
    storage.close()
    reopened = open_storage()
    assert reopened.autotranslate_enabled(20) and reopened.guild_config(2).user_budget == 3
    assert reopened.translation(600).reply_ids == (601,)
    assert not reopened.autotranslate_enabled(10)
