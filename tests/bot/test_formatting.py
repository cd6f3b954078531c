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
        "@everyone",
        "@here",
        "#7",  # a literal "#7" the user typed is not mistaken for a placeholder
        "%7",  # nor "%7" (numbers' placeholders look like that)
    ],
)
def test_inline_markup_becomes_a_placeholder_and_comes_back_in_place(markup):
    p = plan(f"Hello {markup} world")

    assert p.sources == ["Hello #1 world"]  # the sentence is translated whole
    assert markup not in p.sources[0] or markup == "#1"
    assert p.fill(["Hola #1 mundo"]) == f"Hola {markup} mundo"


def test_code_blocks_stay_out_of_the_model():
    p = plan("Hello\n```py\nprint('hi')\n```\nworld")
    assert p.sources == ["Hello", "world"]
    assert p.fill(["Hola", "mundo"]) == "Hola\n```py\nprint('hi')\n```\nmundo"


def test_markup_the_model_dropped_is_appended_never_lost():
    p = plan("Ask <@42> now.")
    assert p.fill(["Pregunta ahora."]) == "Pregunta ahora <@42>."


def test_more_markup_than_placeholders_falls_back_to_fragments():
    text = " and ".join(f"<@{i}>" for i in range(12)) + " are here"
    p = plan(text)
    assert "#1" not in "".join(p.sources)
    assert p.fill(["y"] * 11 + ["están aquí"]).startswith("<@0> y <@1> y")


def test_url_keeps_trailing_punctuation_outside():
    p = plan("Read https://example.com/docs.")
    assert p.sources == ["Read #1."]
    assert p.fill(["Lee #1."]) == "Lee https://example.com/docs."


def test_lines_and_surrounding_whitespace_are_kept():
    p = plan("  Good morning!\n\nHow are you?\n")
    assert p.sources == ["Good morning!", "How are you?"]
    assert p.fill(["¡Buenos días!", "¿Cómo estás?"]) == "  ¡Buenos días!\n\n¿Cómo estás?\n"


def test_reassembly_in_order_with_many_segments():
    text = "<@1> one <#2> two <t:3:R> three"
    p = plan(text)
    assert p.sources == ["#1 one #2 two #3 three"]
    assert p.fill(["#1 uno #2 dos #3 tres"]) == "<@1> uno <#2> dos <t:3:R> tres"


def test_fill_rejects_wrong_count():
    with pytest.raises(ValueError):
        plan("a b <@1> c").fill(["x", "y"])


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
