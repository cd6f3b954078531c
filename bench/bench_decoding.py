"""Decoding speed: the seed's loop against incremental batched search, same model, same run.

    python bench/bench_decoding.py --model models/en-es [--seed-model models/en-es-seed]

The seed tutorial translates one sentence at a time and, for every new word,
pads the whole prefix to 50 tokens and calls ``model.predict()`` on the full
encoder-decoder again. Ours encodes once and steps the decoder with its cache,
many sentences per batch. Both are timed here on the same test sentences.
For a Transformer, ours is timed three ways: stepping the Keras layers, and
the plain-torch engine (``nmt/inference.py``) in float32 and in mixed precision.
"""

from __future__ import annotations

import argparse
import os
import platform
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


def time_it(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def bench_model(path: str, sentences: list[str], n_seed: int, n_batch: int) -> list[tuple]:
    from nmt.translate import Translator

    load_s, translator = time_it(Translator.load, path)
    name = f"{translator.info['name']} ({translator.info['architecture']})"
    rows = [(name, "load model directory", f"{load_s:.2f} s", "")]
    few = sentences[:n_seed]
    seed_loop_translate(translator, few[0])  # warm-up
    seed_s, _ = time_it(lambda: [seed_loop_translate(translator, s) for s in few])
    per_seed = seed_s / len(few)
    rows.append(
        (
            name,
            f"seed loop, 1 sentence at a time ({len(few)} sentences)",
            f"{per_seed * 1000:.0f} ms/sentence",
            "1.0x",
        )
    )

    def one_at_a_time(label: str, beam: int) -> None:
        translator.translate_sentences(few[:2], beam_size=beam)  # warm-up
        total, _ = time_it(lambda: [translator.translate_sentences([s], beam) for s in few])
        per = total / len(few)
        rows.append(
            (
                name,
                f"{label}, 1 sentence at a time",
                f"{per * 1000:.1f} ms/sentence",
                f"{per_seed / per:.0f}x",
            )
        )

    default = translator.engine
    engines = [(f"ours ({translator.precision})", default)]
    if default is not translator.model:
        from nmt.inference import TorchTransformer

        engines = [
            ("ours, Keras layers stepped", translator.model),
            ("ours, torch engine float32", TorchTransformer(translator.model, "float32")),
            *(
                [(f"ours, torch engine {default.precision}", default)]
                if default.precision != "float32"
                else []
            ),
        ]
    for label, engine in engines:
        translator.engine = engine
        one_at_a_time(f"{label} greedy", 1)
    beam = translator.decoding.beam_size
    sizes = (1, beam) if beam > 1 else (1,)
    if beam > 1:
        one_at_a_time(f"{engines[-1][0]} beam {beam}", beam)
    many = (sentences * (n_batch // len(sentences) + 1))[:n_batch]
    for label, engine in reversed(engines[-2:]):  # the default engine first
        translator.engine = engine
        for size in sizes:
            batch_s, _ = time_it(translator.translate_sentences, many, size)
            rate = len(many) / batch_s
            rows.append(
                (
                    name,
                    f"{label} {'greedy' if size == 1 else f'beam {size}'}, batch of {len(many)}",
                    f"{rate:.0f} sentences/s",
                    f"{rate * per_seed:.0f}x",
                )
            )
    translator.engine = default
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/en-es")
    parser.add_argument("--seed-model", help="also time a seed-architecture model directory")
    parser.add_argument("--seed-sentences", type=int, default=50)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()

    import torch

    from nmt.config import ExperimentConfig
    from nmt.data import references_by_source
    from nmt.evaluate import test_pairs
    from nmt.modeldir import read_meta

    config = ExperimentConfig.from_dict(read_meta(args.model)["experiment"])
    sources, _ = references_by_source(test_pairs(config))
    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"torch {torch.__version__} ({torch.get_num_threads()} threads)"
    )
    rows = bench_model(args.model, sources, args.seed_sentences, args.batch)
    if args.seed_model:
        rows += bench_model(args.seed_model, sources, args.seed_sentences, args.batch)
    print("| model | decoding | speed | vs seed loop |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
