"""``python -m bot.worker``: an inference worker for gateways started with ``BOT_QUEUE_URL``.

Reads the same settings (``.env``) as ``python -m bot`` but needs no Discord
token. It loads the model every worker must serve (the one a ``/model reload``
chose, else ``BOT_MODEL_DIR``), takes jobs from the Redis stream's consumer
group, micro-batches them in a local :class:`~bot.queue.TranslationQueue` and
sends each result to the gateway that asked, acknowledging the job in the same
transaction.

Failures it handles (see ``../shared/design/scale-out.md`` §4.4):

- A worker that died or froze: every worker takes over jobs that stayed
  unacknowledged for ``BOT_RECLAIM_IDLE_MS`` (``XAUTOCLAIM``). Jobs taken over
  run one at a time, so a job that crashes workers cannot take its
  neighbours down with it; after :data:`~bot.redis_queue.MAX_DELIVERIES`
  deliveries it is dead-lettered (``tr:dead``) and its user gets the usual
  one-line failure.
- SIGTERM/SIGINT: stop reading, finish what it holds (``BOT_DRAIN_TIMEOUT_S``),
  hand back the rest for another worker to take at once.
- Redis unreachable: keep retrying; the jobs it holds are answered when Redis is back.

``/model reload`` is all-or-nothing across workers: each loads and checks the
new model while the old one serves, reports, and switches only when the
gateway commits (every live worker succeeded).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotenv import load_dotenv
from redis.exceptions import RedisError, ResponseError

from bot.directions import EN_ES, ES_EN
from bot.errors import (
    InvalidModelName,
    ModelReloadFailed,
    QueueClosed,
    RequestExpired,
    RequestTimeout,
)
from bot.protocols import Loader, TranslatorLike
from bot.queue import TranslationQueue
from bot.redis_queue import (
    DEFAULT_DIRECTION,
    DEFAULT_KEYS,
    GROUP,
    HEARTBEAT_S,
    MAX_DELIVERIES,
    RESULTS_MAXLEN,
    Keys,
    connect,
    ensure_group,
    parse_texts,
    process_id,
)
from bot.settings import Settings, SettingsError, help_text
from bot.translator import describe, load_checked, nmt_loader, resolve_model_dir

log = logging.getLogger("bot.worker")

LOCAL_TIMEOUT_S = 24 * 3600.0
"""The local queue never times a job out itself: deadlines come with the jobs."""


class WorkerStopped(Exception):
    """Stopped (SIGTERM) while Redis was unreachable."""


@dataclass(eq=False, slots=True)
class Job:
    entry: str  # stream entry id, for XACK
    id: str
    reply: str
    direction: str
    texts: list[str]
    deadline: float | None
    deliveries: int = 1
    held_since: float = field(default_factory=time.monotonic)


@dataclass(slots=True)
class Model:
    """One direction's serving model and its local batching queue."""

    direction: str
    name: str  # "" = BOT_MODEL_DIR
    path: Path
    queue: TranslationQueue

    @property
    def info(self) -> dict[str, Any]:
        return dict(self.queue.translators[self.direction].info)


