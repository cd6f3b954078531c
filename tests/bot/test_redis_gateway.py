"""The bot's commands on the Redis backend: SimCord drives the real cogs, the
model runs in two ``python -m bot.worker`` processes; and ``python -m bot``
as a gateway loads no model."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest
from simcord import assert_responded

import bot.__main__ as main_module
from bot.client import TranslatorBot
from bot.remote_models import build_remote_services
from bot.settings import Settings
from bot.sharding import ShardPlan
from bot.storage import Storage
from tests.bot.redis_harness import ready, wait_for


@pytest.fixture
async def simcord_bot(redis_server, workers, tmp_path):
    workers.start("a")
    workers.start("b")
    settings = Settings.from_env(
        {
            "BOT_QUEUE_URL": redis_server.url,
            "BOT_MODELS_ROOT": str(workers.models_root),
            "BOT_MODEL_DIR": str(workers.models_root / "v1"),
            "BOT_COOLDOWN_REQUESTS": "1000",
            "BOT_QUEUE_MAX": "500",
        }
    )
    services = build_remote_services(settings, Storage(tmp_path / "bot.sqlite3"))
    queue = services.translation.queue
    queue.start()
    await ready(queue, 2)
    yield TranslatorBot(services, shards=ShardPlan(1))
    await queue.drain(1.0)


async def test_translate_burst_answered_once_while_a_worker_is_killed(world, workers):
    texts = [f"Message number {n}" for n in range(30)]
    members = [world.alice, world.bob]

    async def kill_a_once_it_served() -> None:
        await wait_for(lambda: len(workers.batches("a")) >= 2, what="worker a to serve")
        workers.signal("a", signal.SIGKILL)

    killer = asyncio.create_task(kill_a_once_it_served())
    results = []
    for n, text in enumerate(texts):  # SimCord runs one slash command at a time
        results.append(await members[n % 2].slash(world.channel, "translate", text=text))
    await asyncio.wait_for(killer, 5)
    for text, result in zip(texts, results, strict=True):
        assert_responded(result, content=f"V1:{text}")

    q = world.env.bot.services.translation.queue
    await wait_for(lambda: [w["id"] for w in q.workers] == ["b"], 10, "a to drop out")
    status = await world.alice.slash(world.channel, "model status")
    assert "**Workers:** 1 live" in status.response.content
    assert "**Worker b:** en-es v1 1.0" in status.response.content


async def test_model_status_lists_workers_and_reload_reaches_them_all(world):
    status = await world.alice.slash(world.channel, "model status")
    for expected in (
        "**English → Spanish:** v1 1.0",
        "**Workers:** 2 live",
        "**Worker a:**",
        "**Worker b:**",
    ):
        assert expected in status.response.content

    result = await world.operator.slash(world.channel, "model reload", name="v2")
    assert_responded(
        result, contains="v2 1.0 (test BLEU 31.4, chrF 55.2) for English → Spanish on 2 workers"
    )
    after = await world.alice.slash(world.channel, "translate", text="Hello there")
    assert_responded(after, content="V2:Hello there")


def test_python_m_bot_as_gateway_loads_no_model(monkeypatch, tmp_path, redis_server, workers):
    workers.start("a")
    for key in list(os.environ):
        if key.startswith("BOT_") or key == "DISCORD_TOKEN":
            monkeypatch.delenv(key)
    monkeypatch.setenv("DISCORD_TOKEN", "MTIz.fake-token.XYZ")
    monkeypatch.setenv("BOT_QUEUE_URL", redis_server.url)
    monkeypatch.setenv("BOT_DB_PATH", str(tmp_path / "bot.sqlite3"))
    answers = []

    async def connected(self, token, *, reconnect=True):
        answers.append(await self.services.translation.queue.translate(["hi"]))
        os.kill(os.getpid(), signal.SIGTERM)
        while not self.is_closed():
            await asyncio.sleep(0.01)

    def no_model(path):
        raise AssertionError("the gateway must not load a model")

    monkeypatch.setattr(TranslatorBot, "start", connected)
    assert main_module.main(["--env-file", str(tmp_path / "none.env")], no_model) == 0
    assert answers == [["V1:hi"]]
