"""Throughput and latency through the bot's queue vs one request at a time.

    python bench/bench_queue.py --model models/en-es
    python bench/bench_queue.py --fake-ms-per-batch 40 --fake-ms-per-text 2
    python bench/bench_queue.py --model models/en-es --redis --workers 2

``--redis`` adds a third mode in the same run: the requests go through Redis
Streams to ``--workers`` ``python -m bot.worker`` processes (a throwaway
``redis-server`` on a unix socket, or the URL given).

For 1, 10 and 100 concurrent requesters (each sending --requests-per-user
sentences one after another) it reports requests/s, p50/p95 latency and
mean batch size, next to a baseline that calls ``translate([text])`` once per
request in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.queue import TranslationQueue  # noqa: E402
from bot.translator import PROBES, TranslatorLike, nmt_loader  # noqa: E402

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
        return [PROBES.get(t, f"es: {t}") for t in texts]  # PROBES: passes the load check


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


def start_redis(directory: Path) -> tuple[str, subprocess.Popen]:
    """A throwaway redis-server (no persistence) on a unix socket in ``directory``."""
    sock = directory / "redis.sock"
    proc = subprocess.Popen(
        [
            "redis-server",
            "--port",
            "0",
            "--unixsocket",
            str(sock),
            "--unixsocketperm",
            "700",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
    )
    while not sock.exists():
        time.sleep(0.01)
    return f"unix://{sock}", proc


def start_workers(url: str, args) -> list[subprocess.Popen]:
    env = {
        **os.environ,
        "BOT_QUEUE_URL": url,
        "BOT_MODEL_DIR": str(args.model),
        "BOT_BATCH_MAX": str(args.batch),
        "BOT_BATCH_WAIT_MS": str(int(args.wait_ms)),
        "BOT_BEAM_SIZE": str(args.beam),
        "BOT_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    if args.fake_ms_per_batch is not None:
        command = [
            sys.executable,
            __file__,
            "--as-worker",
            "--fake-ms-per-batch",
            str(args.fake_ms_per_batch),
            "--fake-ms-per-text",
            str(args.fake_ms_per_text),
        ]
    else:
        command = [sys.executable, "-m", "bot.worker", "--env-file", os.devnull]
    return [
        subprocess.Popen(command, env={**env, "BOT_WORKER_ID": f"bench-{n}"})
        for n in range(args.workers)
    ]


def worker_totals(workers: list[dict]) -> tuple[int, float]:
    batches = sum(int(w.get("batches", 0)) for w in workers)
    texts = sum(float(w.get("mean_batch", 0)) * int(w.get("batches", 0)) for w in workers)
    return batches, texts


async def run_redis(url: str, users: int, per_user: int, args) -> dict:
    from bot.redis_queue import RedisQueue, connect

    queue = RedisQueue(connect(url), max_size=max(users, 1) * 2, request_timeout=300)
    queue.start()
    if not await queue.wait_ready(120) or len(queue.workers) < args.workers:
        await asyncio.sleep(3)
        if len(queue.workers) < args.workers:
            raise SystemExit(f"only {len(queue.workers)} of {args.workers} workers started")
    await asyncio.sleep(1.1)
    before = worker_totals(queue.workers)
    latencies: list[float] = []

    async def user(n: int) -> None:
        for i in range(per_user):
            text = SENTENCES[(n + i) % len(SENTENCES)]
            start = time.perf_counter()
            await queue.translate([text])
            latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    await asyncio.gather(*(user(n) for n in range(users)))
    elapsed = time.perf_counter() - start
    await asyncio.sleep(1.1)  # the workers' next heartbeat carries their batch counts
    after = worker_totals(queue.workers)
    await queue.drain(1.0)
    batches = after[0] - before[0]
    batch = (after[1] - before[1]) / batches if batches else 0.0
    return summary(f"redis x{args.workers}", users, latencies, elapsed, batch)


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
    parser.add_argument(
        "--redis",
        nargs="?",
        const="auto",
        help="also run through Redis workers (URL, or a throwaway redis-server when bare)",
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes for --redis")
    parser.add_argument("--as-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.as_worker:  # a worker serving the synthetic translator
        from bot.worker import main as worker_main

        return worker_main(
            ["--env-file", os.devnull],
            loader=lambda _path: SyntheticTranslator(args.fake_ms_per_batch, args.fake_ms_per_text),
        )

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
    redis_rows = []
    if args.redis:
        temp = Path(tempfile.mkdtemp(prefix="bq"))
        server = None
        url = args.redis
        if url == "auto":
            url, server = start_redis(temp)
        procs = start_workers(url, args)
        try:
            for users in args.users:
                redis_rows.append(asyncio.run(run_redis(url, users, args.requests_per_user, args)))
        finally:
            for proc in procs + ([server] if server else []):
                proc.terminate()
                proc.wait()
            shutil.rmtree(temp, ignore_errors=True)

    header = (
        f"{'users':>5}  {'mode':<14} {'requests':>8} {'req/s':>8} "
        f"{'p50 ms':>8} {'p95 ms':>8} {'batch':>6}"
    )
    print(header)
    print("-" * len(header))
    for r in rows + redis_rows:
        print(
            f"{r['users']:>5}  {r['mode']:<14} {r['requests']:>8} {r['rps']:>8.1f} "
            f"{r['p50']:>8.0f} {r['p95']:>8.0f} {r['batch']:>6.1f}"
        )
    speedups = [q["rps"] / b["rps"] for b, q in zip(rows[::2], rows[1::2], strict=True)]
    print(
        "queue speed-up vs one-at-a-time: "
        + ", ".join(f"{u} users x{s:.1f}" for u, s in zip(args.users, speedups, strict=True))
    )
    if redis_rows:
        ratios = [r["rps"] / q["rps"] for q, r in zip(rows[1::2], redis_rows, strict=True)]
        print(
            f"redis ({args.workers} workers) throughput vs embedded queue: "
            + ", ".join(f"{u} users x{s:.2f}" for u, s in zip(args.users, ratios, strict=True))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
