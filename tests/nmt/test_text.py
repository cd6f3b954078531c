import pytest

from nmt.data import read_pairs
from nmt.errors import ModelLoadError
from nmt.text import (
    BOS,
    EOS,
    PAD,
    UNK,
    SeedWordCodec,
    SentencePieceCodec,
    chunk_words,
    seed_standardize,
)


@pytest.fixture(scope="module")
def spm_codec():
    pairs = read_pairs("data/spa-eng/spa.txt")[::40]  # ~2,900 pairs shipped with the project
    texts = [en for en, _ in pairs] + [es for _, es in pairs]
    return SentencePieceCodec.train(texts, vocab_size=1000, seed=1)


@pytest.mark.parametrize(
    "text",
    [
        "¿Dónde está Tom?",
        "¡Qué bien! Mañana, a las 2:30, en Boston.",
        "Zyxwv bought 3 apples for $12.50 — naïve café ☃",
        "ÁÉÍÓÚ Ññ Üü «comillas»",
    ],
)
def test_sentencepiece_round_trip_keeps_everything(spm_codec, text):
    ids = spm_codec.encode_target([text])[0]
    assert UNK not in ids  # byte fallback: no input becomes unknown
    assert spm_codec.decode_target([ids]) == [text]


def test_source_ends_with_eos_and_specials_are_fixed(spm_codec):
    assert spm_codec.encode_source(["Hi."])[0][-1] == EOS
    assert (PAD, UNK, BOS, EOS) == (0, 1, 2, 3)
    assert PAD in spm_codec.banned_output_ids and BOS in spm_codec.banned_output_ids


def test_sentencepiece_save_load(tmp_path, spm_codec):
    spm_codec.save(tmp_path)
    assert (tmp_path / "spm.vocab").read_text(encoding="utf-8").startswith("<pad>")
    loaded = SentencePieceCodec.load(tmp_path)
    assert loaded.encode_source(["Tom is here."]) == spm_codec.encode_source(["Tom is here."])
    (tmp_path / "spm.model").write_bytes(b"garbage")
    with pytest.raises(ModelLoadError, match="spm.model"):
        SentencePieceCodec.load(tmp_path)


def test_seed_codec_mirrors_text_vectorization(tmp_path):
    assert seed_standardize("¿Qué tal, Tom?") == "qué tal tom"
    codec = SeedWordCodec.train([("It was cool.", "Era genial."), ("Go!", "¡Vete!")], vocab_size=20)
    assert codec.target_vocab[:2] == ["", "[UNK]"]
    ids = codec.encode_target(["Era desconocido"])[0]
    assert codec.decode_target([ids]) == ["era [UNK]"]
    codec.save(tmp_path)
    assert SeedWordCodec.load(tmp_path).target_vocab == codec.target_vocab
    (tmp_path / "vocab.json").write_text("{}")
    with pytest.raises(ModelLoadError, match="vocab.json"):
        SeedWordCodec.load(tmp_path)


def test_chunk_words_never_drops_words():
    sentence = " ".join(f"w{i}," if i % 7 == 6 else f"w{i}" for i in range(95))
    chunks = chunk_words(sentence, 20)
    assert " ".join(chunks) == sentence
    assert all(len(c.split()) <= 20 for c in chunks)
