"""Language identification on the team's labelled chat messages.

    python bench/bench_langid.py [--data data/langid/messages.tsv]

Prints accuracy (English vs Spanish; other languages must come out as
"other", never translated), the confusion table, the cost per message and the
process's resident memory before and after the detector loads.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="data/langid/messages.tsv")
    args = parser.parse_args()
    rows = [line.split("\t", 1) for line in Path(args.data).read_text().splitlines() if line]
    from bot import language

    before = rss_mb()
    start = time.perf_counter()
    language.detect("warm up")
    load_s = time.perf_counter() - start
    after = rss_mb()
    start = time.perf_counter()
    got = [language.detect(text) for _, text in rows]
    per_ms = (time.perf_counter() - start) / len(rows) * 1000
    confusion = Counter(
        (label, g if g in ("en", "es") else "other/none")
        for (label, _), g in zip(rows, got, strict=True)
    )
    enes = [(label, g) for (label, _), g in zip(rows, got, strict=True) if label in ("en", "es")]
    right = sum(label == g for label, g in enes)
    others = [g for (label, _), g in zip(rows, got, strict=True) if label not in ("en", "es")]
    print(f"{len(rows)} messages: {Counter(label for label, _ in rows)}")
    print(f"English vs Spanish: {right}/{len(enes)} = {100 * right / len(enes):.1f} %")
    kept_out = sum(g not in ("en", "es") for g in others)
    print(f"other languages not taken for en/es: {kept_out}/{len(others)}")
    print(f"undecided (None) among en/es: {sum(g is None for _, g in enes)}")
    print(f"load {load_s:.2f} s, {per_ms:.3f} ms per message, RSS {before:.0f} -> {after:.0f} MB")
    print("| label | en | es | other/none |\n|---|---|---|---|")
    for label in ("en", "es", "fr", "pt", "it", "de"):
        print(
            f"| {label} | "
            + " | ".join(str(confusion[(label, g)]) for g in ("en", "es", "other/none"))
            + " |"
        )


if __name__ == "__main__":
    main()
