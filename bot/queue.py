"""Bounded async inference queue with micro-batching (no Discord code here).

Callers :meth:`~TranslationQueue.submit` a list of texts and a direction
(``"en-es"`` or ``"es-en"``, see :mod:`bot.directions`) and await the
returned :class:`Ticket`. One worker task takes requests off the queue,
groups requests of one direction into batches of up to ``max_batch`` texts
(waiting at most ``max_wait`` seconds to fill one), and runs that direction's
blocking ``translator.translate`` in a single worker thread shared by every
model, so the event loop never waits on a model and two models never compete
for the CPU.

Example::

    queue = TranslationQueue({"en-es": en_es, "es-en": es_en}, max_size=100, max_batch=16)
    async with queue:                      # starts the worker; drains on exit
        [spanish] = await queue.translate(["Good morning"])
        [english] = await queue.translate(["Buenos días"], direction="es-en")
"""

from __future__ import annotations

import asyncio
import logging
import math
import queue as thread_queue
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, Future
from dataclasses import dataclass

from bot.directions import DEFAULT_DIRECTION
from bot.errors import (
    QueueClosed,
    QueueFull,
    RequestExpired,
    RequestTimeout,
    TranslationFailed,
)
from bot.protocols import TranslatorLike

log = logging.getLogger(__name__)


class DaemonExecutor(Executor):
    """One daemon worker thread: a translation still running at exit never holds
    the process open (``ThreadPoolExecutor`` threads are joined at exit)."""

    def __init__(self, name: str = "translator") -> None:
        self._jobs: thread_queue.SimpleQueue = thread_queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._shutdown = False
        self._thread.start()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        if self._shutdown:
            raise RuntimeError("executor is shut down")
        future: Future = Future()
        self._jobs.put((future, fn, args, kwargs))
        return future

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            future, fn, args, kwargs = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as error:  # noqa: BLE001 - handed to the waiting caller
                future.set_exception(error)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._shutdown = True
        if cancel_futures:
            while True:
                try:
                    job = self._jobs.get_nowait()
                except thread_queue.Empty:
                    break
                if job is not None:
                    job[0].cancel()
        self._jobs.put(None)
        if wait:
            self._thread.join()


@dataclass(eq=False, slots=True)
class _Request:
    texts: list[str]
    future: asyncio.Future[list[str]]
    enqueued: float
    deadline: float | None
    direction: str = DEFAULT_DIRECTION


@dataclass(frozen=True, slots=True)
class QueueStats:
    """A snapshot of the queue's metrics."""

    served: int
    failed: int
    dropped: int
    depth: int
    in_flight: int
    batches: int
    mean_batch_size: float
    p50_ms: float | None
    p95_ms: float | None


class Ticket:
    """A submitted request; await :meth:`result` for its translations."""

    def __init__(self, queue: TranslationQueue, request: _Request) -> None:
        self._queue = queue
        self._request = request

    @property
    def future(self) -> asyncio.Future[list[str]]:
        return self._request.future

    async def result(self) -> list[str]:
        """The translations, one per submitted text.

        Raises RequestTimeout after the queue's request timeout (or when the
        deadline passes) and TranslationFailed / QueueClosed / RequestExpired
        from the worker. Cancelling or timing out withdraws the request.
        """
        timeout = self._queue.request_timeout
        if self._request.deadline is not None:
            timeout = min(timeout, self._request.deadline - self._queue.clock())
        if timeout <= 0:
            self.cancel()
            raise RequestExpired()
        try:
            return await asyncio.wait_for(self._request.future, timeout)
        except TimeoutError:
            raise RequestTimeout() from None

    def cancel(self) -> None:
        """Withdraw the request; the worker drops it if it has not started."""
        self._request.future.cancel()


