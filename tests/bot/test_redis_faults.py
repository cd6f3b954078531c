"""Scale-out faults with a real redis-server and real worker processes: a worker
killed or frozen mid-batch, a poison request, a reload one worker cannot load,
Redis going away; and the limits that hold across gateway processes."""

from __future__ import annotations

import asyncio
import signal
import time
import types

import pytest

from bot.cogs.translate import translate_interaction
from bot.cooldown import Cooldown
from bot.errors import ModelReloadFailed, OnCooldown, QueueFull, TranslationFailed
from bot.redis_queue import GROUP, SharedCooldown, live_workers
from bot.remote_models import RemoteModelService, worker_lines
from bot.service import TranslationService
from tests.bot.redis_harness import fake_model, ready, wait_for
from tests.bot.test_load import GUILD_ID, FakeInteraction


def fake_bot(queue, cooldown=None):
    service = TranslationService(queue, cooldown or Cooldown(10_000, 30.0))
    return types.SimpleNamespace(
        services=types.SimpleNamespace(translation=service), get_guild={GUILD_ID: object()}.get
    )


async def burst(bot, count: int, texts=None) -> list[FakeInteraction]:
    interactions = [FakeInteraction(n) for n in range(1, count + 1)]
    texts = texts or [f"Message number {i.id}" for i in interactions]
    await asyncio.gather(
        *(
            translate_interaction(bot, i, text, ephemeral=False)
            for i, text in zip(interactions, texts, strict=True)
        )
    )
    return interactions


async def pending(queue) -> int:
    return (await queue.redis.xpending(queue.keys.jobs, GROUP))["pending"]


async def test_kill_9_mid_batch_every_request_answered_exactly_once(gateway, workers):
    for name, prefix in (("v1", "V1:"),):
        fake_model(workers.models_root, name, prefix=prefix, delay=0.02)
    workers.start("a")
    workers.start("b")
    q = gateway(max_size=1000)
    await ready(q, 2)
    bot = fake_bot(q)
    task = asyncio.create_task(burst(bot, 400))
    await wait_for(lambda: len(workers.batches("a")) >= 2, what="worker a to be mid-stream")
    start = time.monotonic()
    workers.signal("a", signal.SIGKILL)
    interactions = await asyncio.wait_for(task, 30)

    assert time.monotonic() - start < 15
    for i in interactions:  # exactly one reply each, with its own translation
        assert i.log == [("defer", None, False), ("followup", f"V1:Message number {i.id}", False)]
    for _ in range(100):  # the worker acknowledges right after sending the result
        if await pending(q) == 0:
            break
        await asyncio.sleep(0.02)
    assert await pending(q) == 0
    assert any(b["worker"] == "a" for b in workers.batches())


async def test_frozen_worker_woken_after_takeover_causes_no_duplicate_reply(gateway, workers):
    fake_model(workers.models_root, "v1", prefix="V1:", delay=0.3)
    workers.start("a")
    workers.start("b")
    q = gateway(max_size=1000)
    await ready(q, 2)
    task = asyncio.create_task(burst(fake_bot(q), 40))
    await wait_for(lambda: len(workers.batches("a")) >= 1, what="worker a to start a batch")
    workers.signal("a", signal.SIGSTOP)
    interactions = await asyncio.wait_for(task, 30)  # b took a's jobs over
    workers.signal("a", signal.SIGCONT)
    await asyncio.sleep(1.5)  # a finishes its stale batch and sends its results late

    for i in interactions:
        assert i.log == [("defer", None, False), ("followup", f"V1:Message number {i.id}", False)]
    assert q.late_results > 0  # the late duplicates arrived, and were ignored


async def test_poison_request_is_dead_lettered_and_the_others_are_served(gateway, workers):
    fake_model(
        workers.models_root,
        "v1",
        prefix="V1:",
        crash_on=["Please translate the poison message now"],
    )
    workers.start("a")
    workers.start("b")
    workers.supervise()  # systemd's Restart=always
    q = gateway(max_size=1000)
    await ready(q, 2)
    texts = [f"Message number {n}" for n in range(1, 21)] + [
        "Please translate the poison message now"
    ]
    interactions = await asyncio.wait_for(burst(fake_bot(q), 21, texts), 60)

    for i in interactions[:20]:
        assert i.log[-1] == ("followup", f"V1:Message number {i.id}", False)
    assert interactions[20].log == [
        ("defer", None, False),
        ("edit", TranslationFailed.user_message, None),
    ]
    [(_, dead)] = await q.redis.xrange(q.keys.dead)
    assert (
        dead["texts"] == '["Please translate the poison message now"]'
        and int(dead["deliveries"]) > 3
    )
    assert workers.restarts >= 3


