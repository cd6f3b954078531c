"""Measure how responsive the event loop stays while something works."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


@asynccontextmanager
async def loop_lags(interval: float = 0.01) -> AsyncIterator[list[float]]:
    """While the block runs, a task sleeps ``interval`` again and again and
    records how late each wake-up was; yields that (growing) list of lags."""
    lags: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        while not stop.is_set():
            before = time.perf_counter()
            await asyncio.sleep(interval)
            lags.append(time.perf_counter() - before - interval)

    ticking = asyncio.create_task(ticker())
    try:
        yield lags
    finally:
        stop.set()
        await ticking
