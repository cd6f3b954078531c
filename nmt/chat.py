"""Chat text made plain for the model: spelling, abbreviations, capitals, sentences.

Everything here is a pure string function used in the same way at training
time (on the English of every pair) and at translation time, so the model only
ever sees the English it was trained on:

- :func:`sanitize` — what cannot be text goes (lone surrogates, control characters).
- :func:`normalize_chat` — apostrophe-less contractions (``dont``), chat
  abbreviations (``u``, ``pls``, ``idk``, ``rn``) and a few frequent typos
  become standard English; a lone ``i`` becomes ``I``. With ``lang="es"``,
  Spanish chat spelling (``q``, ``xq``, ``tb``, ``toy``, ``grax``) becomes
  standard Spanish.
- :func:`is_shouting` / :func:`unshout` — ALL CAPS is translated as ordinary text.
- :func:`sentence_spans` — sentence boundaries for chat: lower-case starts,
  ``?!``, ellipses, abbreviations (``Mr.``, ``e.g.``, ``p.m.``) and decimals.
"""

from __future__ import annotations

import re
import unicodedata

# -- cleaning -------------------------------------------------------------------------

_BAD_CHARS = re.compile(r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff]")  # zero-width spaces (not the emoji joiner)


def sanitize(text: str) -> str:
    """NFC text without lone surrogates or control characters (tabs become spaces)."""
    text = text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub(" ", _BAD_CHARS.sub("", text))
    return unicodedata.normalize("NFC", text)


# -- chat spelling ----------------------------------------------------------------------

# Only forms that are unambiguous in chat: "ill", "id", "its", "were", "well",
# "lets", "hell", "shed", "wed", "cause" are real words and stay as typed.
_CONTRACTIONS = {
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "cant": "can't",
    "wont": "won't",
    "aint": "ain't",
    "im": "I'm",
    "ive": "I've",
    "youre": "you're",
    "youve": "you've",
    "youll": "you'll",
    "youd": "you'd",
    "theyre": "they're",
    "theyve": "they've",
    "theyll": "they'll",
    "weve": "we've",
    "thats": "that's",
    "whats": "what's",
    "wheres": "where's",
    "whos": "who's",
    "hows": "how's",
    "theres": "there's",
    "heres": "here's",
    "shes": "she's",
    "hes": "he's",
    "itll": "it'll",
    "mustnt": "mustn't",
    "neednt": "needn't",
}
_ABBREVIATIONS = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "ya": "you",
    "pls": "please",
    "plz": "please",
    "plis": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "ty": "thank you",
    "tysm": "thank you so much",
    "np": "no problem",
    "yw": "you're welcome",
    "idk": "I don't know",
    "idc": "I don't care",
    "dunno": "don't know",
    "tbh": "to be honest",
    "ngl": "not going to lie",
    "imo": "in my opinion",
    "imho": "in my opinion",
    "btw": "by the way",
    "brb": "be right back",
    "omw": "on my way",
    "rn": "right now",
    "nvm": "never mind",
    "afaik": "as far as I know",
    "iirc": "if I remember correctly",
    "wdym": "what do you mean",
    "ikr": "I know, right",
    "irl": "in real life",
    "gtg": "I have to go",
    "g2g": "I have to go",
    "ofc": "of course",
    "obv": "obviously",
    "prob": "probably",
    "probs": "probably",
    "rly": "really",
    "srsly": "seriously",
    "sry": "sorry",
    "srry": "sorry",
    "abt": "about",
    "ppl": "people",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomoz": "tomorrow",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "bcuz": "because",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "have to",
    "kinda": "kind of",
    "sorta": "sort of",
    "lemme": "let me",
    "gimme": "give me",
    "msg": "message",
    "bday": "birthday",
    "pic": "picture",
    "pics": "pictures",
    "smth": "something",
    "sth": "something",
    "sm": "so much",
    "thru": "through",
    "tho": "though",
    "altho": "although",
    "cya": "see you",
    "w/": "with",
    "w/o": "without",
    "dm": "DM",
    "dms": "DMs",
    # frequent typos
    "teh": "the",
    "recieve": "receive",
    "recieved": "received",
    "definately": "definitely",
    "definitly": "definitely",
    "alot": "a lot",
    "becuase": "because",
    "becasue": "because",
    "wierd": "weird",
    "untill": "until",
    "tommorow": "tomorrow",
    "tomorow": "tomorrow",
    "seperate": "separate",
    "occured": "occurred",
    "thier": "their",
    "freind": "friend",
    "beleive": "believe",
    "realy": "really",
    "wich": "which",
    "whith": "with",
    "cuold": "could",
    "shoudl": "should",
    "jsut": "just",
    "adn": "and",
    "waht": "what",
}
_CHAT_WORD = re.compile(r"(?<![\w'’/.-])(?:w/o|w/|[A-Za-z0-9]+)(?![\w'’-]|/\w|\.\w)")


