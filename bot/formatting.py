"""Pure text helpers: input checks and reply splitting.

Markup handling lives in :mod:`nmt.message`: the model's own ``translate``
returns the text the bot posts, markup intact, so the bot, the CLI and the
Python API give the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bot.errors import EmptyInput, InputTooLong, NothingToTranslate
from nmt.message import MARKUP, has_words

_CODE_BLOCK = re.compile(r"```.*?```", re.DOTALL)

MAX_INPUT_CHARS = 1500
"""Longest text the bot translates; also declared on the /translate option."""

MESSAGE_LIMIT = 2000
"""Discord's limit on one message's content."""

def check_input(text: str, limit: int = MAX_INPUT_CHARS) -> str:
    """Return ``text`` if it can be translated; raise EmptyInput or InputTooLong."""
    if not text or not text.strip():
        raise EmptyInput()
    if len(text) > limit:
        raise InputTooLong(len(text), limit)
    return text


def check_words(text: str) -> str:
    """Return ``text`` if it holds words to translate; raise NothingToTranslate
    for only markup, emoji, code or numbers."""
    if not has_words(text):
        raise NothingToTranslate()
    return text


def protected_free(text: str) -> str:
    """``text`` with all protected markup removed (for language guessing)."""
    return MARKUP.sub(" ", _CODE_BLOCK.sub(" ", text))


_FENCE = re.compile(r"```(\w*)")
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_FENCE_CLOSE = "\n```"


def _open_fence(text: str) -> str | None:
    """The language tag of a code block still open at the end of ``text``, else None."""
    language = None
    for m in _FENCE.finditer(text):
        language = m.group(1) if language is None else None
    return language


def _cut(text: str, size: int) -> int:
    """Where to cut ``text`` so the first part has at most ``size`` characters:
    the last line break, else the last space outside inline code, else (one
    giant word) at ``size``."""
    window = text[: size + 1]
    cut = window.rfind("\n")
    if cut > 0:
        return cut
    blocked = [(m.start(), m.end()) for m in _INLINE_CODE.finditer(text, 0, len(text))]
    blocked = [(a, b) for a, b in blocked if a <= size]
    for cut in range(len(window) - 1, 0, -1):
        if window[cut] == " " and not any(a < cut < b for a, b in blocked):
            return cut
    return size


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split ``text`` into chunks of at most ``limit`` characters, in order.

    Breaks at line ends where possible, then at spaces (never inside inline
    code), and only inside a word when one word is longer than ``limit``. A cut
    inside a code block closes the block at the end of the chunk and reopens
    it, with its language tag, at the start of the next, so code still renders.
    Nothing is dropped except the line break or space a chunk ends on.
    """
    if limit < 8:
        raise ValueError("limit must be at least 8")
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _cut(rest, limit)
        language = _open_fence(rest[:cut])
        if language is not None:  # leave room to close the block
            cut = _cut(rest, limit - len(_FENCE_CLOSE))
            language = _open_fence(rest[:cut])
        piece = rest[:cut]
        separator = rest[cut : cut + 1]
        rest = rest[cut + 1 :] if separator in ("\n", " ") else rest[cut:]
        if language is not None:
            piece += _FENCE_CLOSE
            rest = f"```{language}\n" + rest
        chunks.append(piece)
    if rest or not chunks:
        chunks.append(rest)
    return [c for c in chunks if c.strip()] or [text[:limit]]


def with_source_link(translation: str, jump_url: str, way: str | None = None) -> str:
    """The context-menu reply: the translation and a link back to the original
    (and which way it went, e.g. ``"Spanish → English"``, when that is not obvious)."""
    if way:
        return f"{translation}\n-# Translated from {jump_url} ({way})"
    return f"{translation}\n-# Translated from {jump_url}"


def with_direction(translation: str, way: str) -> str:
    """A reply with a small grey line saying which way it went: ``-# Spanish → English``."""
    return f"{translation}\n-# {way}"


def format_status(stats: Mapping[str, object] | Iterable[tuple[str, object]]) -> str:
    """Render ``/model status`` lines from label → value pairs (a mapping, or
    pairs when a label repeats)."""
    items = stats.items() if isinstance(stats, Mapping) else stats
    return "\n".join(f"**{label}:** {value}" for label, value in items)
