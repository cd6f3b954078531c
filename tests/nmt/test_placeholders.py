import random

from nmt.placeholders import (
    augment_pair,
    known_words,
    lowercase_words,
    shared_spans,
)

KNOWN = known_words(["Tom paid the dollars to me at home."] * 3)


def test_augmentation_uses_shared_names_and_numbers_only():
    common = lowercase_words(["no way", "come here"] * 3 + ["a typo: tom"])  # rare: not common
    assert shared_spans("No, Tom has 3 cats.", "No, Tom tiene 3 gatos.", common) == ["Tom", "3"]
    en, es = augment_pair("Tom has 3 cats.", "Tom tiene 3 gatos.", random.Random(0), common)
    assert en.replace("has", "tiene").replace("cats", "gatos") == es
    assert "Tom" not in en and "3" not in en and en.count("#") == 1 and en.count("%") == 1
    assert augment_pair("I run.", "Corro.", random.Random(0), common) is None
