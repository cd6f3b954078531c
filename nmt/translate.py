"""The public translation API: ``Translator.load(dir).translate(texts)``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from nmt.chat import normalize_chat
from nmt.errors import TranslationError
from nmt.message import translate_messages
from nmt.text import UNK

log = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path("models/en-es")


class Translator:
    """Translate with a loaded model directory (English->Spanish or Spanish->English:
    the model's ``config.json`` says which, see :attr:`pair`).

    Inputs may hold several sentences and lines; each line is split into
    sentences, all sentences of all inputs are translated as batches, and the
    results are joined back in order. Over-long sentences are cut into chunks,
    never silently truncated. Thread-safe: one translation runs at a time.

    Example:
        >>> translator = Translator.load("models/en-es")
        >>> translator.translate(["It was pretty cool."])
        ['Fue muy guay.']
    """

    def __init__(
        self,
        loaded,
        beam_size: int | None = None,
        precision: str = "auto",
        engine: str = "torch",
        threads: int | None = None,
    ):
        self.loaded = loaded
        self.model = loaded.model
        self.engine_name = engine
        if engine == "ct2":
            from nmt.ct2 import Ct2Engine

            self.engine = Ct2Engine(
                loaded.path, loaded.codec, loaded.config.decoding, precision, threads
            )
        else:
            import torch

            from nmt.inference import inference_engine

            self._torch = torch
            # What the searches step: a plain-torch copy of a Transformer's weights
            # (see nmt.inference), or the Keras model itself for the seed baseline.
            self.engine = inference_engine(loaded.model, precision)
        self.precision = getattr(self.engine, "precision", "float32")
        self.codec = loaded.codec
        self.decoding = loaded.config.decoding
        self.source = loaded.config.data.source
        self.target = loaded.config.data.target
        if beam_size is not None and beam_size < 1:
            raise ValueError("beam_size must be >= 1")
        self.beam_size = beam_size or self.decoding.beam_size  # default for translate()
        self._lock = threading.Lock()

    @classmethod
    def load(
        cls,
        model_dir: str | Path = DEFAULT_MODEL_DIR,
        beam_size: int | None = None,
        precision: str = "auto",
        engine: str = "auto",
        threads: int | None = None,
        pair: str | None = None,
    ) -> Translator:
        """Load a model directory; raises :class:`~nmt.errors.ModelLoadError`.

        ``pair`` (``"en-es"`` or ``"es-en"``): the direction the caller needs; a
        model that translates the other way is refused with a clear error.

        ``beam_size`` overrides the model's default beam width (1 = greedy, fastest).
        ``engine``: ``"auto"`` serves with CTranslate2 (:mod:`nmt.ct2`) when the
        directory has a ``ct2/`` export and the package is installed, else with
        the plain-torch engine (:mod:`nmt.inference`); ``"ct2"`` or ``"torch"``
        force one. ``precision``: ``"auto"`` (int8 on CTranslate2; bf16/int8
        ``"mixed"`` on torch where the CPU supports it), ``"mixed"`` or
        ``"float32"`` (exact Keras results). ``threads``: intra-op threads
        (CTranslate2; default ``NMT_THREADS`` or 1).
        """
        from nmt import ct2
        from nmt.modeldir import load_model_dir

        if engine not in ("auto", "ct2", "torch"):
            raise ValueError("engine must be auto, ct2 or torch")
        model_dir = Path(model_dir)
        if pair is not None:
            check_pair(model_dir, pair)
        why_not = ct2.problem(model_dir) if engine != "torch" else None
        if engine == "ct2" and why_not:
            from nmt.errors import ModelLoadError

            raise ModelLoadError(f"cannot serve with CTranslate2: {why_not}")
        if engine == "auto" and why_not and (model_dir / "ct2").exists():
            log.warning("serving with torch: %s", why_not)
        if engine != "torch" and not why_not:
            return cls(
                load_model_dir(model_dir, weights=False), beam_size, precision, "ct2", threads
            )
        return cls(load_model_dir(model_dir), beam_size, precision, "torch")

    @property
    def pair(self) -> str:
        """What this model translates: ``"en-es"`` or ``"es-en"``."""
        return f"{self.source}-{self.target}"

    @property
    def info(self) -> dict:
        meta, metrics = self.loaded.meta, self.loaded.metrics
        return {
            "name": meta.get("name", self.loaded.path.name),
            "pair": self.pair,
            "source": self.source,
            "target": self.target,
            "version": meta.get("version", "unknown"),
            "bleu": metrics.get("bleu"),
            "chrf": metrics.get("chrf"),
            "architecture": self.loaded.config.model.architecture,
            "engine": "ctranslate2" if self.engine_name == "ct2" else "torch",
            "precision": self.precision,
            "path": str(self.loaded.path),
        }

    def translate(
        self, texts: Sequence[str], beam_size: int | None = None, allow_unk: bool = False
    ) -> list[str]:
        """Translate each message; returns one string per input ("" for blank input).

        This is the whole message path (:mod:`nmt.message`): markup, emoji,
        code and layout come back exactly; the result is the text the bot posts.
        """
        if isinstance(texts, str):
            raise TypeError("translate() takes a list of strings, not a string")
        known = getattr(self.codec, "known_words", None)

        def decode(sources: list[str]) -> list[str]:
            outputs = self.decode(sources, beam_size, allow_unk)
            if self.target == "en":
                # The chat corpus's English is chat-spelled ("dont", "u", "im"), and a
                # model trained towards it writes that way too: answer in standard
                # English (+0.9 BLEU on the Spanish chat dev set).
                outputs = [normalize_chat(text) for text in outputs]
            return outputs

        return translate_messages(texts, known, decode, self.source)

    def translate_sentences(
        self, sentences: Sequence[str], beam_size: int | None = None, allow_unk: bool = False
    ) -> list[str]:
        """Translate single sentences (each one is a whole message to the path)."""
        return self.translate(list(sentences), beam_size, allow_unk)

    def decode(
        self, sources: Sequence[str], beam_size: int | None = None, allow_unk: bool = False
    ) -> list[str]:
        """Run the model on prepared sources (marks already in place) as batches.

        ``allow_unk`` lets the model emit its unknown-word token; only the
        evaluation of the seed baseline uses it, to measure its ``[UNK]`` rate.
        """

        sentences = list(sources)
        if not sentences:
            return []
        beam = self.beam_size if beam_size is None else beam_size
        if beam < 1:
            raise ValueError("beam_size must be >= 1")
        if self.engine_name == "ct2":
            with self._lock:
                try:
                    return self.engine.decode(sentences, beam)
                except Exception as exc:
                    log.exception("translation failed")
                    raise TranslationError(f"translation failed: {exc}") from exc
        from nmt.data import pad
        from nmt.decoding import SearchSpec, beam_search, sort_by_length

        banned = tuple(self.codec.banned_output_ids) + (() if allow_unk else (UNK,))
        spec = SearchSpec(
            self.codec.bos_id,
            self.codec.eos_id,
            banned,
            self.decoding.max_len_a,
            self.decoding.max_len_b,
        )
        encoded = self.codec.encode_source(list(sentences))
        order = sort_by_length([len(ids) for ids in encoded])
        # Keep roughly constant work per batch: fewer sentences when beams are wide.
        per_batch = max(1, self.decoding.max_batch_sentences // max(1, beam // 2))
        outputs: list[str] = [""] * len(sentences)
        with self._lock:
            try:
                for start in range(0, len(order), per_batch):
                    idx = order[start : start + per_batch]
                    src = self._torch.from_numpy(pad([encoded[i] for i in idx], 0))
                    ids = beam_search(self.engine, src, spec, beam, self.decoding.length_penalty)
                    for i, text in zip(idx, self.codec.decode_target(ids), strict=True):
                        outputs[i] = text
            except Exception as exc:
                log.exception("translation failed")
                raise TranslationError(f"translation failed: {exc}") from exc
        return outputs


def model_pair(model_dir: str | Path) -> str:
    """The direction a model directory translates, from its ``config.json``
    (``"en-es"`` for models saved before directions were recorded)."""
    from nmt.modeldir import read_config

    return read_config(Path(model_dir)).pair


def check_pair(model_dir: str | Path, pair: str) -> None:
    """Raise :class:`~nmt.errors.ModelLoadError` unless ``model_dir`` translates ``pair``."""
    from nmt.errors import ModelLoadError

    if pair not in ("en-es", "es-en"):
        raise ValueError(f"pair must be en-es or es-en, got {pair!r}")
    found = model_pair(model_dir)
    if found != pair:
        raise ModelLoadError(
            f"{model_dir} translates {found}, not {pair}: choose a {pair} model directory"
        )
