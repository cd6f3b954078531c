"""``/model status`` and ``/model reload`` when the model runs in ``python -m bot.worker``s.

:class:`RemoteModelService` has :class:`~bot.model_service.ModelService`'s
surface (``info``, ``persistence``, ``reload``, ``workers``), so the admin cog
works unchanged on either backend. A reload is all-or-nothing:

1. ``prepare`` on the control stream: every worker loads and checks the model in
   a thread while the old one keeps serving, and answers ``ok`` or why not.
2. Every worker that was live when the reload began answered ``ok`` (a worker
   that died meanwhile no longer counts): the choice is stored in Redis, where
   workers started later read it, and ``commit`` makes them all switch between
   batches. Anything else: ``abort``; all keep the old model and the error names
   each failing worker and its reason.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

from redis.exceptions import RedisError

from bot.directions import ES_EN
from bot.errors import InvalidModelName, ModelReloadFailed
from bot.model_service import DIR_SETTING, MetaStore, choice_key
from bot.redis_queue import DEFAULT_DIRECTION, LIVE_S, RedisQueue, live_workers
from bot.translator import MODEL_NAME, describe

log = logging.getLogger(__name__)

RELOAD_TIMEOUT_S = 180.0
"""How long every worker gets to load and check a model."""


class RemoteModelService:
    """The workers' model, seen from a gateway.

    Args:
        queue: The gateway's :class:`~bot.redis_queue.RedisQueue` (client, keys, live workers).
        models_root: ``BOT_MODELS_ROOT`` (listed by autocomplete when it exists here too).
        default_dir: ``BOT_MODEL_DIR``.
        store: Where a named choice is also kept, to tell Redis again after a restart.
        direction: The direction ``/model reload`` acts on.
    """

    def __init__(
        self,
        queue: RedisQueue,
        *,
        models_root: Path,
        default_dir: Path,
        store: MetaStore | None = None,
        direction: str = DEFAULT_DIRECTION,
        reload_timeout: float = RELOAD_TIMEOUT_S,
    ) -> None:
        self.queue = queue
        self.models_root = models_root
        self.default_dir = default_dir
        self.model_dir = default_dir
        self.store = store
        self.direction = direction
        self.reload_timeout = reload_timeout
        self._lock = asyncio.Lock()

    @property
    def redis(self) -> Any:
        return self.queue.redis

    @property
    def keys(self) -> Any:
        return self.queue.keys

    def workers(self) -> list[dict[str, Any]]:
        """The live workers' heartbeats (model, load, latency), refreshed every second."""
        return list(self.queue.workers)

    @property
    def serving(self) -> bool:
        """Whether a live worker serves this direction."""
        return any(self.direction in w.get("models", {}) for w in self.queue.workers)

    @property
    def setting(self) -> str:
        return DIR_SETTING[self.direction]

    @property
    def info(self) -> dict[str, Any]:
        for worker in self.queue.workers:
            model = worker.get("models", {}).get(self.direction)
            if model:
                return dict(model)
        return {"name": "no live worker", "version": "-"}

    @property
    def persistence(self) -> str:
        chosen = next(
            (
                w["models"][self.direction].get("chosen")
                for w in self.queue.workers
                if self.direction in w.get("models", {})
            ),
            "",
        )
        if not chosen:
            return f"BOT_MODEL_DIR of each worker ({self.default_dir})"
        return (
            f"chosen with /model reload ({chosen}); every worker, including ones started "
            "later, serves it until the next reload"
        )

    async def restore_choice(self) -> None:
        """After a restart of Redis (it keeps nothing on disk), tell it again which
        model a ``/model reload`` chose, if this gateway saved one."""
        if self.store is None:
            return
        raw = self.store.get_meta(choice_key(self.direction))
        if raw is None:
            return
        try:
            choice = json.loads(raw)
            name, default = str(choice["name"]), Path(choice["default"])
        except (ValueError, KeyError, TypeError):
            return
        if default.resolve() != self.default_dir.resolve():
            return
        await self.redis.hsetnx(self.keys.model, self.direction, name)

    async def reload(self, name: str | None = None) -> dict[str, Any]:
        """Make every live worker serve ``name`` (None: the current model again), or none.

        Raises :class:`ModelReloadFailed` naming each worker that failed and why;
        every worker then keeps its old model.
        """
        if name is not None and not MODEL_NAME.fullmatch(name):
            raise InvalidModelName(
                f"{name[:80]!r} is not a model name: use letters, digits, '.', '_' or '-' "
                "(up to 64, starting with a letter or digit)."
            )
        async with self._lock:
            try:
                return await self._reload(name)
            except RedisError as error:
                raise ModelReloadFailed(f"Redis did not answer ({error}).") from None

    async def _reload(self, name: str | None) -> dict[str, Any]:
        expected = {
            str(w["id"])
            for w in await live_workers(self.redis, self.keys)
            if self.direction in w.get("models", {})
        }
        if not expected:
            raise ModelReloadFailed(
                f"No live worker serves {self.direction}, so there is nothing to reload "
                "(start python -m bot.worker)."
            )
        if name is None:
            name = (await self.redis.hget(self.keys.model, self.direction)) or ""
        request = uuid.uuid4().hex[:12]
        fields = {"op": "prepare", "req": request, "name": name, "direction": self.direction}
        log.info("Reload %s: asking %d worker(s) to load %r", request, len(expected), name or "-")
        await self.redis.xadd(self.keys.control, fields, maxlen=1000)
        answers = await self._collect(request, expected)
        failures = {w: a for w, a in answers.items() if not a.startswith("ok")}
        missing = expected - answers.keys()
        if failures or missing:
            await self.redis.xadd(self.keys.control, {"op": "abort", "req": request}, maxlen=1000)
            reasons = [f"{w}: {a.removeprefix('fail ')}" for w, a in sorted(failures.items())]
            reasons += [f"{w}: no answer in {self.reload_timeout:.0f} s" for w in sorted(missing)]
            raise ModelReloadFailed("Every worker keeps its old model. " + "; ".join(reasons))
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(self.keys.model, self.direction, name)
        pipe.xadd(
            self.keys.control,
            {"op": "commit", "req": request, "name": name, "direction": self.direction},
            maxlen=1000,
        )
        await pipe.execute()
        self._save_choice(name)
        summary = next(iter(answers.values())).removeprefix("ok ")
        log.info("Reload %s: %d worker(s) now serve %s", request, len(answers), summary)
        await self._wait_switched(name, set(answers))
        info = self.info
        info["workers"] = len(answers)
        return info

    async def _collect(self, request: str, expected: set[str]) -> dict[str, str]:
        end = time.monotonic() + self.reload_timeout
        answers: dict[str, str] = {}
        while time.monotonic() < end:
            answers = await self.redis.hgetall(self.keys.reload(request))
            if expected <= answers.keys():
                break
            # A worker that died while loading no longer counts (its heartbeat stops).
            alive = await self.redis.zrangebyscore(self.keys.workers, time.time() - LIVE_S, "+inf")
            expected &= set(alive) | answers.keys()
            await asyncio.sleep(0.1)
        return {w: a for w, a in answers.items() if w in expected}

    async def _wait_switched(self, name: str, workers: set[str], timeout: float = 5.0) -> None:
        """Until the workers' heartbeats show the new model (so /model status agrees)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            live = await live_workers(self.redis, self.keys)
            chosen = {
                str(w["id"]): w.get("models", {}).get(self.direction, {}).get("chosen")
                for w in live
            }
            if all(chosen.get(w, name) == name for w in workers):
                self.queue.workers = live
                return
            await asyncio.sleep(0.05)

    def _save_choice(self, name: str) -> None:
        self.model_dir = self.models_root / name if name else self.default_dir
        if self.store is None:
            return
        try:
            if not name or self.model_dir.resolve() == self.default_dir.resolve():
                self.store.delete_meta(choice_key(self.direction))
            else:
                choice = {"name": name, "default": str(self.default_dir)}
                self.store.set_meta(choice_key(self.direction), json.dumps(choice))
        except sqlite3.Error as error:
            log.error("Could not save the model choice %s: %s", name, error)


def build_remote_services(settings: Any, storage: Any) -> Any:
    """The gateway's services with ``BOT_QUEUE_URL``: no model here, a Redis queue,
    cooldowns shared by every gateway, and reloads that reach every worker."""
    from bot.client import Services
    from bot.redis_queue import SharedCooldown, connect
    from bot.service import TranslationService

    queue = RedisQueue(
        connect(settings.queue_url),
        max_size=settings.queue_max,
        request_timeout=settings.request_timeout_s,
    )
    cooldown = SharedCooldown(settings.cooldown_requests, settings.cooldown_seconds, queue)
    return Services(
        translation=TranslationService(queue, cooldown),  # type: ignore[arg-type]
        models=RemoteModelService(  # type: ignore[arg-type]
            queue, models_root=settings.models_root, default_dir=settings.model_dir, store=storage
        ),
        models_es_en=RemoteModelService(  # type: ignore[arg-type]
            queue,
            models_root=settings.models_root,
            default_dir=settings.model_dir_es_en,
            store=storage,
            direction=ES_EN,
        ),
        storage=storage,
        operator_ids=settings.operator_ids,
        allowed_guilds=settings.allowed_guilds,
        guild_grace_days=settings.guild_grace_days,
    )


def worker_lines(workers: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """``/model status`` lines, one per live worker: its models, load and latency."""
    lines = [("Workers", f"{len(workers)} live")]
    for w in workers:
        models = w.get("models", {})
        served = "; ".join(f"{d} {describe(m)}" for d, m in sorted(models.items())) or "no model"
        p50, p95 = w.get("p50_ms"), w.get("p95_ms")
        latency = "n/a" if p50 is None else f"p50 {p50:.0f} ms, p95 {p95:.0f} ms"
        lines.append(
            (
                f"Worker {w.get('id')}",
                f"{served} · {w.get('held', 0)} held, {w.get('running', 0)} translating · "
                f"{w.get('served', 0):,} served, {w.get('failed', 0)} failed · {latency} · "
                f"mean batch {w.get('mean_batch', 0):.1f}",
            )
        )
    return lines
