"""``python -m bot`` with the scale-out settings: shards, Postgres, metrics."""

from __future__ import annotations

import os
import signal
import socket

import aiohttp
import pytest

import bot.__main__ as main_module
from bot.client import TranslatorBot

TOKEN = "MTIz.fake-token.XYZ"


@pytest.fixture
def env(monkeypatch, tmp_path, models_root):
    for key in list(os.environ):
        if key.startswith("BOT_") or key == "DISCORD_TOKEN":
            monkeypatch.delenv(key)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("BOT_MODELS_ROOT", str(models_root))
    monkeypatch.setenv("BOT_MODEL_DIR", str(models_root / "en-es"))
    monkeypatch.setenv("BOT_MODEL_DIR_ES_EN", str(models_root / "es-en"))
    monkeypatch.setenv("BOT_DB_PATH", str(tmp_path / "bot.sqlite3"))
    return monkeypatch


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_gateway_with_shards_postgres_and_metrics(env, tmp_path, loader, postgres_server):
    port = free_port()
    env.setenv("BOT_METRICS_PORT", str(port))
    env.setenv("BOT_SHARD_COUNT", "4")
    env.setenv("BOT_SHARD_IDS", "2-3")
    env.setenv("BOT_DATABASE_URL", postgres_server.create_database())
    seen = {}

    async def connected(self, token, *, reconnect=True):
        seen["shards"] = (self.shard_count, self.shard_ids, self.shard_plan.syncs_commands)
        seen["engine"] = self.services.storage.engine
        seen["translated"] = await self.services.translation.translate(1, "Good morning")
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
                seen["metrics"] = await response.text()
            async with session.get(f"http://127.0.0.1:{port}/readyz") as response:
                seen["readyz"] = response.status, await response.text()
        os.kill(os.getpid(), signal.SIGTERM)

    env.setattr(TranslatorBot, "start", connected)
    code = main_module.main(["--env-file", str(tmp_path / "missing.env")], loader)

    assert code == 0
    assert seen["shards"] == (4, [2, 3], False)
    assert seen["engine"] == "postgres" and not (tmp_path / "bot.sqlite3").exists()
    assert seen["translated"] == "ES:Good morning"
    assert 'translator_requests_total{outcome="ok",source="request"} 1.0' in seen["metrics"]
    assert "translator_batch_size_count" in seen["metrics"]
    assert seen["readyz"] == (503, "discord: shards not ready\n")  # never connected here
