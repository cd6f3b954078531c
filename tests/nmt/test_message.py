"""The message path (nmt.message): exact outputs with a stand-in model.

The stand-in "model" upper-cases what it is given, so every test shows exactly
which text reached the model and exactly what the user gets back.
"""

import re

import pytest

from nmt.chat import sanitize, split_sentences
from nmt.message import MAX_SLOTS, Span, plan, plan_pair, restore, translate_messages

KNOWN = {
    "hello", "world", "the", "meeting", "is", "at", "noon", "important", "answer", "hidden",
    "i", "really", "like", "it", "can", "you", "help", "was", "off", "why", "server", "down",
    "again", "does", "anyone", "speak", "french", "need", "with", "a", "letter", "mr", "smith",
    "arrived", "he", "late", "see", "tomorrow", "good", "game", "run", "then", "ok", "typed",
    "and", "here", "raid", "so", "lol", "reward", "crash", "thanks", "check", "please", "my",
    "name", "this", "read", "first", "wait", "what", "no", "way", "great", "team", "won", "for",
    "heading", "one", "item", "quote", "small", "print", "all", "dollars", "e.g",
    "ask", "now", "or", "me", "don't", "know", "if", "right", "p.m", "p", "m", "e", "g", "to",
    "friend",
}  # fmt: skip


def model(sources):
    return [s.upper() for s in sources]


def tr(text, known=KNOWN):
    seen = []

    def decode(sources):
        seen.extend(sources)
        return model(sources)

    [out] = translate_messages([text], known, decode)
    return out, seen


@pytest.mark.parametrize(
    "markup",
    [
        "<@123456789012345678>",
        "<@!123>",
        "<@&456>",
        "<#789>",
        "<:party:111>",
        "<a:dance:222>",
        "<t:1700000000:R>",
        "</translate:333>",
        "https://example.com/path?q=1",
        "<https://example.com>",
        "`inline code`",
        "``a `tick` inside``",
        "@everyone",
        ":fire:",
        "😂",
        "👍🏽",
        "🇪🇸",
        "👨‍👩‍👧",
        "#7",  # typed by the user: not one of our marks
        "%1",
        "\ue001",
    ],
)
def test_markup_inside_a_sentence_is_a_mark_and_comes_back_exactly(markup):
    out, seen = tr(f"hello {markup} world")
    assert seen == ["hello #1 world"]
    assert out == f"HELLO {markup} WORLD"


def test_markup_at_the_edges_stays_outside_the_model():
    out, seen = tr("<@42> can you help 😂😂")
    assert seen == ["can you help"]
    assert out == "<@42> CAN YOU HELP 😂😂"


def test_code_is_never_translated():
    out, seen = tr("run `git pull --rebase` then\n```py\nprint('hello world')\n```\nok")
    assert seen == ["run #1 then", "ok"]
    assert out == "RUN `git pull --rebase` THEN\n```py\nprint('hello world')\n```\nOK"


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("**Important:** the meeting is at noon", "#1 Important: #2 the meeting is at noon",
         "**IMPORTANT:** THE MEETING IS AT NOON"),
        ("The answer is ||hidden||.", "The answer is #1 hidden #2.", "THE ANSWER IS ||HIDDEN||."),
        ("I *really* like it", "I #1 really #2 like it", "I *REALLY* LIKE IT"),
        ("~~hello~~ world", "#1 hello #2 world", "~~HELLO~~ WORLD"),
        ("__hello__", "hello", "__HELLO__"),
        ("||the answer is hidden||", "the answer is hidden", "||THE ANSWER IS HIDDEN||"),
    ],
)  # fmt: skip
def test_markdown_markers_come_back_around_the_translated_words(text, source, expected):
    out, seen = tr(text)
    assert seen == [source]
    assert out == expected


def test_markers_the_model_misplaces_are_dropped_in_pairs():
    slots = [Span("**", "open"), Span("**", "close")]
    assert restore("#2 importante #1 la reunión", slots) == "importante la reunión"
    assert restore("#1 importante la reunión", slots) == "importante la reunión"
    assert restore("#1 importante #2 la reunión", slots) == "**importante** la reunión"


