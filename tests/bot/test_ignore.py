"""Which messages look like another bot's command."""

from __future__ import annotations

import pytest

from bot.guild_config import DEFAULT_PREFIXES
from bot.ignore import command_prefix


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("!play despacito", "!"),
        (";;play despacito", ";;"),
        ("  .help", "."),
        ("?rank", "?"),
        ("$balance", "$"),
        (">help", ">"),
        ("-skip", "-"),
    ],
)
def test_commands_of_other_bots_are_recognised(text, prefix):
    assert command_prefix(text, DEFAULT_PREFIXES) == prefix


@pytest.mark.parametrize(
    "text",
    ["...anyway I agree", "> quoted text", "- a list item", "+1 agreed", "$5 is cheap", "!!!", ""],
)
def test_chat_that_starts_with_a_symbol_is_not_a_command(text):
    assert command_prefix(text, DEFAULT_PREFIXES) is None


def test_a_word_prefix_needs_a_space_and_ignores_case():
    assert command_prefix("PLS meme", ["pls"]) == "pls"
    assert command_prefix("please help me", ["pls"]) is None
    assert command_prefix("!play", []) is None
