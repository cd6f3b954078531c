"""/model status and /model reload (operators only, failures keep the old model)."""

from __future__ import annotations

from simcord import assert_responded


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
