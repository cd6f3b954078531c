"""Auto-translate channels: permissions, replies, ignored authors, persistence."""

from __future__ import annotations

import pytest
import simcord
from simcord import assert_responded


def bot_replies(channel, bot_user_id):
    import discord

    return [
        m
        for m in channel.history()
        if m.author.id == bot_user_id and m.type != discord.MessageType.thread_created
    ]


async def test_manager_turns_it_on_and_messages_get_a_reply_without_ping(world, fakes):
    env = world.env
    result = await world.mod.slash(world.channel, "autotranslate on")
    assert_responded(result, contains="now **on**", ephemeral=True)

    message = await world.alice.send(world.channel, "I love this song")

    [reply] = bot_replies(world.channel, env.bot.user.id)
    assert reply.content == "ES:I love this song"
    assert reply.reference is not None and reply.reference.message_id == message.id
    record = fakes.stored(env, reply)
    assert record.ping_user_ids == []  # mention_author=False: alice is not pinged
    assert not record.allowed_mentions.replied_user


async def test_administrator_may_use_it_and_status_reports_it(world):
    await world.admin.slash(world.channel, "autotranslate on")

    result = await world.admin.slash(world.channel, "autotranslate status")

    assert_responded(result, contains="**on** in this channel", ephemeral=True)
    assert world.channel.mention in result.response.content


async def test_off_stops_replies(world):
    await world.mod.slash(world.channel, "autotranslate on")
    await world.mod.slash(world.channel, "autotranslate off")

    await world.alice.send(world.channel, "Anyone here?")

    assert bot_replies(world.channel, world.env.bot.user.id) == []


async def test_members_without_manage_server_cannot_see_the_command(world):
    with pytest.raises(simcord.SetupError, match="not visible"):
        await world.alice.slash(world.channel, "autotranslate on")


async def test_bot_checks_permission_itself_when_the_command_is_granted(world):
    # A server admin can grant the command to anyone in Integrations settings;
    # the bot must still refuse members without Manage Server.
    command = world.env.backend.find_command("autotranslate", None, type=1)
    world.guild.set_command_permissions(int(command["id"]), {world.alice: True})

    result = await world.alice.slash(world.channel, "autotranslate on")

    assert_responded(result, contains="Manage Server", ephemeral=True)
    assert not world.env.bot.services.storage.autotranslate_enabled(world.channel.id)


async def test_bots_webhooks_and_itself_are_ignored(world, translator):
    await world.mod.slash(world.channel, "autotranslate on")
    robot = world.guild.add_member(world.env.create_user("robot", bot=True))
    hook = world.guild.create_webhook(world.channel, "News")

    await robot.send(world.channel, "I am a bot message")
    await hook.send("Webhook news item")

    assert translator.batches == []
    assert bot_replies(world.channel, world.env.bot.user.id) == []


async def test_spanish_messages_get_no_reply(world, translator):
    await world.mod.slash(world.channel, "autotranslate on")

    await world.alice.send(world.channel, "¿Dónde está la estación de tren?")

    assert translator.batches == []
    assert bot_replies(world.channel, world.env.bot.user.id) == []


async def test_setting_persists_for_a_new_bot_with_the_same_database(
    world, queue, loader, models_root, db_path, clock, fakes
):
    await world.mod.slash(world.channel, "autotranslate on")
    world.env.bot.services.storage.close()

    new_bot = fakes.build_bot(queue, loader, models_root, db_path, clock)
    await world.env.restart_bot(new_bot)
    await world.alice.send(world.channel, "Still translated after a restart")

    assert new_bot.synced_commands is False  # same command tree: no re-sync
    replies = bot_replies(world.channel, new_bot.user.id)
    assert [r.content for r in replies] == ["ES:Still translated after a restart"]


async def make_thread(world, name: str = "topic"):
    """A public thread in the world's channel, created through the bot's HTTP path."""
    import discord

    parent = world.env.bot.get_channel(world.channel.id)
    await parent.create_thread(name=name, type=discord.ChannelType.public_thread)
    [thread] = [t for t in world.channel.threads if t.name == name]
    return thread


async def test_threads_follow_their_channel_unless_set_themselves(world):
    bot_id = world.env.bot.user.id
    thread = await make_thread(world)
    await world.mod.slash(world.channel, "autotranslate on")

    await world.alice.send(thread, "I love this song")
    assert [m.content for m in bot_replies(thread, bot_id)] == ["ES:I love this song"]
    status = await world.mod.slash(thread, "autotranslate status")
    assert_responded(
        status, contains=f"**on** in this channel (as in its channel {world.channel.mention})"
    )

    result = await world.mod.slash(thread, "autotranslate off")  # only this thread
    assert_responded(result, contains="now **off**", ephemeral=True)
    await world.alice.send(thread, "Anyone here?")
    await world.alice.send(world.channel, "Good morning")
    assert len(bot_replies(thread, bot_id)) == 1
    assert [m.content for m in bot_replies(world.channel, bot_id)] == ["ES:Good morning"]

    await world.mod.slash(thread, "autotranslate on")  # back to following the channel
    await world.mod.slash(world.channel, "autotranslate off")
    await world.alice.send(thread, "See you later")
    assert len(bot_replies(thread, bot_id)) == 1


async def test_a_thread_can_be_translated_on_its_own(world):
    bot_id = world.env.bot.user.id
    thread = await make_thread(world)

    await world.mod.slash(thread, "autotranslate on")
    await world.alice.send(thread, "I love this song")
    await world.alice.send(world.channel, "Good morning")

    assert [m.content for m in bot_replies(thread, bot_id)] == ["ES:I love this song"]
    assert bot_replies(world.channel, bot_id) == []
