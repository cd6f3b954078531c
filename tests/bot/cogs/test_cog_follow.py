"""Translations follow their originals: edits, deletes, bulk deletes, moderators, restarts."""

from __future__ import annotations

import asyncio
import threading

import discord


def bot_messages(channel, env):
    return [
        m
        for m in channel.history()
        if m.author.id == env.bot.user.id and m.type != discord.MessageType.thread_created
    ]


def link(env, message):
    return env.bot.services.storage.translation(message.id)


async def auto_channel(world):
    await world.mod.slash(world.channel, "autotranslate on")


async def test_editing_the_original_edits_its_translation(world, translator):
    env = world.env
    await auto_channel(world)
    message = await world.alice.send(world.channel, "I love this song")
    [reply] = bot_messages(world.channel, env)

    await world.alice.edit(message, "I love this band")

    [edited] = bot_messages(world.channel, env)
    assert edited.id == reply.id and edited.content == "ES:I love this band"
    assert edited.reference.message_id == message.id
    assert translator.texts == ["I love this song", "I love this band"]


async def test_an_update_without_a_text_change_is_not_translated_again(world, translator):
    await auto_channel(world)
    message = await world.alice.send(world.channel, "I love this song")

    await world.alice.edit(message, "I love this song")  # e.g. a link preview appeared

    assert translator.texts == ["I love this song"]


async def test_deleting_the_original_deletes_its_translation(world):
    env = world.env
    await auto_channel(world)
    message = await world.alice.send(world.channel, "I love this song")
    kept = await world.bob.send(world.channel, "Me too")

    await world.alice.delete(message)

    assert [m.content for m in bot_messages(world.channel, env)] == ["ES:Me too"]
    assert link(env, message) is None and link(env, kept) is not None


async def test_a_bulk_delete_deletes_every_translation_in_it(world):
    env = world.env
    await auto_channel(world)
    first = await world.alice.send(world.channel, "First message")
    second = await world.bob.send(world.channel, "Second message")
    await world.alice.send(world.channel, "Third message")

    env.backend.bulk_delete_messages(world.channel.id, [first.id, second.id])  # a purge
    await env.settle()

    assert [m.content for m in bot_messages(world.channel, env)] == ["ES:Third message"]


async def test_a_moderator_deleting_the_translation_ends_the_link(world, translator):
    env = world.env
    await auto_channel(world)
    message = await world.alice.send(world.channel, "I love this song")
    [reply] = bot_messages(world.channel, env)

    await world.admin.delete(reply)
    assert link(env, message) is None
    await world.alice.edit(message, "I love this band")

    assert bot_messages(world.channel, env) == []  # not re-posted
    assert translator.texts == ["I love this song"]


async def test_old_messages_are_followed_after_a_restart(
    world, queue, loader, models_root, db_path, clock, fakes
):
    env = world.env
    await auto_channel(world)
    edited = await world.alice.send(world.channel, "Good morning")
    deleted = await world.bob.send(world.channel, "Good night")
    env.bot.services.storage.close()
    new_bot = fakes.build_bot(queue, loader, models_root, db_path, clock)
    await env.restart_bot(new_bot)  # an empty message cache

    await world.alice.edit(edited, "Good afternoon")
    await world.bob.delete(deleted)

    assert [m.content for m in bot_messages(world.channel, env)] == ["ES:Good afternoon"]


async def test_flag_translations_follow_edits_and_deletes(world):
    env = world.env
    message = await world.alice.send(world.channel, "The meeting starts at noon")
    await world.bob.react(message, "🇪🇸")

    await world.alice.edit(message, "The meeting starts at one")
    [reply] = bot_messages(world.channel, env)
    assert reply.content == "ES:The meeting starts at one"

    await world.alice.delete(message)
    assert bot_messages(world.channel, env) == []


async def test_an_edit_that_leaves_nothing_to_translate_deletes_the_translation(world):
    env = world.env
    await auto_channel(world)
    command = await world.alice.send(world.channel, "Play some music")
    spanish = await world.bob.send(world.channel, "See you tomorrow")

    await world.alice.edit(command, "!play despacito")
    await world.bob.edit(spanish, "Nos vemos mañana en la oficina")

    assert bot_messages(world.channel, env) == []


async def test_a_long_edit_grows_and_a_short_one_shrinks_the_translation(world, translator):
    env = world.env
    await auto_channel(world)
    translator.transform = lambda text: " ".join(["palabra"] * (400 if "long" in text else 2))
    message = await world.alice.send(world.channel, "A short one")

    await world.alice.edit(message, "Now a long one")
    assert [len(m.content) > 1000 for m in bot_messages(world.channel, env)] == [True, True]

    await world.alice.edit(message, "Short again")
    assert [m.content for m in bot_messages(world.channel, env)] == ["palabra palabra"]
    assert len(link(env, message).reply_ids) == 1


async def held_in_the_model(world, translator, content: str):
    """A message posted without waiting: its translation is stopped inside the model."""
    translator.gate = threading.Event()
    created = world.env.backend.create_message(world.channel.id, world.alice.id, content)
    while not translator.batches:
        await asyncio.sleep(0.005)
    return created


async def test_an_edit_while_the_translation_is_on_its_way_is_not_lost(world, translator):
    env = world.env
    await auto_channel(world)
    created = await held_in_the_model(world, translator, "I love this song")

    env.backend.edit_message(world.channel.id, created.id, {"content": "I love this band"})
    translator.gate.set()
    await env.settle()

    assert [m.content for m in bot_messages(world.channel, env)] == ["ES:I love this band"]


async def test_a_message_deleted_before_its_translation_is_ready_gets_none(world, translator):
    env = world.env
    await auto_channel(world)
    await world.mod.slash(world.channel, "settings set", reply_style="plain")
    created = await held_in_the_model(world, translator, "I love this song")

    env.backend.delete_message(world.channel.id, created.id)
    translator.gate.set()
    await env.settle()

    posts = [r for r in env.http_requests if r.method == "POST" and r.path.endswith("/messages")]
    assert posts == []  # not posted and then deleted: never posted


async def test_discord_refusing_an_edit_is_logged_not_raised(world, caplog):
    env = world.env
    await auto_channel(world)
    message = await world.alice.send(world.channel, "I love this song")
    env.inject_error("PATCH", "/channels/*/messages/*", status=403, code=50013, message="Missing")

    await world.alice.edit(message, "I love this band")

    [reply] = bot_messages(world.channel, env)
    assert reply.content == "ES:I love this song"
    assert "Could not edit the translation" in caplog.text
    assert env.errors == []
