"""Both directions: a Spanish->English model is trained, saved and served by the
same code as the English->Spanish one, and a model directory says which way it
translates."""

import json
import random
import subprocess
import sys

import pytest

from nmt.chat import normalize_chat, unshout
from nmt.config import ExperimentConfig
from nmt.data import oriented, read_references, split_grouped
from nmt.errors import ConfigError, ModelLoadError
from nmt.message import plan, plan_pair
from nmt.noise import add_noise
from nmt.train import Trainer
from nmt.translate import Translator, check_pair, model_pair

from .test_end_to_end import TOY

pytestmark = pytest.mark.filterwarnings("ignore")


def test_config_names_the_direction_and_refuses_nonsense():
    assert ExperimentConfig.from_dict({}).pair == "en-es"
    assert ExperimentConfig.from_dict({"data": {"source": "es", "target": "en"}}).pair == "es-en"
    with pytest.raises(ConfigError, match="data.source and data.target are both"):
        ExperimentConfig.from_dict({"data": {"source": "es", "target": "es"}})
    with pytest.raises(ConfigError, match="data.target must be one of en, es"):
        ExperimentConfig.from_dict({"data": {"target": "fr"}})


def test_spanish_source_pairs_are_split_by_spanish_sentence():
    pairs = [("Go.", "Vete."), ("Go!", "Vete."), ("Go.", "Ve."), ("Hi.", "Hola.")] * 3
    es_en = oriented(pairs, "es")
    assert es_en[0] == ("Vete.", "Go.")
    split = split_grouped(es_en + [(f"Frase {i}.", f"Sentence {i}.") for i in range(9)], 2, 3, 1)
    for part in (split.valid, split.test):
        for src, _ in part:
            assert all(src != s for s, _ in split.train)


def test_heldout_sets_are_read_either_way(tmp_path):
    (tmp_path / "dev.es").write_text("hola\nq tal\n", encoding="utf-8")
    (tmp_path / "dev.en.a").write_text("hi\nwhat's up\n", encoding="utf-8")
    (tmp_path / "dev.en.b").write_text("hello\nhow's it going\n", encoding="utf-8")
    sources, refs = read_references(tmp_path / "dev", "es", "en")
    assert sources == ["hola", "q tal"] and refs[1] == ["what's up", "how's it going"]


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("xq no vienes? toy solo", "por qué no vienes? estoy solo"),
        ("q haces x aqui", "que haces por aqui"),
        ("nose d q hablas", "no sé de que hablas"),
        ("tb me gusta, grax", "también me gusta, gracias"),
        ("Q tal", "Que tal"),
        ("XQ", "XQ"),  # capitals: an acronym, left alone
    ],
)
def test_spanish_chat_spelling_is_normalised(typed, standard):
    assert normalize_chat(typed, "es") == standard


def test_english_rules_stay_off_spanish_and_the_reverse():
    assert normalize_chat("u r right", "es") == "u r right"
    assert normalize_chat("q pasa", "en") == "q pasa"
    assert unshout("Y SI VOY YO", "es") == "Y si voy yo"
    assert unshout("WHAT DO I DO") == "What do I do"


def test_spanish_noise_drops_accents_and_inverted_marks_but_never_touches_markup():
    rng = random.Random(0)
    text = "¿Por qué no vienes también? <@123456789012345678> 😂 `cómo_está()`"
    seen = {add_noise(text, rng, lang="es") for _ in range(200)}
    assert any("¿" not in s for s in seen) and any("tambien" in s for s in seen)
    assert any("xq" in s.lower() or "tb" in s.lower() for s in seen)
    assert all("<@123456789012345678>" in s and "`cómo_está()`" in s for s in seen)
    again = random.Random(0)
    assert add_noise(text, again, lang="es") == add_noise(text, random.Random(0), lang="es")


def test_message_path_prepares_spanish_like_training_does():
    [sentence] = plan("toy listo xq ya llegue <@123456789012345678>", lang="es").sentences
    assert sentence.source == "estoy listo porque ya llegue"
    pairs = plan_pair("YA ESTOY AQUÍ", "I'M HERE NOW", None, lang="es")
    assert pairs == [("Ya estoy aquí", "I'm here now")]


@pytest.fixture(scope="module")
def es_en(tmp_path_factory):
    root = tmp_path_factory.mktemp("toy-es-en")
    data = root / "toy.txt"
    data.write_text("".join(f"{en}\t{es}\n" for en, es in TOY), encoding="utf-8")
    config = ExperimentConfig.from_dict(
        {
            "name": "toy-es-en",
            "model": {"d_model": 64, "num_heads": 4, "ff_dim": 128, "encoder_layers": 1,
                      "decoder_layers": 1, "dropout": 0.0},
            "tokenizer": {"vocab_size": 400},
            "data": {"source": "es", "target": "en", "path": str(data), "valid_groups": 2,
                     "test_groups": 2, "split_seed": 3},
            "train": {"batch_tokens": 100, "epochs": 100, "learning_rate": 0.005,
                      "warmup_steps": 30, "label_smoothing": 0.0, "eval_every_epochs": 50,
                      "eval_sentences": 2, "patience": 100, "average_last": 1, "bf16": False},
            "decoding": {"beam_size": 2},
        }
    )  # fmt: skip
    trainer = Trainer(config, root / "run")
    return trainer.fit(), trainer


def test_a_spanish_to_english_model_translates_spanish(es_en):
    final, trainer = es_en
    assert model_pair(final) == "es-en"
    translator = Translator.load(final, pair="es-en")
    assert translator.info["pair"] == "es-en" and translator.source == "es"
    sources = [es for es, _ in trainer.split.train]
    assert all(s in {es for _, es in TOY} for s in sources)
    assert translator.translate(sources, beam_size=1) == [en for _, en in trainer.split.train]
    saved = json.loads((final / "config.json").read_text())["experiment"]["data"]
    assert (saved["source"], saved["target"]) == ("es", "en")


def test_loading_the_wrong_direction_is_a_clear_error(es_en):
    final, _ = es_en
    with pytest.raises(ModelLoadError, match="translates es-en, not en-es"):
        Translator.load(final, pair="en-es")
    with pytest.raises(ModelLoadError, match="translates es-en, not en-es"):
        check_pair(final, "en-es")
    with pytest.raises(ValueError):
        check_pair(final, "fr-en")


def test_cli_translates_with_a_spanish_model(es_en):
    final, trainer = es_en
    es, en = trainer.split.train[0]
    result = subprocess.run(
        [sys.executable, "-m", "nmt", "translate", "--model", str(final), es],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert result.stdout.strip() == en


def test_shipped_models_say_which_way_they_translate():
    assert model_pair("models/en-es") == "en-es"


def test_english_output_is_standard_english_not_chat_spelling(es_en, monkeypatch):
    final, _ = es_en
    translator = Translator.load(final)
    monkeypatch.setattr(
        translator, "decode", lambda s, b=None, a=False: ["idk u dont know"] * len(s)
    )
    assert translator.translate(["no sé"]) == ["I don't know you don't know"]
