"""Source-side chat noise for training: clean and noisy source, same target.

People type ``dont`` and ``u``, drop capitals and final punctuation, make
typos and shout; in Spanish they also drop accents and ``¿ ¡`` and write ``q``,
``xq`` and ``tb``. :func:`add_noise` applies such edits to the source
of a training pair, freshly drawn every epoch from a seeded ``random.Random``,
while the target stays clean, so the model learns to map both forms to the same
good translation. Markup (mentions, URLs, code, emoji) is never touched.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from nmt.message import MARKUP

# English -> chat spelling (the reverse of nmt.chat.normalize_chat, and more).
CHAT_FORMS = {
    "you": ["u", "ya"],
    "your": ["ur"],
    "you're": ["ur", "youre"],
    "are": ["r"],
    "please": ["pls", "plz"],
    "thanks": ["thx", "ty"],
    "thank you": ["ty", "thank u"],
    "I don't know": ["idk", "i dunno"],
    "to be honest": ["tbh"],
    "right now": ["rn"],
    "in my opinion": ["imo"],
    "by the way": ["btw"],
    "never mind": ["nvm"],
    "because": ["bc", "cuz", "cause"],
    "people": ["ppl"],
    "tomorrow": ["tmrw", "tmr"],
    "probably": ["prob", "probs"],
    "really": ["rly", "realy"],
    "sorry": ["sry"],
    "going to": ["gonna"],
    "want to": ["wanna"],
    "have to": ["gotta"],
    "kind of": ["kinda"],
    "with": ["w/"],
    "something": ["smth"],
    "okay": ["ok", "k"],
    "about": ["abt"],
    "message": ["msg"],
    "of course": ["ofc"],
    "though": ["tho"],
    "I'm": ["im", "Im"],
}
# Spanish -> chat spelling.
CHAT_FORMS_ES = {
    "que": ["q", "k", "ke"],
    "qué": ["q", "k", "que"],
    "porque": ["xq", "pq", "porq", "xk"],
    "por qué": ["xq", "pq", "porque"],
    "también": ["tb", "tmb", "tambien"],
    "por favor": ["porfa", "pf", "xfa", "plis"],
    "no sé": ["nose", "nse", "no se"],
    "estoy": ["toy"],
    "estás": ["tas", "estas"],
    "bien": ["bn"],
    "mensaje": ["msj"],
    "gracias": ["grax", "grcs", "grasias"],
    "saludos": ["salu2"],
    "de nada": ["dnd", "de na"],
    "no te preocupes": ["ntp"],
    "por": ["x"],
    "para": ["pa"],
    "de": ["d"],
    "bueno": ["weno", "bno"],
    "verdad": ["vdd"],
    "después": ["dsp", "dps"],
    "vale": ["va", "vle"],
    "jajaja": ["jaja", "jsjs", "jajajaja"],
}


def _form_pattern(forms: dict) -> re.Pattern:
    return re.compile(
        r"(?<![\w'])("
        + "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
        + r")(?![\w'])",
        re.IGNORECASE,
    )


_CHAT_FORM = _form_pattern(CHAT_FORMS)
_CHAT_FORM_ES = _form_pattern(CHAT_FORMS_ES)
_ACCENTS = str.maketrans("áéíóúÁÉÍÓÚüÜ", "aeiouAEIOUuU")
_INVERTED = re.compile(r"[¿¡]\s*")
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['’](?=[A-Za-z])")
_FINAL = re.compile(r"[.!?…]+$")
_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True)
class NoiseConfig:
    """Probabilities of each kind of edit, for a pair chosen to be noised."""

    lowercase: float = 0.6
    drop_final_punctuation: float = 0.6
    drop_apostrophes: float = 0.5
    chat_forms: float = 0.5
    typo: float = 0.25
    shout: float = 0.04
    # Spanish sources only
    drop_accents: float = 0.5
    drop_inverted: float = 0.6


def _outside_markup(text: str, edit) -> str:
    """Apply ``edit`` to the stretches of ``text`` between markup only."""
    out, last = [], 0
    for m in MARKUP.finditer(text):
        out += [edit(text[last : m.start()]), m.group()]
        last = m.end()
    out.append(edit(text[last:]))
    return "".join(out)


def typo(word: str, rng: random.Random) -> str:
    """One small typo: a swapped, dropped or doubled letter."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def add_noise(
    text: str, rng: random.Random, cfg: NoiseConfig = NoiseConfig(), lang: str = "en"
) -> str:
    """A chat-spelled version of ``text`` (deterministic for a given ``rng`` state).

    >>> add_noise("I don't know, you're right.", random.Random(3))
    'idk, youre right'
    """
    spanish = lang == "es"
    table, pattern = (CHAT_FORMS_ES, _CHAT_FORM_ES) if spanish else (CHAT_FORMS, _CHAT_FORM)
    if rng.random() < cfg.chat_forms:

        def chat(part: str) -> str:
            def swap(m: re.Match) -> str:
                if rng.random() < 0.5:
                    return m.group()
                forms = table.get(m.group()) or table.get(m.group().lower()) or [m.group()]
                return rng.choice(forms)

            return pattern.sub(swap, part)

        text = _outside_markup(text, chat)
    if spanish:
        if rng.random() < cfg.drop_accents:
            text = _outside_markup(text, lambda part: part.translate(_ACCENTS))
        if rng.random() < cfg.drop_inverted:
            text = _outside_markup(text, lambda part: _INVERTED.sub("", part))
    if not spanish and rng.random() < cfg.drop_apostrophes:
        text = _outside_markup(text, lambda part: _APOSTROPHE.sub("", part))
    if rng.random() < cfg.typo:
        words = [m for m in _WORD.finditer(text) if not MARKUP.search(m.group())]
        if words:
            m = rng.choice(words)
            if not any(a.start() <= m.start() < a.end() for a in MARKUP.finditer(text)):
                text = text[: m.start()] + typo(m.group(), rng) + text[m.end() :]
    if rng.random() < cfg.drop_final_punctuation:
        text = _FINAL.sub("", text.rstrip())
    if rng.random() < cfg.shout:
        text = _outside_markup(text, str.upper)
    elif rng.random() < cfg.lowercase:
        text = _outside_markup(text, str.lower)
    return text
