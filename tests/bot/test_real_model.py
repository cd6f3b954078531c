"""The queue in front of the shipped model (models/en-es): real translations
come back, and the event loop stays responsive while the model works."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.queue import TranslationQueue
from bot.translator import load_checked, load_nmt_translator
from tests.bot.loop_lag import loop_lags

MODEL = Path(__file__).resolve().parents[2] / "models" / "en-es"
SENTENCES = [
    "Good morning, how are you today?",
    "The train to the city leaves at nine.",
    "Could you send me the report before Friday?",
    "We are going to the beach this weekend.",
]


@pytest.fixture(scope="module")
def translator():
    return load_checked(load_nmt_translator, MODEL)


async def test_event_loop_stays_responsive_while_the_real_model_translates(translator):
    queue = TranslationQueue(translator, max_batch=64, max_wait=0.0)
    queue.start()
    texts = [s for s in SENTENCES for _ in range(16)]  # one heavy 64-sentence batch
    async with loop_lags() as lags:
        start = time.perf_counter()
        results = await asyncio.gather(*(queue.translate([t]) for t in texts))
        elapsed = time.perf_counter() - start
    await queue.drain(5.0)

    assert all(r and r[0].strip() and r[0] != t for r, t in zip(results, texts, strict=True))
    assert len(lags) > elapsed / 0.05  # the ticker kept running throughout
    assert max(lags) < 0.1, f"event loop blocked for {max(lags) * 1000:.0f} ms"
