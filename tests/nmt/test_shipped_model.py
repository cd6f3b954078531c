"""The model the product ships (models/en-es): it loads, keeps names and
numbers, never emits special tokens, and handles chat-style input."""

import json
import re
from pathlib import Path

import pytest

from nmt import Translator

MODEL = Path(__file__).resolve().parents[2] / "models" / "en-es"


@pytest.fixture(scope="module")
def translator():
    return Translator.load(MODEL)


def test_model_directory_is_self_contained_and_small():
    names = {p.name for p in MODEL.iterdir()}
    assert {
        "config.json",
        "model.weights.h5",
        "spm.model",
        "spm.vocab",
        "metrics.json",
        "README.md",
    } <= names
    # Keras weights (30.6 MB) and their CTranslate2 copy for serving (ct2/, 30.6 MB).
    assert sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file()) < 80 * 1024 * 1024
    metrics = json.loads((MODEL / "metrics.json").read_text())
    assert metrics["bleu"] > 0 and metrics["chrf"] > 0


def test_names_numbers_and_unknown_words_survive(translator):
    out = translator.translate(
        ["Tom bought 3 apples.", "Tom went to Boston at 2:30.", "My name is Zyxwv."]
    )
    assert "Tom" in out[0] and "3" in out[0]
    assert "Boston" in out[1] and "2:30" in out[1]
    assert "Zyxwv" in out[2]


def test_no_special_tokens_and_real_spanish_punctuation(translator):
    out = translator.translate(
        ["Where is the station?", "It was pretty cool.", "What a beautiful day!", "xqzt ☃ ###"]
    )
    for text in out:
        assert not re.search(r"\[UNK\]|<unk>|</?s>|<pad>|⁇", text)
    assert out[0].startswith("¿") and out[0].endswith("?")


def test_multi_sentence_and_long_input(translator):
    one, two = translator.translate(["I am hungry.", "Where is the station?"])
    both = translator.translate(["I am hungry. Where is the station?"])[0]
    assert both == f"{one} {two}"
    long_text = " ".join(["I like to read books in the evening."] * 30)
    out = translator.translate([long_text])[0]
    assert len(out.split()) > 100  # every sentence translated, nothing silently dropped


def test_beam_width_can_be_set_at_load_and_per_call():
    greedy = Translator.load(MODEL, beam_size=1)
    assert greedy.beam_size == 1 and greedy.decoding.beam_size == 4
    text = ["I think that Tom is right."]
    assert greedy.translate(text) == greedy.translate(text, beam_size=1)
    with pytest.raises(ValueError):
        Translator.load(MODEL, beam_size=-2)


def test_chat_greetings_and_casual_typing(translator):
    # Tatoeba has 6 "Hello" sentences; data/chat/chat.tsv is what fixes these.
    out = translator.translate(
        ["Hello!", "hello everyone", "Thanks for the help!", "Welcome to the server!"]
    )
    assert out == ["¡Hola!", "hola a todos", "¡Gracias por la ayuda!", "¡Bienvenido al servidor!"]


def test_numbers_are_not_treated_like_names(translator):
    # Numbers have their own placeholder mark (%1), so no personal "a" before them.
    out = translator.translate(["Tom bought 3 apples.", "Call me at 8.", "We need 20 players."])
    assert out == ["Tom compró 3 manzanas.", "Llámame a las 8.", "Necesitamos 20 jugadores."]


def test_shipped_ct2_export_matches_the_keras_model():
    sentences = [
        "It was pretty cool.",
        "Where is the train station?",
        "lol the 9pm raid was so good :fire: see u tmrw",
        "Tom bought 3 apples in Boston.",
        "**Important:** the meeting is at noon",
    ]
    keras_side = Translator.load(MODEL, engine="torch", precision="float32")
    ct2_side = Translator.load(MODEL, engine="ct2", precision="float32")
    assert ct2_side.translate(sentences, beam_size=1) == keras_side.translate(
        sentences, beam_size=1
    )


CHAT = [
    "lol <@284766912351698944> the 9pm raid was so good :fire: see u tmrw",
    "WHY IS THE SERVER DOWN AGAIN 😭",
    "run `git pull --rebase` then check https://github.com/example/project/issues/42 pls",
    "**Important:** the meeting moved to <t:1767225600:F> in <#901234567890123456>",
    "does anyone speak french? i need help with a letter",
    "It was 50% off! I typed #3 and %1 by mistake <:pepega:817263544019468288>",
    "> quote this\n- first item\n```py\nprint('hello world')\n```\nthanks everyone",
]


def test_chat_messages_keep_every_markup_exactly_and_leak_no_mark(translator):
    from nmt.message import MARKUP

    for text, out in zip(CHAT, translator.translate(CHAT), strict=True):
        for m in MARKUP.finditer(text):
            assert m.group() in out, (text, out)
        assert set(re.findall(r"[#%]\d+", out)) <= set(re.findall(r"[#%]\d+", text)), out
    out = translator.translate(CHAT)
    assert out[1] == out[1].upper() and out[1].endswith("😭")  # shouting answered in capitals
    assert out[3].startswith("**") and out[3].count("**") == 2  # markers around the words
    assert "```py\nprint('hello world')\n```" in out[6]  # code never translated
    assert out[6].startswith("> ") and "\n- " in out[6]
    assert "50%" in out[5]


def test_chat_spelling_and_gaming_words_get_real_spanish(translator):
    out = translator.translate(["idk if im gonna make it tonight", "thanks for the help guys!"])
    assert "no sé" in out[0].lower()
    assert "gracias" in out[1].lower()
