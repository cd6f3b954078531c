"""Prometheus metrics and health endpoints (``BOT_METRICS_PORT``).

Every process (gateway or worker) serves its own ``/metrics``, ``/healthz``
and ``/readyz`` from :class:`MetricsServer`, on aiohttp (already a discord.py
dependency) inside the process's event loop. Each :class:`Metrics` has its
own registry, so tests can build as many as they like; prometheus-client's
multiprocess mode is not used (it is for forked web servers and drops
``Info`` and callback gauges).

- ``/healthz``: 200 while the event loop turns (the lag probe ran within
  :data:`STALL_S`), else 503. For a liveness check: restart on failure.
- ``/readyz``: 200 when every readiness check passes (gateway: shards ready,
  database reachable; a worker adds its own), else 503 with the failing
  checks, one per line. For load balancers and start-up ordering.

Names (the gateway sets the first group, workers the second; see
docs/SCALING.md for what to watch):

- ``translator_requests_total{source,outcome}``, ``translator_request_seconds{source}``,
  ``translator_queue_backlog``, ``translator_inflight``, ``translator_workers_live``,
  ``discord_gateway_latency_seconds{shard}``, ``discord_guilds{shard}``,
  ``event_loop_lag_seconds`` (and ``_max``);
- ``translator_batch_size``, ``translator_batch_seconds``,
  ``translator_queue_wait_seconds``, ``translator_jobs_total{outcome}``,
  ``translator_model_info{name,version}``.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    generate_latest,
)

log = logging.getLogger(__name__)

LAG_INTERVAL_S = 0.25
"""How often the event-loop lag probe wakes up."""

STALL_S = 5.0
"""``/healthz`` fails when the lag probe has not run for this long."""

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)
LAG_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5)

OUTCOMES = {
    "QueueFull": "busy",
    "QueueClosed": "busy",
    "OnCooldown": "cooldown",
    "RequestTimeout": "timeout",
    "RequestExpired": "expired",
    "TranslationFailed": "failed",
    "InputTooLong": "rejected",
    "EmptyInput": "rejected",
    "NothingToTranslate": "rejected",
    "AlreadyInLanguage": "same_language",
    "NotTranslatable": "other_language",
    "DirectionUnavailable": "unavailable",
}
"""Error class → ``outcome`` label; ``ok`` for a translation delivered."""


def outcome_of(error: BaseException | None) -> str:
    """The ``outcome`` label for a request that ended with ``error`` (None: ok)."""
    if error is None:
        return "ok"
    for cls in type(error).__mro__:
        if cls.__name__ in OUTCOMES:
            return OUTCOMES[cls.__name__]
    return "error"


Check = Callable[[], "bool | str | Awaitable[bool | str]"]
"""A readiness check: True (ready), False or a reason string (not ready)."""


class Metrics:
    """The bot's metrics, in a registry of their own.

    Args:
        role: ``"gateway"`` or ``"worker"`` (the ``role`` label of ``bot_info``).
    """

    def __init__(self, role: str = "gateway") -> None:
        self.role = role
        self.registry = r = CollectorRegistry()
        self.info = Info("bot", "What this process is", registry=r)
        self.info.info({"role": role})
        # Gateway: what users asked for and got.
        self.requests = Counter(
            "translator_requests",
            "Translation requests by source (command, auto, flag, ...) and outcome",
            ["source", "outcome"],
            registry=r,
        )
        self.request_seconds = Histogram(
            "translator_request_seconds",
            "From accepted to translated (queue wait + model)",
            ["source"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.backlog = Gauge(
            "translator_queue_backlog", "Requests waiting for the model", registry=r
        )
        self.inflight = Gauge(
            "translator_inflight", "Requests being translated right now", registry=r
        )
        self.workers_live = Gauge(
            "translator_workers_live", "Inference workers with a fresh heartbeat", registry=r
        )
        self.gateway_latency = Gauge(
            "discord_gateway_latency_seconds",
            "Heartbeat round trip to Discord, per shard",
            ["shard"],
            registry=r,
        )
        self.guilds = Gauge("discord_guilds", "Servers per shard", ["shard"], registry=r)
        self.shards_ready = Gauge(
            "discord_shards_ready", "Shards of this process connected and ready", registry=r
        )
        self.loop_lag = Histogram(
            "event_loop_lag_seconds",
            f"How late the event loop ran a {LAG_INTERVAL_S} s timer",
            buckets=LAG_BUCKETS,
            registry=r,
        )
        self.loop_lag_max = Gauge(
            "event_loop_lag_max_seconds", "Largest loop lag since the last scrape", registry=r
        )
        # Worker: batches and jobs.
        self.batch_size = Histogram(
            "translator_batch_size",
            "Texts per model call",
            buckets=BATCH_BUCKETS,
            registry=r,
        )
        self.batch_seconds = Histogram(
            "translator_batch_seconds",
            "Model time per batch",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.queue_wait = Histogram(
            "translator_queue_wait_seconds",
            "From enqueued to picked up by a worker",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.jobs = Counter(
            "translator_jobs",
            "Jobs a worker finished, by outcome (ok, failed, expired, reclaimed, dead)",
            ["outcome"],
            registry=r,
        )
        self.model = Info("translator_model", "The model this process serves", registry=r)
        self._refreshers: list[Callable[[], None]] = []
        self._lag_max = 0.0
        self.last_tick = time.monotonic()

    # ------------------------------------------------------------ recording

    def request_done(
        self, source: str, error: BaseException | None, seconds: float | None = None
    ) -> None:
        """Count one request's end; ``seconds`` from accepted to answered (if it was)."""
        self.requests.labels(source, outcome_of(error)).inc()
        if seconds is not None:
            self.request_seconds.labels(source).observe(seconds)

    def batch_done(self, size: int, seconds: float) -> None:
        self.batch_size.observe(size)
        self.batch_seconds.observe(seconds)

    def set_model(self, info: dict) -> None:
        self.model.info({k: str(info.get(k, "")) for k in ("name", "version")})

    def on_scrape(self, refresh: Callable[[], None]) -> None:
        """Run ``refresh`` (it sets gauges from live state) before every scrape."""
        self._refreshers.append(refresh)

    def render(self) -> bytes:
        """The text exposition of every metric, after the scrape refreshers."""
        for refresh in self._refreshers:
            try:
                refresh()
            except Exception:
                log.exception("A metrics refresher failed")
        self.loop_lag_max.set(self._lag_max)
        self._lag_max = 0.0
        return generate_latest(self.registry)

    # ------------------------------------------------------------ loop lag

    async def watch_loop(self, interval: float = LAG_INTERVAL_S) -> None:
        """Measure how late the loop wakes a timer, forever (run it as a task)."""
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(interval)
            lag = max(0.0, loop.time() - start - interval)
            self.loop_lag.observe(lag)
            self._lag_max = max(self._lag_max, lag)
            self.last_tick = time.monotonic()

    def healthy(self) -> bool:
        return time.monotonic() - self.last_tick < STALL_S