@pytest.mark.parametrize(
    "text",
    ["> quote this", "- item one", "1. first item", "# Heading here", "-# small print", ">>> all"],
)
def test_line_markers_stay_and_the_words_are_translated(text):
    out, seen = tr(text)
    marker = re.match(r"(>>> |> |- |1\. |# |-# )", text).group()
    assert seen == [text[len(marker) :]]
    assert out == marker + text[len(marker) :].upper()


def test_layout_and_white_space_are_kept():
    out, seen = tr("  hello!\n\nsee you tomorrow\n")
    assert seen == ["hello!", "see you tomorrow"]
    assert out == "HELLO!\n\nSEE YOU TOMORROW"


def test_user_text_that_looks_like_marks_stays_as_typed():
    out, seen = tr("I typed #3 and %1 and 50% here")
    assert seen == ["I typed #1 and #2 and %3 here"]
    assert out == "I TYPED #3 AND %1 AND 50% HERE"


@pytest.mark.parametrize("invented", ["#4", "%9", "#1 #1", "%1"])
def test_no_mark_reaches_the_user_whatever_the_model_writes(invented):
    [out] = translate_messages(["hello <@1> world"], KNOWN, lambda s: [f"hola #1 {invented} mundo"])
    assert out == "hola <@1> mundo"
    [out] = translate_messages(["hello world"], KNOWN, lambda s: [f"hola {invented} mundo"])
    assert not re.search(r"[#%]\d", out)


def test_markup_the_model_dropped_is_added_never_lost():
    [out] = translate_messages(["ask <@42> now."], KNOWN, lambda s: ["pregunta ahora."])
    assert out == "pregunta ahora <@42>."


def test_numbers_times_and_percentages_are_copied_whole():
    out, seen = tr("It was 50% off! The raid is at 9pm, 10:30 or 2.5h")
    assert seen == ["It was %1 off!", "The raid is at %1, %2 or %3"]
    assert out == "IT WAS 50% OFF! THE RAID IS AT 9pm, 10:30 OR 2.5h"


def test_names_and_identifiers_are_copied_but_inflections_are_translated():
    out, seen = tr("Rewards crash for Kowalski and xXSniperXx")
    assert seen == ["Rewards crash for #1 and #2"]
    assert out == "REWARDS CRASH FOR Kowalski AND xXSniperXx"
    out, seen = tr("crashes for jellyfin and dns")  # lower-case names are names too
    assert seen == ["crashes for #1 and #2"]
    assert out == "CRASHES FOR jellyfin AND dns"


def test_typos_of_known_words_are_corrected_not_copied():
    out, seen = tr("thanks my freind, teh game was graet")
    assert seen == ["thanks my friend, the game was great"]


def test_all_caps_is_translated_as_ordinary_text_and_comes_back_in_capitals():
    out, seen = tr("WHY IS THE SERVER DOWN AGAIN <@1>")
    assert seen == ["Why is the server down again"]
    [out] = translate_messages(
        ["WHY IS THE SERVER DOWN AGAIN <@1> https://X.io"],
        KNOWN,
        lambda s: ["¿por qué se cayó el servidor otra vez"],
    )
    assert out == "¿POR QUÉ SE CAYÓ EL SERVIDOR OTRA VEZ <@1> https://X.io"


def test_chat_spelling_reaches_the_model_as_standard_english():
    out, seen = tr("idk if u can help rn, pls check")
    assert seen == ["I don't know if you can help right now, please check"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("does anyone speak french? i need help with a letter",
         ["does anyone speak french?", "I need help with a letter"]),
        ("Mr. Smith arrived at 5 p.m. He was late.",
         ["Mr. Smith arrived at %1 p.m.", "He was late."]),
        ("wait... what?! no way", ["wait... what?!", "no way"]),
        ("it was 2.50 dollars. ok", ["it was %1 dollars.", "ok"]),
        ("great game! 🔥 see you tomorrow", ["great game!", "see you tomorrow"]),
        ("e.g. this one. thanks", ["e.g. this one.", "thanks"]),
    ],
)  # fmt: skip
def test_sentences_are_split_for_chat(text, sentences):
    assert tr(text)[1] == sentences


