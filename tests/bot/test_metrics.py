"""BOT_METRICS_PORT: Prometheus metrics, /healthz and /readyz, scraped over HTTP."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.errors import OnCooldown, QueueFull, RequestTimeout
from bot.metrics import Metrics, MetricsServer, gateway_server, instrument_loader, outcome_of


async def scrape(server: MetricsServer, path: str = "/metrics") -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://{server.host}:{server.port}{path}") as response:
            return response.status, await response.text()


def samples(text: str) -> dict[tuple[str, tuple], float]:
    """``{(name, sorted label items): value}`` from the exposition text."""
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_outcomes_name_what_the_user_got():
    assert outcome_of(None) == "ok"
    assert outcome_of(QueueFull()) == "busy"
    assert outcome_of(OnCooldown(3.0)) == "cooldown"
    assert outcome_of(RequestTimeout()) == "timeout"
    assert outcome_of(RuntimeError()) == "error"


async def test_endpoints_answer_and_readiness_follows_the_checks():
    metrics = Metrics("worker")
    ready = {"redis": False}
    server = MetricsServer(metrics, 0, checks={"redis": lambda: ready["redis"] or "no PING"})
    async with server:
        assert server.port > 0
        status, text = await scrape(server)
        assert status == 200
        assert ("bot_info", (("role", "worker"),)) in samples(text)
        assert (await scrape(server, "/healthz"))[0] == 200
        status, body = await scrape(server, "/readyz")
        assert (status, body) == (503, "redis: no PING\n")
        ready["redis"] = True
        assert await scrape(server, "/readyz") == (200, "ready\n")

        async def broken() -> bool:
            raise ConnectionError("refused")

        server.add_check("db", broken)
        status, body = await scrape(server, "/readyz")
        assert status == 503 and "db: ConnectionError: refused" in body


async def test_a_blocked_event_loop_shows_as_lag_and_then_as_unhealthy():
    metrics = Metrics()
    async with MetricsServer(metrics, 0) as server:
        await asyncio.sleep(0.3)  # let the probe start
        time.sleep(0.4)  # block the loop, as a synchronous call on it would
        await asyncio.sleep(0.3)
        _, text = await scrape(server)
        values = samples(text)
        assert values[("event_loop_lag_max_seconds", ())] >= 0.14  # 0.4 s less the timer left
        assert values[("event_loop_lag_seconds_count", ())] >= 2
        assert (await scrape(server, "/healthz"))[0] == 200
        # As if the loop had not turned for a minute: the probe is stopped first, or
        # its next tick (during the scrape's own awaits) would make it fresh again.
        server._lag_task.cancel()
        metrics.last_tick -= 60
        assert (await scrape(server, "/healthz"))[0] == 503


def test_instrumented_translators_report_batches(fakes):
    metrics = Metrics()
    load = instrument_loader(fakes.FakeLoader({"en-es": fakes.FakeTranslator()}), metrics)
    translator = load("models/en-es")
    assert translator.translate(["Hi", "Bye"]) == ["ES:Hi", "ES:Bye"]
    assert translator.info["name"] == "fake-en-es"  # everything else passes through
    registry = metrics.registry
    assert registry.get_sample_value("translator_batch_size_count") == 1
    assert registry.get_sample_value("translator_batch_size_sum") == 2
    assert registry.get_sample_value("translator_batch_seconds_count") == 1


async def test_gateway_metrics_count_requests_by_source_and_outcome(world, queue):
    bot = world.env.bot
    metrics = Metrics("gateway")
    bot.services.translation.metrics = metrics
    server = gateway_server(metrics, bot, queue, bot.services.storage, port=0)
    async with server:
        for _ in range(5):
            await world.alice.slash(world.channel, "translate", text="Good morning")
        await world.alice.slash(world.channel, "translate", text="One more please")  # cooldown

        status, text = await scrape(server)
        assert status == 200
        values = samples(text)
        ok = ("translator_requests_total", (("outcome", "ok"), ("source", "command")))
        cooldown = ("translator_requests_total", (("outcome", "cooldown"), ("source", "command")))
        assert values[ok] == 5 and values[cooldown] == 1
        assert values[("translator_request_seconds_count", (("source", "command"),))] == 5
        assert values[("translator_queue_backlog", ())] == 0
        assert values[("translator_workers_live", ())] == 1  # the embedded model
        assert values[("discord_guilds", (("shard", "0"),))] == 1
        assert ("discord_gateway_latency_seconds", (("shard", "0"),)) in values
        assert values[("discord_shards_ready", ())] == 1
        assert values[("translator_model_info", (("name", "fake-en-es"), ("version", "1.0")))]
        assert await scrape(server, "/readyz") == (200, "ready\n")
        assert (await scrape(server, "/healthz"))[0] == 200


async def test_auto_translate_and_flags_are_counted_under_their_source(world, translator):
    bot = world.env.bot
    metrics = Metrics("gateway")
    bot.services.translation.metrics = metrics
    await world.admin.slash(world.channel, "autotranslate on")
    await world.bob.send(world.channel, "Hello everyone, how are you today?")
    deadline = time.monotonic() + 5
    value = metrics.registry.get_sample_value
    while time.monotonic() < deadline and not value(
        "translator_requests_total", {"source": "auto", "outcome": "ok"}
    ):
        await asyncio.sleep(0.02)
    assert value("translator_requests_total", {"source": "auto", "outcome": "ok"}) == 1


def test_a_busy_port_stops_start_up_in_one_line():
    import socket

    from bot.__main__ import StartupError, start_metrics

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        with pytest.raises(StartupError, match=f"BOT_METRICS_PORT={port}: cannot listen"):
            asyncio.run(start_metrics(MetricsServer(Metrics(), port)))
    finally:
        taken.close()