class TranslationQueue:
    """Bounded queue + batching worker in front of blocking translators.

    Args:
        translator: Object with ``translate(list[str]) -> list[str]``, serving
            ``"en-es"``; or a mapping of direction to such objects (one per
            model). A direction without a translator is refused at submit.
        max_size: Requests that may wait (all directions); more raise
            :class:`QueueFull` at once.
        max_batch: Most texts per ``translate`` call (a bigger request runs
            alone); a batch holds one direction.
        max_wait: Seconds to wait for a batch to fill once a request arrived.
        request_timeout: Seconds a caller waits in :meth:`Ticket.result`.
        clock: Monotonic clock for deadlines and latencies.
    """

    def __init__(
        self,
        translator: TranslatorLike | Mapping[str, TranslatorLike],
        *,
        max_size: int = 100,
        max_batch: int = 16,
        max_wait: float = 0.02,
        request_timeout: float = 60.0,
        clock: Callable[[], float] = time.perf_counter,
        latency_window: int = 2000,
    ) -> None:
        if max_size < 1 or max_batch < 1 or max_wait < 0 or request_timeout <= 0:
            raise ValueError(
                "max_size and max_batch must be >= 1, max_wait >= 0, request_timeout > 0"
            )
        if isinstance(translator, Mapping):
            self._translators: dict[str, TranslatorLike] = dict(translator)
        else:
            self._translators = {DEFAULT_DIRECTION: translator}
        self.max_size = max_size
        self.max_batch = max_batch
        self.max_wait = max_wait
        self.request_timeout = request_timeout
        self.clock = clock
        self._pending: deque[_Request] = deque()
        self._wakeup = asyncio.Event()
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        self._executor: DaemonExecutor | None = None
        self._running: list[_Request] = []  # the batch the model is working on
        self._latencies: deque[float] = deque(maxlen=latency_window)
        self._served = 0
        self._failed = 0
        self._dropped = 0
        self._batches = 0
        self._batched_texts = 0
        self._in_flight = 0

    # ------------------------------------------------------------ lifecycle

    @property
    def translator(self) -> TranslatorLike:
        """The ``"en-es"`` translator (the default direction's)."""
        return self._translators[DEFAULT_DIRECTION]

    @property
    def translators(self) -> dict[str, TranslatorLike]:
        """Direction → the translator serving it now (a copy)."""
        return dict(self._translators)

    @property
    def directions(self) -> frozenset[str]:
        """The directions this queue can serve now."""
        return frozenset(self._translators)

    def start(self) -> None:
        """Start the worker task on the running loop."""
        if self._task is not None:
            raise RuntimeError("queue already started")
        self._executor = DaemonExecutor()
        self._task = asyncio.get_running_loop().create_task(self._work(), name="translation-queue")

    async def __aenter__(self) -> TranslationQueue:
        self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.drain(10.0)

    def close(self) -> None:
        """Stop taking new requests; queued ones still run."""
        self._closing = True
        self._wakeup.set()

    async def drain(self, timeout: float) -> bool:
        """Stop taking requests and finish the queued ones, waiting at most ``timeout`` s.

        Returns True when everything finished; requests still waiting after
        the timeout — queued, or in the batch the model is still working on —
        fail with :class:`QueueClosed`, so every accepted request is answered.
        The model's thread is a daemon: an unfinished batch never delays exit.
        """
        self.close()
        finished = True
        if self._task is not None and not self._task.done():
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout)
            except TimeoutError:
                finished = False
                for request in self._running:  # the worker forgets its batch when cancelled
                    self._fail(request, QueueClosed())
                self._task.cancel()
                try:
                    await self._task
                except asyncio.CancelledError:
                    pass
        for request in self._running:
            self._fail(request, QueueClosed())
        self._running = []
        while self._pending:
            self._fail(self._pending.popleft(), QueueClosed())
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        if not finished:
            log.warning("Shutdown: gave up on queued translations after %.1f s", timeout)
        return finished

    def swap_translator(
        self, translator: TranslatorLike, direction: str = DEFAULT_DIRECTION
    ) -> TranslatorLike | None:
        """Serve later ``direction`` batches with ``translator``; returns the old
        one (None: the direction was not served before, and now is).

        The running batch (if any) finishes on the old translator and nothing
        queued is dropped: each batch reads its translator once, when it starts.
        """
        old = self._translators.get(direction)
        self._translators[direction] = translator
        return old

    # ------------------------------------------------------------ requests

    def submit(
        self,
        texts: list[str],
        *,
        deadline: float | None = None,
        direction: str = DEFAULT_DIRECTION,
    ) -> Ticket:
        """Queue ``texts`` for translation in ``direction``; raise
        QueueFull/QueueClosed at once (and ValueError for a direction no model
        serves: callers check :attr:`directions` first).

        ``deadline`` is a time on :attr:`clock` after which nobody wants the
        answer (e.g. the interaction token expired); the worker then drops it.
        """
        if direction not in self._translators:
            raise ValueError(f"no model serves {direction!r} on this queue")
        if self._closing:
            raise QueueClosed()
        if self._task is None:
            raise RuntimeError("queue not started")
        if len(self._pending) >= self.max_size:
            raise QueueFull()
        future = asyncio.get_running_loop().create_future()
        request = _Request(list(texts), future, self.clock(), deadline, direction)
        self._pending.append(request)
        self._wakeup.set()
        return Ticket(self, request)

    async def translate(
        self,
        texts: list[str],
        *,
        deadline: float | None = None,
        direction: str = DEFAULT_DIRECTION,
    ) -> list[str]:
        """Submit and wait: the translations of ``texts``, in order."""
        return await self.submit(texts, deadline=deadline, direction=direction).result()

    def stats(self) -> QueueStats:
        latencies = sorted(self._latencies)
        return QueueStats(
            served=self._served,
            failed=self._failed,
            dropped=self._dropped,
            depth=len(self._pending),
            in_flight=self._in_flight,
            batches=self._batches,
            mean_batch_size=self._batched_texts / self._batches if self._batches else 0.0,
            p50_ms=_percentile(latencies, 50),
            p95_ms=_percentile(latencies, 95),
        )

    # ------------------------------------------------------------ worker

    async def _work(self) -> None:
        while True:
            if not self._pending:
                if self._closing:
                    return
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            await self._fill()
            batch = self._take_batch()
            if batch:
                await self._run(batch)

    async def _fill(self) -> None:
        """Wait up to ``max_wait`` for more requests to join the batch."""
        end = self.clock() + self.max_wait
        while not self._closing and self._queued_texts(self._next_direction()) < self.max_batch:
            remaining = end - self.clock()
            if remaining <= 0:
                return
            self._wakeup.clear()
            try:
                await asyncio.wait_for(self._wakeup.wait(), remaining)
            except TimeoutError:
                return

    def _next_direction(self) -> str | None:
        """The direction of the oldest waiting request: the next batch's."""
        return self._pending[0].direction if self._pending else None

    def _queued_texts(self, direction: str | None = None) -> int:
        return sum(
            len(r.texts) for r in self._pending if direction is None or r.direction == direction
        )

    def _take_batch(self) -> list[_Request]:
        """The next batch: the oldest live request's direction, then the
        requests of that direction behind it, in order (the others keep their
        places for the next batch)."""
        batch: list[_Request] = []
        kept: list[_Request] = []
        size = 0
        now = self.clock()
        while self._pending:
            request = self._pending.popleft()
            if request.future.done():  # cancelled or timed out by its caller
                self._dropped += 1
                continue
            if request.deadline is not None and request.deadline <= now:
                self._dropped += 1
                self._fail(request, RequestExpired(), count=False)
                continue
            if batch and request.direction != batch[0].direction:
                kept.append(request)
                continue
            if batch and size + len(request.texts) > self.max_batch:
                self._pending.appendleft(request)
                break
            batch.append(request)
            size += len(request.texts)
        self._pending.extendleft(reversed(kept))
        return batch

    async def _run(self, batch: list[_Request]) -> None:
        # Read once: a swap applies from the next batch.
        translator = self._translators[batch[0].direction]
        texts = [text for request in batch for text in request.texts]
        self._in_flight = len(batch)
        self._running = batch
        try:
            outputs = await self._call(translator, texts)
        except Exception:
            if len(batch) > 1:
                # One bad input must not fail its neighbours: retry one by one.
                log.warning("Batch of %d requests failed; retrying them one at a time", len(batch))
                for request in batch:
                    if not request.future.done():
                        await self._run([request])
                return
            log.exception("Translator failed on a request of %d text(s)", len(texts))
            self._fail(batch[0], TranslationFailed())
            return
        finally:
            self._in_flight = 0
            self._running = []
        self._batches += 1
        self._batched_texts += len(texts)
        now = self.clock()
        start = 0
        for request in batch:
            end = start + len(request.texts)
            if not request.future.done():
                request.future.set_result(outputs[start:end])
                self._served += 1
                self._latencies.append(now - request.enqueued)
            start = end

    async def _call(self, translator: TranslatorLike, texts: list[str]) -> list[str]:
        loop = asyncio.get_running_loop()
        outputs = await loop.run_in_executor(self._executor, translator.translate, texts)
        if not isinstance(outputs, list) or len(outputs) != len(texts):
            raise TypeError(
                f"translator returned {type(outputs).__name__} of length "
                f"{len(outputs) if hasattr(outputs, '__len__') else '?'} for {len(texts)} texts"
            )
        if not all(isinstance(o, str) for o in outputs):
            raise TypeError("translator returned a non-string translation")
        return outputs

    def _fail(self, request: _Request, error: Exception, *, count: bool = True) -> None:
        if request.future.done():
            return
        request.future.set_exception(error)
        request.future.exception()  # mark retrieved: the caller may be gone
        self._failed += count


def _percentile(sorted_values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile in milliseconds, or None without data."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1] * 1000
