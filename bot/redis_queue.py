"""The gateway's side of scale-out: requests go to inference workers over Redis Streams.

With ``BOT_QUEUE_URL`` set, ``python -m bot`` loads no model. :class:`RedisQueue`
has the in-process :class:`~bot.queue.TranslationQueue`'s API (``submit`` →
:class:`~bot.queue.Ticket`, ``stats``, ``drain``), so the cogs do not change:

1. ``submit`` checks the shared backlog (``BOT_QUEUE_MAX`` across every gateway,
   from a snapshot refreshed every 100 ms plus what this process added since)
   and raises :class:`QueueFull` synchronously, before the interaction is
   deferred. Redis unreachable or no live worker: also ``QueueFull`` ("busy").
2. A sender task ``XADD``s jobs to ``tr:jobs`` (one consumer group, ``workers``).
   A job carries its texts, its direction, its wall-clock deadline and the
   gateway's reply stream.
3. ``python -m bot.worker`` processes (:mod:`bot.worker`) read jobs, batch them,
   and ``XADD`` each result to ``tr:res:<gateway>`` while acknowledging the job
   in the same ``MULTI``.
4. A reader task resolves the waiting future by job id. The first result wins;
   a second one (a frozen worker that woke up after its job was taken over)
   is ignored, so every request gets exactly one reply.

:class:`SharedCooldown` keeps per-user cooldowns exact across gateway processes.
Wire format and key names (:class:`Keys`) are shared with :mod:`bot.worker`.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import json
import logging
import os
import socket
import time
import uuid
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import RedisError, ResponseError

from bot.cooldown import Cooldown
from bot.errors import (
    QueueClosed,
    QueueFull,
    RequestExpired,
    TranslationFailed,
)
from bot.queue import QueueStats, Ticket, _percentile, _Request

log = logging.getLogger(__name__)

GROUP = "workers"
DEFAULT_DIRECTION = "en-es"
MAX_DELIVERIES = 3
"""A job delivered this many times without an answer (it crashed workers) is dead-lettered."""
HEARTBEAT_S = 1.0
LIVE_S = 5.0
"""A worker whose last heartbeat is older than this is not live (reload, status, admission)."""
JOBS_MAXLEN = 100_000
RESULTS_MAXLEN = 10_000
RESULT_STREAM_TTL_S = 120
ERRORS: dict[str, type[Exception]] = {
    "failed": TranslationFailed,
    "expired": RequestExpired,
    "busy": QueueFull,
    "closed": QueueClosed,
}
"""Result ``err`` field → the error the waiting caller gets (and its one-line user message)."""


@dataclass(frozen=True, slots=True)
class Keys:
    """Redis key names, under one prefix (tests use their own)."""

    prefix: str = "tr:"

    @property
    def jobs(self) -> str:
        return f"{self.prefix}jobs"

    @property
    def dead(self) -> str:
        return f"{self.prefix}dead"

    @property
    def control(self) -> str:
        return f"{self.prefix}ctl"

    @property
    def workers(self) -> str:
        """Sorted set: worker id → time of its last heartbeat."""
        return f"{self.prefix}workers"

    @property
    def running(self) -> str:
        """Hash: worker id → requests in the batch its model is working on."""
        return f"{self.prefix}running"

    @property
    def model(self) -> str:
        """Hash: direction → the model name every worker must serve (``""``: BOT_MODEL_DIR)."""
        return f"{self.prefix}model"

    @property
    def hits(self) -> str:
        """Stream of accepted requests per user, for :class:`SharedCooldown`."""
        return f"{self.prefix}hits"

    def results(self, gateway: str) -> str:
        return f"{self.prefix}res:{gateway}"

    def worker(self, worker_id: str) -> str:
        return f"{self.prefix}worker:{worker_id}"

    def reload(self, request: str) -> str:
        return f"{self.prefix}reload:{request}"


DEFAULT_KEYS = Keys()


def connect(url: str) -> aioredis.Redis:
    """A client for ``BOT_QUEUE_URL`` that fails fast: callers retry on their own schedule."""
    return aioredis.from_url(
        url,
        decode_responses=True,
        socket_connect_timeout=2.0,
        socket_timeout=10.0,  # longer than any BLOCK we use
        retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), 1),
    )


def process_id() -> str:
    """``host-pid``: the default name of a gateway or worker."""
    return f"{socket.gethostname()}-{os.getpid()}"


async def ensure_group(client: aioredis.Redis, keys: Keys) -> None:
    """Create the job stream and its consumer group (from the start: jobs added
    before the group existed are served too)."""
    try:
        await client.xgroup_create(keys.jobs, GROUP, id="0", mkstream=True)
    except ResponseError as error:
        if "BUSYGROUP" not in str(error):
            raise


async def live_workers(client: aioredis.Redis, keys: Keys) -> list[dict[str, Any]]:
    """The heartbeats of workers seen in the last :data:`LIVE_S` seconds, by id."""
    ids = await client.zrangebyscore(keys.workers, time.time() - LIVE_S, "+inf")
    if not ids:
        return []
    raw = await client.mget([keys.worker(w) for w in ids])
    workers = []
    for text in raw:
        if text:
            with contextlib.suppress(ValueError):
                workers.append(json.loads(text))
    return sorted(workers, key=lambda w: str(w.get("id")))


class RedisQueue:
    """A :class:`~bot.queue.TranslationQueue` stand-in whose model runs in worker processes.

    Args:
        client: ``redis.asyncio`` client (see :func:`connect`); closed by :meth:`drain`.
        max_size: ``BOT_QUEUE_MAX``: requests waiting in the shared backlog, all gateways.
        request_timeout: Seconds a caller waits in :meth:`Ticket.result`.
        gateway_id: Names this process's reply stream (default: host-pid-random).
        keys: Redis key names.
    """

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        max_size: int = 100,
        request_timeout: float = 60.0,
        gateway_id: str | None = None,
        keys: Keys = Keys(),
        latency_window: int = 2000,
    ) -> None:
        if max_size < 1 or request_timeout <= 0:
            raise ValueError("max_size must be >= 1 and request_timeout > 0")
        self.redis = client
        self.keys = keys
        self.max_size = max_size
        self.request_timeout = request_timeout
        self.clock: Callable[[], float] = time.time  # wall clock: deadlines cross hosts
        self.gateway_id = gateway_id or f"{process_id()}-{uuid.uuid4().hex[:6]}"
        self.results_key = keys.results(self.gateway_id)
        self.healthy = False
        self.workers: list[dict[str, Any]] = []
        self._workers_known = False
        self._waiting: dict[str, _Request] = {}
        self._outbox: deque[tuple[str, dict[str, str]]] = deque()
        self._hits_out: deque[dict[str, str]] = deque()
        self._wakeup = asyncio.Event()
        self._closing = False
        self._tasks: list[asyncio.Task[None]] = []
        self._backlog = 0
        self._added_since_snapshot = 0
        self._done_since_snapshot = 0  # answered since: the snapshot may still count them
        self._running_total = 0
        self._run_id: str | None = None
        self._run_id_seen_at = 0.0
        self._last_result = "0-0"
        self._last_hit = "$"
        self._hit_listeners: list[Callable[[str, float], None]] = []
        self._latencies: deque[float] = deque(maxlen=latency_window)
        self._served = 0
        self._failed = 0
        self._dropped = 0
        self.late_results = 0

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start the sender, reader and monitor tasks on the running loop.

        Never waits for Redis: until it answers, requests are refused as busy,
        and the tasks keep retrying.
        """
        if self._tasks:
            raise RuntimeError("queue already started")
        loop = asyncio.get_running_loop()
        for name, work in (("send", self._send), ("read", self._read), ("monitor", self._monitor)):
            self._tasks.append(loop.create_task(work(), name=f"redis-queue-{name}"))

    async def __aenter__(self) -> RedisQueue:
        self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.drain(10.0)

    async def wait_ready(self, timeout: float = 10.0) -> bool:
        """Wait until Redis answered and a worker is live (tests, start-up logs)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.healthy and self.workers:
                return True
            await asyncio.sleep(0.05)
        return False

    def close(self) -> None:
        """Stop taking new requests; accepted ones still get their answers."""
        self._closing = True
        self._wakeup.set()

    async def drain(self, timeout: float) -> bool:
        """Stop taking requests and wait (at most ``timeout`` s) for the accepted
        ones; whatever is left fails with :class:`QueueClosed`."""
        self.close()
        end = time.monotonic() + timeout
        while self._waiting and time.monotonic() < end:
            await asyncio.sleep(0.02)
        finished = not self._waiting
        for request in list(self._waiting.values()):
            self._fail(request, QueueClosed())
        self._waiting.clear()
        for task in self._tasks:
            task.cancel()
        await asyncio.wait(self._tasks, timeout=1.0)
        # Bounded: with Redis gone, a client call could otherwise wait on its socket.
        with contextlib.suppress(RedisError, OSError, TimeoutError):
            await asyncio.wait_for(self.redis.delete(self.results_key), 1.0)
        with contextlib.suppress(RedisError, OSError, TimeoutError):
            await asyncio.wait_for(self.redis.aclose(), 1.0)
        if not finished:
            log.warning("Shutdown: gave up waiting for the workers after %.1f s", timeout)
        return finished

    # ------------------------------------------------------------ requests

    @property
    def directions(self) -> frozenset[str]:
        """Directions some live worker serves (English → Spanish until one is seen)."""
        served = {d for w in self.workers for d in w.get("models", {})}
        return frozenset(served) if served else frozenset({DEFAULT_DIRECTION})

    @property
    def translators(self) -> dict[str, Any]:
        return {}  # the models run in the workers

    def backlog(self) -> int:
        """Requests waiting in the shared backlog (all gateways), as far as known now."""
        return max(0, self._backlog + self._added_since_snapshot - self._done_since_snapshot)

    def submit(
        self,
        texts: list[str],
        *,
        deadline: float | None = None,
        direction: str = DEFAULT_DIRECTION,
    ) -> Ticket:
        """Queue ``texts`` for a worker; raise QueueFull/QueueClosed at once.

        ``deadline`` is a wall-clock time (:func:`time.time`) after which nobody
        wants the answer; workers drop the job then.
        """
        if self._closing:
            raise QueueClosed()
        if not self._tasks:
            raise RuntimeError("queue not started")
        if not self.healthy or (self._workers_known and not self.workers):
            raise QueueFull()
        if self.backlog() >= self.max_size:
            raise QueueFull()
        now = self.clock()
        request = _Request(list(texts), asyncio.get_running_loop().create_future(), now, deadline)
        job_id = uuid.uuid4().hex
        self._waiting[job_id] = request
        request.future.add_done_callback(lambda _f, job_id=job_id: self._forget(job_id))
        fields = {
            "id": job_id,
            "reply": self.results_key,
            "direction": direction,
            "texts": json.dumps(request.texts, ensure_ascii=False),
            "enq": repr(now),
            "deadline": "" if deadline is None else repr(deadline),
        }
        self._outbox.append((job_id, fields))
        self._added_since_snapshot += 1
        self._wakeup.set()
        return Ticket(self, request)  # type: ignore[arg-type]

    async def translate(self, texts: list[str], *, deadline: float | None = None) -> list[str]:
        return await self.submit(texts, deadline=deadline).result()

    def stats(self) -> QueueStats:
        latencies = sorted(self._latencies)
        batches = sum(int(w.get("batches", 0)) for w in self.workers)
        texts = sum(float(w.get("mean_batch", 0)) * int(w.get("batches", 0)) for w in self.workers)
        return QueueStats(
            served=self._served,
            failed=self._failed,
            dropped=self._dropped,
            depth=self.backlog(),
            in_flight=self._running_total,
            batches=batches,
            mean_batch_size=texts / batches if batches else 0.0,
            p50_ms=_percentile(latencies, 50),
            p95_ms=_percentile(latencies, 95),
        )

    def publish_hit(self, key: str) -> None:
        """Tell the other gateways that ``key`` (a user) spent one request now."""
        self._hits_out.append({"key": key, "t": repr(time.time()), "gw": self.gateway_id})
        self._wakeup.set()

    def on_hit(self, listener: Callable[[str, float], None]) -> None:
        """Call ``listener(key, wall_time)`` for each hit another gateway published."""
        self._hit_listeners.append(listener)

    # ------------------------------------------------------------ internals

    def _forget(self, job_id: str) -> None:
        self._waiting.pop(job_id, None)

    def _fail(self, request: _Request, error: Exception, *, count: bool = True) -> None:
        if request.future.done():
            return
        request.future.set_exception(error)
        request.future.exception()
        self._failed += count

    def _set_healthy(self, healthy: bool, error: BaseException | None = None) -> None:
        if healthy and not self.healthy:
            log.info("Redis answers; taking translation requests")
        elif not healthy and self.healthy:
            log.warning("Redis unreachable (%s); refusing requests as busy until it is back", error)
        self.healthy = healthy

    async def _send(self) -> None:
        while True:
            if not self._outbox and not self._hits_out:
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            jobs = [self._outbox.popleft() for _ in range(min(len(self._outbox), 500))]
            hits = [self._hits_out.popleft() for _ in range(min(len(self._hits_out), 500))]
            pipe = self.redis.pipeline(transaction=False)
            sent = []
            for job_id, fields in jobs:
                request = self._waiting.get(job_id)
                if request is None or request.future.done():
                    continue  # cancelled before it left
                pipe.xadd(self.keys.jobs, fields, maxlen=JOBS_MAXLEN, approximate=True)
                sent.append(request)
            for hit in hits:
                pipe.xadd(self.keys.hits, hit, maxlen=RESULTS_MAXLEN, approximate=True)
            try:
                await pipe.execute()
            except (RedisError, OSError) as error:
                self._set_healthy(False, error)
                for request in sent:  # never reached a worker: the user may try again
                    self._fail(request, QueueFull(), count=False)
                await asyncio.sleep(0.1)

    async def _read(self) -> None:
        while True:
            try:
                streams = {self.results_key: self._last_result, self.keys.hits: self._last_hit}
                reply = await self.redis.xread(streams, count=1000, block=1000)
            except (RedisError, OSError) as error:
                self._set_healthy(False, error)
                await asyncio.sleep(0.5)
                continue
            for stream, entries in reply or []:
                if stream == self.results_key:
                    for entry_id, fields in entries:
                        self._last_result = entry_id
                        self._resolve(fields)
                else:
                    for entry_id, fields in entries:
                        self._last_hit = entry_id
                        self._heard_hit(fields)
            if self._last_hit == "$":
                # "$" again would skip hits sent between two reads: pin the position.
                try:
                    info = await self.redis.xinfo_stream(self.keys.hits)
                    self._last_hit = info.get("last-generated-id") or "0-0"
                except ResponseError:  # no stream yet: every hit to come is new
                    self._last_hit = "0-0"
                except (RedisError, OSError):
                    pass

    def _resolve(self, fields: dict[str, str]) -> None:
        request = self._waiting.pop(fields.get("id", ""), None)
        if request is not None:
            self._done_since_snapshot += 1
        if request is None or request.future.done():
            self.late_results += 1  # a duplicate from a worker that froze, or a caller gone
            return
        error = fields.get("err")
        if error:
            exc = ERRORS.get(error, TranslationFailed)()
            if error == "expired":
                self._dropped += 1
            self._fail(request, exc, count=error != "expired")
            return
        try:
            outputs = json.loads(fields["out"])
        except (KeyError, ValueError):
            log.error("Unreadable result from worker %s", fields.get("worker"))
            self._fail(request, TranslationFailed())
            return
        request.future.set_result(outputs)
        self._served += 1
        self._latencies.append(self.clock() - request.enqueued)

    def _heard_hit(self, fields: dict[str, str]) -> None:
        if fields.get("gw") == self.gateway_id:
            return
        try:
            when = float(fields["t"])
        except (KeyError, ValueError):
            return
        for listener in self._hit_listeners:
            listener(fields.get("key", ""), when)

    async def _monitor(self) -> None:
        """Every 100 ms: the shared backlog; every second: workers, Redis restarts."""
        next_slow = 0.0
        while True:
            try:
                if time.monotonic() >= next_slow:
                    await self._slow_checks()
                    next_slow = time.monotonic() + HEARTBEAT_S
                await self._snapshot_backlog()
                self._set_healthy(True)
            except (RedisError, OSError) as error:
                self._set_healthy(False, error)
                self.workers = []  # unknown until Redis answers again
                next_slow = 0.0
                await asyncio.sleep(0.4)
            await asyncio.sleep(0.1)

    async def _snapshot_backlog(self) -> None:
        added, done = self._added_since_snapshot, self._done_since_snapshot
        pipe = self.redis.pipeline(transaction=False)
        pipe.xinfo_groups(self.keys.jobs)
        pipe.hgetall(self.keys.running)
        groups, running = await pipe.execute(raise_on_error=False)
        if isinstance(groups, ResponseError):  # no stream yet, or Redis restarted empty
            await ensure_group(self.redis, self.keys)
            groups = []
        elif isinstance(groups, Exception):
            raise groups
        live = {str(w.get("id")) for w in self.workers}
        self._running_total = sum(
            int(n) for wid, n in (running or {}).items() if wid in live and str(n).isdigit()
        )
        waiting = 0
        for group in groups:
            if group.get("name") == GROUP:
                waiting = int(group.get("lag") or 0) + int(group.get("pending") or 0)
        self._backlog = max(0, waiting - self._running_total)
        self._added_since_snapshot -= added
        self._done_since_snapshot -= done

    async def _slow_checks(self) -> None:
        checked_at = self.clock()
        info = await self.redis.info("server")
        run_id = info.get("run_id")
        if self._run_id is not None and run_id != self._run_id:
            # Redis restarted without persistence (on purpose): jobs sent before the
            # last check that saw the old server are gone. Later ones may have reached
            # the new server, so they wait (at worst until their timeout).
            lost = [
                r
                for r in self._waiting.values()
                if not r.future.done() and r.enqueued <= self._run_id_seen_at
            ]
            log.warning(
                "Redis restarted; %d waiting request(s) were lost and are refused", len(lost)
            )
            for request in lost:
                self._fail(request, QueueFull(), count=False)
            self._last_result = "0-0"
            self._last_hit = "$"
        self._run_id = run_id
        self._run_id_seen_at = checked_at
        await ensure_group(self.redis, self.keys)
        pipe = self.redis.pipeline(transaction=False)
        # The reply stream exists while this gateway lives (workers add with NOMKSTREAM).
        pipe.xadd(self.results_key, {"hello": self.gateway_id}, maxlen=RESULTS_MAXLEN)
        pipe.expire(self.results_key, RESULT_STREAM_TTL_S)
        await pipe.execute()
        self.workers = await live_workers(self.redis, self.keys)
        self._workers_known = True


class SharedCooldown(Cooldown):
    """A per-user :class:`~bot.cooldown.Cooldown` that every gateway process shares.

    Checks stay synchronous and local (before the interaction is deferred);
    each accepted request is published on a Redis stream that the other
    gateways fold into their own windows within a round trip. Times are wall
    clock, so hosts need synchronised clocks (NTP), as Discord does anyway.
    """

    def __init__(self, rate: int, per: float, queue: RedisQueue) -> None:
        super().__init__(rate, per, clock=time.time)
        self.queue = queue
        queue.on_hit(self._heard)

    def record(self, key: Hashable) -> None:
        super().record(key)
        self.queue.publish_hit(str(key))

    def _heard(self, raw_key: str, when: float) -> None:
        key: Hashable = int(raw_key) if raw_key.isdigit() else raw_key
        hits = self._hits.setdefault(key, deque())
        ordered = list(hits)
        bisect.insort(ordered, when)
        hits.clear()
        hits.extend(ordered)


def parse_texts(raw: str | None) -> list[str] | None:
    """A job's ``texts`` field, or None when it is not a JSON list of strings."""
    try:
        texts = json.loads(raw or "")
    except ValueError:
        return None
    if isinstance(texts, list) and all(isinstance(t, str) for t in texts):
        return texts
    return None
