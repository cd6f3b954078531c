"""Typed configuration: model architecture, tokenizer, data and training.

Configs are JSON files checked into frozen dataclasses at load time; an unknown
key or a bad value raises :class:`~nmt.errors.ConfigError` naming the key.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nmt.errors import ConfigError

ARCHITECTURES = ("transformer", "seed_lstm")
TOKENIZERS = ("sentencepiece", "seed_words")


@dataclass(frozen=True)
class ModelConfig:
    """Architecture hyper-parameters; stored in every model directory."""

    architecture: str = "transformer"
    src_vocab_size: int = 8000
    tgt_vocab_size: int = 8000
    d_model: int = 256
    num_heads: int = 4
    ff_dim: int = 1024
    encoder_layers: int = 3
    decoder_layers: int = 3
    dropout: float = 0.1
    # seed_lstm only
    embed_dim: int = 128
    hidden_dim: int = 512
    tie_embeddings: bool = True

    def __post_init__(self):
        _check_choice("model.architecture", self.architecture, ARCHITECTURES)
        for key in (
            "src_vocab_size",
            "tgt_vocab_size",
            "d_model",
            "num_heads",
            "ff_dim",
            "embed_dim",
            "hidden_dim",
        ):
            _check_positive(f"model.{key}", getattr(self, key))
        for key in ("encoder_layers", "decoder_layers"):
            _check_positive(f"model.{key}", getattr(self, key))
        if self.architecture == "transformer" and self.d_model % self.num_heads:
            raise ConfigError(
                f"model.d_model ({self.d_model}) must be divisible by model.num_heads "
                f"({self.num_heads})"
            )
        if not 0.0 <= self.dropout < 1.0:
            raise ConfigError(f"model.dropout must be in [0, 1), got {self.dropout!r}")


@dataclass(frozen=True)
class TokenizerConfig:
    """How text becomes ids. ``sentencepiece`` is joint subwords that keep case,
    accents and punctuation; ``seed_words`` is the tutorial's lower-cased,
    punctuation-stripped word vocabulary (the baseline)."""

    kind: str = "sentencepiece"
    vocab_size: int = 8000
    model_type: str = "unigram"
    max_len: int = 50  # seed_words only: pad/truncate length, as the tutorial did
    # Carry numbers and unknown words through as #1, #2 … (see nmt/placeholders.py);
    # training adds placeholder copies of pairs that share a name or number.
    placeholders: bool = False

    def __post_init__(self):
        _check_choice("tokenizer.kind", self.kind, TOKENIZERS)
        _check_positive("tokenizer.vocab_size", self.vocab_size)
        _check_choice("tokenizer.model_type", self.model_type, ("unigram", "bpe"))


LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class DataConfig:
    # What the model translates: ``source`` -> ``target``. Data files are always
    # English<TAB>Spanish; a Spanish->English model reads them the other way round.
    source: str = "en"
    target: str = "es"
    path: str = "data/spa-eng/spa.txt"
    valid_groups: int = 2000
    test_groups: int = 3000
    split_seed: int = 1234
    max_tokens_per_sentence: int = 80
    # More files of pairs (same format; comma-separated paths or glob patterns)
    # added to the training split only, ``extra_repeat`` times: the chat corpus.
    extra_train: str = ""
    extra_repeat: int = 1
    # A held-out chat set scored at every validation, ``<prefix>.<source>`` with
    # references ``<prefix>.<target>.*``; with it, the best epoch is chosen on the
    # mean of both BLEUs.
    extra_valid: str = ""
    # Share of the corpus (``path``) pairs drawn afresh for each epoch (1.0: all of
    # them), so a short fine-tune sees the extra pairs more often.
    corpus_fraction: float = 1.0

    def __post_init__(self):
        _check_choice("data.source", self.source, LANGUAGES)
        _check_choice("data.target", self.target, LANGUAGES)
        if self.source == self.target:
            raise ConfigError(f"data.source and data.target are both {self.source!r}")
        for key in ("valid_groups", "test_groups", "max_tokens_per_sentence", "extra_repeat"):
            _check_positive(f"data.{key}", getattr(self, key))
        if not 0.0 < self.corpus_fraction <= 1.0:
            raise ConfigError("data.corpus_fraction must be in (0, 1]")


@dataclass(frozen=True)
class TrainConfig:
    seed: int = 1
    batch_tokens: int = 6000  # upper bound on padded target tokens per batch
    batch_size: int = 0  # >0: fixed sentences per batch instead of token budget
    pad_to_max: bool = False  # the seed pads every batch to tokenizer.max_len
    epochs: int = 20
    optimizer: str = "adamw"
    learning_rate: float = 1e-3
    warmup_steps: int = 800
    schedule: str = "cosine"  # cosine | inverse_sqrt | constant
    min_lr_ratio: float = 0.05
    weight_decay: float = 0.01
    label_smoothing: float = 0.1
    clip_norm: float = 1.0
    bf16: bool = True  # autocast matmuls to bfloat16 on CPUs that support it
    eval_every_epochs: int = 1
    eval_sentences: int = 600  # validation BLEU is measured on this many groups
    patience: int = 4  # epochs without validation improvement before stopping
    average_last: int = 3  # average this many last epoch checkpoints at the end
    max_minutes: float = 0.0  # >0: stop after this wall time (then finish cleanly)
    threads: int = 0  # torch intra-op threads; 0 keeps torch's default
    init_from: str = ""  # model directory to fine-tune (its weights and tokenizer)
    # Share of pairs whose English gets chat noise (nmt/noise.py), drawn anew each epoch.
    noise: float = 0.0  # corpus pairs
    noise_extra: float = 0.0  # extra_train pairs
    # Fine-tuning: share of the starting model's weights blended into the result
    # (weight-space interpolation, "WiSE-FT"), to keep what it knew; 0 = none.
    blend_init: float = 0.0

    def __post_init__(self):
        _check_choice("train.optimizer", self.optimizer, ("adamw", "nadam"))
        _check_choice("train.schedule", self.schedule, ("cosine", "inverse_sqrt", "constant"))
        for key in ("batch_tokens", "epochs", "eval_every_epochs", "eval_sentences"):
            _check_positive(f"train.{key}", getattr(self, key))
        if self.learning_rate <= 0:
            raise ConfigError(f"train.learning_rate must be > 0, got {self.learning_rate!r}")
        if not 0.0 <= self.label_smoothing < 1.0:
            raise ConfigError("train.label_smoothing must be in [0, 1)")
        for key in ("noise", "noise_extra", "blend_init"):
            if not 0.0 <= getattr(self, key) <= 1.0:
                raise ConfigError(f"train.{key} must be in [0, 1]")


@dataclass(frozen=True)
class DecodingConfig:
    beam_size: int = 4
    length_penalty: float = 1.0  # score / length**alpha
    max_len_a: float = 1.5  # max output tokens = a * source tokens + b
    max_len_b: int = 10
    max_batch_sentences: int = 256

    def __post_init__(self):
        _check_positive("decoding.beam_size", self.beam_size)
        _check_positive("decoding.max_batch_sentences", self.max_batch_sentences)


@dataclass(frozen=True)
class ExperimentConfig:
    """A whole training recipe (one JSON file in ``configs/``)."""

    name: str = "en-es"
    model: ModelConfig = field(default_factory=ModelConfig)
    tokenizer: TokenizerConfig = field(default_factory=TokenizerConfig)
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    decoding: DecodingConfig = field(default_factory=DecodingConfig)

    @property
    def pair(self) -> str:
        """``"en-es"`` or ``"es-en"``: what this model translates."""
        return f"{self.data.source}-{self.data.target}"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ExperimentConfig:
        if not isinstance(raw, dict):
            raise ConfigError("config must be a JSON object")
        sections = {f.name: f for f in dataclasses.fields(cls)}
        unknown = set(raw) - set(sections)
        if unknown:
            raise ConfigError(f"unknown config key(s): {', '.join(sorted(unknown))}")
        kwargs: dict[str, Any] = {}
        for key, value in raw.items():
            if key == "name":
                if not isinstance(value, str) or not value:
                    raise ConfigError("name must be a non-empty string")
                kwargs[key] = value
            else:
                kwargs[key] = section_from_dict(SECTION_TYPES[key], value, key)
        return cls(**kwargs)

    @classmethod
    def load(cls, path: str | Path) -> ExperimentConfig:
        path = Path(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path} is not valid JSON: {exc}") from None
        return cls.from_dict(raw)


SECTION_TYPES = {
    "model": ModelConfig,
    "tokenizer": TokenizerConfig,
    "data": DataConfig,
    "train": TrainConfig,
    "decoding": DecodingConfig,
}


def section_from_dict(cls, raw: Any, section: str):
    """Build one config dataclass from a dict, checking keys and value types."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{section} must be a JSON object")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(raw) - set(fields)
    if unknown:
        raise ConfigError(f"unknown key(s) in {section}: {', '.join(sorted(unknown))}")
    for key, value in raw.items():
        default = getattr(cls(), key)
        expected = type(default)
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int))
        if isinstance(value, bool) and expected is not bool:
            ok = False
        if not ok:
            raise ConfigError(f"{section}.{key} must be {expected.__name__}, got {value!r}")
    try:
        return cls(**raw)
    except TypeError as exc:  # pragma: no cover - guarded above
        raise ConfigError(f"{section}: {exc}") from None


def _check_positive(key: str, value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"{key} must be a positive integer, got {value!r}")


def _check_choice(key: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(f"{key} must be one of {', '.join(choices)}; got {value!r}")
