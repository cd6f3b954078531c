"""Loading a model directory safely: names, the start-up/reload check, loaders.

The bot needs just ``translate`` and ``info`` (see
:class:`bot.protocols.TranslatorLike`); production loads :class:`nmt.Translator`
through :func:`nmt_loader`. Model names given to ``/model reload`` resolve only
to direct subdirectories of the models root. Swapping a loaded model in is
:class:`bot.model_service.ModelService`'s job.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.directions import DEFAULT_DIRECTION, EN_ES, ES_EN
from bot.directions import label as direction_label
from bot.errors import InvalidModelName, ModelReloadFailed, WrongDirection
from bot.protocols import Loader, TranslatorLike
from nmt.errors import NMTError

log = logging.getLogger(__name__)

MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
# Known sentences a working model must translate plausibly before it serves.
PROBES = {
    "Hello, how are you?": "Hola, ¿cómo estás?",
    "Thank you very much.": "Muchas gracias.",
    "Where is the train station?": "¿Dónde está la estación de tren?",
}
PROBES_ES_EN = {
    "Hola, ¿cómo estás?": "Hello, how are you?",
    "Muchas gracias.": "Thank you very much.",
    "¿Dónde está la estación de tren?": "Where is the train station?",
}
PROBES_BY_PAIR = {EN_ES: PROBES, ES_EN: PROBES_ES_EN}
MIN_PROBE_CHRF = 25.0  # a random or broken model scores < 10; a working one > 60


class LoadAdaptiveBeam:
    """Beam search while the bot is quiet, greedy when it is busy.

    A batch of ``busy_batch`` texts or more means requests are queuing up, so
    it is decoded greedily (about 3x faster, about 2 BLEU lower); smaller
    batches get the model's own beam width.
    """

    def __init__(self, translator: Any, busy_batch: int = 8) -> None:
        self.translator = translator
        self.busy_batch = busy_batch

    @property
    def info(self) -> Mapping[str, Any]:
        return self.translator.info

    def translate(self, texts: list[str]) -> list[str]:
        if len(texts) >= self.busy_batch:
            return self.translator.translate(texts, beam_size=1)
        return self.translator.translate(texts)


def nmt_loader(beam_size: int = 0, threads: int = 1) -> Loader:
    """The production :data:`Loader`: ``nmt.Translator.load`` (imported lazily).

    ``beam_size`` 0 adapts to load (:class:`LoadAdaptiveBeam`); any other value
    fixes the beam width.
    """

    def load(path: Path) -> TranslatorLike:
        from nmt import Translator

        if beam_size == 0:
            return LoadAdaptiveBeam(Translator.load(path, threads=threads))
        return Translator.load(path, beam_size=beam_size, threads=threads)

    return load


load_nmt_translator = nmt_loader()


def resolve_model_dir(root: Path, name: str) -> Path:
    """The directory ``root/name``, if ``name`` names a direct subdirectory of ``root``.

    Rejects anything else — ``..``, slashes, absolute paths, and symlinks
    that lead outside ``root`` — with :class:`InvalidModelName`.
    """
    if not MODEL_NAME.fullmatch(name):
        raise InvalidModelName(
            f"{name[:80]!r} is not a model name: use letters, digits, '.', '_' or '-' "
            "(up to 64, starting with a letter or digit)."
        )
    base = root.resolve()
    candidate = root / name
    real = candidate.resolve()
    if real.parent != base:
        raise InvalidModelName(f"Model {name!r} points outside the models directory.")
    if not real.is_dir():
        raise InvalidModelName(f"There is no model called {name!r}.")
    return candidate


def available_models(root: Path) -> list[str]:
    """Names of the model directories under ``root`` that :func:`resolve_model_dir` accepts."""
    try:
        entries = sorted(p.name for p in root.iterdir())
    except OSError:
        return []
    names = []
    for entry in entries:
        try:
            resolve_model_dir(root, entry)
        except InvalidModelName:
            continue
        names.append(entry)
    return names


def describe(info: Mapping[str, Any]) -> str:
    """One line naming a model, e.g. ``en-es 1.2 (test BLEU 31.4, chrF 55.0)``."""
    metrics = []
    for key, label in (("bleu", "test BLEU"), ("chrf", "chrF")):
        value = info.get(key)
        metrics.append(f"{label} {value:.1f}" if isinstance(value, int | float) else f"{label} n/a")
    return f"{info.get('name', '?')} {info.get('version', '?')} ({', '.join(metrics)})"


def implausible(text: str) -> str | None:
    """Why ``text`` cannot be a translation (into English or Spanish), or None."""
    if not text.strip():
        return "an empty translation"
    letters = sum(c.isalpha() for c in text)
    if letters < 0.5 * len(text.replace(" ", "")):
        return f"{text[:40]!r}, mostly not letters"
    if re.search(r"(.)\1{5,}", text) or re.search(r"\b(\w+)(?: \1\b){3,}", text):
        return f"{text[:40]!r}, a repeating loop"
    return None


def check_probes(path: Path, output: object, probes: Mapping[str, str] = PROBES) -> None:
    """Raise ModelReloadFailed unless ``output`` plausibly translates ``probes``
    (:data:`PROBES` for English → Spanish, :data:`PROBES_ES_EN` the other way)."""
    import sacrebleu

    if not (
        isinstance(output, list)
        and len(output) == len(probes)
        and all(isinstance(o, str) for o in output)
    ):
        raise ModelReloadFailed(f"The model at {path} returned {output!r:.80} for test sentences.")
    for text in output:
        reason = implausible(text)
        if reason:
            raise ModelReloadFailed(f"The model at {path} failed its check: it wrote {reason}.")
    chrf = sacrebleu.corpus_chrf(output, [list(probes.values())]).score
    if chrf < MIN_PROBE_CHRF:
        raise ModelReloadFailed(
            f"The model at {path} failed its check: test sentences came out as "
            f"{output[0][:40]!r} … (chrF {chrf:.0f} against known translations, "
            f"at least {MIN_PROBE_CHRF:.0f} needed)."
        )


def declared_pair(path: Path) -> str | None:
    """The direction ``path/config.json`` names (``nmt.translate.model_pair``);
    None without a config.json (the loader then reports what is missing)."""
    if not (path / "config.json").is_file():
        return None
    from nmt.translate import model_pair

    return model_pair(path)


def wrong_direction(path: Path, found: object, pair: str) -> WrongDirection:
    return WrongDirection(
        f"{path} translates {found}, not {pair}: choose a {direction_label(pair)} model directory."
    )


def load_checked(loader: Loader, path: Path, pair: str = DEFAULT_DIRECTION) -> TranslatorLike:
    """Load ``path`` as the ``pair`` model and check it on known sentences (blocking).

    A model that translates the other way is refused before its weights are
    read (its ``config.json`` says so), and again by what it reports
    (``info["pair"]``). Raises :class:`ModelReloadFailed` with a short reason
    on any failure.
    """
    probes = PROBES_BY_PAIR[pair]
    try:
        found = declared_pair(path)
        if found is not None and found != pair:
            raise wrong_direction(path, found, pair)
        translator = loader(path)
        reported = dict(translator.info).get("pair", pair)
        if reported != pair:
            raise wrong_direction(path, reported, pair)
        output = translator.translate(list(probes))
        check_probes(path, output, probes)
    except ModelReloadFailed:
        raise
    except NMTError as error:
        raise ModelReloadFailed(f"Could not load {path}: {error}") from error
    except Exception as error:
        log.exception("Unexpected error loading model %s", path)
        raise ModelReloadFailed(
            f"Could not load {path}: {type(error).__name__}: {error}"
        ) from error
    return translator
