"""/translate and the message menu as a user-installed app: in the bot's DMs and
in servers the bot is not in, always private; everything else stays in servers."""

from __future__ import annotations

import simcord
from simcord import assert_responded
from simcord.actors import _dispatch_actor_interaction
from simcord.backend import serializers

USER_INSTALLED = ("translate", "Translate")
GUILD = 0
BOT_DM = 1
PRIVATE_CHANNEL = 2
GUILD_INSTALL = 0
USER_INSTALL = 1


def registered(env: simcord.Env) -> dict[str, dict]:
    """The global commands as Discord received them from the bot's sync."""
    return {name: command for (name, _type), command in env.backend.commands[None].items()}


async def test_translate_and_the_menu_are_installable_to_users_and_usable_everywhere(world):
    commands = registered(world.env)

    for name in USER_INSTALLED:
        assert commands[name]["integration_types"] == [GUILD_INSTALL, USER_INSTALL], name
        assert commands[name]["contexts"] == [GUILD, BOT_DM, PRIVATE_CHANNEL], name


async def test_every_other_command_stays_in_servers_that_added_the_bot(world):
    others = {n: c for n, c in registered(world.env).items() if n not in USER_INSTALLED}

    assert {"model", "autotranslate"} <= set(others)
    for name, command in others.items():
        assert command["integration_types"] == [GUILD_INSTALL], name
        assert command["contexts"] == [GUILD], name


async def test_in_a_dm_only_translate_is_offered(world):
    carol = world.env.create_user("carol")

    assert carol.available_commands() == ("translate",)


async def test_translate_in_a_dm_answers_privately(world, translator):
    carol = world.env.create_user("carol")

    result = await carol.slash("translate", text="Good morning")

    assert_responded(result, content="ES:Good morning", ephemeral=True)
    assert translator.texts == ["Good morning"]


async def test_errors_in_a_dm_are_private_too(world):
    carol = world.env.create_user("carol")

    result = await carol.slash("translate", text="   ")

    assert_responded(result, contains="no text to translate", ephemeral=True)


async def test_message_menu_in_a_dm_from_a_user_install(world, fakes):
    carol = world.env.create_user("carol")
    message = await carol.send_dm("Where is the station?")
    backend = world.env.backend
    channel = carol.dm_channel
    command = backend.find_command("Translate", None, type=3)
    stored = backend.get_message(channel.id, message.id)
    data = {
        "id": command["id"],
        "name": command["name"],
        "type": 3,
        "target_id": str(message.id),
        "resolved": {
            "messages": {str(message.id): dict(serializers.message_payload(backend, stored))}
        },
    }

    # SimCord's actors offer the message menu only to guild members; this is the
    # payload Discord sends when a user runs the app installed to their account.
    result = await _dispatch_actor_interaction(
        carol,
        2,  # APPLICATION_COMMAND
        channel,
        data,
        extra={"authorizing_integration_owners": {str(USER_INSTALL): str(carol.id)}},
    )

    [reply] = fakes.replies(result)
    assert reply.ephemeral
    assert reply.content.startswith("ES:Where is the station?")
    assert f"/channels/@me/{channel.id}/{message.id}" in reply.content


async def forget_guild_in_the_bot(env: simcord.Env, guild) -> None:
    """Make ``guild`` one the bot is not in, as seen by discord.py (its cache),
    while members there can still use the app: a user install in a foreign server."""
    env.backend.emit("GUILD_DELETE", {"id": str(guild.id)})
    await env.settle()
    assert env.bot.get_guild(guild.id) is None


async def test_in_a_server_without_the_bot_the_translation_is_private(world, translator):
    env = world.env
    foreign = env.create_guild("Foreign")
    channel = foreign.create_text_channel("chat")
    dave = foreign.add_member(env.create_user("dave"))
    await forget_guild_in_the_bot(env, foreign)

    result = await dave.slash(channel, "translate", text="See you tomorrow", private=False)

    assert_responded(result, content="ES:See you tomorrow", ephemeral=True)
    # In a server that added the bot, the same request is public.
    public = await world.alice.slash(world.channel, "translate", text="See you tomorrow")
    assert_responded(public, content="ES:See you tomorrow", ephemeral=False)


async def test_message_menu_in_a_server_without_the_bot_links_to_that_server(world, fakes):
    env = world.env
    foreign = env.create_guild("Foreign")
    channel = foreign.create_text_channel("chat")
    dave = foreign.add_member(env.create_user("dave"))
    message = await dave.send(channel, "Good night")
    await forget_guild_in_the_bot(env, foreign)

    result = await dave.context_menu(channel, "Translate", message)

    [reply] = fakes.replies(result)
    assert reply.ephemeral
    assert f"/channels/{foreign.id}/{channel.id}/{message.id}" in reply.content
