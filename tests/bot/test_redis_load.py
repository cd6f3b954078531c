"""Load through Redis with the shipped model: 1,000 /translate requests from 100
users, two ``python -m bot.worker`` processes; every request is answered once
(or refused politely as busy) and the gateway's event loop never stalls."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from bot import language
from bot.cogs.translate import translate_interaction
from bot.errors import QueueFull
from tests.bot.loop_lag import loop_lags
from tests.bot.redis_harness import ready
from tests.bot.test_load import FakeInteraction
from tests.bot.test_redis_faults import fake_bot

MODEL = Path(__file__).resolve().parents[2] / "models" / "en-es"
SENTENCES = [
    "Good morning, how are you today?",
    "The train to the city leaves at nine.",
    "Could you send me the report before Friday?",
    "We are going to the beach this weekend.",
]


async def test_1000_requests_100_users_two_workers_real_model(gateway, workers):
    for worker_id in ("a", "b"):
        workers.start(
            worker_id,
            real=True,
            BOT_MODEL_DIR=str(MODEL),
            BOT_BATCH_MAX="32",
            BOT_BATCH_WAIT_MS="20",
            BOT_RECLAIM_IDLE_MS="10000",
        )
    q = gateway(max_size=200, request_timeout=120.0)
    await ready(q, 2, timeout=120)
    bot = fake_bot(q)
    await asyncio.to_thread(language.detect, "warm up the detector")  # as python -m bot does

    async def user(n: int) -> list[FakeInteraction]:
        done = []
        for i in range(10):
            interaction = FakeInteraction(n * 100 + i)
            await translate_interaction(bot, interaction, SENTENCES[(n + i) % 4], ephemeral=False)
            done.append(interaction)
        return done

    async with loop_lags() as lags:
        start = time.perf_counter()
        results = await asyncio.gather(*(user(n) for n in range(100)))
        elapsed = time.perf_counter() - start

    answered = refused = 0
    for interaction in (i for per_user in results for i in per_user):
        if interaction.log[0][0] == "send_message":
            assert interaction.log == [("send_message", QueueFull.user_message, True)]
            refused += 1
            continue
        assert len(interaction.log) == 2 and interaction.log[0][0] == "defer"
        kind, spanish, _ = interaction.log[1]
        assert kind == "followup" and spanish.strip()
        answered += 1
    assert answered + refused == 1000 and answered >= 900
    assert max(lags) < 0.1, f"gateway loop blocked for {max(lags) * 1000:.0f} ms"
    served = {w["id"]: w["served"] for w in q.workers}
    print(
        f"\n1000 requests in {elapsed:.1f} s: {answered} answered, {refused} busy; "
        f"max loop lag {max(lags) * 1000:.0f} ms; per worker {served}"
    )
