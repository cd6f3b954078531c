"""Flag reactions: translate once per message, rate-limited per user."""

from __future__ import annotations


def bot_messages(world):
    return [m for m in world.channel.history() if m.author.id == world.env.bot.user.id]


async def test_flag_reaction_replies_with_translation_once_per_message(world, translator):
    message = await world.alice.send(world.channel, "The meeting starts at noon")

    await world.bob.react(message, "🇪🇸")
    await world.mod.react(message, "🇲🇽")
    await world.admin.react(message, "🇦🇷")

    [reply] = bot_messages(world)
    assert reply.content == "ES:The meeting starts at noon"
    assert reply.reference.message_id == message.id
    assert translator.texts == ["The meeting starts at noon"]


async def test_other_emoji_do_nothing(world, translator):
    message = await world.alice.send(world.channel, "Nice work")

    await world.bob.react(message, "👍")
    await world.bob.react(message, "🇺🇸")

    assert bot_messages(world) == []


async def test_flag_on_a_message_already_in_its_language_gets_no_reply(world, translator):
    # In a bilingual server a flag of one's own language is often just a reaction;
    # a notice would also claim the message and block a flag of the other language.
    message = await world.alice.send(world.channel, "Nos vemos mañana en la oficina")

    await world.bob.react(message, "🇪🇸")
    await world.bob.react(await world.alice.send(world.channel, "Bonjour tout le monde"), "🇪🇸")

    assert bot_messages(world) == []
    assert translator.batches == []
    assert world.env.bot.services.storage.claim_flag(message.id)  # still free for a flag


async def test_flag_reactions_are_rate_limited_per_user(world, translator):
    messages = [await world.alice.send(world.channel, f"Message number {i}") for i in range(7)]

    for message in messages:
        await world.bob.react(message, "🇪🇸")

    assert len(bot_messages(world)) == 5  # the cooldown allows 5 per 30 s
    # The refused messages were not claimed: someone else can still get them.
    await world.mod.react(messages[6], "🇨🇴")
    assert len(bot_messages(world)) == 6


async def test_a_flag_refused_by_the_cooldown_marks_the_message_once(world):
    env = world.env
    messages = [await world.alice.send(world.channel, f"Message number {i}") for i in range(6)]

    for message in messages:
        await world.bob.react(message, "🇪🇸")
    await world.bob.react(messages[5], "🇲🇽")  # refused again: no second mark

    record = env.backend.get_message(world.channel.id, messages[5].id)
    assert [(r.emoji, r.user_ids) for r in record.reactions if r.emoji == "⏳"] == [
        ("⏳", [env.bot.user.id])
    ]
    puts = [r for r in env.http_requests if r.method == "PUT" and "/reactions/" in r.path]
    assert len(puts) == 1


async def test_a_flag_on_an_auto_translated_message_adds_nothing(world, translator):
    await world.mod.slash(world.channel, "autotranslate on")
    message = await world.alice.send(world.channel, "The meeting starts at noon")

    await world.bob.react(message, "🇪🇸")

    assert len(bot_messages(world)) == 1
    assert translator.texts == ["The meeting starts at noon"]


async def test_discord_refusing_a_flag_reply_is_logged_not_raised(world, caplog):
    env = world.env
    message = await world.alice.send(world.channel, "The meeting starts at noon")
    env.inject_error("POST", "/channels/*/messages", status=403, code=50013, message="Missing")

    await world.bob.react(message, "🇪🇸")
    assert bot_messages(world) == []
    assert "Could not post the translation" in caplog.text
    assert env.errors == []

    await world.mod.react(message, "🇲🇽")  # the claim was released: a later flag works
    assert [m.content for m in bot_messages(world)] == ["ES:The meeting starts at noon"]
