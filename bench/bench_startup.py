"""Start-up time and memory of the bot with both models loaded.

Runs the bot's own start-up in a fresh Python process: settings, the settings
database, both models through ``bot.__main__.load_models`` (the production
loader, each model checked on its known sentences), the language detector,
the one queue, the services, ``TranslatorBot`` with its cogs and command sync,
and a gateway session up to READY. Discord itself is SimCord (the test
double the behavioural tests use), so no token or network is needed; the rest
is the code ``python -m bot`` runs. Then one ``/translate`` each way.

Reported: seconds from launching the process to the bot being ready (READY
received, both models serving), to each first answer, and the resident memory
(RSS) then and at its peak (VmHWM), from ``/proc/self/status``.

Until ``models/es-en`` exists, ``--stand-in`` serves a model of the same
shape in its place (``--es-en-dir models/en-es --stand-in``): loaded and
checked as English → Spanish, then put in the Spanish → English slot, so
time and memory are what a second model of that size costs.

    python bench/bench_startup.py                                    # models/en-es + models/es-en
    python bench/bench_startup.py --es-en-dir models/en-es --stand-in
    python bench/bench_startup.py --one-way                          # baseline: en-es only
    python bench/bench_startup.py --repeat 3 --json bench_startup.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READY_BAR_S = 8.0
RSS_BAR_MB = 900.0


def memory_mb() -> dict[str, float]:
    """VmRSS (now) and VmHWM (peak) of this process, in MB (10^6 bytes)."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) * 1024 / 1e6
    return {"rss_mb": values["VmRSS"], "peak_rss_mb": values["VmHWM"]}


async def child(args: argparse.Namespace, launched: float) -> dict:
    """The measured start-up, inside the fresh process."""
    import tempfile

    import simcord

    import bot.__main__ as main
    from bot.client import TranslatorBot
    from bot.directions import EN_ES, ES_EN
    from bot.settings import Settings
    from bot.sharding import ShardPlan
    from bot.translator import nmt_loader

    marks: dict[str, float] = {"imports": time.time() - launched}
    env = dict(os.environ)
    env.update(
        BOT_MODEL_DIR=str(args.en_es_dir),
        BOT_MODEL_DIR_ES_EN=str(args.es_en_dir),
        BOT_DB_PATH=str(Path(tempfile.mkdtemp()) / "bench.sqlite3"),
        BOT_THREADS=str(args.threads),
    )
    settings = Settings.from_env(env)
    loader = nmt_loader(settings.beam_size, settings.threads)
    storage = main.open_storage(settings.db_path)
    if args.one_way:  # the baseline: what the second model adds
        translators = {EN_ES: await main.load_model(loader, settings.model_dir, EN_ES)}
        dirs = {EN_ES: settings.model_dir, ES_EN: settings.model_dir_es_en}
    elif args.stand_in:
        # Same shape as a real es-en model: loaded and checked as what it is.
        translators = {
            EN_ES: await main.load_model(loader, settings.model_dir, EN_ES),
            ES_EN: await main.load_model(loader, settings.model_dir_es_en, EN_ES),
        }
        dirs = {EN_ES: settings.model_dir, ES_EN: settings.model_dir_es_en}
    else:
        translators, dirs = await main.load_models(loader, settings, storage)
    if ES_EN not in translators and not args.one_way:
        raise SystemExit(f"no Spanish → English model at {settings.model_dir_es_en}")
    marks["models"] = time.time() - launched
    queue = main.make_queue(settings, translators)
    services = main.build_services(settings, queue, loader, storage, dirs[EN_ES], dirs[ES_EN])
    bot = TranslatorBot(services, shards=ShardPlan(1))
    queue.start()
    discord_double = simcord.Env(bot)
    await discord_double.start()  # login, setup_hook (cogs, command sync), gateway READY
    assert bot.is_ready() and services.translation.directions == set(translators)
    marks["ready"] = time.time() - launched
    ready_memory = memory_mb()

    guild = discord_double.create_guild("Bench")
    channel = guild.create_text_channel("general")
    user = guild.add_member(discord_double.create_user("user"))
    english = await user.slash(channel, "translate", text="Where is the train station?")
    marks["first_en_es"] = time.time() - launched
    spanish = await user.slash(channel, "translate", text="¿Dónde está la estación de tren?")
    marks["first_es_en"] = time.time() - launched  # one way: the polite refusal
    await discord_double.shutdown()
    await queue.drain(5.0)
    storage.close()
    return {
        "seconds": marks,
        "ready_memory": ready_memory,
        "final_memory": memory_mb(),
        "answers": [english.response.content, spanish.response.content],
    }


def run_once(args: argparse.Namespace) -> dict:
    command = [
        sys.executable,
        __file__,
        "--child",
        "--en-es-dir",
        str(args.en_es_dir),
        "--es-en-dir",
        str(args.es_en_dir),
        "--threads",
        str(args.threads),
        *(["--stand-in"] if args.stand_in else []),
        *(["--one-way"] if args.one_way else []),
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT))  # this checkout's bot/, not an installed one
    launched = time.time()
    done = subprocess.run(
        [*command, "--launched", repr(launched)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"start-up failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--en-es-dir", type=Path, default=Path("models/en-es"))
    parser.add_argument("--es-en-dir", type=Path, default=Path("models/es-en"))
    parser.add_argument(
        "--stand-in",
        action="store_true",
        help="serve --es-en-dir in the Spanish → English slot whatever it translates "
        "(until models/es-en exists: --es-en-dir models/en-es)",
    )
    parser.add_argument(
        "--one-way", action="store_true", help="baseline: the English → Spanish model only"
    )
    parser.add_argument("--threads", type=int, default=1, help="BOT_THREADS (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes (default 3)")
    parser.add_argument("--json", type=Path, help="also write the runs here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--launched", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import asyncio
        import logging

        logging.basicConfig(level=logging.WARNING)
        result = asyncio.run(child(args, args.launched))
        print(json.dumps(result, ensure_ascii=False))
        return

    runs = [run_once(args) for _ in range(args.repeat)]
    for i, run in enumerate(runs, 1):
        s, m = run["seconds"], run["ready_memory"]
        print(
            f"run {i}: imports {s['imports']:.2f} s, models {s['models']:.2f} s, "
            f"ready {s['ready']:.2f} s, first en-es {s['first_en_es']:.2f} s, "
            f"first es-en {s['first_es_en']:.2f} s; RSS at ready {m['rss_mb']:.0f} MB, "
            f"peak {run['final_memory']['peak_rss_mb']:.0f} MB"
        )
    print("answers:", " | ".join(runs[-1]["answers"]).replace("\n", " "))
    ready = statistics.median(r["seconds"]["ready"] for r in runs)
    rss = max(r["final_memory"]["rss_mb"] for r in runs)
    peak = max(r["final_memory"]["peak_rss_mb"] for r in runs)
    print(
        f"median ready {ready:.2f} s (bar {READY_BAR_S:.0f} s: "
        f"{'ok' if ready <= READY_BAR_S else 'OVER'}); RSS {rss:.0f} MB, peak {peak:.0f} MB "
        f"(bar {RSS_BAR_MB:.0f} MB: {'ok' if peak <= RSS_BAR_MB else 'OVER'})"
    )
    if args.json:
        args.json.write_text(json.dumps(runs, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