def watch_gateway(metrics: Metrics, bot) -> None:
    """Per-shard gateway latency, guilds and readiness from a discord.py client,
    read at each scrape."""

    def refresh() -> None:
        shards = getattr(bot, "shards", None)
        if shards:  # AutoShardedClient
            latencies = dict(bot.latencies)
            ready = 0
            for shard_id, shard in shards.items():
                latency = latencies.get(shard_id, float("nan"))
                metrics.gateway_latency.labels(str(shard_id)).set(latency)
                ready += not shard.is_closed()
        else:
            metrics.gateway_latency.labels("0").set(bot.latency)
            ready = int(bot.is_ready())
        counts: dict[int, int] = {}
        for guild in bot.guilds:
            counts[guild.shard_id or 0] = counts.get(guild.shard_id or 0, 0) + 1
        for shard_id, count in counts.items():
            metrics.guilds.labels(str(shard_id)).set(count)
        metrics.shards_ready.set(ready if bot.is_ready() else 0)

    metrics.on_scrape(refresh)


@dataclass
class MetricsServer:
    """``/metrics``, ``/healthz`` and ``/readyz`` on ``host:port``.

    Args:
        metrics: What ``/metrics`` shows.
        port: TCP port (0: any free port; :attr:`port` tells which after :meth:`start`).
        host: Listen address; loopback unless Prometheus scrapes from another host.
        checks: Readiness checks by name (see :data:`Check`).
    """

    metrics: Metrics
    port: int
    host: str = "127.0.0.1"
    checks: dict[str, Check] = field(default_factory=dict)
    _runner: web.AppRunner | None = field(default=None, init=False, repr=False)
    _lag_task: asyncio.Task[None] | None = field(default=None, init=False, repr=False)

    def add_check(self, name: str, check: Check) -> None:
        self.checks[name] = check

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if self.port == 0:
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._lag_task = asyncio.create_task(self.metrics.watch_loop(), name="loop-lag")
        log.info("Metrics on http://%s:%d/metrics", self.host, self.port)

    async def stop(self) -> None:
        if self._lag_task is not None:
            self._lag_task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> MetricsServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _metrics(self, request: web.Request) -> web.Response:
        body = self.metrics.render()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _healthz(self, request: web.Request) -> web.Response:
        if self.metrics.healthy():
            return web.Response(text="ok\n")
        return web.Response(text="event loop stalled\n", status=503)

    async def _readyz(self, request: web.Request) -> web.Response:
        failing = []
        for name, check in self.checks.items():
            try:
                result = check()
                if inspect.isawaitable(result):
                    result = await asyncio.wait_for(result, 2.0)
            except Exception as error:  # a check that raises is a failing check
                result = f"{type(error).__name__}: {error}"
            if result is not True:
                failing.append(f"{name}: {result if isinstance(result, str) else 'not ready'}")
        if failing:
            return web.Response(text="\n".join(failing) + "\n", status=503)
        return web.Response(text="ready\n")


