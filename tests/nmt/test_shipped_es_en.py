"""The Spanish->English model the product ships (models/es-en): it says which
way it translates, keeps names, numbers and markup, reads chat Spanish and
writes English without special tokens."""

import json
import re
from pathlib import Path

import pytest

from nmt import Translator
from nmt.errors import ModelLoadError

MODEL = Path(__file__).resolve().parents[2] / "models" / "es-en"


@pytest.fixture(scope="module")
def translator():
    return Translator.load(MODEL, pair="es-en")


def test_model_directory_says_spanish_to_english_and_is_complete():
    config = json.loads((MODEL / "config.json").read_text())
    assert config["pair"] == "es-en"
    assert (config["experiment"]["data"]["source"], config["experiment"]["data"]["target"]) == (
        "es",
        "en",
    )
    names = {p.name for p in MODEL.iterdir()}
    assert {"model.weights.h5", "spm.model", "metrics.json", "README.md", "ct2"} <= names
    with pytest.raises(ModelLoadError, match="translates es-en, not en-es"):
        Translator.load(MODEL, pair="en-es")


def test_translates_into_english_keeping_names_and_numbers(translator):
    assert translator.info["pair"] == "es-en" and translator.info["engine"] == "ctranslate2"
    out = translator.translate(
        ["Tom compró 3 manzanas.", "Tom fue a Boston a las 2:30.", "¿Dónde está la estación?"]
    )
    assert "Tom" in out[0] and "3" in out[0] and "apple" in out[0].lower()
    assert "Boston" in out[1] and "2:30" in out[1]
    assert out[2].endswith("?") and "station" in out[2].lower()
    for text in out:
        assert not re.search(r"\[UNK\]|<unk>|</?s>|<pad>|⁇|[¿¡]", text)


def test_chat_spanish_and_markup(translator):
    source = "<@284766912351698944> xq no vienes a la partida?? 😭 https://example.com/x"
    out = translator.translate([source])[0]
    assert out.startswith("<@284766912351698944> ")
    assert "😭" in out and "https://example.com/x" in out
    assert "why" in out.lower()
    loud = translator.translate(["NO ME LO PUEDO CREER"])[0]
    assert loud == loud.upper() and "BELIEVE" in loud
