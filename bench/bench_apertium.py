"""The rule-based yardstick: Apertium on the same held-out sets as our models.

    python bench/bench_apertium.py --pair es-en --heldout data/chat/heldout-es/test
    python bench/bench_apertium.py --pair es-en --config configs/es-en.json   # Tatoeba test split

Needs the ``apertium`` and ``apertium-eng-spa`` Debian packages (not a project
dependency: it is only measured beside our models). Scores are sacrebleu BLEU
and chrF against every reference, as ``python -m nmt evaluate`` computes them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nmt.config import ExperimentConfig  # noqa: E402
from nmt.data import read_references, references_by_source  # noqa: E402
from nmt.evaluate import score, test_pairs  # noqa: E402

MODES = {"en-es": "eng-spa", "es-en": "spa-eng"}


def apertium(lines: list[str], pair: str) -> list[str]:
    """Translate line by line (``-u``: no ``*`` marks on unknown words)."""
    if not shutil.which("apertium"):
        sys.exit("apertium is not installed: apt-get install apertium apertium-eng-spa")
    text = "\n".join(line.replace("\n", " ") for line in lines) + "\n"
    out = subprocess.run(
        ["apertium", "-u", MODES[pair]], input=text, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    return [o.strip() for o in out[: len(lines)]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pair", choices=sorted(MODES), default="en-es")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--heldout", help="PREFIX of a held-out chat set (PREFIX.<src>, .<tgt>.*)")
    source.add_argument("--config", help="a recipe: score its Tatoeba test split")
    args = parser.parse_args()
    src, tgt = args.pair.split("-")
    if args.heldout:
        sources, refs = read_references(args.heldout, src, tgt)
        name = args.heldout
    else:
        config = ExperimentConfig.load(args.config)
        if config.pair != args.pair:
            sys.exit(f"{args.config} is a {config.pair} recipe, not {args.pair}")
        sources, refs = references_by_source(test_pairs(config))
        name = f"test split of {args.config}"
    hyps = apertium(sources, args.pair)
    result = score(hyps, refs)
    print(f"Apertium {MODES[args.pair]} on {name} ({len(sources)} sources): "
          f"BLEU {result['bleu']:.2f} chrF {result['chrf']:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
