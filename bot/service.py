"""From user text to Spanish reply: checks, cooldown, queue.

Shared by every entry point (slash command, context menu, auto-translate,
flag reactions, the local console) so all behave the same. No Discord code.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from bot.cooldown import Cooldown
from bot.errors import AlreadySpanish, NotEnglish
from bot.formatting import MAX_INPUT_CHARS, check_input, check_words
from bot.language import detect
from bot.queue import Ticket, TranslationQueue
from nmt.chat import sanitize

if TYPE_CHECKING:
    from bot.metrics import Metrics


class Limiter(Protocol):
    """A rate limit: :class:`~bot.cooldown.Cooldown`, or auto-translate's
    :class:`~bot.budget.ChannelBudget`."""

    def check(self, key: Hashable) -> None: ...

    def record(self, key: Hashable) -> None: ...


@dataclass(slots=True)
class Pending:
    """An accepted request; await :meth:`result` for the Spanish reply."""

    ticket: Ticket
    metrics: Metrics | None = None
    source: str = "request"
    accepted: float = field(default_factory=time.perf_counter)

    async def result(self) -> str:
        try:
            [spanish] = await self.ticket.result()
        except Exception as error:
            if self.metrics is not None:
                self.metrics.request_done(self.source, error)
            raise
        if self.metrics is not None:
            self.metrics.request_done(self.source, None, time.perf_counter() - self.accepted)
        return spanish

    def cancel(self) -> None:
        self.ticket.cancel()


class TranslationService:
    """Checks a text, applies the user's cooldown and queues it.

    :meth:`submit` raises every "cannot do it" error (empty, too long,
    already Spanish, cooldown, queue full) synchronously, before any reply
    is deferred, so those answers can always be ephemeral.
    """

    def __init__(
        self,
        queue: TranslationQueue,
        cooldown: Cooldown | None = None,
        *,
        max_chars: int = MAX_INPUT_CHARS,
    ) -> None:
        self.queue = queue
        self.cooldown = cooldown
        self.max_chars = max_chars
        self.started = time.time()  # wall clock: uptime for /model status
        self.metrics: Metrics | None = None
        """Set by ``python -m bot`` when BOT_METRICS_PORT is on."""

    def submit(
        self,
        user: Hashable,
        text: str,
        *,
        expires_in: float | None = None,
        limiter: Limiter | None = None,
        source: str = "request",
    ) -> Pending:
        """Queue ``text`` for ``user`` (see :meth:`_submit`), counted in the
        metrics under ``source`` (command, auto, flag, ...)."""
        if self.metrics is None:
            return self._submit(user, text, expires_in=expires_in, limiter=limiter)
        try:
            pending = self._submit(user, text, expires_in=expires_in, limiter=limiter)
        except Exception as error:
            self.metrics.request_done(source, error)
            raise
        pending.metrics, pending.source = self.metrics, source
        return pending

    def _submit(
        self,
        user: Hashable,
        text: str,
        *,
        expires_in: float | None = None,
        limiter: Limiter | None = None,
    ) -> Pending:
        """Queue ``text`` for ``user``; ``expires_in`` seconds until nobody wants it.

        ``limiter`` replaces the per-user cooldown (auto-translate passes its
        own budget). Only an accepted request spends it.
        """
        check_input(text, self.max_chars)
        language = detect(text)
        if language == "es":
            raise AlreadySpanish()
        if language == "other":
            raise NotEnglish()
        text = check_words(sanitize(text))
        limiter = limiter or self.cooldown
        if limiter is not None:
            limiter.check(user)
        deadline = None if expires_in is None else self.queue.clock() + expires_in
        ticket = self.queue.submit([text], deadline=deadline)
        if limiter is not None:
            limiter.record(user)
        return Pending(ticket)

    async def translate(self, user: Hashable, text: str) -> str:
        """Submit and wait (for callers that need no deferral)."""
        return await self.submit(user, text).result()
