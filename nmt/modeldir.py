"""Model directories: everything needed to rebuild and run a model.

Layout::

    models/en-es/
      config.json          direction (data.source -> data.target), architecture,
                           tokenizer, decoding and training recipe
      model.weights.h5     Keras weights
      spm.model, spm.vocab SentencePiece tokenizer (or vocab.json for the seed)
      metrics.json         test-split BLEU/chrF written by ``nmt evaluate``
      ct2/                 the same weights for CTranslate2 (``nmt export``), served by default
      README.md            the model card

Loading checks each file and raises :class:`ModelLoadError` naming the one
that is missing or corrupt.
"""

from __future__ import annotations

import json
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nmt.config import ExperimentConfig
from nmt.errors import ConfigError, ModelLoadError
from nmt.text import CODECS

log = logging.getLogger(__name__)

FORMAT = "nmt-model"
FORMAT_VERSION = 1
WEIGHTS = "model.weights.h5"


@dataclass
class LoadedModel:
    path: Path
    config: ExperimentConfig
    model: Any
    codec: Any
    meta: dict
    metrics: dict


def save_model_dir(
    directory: str | Path, config: ExperimentConfig, model, codec, meta: dict | None = None
) -> Path:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        **(meta or {}),
        "experiment": config.to_dict(),
    }
    payload.setdefault("name", config.name)
    payload["pair"] = config.pair  # what it translates, for people reading the file
    model.save_weights(directory / WEIGHTS)
    codec.save(directory)
    (directory / "config.json").write_text(
        json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return directory


def read_meta(directory: str | Path) -> dict:
    """Parse ``config.json`` of a model directory (cheap: no weights loaded)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ModelLoadError(f"model directory not found: {directory}")
    path = directory / "config.json"
    if not path.is_file():
        raise ModelLoadError(f"{directory}: missing config.json")
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelLoadError(f"{path}: corrupt JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelLoadError(f"{path}: not an nmt model config (format != {FORMAT!r})")
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelLoadError(f"{path}: unsupported format_version {meta.get('format_version')!r}")
    return meta


def read_config(directory: str | Path) -> ExperimentConfig:
    """The recipe stored in a model directory's ``config.json`` (no weights loaded)."""
    directory = Path(directory)
    meta = read_meta(directory)
    try:
        return ExperimentConfig.from_dict(meta.get("experiment"))
    except ConfigError as exc:
        raise ModelLoadError(f"{directory / 'config.json'}: {exc}") from None


def check_finite(model, path: Path) -> None:
    """Raise ModelLoadError if any weight is NaN or infinite (a damaged training run)."""
    import torch

    for variable in model.weights:
        value = variable.value
        if not bool(torch.isfinite(value).all()):
            raise ModelLoadError(f"{path}: weight {variable.path} holds NaN or infinite values")


def load_model_dir(directory: str | Path, weights: bool = True) -> LoadedModel:
    """Rebuild the model, tokenizer and metadata stored in ``directory``.

    ``weights=False`` reads everything but the Keras model (``model`` is None):
    what the CTranslate2 engine needs, without importing Keras or torch.
    """
    directory = Path(directory)
    meta = read_meta(directory)
    try:
        config = ExperimentConfig.from_dict(meta.get("experiment"))
    except ConfigError as exc:
        raise ModelLoadError(f"{directory / 'config.json'}: {exc}") from None
    codec_cls = CODECS[config.tokenizer.kind]
    for name in (WEIGHTS, *codec_cls.files[:1]):
        if not (directory / name).is_file():
            raise ModelLoadError(f"{directory}: missing {name}")
    codec = codec_cls.load(directory)
    if (codec.src_vocab_size, codec.tgt_vocab_size) != (
        config.model.src_vocab_size,
        config.model.tgt_vocab_size,
    ):
        raise ModelLoadError(f"{directory}: tokenizer vocabulary sizes do not match config.json")
    if not weights:
        return LoadedModel(directory, config, None, codec, meta, _metrics(directory))
    from nmt.model import build_model

    model = build_model(config.model)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.load_weights(directory / WEIGHTS)
    except Exception as exc:  # h5py/keras raise many types for a bad file
        raise ModelLoadError(f"{directory / WEIGHTS}: cannot load weights ({exc})") from None
    check_finite(model, directory / WEIGHTS)
    return LoadedModel(directory, config, model, codec, meta, _metrics(directory))


def _metrics(directory: Path) -> dict:
    metrics_path = directory / "metrics.json"
    if metrics_path.is_file():
        try:
            return json.loads(metrics_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            log.warning("%s is corrupt; ignoring it", metrics_path)
    return {}