class Worker:
    """Serves jobs from Redis with a local micro-batching queue per direction.

    Args:
        client: ``redis.asyncio`` client.
        settings: The bot's settings (model dirs, batching, drain timeout, reclaim time).
        loader: Loads a model directory (production: :func:`bot.translator.nmt_loader`).
        worker_id: This worker's consumer name and heartbeat key.
        keys: Redis key names.
    """

    def __init__(
        self,
        client: Any,
        settings: Settings,
        loader: Loader,
        *,
        worker_id: str | None = None,
        keys: Keys = DEFAULT_KEYS,
    ) -> None:
        self.redis = client
        self.settings = settings
        self.loader = loader
        self.id = worker_id or settings.worker_id or process_id()
        self.keys = keys
        self.capacity = 2 * settings.batch_max  # held jobs; never hoard the backlog
        self.reclaim_idle_ms = settings.reclaim_idle_ms
        self.models: dict[str, Model] = {}
        self.held: dict[str, Job] = {}
        self.suspects: asyncio.Queue[Job] = asyncio.Queue()
        self.dead = 0
        self.reclaimed = 0
        self.started = time.time()
        self._staged: dict[str, tuple[str, str, Path, TranslatorLike]] = {}
        self._stopping = asyncio.Event()
        self._room = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._redis_ok = True
        self.metrics: Any = None  # bot.metrics.Metrics with BOT_METRICS_PORT

    # ------------------------------------------------------------ models

    def model_dirs(self) -> dict[str, Path]:
        """Direction → the directory this worker serves it from (``BOT_MODEL_DIR``;
        ``BOT_MODEL_DIR_ES_EN`` when that directory exists)."""
        dirs = {EN_ES: self.settings.model_dir}
        if self.settings.model_dir_es_en.is_dir():
            dirs[ES_EN] = self.settings.model_dir_es_en
        return dirs

    def _path_for(self, direction: str, name: str) -> Path:
        if not name:
            return self.model_dirs()[direction]
        return resolve_model_dir(self.settings.models_root, name)

    async def load_models(self) -> None:
        """Load the model each direction must serve: the one ``/model reload`` chose
        for every worker (kept in Redis), else ``BOT_MODEL_DIR``."""
        desired = await self.redis.hgetall(self.keys.model)
        for direction in self.model_dirs():
            name = desired.get(direction, "")
            try:
                path = self._path_for(direction, name)
            except InvalidModelName as error:
                raise ModelReloadFailed(
                    f"The workers serve {name!r}, which this worker cannot load: {error}"
                ) from None
            translator = await asyncio.to_thread(load_checked, self.loader, path, direction)
            queue = TranslationQueue(
                {direction: translator},
                max_size=1_000_000,  # admission happens at the gateways (BOT_QUEUE_MAX)
                max_batch=self.settings.batch_max,
                max_wait=self.settings.batch_wait_ms / 1000,
                request_timeout=LOCAL_TIMEOUT_S,
            )
            queue.start()
            self.models[direction] = Model(direction, name, path, queue)
            log.info("Worker %s serves %s: %s", self.id, direction, describe(translator.info))

    # ------------------------------------------------------------ run

    async def run(self) -> None:
        """Serve until :meth:`stop`; then finish or hand back what is held."""
        await self._until_redis(lambda: ensure_group(self.redis, self.keys))
        await self._heartbeat_once()
        control_from = await self._until_redis(self._control_position)
        loops = [
            self._read_loop(),
            self._reclaim_loop(),
            self._suspect_loop(),
            self._heartbeat_loop(),
            self._control_loop(control_from),
        ]
        workers = [asyncio.create_task(c) for c in loops]
        log.info("Worker %s ready (holds up to %d jobs)", self.id, self.capacity)
        await self._stopping.wait()
        for task in workers[:3]:
            task.cancel()
        await self._shutdown()
        for task in workers[3:]:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)

    def stop(self) -> None:
        self._stopping.set()

    async def _until_redis(self, call: Any) -> Any:
        delay = 0.2
        while True:
            try:
                return await call()
            except (RedisError, OSError) as error:
                if self._stopping.is_set():
                    raise WorkerStopped() from error
                log.warning("Redis unreachable (%s); retrying in %.1f s", error, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    def _note_redis(self, error: BaseException | None) -> None:
        if error is None and not self._redis_ok:
            log.info("Redis answers again")
        elif error is not None and self._redis_ok:
            log.warning("Redis unreachable (%s); retrying", error)
        self._redis_ok = error is None

    # ------------------------------------------------------------ jobs

    async def _read_loop(self) -> None:
        while True:
            free = self.capacity - len(self.held)
            if free <= 0 or not self.suspects.empty():
                self._room.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._room.wait(), 0.5)
                continue
            try:
                reply = await self.redis.xreadgroup(
                    GROUP, self.id, {self.keys.jobs: ">"}, count=free, block=1000
                )
                self._note_redis(None)
            except ResponseError as error:
                if "NOGROUP" in str(error):  # Redis restarted empty
                    await self._until_redis(lambda: ensure_group(self.redis, self.keys))
                    continue
                raise
            except (RedisError, OSError) as error:
                self._note_redis(error)
                await asyncio.sleep(0.5)
                continue
            for _stream, entries in reply or []:
                for entry, fields in entries:
                    await self._accept(entry, fields, deliveries=1)

    async def _accept(self, entry: str, fields: dict[str, str] | None, *, deliveries: int) -> None:
        texts = parse_texts((fields or {}).get("texts"))
        if fields is None or texts is None or not fields.get("id") or not fields.get("reply"):
            log.error("Dropping malformed job %s: %.200r", entry, fields)
            await self._ack_only(entry)
            return
        deadline = float(fields["deadline"]) if fields.get("deadline") else None
        if self.metrics is not None and deliveries == 1 and fields.get("enq"):
            with contextlib.suppress(ValueError):
                self.metrics.queue_wait.observe(max(0.0, time.time() - float(fields["enq"])))
        job = Job(
            entry,
            fields["id"],
            fields["reply"],
            fields.get("direction") or DEFAULT_DIRECTION,
            texts,
            deadline,
            deliveries,
        )
        if job.direction not in self.models:
            log.error(
                "Job %s asks for %s, which this worker has no model for", job.id, job.direction
            )
            await self._answer(job, err="failed")
            return
        if deadline is not None and deadline <= time.time():
            await self._answer(job, err="expired")
            return
        if deliveries > MAX_DELIVERIES:
            await self._dead_letter(job, fields)
            return
        self.held[entry] = job
        if deliveries > 1:
            self.suspects.put_nowait(job)
            return
        self._spawn(self._serve(job))

    def _local_deadline(self, job: Job, queue: TranslationQueue) -> float | None:
        if job.deadline is None:
            return None
        return queue.clock() + (job.deadline - time.time())

    async def _serve(self, job: Job) -> None:
        model = self.models[job.direction]
        try:
            ticket = model.queue.submit(
                job.texts, deadline=self._local_deadline(job, model.queue), direction=job.direction
            )
            outputs = await ticket.result()
        except RequestExpired:
            await self._answer(job, err="expired")
        except QueueClosed:
            await self._hand_back([job])
        except RequestTimeout:
            await self._hand_back([job])
        except Exception as error:  # TranslationFailed, or anything unexpected
            log.warning("Job %s failed: %s", job.id, type(error).__name__)
            await self._answer(job, err="failed")
        else:
            await self._answer(job, out=outputs, model=model.info.get("name", "?"))
        finally:
            self.held.pop(job.entry, None)
            self._room.set()

    async def _suspect_loop(self) -> None:
        """Taken-over jobs run alone, after the fresh ones this worker holds, so a
        job that kills workers is never in a batch with anyone else's."""
        while True:
            job = await self.suspects.get()
            while any(j.deliveries == 1 for j in self.held.values()):
                await asyncio.sleep(0.01)
            await self._serve(job)

    async def _answer(
        self,
        job: Job,
        *,
        out: list[str] | None = None,
        err: str | None = None,
        model: str = "",
    ) -> None:
        fields = {"id": job.id, "worker": self.id, "model": model}
        if self.metrics is not None:
            self.metrics.jobs.labels(err or "ok").inc()
        if err is not None:
            fields["err"] = err
        else:
            fields["out"] = json.dumps(out, ensure_ascii=False)
        missing = 0
        for attempt in range(60):
            try:
                added = await self.redis.xadd(
                    job.reply, fields, maxlen=RESULTS_MAXLEN, nomkstream=True
                )
                if added is None and missing < 10:
                    # No reply stream: the gateway is gone, or Redis restarted and the
                    # gateway has not recreated it yet (it does every second).
                    missing += 1
                    await asyncio.sleep(0.3)
                    continue
                # Acknowledged after the result: a crash in between redoes the job,
                # and the gateway ignores the second result.
                await self.redis.xack(self.keys.jobs, GROUP, job.entry)
                self._note_redis(None)
                return
            except (RedisError, OSError) as error:
                self._note_redis(error)
                if self._stopping.is_set() and attempt >= 5:
                    break
                await asyncio.sleep(0.5)
        log.error("Could not deliver the result of job %s; it stays pending", job.id)

    async def _ack_only(self, entry: str) -> None:
        with contextlib.suppress(RedisError, OSError):
            await self.redis.xack(self.keys.jobs, GROUP, entry)

    async def _dead_letter(self, job: Job, fields: dict[str, str]) -> None:
        self.dead += 1
        if self.metrics is not None:
            self.metrics.jobs.labels("dead").inc()
        log.error(
            "Job %s was delivered %d times without an answer (it crashes workers); "
            "dead-lettered to %s",
            job.id,
            job.deliveries,
            self.keys.dead,
        )
        with contextlib.suppress(RedisError, OSError):
            await self.redis.xadd(
                self.keys.dead,
                {**fields, "deliveries": str(job.deliveries), "worker": self.id},
                maxlen=RESULTS_MAXLEN,
            )
        await self._answer(job, err="failed")

    async def _hand_back(self, jobs: list[Job]) -> None:
        """Give held jobs back at once: idle "forever", so the next ``XAUTOCLAIM``
        by any worker takes them; the delivery they spent here is not counted."""
        for job in jobs:
            with contextlib.suppress(RedisError, OSError):
                await self.redis.xclaim(
                    self.keys.jobs,
                    GROUP,
                    self.id,
                    0,
                    [job.entry],
                    idle=10**9,
                    retrycount=max(0, job.deliveries - 1),
                    justid=True,
                )
            self.held.pop(job.entry, None)

    # ------------------------------------------------------------ takeover

    async def _reclaim_loop(self) -> None:
        interval = max(0.2, min(2.0, self.reclaim_idle_ms / 5000))
        while True:
            await asyncio.sleep(interval)
            try:
                await self._keep_alive()
                await self._reclaim()
                self._note_redis(None)
            except ResponseError as error:
                if "NOGROUP" not in str(error):
                    raise
            except (RedisError, OSError) as error:
                self._note_redis(error)

    async def _keep_alive(self) -> None:
        """Reset the idle time of jobs held long (a slow batch), so nobody takes them."""
        now = time.monotonic()
        old = [
            j.entry for j in self.held.values() if now - j.held_since > self.reclaim_idle_ms / 3000
        ]
        if old:
            await self.redis.xclaim(self.keys.jobs, GROUP, self.id, 0, old, justid=True)
            for entry in old:
                if entry in self.held:
                    self.held[entry].held_since = now

    async def _reclaim(self) -> None:
        free = self.capacity - len(self.held)
        if free <= 0:
            return
        _next, claimed, _deleted = await self.redis.xautoclaim(
            self.keys.jobs, GROUP, self.id, self.reclaim_idle_ms, "0-0", count=free
        )
        claimed = [(entry, fields) for entry, fields in claimed if entry not in self.held]
        if not claimed:
            return
        pipe = self.redis.pipeline(transaction=False)
        for entry, _fields in claimed:
            pipe.xpending_range(self.keys.jobs, GROUP, entry, entry, 1)
        pending = await pipe.execute()
        for (entry, fields), info in zip(claimed, pending, strict=True):
            deliveries = int(info[0]["times_delivered"]) if info else MAX_DELIVERIES + 1
            self.reclaimed += 1
            if self.metrics is not None:
                self.metrics.jobs.labels("reclaimed").inc()
            log.warning(
                "Took over job %s from a worker that stopped answering (delivery %d)",
                entry,
                deliveries,
            )
            await self._accept(entry, fields, deliveries=deliveries)

    # ------------------------------------------------------------ heartbeat

    def status(self) -> dict[str, Any]:
        served = failed = dropped = batches = running = 0
        texts = 0.0
        p50 = p95 = None
        models = {}
        for direction, model in self.models.items():
            stats = model.queue.stats()
            served += stats.served
            failed += stats.failed
            dropped += stats.dropped
            batches += stats.batches
            running += stats.in_flight
            texts += stats.mean_batch_size * stats.batches
            p50 = stats.p50_ms if p50 is None else p50
            p95 = stats.p95_ms if p95 is None else p95
            models[direction] = {**model.info, "path": str(model.path), "chosen": model.name}
        return {
            "id": self.id,
            "pid": os.getpid(),
            "started": self.started,
            "models": models,
            "held": len(self.held),
            "running": running,
            "served": served,
            "failed": failed,
            "dropped": dropped,
            "dead": self.dead,
            "reclaimed": self.reclaimed,
            "batches": batches,
            "mean_batch": texts / batches if batches else 0.0,
            "p50_ms": p50,
            "p95_ms": p95,
        }

    async def _heartbeat_once(self) -> None:
        status = self.status()
        pipe = self.redis.pipeline(transaction=False)
        pipe.zadd(self.keys.workers, {self.id: time.time()})
        pipe.set(self.keys.worker(self.id), json.dumps(status), ex=15)
        pipe.hset(self.keys.running, self.id, status["running"])
        pipe.zremrangebyscore(self.keys.workers, "-inf", time.time() - 3600)
        await pipe.execute()

    async def _heartbeat_loop(self) -> None:
        """A full heartbeat every second; the running count (for the gateways'
        backlog) as soon as it changes."""
        last_full = 0.0
        last_running = -1
        while True:
            try:
                running = sum(m.queue.stats().in_flight for m in self.models.values())
                if time.monotonic() - last_full >= HEARTBEAT_S:
                    await self._heartbeat_once()
                    last_full = time.monotonic()
                    last_running = running
                elif running != last_running:
                    await self.redis.hset(self.keys.running, self.id, running)
                    last_running = running
                self._note_redis(None)
            except (RedisError, OSError) as error:
                self._note_redis(error)
                await asyncio.sleep(0.5)
            await asyncio.sleep(0.02)

    # ------------------------------------------------------------ reload

    async def _control_position(self) -> str:
        info = (
            await self.redis.xinfo_stream(self.keys.control)
            if await self.redis.exists(self.keys.control)
            else None
        )
        return info["last-generated-id"] if info else "0-0"

    async def _control_loop(self, last: str) -> None:
        while True:
            try:
                reply = await self.redis.xread({self.keys.control: last}, count=100, block=1000)
            except (RedisError, OSError) as error:
                self._note_redis(error)
                await asyncio.sleep(0.5)
                continue
            for _stream, entries in reply or []:
                for entry, fields in entries:
                    last = entry
                    self._spawn(self._control(fields))

    async def _control(self, fields: dict[str, str]) -> None:
        op, request = fields.get("op"), fields.get("req", "")
        direction = fields.get("direction") or DEFAULT_DIRECTION
        if op == "prepare":
            await self._prepare(request, direction, fields.get("name", ""))
        elif op == "commit":
            await self._commit(request, direction, fields.get("name", ""))
        elif op == "abort":
            self._staged.pop(request, None)

    async def _prepare(self, request: str, direction: str, name: str) -> None:
        try:
            if direction not in self.models:
                raise ModelReloadFailed(f"this worker serves no {direction} model")
            path = self._path_for(direction, name) if name else self.models[direction].path
            translator = await asyncio.to_thread(load_checked, self.loader, path, direction)
        except Exception as error:  # InvalidModelName, ModelReloadFailed, ...
            answer = f"fail {error}"
            log.warning("Reload %s: cannot load %r: %s", request, name, error)
        else:
            self._staged[request] = (direction, name, path, translator)
            answer = f"ok {describe(translator.info)}"
            log.info("Reload %s: loaded and checked %s; waiting for the others", request, path)
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(self.keys.reload(request), self.id, answer)
        pipe.expire(self.keys.reload(request), 600)
        await self._until_redis(pipe.execute)

    async def _commit(self, request: str, direction: str, name: str) -> None:
        staged = self._staged.pop(request, None)
        if staged is None:
            # Started after the others prepared: load the chosen model now.
            if direction not in self.models:
                return
            try:
                path = self._path_for(direction, name) if name else self.models[direction].path
                translator = await asyncio.to_thread(load_checked, self.loader, path, direction)
            except Exception as error:
                log.error("Reload %s committed but this worker cannot load it: %s", request, error)
                self.stop()  # never serve a model the others have left
                return
            staged = (direction, name, path, translator)
        direction, name, path, translator = staged
        model = self.models[direction]
        model.queue.swap_translator(translator, direction)  # from the next batch; nothing dropped
        model.name, model.path = name, path
        log.info("Reload %s: now serving %s", request, describe(translator.info))
        with contextlib.suppress(RedisError, OSError):
            await self._heartbeat_once()

    # ------------------------------------------------------------ shutdown

    async def _shutdown(self) -> None:
        log.info("Worker %s stopping: finishing %d held job(s)", self.id, len(self.held))
        queued = [j for j in list(self.held.values()) if j.deliveries > 1]
        while not self.suspects.empty():
            self.suspects.get_nowait()
        await self._hand_back(queued)
        for model in self.models.values():
            await model.queue.drain(self.settings.drain_timeout_s)
        end = time.monotonic() + 5.0
        while self.held and time.monotonic() < end:
            await asyncio.sleep(0.02)
        await self._hand_back(list(self.held.values()))
        with contextlib.suppress(RedisError, OSError):
            # Also what a cancelled read had just been given: everything still ours.
            mine = await self.redis.xpending_range(
                self.keys.jobs, GROUP, "-", "+", 10_000, consumername=self.id
            )
            for item in mine:
                entry = item["message_id"]
                await self.redis.xclaim(
                    self.keys.jobs,
                    GROUP,
                    self.id,
                    0,
                    [entry],
                    idle=10**9,
                    retrycount=max(0, int(item["times_delivered"]) - 1),
                    justid=True,
                )
        with contextlib.suppress(RedisError, OSError):
            pipe = self.redis.pipeline(transaction=False)
            pipe.zrem(self.keys.workers, self.id)
            pipe.delete(self.keys.worker(self.id))
            pipe.hdel(self.keys.running, self.id)
            await pipe.execute()
        log.info("Worker %s stopped", self.id)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


