"""Pure text helpers: input checks and reply splitting.

Markup handling lives in :mod:`nmt.message`: the model's own ``translate``
returns the text the bot posts, markup intact, so the bot, the CLI and the
Python API give the same answer.
"""

from __future__ import annotations

import re

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


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split ``text`` into chunks of at most ``limit`` characters, in order.

    Breaks at line ends where possible, then at spaces, and only inside a word
    when one word is longer than ``limit``. Nothing is dropped except the line
    break or space a chunk ends on.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = window.rfind("\n")
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            chunks.append(rest[:limit])
            rest = rest[limit:]
            continue
        chunks.append(rest[:cut])
        rest = rest[cut + 1 :]
    if rest or not chunks:
        chunks.append(rest)
    return [c for c in chunks if c.strip()] or [text[:limit]]


def with_source_link(translation: str, jump_url: str) -> str:
    """The context-menu reply: the translation and a link back to the original."""
    return f"{translation}\n-# Translated from {jump_url}"


def format_status(stats: dict[str, object]) -> str:
    """Render ``/model status`` lines from a flat mapping of label to value."""
    return "\n".join(f"**{label}:** {value}" for label, value in stats.items())
