"""The bot's behaviour with its settings in Postgres (BOT_DATABASE_URL): the
cogs cannot tell the engines apart."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from bot.storage import open_database


@pytest.fixture
def simcord_bot(queue, loader, models_root, db_path, clock, postgres_server, fakes):
    storage = open_database(postgres_server.create_database(), db_path)
    yield fakes.build_bot(queue, loader, models_root, db_path, clock, storage=storage)
    storage.close()


def bot_messages(world):
    return [m for m in world.channel.history() if m.author.id == world.env.bot.user.id]


async def test_auto_translate_settings_and_opt_outs_on_postgres(world):
    storage = world.env.bot.services.storage
    assert storage.engine == "postgres"
    result = await world.mod.slash(world.channel, "autotranslate on")
    assert_responded(result, contains="now **on**", ephemeral=True)

    await world.alice.send(world.channel, "I love this song")
    [reply] = bot_messages(world)
    assert reply.content == "ES:I love this song"
    assert storage.autotranslate_channels(world.guild.id) == [world.channel.id]

    await world.bob.slash(world.channel, "autotranslate me off")
    assert storage.opted_out(world.bob.id)
    await world.bob.send(world.channel, "Please do not translate me")
    assert len(bot_messages(world)) == 1
    assert storage.path is None  # no SQLite file in play


async def test_flag_reactions_translate_once_on_postgres(world, translator):
    message = await world.alice.send(world.channel, "The meeting starts at noon")

    await world.bob.react(message, "🇪🇸")
    await world.mod.react(message, "🇲🇽")

    [reply] = bot_messages(world)
    assert reply.content == "ES:The meeting starts at noon"
    assert world.env.bot.services.storage.translation(message.id).reply_ids == (reply.id,)
