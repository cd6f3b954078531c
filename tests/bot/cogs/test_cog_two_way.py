"""Both ways through SimCord: a bot serving English → Spanish and Spanish → English.

The English → Spanish fake answers ``ES:<text>``, the Spanish → English one
``EN:<text>``; both sit behind the one queue (see ``two_way_queue``).
"""

from __future__ import annotations

import json

import discord
import pytest
from simcord import assert_responded

from bot.model_service import MODEL_CHOICE_KEY, choice_key

FRENCH = "Bonjour tout le monde, comment ça va ?"
REFUSAL = (
    "I translate between English and Spanish, and that doesn't look like either, "
    "so I can't translate it."
)


@pytest.fixture
def simcord_bot(two_way_bot):
    return two_way_bot


def bot_messages(world):
    return [
        m
        for m in world.channel.history()
        if m.author.id == world.env.bot.user.id and m.type != discord.MessageType.thread_created
    ]


def assert_nobody_pinged(world, messages):
    for message in messages:
        record = world.env.backend.get_message(
            getattr(message, "channel_id", None) or message.channel.id, message.id
        )
        assert record.ping_user_ids == [] and record.ping_role_ids == []
        assert not record.mention_everyone
        assert not record.allowed_mentions.replied_user


# ------------------------------------------------------------ auto-translate


async def test_auto_translate_channel_answers_each_language_in_the_other(
    world, translator, es_en_translator
):
    await world.mod.slash(world.channel, "autotranslate on")

    spanish = await world.alice.send(world.channel, "¿Dónde está el baño?")
    english = await world.bob.send(world.channel, f"I love this song {world.alice.mention}")
    french = await world.alice.send(world.channel, FRENCH)

    replies = bot_messages(world)
    assert [(r.reference.message_id, r.content) for r in replies] == [
        (spanish.id, "EN:¿Dónde está el baño?"),
        (english.id, f"ES:I love this song {world.alice.mention}"),
    ]
    assert es_en_translator.texts == ["¿Dónde está el baño?"]
    assert translator.texts == [f"I love this song {world.alice.mention}"]
    assert_nobody_pinged(world, replies)
    record = world.env.backend.get_message(world.channel.id, french.id)
    assert record.reactions == []  # left alone: not even a ⏳


async def test_turning_it_on_says_both_ways(world):
    result = await world.mod.slash(world.channel, "autotranslate on")

    assert_responded(result, contains="English ones in Spanish, Spanish ones in English")


async def test_an_edit_into_the_other_language_turns_the_translation_around(world):
    await world.mod.slash(world.channel, "autotranslate on")
    message = await world.alice.send(world.channel, "I love this song")
    [reply] = bot_messages(world)

    await world.alice.edit(message, "Me encanta esta canción")

    [edited] = bot_messages(world)
    assert edited.id == reply.id and edited.content == "EN:Me encanta esta canción"

    await world.alice.edit(message, FRENCH)  # nothing to translate any more
    assert bot_messages(world) == []


# ------------------------------------------------------------ /translate and the menu


async def test_translate_answers_spanish_in_english_and_says_which_way(world, es_en_translator):
    result = await world.alice.slash(world.channel, "translate", text="¿Dónde está el baño?")

    assert_responded(
        result, content="EN:¿Dónde está el baño?\n-# Spanish → English", ephemeral=False
    )
    assert es_en_translator.texts == ["¿Dónde está el baño?"]
    assert_nobody_pinged(world, [result.response])


async def test_translate_answers_english_in_spanish_as_it_always_did(world, es_en_translator):
    result = await world.alice.slash(world.channel, "translate", text="Good morning")

    assert_responded(result, content="ES:Good morning")
    assert es_en_translator.batches == []


async def test_to_forces_the_language(world, translator, es_en_translator):
    forced = await world.alice.slash(
        world.channel, "translate", text="Nos vemos mañana en la oficina", to="en"
    )
    assert_responded(forced, content="EN:Nos vemos mañana en la oficina")  # asked: no label

    same = await world.alice.slash(world.channel, "translate", text="Good morning", to="en")
    assert_responded(same, contains="already looks like English", ephemeral=True)
    same = await world.alice.slash(world.channel, "translate", text="Buenos días", to="es")
    assert_responded(same, contains="already looks like Spanish", ephemeral=True)

    auto = await world.alice.slash(world.channel, "translate", text="Good morning", to="auto")
    assert_responded(auto, content="ES:Good morning")
    assert translator.texts == ["Good morning"]
    assert es_en_translator.texts == ["Nos vemos mañana en la oficina"]


async def test_the_menu_is_called_translate_and_goes_either_way_privately(world):
    spanish = await world.bob.send(world.channel, "Nos vemos mañana en la oficina")
    english = await world.bob.send(world.channel, "See you tomorrow at the office")

    from_spanish = await world.alice.context_menu(world.channel, "Translate", spanish)
    from_english = await world.alice.context_menu(world.channel, "Translate", english)

    assert_responded(
        from_spanish,
        content=f"EN:Nos vemos mañana en la oficina\n-# Translated from {spanish.jump_url} "
        "(Spanish → English)",
        ephemeral=True,
    )
    assert_responded(
        from_english,
        content=f"ES:See you tomorrow at the office\n-# Translated from {english.jump_url}",
        ephemeral=True,
    )


async def test_other_languages_get_a_polite_private_answer(world, translator, es_en_translator):
    message = await world.bob.send(world.channel, FRENCH)

    command = await world.alice.slash(world.channel, "translate", text=FRENCH)
    menu = await world.alice.context_menu(world.channel, "Translate", message)
    forced = await world.alice.slash(world.channel, "translate", text=FRENCH, to="es")

    for result in (command, menu, forced):
        assert_responded(result, content=REFUSAL, ephemeral=True)
    assert translator.batches == [] and es_en_translator.batches == []