async def test_reload_is_all_or_nothing_and_late_workers_load_the_current_model(
    gateway, workers, tmp_path
):
    fake_model(workers.models_root, "v1", prefix="V1:", delay=0.01)
    workers.start("a")
    workers.start("b", FAKE_BROKEN="v2")  # b cannot load v2
    q = gateway(max_size=1000)
    await ready(q, 2)
    models = RemoteModelService(q, models_root=workers.models_root, default_dir=tmp_path / "v1")
    bot = fake_bot(q)
    load = asyncio.create_task(burst(bot, 200))
    with pytest.raises(ModelReloadFailed) as failure:
        await models.reload("v2")
    interactions = await load
    assert "b: " in str(failure.value) and "corrupt" in str(failure.value)
    assert "a: " not in str(failure.value)
    assert all(i.log[-1][1].startswith("V1:") for i in interactions)  # nobody switched
    assert {b["model"] for b in workers.batches()} == {"v1"}

    workers.procs["b"].terminate()
    await wait_for(lambda: [w["id"] for w in q.workers] == ["a"], what="b to leave")
    info = await models.reload("v2")
    assert info["name"] == "v2" and info["workers"] == 1
    workers.start("c")  # started later: serves the model the others switched to
    await ready(q, 2)
    assert await q.translate(["late"]) == ["V2:late"]
    lines = dict(worker_lines(models.workers()))
    assert lines["Workers"] == "2 live" and "en-es v2 1.0" in lines["Worker c"]


async def test_redis_gone_means_polite_busy_then_service_resumes(gateway, workers, redis_server):
    workers.start("a")
    q = gateway()
    await ready(q, 1)
    assert await q.translate(["before"]) == ["V1:before"]
    redis_server.stop()
    await wait_for(lambda: not q.healthy, 5, "the gateway to notice")
    with pytest.raises(QueueFull):  # "I'm busy…", answered before any defer
        q.submit(["while down"])
    redis_server.start()
    await ready(q, 1, timeout=30)
    assert await asyncio.wait_for(q.translate(["after"]), 20) == ["V1:after"]


async def test_backlog_limit_and_cooldowns_hold_across_gateways(gateway, workers):
    fake_model(workers.models_root, "v1", prefix="V1:", gate=str(workers.log.parent / "go"))
    workers.start("a", BOT_BATCH_MAX="1")
    one, two = gateway(max_size=5), gateway(max_size=5)
    await ready(one, 1)
    await ready(two, 1)
    tickets = [one.submit([f"a{n}"]) for n in range(3)]
    await asyncio.sleep(0.5)  # the snapshot: 1 translating, 2 waiting
    tickets += [two.submit([f"b{n}"]) for n in range(3)]
    with pytest.raises(QueueFull):
        two.submit(["over the shared limit"])
    (workers.log.parent / "go").touch()
    assert len([await t.result() for t in tickets]) == 6

    first, second = SharedCooldown(2, 30.0, one), SharedCooldown(2, 30.0, two)
    first.hit(42)
    first.hit(42)
    await wait_for(lambda: second.retry_after(42) > 0, 5, "the hits to reach gateway two")
    with pytest.raises(OnCooldown):
        second.check(42)
    second.check(7)  # other users are not affected


async def test_sigterm_hands_back_what_the_worker_holds(gateway, workers):
    fake_model(workers.models_root, "v1", prefix="V1:", delay=0.2)
    workers.start("a", BOT_DRAIN_TIMEOUT_S="0.1", BOT_RECLAIM_IDLE_MS="60000")
    workers.start("b", BOT_RECLAIM_IDLE_MS="60000")
    q = gateway(max_size=1000)
    await ready(q, 2)
    task = asyncio.create_task(burst(fake_bot(q), 60))
    await wait_for(lambda: len(workers.batches("a")) >= 1, what="worker a to start")
    workers.signal("a", signal.SIGTERM)
    interactions = await asyncio.wait_for(task, 20)  # long before the 60 s reclaim time
    assert workers.procs["a"].wait(10) == 0
    for i in interactions:
        assert i.log[-1] == ("followup", f"V1:Message number {i.id}", False)
    assert [w["id"] for w in await live_workers(q.redis, q.keys)] == ["b"]


async def test_worker_serves_metrics_and_readiness(gateway, workers):
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workers.start("a", BOT_METRICS_PORT=str(port))
    q = gateway()
    await ready(q, 1)
    assert await q.translate(["hello"]) == ["V1:hello"]

    def get(path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.read().decode()

    assert get("/readyz") == "ready\n"
    text = await asyncio.to_thread(get, "/metrics")
    assert 'translator_jobs_total{outcome="ok"} 1.0' in text
    assert "translator_batch_size_count" in text