def test_long_messages_lose_nothing():
    text = " ".join(["hello world, this is a good game"] * 25) + "."
    out, seen = tr(text)
    assert len(seen) >= 3 and all(len(s.split()) <= 60 for s in seen)
    assert out.split() == text.upper().split()


def test_too_much_markup_for_the_marks_translates_the_words_between():
    text = " ".join(f"<@{i}>" for i in range(MAX_SLOTS + 3)) + " thanks for the help"
    out, seen = tr(text)
    assert all("#" not in s for s in seen)
    assert out == " ".join(f"<@{i}>" for i in range(MAX_SLOTS + 3)) + " THANKS FOR THE HELP"


def test_only_markup_goes_nowhere_near_the_model():
    out, seen = tr("<@1> 😂 https://x.io `x`")
    assert seen == [] and out == "<@1> 😂 https://x.io `x`"
    assert plan("").sources == [] and plan("12 34 !!").sources == []


def test_invalid_code_points_are_removed():
    out, seen = tr("hello\ud800 world\x00")
    assert seen == ["hello world"] and out == "HELLO WORLD"


def test_training_pairs_are_prepared_like_messages():
    pairs = plan_pair(
        "lol <@1> the raid at 9pm was **so** good 🔥",
        "jaja <@1> la raid a las 9 pm fue **muy** buena 🔥",
        KNOWN,
    )
    assert pairs == [
        ("lol #1 the raid at %4 was #2 so #3 good", "jaja #1 la raid a las %4 fue #2 muy #3 buena")
    ]
    assert plan("lol <@1> the raid at 9pm was **so** good 🔥", KNOWN).sources == [pairs[0][0]]


def test_training_pairs_split_into_sentences_when_both_sides_agree():
    pairs = plan_pair("hello world. see you tomorrow", "hola mundo. nos vemos mañana", KNOWN)
    assert pairs == [("hello world.", "hola mundo."), ("see you tomorrow", "nos vemos mañana")]


def test_training_pairs_with_lost_markup_are_left_out():
    assert plan_pair("hello <@1> world", "hola mundo", KNOWN) == []
    assert plan_pair("it was 3 days", "fueron tres días", KNOWN) == []


def test_sentence_splitter_on_its_own():
    assert split_sentences("The U.S. team won. Great") == ["The U.S. team won.", "Great"]
    assert split_sentences("see you at 5 p.m. sharp") == ["see you at 5 p.m. sharp"]
    assert split_sentences("I met Dr. Who. it was fun") == ["I met Dr. Who.", "it was fun"]


def test_no_input_breaks_the_path_or_leaks_a_mark():
    import random

    rng = random.Random(7)
    alphabet = list("abc XYZ .!?*_~|`#%:>-\n0123456789") + [
        "<@1>", "😂", "**", "||", "```", "`", ":fire:", "https://x.io/a", "\ud800", "\x00", "#3",
    ]  # fmt: skip
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40)))

        def decode(sources):
            return [f"{s} #{rng.randrange(0, 12)} %{rng.randrange(0, 12)}" for s in sources]

        [out] = translate_messages([text], KNOWN, decode)
        typed = set(re.findall(r"[#%]\d+", sanitize(text)))
        assert set(re.findall(r"[#%]\d+", out)) <= typed, (text, out)


def test_dropped_markers_leave_no_space_before_punctuation():
    slots = [Span("*", "open"), Span("*", "close"), Span("3", "number")]
    assert restore("rollo #2 iniciativa #1 %3 .", slots) == "rollo iniciativa 3."


def test_nested_markers_stay_glued_and_shouted_chat_spelling_is_normalised():
    out, seen = tr("**__hello__ world** ok")
    assert out == "**__HELLO__ WORLD** OK"
    out, seen = tr("CAN U HELP ME PLS")
    assert seen == ["Can you help me please"]
    out, seen = tr("hello\u200bworld")
    assert seen == ["hello world"]
