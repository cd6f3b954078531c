"""The two ways the bot translates, and how a request picks one.

A direction is ``"en-es"`` (English → Spanish) or ``"es-en"`` (Spanish →
English), as a model directory's ``config.json`` names it
(``nmt.translate.model_pair``). Requests carry one through the queue, so one
worker thread can serve both models; a request names the language it wants
(``to``) or lets :func:`choose` pick the other one of the two.
"""

from __future__ import annotations

EN_ES = "en-es"
ES_EN = "es-en"
DIRECTIONS = (EN_ES, ES_EN)
DEFAULT_DIRECTION = EN_ES
"""The direction of a request that names none (the bot's first and required model)."""

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def direction(source: str, target: str) -> str:
    """``direction("es", "en") == "es-en"``."""
    return f"{source}-{target}"


def source_of(pair: str) -> str:
    return pair.split("-")[0]


def target_of(pair: str) -> str:
    return pair.split("-")[1]


def label(pair: str) -> str:
    """``"Spanish → English"``."""
    return f"{LANGUAGE_NAMES[source_of(pair)]} → {LANGUAGE_NAMES[target_of(pair)]}"


def other(language: str) -> str:
    """The language a text in ``language`` is translated into by default."""
    return "en" if language == "es" else "es"