# ------------------------------------------------------------ entry point


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", force=False
    )


def metrics_server(settings: Settings, worker: Worker, metrics: Any) -> Any:
    """``BOT_METRICS_PORT`` on a worker: batches (via the instrumented loader),
    held and running jobs, the model; ready = a model loaded and Redis answering."""
    from bot.metrics import MetricsServer

    def refresh() -> None:
        status = worker.status()
        metrics.backlog.set(status["held"] - status["running"])
        metrics.inflight.set(status["running"])
        metrics.workers_live.set(1)
        model = worker.models.get(EN_ES)
        if model is not None:
            metrics.set_model(model.info)

    metrics.on_scrape(refresh)
    server = MetricsServer(metrics, settings.metrics_port, settings.metrics_host)
    server.add_check("model", lambda: bool(worker.models) or "no model loaded")
    server.add_check("redis", lambda: worker._redis_ok or "Redis unreachable")
    return server


async def run_worker(settings: Settings, loader: Loader, *, keys: Keys = DEFAULT_KEYS) -> int:
    assert settings.queue_url is not None
    client = connect(settings.queue_url)
    metrics = server = None
    if settings.metrics_port:
        from bot.metrics import Metrics, instrument_loader

        metrics = Metrics("worker")
        loader = instrument_loader(loader, metrics)
    worker = Worker(client, settings, loader, keys=keys)
    worker.metrics = metrics
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, worker.stop)
    if metrics is not None:
        server = metrics_server(settings, worker, metrics)
        try:
            await server.start()
        except OSError as error:
            print(f"error: BOT_METRICS_PORT={settings.metrics_port}: {error}", file=sys.stderr)
            return 2
    try:
        await worker._until_redis(client.ping)
        try:
            await worker.load_models()
        except ModelReloadFailed as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"Worker {worker.id} ready", flush=True)
        await worker.run()
    except WorkerStopped:
        log.warning("Worker %s stopped before Redis answered", worker.id)
    finally:
        if server is not None:
            await server.stop()
        with contextlib.suppress(RedisError, OSError):
            await client.aclose()
    return 0


def main(argv: list[str] | None = None, loader: Loader | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.worker",
        description="Inference worker: serve translation jobs from BOT_QUEUE_URL (no token).",
        epilog=help_text(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--env-file", type=Path, default=Path(".env"), help="dotenv file (default: .env)"
    )
    args = parser.parse_args(argv)
    load_dotenv(args.env_file, override=False)
    try:
        settings = Settings.from_env(os.environ)
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if settings.queue_url is None:
        print(
            "error: BOT_QUEUE_URL is not set: a worker takes its jobs from Redis "
            "(e.g. BOT_QUEUE_URL=redis://127.0.0.1:6379/0), the same URL as the gateway's.",
            file=sys.stderr,
        )
        return 2
    setup_logging(settings.log_level)
    loader = loader or nmt_loader(settings.beam_size, settings.threads)
    try:
        return asyncio.run(run_worker(settings, loader))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
