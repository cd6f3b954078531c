"""The CTranslate2 serving engine: the exported Transformer (``DIR/ct2``) decoded
by CTranslate2's C++ beam search, int8 by default.

It takes the prepared sources of :mod:`nmt.message` (marks in place) and returns
the model's raw outputs, exactly like :meth:`nmt.translate.Translator.decode`
on the Keras/torch engine, so everything around it is shared. Importing this
module imports neither torch nor Keras.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from nmt.errors import ModelLoadError

PRECISIONS = {"auto": "int8", "mixed": "int8", "int8": "int8", "float32": "float32"}


def problem(model_dir: Path) -> str | None:
    """Why ``model_dir`` cannot be served by CTranslate2, or None when it can: the
    export exists, was made from this very ``model.weights.h5``, and the package
    is installed."""
    from nmt.export import weights_digest

    marker = model_dir / "ct2" / "nmt_export.json"
    if not (model_dir / "ct2" / "model.bin").is_file() or not marker.is_file():
        return f"{model_dir} has no CTranslate2 export (python -m nmt export --model {model_dir})"
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return "the ctranslate2 package is not installed"
    try:
        made_from = json.loads(marker.read_text(encoding="utf-8")).get("weights_sha")
        current = weights_digest(model_dir)
    except (OSError, ValueError, AttributeError):
        return f"{marker} is unreadable"
    if made_from != current:
        return f"{model_dir / 'ct2'} was not exported from this model.weights.h5 (export again)"
    return None


def default_threads() -> int:
    """Intra-op threads per translator: ``NMT_THREADS`` if set, else 1 (on a small
    machine one thread per translator leaves a core for the bot and the OS)."""
    value = os.environ.get("NMT_THREADS", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else 1


class Ct2Engine:
    """Decode prepared sources with a CTranslate2 translator."""

    def __init__(
        self,
        model_dir: Path,
        codec,
        decoding,
        precision: str = "auto",
        threads: int | None = None,
        translators: int = 1,
    ):
        import ctranslate2

        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}")
        self.precision = PRECISIONS[precision]
        self.threads = threads or default_threads()
        try:
            self.translator = ctranslate2.Translator(
                str(model_dir / "ct2"),
                device="cpu",
                compute_type=self.precision,
                intra_threads=self.threads,
                inter_threads=translators,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelLoadError(
                f"{model_dir / 'ct2'}: cannot load the CTranslate2 model ({exc})"
            ) from None
        self.sp = codec.sp
        self.decoding = decoding

    def decode(self, sources: Sequence[str], beam: int) -> list[str]:
        from nmt.text import normalize

        if not sources:
            return []
        tokens = [self.sp.encode(normalize(s), out_type=str) for s in sources]
        longest = max(len(t) for t in tokens) + 1
        limit = int(self.decoding.max_len_a * longest + self.decoding.max_len_b)
        results = self.translator.translate_batch(
            tokens,
            beam_size=beam,
            length_penalty=self.decoding.length_penalty,
            max_decoding_length=limit,
            max_batch_size=self.decoding.max_batch_sentences,
            batch_type="examples",
            disable_unk=True,
            return_scores=False,
        )
        return [normalize(self.sp.decode(r.hypotheses[0])) for r in results]
