"""The bot's only view of a model: what it calls, and how one is loaded.

Production loads :class:`nmt.Translator` (see :mod:`bot.translator`); tests
pass a fake. Nothing here imports the model library or the queue, so every
other module may depend on this one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class TranslatorLike(Protocol):
    """What the bot needs from a model (``nmt.Translator`` satisfies it)."""

    def translate(self, texts: list[str]) -> list[str]:
        """Blocking: one translation per input, ``""`` for ``""``."""
        ...

    @property
    def info(self) -> Mapping[str, Any]:
        """``{"name", "version", "bleu", "chrf", "path"}``."""
        ...


Loader = Callable[[Path], TranslatorLike]
"""Loads a model directory; slow and blocking, so call it in a thread."""
