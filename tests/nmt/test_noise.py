"""Training noise (nmt.noise): seeded, markup-safe, and undone by the message path."""

import random

from nmt.chat import normalize_chat
from nmt.noise import NoiseConfig, add_noise, typo

TEXT = "I don't know, you're right. Check <@123> and `Git Pull` please, https://X.io/Docs!"


def test_same_seed_same_noise_and_different_seeds_differ():
    a = [add_noise(TEXT, random.Random(seed)) for seed in range(20)]
    b = [add_noise(TEXT, random.Random(seed)) for seed in range(20)]
    assert a == b
    assert len(set(a)) > 10


def test_markup_is_never_touched():
    for seed in range(200):
        out = add_noise(TEXT, random.Random(seed))
        assert "<@123>" in out and "`Git Pull`" in out and "https://X.io/Docs" in out


def test_each_kind_of_noise_happens():
    outs = [add_noise(TEXT, random.Random(seed)) for seed in range(300)]
    assert any(o.startswith("i ") for o in outs)  # lower-cased
    assert any("dont" in o or "idk" in o for o in outs)  # apostrophes, abbreviations
    assert any(o.startswith("I DON") for o in outs)  # shouting
    assert any(not o.endswith("!") for o in outs)  # final punctuation dropped
    assert any(" u " in f" {o} " or "ur " in o or "pls" in o for o in outs)


def test_no_noise_when_every_probability_is_zero():
    cfg = NoiseConfig(0, 0, 0, 0, 0, 0)
    assert add_noise(TEXT, random.Random(1), cfg) == TEXT


def test_typo_changes_one_letter_and_keeps_the_ends():
    rng = random.Random(4)
    for _ in range(50):
        out = typo("definitely", rng)
        assert out[0] == "d" and abs(len(out) - 10) <= 1


def test_chat_spelling_is_normalised_back():
    assert normalize_chat("idk if u can come tmrw, pls dont be late") == (
        "I don't know if you can come tomorrow, please don't be late"
    )
    assert normalize_chat("IDK") == "I DON'T KNOW"
    assert normalize_chat("The U.S. and U-turns") == "The U.S. and U-turns"
    assert normalize_chat("its ill and well") == "its ill and well"  # real words stay
