"""A real ``redis-server`` per test (unix socket in a temp dir) and real worker processes.

``redis-server`` missing: the tests skip, except under ``CI=true`` where they
fail (``.ci/run`` installs it).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from bot.redis_queue import RedisQueue, connect

FAKE_WORKER = Path(__file__).with_name("fake_worker.py")
ROOT = Path(__file__).resolve().parents[2]


class RedisServer:
    """One throwaway ``redis-server``: no persistence, unix socket only."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.socket = directory / "redis.sock"
        self.url = f"unix://{self.socket}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                "0",
                "--unixsocket",
                str(self.socket),
                "--unixsocketperm",
                "700",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=(self.dir / "redis.log").open("ab"),
            stderr=subprocess.STDOUT,
        )
        end = time.monotonic() + 10
        while not self.socket.exists():
            if time.monotonic() > end or self.proc.poll() is not None:
                raise RuntimeError((self.dir / "redis.log").read_text())
            time.sleep(0.01)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.socket.unlink(missing_ok=True)


@pytest.fixture
def redis_server():
    if shutil.which("redis-server") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed (.ci/run installs it)")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    directory = Path(tempfile.mkdtemp(prefix="rq"))  # short: unix socket paths ≤ 107 bytes
    server = RedisServer(directory)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(directory, ignore_errors=True)


def fake_model(root: Path, name: str, **spec) -> Path:
    """A scripted model directory (see ``fake_worker.py``)."""
    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    (path / "fake.json").write_text(json.dumps({"name": name, **spec}), encoding="utf-8")
    return path


class Workers:
    """``python -m bot.worker`` processes (fake models unless ``real=True``)."""

    def __init__(self, server: RedisServer, models_root: Path, log: Path) -> None:
        self.server = server
        self.models_root = models_root
        self.log = log
        self.procs: dict[str, subprocess.Popen] = {}
        self.env: dict[str, dict[str, str]] = {}
        self.restarts = 0
        self._supervisor: asyncio.Task | None = None

    def start(self, worker_id: str, *, real: bool = False, **settings: str) -> None:
        env = {
            **os.environ,
            "BOT_QUEUE_URL": self.server.url,
            "BOT_WORKER_ID": worker_id,
            "BOT_MODELS_ROOT": str(self.models_root),
            "BOT_MODEL_DIR": str(self.models_root / "v1"),
            # One way only, unless a test names a second model: the repository's
            # own models/es-en must not leak into scripted workers.
            "BOT_MODEL_DIR_ES_EN": str(self.models_root / "no-es-en"),
            "BOT_BATCH_MAX": "8",
            "BOT_BATCH_WAIT_MS": "5",
            "BOT_RECLAIM_IDLE_MS": "1000",
            "BOT_DRAIN_TIMEOUT_S": "5",
            "BOT_LOG_LEVEL": "INFO",
            "FAKE_LOG": str(self.log),
            "PYTHONPATH": str(ROOT),
            **settings,
        }
        self.env[worker_id] = env
        command = [sys.executable, "-m", "bot.worker"] if real else [sys.executable, FAKE_WORKER]
        out = (self.log.parent / f"{worker_id}.log").open("ab")
        self.procs[worker_id] = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )

    def signal(self, worker_id: str, sig: int) -> None:
        self.procs[worker_id].send_signal(sig)

    def batches(self, worker_id: str | None = None) -> list[dict]:
        if not self.log.exists():
            return []
        lines = [json.loads(line) for line in self.log.read_text().splitlines() if line]
        return [b for b in lines if worker_id is None or b["worker"] == worker_id]

    def output(self, worker_id: str) -> str:
        return (self.log.parent / f"{worker_id}.log").read_text(errors="replace")

    def supervise(self) -> None:
        """Restart any worker that dies, as systemd's ``Restart=always`` would."""

        async def watch() -> None:
            while True:
                for worker_id, proc in list(self.procs.items()):
                    if proc.poll() is not None:
                        self.restarts += 1
                        env = self.env[worker_id]
                        self.procs[worker_id] = subprocess.Popen(
                            [sys.executable, FAKE_WORKER],
                            env=env,
                            cwd=ROOT,
                            stdout=(self.log.parent / f"{worker_id}.log").open("ab"),
                            stderr=subprocess.STDOUT,
                        )
                await asyncio.sleep(0.05)

        self._supervisor = asyncio.get_running_loop().create_task(watch())

    def stop_all(self) -> None:
        if self._supervisor is not None:
            self._supervisor.cancel()
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGCONT)
                proc.kill()
            proc.wait()


@pytest.fixture
def fake_models(tmp_path: Path) -> Path:
    """Models root with scripted models ``v1`` (``V1:``) and ``v2`` (``V2:``)."""
    root = tmp_path / "fake-models"
    fake_model(root, "v1", prefix="V1:")
    fake_model(root, "v2", prefix="V2:")
    return root


@pytest.fixture
def workers(redis_server, fake_models, tmp_path):
    group = Workers(redis_server, fake_models, tmp_path / "batches.jsonl")
    yield group
    group.stop_all()


@pytest.fixture
async def gateway(redis_server):
    """A gateway's queue; ``make(**options)`` for more (several gateways)."""
    queues: list[RedisQueue] = []

    def make(**options) -> RedisQueue:
        options.setdefault("request_timeout", 30.0)
        q = RedisQueue(connect(redis_server.url), **options)
        q.start()
        queues.append(q)
        return q

    yield make
    for q in queues:
        await q.drain(1.0)


async def wait_for(condition, timeout: float = 20.0, what: str = "condition") -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def ready(queue: RedisQueue, count: int, timeout: float = 30.0) -> None:
    await wait_for(
        lambda: queue.healthy and len(queue.workers) >= count, timeout, f"{count} live worker(s)"
    )
