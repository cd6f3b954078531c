"""Leaving a server forgets its settings after a grace period; BOT_ALLOWED_GUILDS
keeps the bot out of every other server."""

from __future__ import annotations

import time

from simcord import assert_responded
from simcord.backend import serializers

DAY = 86400.0


def seed(storage, guild_id: int, channel_id: int) -> None:
    """Everything a server can have stored: a channel, settings, an exclusion, a link."""
    storage.set_autotranslate(guild_id, channel_id, True, by=1)
    storage.update_guild_config(guild_id, by=1, user_budget=3)
    storage.set_excluded(guild_id, "role", 77, True)
    storage.link_translation(500, channel_id, guild_id, "auto", "Hello", [501])


def is_stored(storage, guild_id: int, channel_id: int) -> bool:
    return (
        storage.autotranslate_enabled(channel_id)
        or storage.autotranslate_channels(guild_id) != []
        or storage.guild_config(guild_id).user_budget == 3
        or storage.translation(500) is not None
        or guild_id in storage.stored_guilds()
    )


def guilds_cog(bot, *, days_later: float = 0.0):
    cog = bot.get_cog("Guilds")
    cog.clock = lambda: time.time() + days_later * DAY
    return cog


async def test_a_server_that_removed_the_bot_is_forgotten_after_the_grace_period(world):
    env, storage = world.env, world.env.bot.services.storage
    seed(storage, world.guild.id, world.channel.id)
    other = env.create_guild("Other")
    other_channel = other.create_text_channel("general")
    storage.set_autotranslate(other.id, other_channel.id, True, by=1)

    env.backend.remove_guild(world.guild.id)  # kicked (GUILD_DELETE)
    await env.settle()

    assert guilds_cog(env.bot, days_later=6.9).forget_expired() == []
    assert is_stored(storage, world.guild.id, world.channel.id)  # still within the grace period
    assert guilds_cog(env.bot, days_later=7.1).forget_expired() == [world.guild.id]
    assert not is_stored(storage, world.guild.id, world.channel.id)
    assert storage.autotranslate_enabled(other_channel.id)  # other servers keep theirs


async def test_the_hourly_task_does_the_forgetting(world):
    env, storage = world.env, world.env.bot.services.storage
    seed(storage, world.guild.id, world.channel.id)
    env.backend.remove_guild(world.guild.id)
    await env.settle()
    cog = guilds_cog(env.bot, days_later=8)

    await cog.hourly()

    assert cog.hourly.is_running()
    assert not is_stored(storage, world.guild.id, world.channel.id)


async def test_coming_back_within_the_grace_period_keeps_everything(world):
    env, storage = world.env, world.env.bot.services.storage
    seed(storage, world.guild.id, world.channel.id)
    backend_guild = env.backend.get_guild(world.guild.id)
    env.backend.emit("GUILD_DELETE", {"id": str(world.guild.id)})  # removed ...
    await env.settle()
    payload = dict(serializers.guild_create_payload(env.backend, backend_guild))
    del payload["unavailable"]  # a join, not the end of an outage
    env.backend.emit("GUILD_CREATE", payload)
    await env.settle()  # ... and added again (on_guild_join)

    assert guilds_cog(env.bot, days_later=30).forget_expired() == []
    assert is_stored(storage, world.guild.id, world.channel.id)
    after = await world.alice.slash(world.channel, "translate", text="Hello")
    assert_responded(after, content="ES:Hello")


async def test_servers_that_went_away_while_the_bot_was_offline_are_noticed_at_start_up(
    world, fakes, queue, loader, models_root, db_path, clock
):
    env, storage = world.env, world.env.bot.services.storage
    seed(storage, 4242, 4243)  # a server the bot is no longer in
    seed_here = world.channel.id
    storage.set_autotranslate(world.guild.id, seed_here, True, by=1)

    restarted = fakes.build_bot(queue, loader, models_root, db_path, clock)
    await env.restart_bot(restarted)  # on_ready

    cog = guilds_cog(restarted, days_later=8)
    assert cog.forget_expired() == [4242]
    assert not is_stored(restarted.services.storage, 4242, 4243)
    assert restarted.services.storage.autotranslate_enabled(seed_here)


# ------------------------------------------------------------ BOT_ALLOWED_GUILDS


async def test_the_bot_leaves_a_server_not_on_the_allow_list_when_added(world, translator):
    env = world.env
    env.bot.services.allowed_guilds = frozenset({world.guild.id})

    stranger = env.create_guild("Stranger")
    await env.settle()

    assert stranger.id not in env.backend.guilds  # the bot left (DELETE /users/@me/guilds/..)
    assert env.bot.get_guild(stranger.id) is None
    assert env.bot.get_guild(world.guild.id) is not None


async def test_start_up_leaves_servers_not_on_the_allow_list(
    world, fakes, queue, loader, models_root, db_path, clock
):
    env = world.env
    other = env.create_guild("Added while anyone was allowed")

    restarted = fakes.build_bot(
        queue, loader, models_root, db_path, clock, allowed_guilds=frozenset({world.guild.id})
    )
    await env.restart_bot(restarted)

    assert other.id not in env.backend.guilds
    assert [g.id for g in restarted.guilds] == [world.guild.id]


async def test_commands_from_servers_not_on_the_allow_list_are_refused_politely(world, translator):
    env = world.env
    # A user install in a foreign server: the bot is not there, the user's app is.
    foreign = env.create_guild("Foreign")
    channel = foreign.create_text_channel("chat")
    dave = foreign.add_member(env.create_user("dave"))
    env.backend.emit("GUILD_DELETE", {"id": str(foreign.id)})
    await env.settle()
    env.bot.services.allowed_guilds = frozenset({world.guild.id})

    refused = await dave.slash(channel, "translate", text="Hello")

    assert_responded(refused, contains="does not work in this server", ephemeral=True)
    assert translator.batches == []
    in_dm = await dave.user.slash("translate", text="Hello")  # DMs stay open
    assert_responded(in_dm, content="ES:Hello", ephemeral=True)
    allowed = await world.alice.slash(world.channel, "translate", text="Hello")
    assert_responded(allowed, content="ES:Hello")
