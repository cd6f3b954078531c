"""Shards across gateway processes: which shards this process runs, who syncs
the slash commands, and identify ordering shared through Redis.

Discord allows ``max_concurrency`` IDENTIFYs per 5 seconds, one per bucket
``shard_id % max_concurrency``, and too many in a day reset the bot's token.
discord.py spaces the shards of one process (its ``before_identify_hook``
sleeps 5 s), but processes started together would all identify at once. With
``BOT_QUEUE_URL`` pointing at Redis, :class:`IdentifyLock` makes every process
take a bucket's key (``SET NX PX``) before identifying; the key expires by
itself after 5.5 s, which is the spacing Discord wants, so nothing is
released and a crashed process holds nothing for long.

Slash commands are global: one process syncs them, the one running shard 0
(:attr:`ShardPlan.syncs_commands`); the others only serve them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
from dataclasses import dataclass

log = logging.getLogger(__name__)

IDENTIFY_SPACING_MS = 5_500
"""How long a bucket's key is held: Discord's 5 s window plus a margin."""


@dataclass(frozen=True, slots=True)
class ShardPlan:
    """The shards of this process (``BOT_SHARD_IDS`` of ``BOT_SHARD_COUNT``).

    ``shard_count=None``: ask Discord for its recommended count and run every
    shard here (the single-process default).
    """

    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ValueError("shard_ids needs shard_count")
            if not self.shard_ids or not all(0 <= i < self.shard_count for i in self.shard_ids):
                raise ValueError(f"shard_ids must be in 0..{self.shard_count - 1}")

    @property
    def syncs_commands(self) -> bool:
        """Whether this process syncs slash commands: the one running shard 0."""
        return self.shard_ids is None or 0 in self.shard_ids

    def describe(self) -> str:
        if self.shard_count is None:
            return "all shards (count from Discord)"
        ids = self.shard_ids if self.shard_ids is not None else range(self.shard_count)
        return f"shards {','.join(map(str, ids))} of {self.shard_count}"


def owner_id() -> str:
    """Who holds a lock: host and pid, for the logs and ``redis-cli GET``."""
    return f"{socket.gethostname()}:{os.getpid()}"


class IdentifyLock:
    """Identify ordering across processes on one Redis.

    Args:
        redis: A ``redis.asyncio.Redis`` (anything with ``set(key, value, nx=, px=)``).
        prefix: Key prefix shared by the bot's processes.
        spacing_ms: How long a bucket stays taken after an identify.
        poll_s: How often a waiting process tries again.
    """

    def __init__(
        self,
        redis,
        *,
        prefix: str = "tr:",
        spacing_ms: int = IDENTIFY_SPACING_MS,
        poll_s: float = 0.25,
    ) -> None:
        self.redis = redis
        self.prefix = prefix
        self.spacing_ms = spacing_ms
        self.poll_s = poll_s
        self.owner = owner_id()

    async def close(self) -> None:
        close = getattr(self.redis, "aclose", None)
        if close is not None:
            await close()

    def key(self, shard_id: int, max_concurrency: int = 1) -> str:
        return f"{self.prefix}identify:{shard_id % max(1, max_concurrency)}"

    async def wait(self, shard_id: int, max_concurrency: int = 1) -> None:
        """Return when ``shard_id`` may identify (its bucket's key is ours).

        If Redis cannot be reached, fall back to discord.py's own spacing
        (5 s, plus a jitter so processes drift apart) rather than stall.
        """
        key = self.key(shard_id, max_concurrency)
        waited = 0.0
        while True:
            try:
                if await self.redis.set(key, self.owner, nx=True, px=self.spacing_ms):
                    if waited:
                        log.info("Shard %d identifies after waiting %.1f s", shard_id, waited)
                    return
            except Exception as error:  # redis.ConnectionError, TimeoutError, ...
                log.warning(
                    "Identify lock unavailable (%s); shard %d waits 5 s instead", error, shard_id
                )
                await asyncio.sleep(5.0 + random.uniform(0, 2.5))
                return
            await asyncio.sleep(self.poll_s)
            waited += self.poll_s


def identify_lock_from_url(url: str | None) -> IdentifyLock | None:
    """An :class:`IdentifyLock` on the Redis at ``url`` (``redis://``,
    ``rediss://``, ``unix://``); None when there is none (plain discord.py)."""
    if not url or not url.startswith(("redis://", "rediss://", "unix://")):
        return None
    import redis.asyncio as aioredis  # the scale-out extra: pip install -e '.[scale]'

    return IdentifyLock(aioredis.from_url(url, socket_timeout=2.0))
