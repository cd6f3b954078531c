"""/model status and /model reload (operators only, failures keep the old model)."""

from __future__ import annotations

import json
import sqlite3

from simcord import assert_responded

from bot.model_service import MODEL_CHOICE_KEY


async def test_status_shows_model_and_queue_metrics(world):
    await world.alice.slash(world.channel, "translate", text="Hello")

    result = await world.alice.slash(world.channel, "model status")

    assert_responded(result, ephemeral=True)
    content = result.response.content
    for expected in (
        "fake-en-es 1.0",
        "test BLEU 31.4",
        "chrF 55.2",
        "Uptime",
        "Requests served:** 1",
        "Queue depth",
        "p50",
        "p95",
        "Mean batch size:** 1.0",
    ):
        assert expected in content


async def test_reload_refused_for_members_and_guild_admins(world, loader):
    for member in (world.alice, world.admin, world.guild.add_member(world.guild.owner)):
        result = await member.slash(world.channel, "model reload", name="en-es-v2")
        assert_responded(result, contains="only the bot's operators", ephemeral=True)
    assert loader.loaded == []


async def test_operator_reload_swaps_in_the_new_model(world, loader):
    result = await world.operator.slash(world.channel, "model reload", name="en-es-v2")

    assert_responded(result, contains="Now serving fake-v2 1.0", ephemeral=True)
    after = await world.alice.slash(world.channel, "translate", text="Hello")
    assert_responded(after, content="V2:Hello")


async def test_failed_reload_keeps_the_old_model_and_tells_the_operator(world):
    result = await world.operator.slash(world.channel, "model reload", name="broken")

    assert_responded(result, contains="Reload failed; still serving fake-en-es", ephemeral=True)
    assert "config.json is missing" in result.response.content
    after = await world.alice.slash(world.channel, "translate", text="Hello")
    assert_responded(after, content="ES:Hello")


async def test_reload_rejects_names_outside_the_models_root(world, loader):
    for name in ("../etc", "/tmp", "a/b", ".hidden"):
        result = await world.operator.slash(world.channel, "model reload", name=name)
        assert_responded(result, contains="Reload failed", ephemeral=True)
    assert loader.loaded == []


async def test_reload_without_a_name_reloads_the_current_model(world, loader, models_root):
    result = await world.operator.slash(world.channel, "model reload")

    assert_responded(result, contains="Now serving fake-en-es", ephemeral=True)
    assert loader.loaded == [models_root / "en-es"]


async def test_status_says_the_model_comes_from_bot_model_dir(world, models_root):
    result = await world.alice.slash(world.channel, "model status")

    assert f"After a restart:** BOT_MODEL_DIR ({models_root / 'en-es'})" in result.response.content


async def test_a_reload_choice_is_saved_and_status_says_it_survives_a_restart(world):
    result = await world.operator.slash(world.channel, "model reload", name="en-es-v2")

    assert_responded(result, contains="kept after a restart", ephemeral=True)
    status = await world.alice.slash(world.channel, "model status")
    assert "(en-es-v2); kept after a restart" in status.response.content
    saved = json.loads(world.env.bot.services.storage.get_meta(MODEL_CHOICE_KEY))
    assert saved["name"] == "en-es-v2"


async def test_status_says_when_a_reload_choice_will_not_survive_a_restart(world, monkeypatch):
    def disk_full(key, value):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(world.env.bot.services.storage, "set_meta", disk_full)

    result = await world.operator.slash(world.channel, "model reload", name="en-es-v2")

    assert_responded(result, contains="Now serving fake-v2", ephemeral=True)
    assert "not saved: a restart goes back to BOT_MODEL_DIR" in result.response.content
    status = await world.alice.slash(world.channel, "model status")
    assert "not saved: a restart goes back to BOT_MODEL_DIR" in status.response.content


async def test_a_one_way_bot_says_spanish_is_unavailable_and_reload_can_start_it(
    world, loader, models_root, fakes
):
    status = await world.alice.slash(world.channel, "model status")
    assert "**Spanish → English:** not available: no model loaded" in status.response.content
    message = await world.bob.send(world.channel, "Nos vemos mañana en la oficina")
    menu = await world.alice.context_menu(world.channel, "Translate", message)
    assert_responded(menu, contains="Spanish → English isn't available", ephemeral=True)

    (models_root / "es-en").mkdir()
    loader.models["es-en"] = fakes.FakeTranslator("fake-es-en", prefix="EN:", pair="es-en")
    refused = await world.alice.slash(world.channel, "model reload", name="es-en")
    assert_responded(refused, contains="only the bot's operators", ephemeral=True)
    result = await world.operator.slash(
        world.channel, "model reload", name="es-en", direction="es-en"
    )

    assert_responded(result, contains="Now serving fake-es-en 1.0", ephemeral=True)
    menu = await world.alice.context_menu(world.channel, "Translate", message)
    assert menu.response.content.startswith("EN:Nos vemos mañana en la oficina")
