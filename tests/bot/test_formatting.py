from __future__ import annotations

import pytest

from bot.errors import EmptyInput, InputTooLong, NothingToTranslate
from bot.formatting import check_input, check_words, protected_free, split_message


@pytest.mark.parametrize("text", ["", " ", "\n\t  "])
def test_empty_input(text):
    with pytest.raises(EmptyInput):
        check_input(text)


def test_too_long_input_names_length_and_limit():
    with pytest.raises(InputTooLong, match="1,501 characters long; the limit is 1,500"):
        check_input("a" * 1501)
    assert check_input("a" * 1500) == "a" * 1500


@pytest.mark.parametrize(
    "text", ["<@1> https://example.com 123 !!", "😂😂 :fire:", "```py\nx = 1\n```"]
)
def test_only_markup_is_nothing_to_translate(text):
    with pytest.raises(NothingToTranslate):
        check_words(text)


def test_words_pass_the_check():
    assert check_words("<@1> thanks!") == "<@1> thanks!"


def test_protected_free_drops_markup_for_language_guessing():
    assert protected_free("hola <@1> `code here` https://x.com 😂").split() == ["hola"]


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


def test_split_inside_a_code_block_closes_and_reopens_the_fence():
    code = "\n".join(f"print({i})  # line {i}" for i in range(300))
    text = f"Here is the script:\n```python\n{code}\n```\nDone."
    chunks = split_message(text)
    assert len(chunks) >= 3 and all(len(c) <= 2000 for c in chunks)
    for chunk in chunks:
        assert chunk.count("```") % 2 == 0  # every part renders on its own
    assert all(c.startswith("```python\n") for c in chunks[1:])
    restored = "\n".join(chunks).replace("\n```\n```python\n", "\n")
    assert restored == text


def test_inline_code_is_never_cut():
    text = "word " * 390 + "`" + "x y " * 20 + "` end"
    chunks = split_message(text)
    assert all(c.count("`") % 2 == 0 for c in chunks)
    assert " ".join(chunks) == text
