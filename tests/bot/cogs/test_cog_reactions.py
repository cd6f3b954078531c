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


async def test_flag_on_spanish_message_says_so(world, translator):
    message = await world.alice.send(world.channel, "Nos vemos mañana en la oficina")

    await world.bob.react(message, "🇪🇸")

    [reply] = bot_messages(world)
    assert "already looks like Spanish" in reply.content
    assert translator.batches == []


async def test_flag_reactions_are_rate_limited_per_user(world, translator):
    messages = [await world.alice.send(world.channel, f"Message number {i}") for i in range(7)]

    for message in messages:
        await world.bob.react(message, "🇪🇸")

    assert len(bot_messages(world)) == 5  # the cooldown allows 5 per 30 s
    # The refused messages were not claimed: someone else can still get them.
    await world.mod.react(messages[6], "🇨🇴")
    assert len(bot_messages(world)) == 6
