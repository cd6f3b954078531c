"""The inference queue: batching, backpressure, expiry, timeout, hot swap, drain."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bot.errors import QueueClosed, QueueFull, RequestExpired, RequestTimeout, TranslationFailed
from bot.queue import TranslationQueue
from tests.bot.loop_lag import loop_lags


@pytest.fixture
async def make_queue():
    queues: list[TranslationQueue] = []

    def make(translator, **options) -> TranslationQueue:
        q = TranslationQueue(translator, **options)
        q.start()
        queues.append(q)
        return q

    yield make
    for q in queues:
        await q.drain(2.0)


async def test_batches_by_size_without_waiting_for_the_timer(make_queue, fakes):
    translator = fakes.FakeTranslator()
    q = make_queue(translator, max_batch=4, max_wait=5.0)

    start = time.perf_counter()
    results = await asyncio.gather(*(q.translate([f"t{i}"]) for i in range(8)))

    assert time.perf_counter() - start < 1.0  # full batches never wait max_wait
    assert [len(b) for b in translator.batches] == [4, 4]
    assert results == [[f"ES:t{i}"] for i in range(8)]


async def test_batches_by_time(make_queue, fakes):
    translator = fakes.FakeTranslator()
    q = make_queue(translator, max_batch=100, max_wait=0.05)

    first = asyncio.gather(*(q.translate([f"a{i}"]) for i in range(3)))
    await asyncio.sleep(0.01)
    late = q.submit(["b"])  # joins: the batch timer is still open
    assert await first == [["ES:a0"], ["ES:a1"], ["ES:a2"]]
    assert await late.result() == ["ES:b"]
    await q.translate(["c"])

    assert translator.batches == [["a0", "a1", "a2", "b"], ["c"]]


async def test_multi_text_request_stays_together_and_in_order(make_queue, fakes):
    translator = fakes.FakeTranslator()
    q = make_queue(translator, max_batch=3, max_wait=0.01)

    big, small = await asyncio.gather(q.translate(["x", "y", "z", "w"]), q.translate(["s"]))

    assert big == ["ES:x", "ES:y", "ES:z", "ES:w"]
    assert small == ["ES:s"]


async def test_full_queue_raises_immediately(make_queue, fakes):
    translator = fakes.FakeTranslator()
    translator.gate = threading.Event()
    q = make_queue(translator, max_size=2, max_wait=0)
    running = q.submit(["running"])
    while not translator.batches:
        await asyncio.sleep(0.001)
    waiting = [q.submit(["w1"]), q.submit(["w2"])]

    with pytest.raises(QueueFull):
        q.submit(["one too many"])

    translator.gate.set()
    assert await running.result() == ["ES:running"]
    assert [await t.result() for t in waiting] == [["ES:w1"], ["ES:w2"]]


async def test_expired_and_cancelled_requests_are_dropped_before_running(make_queue, fakes):
    translator = fakes.FakeTranslator()
    translator.gate = threading.Event()
    q = make_queue(translator, max_wait=0)
    blocker = q.submit(["blocker"])
    while not translator.batches:
        await asyncio.sleep(0.001)
    expired = q.submit(["expired"], deadline=q.clock() + 0.01)
    cancelled = q.submit(["cancelled"])
    alive = q.submit(["alive"])
    cancelled.cancel()
    await asyncio.sleep(0.02)  # the deadline passes while the model is busy

    translator.gate.set()
    assert await alive.result() == ["ES:alive"]
    await blocker.result()
    with pytest.raises(RequestExpired):
        await expired.future
    assert translator.texts == ["blocker", "alive"]
    assert q.stats().dropped == 2


async def test_request_timeout(make_queue, fakes):
    translator = fakes.FakeTranslator(delay=0.5)
    q = make_queue(translator, request_timeout=0.05, max_wait=0)

    with pytest.raises(RequestTimeout):
        await q.translate(["slow"])


async def test_failing_text_does_not_fail_its_batch_neighbours(make_queue, fakes):
    translator = fakes.FakeTranslator(fail_on=lambda t: t == "bad")
    q = make_queue(translator, max_batch=8, max_wait=0.02)

    results = await asyncio.gather(
        q.translate(["good"]), q.translate(["bad"]), q.translate(["fine"]), return_exceptions=True
    )

    assert results[0] == ["ES:good"] and results[2] == ["ES:fine"]
    assert isinstance(results[1], TranslationFailed)


async def test_wrong_number_of_outputs_is_a_translation_failure(make_queue, fakes):
    class Short(fakes.FakeTranslator):
        def translate(self, texts):
            return ["only one"]

    q = make_queue(Short(), max_wait=0)
    with pytest.raises(TranslationFailed):
        await q.translate(["a", "b"])


async def test_hot_swap_under_load_drops_nothing(make_queue, fakes):
    old = fakes.FakeTranslator("old", prefix="OLD:", delay=0.01)
    new = fakes.FakeTranslator("new", prefix="NEW:", delay=0.01)
    q = make_queue(old, max_batch=4, max_wait=0.001, max_size=200)

    tasks = [asyncio.create_task(q.translate([f"t{i}"])) for i in range(100)]
    while len(old.batches) < 3:
        await asyncio.sleep(0.001)
    assert q.swap_translator(new) is old
    results = await asyncio.gather(*tasks)

    assert len(results) == 100
    for i, [out] in enumerate(results):
        assert out in (f"OLD:t{i}", f"NEW:t{i}")
    assert old.batches and new.batches
    assert sorted(old.texts + new.texts) == sorted(f"t{i}" for i in range(100))


async def test_drain_finishes_queued_work_and_refuses_new(make_queue, fakes):
    translator = fakes.FakeTranslator(delay=0.01)
    q = make_queue(translator, max_batch=2, max_wait=0)
    tickets = [q.submit([f"t{i}"]) for i in range(10)]

    assert await q.drain(5.0) is True

    assert [await t.result() for t in tickets] == [[f"ES:t{i}"] for i in range(10)]
    with pytest.raises(QueueClosed):
        q.submit(["late"])


async def test_drain_timeout_fails_what_is_left(make_queue, fakes):
    translator = fakes.FakeTranslator()
    translator.gate = threading.Event()
    q = make_queue(translator, max_wait=0, max_batch=1)
    tickets = [q.submit([f"t{i}"]) for i in range(3)]
    while not translator.batches:
        await asyncio.sleep(0.001)

    assert await q.drain(0.05) is False
    translator.gate.set()

    for ticket in tickets:  # the batch the model was working on is answered too
        with pytest.raises(QueueClosed):
            await ticket.future


async def test_the_model_thread_never_holds_the_process_open(make_queue, fakes):
    translator = fakes.FakeTranslator()
    translator.gate = threading.Event()
    q = make_queue(translator, max_wait=0)
    ticket = q.submit(["stuck"])
    while not translator.batches:
        await asyncio.sleep(0.001)
    threads = [t for t in threading.enumerate() if t.name == "translator"]
    assert threads and all(t.daemon for t in threads)
    await q.drain(0.01)
    with pytest.raises(QueueClosed):
        await ticket.future
    translator.gate.set()


async def test_stats(make_queue, fakes):
    q = make_queue(fakes.FakeTranslator(), max_batch=10, max_wait=0.01)

    await asyncio.gather(*(q.translate([f"t{i}"]) for i in range(10)))

    stats = q.stats()
    assert stats.served == 10 and stats.failed == 0 and stats.depth == 0
    assert stats.batches == 1 and stats.mean_batch_size == 10
    assert 0 < stats.p50_ms <= stats.p95_ms


async def test_event_loop_stays_responsive_during_a_heavy_batch(make_queue, fakes):
    q = make_queue(fakes.BurnTranslator(seconds=1.0), max_wait=0)
    async with loop_lags() as lags:
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        assert await q.translate(["heavy"]) == ["ES:heavy"]
        elapsed = time.perf_counter() - start

    assert elapsed >= 1.0
    assert len(lags) > 20  # the ticker kept running while the model worked
    assert max(lags) < 0.1, f"event loop blocked for {max(lags) * 1000:.0f} ms"


# ------------------------------------------------------------ two directions


async def test_batches_hold_one_direction_and_keep_each_directions_order(make_queue, fakes):
    en_es = fakes.FakeTranslator()
    es_en = fakes.FakeTranslator("es-en", prefix="EN:", pair="es-en")
    en_es.gate = threading.Event()
    q = make_queue({"en-es": en_es, "es-en": es_en}, max_batch=8, max_wait=0)
    blocker = q.submit(["blocker"])
    while not en_es.batches:
        await asyncio.sleep(0.001)
    tickets = [
        q.submit([f"e{i}"]) if i % 2 else q.submit([f"s{i}"], direction="es-en") for i in range(6)
    ]

    en_es.gate.set()
    results = [await t.result() for t in tickets]
    await blocker.result()

    assert results == [["EN:s0"], ["ES:e1"], ["EN:s2"], ["ES:e3"], ["EN:s4"], ["ES:e5"]]
    assert en_es.batches == [["blocker"], ["e1", "e3", "e5"]]
    assert es_en.batches == [["s0", "s2", "s4"]]
    assert q.directions == {"en-es", "es-en"}


async def test_both_models_share_the_one_worker_thread(make_queue, fakes):
    threads: list[tuple[str, str]] = []

    class Recording(fakes.FakeTranslator):
        def translate(self, texts):
            threads.append((self.name, threading.current_thread().name))
            return super().translate(texts)

    q = make_queue({"en-es": Recording("a"), "es-en": Recording("b", pair="es-en")}, max_wait=0)
    await asyncio.gather(q.translate(["one"]), q.translate(["dos"], direction="es-en"))

    assert sorted(name for name, _ in threads) == ["a", "b"]
    assert {thread for _, thread in threads} == {"translator"}


async def test_a_direction_without_a_model_is_refused_and_can_be_added(make_queue, fakes):
    q = make_queue(fakes.FakeTranslator(), max_wait=0)
    with pytest.raises(ValueError, match="es-en"):
        q.submit(["hola"], direction="es-en")

    assert q.swap_translator(fakes.FakeTranslator("b", prefix="EN:"), "es-en") is None
    assert await q.translate(["hola"], direction="es-en") == ["EN:hola"]
    assert await q.translate(["hello"]) == ["ES:hello"]


async def test_event_loop_stays_responsive_while_both_models_work(make_queue, fakes):
    q = make_queue(
        {"en-es": fakes.BurnTranslator(seconds=0.5), "es-en": fakes.BurnTranslator(seconds=0.5)},
        max_wait=0,
    )
    async with loop_lags() as lags:
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        results = await asyncio.gather(
            q.translate(["heavy"]), q.translate(["pesado"], direction="es-en")
        )
        elapsed = time.perf_counter() - start

    assert results == [["ES:heavy"], ["ES:pesado"]]
    assert elapsed >= 1.0  # one batch per direction, one after the other on one thread
    assert len(lags) > 40
    assert max(lags) < 0.1, f"event loop blocked for {max(lags) * 1000:.0f} ms"
