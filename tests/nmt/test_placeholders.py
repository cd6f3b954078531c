import random

from nmt.placeholders import (
    augment_pair,
    known_words,
    lowercase_words,
    protect,
    restore,
    shared_spans,
)

KNOWN = known_words(["Tom paid the dollars to me at home."] * 3)


def test_protect_replaces_numbers_and_unknown_words_in_order():
    text, originals = protect("Tom paid 3 dollars to Zyxwv at 10:45.", KNOWN)
    assert text == "Tom paid %1 dollars to #2 at %3."  # numbers have their own mark
    assert originals == ["3", "Zyxwv", "10:45"]


def test_literal_placeholders_in_input_are_protected_too():
    text, originals = protect("Tom paid #2 to me at %3.", KNOWN)
    assert text == "Tom paid #1 to me at #2." and originals == ["#2", "%3"]


def test_restore_puts_originals_back_and_never_loses_one():
    assert restore("Tom pagó %1 dólares a #2 a las %3.", ["3", "Zyxwv", "10:45"]) == (
        "Tom pagó 3 dólares a Zyxwv a las 10:45."
    )
    assert restore("Tom pagó #1 dólares.", ["3", "Zyxwv"]) == "Tom pagó 3 dólares Zyxwv."
    assert restore("Hola #7.", []) == "Hola."  # stray placeholders never reach a user
    assert restore("#1 #1 tomó.", ["xqzt"]) == "xqzt tomó."  # nor repeated ones


def test_round_trip_without_the_model():
    text = "Tom paid 12,500 dollars to Kowalski."
    protected, originals = protect(text, KNOWN)
    assert restore(protected, originals) == text


def test_augmentation_uses_shared_names_and_numbers_only():
    common = lowercase_words(["no way", "come here"] * 3 + ["a typo: tom"])  # rare: not common
    assert shared_spans("No, Tom has 3 cats.", "No, Tom tiene 3 gatos.", common) == ["Tom", "3"]
    en, es = augment_pair("Tom has 3 cats.", "Tom tiene 3 gatos.", random.Random(0), common)
    assert en.replace("has", "tiene").replace("cats", "gatos") == es
    assert "Tom" not in en and "3" not in en and en.count("#") == 1 and en.count("%") == 1
    assert augment_pair("I run.", "Corro.", random.Random(0), common) is None
