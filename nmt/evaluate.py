"""Evaluation: sacrebleu BLEU and chrF on the held-out test split.

``python -m nmt evaluate --model models/en-es`` re-creates the model's own
grouped split from its config (same file, same seed), translates every test
English sentence once, scores it against all its Spanish translations, and
writes ``metrics.json`` (plus a sample of translations) into the model directory.
"""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

from nmt.data import Pair, oriented, read_pairs, references_by_source, split_grouped

SEED_EXAMPLE = "It was pretty cool."
SPECIAL_TOKEN = re.compile(r"\[UNK\]|<unk>|<s>|</s>|<pad>|⁇|startofseq|endofseq")


def ref_streams(refs: list[list[str]]) -> list[list[str | None]]:
    """Ragged per-sentence reference lists -> sacrebleu's reference streams."""
    width = max(len(r) for r in refs)
    return [[r[i] if i < len(r) else None for r in refs] for i in range(width)]


def score(hyps: list[str], refs: list[list[str]]) -> dict:
    import sacrebleu

    streams = ref_streams(refs)
    bleu = sacrebleu.metrics.BLEU()
    chrf = sacrebleu.metrics.CHRF()
    b = bleu.corpus_score(hyps, streams)
    c = chrf.corpus_score(hyps, streams)
    return {
        "bleu": round(b.score, 2),
        "chrf": round(c.score, 2),
        "bleu_signature": str(bleu.get_signature()),
        "chrf_signature": str(chrf.get_signature()),
    }


def read_test_file(path: str | Path) -> list[Pair]:
    """Pairs of a test TSV: ``English<TAB>reference[<TAB>reference…]``; every
    reference column counts (a manythings attribution column is skipped)."""
    pairs: list[Pair] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cols = [c.strip() for c in line.split("\t")]
        refs = [c for c in cols[1:] if c and not c.startswith("CC-BY")]
        if cols[0] and refs:
            pairs += [(cols[0], ref) for ref in refs]
    if not pairs:
        return read_pairs(path)  # raises DataError naming the problem
    return pairs


def special_token_rate(hyps: list[str]) -> float:
    """Fraction of output words that are (or contain) a special token such as [UNK]."""
    words = [w for h in hyps for w in h.split()]
    return sum(bool(SPECIAL_TOKEN.search(w)) for w in words) / max(1, len(words))


def test_pairs(model_config, data_path: str | None = None) -> list[Pair]:
    dc = model_config.data
    pairs = oriented(read_pairs(data_path or dc.path), dc.source)
    return split_grouped(pairs, dc.valid_groups, dc.test_groups, dc.split_seed).test


def multi_sentence_messages(sources, refs, n: int = 300):
    """Chat-like messages made of two consecutive test sentences, with the
    matching references joined the same way."""
    messages, message_refs = [], []
    for i in range(0, min(len(sources) - 1, 2 * n), 2):
        a, b = refs[i], refs[i + 1]
        messages.append(f"{sources[i]} {sources[i + 1]}")
        # the k-th reference of each sentence, or the second's first when it has fewer
        message_refs.append([f"{x} {b[k] if k < len(b) else b[0]}" for k, x in enumerate(a)])
    return messages, message_refs


