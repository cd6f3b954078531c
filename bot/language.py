"""Which language a chat message is in: English, Spanish or something else.

Short chat defeats statistical detectors on their own ("lol same" reads as
Italian to them, "idk tbh" as German), and word lists on their own call
"voy a la playa" English because "a" is an English word. So three kinds of
evidence are added up:

- words and chat forms that belong to one language only (``lol``, ``idk``,
  ``ur`` / ``jaja``, ``porfa``, ``xq``, ``está``),
- letters and marks only Spanish uses (``ñ``, ``¿``, ``¡``),
- the confidence of `lingua <https://github.com/pemistahl/lingua-py>`_, an
  offline detector, restricted to English, Spanish, French, Portuguese,
  Italian and German (loaded once, about 0.7 s and 100 MB; about 0.1 ms a
  message).

:func:`detect` returns ``"en"``, ``"es"``, ``"other"`` (a language the bot does
not translate) or ``None`` (no words, or too short to say). Measured on the
team's labelled chat messages by ``python bench/bench_langid.py``.
"""

from __future__ import annotations

import functools
import re

from bot.formatting import protected_free

_ENGLISH = frozenset(
    """
    the an and or but because that what of to in on at for with without from by
    is are was were be been being am do does did have has had will would can could should
    i you he she it we they my your his her its our their this these those there here
    when where how which who why not yes thanks hello good morning night all nothing
    something much very also today tomorrow yesterday then just so if than about
    don't can't i'm it's that's what's you're isn't didn't doesn't won't
    """.split()
)
_ENGLISH_CHAT = frozenset(
    """
    lol lmao lmfao rofl idk idc tbh ngl imo imho brb omw rn btw u ur ya pls plz thx ty np yw
    gg wp afk gtg irl nvm smh ikr wdym iirc afaik hmu bc cuz tho wanna gonna gotta kinda
    dunno yeah yep nope dude guys omg wtf wth dont cant im thats whats youre isnt didnt
    doesnt wont ive theyre hes shes wasnt nice bet rip fr real cap gimme nah bruh hbd hi sup
    sure gn gm oh classic deadass insane cya true send ban him hey thank thanks lets okay
    literally damn bro guys good great cool same wait what why yes anyone everyone
    """.split()
)
_SPANISH = frozenset(
    """
    el la los las un una unos unas y pero porque que qué de del al en con por para sin
    es está están estoy estás soy eres somos fue era ser estar hay muy más también
    yo tú usted nosotros ellos ellas mi mis tu tus su sus nuestro este esta estos estas
    ese esa eso esto aquí ahí cuando donde dónde cómo como cuál quién sí gracias
    hola buenos buenas días noche tengo tiene tienen hacer hace puedo puede quiero
    bien mal todo todos nada algo mucho poco ya aún hoy mañana ayer entonces lo le les nos se
    te voy vas vamos sabes sé hago ahora acá allá menos tampoco siempre nunca alguien nadie
    cosa gente amigo amigos juego jugar partida servidor ayuda adiós hasta desde sobre entre
    esta estas tambien aqui dia dias manana asi así mas pues bueno oye vale ahorita
    gusta gustan creo parece dale tienes puedes necesito quieres sabe juegas jugamos
    aca acá tranqui hagas perdon perdón manches chido va sale dame volvi volví vete dormir
    obvio pon reportalo repórtalo posta neta chale mano sip nop listo genial claro
    vamos pasa pasó tengo estamos estan hacemos dijo dice ver vez ni muy tengo
    """.split()
)
_SPANISH_CHAT = frozenset(
    """
    jaja jajaja jajajaja jeje jsjs xd q k xq pq porq porfa tb tmb tmbn nse ntp dnd bn wey
    güey weon pana parce tío tía ke aki chido
    """.split()
)
_BOTH = frozenset("no me a yo son come pan sale era solo real".split())
_LAUGH = re.compile(r"^(?:(?:ja){2,}j?|(?:je){2,}|j[sk]j[sk]+|a?ja+ja+)$")
_SPANISH_MARKS = re.compile(r"[ñ¿¡]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
OTHER = ("fr", "pt", "it", "de")


@functools.cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.ENGLISH,
        Language.SPANISH,
        Language.FRENCH,
        Language.PORTUGUESE,
        Language.ITALIAN,
        Language.GERMAN,
    ]
    return (
        LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()
    )


def confidences(text: str) -> dict[str, float]:
    """lingua's confidence per language code (``en``, ``es``, ``fr``, ``pt``, ``it``, ``de``)."""
    values = _detector().compute_language_confidence_values(text)
    return {v.language.iso_code_639_1.name.lower(): v.value for v in values}


def _squeeze(word: str) -> str:
    """``lmaooo`` -> ``lmao``, ``vamooos`` -> ``vamos``: chat stretches words."""
    return re.sub(r"(.)\1{2,}", r"\1", word)


def detect(text: str) -> str | None:
    """``"en"``, ``"es"``, ``"other"`` or ``None`` (no words at all).

    With no evidence either way, a message counts as English, the language the
    bot translates, unless the detector is sure it is another language.
    """
    prose = protected_free(text)
    words = [_squeeze(w.lower().replace("’", "'")) for w in _WORD.findall(prose)]
    if not words:
        return None
    en = sum(w in _ENGLISH for w in words) + 2 * sum(w in _ENGLISH_CHAT for w in words)
    es = sum(w in _SPANISH for w in words) + 2 * sum(
        w in _SPANISH_CHAT or bool(_LAUGH.match(w)) for w in words
    )
    es += 2 * len(_SPANISH_MARKS.findall(prose))
    if en == es == 0 and len(words) == 1 and words[0] in _BOTH:
        return "en"  # "no", "me", "a" alone: the bot's language by default
    conf = confidences(" ".join(words))
    other = max(conf.get(code, 0.0) for code in OTHER)
    if other >= 0.5 and en + es <= 1 and other > conf.get("en", 0) + conf.get("es", 0):
        return "other"
    en_score = en + 3 * conf.get("en", 0.0)
    es_score = es + 3 * conf.get("es", 0.0)
    if max(en_score, es_score) < 1.0 and other >= 0.7:
        return "other"
    return "es" if es_score > en_score else "en"


def looks_spanish(text: str) -> bool:
    """True when ``text`` reads as Spanish rather than English."""
    return detect(text) == "es"


def looks_foreign(text: str) -> bool:
    """True when ``text`` is in a language the bot does not translate (not English or Spanish)."""
    return detect(text) == "other"
