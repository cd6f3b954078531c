"""A small guess at whether a text is already Spanish.

Stopword counts plus Spanish-only characters; good enough to avoid
translating Spanish into itself, not a language identifier.
"""

from __future__ import annotations

import re

from bot.formatting import protected_free

# Frequent words that are (almost) never words of the other language.
_SPANISH = frozenset(
    """
    el la los las un una unos unas y o pero porque que qué de del al en con por para sin
    es son está están estoy estás soy eres somos fue era ser estar hay muy más también
    yo tú usted nosotros ellos ellas mi mis tu tus su sus nuestro este esta estos estas
    ese esa eso esto aquí ahí cuando donde dónde cómo como cuál quién pero sí gracias
    hola buenos buenas días noche tengo tiene tienen hacer hace puedo puede quiero
    bien mal todo todos nada algo mucho poco ya aún hoy mañana ayer entonces lo le les nos se
    """.split()
)
_ENGLISH = frozenset(
    """
    the a an and or but because that what of to in on at for with without from by
    is are was were be been being am do does did have has had will would can could should
    i you he she it we they my your his her its our their this these those there here
    when where how which who why not yes thanks hello good morning night all nothing
    something much very also today tomorrow yesterday then just so if than about
    """.split()
)
_SPANISH_CHARS = re.compile(r"[ñ¿¡áéíóúü]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def looks_spanish(text: str) -> bool:
    """True when ``text`` reads as Spanish rather than English."""
    prose = protected_free(text)
    words = [w.lower() for w in _WORD.findall(prose)]
    if not words:
        return False
    spanish = sum(w in _SPANISH for w in words)
    english = sum(w in _ENGLISH for w in words)
    # Accented letters and ¿¡ are strong evidence; count each word carrying one.
    spanish += sum(1 for w in words if _SPANISH_CHARS.search(w))
    if english == 0:
        return spanish >= 2 or (spanish >= 1 and len(words) <= 2)
    return spanish >= 2 * english and spanish >= 2
