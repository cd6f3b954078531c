from __future__ import annotations

import asyncio
import threading

import pytest

from bot.cooldown import Cooldown
from bot.errors import (
    AlreadySpanish,
    DirectionUnavailable,
    EmptyInput,
    NotEnglish,
    NothingToTranslate,
    OnCooldown,
    QueueFull,
)
from bot.queue import TranslationQueue
from bot.service import TranslationService


async def test_markup_never_reaches_the_model_and_one_batch_per_message(translator, fakes):
    queue = TranslationQueue(translator, max_wait=0)
    service = TranslationService(queue)
    async with queue:
        out = await service.translate(1, "Hi <@42>, read `code` at https://x.io please")

    assert translator.batches == [["Hi <@42>, read `code` at https://x.io please"]]
    assert translator.sources == ["Hi #1, read #2 at #3 please"]
    assert out == "ES:Hi <@42>, read `code` at https://x.io please"


async def test_invalid_code_points_are_cleaned_before_queueing(translator):
    queue = TranslationQueue(translator, max_wait=0)
    service = TranslationService(queue)
    async with queue:
        out = await service.translate(1, "Hello\ud800 there\x00")

    assert translator.batches == [["Hello there"]]
    assert out == "ES:Hello there"


async def test_refusals_happen_before_queueing_and_do_not_cost_cooldown(translator, fakes):
    clock = fakes.FakeClock()
    queue = TranslationQueue(translator, max_size=1, max_wait=0)
    service = TranslationService(queue, Cooldown(2, 30.0, clock=clock))
    async with queue:
        for text, to, error in (
            ("  ", None, EmptyInput),
            ("Hola, ¿qué tal?", None, DirectionUnavailable),  # no Spanish → English model
            ("Hola, ¿qué tal?", "es", AlreadySpanish),
            ("Ich bin heute sehr müde", None, NotEnglish),
        ):
            with pytest.raises(error):
                service.submit(1, text, to=to)
        with pytest.raises(NothingToTranslate):
            service.submit(1, "<@1> <#2>")
        queue.close()  # stop the worker taking anything: the next submit finds it closed
    assert translator.batches == []
    assert service.cooldown.retry_after(1) == 0


async def test_queue_full_does_not_use_up_the_cooldown(translator, fakes):
    translator.gate = threading.Event()
    queue = TranslationQueue(translator, max_size=1, max_wait=0)
    service = TranslationService(queue, Cooldown(1, 30.0, clock=fakes.FakeClock()))
    async with queue:
        running = queue.submit(["busy"])
        while not translator.batches:  # the worker took it and is blocked in the model
            await asyncio.sleep(0.001)
        waiting = queue.submit(["busier"])
        with pytest.raises(QueueFull):
            service.submit(7, "Hello there")
        assert service.cooldown.retry_after(7) == 0

        translator.gate.set()
        await running.result(), await waiting.result()
        assert await service.submit(7, "Hello there").result() == "ES:Hello there"
        with pytest.raises(OnCooldown):
            service.submit(7, "Hello again")
