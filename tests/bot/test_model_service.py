"""Model names, loading with a smoke test, and hot reload (bot/translator.py)."""

from __future__ import annotations

import asyncio
import os

import pytest

from bot.errors import InvalidModelName, ModelReloadFailed
from bot.queue import TranslationQueue
from bot.translator import (
    ModelService,
    TranslatorLike,
    available_models,
    describe,
    load_checked,
    resolve_model_dir,
)


def test_fake_satisfies_the_protocol(translator):
    assert isinstance(translator, TranslatorLike)


@pytest.mark.parametrize(
    "name", ["..", ".", "../models", "a/b", "/etc", "", ".hidden", "-x", "x" * 65, "a\\b", "a b"]
)
def test_names_that_are_not_direct_subdirectories_are_rejected(models_root, name):
    with pytest.raises(InvalidModelName):
        resolve_model_dir(models_root, name)


def test_symlink_escaping_the_root_is_rejected(models_root, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, models_root / "sneaky")
    os.symlink(models_root / "en-es", models_root / "alias")

    with pytest.raises(InvalidModelName, match="outside"):
        resolve_model_dir(models_root, "sneaky")
    assert resolve_model_dir(models_root, "alias") == models_root / "alias"
    assert "sneaky" not in available_models(models_root)


def test_missing_model_is_rejected(models_root):
    with pytest.raises(InvalidModelName, match="no model called"):
        resolve_model_dir(models_root, "nope")
    assert resolve_model_dir(models_root, "en-es") == models_root / "en-es"
    assert available_models(models_root) == ["broken", "en-es", "en-es-v2"]


def test_load_checked_wraps_load_errors(models_root, loader):
    with pytest.raises(ModelReloadFailed, match="config.json is missing"):
        load_checked(loader, models_root / "broken")


def test_load_checked_rejects_a_model_that_fails_the_smoke_test(models_root, fakes):
    silent = fakes.FakeTranslator(transform=lambda t: "")
    with pytest.raises(ModelReloadFailed, match="empty test translation"):
        load_checked(fakes.FakeLoader({"en-es": silent}), models_root / "en-es")


def test_describe():
    assert describe({"name": "en-es", "version": "2", "bleu": 30.04, "chrf": None}) == (
        "en-es 2 (test BLEU 30.0, chrF n/a)"
    )


async def test_reload_while_requests_are_queued_drops_nothing(models_root, loader, translator):
    translator.delay = 0.02
    queue = TranslationQueue(translator, max_batch=2, max_wait=0)
    service = ModelService(queue, loader, models_root=models_root, model_dir=models_root / "en-es")
    async with queue:
        tasks = [asyncio.create_task(queue.translate([f"t{i}"])) for i in range(20)]
        info = await service.reload("en-es-v2")
        results = await asyncio.gather(*tasks)

    assert info["name"] == "fake-v2"
    assert service.model_dir == models_root / "en-es-v2"
    assert all(r[0] in (f"ES:t{i}", f"V2:t{i}") for i, r in enumerate(results))


async def test_failed_reload_keeps_the_old_model(models_root, loader, translator):
    queue = TranslationQueue(translator, max_wait=0)
    service = ModelService(queue, loader, models_root=models_root, model_dir=models_root / "en-es")
    async with queue:
        with pytest.raises(ModelReloadFailed):
            await service.reload("broken")
        assert queue.translator is translator
        assert service.model_dir == models_root / "en-es"
        assert await queue.translate(["still here"]) == ["ES:still here"]


def test_adaptive_beam_goes_greedy_only_for_busy_batches():
    from bot.translator import LoadAdaptiveBeam

    class Recorder:
        info = {"name": "r"}

        def __init__(self):
            self.calls = []

        def translate(self, texts, beam_size=None):
            self.calls.append((len(texts), beam_size))
            return list(texts)

    inner = Recorder()
    adaptive = LoadAdaptiveBeam(inner, busy_batch=8)
    adaptive.translate(["a"] * 3)
    adaptive.translate(["a"] * 8)
    assert inner.calls == [(3, None), (8, 1)]
    assert adaptive.info == {"name": "r"}