def evaluate(
    model_dir: str | Path,
    data_path: str | None = None,
    test_file: str | None = None,
    beam_size: int | None = None,
    allow_unk: bool = False,
    samples: int = 20,
    write: bool = True,
    precision: str = "auto",
    engine: str = "auto",
) -> dict:
    from nmt.translate import Translator

    model_dir = Path(model_dir)
    translator = Translator.load(model_dir, precision=precision, engine=engine)
    config = translator.loaded.config
    if test_file:
        pairs = oriented(read_test_file(test_file), config.data.source)
    else:
        pairs = test_pairs(config, data_path)
    sources, refs = references_by_source(pairs)
    beam = beam_size or config.decoding.beam_size
    start = time.perf_counter()
    hyps = translator.translate_sentences(sources, beam_size=beam, allow_unk=allow_unk)
    seconds = time.perf_counter() - start
    metrics = {
        **score(hyps, refs),
        "test_sentences": len(sources),
        "test_pairs": len(pairs),
        "test_set": test_file or "grouped test split of " + (data_path or config.data.path),
        "beam_size": beam,
        "engine": translator.info["engine"],
        "precision": translator.precision,
        "special_token_rate": round(special_token_rate(hyps), 5),
        "sentences_per_second": round(len(sources) / seconds, 1),
    }
    messages, message_refs = multi_sentence_messages(sources, refs)
    if messages:
        joined = translator.translate(messages, beam_size=beam)
        multi = score(joined, message_refs)
        metrics["two_sentence_messages"] = {
            "count": len(messages),
            "bleu": multi["bleu"],
            "chrf": multi["chrf"],
        }
    rng = random.Random(0)
    picked = sorted(rng.sample(range(len(sources)), min(samples, len(sources))))
    metrics["samples"] = [
        {"en": sources[i], "output": hyps[i], "references": refs[i]} for i in picked
    ]
    if translator.source == "en":
        seed_out = translator.translate([SEED_EXAMPLE], beam_size=beam)[0]
        metrics["seed_example"] = {"en": SEED_EXAMPLE, "output": seed_out}
    metrics["pair"] = translator.pair
    if write:
        (model_dir / "metrics.json").write_text(
            json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return metrics


def kept_markup(sources: list[str], hyps: list[str]) -> dict:
    """How much of the sources' markup (mentions, channels, roles, custom emoji,
    timestamps, URLs, inline code, :shortcodes:, Unicode emoji) the outputs keep
    exactly, and how many outputs hold a placeholder mark their source did not."""
    from collections import Counter

    from nmt.message import MARKUP

    total = kept = 0
    for src, hyp in zip(sources, hyps, strict=True):
        wanted = Counter(
            m.group() for m in MARKUP.finditer(src) if not re.fullmatch(r"[#%]\d+", m.group())
        )
        got = Counter(m.group() for m in MARKUP.finditer(hyp))
        total += sum(wanted.values())
        kept += sum(min(n, got[k]) for k, n in wanted.items())
    leaked = sum(
        bool(set(re.findall(r"[#%]\d", h)) - set(re.findall(r"[#%]\d", s)))
        for s, h in zip(sources, hyps, strict=True)
    )
    return {"markup_total": total, "markup_kept": kept,
            "markup_kept_rate": round(kept / total, 4) if total else 1.0,
            "outputs_with_foreign_marks": leaked}  # fmt: skip


def evaluate_heldout(
    model_dir: str | Path,
    prefix: str | Path,
    beam_size: int | None = None,
    precision: str = "auto",
    samples: int = 20,
    engine: str = "auto",
) -> dict:
    """BLEU/chrF of the whole message path on a held-out chat set
    (``<prefix>.en`` and references ``<prefix>.es.*``; for a Spanish->English
    model ``<prefix>.es`` and ``<prefix>.en.*``), plus markup kept."""
    from nmt.data import read_references
    from nmt.translate import Translator

    translator = Translator.load(model_dir, precision=precision, engine=engine)
    sources, refs = read_references(prefix, translator.source, translator.target)
    beam = beam_size or translator.loaded.config.decoding.beam_size
    start = time.perf_counter()
    hyps = translator.translate(sources, beam_size=beam)
    seconds = time.perf_counter() - start
    rng = random.Random(0)
    picked = sorted(rng.sample(range(len(sources)), min(samples, len(sources))))
    return {
        **score(hyps, refs),
        "test_set": str(prefix),
        "pair": translator.pair,
        "messages": len(sources),
        "references": len(refs[0]),
        "beam_size": beam,
        "engine": translator.info["engine"],
        "precision": translator.precision,
        **kept_markup(sources, hyps),
        "messages_per_second": round(len(sources) / seconds, 1),
        "samples": [{"en": sources[i], "output": hyps[i], "references": refs[i]} for i in picked],
    }
