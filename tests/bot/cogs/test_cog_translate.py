"""Behaviour of /translate and the "Translate" context menu through SimCord."""

from __future__ import annotations

import asyncio
import threading

import pytest
import simcord
from simcord import assert_responded

from bot.formatting import MAX_INPUT_CHARS


async def test_translate_defers_then_replies_with_spanish(world, translator, fakes):
    result = await world.alice.slash(world.channel, "translate", text="Good morning")

    assert fakes.callback_types(world.env) == [5]  # deferred first, answered later
    assert_responded(result, content="ES:Good morning", ephemeral=False)
    assert translator.texts == ["Good morning"]


async def test_private_translation_is_ephemeral(world, fakes):
    result = await world.alice.slash(world.channel, "translate", text="See you", private=True)

    [reply] = fakes.replies(result)
    assert reply.content == "ES:See you"
    assert reply.ephemeral


async def test_whitespace_only_text_gets_a_friendly_ephemeral_error(world, translator):
    result = await world.alice.slash(world.channel, "translate", text="   ")

    assert_responded(result, contains="no text to translate", ephemeral=True)
    assert translator.batches == []


async def test_discord_enforces_the_declared_max_length(world):
    with pytest.raises(simcord.OptionError):
        await world.alice.slash(world.channel, "translate", text="a" * (MAX_INPUT_CHARS + 1))


async def test_too_long_message_from_context_menu_gets_a_clear_error(world, translator):
    long_message = await world.bob.send(world.channel, "word " * 350)

    result = await world.alice.context_menu(world.channel, "Translate", long_message)

    assert_responded(result, contains="the limit is 1,500", ephemeral=True)
    assert translator.batches == []


async def test_full_queue_answers_busy_at_once(world, translator, queue):
    translator.gate = threading.Event()
    queue.max_size = 1
    running = queue.submit(["first"])  # taken by the worker, blocked in the translator
    while not translator.batches:
        await asyncio.sleep(0.005)
    waiting = queue.submit(["second"])  # fills the queue

    result = await world.alice.slash(world.channel, "translate", text="Hello there")

    assert_responded(result, contains="busy", ephemeral=True)
    translator.gate.set()
    assert await running.result() == ["ES:first"]
    assert await waiting.result() == ["ES:second"]


async def test_cooldown_says_when_to_retry(world, clock):
    for _ in range(5):
        await world.alice.slash(world.channel, "translate", text="Hello")

    refused = await world.alice.slash(world.channel, "translate", text="Hello")
    assert_responded(refused, contains="Try again in 30 seconds", ephemeral=True)

    other_user = await world.bob.slash(world.channel, "translate", text="Hello")
    assert_responded(other_user, content="ES:Hello")

    clock.advance(30)
    again = await world.alice.slash(world.channel, "translate", text="Hello")
    assert_responded(again, content="ES:Hello")


async def test_translator_error_is_a_short_message(world, translator, fakes):
    translator.fail_on = lambda text: "boom" in text

    public = await world.alice.slash(world.channel, "translate", text="this goes boom")
    private = await world.bob.slash(world.channel, "translate", text="boom again", private=True)

    failed = "The translator failed on that text. The operators can find details in the log."
    assert [m.content for m in fakes.replies(public)] == [failed]
    assert [m.content for m in fakes.replies(private)] == [failed]
    assert fakes.replies(private)[0].ephemeral
    assert "Traceback" not in world.env.transcript()


async def test_spanish_on_a_one_way_bot_is_refused_politely(world, translator):
    # This bot has no Spanish → English model (models/es-en missing).
    result = await world.alice.slash(world.channel, "translate", text="Hola, ¿cómo estás hoy?")

    assert_responded(
        result,
        content="Spanish → English isn't available on this bot, so I can't translate that. "
        "I translate English into Spanish.",
        ephemeral=True,
    )
    forced = await world.alice.slash(
        world.channel, "translate", text="Hola, ¿cómo estás hoy?", to="es"
    )
    assert_responded(forced, contains="already looks like Spanish", ephemeral=True)
    assert translator.batches == []


async def test_markup_is_kept_in_place_and_nobody_is_pinged(world, translator, fakes):
    channel = f"<#{world.channel.id}>"
    text = f"@everyone hello {world.bob.mention} see {channel} at https://example.com/a?b=1 `x = 1`"

    result = await world.alice.slash(world.channel, "translate", text=text)

    assert translator.sources == ["hello #1 see #2 at"]  # no markup reaches the model
    expected = (
        f"@everyone ES:hello {world.bob.mention} see <#{world.channel.id}> "
        "at https://example.com/a?b=1 `x = 1`"
    )
    assert_responded(result, content=expected)
    record = fakes.stored(world.env, result.response)
    assert record.ping_user_ids == [] and record.ping_role_ids == []
    assert not record.mention_everyone
    assert not record.allowed_mentions.everyone


async def test_long_translation_is_split_into_messages_under_2000(world, translator, fakes):
    translator.transform = lambda text: " ".join(["palabra"] * 400)  # 3,199 characters

    result = await world.alice.slash(world.channel, "translate", text="Tell me a long story")

    messages = fakes.replies(result)
    assert len(messages) == 2
    assert all(len(m.content) <= 2000 for m in messages)
    assert " ".join(m.content for m in messages) == " ".join(["palabra"] * 400)


async def test_context_menu_translates_the_message_privately_with_a_link(world, translator):
    original = await world.bob.send(world.channel, "Where is the station?")

    result = await world.alice.context_menu(world.channel, "Translate", original)

    assert_responded(result, contains="ES:Where is the station?", ephemeral=True)
    assert original.jump_url in result.response.content


async def test_unexpected_error_gets_a_short_message_not_a_traceback(world, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("internal detail")

    monkeypatch.setattr(world.env.bot.services.translation, "submit", broken)

    result = await world.alice.slash(world.channel, "translate", text="Hello")

    assert_responded(result, contains="Something went wrong", ephemeral=True)
    assert "internal detail" not in result.response.content
    simcord.assert_error(world.env, RuntimeError, contains="internal detail")
