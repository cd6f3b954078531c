"""From user text to its translation: language, direction, checks, cooldown, queue.

Shared by every entry point (slash command, context menu, auto-translate,
flag reactions, the local console) so all behave the same. No Discord code.

Which way a text goes: English → Spanish, Spanish → English (by
:func:`bot.language.detect`), unless the caller names the language it wants
(``to``). Anything else (French, German…) is refused with
:class:`~bot.errors.NotTranslatable`; a direction this bot has no model for
with :class:`~bot.errors.DirectionUnavailable`.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from bot.cooldown import Cooldown
from bot.directions import DIRECTIONS, EN_ES, direction, label, other
from bot.errors import (
    ONE_WAY_NOT_TRANSLATABLE,
    AlreadyEnglish,
    AlreadySpanish,
    DirectionUnavailable,
    NotTranslatable,
)
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
    """An accepted request; await :meth:`result` for the translation.

    ``direction`` is the way it goes (``"en-es"`` or ``"es-en"``) and ``chosen``
    whether the service picked it (no ``to``): replies say which way it went
    when that is not the default English → Spanish."""

    ticket: Ticket
    direction: str = EN_ES
    chosen: bool = True
    metrics: Metrics | None = None
    source: str = "request"
    accepted: float = field(default_factory=time.perf_counter)

    async def result(self) -> str:
        try:
            [translation] = await self.ticket.result()
        except Exception as error:
            if self.metrics is not None:
                self.metrics.request_done(self.source, error)
            raise
        if self.metrics is not None:
            self.metrics.request_done(self.source, None, time.perf_counter() - self.accepted)
        return translation

    def cancel(self) -> None:
        self.ticket.cancel()


class TranslationService:
    """Checks a text, picks its direction, applies the user's cooldown and queues it.

    :meth:`submit` raises every "cannot do it" error (empty, too long, a
    language the bot does not translate, already in the language asked for,
    a direction without a model, cooldown, queue full) synchronously, before
    any reply is deferred, so those answers can always be ephemeral.
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
        to: str | None = None,
        expires_in: float | None = None,
        limiter: Limiter | None = None,
        source: str = "request",
    ) -> Pending:
        """Queue ``text`` for ``user`` (see :meth:`_submit`), counted in the
        metrics under ``source`` (command, auto, flag, ...)."""
        if self.metrics is None:
            return self._submit(user, text, to=to, expires_in=expires_in, limiter=limiter)
        try:
            pending = self._submit(user, text, to=to, expires_in=expires_in, limiter=limiter)
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
        to: str | None = None,
        expires_in: float | None = None,
        limiter: Limiter | None = None,
    ) -> Pending:
        """Queue ``text`` for ``user``; ``expires_in`` seconds until nobody wants it.

        ``to`` (``"en"`` or ``"es"``) is the language wanted; None: the other
        one of the text's. ``limiter`` replaces the per-user cooldown
        (auto-translate passes its own budget). Only an accepted request spends it.
        """
        check_input(text, self.max_chars)
        pair = self.direction_for(text, to)
        text = check_words(sanitize(text))
        limiter = limiter or self.cooldown
        if limiter is not None:
            limiter.check(user)
        deadline = None if expires_in is None else self.queue.clock() + expires_in
        ticket = self.queue.submit([text], deadline=deadline, direction=pair)
        if limiter is not None:
            limiter.record(user)
        return Pending(ticket, pair, chosen=to is None)

    @property
    def directions(self) -> frozenset[str]:
        """The directions this bot serves now (``"en-es"``, and ``"es-en"`` with its model)."""
        return self.queue.directions

    def offer(self) -> str:
        """What this bot translates, for refusals: ``"English into Spanish and
        Spanish into English"`` or ``"English into Spanish"``."""
        served = [d for d in DIRECTIONS if d in self.directions]
        return " and ".join(label(d).replace(" → ", " into ") for d in served) or "nothing now"

    def direction_for(self, text: str, to: str | None = None) -> str:
        """The direction ``text`` goes in, wanting ``to`` (None: the other language).

        Raises NotTranslatable (neither English nor Spanish), AlreadySpanish /
        AlreadyEnglish (already in ``to``), DirectionUnavailable (no model for it).
        """
        if to not in (None, "en", "es"):
            raise ValueError(f"to must be 'en', 'es' or None, got {to!r}")
        language = detect(text)
        if language == "other":
            if "es-en" not in self.directions:
                raise NotTranslatable(ONE_WAY_NOT_TRANSLATABLE)
            raise NotTranslatable()
        # No words at all (None): check_words refuses it next; count it as English.
        language = language or "en"
        target = to or other(language)
        if language == target:
            raise AlreadySpanish() if target == "es" else AlreadyEnglish()
        pair = direction(language, target)
        if pair not in self.directions:
            raise DirectionUnavailable(label(pair), self.offer())
        return pair

    async def translate(self, user: Hashable, text: str, *, to: str | None = None) -> str:
        """Submit and wait (for callers that need no deferral)."""
        return await self.submit(user, text, to=to).result()
