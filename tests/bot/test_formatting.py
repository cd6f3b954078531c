from __future__ import annotations

import pytest

from bot.errors import EmptyInput, InputTooLong, NothingToTranslate
from bot.formatting import check_input, plan, plan_or_raise, split_message


@pytest.mark.parametrize("text", ["", " ", "\n\t  "])
def test_empty_input(text):
    with pytest.raises(EmptyInput):
        check_input(text)


def test_too_long_input_names_length_and_limit():
    with pytest.raises(InputTooLong, match="1,501 characters long; the limit is 1,500"):
        check_input("a" * 1501)
    assert check_input("a" * 1500) == "a" * 1500


@pytest.mark.parametrize(
    "markup",
    [
        "<@123>",
        "<@!123>",
        "<@&456>",
        "<#789>",
        "<:party:111>",
        "<a:dance:222>",
        "<t:1700000000:R>",
        "<t:1700000000>",
        "</translate:333>",
        "https://example.com/path?q=1",
        "<https://example.com>",
        "`inline code`",
        "```py\nprint('hi')\n```",
        "@everyone",
        "@here",
    ],
)
def test_markup_is_protected_and_kept_in_place(markup):
    text = f"Hello {markup} world"
    p = plan(text)

    assert p.sources == ["Hello", "world"]
    assert p.fill(["Hola", "mundo"]) == f"Hola {markup} mundo"


def test_url_keeps_trailing_punctuation_outside():
    p = plan("Read https://example.com/docs.")
    assert p.sources == ["Read"]
    assert p.fill(["Lee"]) == "Lee https://example.com/docs."


def test_lines_and_surrounding_whitespace_are_kept():
    p = plan("  Good morning!\n\nHow are you?\n")
    assert p.sources == ["Good morning!", "How are you?"]
    assert p.fill(["¡Buenos días!", "¿Cómo estás?"]) == "  ¡Buenos días!\n\n¿Cómo estás?\n"


def test_reassembly_in_order_with_many_segments():
    text = "<@1> one <#2> two <t:3:R> three"
    p = plan(text)
    assert p.sources == ["one", "two", "three"]
    assert p.fill(["uno", "dos", "tres"]) == "<@1> uno <#2> dos <t:3:R> tres"


def test_fill_rejects_wrong_count():
    with pytest.raises(ValueError):
        plan("a b <@1> c").fill(["x"])


def test_only_markup_is_nothing_to_translate():
    with pytest.raises(NothingToTranslate):
        plan_or_raise("<@1> https://example.com 123 !!")


def test_split_message_short_text_unchanged():
    assert split_message("hola") == ["hola"]


def test_split_message_prefers_line_breaks_then_words():
    text = "a" * 1500 + "\n" + "b" * 1500
    assert split_message(text) == ["a" * 1500, "b" * 1500]

    words = " ".join(["palabra"] * 600)
    chunks = split_message(words)
    assert all(len(c) <= 2000 for c in chunks)
    assert " ".join(chunks) == words


def test_split_message_hard_splits_a_giant_word_without_losing_text():
    text = "x" * 4500
    chunks = split_message(text)
    assert [len(c) for c in chunks] == [2000, 2000, 500]
    assert "".join(chunks) == text