# "ur" before what follows "you're" rather than "your" ("ur so right", "ur welcome").
_YOURE = re.compile(
    r"(?<![\w'])(ur|youre|u r)(?=\s+(?:a|an|the|so|not|going|gonna|welcome|right|wrong|too|very|"
    r"really|always|never|just|literally|being|doing|lucky|good|bad|kidding|joking|late|here|"
    r"there|in|on|at|like|sure|cool|amazing|awesome|insane|crazy|funny|still|gonna|the best)\b)",
    re.IGNORECASE,
)


def _match_case(source: str, replacement: str) -> str:
    if source.isupper() and len(source) > 1:
        return replacement.upper()
    if source[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# Spanish chat spelling -> standard Spanish. Only forms that cannot be ordinary
# words of the sentence; the rest (missing accents, "jaja") the model learns from
# noised training sources (nmt/noise.py).
_ES_ABBREVIATIONS = {
    "q": "que",
    "k": "que",
    "ke": "que",
    "xq": "porque",
    "xk": "porque",
    "pq": "porque",
    "porq": "porque",
    "tb": "también",
    "tmb": "también",
    "tmbn": "también",
    "tbn": "también",
    "tambien": "también",
    "pf": "por favor",
    "xfa": "por favor",
    "xfavor": "por favor",
    "plis": "por favor",
    "nose": "no sé",
    "nse": "no sé",
    "nsé": "no sé",
    "toy": "estoy",
    "tas": "estás",
    "bn": "bien",
    "msj": "mensaje",
    "msjs": "mensajes",
    "grax": "gracias",
    "grcs": "gracias",
    "grs": "gracias",
    "grasias": "gracias",
    "salu2": "saludos",
    "ntp": "no te preocupes",
    "tqm": "te quiero mucho",
    "kiero": "quiero",
    "kien": "quien",
    "aki": "aquí",
    "weno": "bueno",
    "bno": "bueno",
    "vdd": "verdad",
    "dsp": "después",
    "dps": "después",
    "npi": "ni idea",
    "x": "por",
    "d": "de",
    "pa": "para",
}
_ES_CHAT_WORD = re.compile(r"(?<![\w'’/.-])[^\W_]+(?![\w'’-]|/\w|\.\w)")
_ES_WHY = re.compile(r"^(\W*)(xq|xk|pq|porq|porque)(?=\W[^?]*\?)", re.IGNORECASE)


def _normalize_spanish(text: str) -> str:
    # "xq no vienes?" asks why: "por qué"; elsewhere "xq" is "porque".
    text = _ES_WHY.sub(lambda m: m.group(1) + _match_case(m.group(2), "por qué"), text)

    def fix(m: re.Match) -> str:
        word = m.group()
        if word.isupper() and len(word) > 1 and len(word) < 4:
            return word  # PQ, TB, XQ in capitals are likelier acronyms
        if len(word) == 1 and word.isupper() and word not in "QK":
            return word  # "X" or "D" in capitals is a letter, not "por"/"de"
        new = _ES_ABBREVIATIONS.get(word.lower())
        return _match_case(word, new) if new else word

    return _ES_CHAT_WORD.sub(fix, text)


def normalize_chat(text: str, lang: str = "en") -> str:
    """Standard English (or Spanish, ``lang="es"``) for chat spelling; everything
    else is left as typed.

    >>> normalize_chat("idk, u dont need it rn")
    "I don't know, you don't need it right now"
    >>> normalize_chat("xq no vienes? toy solo", "es")
    'por qué no vienes? estoy solo'
    """
    if lang == "es":
        return _normalize_spanish(text)

    def fix(m: re.Match) -> str:
        word = m.group()
        low = word.lower()
        if low == "i":
            return "I"
        if len(word) == 1 and word.isupper():
            return word  # "U" or "R" in capitals is a letter, not "you"/"are"
        if word.isupper() and len(word) > 1 and low in ("ur", "im", "bc", "pls", "ty"):
            return word  # IM, UR, BC as typed in capitals are likelier names or acronyms
        new = _CONTRACTIONS.get(low) or _ABBREVIATIONS.get(low)
        return _match_case(word, new) if new else word

    text = _YOURE.sub(lambda m: _match_case(m.group(1), "you're"), text)
    return _CHAT_WORD.sub(fix, text)


# -- capitals ------------------------------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def is_shouting(text: str) -> bool:
    """True for ALL CAPS text: at least 4 letters, of which 80 % or more upper case,
    in at least two words (``OK`` or ``NASA`` alone is not shouting)."""
    letters = _LETTERS.findall(text)
    if len(letters) < 4 or len(re.findall(r"[^\W\d_]{2,}", text)) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def unshout(text: str, lang: str = "en") -> str:
    """``WHY IS IT DOWN AGAIN?`` -> ``Why is it down again?``"""
    low = text.lower()
    if lang == "en":
        low = capital_i(low)
    m = _LETTERS.search(low)
    return low if not m else low[: m.start()] + low[m.start()].upper() + low[m.start() + 1 :]


def capital_i(text: str) -> str:
    """English's pronoun ``i`` written ``I`` (``i think so`` -> ``I think so``)."""
    return re.sub(r"(?<![\w'’])i(?=$|[\s'’,.!?])", "I", text)


# -- sentences -------------------------------------------------------------------------------

# Never the end of a sentence (titles, "e.g.", "vs."), and may end one ("p.m.", "etc.").
_NEVER_FINAL = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "jr",
    "sr",
    "vs",
    "e.g",
    "i.e",
    "eg",
    "ie",
    "approx",
    "no",
    "nos",
    "vol",
    "fig",
    "ft",
    "mt",
    "gen",
    "sgt",
    "capt",
    "lt",
    "col",
    "rev",
    "hon",
    "pres",
    "gov",
    "sen",
    "rep",
    "dept",
    "univ",
    "est",
    "cf",
    "ca",
    "al",
}
_MAYBE_FINAL = {
    "a.m",
    "p.m",
    "am",
    "pm",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "min",
    "max",
    "sec",
    "hr",
    "hrs",
    "mins",
    "secs",
    "u.s",
    "u.k",
    "a.k.a",
}
# A sentence ends at a run of . ! ? … (plus closing quotes/brackets and any
# placeholders standing for emoji) followed by white space.
_END = re.compile(r"(?:[.!?…]+|\.\.\.)[\"'”’»)\]]*(?:\s*[\ue000-\uf8ff])*(?=\s+\S)")
_OPENERS = "\"'“‘«(¿¡["


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one line of chat text, white space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if not _is_boundary(text, m):
            continue
        spans.append((start, m.end()))
        rest = text[m.end() :]
        start = m.end() + len(rest) - len(rest.lstrip())
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _is_boundary(text: str, m: re.Match) -> bool:
    punct = m.group().rstrip("\"'”’»)]\ue000\uf8ff ")
    nxt = text[m.end() :].lstrip()
    nxt = nxt.lstrip(_OPENERS)
    if not nxt:
        return False
    upper_next = nxt[0].isupper() or nxt[0].isdigit() or "\ue000" <= nxt[0] <= "\uf8ff"
    if "?" in punct or "!" in punct:
        return True
    before = text[: m.start()]
    word = re.search(r"([\w.]*)$", before).group(1).lower().rstrip(".")
    if punct.startswith("…") or punct.startswith(".."):
        return upper_next
    # a single period
    if word in _NEVER_FINAL or re.fullmatch(r"[a-z]", word or "-"):
        return False  # "Mr. Smith", "J. Smith", "e.g. this"
    if word in _MAYBE_FINAL or "." in word:
        return upper_next  # "at 5 p.m. He left" ends; "5 p.m. sharp" does not
    if not word:
        return upper_next
    return True  # a period after an ordinary word ends the sentence, whatever follows


def split_sentences(text: str) -> list[str]:
    """The sentences of one line of chat text.

    >>> split_sentences("anyone here? i need help. Mr. Smith left at 5 p.m. He was late.")
    ['anyone here?', 'i need help.', 'Mr. Smith left at 5 p.m.', 'He was late.']
    """
    text = " ".join(text.split())
    return [text[a:b] for a, b in sentence_spans(text)]