# ------------------------------------------------------------ flags


async def test_flags_translate_into_their_language_from_either_language(world):
    spanish = await world.alice.send(world.channel, "Nos vemos mañana en la oficina")
    english = await world.bob.send(world.channel, "The meeting starts at noon")

    await world.bob.react(spanish, "🇺🇸")
    await world.alice.react(english, "🇲🇽")

    replies = bot_messages(world)
    assert [(r.reference.message_id, r.content) for r in replies] == [
        (spanish.id, "EN:Nos vemos mañana en la oficina"),
        (english.id, "ES:The meeting starts at noon"),
    ]
    assert_nobody_pinged(world, replies)


@pytest.mark.parametrize("flag", ["🇺🇸", "🇬🇧", "🇦🇺", "🇨🇦", "🇮🇪", "🇳🇿"])
async def test_every_english_speaking_flag_asks_for_english(world, flag):
    spanish = await world.alice.send(world.channel, "Nos vemos mañana en la oficina")

    await world.bob.react(spanish, flag)

    assert [m.content for m in bot_messages(world)] == ["EN:Nos vemos mañana en la oficina"]


async def test_a_flag_of_the_messages_own_language_leaves_it_free_for_the_other(
    world, translator, es_en_translator
):
    english = await world.alice.send(world.channel, "The meeting starts at noon")
    french = await world.alice.send(world.channel, FRENCH)

    await world.bob.react(english, "🇬🇧")  # already English: nothing
    await world.bob.react(french, "🇺🇸")  # not a language the bot translates: nothing
    assert bot_messages(world) == []

    await world.mod.react(english, "🇪🇸")
    assert [m.content for m in bot_messages(world)] == ["ES:The meeting starts at noon"]
    assert es_en_translator.batches == []


async def test_a_flag_translation_stays_in_its_language_when_the_original_is_edited(world):
    english = await world.alice.send(world.channel, "The meeting starts at noon")
    await world.bob.react(english, "🇪🇸")

    await world.alice.edit(english, "The meeting starts at one")
    assert [m.content for m in bot_messages(world)] == ["ES:The meeting starts at one"]

    await world.alice.edit(english, "La reunión empieza a la una")  # now Spanish already
    assert bot_messages(world) == []


# ------------------------------------------------------------ /model


async def test_status_shows_both_models(world, two_way_root):
    result = await world.alice.slash(world.channel, "model status")

    assert_responded(result, ephemeral=True)
    content = result.response.content
    assert "**English → Spanish:** fake-en-es 1.0 (test BLEU 31.4, chrF 55.2)" in content
    assert "**Spanish → English:** fake-es-en 1.0 (test BLEU 31.4, chrF 55.2)" in content
    assert f"BOT_MODEL_DIR_ES_EN ({two_way_root / 'es-en'})" in content


async def test_operator_reloads_the_spanish_model(world, two_way_loader):
    result = await world.operator.slash(
        world.channel, "model reload", name="es-en-v2", direction="es-en"
    )

    assert_responded(result, contains="Now serving fake-es-en-v2 1.0", ephemeral=True)
    assert "Spanish → English" in result.response.content
    spanish = await world.alice.slash(world.channel, "translate", text="Buenos días")
    english = await world.alice.slash(world.channel, "translate", text="Good morning")
    assert spanish.response.content.startswith("EN2:Buenos días")
    assert english.response.content == "ES:Good morning"  # the other model is untouched


async def test_a_named_model_is_reloaded_into_the_direction_it_translates(world):
    # es-en-v2's config.json says Spanish → English: no direction needed.
    result = await world.operator.slash(world.channel, "model reload", name="es-en-v2")

    assert_responded(result, contains="Now serving fake-es-en-v2 1.0", ephemeral=True)
    assert "for Spanish → English" in result.response.content
    status = await world.alice.slash(world.channel, "model status")
    assert "**English → Spanish:** fake-en-es" in status.response.content
    assert "**Spanish → English:** fake-es-en-v2" in status.response.content
    # Saved apart from the English → Spanish choice, for the next start.
    storage = world.env.bot.services.storage
    assert storage.get_meta(MODEL_CHOICE_KEY) is None
    assert json.loads(storage.get_meta(choice_key("es-en")))["name"] == "es-en-v2"


async def test_non_operators_cannot_reload_either_model(world, two_way_loader):
    for member in (world.alice, world.admin):
        result = await member.slash(
            world.channel, "model reload", name="es-en-v2", direction="es-en"
        )
        assert_responded(result, contains="only the bot's operators", ephemeral=True)
    assert two_way_loader.loaded == []


async def test_a_failed_spanish_reload_keeps_the_old_model(world):
    broken = await world.operator.slash(
        world.channel, "model reload", name="broken", direction="es-en"
    )
    wrong_way = await world.operator.slash(
        world.channel, "model reload", name="en-es-v2", direction="es-en"
    )

    assert_responded(broken, contains="Reload failed; still serving fake-es-en 1.0", ephemeral=True)
    assert "config.json is missing" in broken.response.content
    assert_responded(wrong_way, contains="Reload failed; still serving fake-es-en", ephemeral=True)
    assert "translates en-es, not es-en" in wrong_way.response.content
    after = await world.alice.slash(world.channel, "translate", text="Buenos días")
    assert after.response.content.startswith("EN:Buenos días")
