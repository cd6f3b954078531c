"""One queue contract, two backends: the in-process queue, and Redis with real
``python -m bot.worker`` processes (scripted models, see ``fake_worker.py``)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.errors import QueueClosed, QueueFull, RequestExpired, TranslationFailed
from bot.queue import TranslationQueue
from tests.bot.fake_worker import ScriptedTranslator
from tests.bot.redis_harness import fake_model, ready, wait_for


class Backend:
    """Builds a queue in front of a scripted model and reads back its batches."""

    def __init__(self, kind: str, request, tmp_path: Path, monkeypatch) -> None:
        self.kind = kind
        if kind == "redis":
            self.workers = request.getfixturevalue("workers")
            self.gateway = request.getfixturevalue("gateway")
        else:
            self.queues = request.getfixturevalue("memory_queues")
        self.tmp = tmp_path
        self.gate = tmp_path / "gate"
        self.log = tmp_path / "batches.jsonl"
        monkeypatch.setenv("FAKE_LOG", str(self.log))

    async def make(
        self,
        *,
        gated: bool = False,
        max_size: int = 100,
        max_batch: int = 8,
        max_wait: float = 0.005,
        **spec,
    ):
        spec = {"prefix": "V1:", **spec}
        if gated:
            spec["gate"] = str(self.gate)
        if self.kind == "memory":
            q = TranslationQueue(
                ScriptedTranslator({"name": "v1", **spec}),
                max_size=max_size,
                max_batch=max_batch,
                max_wait=max_wait,
            )
            q.start()
            self.queues.append(q)
            return q
        workers = self.workers
        fake_model(workers.models_root, "v1", **spec)
        workers.log = self.log
        workers.start(
            "w1", BOT_BATCH_MAX=str(max_batch), BOT_BATCH_WAIT_MS=str(int(max_wait * 1000))
        )
        q = self.gateway(max_size=max_size)
        await ready(q, 1)
        return q

    def release(self) -> None:
        self.gate.touch()

    def batches(self) -> list[list[str]]:
        import json

        if not self.log.exists():
            return []
        return [json.loads(line)["texts"] for line in self.log.read_text().splitlines()]

    async def started(self, count: int = 1) -> None:
        await wait_for(lambda: len(self.batches()) >= count, 20, "a batch to start")


@pytest.fixture
async def memory_queues():
    queues: list[TranslationQueue] = []
    yield queues
    for q in queues:
        await q.drain(2.0)


@pytest.fixture(params=["memory", "redis"])
def backend(request, tmp_path, monkeypatch):
    b = Backend(request.param, request, tmp_path, monkeypatch)
    yield b
    b.release()


async def test_batches_by_size(backend):
    q = await backend.make(max_batch=4, max_wait=2.0)
    start = time.perf_counter()
    results = await asyncio.gather(*(q.translate([f"t{i}"]) for i in range(8)))
    assert time.perf_counter() - start < 1.5  # full batches never wait max_wait
    assert results == [[f"V1:t{i}"] for i in range(8)]
    sizes = [len(b) for b in backend.batches()]
    assert sum(sizes) == 8 and max(sizes) <= 4 and len(sizes) <= 3


async def test_multi_text_request_stays_together_and_in_order(backend):
    q = await backend.make(max_batch=3)
    big, small = await asyncio.gather(q.translate(["x", "y", "z", "w"]), q.translate(["s"]))
    assert big == ["V1:x", "V1:y", "V1:z", "V1:w"] and small == ["V1:s"]
    assert ["x", "y", "z", "w"] in backend.batches()


async def test_full_queue_raises_immediately(backend):
    q = await backend.make(gated=True, max_size=2, max_wait=0)
    running = q.submit(["running"])
    await backend.started()
    await asyncio.sleep(0.3)  # the shared backlog snapshot sees the running batch
    waiting = [q.submit(["w1"]), q.submit(["w2"])]
    with pytest.raises(QueueFull):
        q.submit(["one too many"])
    backend.release()
    assert await running.result() == ["V1:running"]
    assert [await t.result() for t in waiting] == [["V1:w1"], ["V1:w2"]]


async def test_expired_requests_are_dropped_before_running(backend):
    q = await backend.make(gated=True, max_wait=0, max_batch=1)
    blocker = q.submit(["blocker"])
    await backend.started()
    expired = q.submit(["expired"], deadline=q.clock() + 0.2)
    alive = q.submit(["alive"])
    await asyncio.sleep(0.4)  # the deadline passes while the model is busy
    backend.release()
    assert await alive.result() == ["V1:alive"]
    assert await blocker.result() == ["V1:blocker"]
    with pytest.raises(RequestExpired):
        await expired.future
    assert "expired" not in [t for b in backend.batches() for t in b]


async def test_failing_text_does_not_fail_its_batch_neighbours(backend):
    q = await backend.make(fail_on=["bad"], max_wait=0.05)
    results = await asyncio.gather(
        q.translate(["good"]), q.translate(["bad"]), q.translate(["fine"]), return_exceptions=True
    )
    assert results[0] == ["V1:good"] and results[2] == ["V1:fine"]
    assert isinstance(results[1], TranslationFailed)


async def test_drain_finishes_accepted_work_and_refuses_new(backend):
    q = await backend.make(delay=0.01, max_batch=2, max_wait=0)
    tickets = [q.submit([f"t{i}"]) for i in range(10)]
    assert await q.drain(10.0) is True
    assert [await t.result() for t in tickets] == [[f"V1:t{i}"] for i in range(10)]
    with pytest.raises(QueueClosed):
        q.submit(["late"])


async def test_stats(backend):
    q = await backend.make(max_batch=10, max_wait=0.05)
    await asyncio.gather(*(q.translate([f"t{i}"]) for i in range(10)))
    stats = q.stats()
    assert stats.served == 10 and stats.failed == 0
    assert 0 < stats.p50_ms <= stats.p95_ms
