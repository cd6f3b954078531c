"""Pure text helpers: input checks, protected markup, reply splitting.

Discord markup (mentions, custom emoji, timestamps, URLs, code) must reach the
reply exactly as written, so :func:`plan` cuts a message into protected and
translatable segments; only the translatable ones go to the model, and
:meth:`Plan.fill` puts the translations back in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.errors import EmptyInput, InputTooLong, NothingToTranslate
from nmt.placeholders import MAX_SLOTS, restore

MAX_INPUT_CHARS = 1500
"""Longest text the bot translates; also declared on the /translate option."""

MESSAGE_LIMIT = 2000
"""Discord's limit on one message's content."""

_PROTECTED = re.compile(
    r"""
      ```.*?```                               # code block
    | ``[^`]+?``                              # inline code with double backticks
    | `[^`\n]+`                               # inline code
    | <(?:@[!&]?|\#)\d+>                      # user, role and channel mentions
    | <a?:\w{1,32}:\d+>                       # custom emoji
    | <t:-?\d+(?::[tTdDfFsSR])?>              # timestamps
    | </[\w -]{1,100}:\d+>                    # slash-command mentions
    | <id:\w+>                                # guide / browse channels
    | <https?://[^\s>]+>                      # URL with embed suppressed
    | https?://[^\s<]+[^\s<.,:;"')\]!?]       # bare URL (not its trailing punctuation)
    | @(?:everyone|here)\b                    # mass mentions: never sent through the model
    """,
    re.VERBOSE | re.DOTALL,
)
_LETTER = re.compile(r"[^\W\d_]")
_CODE_BLOCK = re.compile(r"(```.*?```)", re.DOTALL)
# Inline markup plus any literal "#3" or "%3" the user typed, so it cannot be mistaken
# for a placeholder when the translation comes back.
_PLACEHOLDER_SAFE = re.compile(_PROTECTED.pattern + r"| [\#%]\d+", re.VERBOSE | re.DOTALL)
_SLOT = re.compile(r"#\d+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the message. A translatable piece may hold placeholders
    (``#1``, ``#2`` …) standing for the inline ``markup`` it replaced."""

    text: str
    translate: bool
    markup: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    """A text cut into segments; ``sources`` are the parts that go to the model."""

    segments: tuple[Segment, ...]

    @property
    def sources(self) -> list[str]:
        return [s.text for s in self.segments if s.translate]

    def fill(self, translations: list[str]) -> str:
        """Reassemble the text with ``translations`` in place of the sources, in order."""
        if len(translations) != len(self.sources):
            raise ValueError(f"expected {len(self.sources)} translations, got {len(translations)}")
        it = iter(translations)
        return "".join(
            (restore(next(it), list(s.markup)) if s.markup else next(it)) if s.translate else s.text
            for s in self.segments
        )


def check_input(text: str, limit: int = MAX_INPUT_CHARS) -> str:
    """Return ``text`` if it can be translated; raise EmptyInput or InputTooLong."""
    if not text or not text.strip():
        raise EmptyInput()
    if len(text) > limit:
        raise InputTooLong(len(text), limit)
    return text


def plan(text: str) -> Plan:
    """Cut ``text`` into protected and translatable segments.

    Translatable runs are split on line breaks, and their surrounding
    whitespace is kept out of the model, so layout survives; runs without a
    letter (punctuation, numbers) are kept as they are.
    """
    segments: list[Segment] = []
    for part in _CODE_BLOCK.split(text):
        if part.startswith("```") and part.endswith("```") and len(part) >= 6:
            segments.append(Segment(part, False))
            continue
        for line in re.split(r"(\n)", part):
            _add_line(segments, line)
    return Plan(tuple(_merge_protected(segments)))


def _add_line(segments: list[Segment], line: str) -> None:
    """Inline markup inside a sentence becomes a placeholder the model copies, so
    the sentence is translated whole ("with #1 until 5:30"), not in fragments."""
    spans = list(_PLACEHOLDER_SAFE.finditer(line))
    if len(spans) > MAX_SLOTS:  # too many to carry: translate the prose between them
        pos = 0
        for match in spans:
            _add_prose(segments, line[pos : match.start()])
            segments.append(Segment(match.group(), False))
            pos = match.end()
        _add_prose(segments, line[pos:])
        return
    markup = []
    pieces = []
    pos = 0
    for match in spans:
        markup.append(match.group())
        pieces += [line[pos : match.start()], f"#{len(markup)}"]
        pos = match.end()
    pieces.append(line[pos:])
    with_slots = "".join(pieces)
    core = with_slots.strip()
    if not core or not _LETTER.search(_SLOT.sub("", core)):
        segments.append(Segment(line, False))  # nothing to translate: keep as written
        return
    start = with_slots.index(core)
    segments.append(Segment(with_slots[:start], False))
    segments.append(Segment(core, True, tuple(markup)))
    segments.append(Segment(with_slots[start + len(core) :], False))


def plan_or_raise(text: str) -> Plan:
    """:func:`plan`, raising NothingToTranslate when there is no prose at all."""
    result = plan(text)
    if not result.sources:
        raise NothingToTranslate()
    return result


def protected_free(text: str) -> str:
    """``text`` with all protected markup removed (for language guessing)."""
    return _PROTECTED.sub(" ", text)


def _add_prose(segments: list[Segment], prose: str) -> None:
    for line in re.split(r"(\n)", prose):
        core = line.strip()
        if not core or not _LETTER.search(core):
            segments.append(Segment(line, False))
            continue
        start = line.index(core)
        segments.append(Segment(line[:start], False))
        segments.append(Segment(core, True))
        segments.append(Segment(line[start + len(core) :], False))


def _merge_protected(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for seg in segments:
        if not seg.text:
            continue
        if merged and not seg.translate and not merged[-1].translate:
            merged[-1] = Segment(merged[-1].text + seg.text, False)
        else:
            merged.append(seg)
    return merged


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
