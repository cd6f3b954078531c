"""Throughput and latency through the bot's queue vs one request at a time.

    python bench/bench_queue.py --model models/en-es
    python bench/bench_queue.py --fake-ms-per-batch 40 --fake-ms-per-text 2

For 1, 10 and 100 concurrent requesters (each sending --requests-per-user
sentences one after another) it reports requests/s, p50/p95 latency and
mean batch size, next to a baseline that calls ``translate([text])`` once per
request in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.queue import TranslationQueue  # noqa: E402
from bot.translator import TranslatorLike, nmt_loader  # noqa: E402

SENTENCES = [
    "Good morning, how are you today?",
    "The train to the city leaves at nine.",
    "Could you send me the report before Friday?",
    "We are going to the beach this weekend.",
    "I don't understand what you mean.",
    "Thank you very much for your help.",
    "The weather is nice but a little cold.",
    "Where can I buy tickets for the concert?",
]


class SyntheticTranslator:
    """Sleeps ``ms_per_batch + ms_per_text * len(texts)`` per call (releases the GIL)."""

    def __init__(self, ms_per_batch: float, ms_per_text: float) -> None:
        self.ms_per_batch = ms_per_batch
        self.ms_per_text = ms_per_text

    @property
    def info(self) -> dict[str, object]:
        return {"name": "synthetic", "version": "0", "bleu": None, "chrf": None, "path": "-"}

    def translate(self, texts: list[str]) -> list[str]:
        time.sleep((self.ms_per_batch + self.ms_per_text * len(texts)) / 1000)
        return [f"es: {t}" for t in texts]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(p / 100 * len(ordered) + 0.5) - 1)] * 1000


def summary(mode: str, users: int, latencies: list[float], elapsed: float, batch: float) -> dict:
    return {
        "mode": mode,
        "users": users,
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": pct(latencies, 50),
        "p95": pct(latencies, 95),
        "batch": batch,
    }


async def run_queue(translator: TranslatorLike, users: int, per_user: int, args) -> dict:
    queue = TranslationQueue(
        translator, max_size=max(users, 1) * 2, max_batch=args.batch, max_wait=args.wait_ms / 1000
    )
    latencies: list[float] = []

    async def user(n: int) -> None:
        for i in range(per_user):
            text = SENTENCES[(n + i) % len(SENTENCES)]
            start = time.perf_counter()
            await queue.translate([text])
            latencies.append(time.perf_counter() - start)

    async with queue:
        start = time.perf_counter()
        await asyncio.gather(*(user(n) for n in range(users)))
        elapsed = time.perf_counter() - start
    return summary("queue", users, latencies, elapsed, queue.stats().mean_batch_size)


async def run_one_at_a_time(translator: TranslatorLike, users: int, per_user: int) -> dict:
    """Baseline: every request is its own ``translate([text])`` call, strictly in turn."""
    lock = asyncio.Lock()
    latencies: list[float] = []

    async def user(n: int) -> None:
        for i in range(per_user):
            text = SENTENCES[(n + i) % len(SENTENCES)]
            start = time.perf_counter()
            async with lock:
                await asyncio.to_thread(translator.translate, [text])
            latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    await asyncio.gather(*(user(n) for n in range(users)))
    elapsed = time.perf_counter() - start
    return summary("one-at-a-time", users, latencies, elapsed, 1.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=Path("models/en-es"))
    parser.add_argument(
        "--fake-ms-per-batch",
        type=float,
        default=None,
        help="use a synthetic translator instead of --model",
    )
    parser.add_argument("--fake-ms-per-text", type=float, default=0.0)
    parser.add_argument("--users", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--requests-per-user", type=int, default=5)
    parser.add_argument("--batch", type=int, default=32, help="BOT_BATCH_MAX")
    parser.add_argument("--wait-ms", type=float, default=20, help="BOT_BATCH_WAIT_MS")
    parser.add_argument("--beam", type=int, default=0, help="BOT_BEAM_SIZE (0: adaptive)")
    args = parser.parse_args(argv)

    if args.fake_ms_per_batch is not None:
        translator: TranslatorLike = SyntheticTranslator(
            args.fake_ms_per_batch, args.fake_ms_per_text
        )
    else:
        translator = nmt_loader(args.beam)(args.model)
    info = translator.info
    print(
        f"translator: {info.get('name')} {info.get('version')}  beam={args.beam or 'adaptive'}  "
        f"batch<={args.batch}  "
        f"wait={args.wait_ms:g} ms  {args.requests_per_user} requests per user"
    )
    translator.translate([SENTENCES[0]])  # warm-up

    rows = []
    for users in args.users:
        rows.append(asyncio.run(run_one_at_a_time(translator, users, args.requests_per_user)))
        rows.append(asyncio.run(run_queue(translator, users, args.requests_per_user, args)))

    header = (
        f"{'users':>5}  {'mode':<14} {'requests':>8} {'req/s':>8} "
        f"{'p50 ms':>8} {'p95 ms':>8} {'batch':>6}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['users']:>5}  {r['mode']:<14} {r['requests']:>8} {r['rps']:>8.1f} "
            f"{r['p50']:>8.0f} {r['p95']:>8.0f} {r['batch']:>6.1f}"
        )
    speedups = [q["rps"] / b["rps"] for b, q in zip(rows[::2], rows[1::2], strict=True)]
    print(
        "queue speed-up vs one-at-a-time: "
        + ", ".join(f"{u} users x{s:.1f}" for u, s in zip(args.users, speedups, strict=True))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
