"""Training speed: the seed's padded-to-50 batches against length bucketing, same run.

    python bench/bench_training.py [--batches 15]

Times optimizer steps on the real training split for: the seed configuration
(LSTM 512, vocabulary 1,000, batches of 128 pairs padded to 50 tokens, as the
tutorial does), the same model on length-bucketed batches of 128, and the
shipped Transformer recipe (bucketed, ~6,000 tokens per batch). Each row is
extrapolated to one epoch over the training split.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nmt  # noqa: E402,F401  (sets the Keras backend)


def bench(config_path: str, label: str, n_batches: int, **train_overrides) -> tuple:
    from nmt.config import ExperimentConfig
    from nmt.data import make_batches
    from nmt.train import Trainer

    config = ExperimentConfig.load(config_path)
    config = dataclasses.replace(config, train=dataclasses.replace(config.train, **train_overrides))
    with tempfile.TemporaryDirectory() as run_dir:
        trainer = Trainer(config, run_dir)
        tc = config.train
        batches = make_batches(
            [len(s) for s in trainer.train_src],
            [len(t) + 1 for t in trainer.train_tgt],
            tc.batch_tokens,
            random.Random(0),
            tc.batch_size,
        )
        trainer.train_step(batches[0], 1e-4)  # warm-up
        picked = batches[1 : n_batches + 1]
        start = time.perf_counter()
        for indices in picked:
            trainer.train_step(indices, 1e-4)
        per_batch = (time.perf_counter() - start) / len(picked)
        pairs = sum(len(b) for b in picked)
    epoch_min = per_batch * len(batches) / 60
    return (
        label,
        f"{per_batch:.2f} s",
        f"{pairs / len(picked):.0f}",
        f"{pairs / (per_batch * len(picked)):.0f}",
        f"{epoch_min:.1f} min",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=15)
    args = parser.parse_args()
    import torch

    print(
        f"# {os.cpu_count()} cores, torch {torch.__version__} "
        f"({torch.get_num_threads()} threads), {args.batches} timed batches per row"
    )
    rows = [
        bench(
            "configs/seed_lstm.json",
            "seed LSTM, batch 128 padded to 50 (the tutorial)",
            args.batches,
        ),
        bench(
            "configs/seed_lstm.json",
            "seed LSTM, batch 128 length-bucketed",
            args.batches,
            pad_to_max=False,
        ),
        bench(
            "configs/transformer.json",
            "Transformer recipe, ~6,000-token buckets, bf16",
            args.batches,
        ),
    ]
    print("| configuration | time/batch | pairs/batch | pairs/s | one epoch |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
