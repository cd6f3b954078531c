"""The message path: a Discord message in, its translation out, markup intact.

Every caller goes through here — ``Translator.translate``, ``python -m nmt
translate``, the bot — and training prepares its pairs with the same functions,
so the model sees exactly what it was trained on.

:func:`plan` cuts a message into pieces the model must never touch (code
blocks, line markers such as ``> `` or ``- ``, white space) and sentences. Inside
a line, markup — mentions, channels, roles, custom and Unicode emoji,
``:shortcodes:``, URLs, timestamps, inline code — and markdown markers (``**``,
``*``, ``__``, ``~~``, ``||``) are swapped for placeholder marks ``#1`` … ``#9``,
numbers for ``%1`` … ``%9``, names and identifiers the model does not know for
``#N``. Anything in the user's text that looks like a mark (``#3``, ``%1``) is
itself protected, so marks cannot collide with what people type, and a mark
the model invents is dropped: no mark ever reaches a user. Markup at the start
or end of a sentence (``<@42> can you help``, ``gg 🔥``) stays outside the model.

:meth:`Plan.render` puts the translations back, in place, in the original
layout; ALL CAPS sentences are translated as ordinary text and come back in
capitals. Markdown markers that come back unbalanced are dropped in pairs,
so a reply is never broken markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from nmt.chat import is_shouting, normalize_chat, sanitize, sentence_spans, unshout
from nmt.text import chunk_words

MAX_SLOTS = 9
MAX_WORDS_PER_SEGMENT = 60
_SENTINEL0 = 0xE000  # private-use code points stand for markup until slots are numbered

_EMOJI_CORE = (
    r"[\U0001F1E6-\U0001F1FF]{2}"  # flags
    r"|[0-9#*]\uFE0F?\u20E3"  # keycaps
    r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\u2190-\u21FF"
    r"\u3030\u303D\u3297\u3299\u203C\u2049\u2122\u2139\u00A9\u00AE]"
)
_EMOJI_MOD = r"[\uFE0F\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F]"
_EMOJI = rf"(?:{_EMOJI_CORE})(?:{_EMOJI_MOD}|\u200D(?:{_EMOJI_CORE}))*"

# Markup kept byte for byte. Order matters: code first, so nothing inside code is touched.
MARKUP = re.compile(
    r"```.*?```"  # a code block on one line
    r"|(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)"  # inline code, Discord's rules
    r"|<(?:@[!&]?|\#)\d+>"  # user, role and channel mentions
    r"|<a?:\w{1,32}:\d+>"  # custom emoji
    r"|<t:-?\d+(?::[tTdDfFsSR])?>"  # timestamps
    r"|</[\w -]{1,100}:\d+>"  # slash-command mentions
    r"|<id:\w+>"  # guide / browse channels
    r"|<https?://[^\s>]+>"  # URL with its embed suppressed
    r"|\bhttps?://[^\s<]+[^\s<.,:;\"')\]!?*_~|]"  # bare URL, not its final punctuation
    r"|\b(?:www\.)[\w-]+(?:\.[\w-]+)+(?:/[^\s<]*[^\s<.,:;\"')\]!?])?"  # www.example.com
    r"|@(?:everyone|here)\b"  # mass mentions
    r"|(?<![\w:]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:])"  # :shortcodes:
    rf"|(?:{_EMOJI})(?:\s*(?:{_EMOJI}))*"  # a run of Unicode emoji
    r"|[#%]\d+"  # something typed that looks like a mark: protected, comes back as typed
    r"|[\ue000-\uf8ff]",  # private-use characters (our sentinels) typed by the user
    re.DOTALL,
)
# Markdown emphasis pairs; the words inside are translated, the markers come back around them.
_MARKERS = re.compile(
    r"(?P<m>\*\*\*|\*\*|__|~~|\|\|)(?=\S)(?P<body>.+?)(?<=\S)(?P=m)"
    r"|(?<![\w*])(?P<m1>\*)(?=[^\s*])(?P<body1>[^*]+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])(?P<m2>_)(?=[^\s_])(?P<body2>[^_]+?)(?<=[^\s_])_(?![\w_])"
)
# Line markers: quotes, headings, subtext, list items.
_LINE_PREFIX = re.compile(r"^\s*(?:>>> |> |#{1,3} |-# |[-*+] |\d{1,3}[.)] )?\s*")
_CODE_BLOCK = re.compile(r"(```.*?```)", re.DOTALL)
_MARK = re.compile(r"[#%](\d+)")  # any the model writes: ours are 1-9, others are stray
_SENT = re.compile(r"[\ue000-\uf8ff]")
_UNITS = r"(?:am|pm|AM|PM|k|K|x|h|hr|hrs|m|min|mins|s|gb|GB|mb|MB|tb|TB|fps|FPS|hz|Hz|ms|p|v)"
_WORDS = re.compile(
    r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[:.,/-]\d+)*(?:\s?%|" + _UNITS + r"(?![\w]))?"
)
_NUMBER = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Span:
    """A protected piece of the original text. ``kind`` is ``markup``, ``open`` or
    ``close`` (markdown markers), ``number`` or ``name``."""

    text: str
    kind: str = "markup"


@dataclass(slots=True)
class Sentence:
    """One model input: ``source`` holds marks; ``slots[k]`` is what mark ``k+1`` stands for."""

    source: str
    slots: list[Span]
    shout: bool = False
    prefix: str = ""
    suffix: str = ""
    marks: dict[str, str] = field(default_factory=dict)  # sentinel -> its mark


@dataclass(slots=True)
class Plan:
    """A message cut into kept text and sentences for the model."""

    pieces: list[str | Sentence] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return [p for p in self.pieces if isinstance(p, Sentence)]

    @property
    def sources(self) -> list[str]:
        return [s.source for s in self.sentences]

    def render(self, translations: list[str]) -> str:
        """The message with ``translations`` (one per source, in order) in place."""
        sentences = self.sentences
        if len(translations) != len(sentences):
            raise ValueError(f"expected {len(sentences)} translations, got {len(translations)}")
        it = iter(translations)
        out = []
        for piece in self.pieces:
            if isinstance(piece, str):
                out.append(piece)
            else:
                body = restore(next(it), piece.slots, piece.shout)
                out.append(piece.prefix + body + piece.suffix)
        return "".join(out)


# -- protecting -------------------------------------------------------------------------


def _sentinel(i: int) -> str:
    return chr(_SENTINEL0 + i)


def protect_markup(line: str, spans: list[Span]) -> str:
    """Replace markup and markdown markers in ``line`` by sentinels, appending to ``spans``."""

    def keep(m: re.Match) -> str:
        spans.append(Span(m.group()))
        return _sentinel(len(spans) - 1)

    line = MARKUP.sub(keep, line)

    def markers(m: re.Match) -> str:
        marker = m.group("m") or m.group("m1") or m.group("m2")
        body = m.group("body") or m.group("body1") or m.group("body2")
        if not _LETTER.search(body):  # "**" around nothing wordy: keep as it is
            spans.append(Span(m.group()))
            return _sentinel(len(spans) - 1)
        spans.append(Span(marker, "open"))
        opening = _sentinel(len(spans) - 1)
        inner = _MARKERS.sub(markers, body)
        spans.append(Span(marker, "close"))
        return f"{opening} {inner} {_sentinel(len(spans) - 1)}"

    return _MARKERS.sub(markers, line)


def _edges(text: str) -> tuple[str, str, str]:
    """Split off leading and trailing markup sentinels (and white space)."""
    head = re.match(r"^(?:\s*[\ue000-\uf8ff])*\s*", text).group()
    tail = re.search(r"\s*(?:[\ue000-\uf8ff]\s*)*$", text[len(head) :]).group()
    core = text[len(head) : len(text) - len(tail)]
    return head, core, tail


def _balanced_edges(head: str, core: str, tail: str, spans: list[Span]) -> tuple[str, str, str]:
    """Give back to the core an edge marker whose partner is inside it, so that
    ``**Note:** read this`` keeps both ``**`` with the words they wrap."""
    while True:
        heads = _SENT.findall(head)
        tails = _SENT.findall(tail)
        inside = {spans[ord(c) - _SENTINEL0].kind for c in _SENT.findall(core)}
        moved = False
        if (
            heads
            and spans[ord(heads[-1]) - _SENTINEL0].kind == "open"
            and (
                "close" in inside
                or not any(spans[ord(c) - _SENTINEL0].kind == "close" for c in tails)
            )
        ):
            cut = head.rindex(heads[-1])
            head, core = head[:cut], head[cut:] + core
            moved = True
        if (
            tails
            and spans[ord(tails[0]) - _SENTINEL0].kind == "close"
            and (
                "open" in inside
                or not any(spans[ord(c) - _SENTINEL0].kind == "open" for c in heads)
            )
        ):
            cut = tail.index(tails[0]) + 1
            core, tail = core + tail[:cut], tail[cut:]
            moved = True
        if not moved:
            # Strip the white space the markers' own spacing added next to them.
            return head, core, tail


def _render_kept(text: str, spans: list[Span]) -> str:
    """Kept text (edges) back to the original characters, marker spacing undone."""
    out = _SENT.sub(lambda m: "\x00" + spans[ord(m.group()) - _SENTINEL0].kind[0] + m.group(), text)
    out = re.sub(r"(\x00o[\ue000-\uf8ff])\s+", r"\1", out)
    out = re.sub(r"\s+(\x00c[\ue000-\uf8ff])", r"\1", out)
    return re.sub(
        r"\x00.([\ue000-\uf8ff])", lambda m: spans[ord(m.group(1)) - _SENTINEL0].text, out
    )


def _name_like(word: str, known: set[str], first: bool) -> bool:
    """Whether an unknown word is copied: names and identifiers, not inflections.

    Inflections of known words are translated (``rewards``, ``Crashes`` at the
    start of a sentence); so are likely typos (see :func:`_correction`). Other
    unknown words are names or identifiers and are copied, in any case:
    ``Kowalski``, ``GitHub``, ``xXSniperXx``, ``jellyfin``, ``dns``.
    """
    low = word.lower()
    if low in known:
        return False
    if _stem_known(low, known):
        # "Crashes" starting a sentence is a word; "McRewards" or "MidCrashes" is a name.
        return not (word.islower() or word[1:].islower() or word.isupper())
    return _correction(low, known) is None


def _stem_known(low: str, known: set[str]) -> bool:
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("ers", ""),
        ("er", ""),
        ("ly", ""),
        ("'s", ""),
        ("’s", ""),
    ):
        if low.endswith(suffix) and low[: len(low) - len(suffix)] + repl in known:
            return True
    return False


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def _correction(low: str, known: set[str]) -> str | None:
    """The one known word a typo of at least 4 letters is one edit away from
    (a letter dropped, added, swapped with its neighbour or replaced), or None."""
    if len(low) < 4 or not low.isalpha() or not low.isascii():
        return None
    splits = [(low[:i], low[i:]) for i in range(len(low) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    edits |= {a + c + b for a, b in splits for c in _ALPHABET}
    found = sorted(e for e in edits if e in known and e != low)
    return found[0] if len(found) == 1 else None


def _number_slots(text: str, slots: list[Span], known: set[str] | None) -> str:
    """Numbers (``%N``) and, with ``known``, names (``#N``) in ``text`` become marks;
    a typo of a known word is corrected (``freind`` -> ``friend``)."""
    pieces, last, first = [], 0, True
    for m in _WORDS.finditer(text):
        word = m.group()
        is_number = _NUMBER.search(word) is not None
        is_name = not is_number and known is not None and _name_like(word, known, first)
        first = False
        if known is not None and not is_number and not is_name and word.lower() not in known:
            fixed = _correction(word.lower(), known)
            if fixed and not _stem_known(word.lower(), known):
                fixed = fixed.capitalize() if word[:1].isupper() else fixed
                pieces += [text[last : m.start()], fixed]
                last = m.end()
            continue
        if not (is_number or is_name) or len(slots) >= MAX_SLOTS:
            continue
        slots.append(Span(word, "number" if is_number else "name"))
        pieces += [text[last : m.start()], f"{'%' if is_number else '#'}{len(slots)}"]
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def sentence_source(
    text: str, spans: list[Span], known: set[str] | None, lang: str = "en"
) -> Sentence | None:
    """The model input for one sentence (with sentinels), or None if it has no words.

    Markup sentinels become ``#N`` marks (numbered in order), chat spelling is
    normalised, shouting is lowered, then numbers and unknown names get marks.
    More than :data:`MAX_SLOTS` markup marks: returns None (see :func:`plan`).
    """
    slots: list[Span] = []
    order = _SENT.findall(text)
    if len(order) > MAX_SLOTS:
        return None
    prose = _SENT.sub(" ", text)
    if not _LETTER.search(prose):
        return None
    shout = is_shouting(prose)
    marks = {}
    for c in order:
        slots.append(spans[ord(c) - _SENTINEL0])
        marks[c] = f"#{len(slots)}"
    # Chat spelling and capitals are fixed on the words only, around the sentinels.
    if shout:  # lowered first, so "PLS" is normalised like "pls"
        text = unshout(text, lang)
    parts = re.split(r"([\ue000-\uf8ff])", text)
    parts = [p if _SENT.fullmatch(p) else normalize_chat(p, lang) for p in parts]
    text = "".join(parts)
    text = _number_slots(text, slots, known)
    text = _SENT.sub(lambda m: marks[m.group()], text)
    sentence = Sentence(" ".join(text.split()), slots, shout)
    sentence.marks = marks
    return sentence


def plan(text: str, known: set[str] | None = None, lang: str = "en") -> Plan:
    """Cut ``text`` into kept pieces and sentences for the model.

    ``known`` is the model's known source words (``None``: copy no names);
    ``lang`` the source language (``en`` or ``es``: its chat spelling).
    """
    text = sanitize(text)
    result = Plan()
    for part in _CODE_BLOCK.split(text):
        if part.startswith("```") and part.endswith("```") and len(part) >= 6:
            result.pieces.append(part)
            continue
        for i, line in enumerate(part.split("\n")):
            if i:
                result.pieces.append("\n")
            _plan_line(line, known, result, lang)
    # merge neighbouring kept strings
    merged: list[str | Sentence] = []
    for piece in result.pieces:
        if isinstance(piece, str) and merged and isinstance(merged[-1], str):
            merged[-1] += piece
        elif piece != "":
            merged.append(piece)
    result.pieces = merged
    return result


def _plan_line(line: str, known: set[str] | None, result: Plan, lang: str = "en") -> None:
    prefix = _LINE_PREFIX.match(line).group()
    result.pieces.append(prefix)
    spans: list[Span] = []
    body = protect_markup(line[len(prefix) :], spans)
    pos = 0
    for start, end in sentence_spans(body):
        result.pieces.append(_render_kept(body[pos:start], spans))
        _plan_sentence(body[start:end], spans, known, result, lang)
        pos = end
    result.pieces.append(_render_kept(body[pos:], spans))


def _plan_sentence(
    text: str, spans: list[Span], known: set[str] | None, result: Plan, lang: str = "en"
) -> None:
    head, core, tail = _balanced_edges(*_edges(text), spans)
    if not _LETTER.search(_SENT.sub("", core)):
        result.pieces.append(_render_kept(text, spans))
        return
    pieces: list[str | Sentence] = [_render_kept(head, spans)]
    for chunk_index, chunk in enumerate(chunk_words(core, MAX_WORDS_PER_SEGMENT)):
        if chunk_index:
            pieces.append(" ")
        sentence = sentence_source(chunk, spans, known, lang)
        if sentence is not None:
            pieces.append(sentence)
            continue
        # Too much markup for the marks: translate the words between the markup.
        for piece in re.split(r"((?:\s*[\ue000-\uf8ff])+\s*)", chunk):
            sub = None
            if not _SENT.search(piece) and _LETTER.search(piece):
                sub = sentence_source(piece.strip(), spans, known, lang)
            if sub is None:
                pieces.append(_render_kept(piece, spans))
            else:
                lead = piece[: len(piece) - len(piece.lstrip())]
                trail = piece[len(piece.rstrip()) :]
                pieces += [lead, sub, trail]
    pieces.append(_render_kept(tail, spans))
    result.pieces += pieces


# -- restoring ----------------------------------------------------------------------------


def _marker_pairs(slots: list[Span]) -> dict[int, int]:
    """Slot index of each markdown marker -> index of its partner."""
    pairs, stack = {}, []
    for i, span in enumerate(slots):
        if span.kind == "open":
            stack.append(i)
        elif span.kind == "close" and stack:
            j = stack.pop()
            pairs[i], pairs[j] = j, i
    return pairs


def restore(text: str, slots: list[Span], shout: bool = False) -> str:
    """Put the originals back into a model output.

    Marks the model invented or repeated are dropped; markup, numbers and names
    it dropped are added before the final punctuation (never lost); markdown
    markers come back only in matching, ordered pairs, else not at all.

    >>> restore("Tom pagó %1 dólares a #2.", [Span("3", "number"), Span("Zyxwv", "name")])
    'Tom pagó 3 dólares a Zyxwv.'
    """
    parts = _MARK.split(text)  # text, digit, text, digit, ...
    items: list[tuple[str, object]] = []
    seen: dict[int, int] = {}
    for i, part in enumerate(parts):
        if i % 2 == 0:
            items.append(("text", part))
            continue
        k = int(part) - 1
        if 0 <= k < len(slots) and k not in seen:
            seen[k] = len(items)
            items.append(("slot", k))
    pairs = _marker_pairs(slots)
    for k, partner in pairs.items():
        ok = k in seen and partner in seen
        if ok and slots[k].kind == "open":
            ok = seen[k] < seen[partner]
        elif ok:
            ok = seen[partner] < seen[k]
        if not ok and k in seen:
            items[seen[k]] = ("text", " ")
    merged: list[tuple[str, object]] = []  # neighbouring text pieces as one
    for kind, value in items:
        if kind == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", str(merged[-1][1]) + str(value))
        else:
            merged.append((kind, value))
    out = ""
    strip_next = False
    for kind, value in merged:
        if kind == "text":
            piece = re.sub(r"\s+([.,!?;:…])", r"\1", re.sub(r"\s+", " ", str(value)))
            piece = piece.upper() if shout else piece
            if strip_next:
                piece = piece.lstrip()
                strip_next = not piece  # still right after the marker
            out += piece
            continue
        span = slots[int(value)]
        if span.kind == "open":
            glued = not out or out.endswith((" ", "¿", "¡", "(")) or strip_next
            out += ("" if glued else " ") + span.text
            strip_next = True
        elif span.kind == "close":
            out = out.rstrip() + span.text
            strip_next = False
        else:
            out += span.text.upper() if shout and span.kind in ("name", "number") else span.text
            strip_next = False
    missing = [
        (s.text.upper() if shout and s.kind in ("name", "number") else s.text)
        for k, s in enumerate(slots)
        if k not in seen and s.kind not in ("open", "close")
    ]
    out = " ".join(out.split()) if not any("\n" in s.text for s in slots) else out.strip()
    if missing:
        end = re.search(r"[.!?…]*$", out)
        cut = end.start() if end else len(out)
        out = (out[:cut].rstrip() + " " + " ".join(missing)).strip() + out[cut:]
    return out


def has_words(text: str) -> bool:
    """Whether ``text`` holds anything the model would translate."""
    return bool(plan(text).sources)


def translate_messages(
    texts: Iterable[str],
    known: set[str] | None,
    decode: Callable[[list[str]], list[str]],
    lang: str = "en",
) -> list[str]:
    """Plan every text, ``decode`` all their sentences as one batch, render each."""
    plans = [plan(str(t), known, lang) for t in texts]
    sources = [s for p in plans for s in p.sources]
    outputs = decode(sources) if sources else []
    results, pos = [], 0
    for p in plans:
        n = len(p.sentences)
        results.append(p.render(outputs[pos : pos + n]).strip())
        pos += n
    return results


# -- training pairs ------------------------------------------------------------------------


def _flexible(number: str) -> re.Pattern:
    """``9pm`` also matches ``9 pm``; ``50%`` also ``50 %``."""
    m = re.fullmatch(r"([\d:.,/-]+)\s?(.*)", number)
    digits, unit = m.group(1), m.group(2)
    tail = (r"\s?" + re.escape(unit)) if unit else ""
    return re.compile(r"(?<![\w.,:/-])" + re.escape(digits) + tail + r"(?![\w%])")


def _spanish_marks(es: str, en_spans: list[Span], es_spans: list[Span]) -> str | None:
    """Spanish sentinels renamed to the English sentinels of the same markup, or
    None when some English markup is missing in the Spanish."""
    used: set[int] = set()
    rename: dict[str, str] = {}
    for i, span in enumerate(en_spans):
        for j, other in enumerate(es_spans):
            if j not in used and other.text == span.text and other.kind == span.kind:
                used.add(j)
                rename[_sentinel(j)] = _sentinel(i)
                break
        else:
            return None
    if len(used) != len(es_spans):
        return None  # the Spanish has markup the English does not
    return _SENT.sub(lambda m: rename[m.group()], es)


def plan_pair(en: str, es: str, known: set[str] | None, lang: str = "en") -> list[tuple[str, str]]:
    """Model (source, target) pairs for one training pair, prepared exactly as
    :func:`plan` prepares a message: line marker off, markup and numbers as marks,
    chat spelling normalised, shouting lowered, sentence by sentence when both
    sides split into the same number of sentences. Pairs whose marks cannot be
    matched on the Spanish side are left out. ``en``/``es`` are the source and
    target (``lang="es"``: a Spanish source, an English target)."""
    en, es = sanitize(en).strip(), sanitize(es).strip()
    en = en[len(_LINE_PREFIX.match(en).group()) :]
    es = es[len(_LINE_PREFIX.match(es).group()) :]
    en_spans: list[Span] = []
    es_spans: list[Span] = []
    en = protect_markup(en, en_spans)
    es = _spanish_marks(protect_markup(es, es_spans), en_spans, es_spans)
    if es is None:
        return []
    en_sents = [en[a:b] for a, b in sentence_spans(en)]
    es_sents = [es[a:b] for a, b in sentence_spans(es)]
    if len(en_sents) != len(es_sents):
        en_sents, es_sents = [en], [es]
    out = []
    for en_s, es_s in zip(en_sents, es_sents, strict=True):
        head, core, tail = _balanced_edges(*_edges(en_s), en_spans)
        for c in _SENT.findall(head + tail):
            es_s = es_s.replace(c, " ")
        sentence = sentence_source(core, en_spans, known, lang)
        if sentence is None or len(core.split()) > MAX_WORDS_PER_SEGMENT:
            continue
        target = es_s
        if sentence.shout:
            target_lang = "es" if lang == "en" else "en"
            if is_shouting(_SENT.sub(" ", target)):
                target = unshout(target, target_lang)
        if set(_SENT.findall(target)) != set(sentence.marks):
            continue
        target = _SENT.sub(lambda m, marks=sentence.marks: marks[m.group()], target)
        ok = True
        for k, span in enumerate(sentence.slots):
            if span.kind not in ("number", "name"):
                continue
            mark = f"{'%' if span.kind == 'number' else '#'}{k + 1}"
            if span.kind == "number":
                pattern = _flexible(span.text)
            else:
                pattern = re.compile(r"(?<!\w)" + re.escape(span.text) + r"(?!\w)")
            target, n = pattern.subn(mark, target, count=1)
            if not n:
                ok = False
                break
        if ok:
            out.append((sentence.source, " ".join(target.split())))
    return out
