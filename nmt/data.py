"""Reading the Tatoeba/manythings corpus, splitting it, and batching it.

File format: one pair per line, ``English<TAB>Spanish[<TAB>attribution]``, UTF-8.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nmt.errors import DataError

log = logging.getLogger(__name__)

Pair = tuple[str, str]


def read_pairs(path: str | Path) -> list[Pair]:
    """Return the (English, Spanish) pairs of a manythings/Tatoeba file.

    Malformed lines (fewer than two columns, an empty side, undecodable bytes)
    are counted and skipped with one warning; a file with no valid pair raises
    :class:`DataError`.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"data file not found: {path}") from None
    except OSError as exc:
        raise DataError(f"cannot read data file {path}: {exc.strerror}") from None
    pairs: list[Pair] = []
    bad: list[int] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            continue
        if not text.strip():
            continue
        cols = text.split("\t")
        if len(cols) < 2 or len(cols) > 3 or not cols[0].strip() or not cols[1].strip():
            bad.append(number)
            continue
        pairs.append((" ".join(cols[0].split()), " ".join(cols[1].split())))
    if bad:
        log.warning(
            "%s: skipped %d malformed line(s) (first: %s)",
            path,
            len(bad),
            ", ".join(map(str, bad[:5])),
        )
    if not pairs:
        raise DataError(f"{path} holds no valid English<TAB>Spanish pair")
    return pairs


def read_pair_files(spec: str) -> list[Pair]:
    """Pairs from comma-separated paths or glob patterns (sorted), in order."""
    import glob

    paths: list[str] = []
    for item in (s.strip() for s in spec.split(",")):
        if not item:
            continue
        matched = sorted(glob.glob(item)) if any(c in item for c in "*?[") else [item]
        if not matched:
            raise DataError(f"no data file matches {item}")
        paths += matched
    return [pair for path in paths for pair in read_pairs(path)]


def oriented(pairs: Sequence[Pair], source: str) -> list[Pair]:
    """English<TAB>Spanish pairs as (source, target) for a model from ``source``."""
    return [(es, en) for en, es in pairs] if source == "es" else list(pairs)


def read_references(
    prefix: str | Path, source: str = "en", target: str = "es"
) -> tuple[list[str], list[list[str]]]:
    """A held-out set: ``<prefix>.en`` (one message per line) and its references
    ``<prefix>.es.a``, ``<prefix>.es.b`` … (same line count each); for a
    Spanish->English model, ``<prefix>.es`` and ``<prefix>.en.*``."""
    prefix = Path(prefix)
    src_name = f"{prefix}.{source}"
    try:
        sources = Path(src_name).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"held-out set not found: {src_name}") from None
    ref_files = sorted(prefix.parent.glob(f"{prefix.name}.{target}.*"))
    if not ref_files:
        raise DataError(f"no references {prefix}.{target}.* for {src_name}")
    columns = []
    for path in ref_files:
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) != len(sources):
            raise DataError(f"{path} has {len(lines)} lines; {src_name} has {len(sources)}")
        columns.append(lines)
    refs = [[col[i] for col in columns] for i in range(len(sources))]
    return sources, refs


_GROUP_STRIP = re.compile(r"[^\w\s]", re.UNICODE)


def group_key(source: str) -> str:
    """Key that groups near-identical source sentences ("Go." and "Go!")."""
    return " ".join(_GROUP_STRIP.sub(" ", source.lower()).split())


@dataclass(frozen=True)
class Split:
    train: list[Pair]
    valid: list[Pair]
    test: list[Pair]


def split_grouped(pairs: Sequence[Pair], valid_groups: int, test_groups: int, seed: int) -> Split:
    """Deterministic train/valid/test split grouped by source sentence.

    All pairs whose sources (the first of each pair: English, or Spanish for a
    Spanish->English model) share a :func:`group_key` land in the same split, so
    no source sentence is seen in training and tested on, and every translation
    of a test sentence serves as a reference.
    """
    keys = sorted({group_key(en) for en, _ in pairs})
    if valid_groups + test_groups >= len(keys):
        raise DataError(
            f"only {len(keys)} distinct source sentences: too few for "
            f"{valid_groups} validation + {test_groups} test groups"
        )
    random.Random(seed).shuffle(keys)
    test_keys = set(keys[:test_groups])
    valid_keys = set(keys[test_groups : test_groups + valid_groups])
    train, valid, test = [], [], []
    for pair in pairs:
        key = group_key(pair[0])
        (test if key in test_keys else valid if key in valid_keys else train).append(pair)
    return Split(train, valid, test)


def references_by_source(pairs: Sequence[Pair]) -> tuple[list[str], list[list[str]]]:
    """Collapse pairs to unique English sources, each with all its Spanish references.

    Sources keep first-seen order; the reference lists are ragged.
    """
    refs: dict[str, list[str]] = {}
    for en, es in pairs:
        refs.setdefault(en, [])
        if es not in refs[en]:
            refs[en].append(es)
    sources = list(refs)
    return sources, [refs[s] for s in sources]


def make_batches(
    src_lengths: Sequence[int],
    tgt_lengths: Sequence[int],
    batch_tokens: int,
    rng: random.Random,
    batch_size: int = 0,
) -> list[list[int]]:
    """Group example indices into length-bucketed batches.

    Examples are sorted by length (with random tie-breaking) and cut into
    batches whose padded size ``n * max_len`` stays under ``batch_tokens``
    (or of exactly ``batch_size`` examples when that is set). The batch order
    is shuffled, so each epoch sees a different order but little padding.
    """
    order = sorted(
        range(len(src_lengths)),
        key=lambda i: (max(src_lengths[i], tgt_lengths[i]), rng.random()),
    )
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        length = max(src_lengths[i], tgt_lengths[i])
        if batch_size:
            full = len(current) >= batch_size
        else:
            full = current and max(longest, length) * (len(current) + 1) > batch_tokens
        if full:
            batches.append(current)
            current, longest = [], 0
        current.append(i)
        longest = max(longest, length)
    if current:
        batches.append(current)
    rng.shuffle(batches)
    return batches


def pad(sequences: Sequence[Sequence[int]], pad_id: int, length: int | None = None) -> np.ndarray:
    """Right-pad id sequences into a ``(batch, length)`` int64 array."""
    length = length or max((len(s) for s in sequences), default=1) or 1
    out = np.full((len(sequences), length), pad_id, dtype=np.int64)
    for row, seq in enumerate(sequences):
        seq = list(seq)[:length]
        out[row, : len(seq)] = seq
    return out
