"""Model names, loading with a smoke test (bot/translator.py), and hot reload
(bot/model_service.py)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from bot.errors import InvalidModelName, ModelReloadFailed
from bot.model_service import ModelService
from bot.protocols import TranslatorLike
from bot.queue import TranslationQueue
from bot.translator import (
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


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        (lambda t: "", "empty translation"),
        (lambda t: "\x04", "mostly not letters"),  # what NaN weights produce
        (lambda t: "de de de de de de", "repeating loop"),
        (lambda t: "aaaaaaaaaaaa", "repeating loop"),
        (lambda t: "bratwurst kiosk ufo", "chrF"),  # random weights: words, not Spanish
        (lambda t: t, "chrF"),  # an English echo
    ],
)
def test_load_checked_rejects_a_model_that_fails_the_check(models_root, fakes, output, reason):
    broken = fakes.FakeTranslator(transform=output)
    with pytest.raises(ModelReloadFailed, match=reason):
        load_checked(fakes.FakeLoader({"en-es": broken}), models_root / "en-es")


def test_load_checked_accepts_a_plausible_model(models_root, fakes):
    other_wording = {
        "Hello, how are you?": "Hola, ¿qué tal estás?",
        "Thank you very much.": "Muchísimas gracias.",
        "Where is the train station?": "¿Dónde queda la estación del tren?",
    }
    good = fakes.FakeTranslator(transform=other_wording.get)
    assert load_checked(fakes.FakeLoader({"en-es": good}), models_root / "en-es") is good


def test_nan_weights_are_refused_at_load(tmp_path):
    import shutil

    import h5py
    import numpy as np

    from nmt.errors import ModelLoadError
    from nmt.modeldir import load_model_dir

    shipped = Path(__file__).resolve().parents[2] / "models" / "en-es"
    broken = tmp_path / "nan"
    shutil.copytree(shipped, broken)
    with h5py.File(broken / "model.weights.h5", "r+") as f:
        datasets = []

        def collect(name, obj):
            if isinstance(obj, h5py.Dataset):
                datasets.append(obj)

        f.visititems(collect)
        big = max(datasets, key=lambda d: d.size)
        big[...] = np.full(big.shape, np.nan, dtype=big.dtype)
    with pytest.raises(ModelLoadError, match="NaN or infinite"):
        load_model_dir(broken)


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


# ------------------------------------------------------------ directions


def test_a_spanish_model_is_checked_on_spanish_sentences(models_root, fakes):
    from bot.translator import PROBES_ES_EN

    es_en = fakes.FakeTranslator("es-en", pair="es-en")
    assert load_checked(fakes.FakeLoader({"en-es": es_en}), models_root / "en-es", "es-en") is es_en
    assert es_en.texts == list(PROBES_ES_EN)
    echo = fakes.FakeTranslator("echo", pair="es-en", transform=lambda t: t)
    with pytest.raises(ModelReloadFailed, match="chrF"):
        load_checked(fakes.FakeLoader({"en-es": echo}), models_root / "en-es", "es-en")


def test_a_model_reporting_the_other_direction_is_refused(models_root, loader):
    with pytest.raises(ModelReloadFailed, match="translates en-es, not es-en"):
        load_checked(loader, models_root / "en-es", "es-en")


def test_a_real_model_directory_of_the_other_direction_is_refused_before_loading(tmp_path):
    """models/en-es's config.json, turned around, says es-en: refused as en-es
    without reading weights; and the shipped en-es refused as es-en."""
    import json

    from bot.errors import WrongDirection
    from bot.translator import load_nmt_translator

    shipped = Path(__file__).resolve().parents[2] / "models" / "en-es"
    meta = json.loads((shipped / "config.json").read_text())
    meta["experiment"]["data"].update(source="es", target="en")
    turned = tmp_path / "es-en"
    turned.mkdir()
    (turned / "config.json").write_text(json.dumps(meta))
    loaded: list[Path] = []

    def loader(path):
        loaded.append(path)
        return load_nmt_translator(path)

    with pytest.raises(WrongDirection, match="translates es-en, not en-es"):
        load_checked(loader, turned, "en-es")
    with pytest.raises(WrongDirection, match="translates en-es, not es-en"):
        load_checked(loader, shipped, "es-en")
    assert loaded == []


async def test_each_direction_reloads_on_its_own(two_way_root, two_way_loader, translator):
    es_en = two_way_loader.models["es-en"]
    queue = TranslationQueue({"en-es": translator, "es-en": es_en}, max_wait=0)
    en_service = ModelService(
        queue, two_way_loader, models_root=two_way_root, model_dir=two_way_root / "en-es"
    )
    es_service = ModelService(
        queue,
        two_way_loader,
        models_root=two_way_root,
        model_dir=two_way_root / "es-en",
        direction="es-en",
    )
    async with queue:
        info = await es_service.reload("es-en-v2")
        with pytest.raises(ModelReloadFailed, match="translates es-en, not en-es"):
            await en_service.reload("es-en")  # its config.json says es-en
        assert info["name"] == "fake-es-en-v2"
        assert await queue.translate(["hola"], direction="es-en") == ["EN2:hola"]
        assert await queue.translate(["hello"]) == ["ES:hello"]
    assert en_service.info["name"] == "fake-en-es"
    assert es_service.persistence.startswith("chosen with /model reload (es-en-v2)")
