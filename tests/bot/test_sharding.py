"""Shards across gateway processes: the plan, the identify lock, who syncs commands."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time

import discord
import pytest
from discord import app_commands

from bot.client import TranslatorBot
from bot.sharding import IdentifyLock, ShardPlan, identify_lock_from_url


class FakeRedis:
    """``SET key value NX PX ms`` with expiry, as Redis does it (one shared dict
    stands for one server that several processes talk to)."""

    def __init__(self, keys: dict | None = None) -> None:
        self.keys: dict[str, tuple[str, float]] = {} if keys is None else keys
        self.down = False

    async def set(self, key: str, value: str, *, nx: bool = False, px: int | None = None):
        if self.down:
            raise ConnectionError("Error 111 connecting to localhost:6379. Connection refused.")
        now = time.monotonic()
        held = self.keys.get(key)
        if nx and held is not None and held[1] > now:
            return None
        self.keys[key] = (value, now + (px or 0) / 1000)
        return True


def test_the_plan_says_who_syncs_commands():
    assert ShardPlan().syncs_commands  # one process, every shard
    assert ShardPlan(4, (0, 1)).syncs_commands
    assert not ShardPlan(4, (2, 3)).syncs_commands
    assert ShardPlan(4, (2, 3)).describe() == "shards 2,3 of 4"
    with pytest.raises(ValueError):
        ShardPlan(None, (1,))
    with pytest.raises(ValueError):
        ShardPlan(2, (2,))


async def identify_all(locks_and_shards, max_concurrency=1) -> dict[int, float]:
    """Each (lock, shard ids) is one process identifying its shards in order,
    as discord.py does; returns when each shard identified."""
    start = time.monotonic()
    times: dict[int, float] = {}

    async def process(lock, shard_ids):
        for shard_id in shard_ids:
            await lock.wait(shard_id, max_concurrency)
            times[shard_id] = time.monotonic() - start

    await asyncio.gather(*(process(lock, ids) for lock, ids in locks_and_shards))
    return times


async def test_processes_started_together_identify_one_at_a_time():
    server: dict = {}
    a = IdentifyLock(FakeRedis(server), spacing_ms=200, poll_s=0.01)
    b = IdentifyLock(FakeRedis(server), spacing_ms=200, poll_s=0.01)

    times = await identify_all([(a, [0, 1]), (b, [2, 3])])

    ordered = sorted(times.values())
    gaps = [later - earlier for earlier, later in zip(ordered, ordered[1:], strict=False)]
    assert len(ordered) == 4
    assert min(gaps) >= 0.19  # never two identifies within one window


async def test_max_concurrency_buckets_identify_side_by_side():
    server: dict = {}
    a = IdentifyLock(FakeRedis(server), spacing_ms=300, poll_s=0.01)
    b = IdentifyLock(FakeRedis(server), spacing_ms=300, poll_s=0.01)

    times = await identify_all([(a, [0]), (b, [1])], max_concurrency=2)

    assert max(times.values()) < 0.15  # buckets 0 and 1: no waiting
    assert a.key(5, 2) == "tr:identify:1"


async def test_redis_down_falls_back_to_discord_py_spacing(monkeypatch):
    redis = FakeRedis()
    redis.down = True
    slept = []

    async def fake_sleep(seconds):
        slept.append(seconds)

    monkeypatch.setattr("bot.sharding.asyncio.sleep", fake_sleep)
    await IdentifyLock(redis).wait(3)
    assert len(slept) == 1 and 5.0 <= slept[0] <= 7.5


def test_no_queue_url_no_lock():
    assert identify_lock_from_url(None) is None
    assert identify_lock_from_url("") is None


@pytest.fixture
def redis_url(tmp_path):
    """A real redis-server on a unix socket (no TCP, no persistence), or a skip
    (a failure under CI=true, where .ci/run installs it)."""
    pytest.importorskip("redis")
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true and redis-server is not installed")
        pytest.skip("redis-server is not installed")
    sock = tmp_path / "redis.sock"
    server = subprocess.Popen(
        [binary, "--port", "0", "--unixsocket", str(sock), "--unixsocketperm", "700",
         "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 5
    while not sock.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    yield f"unix://{sock}"
    server.terminate()
    server.wait(5)


async def test_identify_lock_on_a_real_redis(redis_url):
    a, b = identify_lock_from_url(redis_url), identify_lock_from_url(redis_url)
    a.spacing_ms = b.spacing_ms = 300
    a.poll_s = b.poll_s = 0.02
    try:
        times = await identify_all([(a, [0, 2]), (b, [1, 3])])
        owner = await a.redis.get("tr:identify:0")
    finally:
        await a.redis.aclose()
        await b.redis.aclose()
    ordered = sorted(times.values())
    assert min(later - earlier for earlier, later in zip(ordered, ordered[1:], strict=False)) > 0.28
    assert owner is not None and owner.decode().endswith(f":{os.getpid()}")


async def test_the_bot_identifies_through_the_lock(simcord_bot):
    lock = IdentifyLock(FakeRedis(), spacing_ms=10_000)
    bot = TranslatorBot(simcord_bot.services, shards=ShardPlan(2), identify_lock=lock)
    await asyncio.wait_for(bot.before_identify_hook(1, initial=False), 1)
    assert "tr:identify:0" in lock.redis.keys  # max_concurrency 1: one bucket
    with pytest.raises(TimeoutError):  # the window is taken: the next shard waits
        await asyncio.wait_for(bot.before_identify_hook(0, initial=False), 0.3)
    plain = TranslatorBot(simcord_bot.services, shards=ShardPlan(2))
    await asyncio.wait_for(plain.before_identify_hook(0, initial=True), 1)  # discord.py's own


def command_puts(env) -> int:
    return sum(1 for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands"))


@pytest.mark.simcord(strict_sync=False)
async def test_only_the_process_running_shard_0_syncs_commands(simcord_env):
    assert command_puts(simcord_env) == 1  # the fixture's bot runs shard 0 of 1
    services = simcord_env.bot.services

    def with_extra_command(bot: TranslatorBot) -> TranslatorBot:
        @app_commands.command(name="ping")
        async def ping(interaction: discord.Interaction) -> None:
            """Extra command."""

        bot.tree.add_command(ping)
        return bot

    other = with_extra_command(TranslatorBot(services, shards=ShardPlan(2, (1,))))
    await simcord_env.restart_bot(other)
    assert other.synced_commands is False and command_puts(simcord_env) == 1

    first = with_extra_command(TranslatorBot(services, shards=ShardPlan(1, (0,))))
    await simcord_env.restart_bot(first)
    assert first.synced_commands is True and command_puts(simcord_env) == 2


async def test_shard_plan_reaches_discord_py(simcord_bot):
    bot = TranslatorBot(simcord_bot.services, shards=ShardPlan(8, (4, 5)))
    assert (bot.shard_count, bot.shard_ids) == (8, [4, 5])
    assert not bot.shard_plan.syncs_commands
    assert TranslatorBot(simcord_bot.services).shard_count is None  # ask Discord
