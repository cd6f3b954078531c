"""Per-user sliding-window rate limit with an injectable clock."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable

from bot.errors import OnCooldown


def monotonic() -> float:
    # Looked up per call, so a test clock patched onto ``time`` is honoured.
    return time.monotonic()


class Cooldown:
    """Allow ``rate`` requests per ``per`` seconds for each key.

    Example::

        cooldown = Cooldown(5, 30.0)
        cooldown.check(user_id)   # raises OnCooldown(retry_after) when over the limit
        cooldown.record(user_id)  # once the request was accepted
    """

    def __init__(self, rate: int, per: float, *, clock: Callable[[], float] = monotonic) -> None:
        if rate < 1 or per <= 0:
            raise ValueError("rate must be >= 1 and per > 0")
        self.rate = rate
        self.per = per
        self._clock = clock
        self._hits: dict[Hashable, deque[float]] = {}

    def retry_after(self, key: Hashable) -> float:
        """Seconds until ``key`` may make another request; 0 when it may now."""
        now = self._clock()
        hits = self._prune(key, now)
        if hits is None or len(hits) < self.rate:
            return 0.0
        return max(0.0, hits[0] + self.per - now)

    def check(self, key: Hashable) -> None:
        """Raise :class:`OnCooldown` when ``key`` is over its limit."""
        wait = self.retry_after(key)
        if wait > 0:
            raise OnCooldown(wait)

    def record(self, key: Hashable) -> None:
        """Count one accepted request for ``key``."""
        now = self._clock()
        self._hits.setdefault(key, deque()).append(now)
        if len(self._hits) > 10_000:
            self._forget_idle(now)

    def hit(self, key: Hashable) -> None:
        """:meth:`check` then :meth:`record`."""
        self.check(key)
        self.record(key)

    def _prune(self, key: Hashable, now: float) -> deque[float] | None:
        hits = self._hits.get(key)
        if hits is None:
            return None
        while hits and hits[0] <= now - self.per:
            hits.popleft()
        if not hits:
            del self._hits[key]
            return None
        return hits

    def _forget_idle(self, now: float) -> None:
        for key in list(self._hits):
            self._prune(key, now)
