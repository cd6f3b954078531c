"""Decoding speed of every engine on the same model and sentences, in one run.

    python bench/bench_decoding.py --model models/en-es [--seed-model models/en-es-seed]

Sentences are drawn at random from the held-out test split (so their lengths
are representative, not the shortest), and each goes through the whole
message path, as the bot and the CLI use it. Rows:

- the seed tutorial's loop (re-run the whole model on the padded prefix for
  every word, one sentence at a time), the baseline every other row is
  compared against;
- CTranslate2 (``nmt/ct2.py``, the default serving engine) in int8 and float32;
- the plain-torch engine (``nmt/inference.py``) in its default precision;

each one sentence at a time (p50 latency, greedy and the model's beam) on 1
thread, in batches of 32 on 1 thread, and as one big batch on 2 threads.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nmt  # noqa: E402,F401  (sets the Keras backend)


def seed_loop_translate(translator, sentence: str, max_len: int = 50) -> str:
    """The seed tutorial's inference: re-run the full model on the padded prefix per word."""
    import numpy as np

    codec, model = translator.codec, translator.model
    src = np.zeros((1, max_len), dtype="int64")
    ids = codec.encode_source([sentence])[0][:max_len]
    src[0, : len(ids)] = ids
    out: list[int] = []
    for _ in range(max_len - 1):
        tgt = np.zeros((1, max_len), dtype="int64")
        tgt[0, : len(out) + 1] = [codec.bos_id, *out]
        probs = model.predict((src, tgt), verbose=0)[0, len(out)]
        probs[list(codec.banned_output_ids)] = -np.inf
        token = int(np.argmax(probs))
        if token == codec.eos_id:
            break
        out.append(token)
    return codec.decode_target([out])[0]


def set_threads(translator, threads: int) -> None:
    if translator.engine_name == "ct2":
        return  # fixed when the CTranslate2 translator is created
    import torch

    torch.set_num_threads(threads)


def p50_ms(translator, sentences: list[str], beam: int) -> float:
    translator.translate(sentences[:3], beam_size=beam)  # warm-up
    times = []
    for s in sentences:
        start = time.perf_counter()
        translator.translate([s], beam_size=beam)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def rate(translator, sentences: list[str], beam: int, batch: int) -> float:
    translator.translate(sentences[:batch], beam_size=beam)  # warm-up
    start = time.perf_counter()
    for i in range(0, len(sentences), batch):
        translator.translate(sentences[i : i + batch], beam_size=beam)
    return len(sentences) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/en-es")
    parser.add_argument("--seed-model", help="also time the seed loop on this seed model")
    parser.add_argument("--single", type=int, default=200, help="sentences timed one at a time")
    parser.add_argument("--batched", type=int, default=2000, help="sentences timed in batches")
    parser.add_argument("--seed-sentences", type=int, default=20)
    parser.add_argument("--engines", default="ct2-int8,ct2-float32,torch")
    args = parser.parse_args()

    from nmt.data import references_by_source
    from nmt.evaluate import test_pairs
    from nmt.modeldir import load_model_dir
    from nmt.translate import Translator

    config = load_model_dir(args.model, weights=False).config
    sources, _ = references_by_source(test_pairs(config))
    random.Random(0).shuffle(sources)
    single, batched = sources[: args.single], sources[: args.batched]
    words = statistics.mean(len(s.split()) for s in batched)
    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
        f"{len(batched)} random test-split sentences, {words:.1f} words on average"
    )
    beam = config.decoding.beam_size
    rows = []
    seed_ms = None
    if args.seed_model:
        seed = Translator.load(args.seed_model, engine="torch")
        set_threads(seed, 1)
        few = single[: args.seed_sentences]
        seed_loop_translate(seed, few[0])
        start = time.perf_counter()
        for s in few:
            seed_loop_translate(seed, s)
        seed_ms = (time.perf_counter() - start) / len(few) * 1000
        rows.append(
            ("seed loop (seed model, 1 thread)", "greedy", "1 at a time", f"{seed_ms:.0f} ms", "")
        )

    def vs_seed(ms: float) -> str:
        return f"{seed_ms / ms:.0f}x" if seed_ms else ""

    for name in args.engines.split(","):
        engine, _, precision = name.partition("-")
        precision = precision or "auto"
        one = Translator.load(args.model, engine=engine, precision=precision, threads=1)
        two = Translator.load(args.model, engine=engine, precision=precision, threads=2)
        label = f"{one.info['engine']} {one.precision}"
        set_threads(one, 1)
        for b in (1, beam):
            ms = p50_ms(one, single, b)
            rows.append(
                (label, f"beam {b}", "1 at a time, 1 thread", f"p50 {ms:.1f} ms", vs_seed(ms))
            )
        for b in (1, beam):
            r = rate(one, batched, b, 32)
            rows.append(
                (
                    label,
                    f"beam {b}",
                    "batches of 32, 1 thread",
                    f"{r:.0f} sent/s",
                    vs_seed(1000 / r),
                )
            )
        set_threads(two, 2)
        for b in (1, beam):
            r = rate(two, batched, b, len(batched))
            rows.append(
                (
                    label,
                    f"beam {b}",
                    f"one batch of {len(batched)}, 2 threads",
                    f"{r:.0f} sent/s",
                    vs_seed(1000 / r),
                )
            )
    print("| engine | search | workload | speed | vs seed loop |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