class _TimedTranslator:
    """A translator whose every model call (one batch) is measured."""

    def __init__(self, translator, metrics: Metrics) -> None:
        self._translator = translator
        self._metrics = metrics

    def translate(self, texts: list[str]) -> list[str]:
        start = time.perf_counter()
        try:
            return self._translator.translate(texts)
        finally:
            self._metrics.batch_done(len(texts), time.perf_counter() - start)

    def __getattr__(self, name: str):
        return getattr(self._translator, name)


def instrument_loader(loader: Callable, metrics: Metrics) -> Callable:
    """A loader whose translators report batch sizes and model time (the
    embedded queue's batches; workers call :meth:`Metrics.batch_done` themselves)."""

    def load(path):
        return _TimedTranslator(loader(path), metrics)

    return load


def gateway_server(
    metrics: Metrics,
    bot,
    queue,
    storage,
    *,
    port: int,
    host: str = "127.0.0.1",
    workers_live: Callable[[], int] = lambda: 1,
) -> MetricsServer:
    """The gateway's metrics server: shards, backlog, the model served, and
    readiness = every shard of this process ready and the database answering.

    ``workers_live`` counts the processes serving the model (the embedded
    queue: this one; a Redis queue: the workers with a fresh heartbeat).
    """
    watch_gateway(metrics, bot)

    def refresh_queue() -> None:
        metrics.workers_live.set(workers_live())
        stats = queue.stats()
        metrics.backlog.set(stats.depth)
        metrics.inflight.set(stats.in_flight)
        translator = getattr(queue, "translator", None)
        info = getattr(translator, "info", None)
        if isinstance(info, dict):
            metrics.set_model(info)

    metrics.on_scrape(refresh_queue)
    server = MetricsServer(metrics, port, host)
    server.add_check("discord", lambda: bot.is_ready() or "shards not ready")

    def database() -> bool | str:
        storage.get_meta("readyz")
        return True

    server.add_check("database", database)
    return server
