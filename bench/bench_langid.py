"""Language identification on the team's labelled chat messages.

    python bench/bench_langid.py                      # both sets, bot/language.py
    python bench/bench_langid.py --module old.py      # another detect() (e.g. a previous release)
    python bench/bench_langid.py --low-accuracy       # lingua's low-accuracy mode
    python bench/bench_langid.py --lingua-languages en,es   # lingua told fewer languages

Two sets (``label<TAB>message``, data/langid/README.md): ``dev`` (messages.tsv,
what the detector was developed on) and ``held-out`` (heldout.tsv, measured
only to check an idea, never tuned on). For each: English vs Spanish accuracy
(a message labelled en or es must come out as exactly that), other languages
recognised (fr/pt/it/de must come out as "other", never translated), messages
with no language (label ``zxx``) answered ``None``, and the confusion table.
Then the cost: seconds to load the detector, microseconds per message (best of
5 passes over both sets) and the process's resident memory before and after
loading.
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = {"dev": "data/langid/messages.tsv", "held-out": "data/langid/heldout.tsv"}
LABELS = ("en", "es", "fr", "pt", "it", "de", "zxx")
ANSWERS = ("en", "es", "other", None)


def rss_mb() -> float:
    """Resident memory now (peak where /proc is missing), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mb()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_set(path: str) -> list[tuple[str, str]]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line:
            label, text = line.split("\t", 1)
            rows.append((label, text))
    return rows


def load_module(path: str | None):
    if path is None:
        from bot import language

        return language
    spec = importlib.util.spec_from_file_location("langid_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected(label: str) -> str | None:
    return label if label in ("en", "es") else None if label == "zxx" else "other"


def report(name: str, path: str, rows: list[tuple[str, str]], got: list[str | None]) -> dict:
    confusion = Counter(zip((label for label, _ in rows), got, strict=True))
    enes = [(label, g) for (label, _), g in zip(rows, got, strict=True) if label in ("en", "es")]
    right = sum(label == g for label, g in enes)
    others = [
        g for (label, _), g in zip(rows, got, strict=True) if label not in ("en", "es", "zxx")
    ]
    kept_out = sum(g == "other" for g in others)
    blank = [g for (label, _), g in zip(rows, got, strict=True) if label == "zxx"]
    counts = Counter(label for label, _ in rows)
    by_label = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"\n## {name}: {path}, {len(rows)} messages ({by_label})")
    print(f"English vs Spanish: {right}/{len(enes)} = {100 * right / len(enes):.1f} %")
    print(
        f"other languages recognised as other: {kept_out}/{len(others)}"
        f" = {100 * kept_out / max(1, len(others)):.1f} %"
        f" (translated as English: {sum(g == 'en' for g in others)},"
        f" taken for Spanish: {sum(g == 'es' for g in others)})"
    )
    if blank:
        print(f"no language (zxx) answered None: {sum(g is None for g in blank)}/{len(blank)}")
    print("| label | en | es | other | None |\n|---|---|---|---|---|")
    for label in LABELS:
        if counts[label]:
            cells = " | ".join(str(confusion[(label, g)]) for g in ANSWERS)
            print(f"| {label} | {cells} |")
    return {"enes": (right, len(enes)), "other": (kept_out, len(others))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        action="append",
        metavar="NAME=FILE",
        help="a labelled set (repeatable); default: dev and held-out",
    )
    parser.add_argument("--module", help="a Python file with detect() to measure instead")
    parser.add_argument("--low-accuracy", action="store_true", help="lingua's low-accuracy mode")
    parser.add_argument(
        "--lingua-languages", help="comma-separated ISO codes lingua is told (default: all six)"
    )
    parser.add_argument("--errors", action="store_true", help="list the wrong answers")
    args = parser.parse_args()
    sets = dict(item.split("=", 1) for item in args.data) if args.data else SETS
    data = {name: read_set(str(ROOT / path)) for name, path in sets.items()}

    language = load_module(args.module)
    if args.low_accuracy:
        language.LINGUA_LOW_ACCURACY = True
    if args.lingua_languages:
        language.LINGUA_LANGUAGES = tuple(args.lingua_languages.split(","))
    before = rss_mb()
    start = time.perf_counter()
    language.detect("warm up the language detector")
    load_s = time.perf_counter() - start
    after = rss_mb()

    texts = [text for rows in data.values() for _, text in rows]
    passes = []
    for _ in range(5):
        start = time.perf_counter()
        for text in texts:
            language.detect(text)
        passes.append((time.perf_counter() - start) / len(texts) * 1e6)
    print(f"# {args.module or 'bot/language.py'}", end="")
    print(" (lingua low-accuracy mode)" if args.low_accuracy else "", end="")
    print(f" (lingua: {args.lingua_languages})" if args.lingua_languages else "")
    for name, rows in data.items():
        got = [language.detect(text) for _, text in rows]
        report(name, sets[name], rows, got)
        if args.errors:
            for (label, text), g in zip(rows, got, strict=True):
                if g != expected(label):
                    print(f"  {label} -> {g}: {text!r}")
    print(
        f"\ncost: load {load_s:.2f} s, {min(passes):.0f} µs per message"
        f" (best of 5 passes over {len(texts)}), RSS {before:.0f} -> {rss_mb():.0f} MB"
        f" (after load {after:.0f} MB, peak {peak_mb():.0f} MB)"
    )


if __name__ == "__main__":
    main()
