"""Keras 3 sequence-to-sequence models (subclassing API, PyTorch backend).

Two architectures share one inference API, so the decoders in
:mod:`nmt.decoding` never see which one they drive:

* ``model(src, tgt_in)`` -> logits ``(batch, tgt_len, vocab)`` (teacher forcing);
* ``model.encode(src)`` -> a decoder state (everything computed once per input);
* ``model.decode_step(tokens, state)`` -> ``(logits (batch, vocab), new_state)``;
* ``model.reorder_state(state, indices)`` for beam search.

``Transformer`` is the product model; ``SeedNMTModel`` is the seed tutorial's
Encoder/Decoder LSTM, kept as the measured baseline. Padding masks are built
from id 0 and passed explicitly to every layer that needs one.
"""

from __future__ import annotations

import math
import warnings

import keras
import numpy as np
from keras import layers, ops

from nmt.config import ModelConfig

PAD_ID = 0

# Keras warns about things these models do on purpose: layers with non-tensor
# call arguments build on first call, masks are passed explicitly rather than
# attached to tensors, and the first decoding step attends over one position.
for _message in (
    ".*does not have a `build\\(\\)` method.*",
    ".*does not support masking.*",
    ".*softmax over axis -1 of a tensor of shape.*",
):
    warnings.filterwarnings("ignore", message=_message, category=UserWarning)


def sinusoidal_positions(start, length: int, dim: int):
    """Sinusoidal position encodings ``(length, dim)`` for positions ``start..``."""
    positions = ops.cast(ops.arange(length), "float32") + ops.cast(start, "float32")
    inv_freq = ops.exp(ops.cast(ops.arange(0, dim, 2), "float32") * (-math.log(10000.0) / dim))
    angles = positions[:, None] * inv_freq[None, :]  # (length, dim/2)
    return ops.concatenate([ops.sin(angles), ops.cos(angles)], axis=-1)


def run(layer, *args, **kwargs):
    """Call a built sublayer's ``call`` directly.

    For one decoding step of a small model, Keras's ``__call__`` bookkeeping
    (scopes, dtype and mask handling) costs more than the arithmetic; the
    first call, which builds the layer, still goes through ``__call__``.
    """
    if layer.built:
        return layer.call(*args, **kwargs)
    return layer(*args, **kwargs)


@keras.saving.register_keras_serializable(package="nmt")
class TokenAndPositionEmbedding(layers.Layer):
    """Scaled token embedding plus sinusoidal positions.

    Args:
        vocab_size: number of token ids.
        dim: embedding width.
        dropout: dropout rate applied to the sum.
    """

    def __init__(self, vocab_size: int, dim: int, dropout: float = 0.0, **kwargs):
        super().__init__(**kwargs)
        self.vocab_size, self.dim, self.dropout = vocab_size, dim, dropout
        self.embedding = layers.Embedding(
            vocab_size,
            dim,
            embeddings_initializer=keras.initializers.RandomNormal(stddev=dim**-0.5),
            name="token",
        )
        self.drop = layers.Dropout(dropout)

    def call(self, ids, start=0, training=False):
        x = run(self.embedding, ids) * math.sqrt(self.dim)  # (batch, len, dim)
        x = x + sinusoidal_positions(start, ops.shape(ids)[1], self.dim)[None]
        return run(self.drop, x, training=training)

    def get_config(self):
        return {
            **super().get_config(),
            "vocab_size": self.vocab_size,
            "dim": self.dim,
            "dropout": self.dropout,
        }


@keras.saving.register_keras_serializable(package="nmt")
class MultiHeadAttention(layers.Layer):
    """Multi-head attention whose key/value projection can be cached.

    ``project_kv`` turns a context into per-head keys and values once;
    ``attend`` runs a query against them. ``call`` does both.

    Args:
        dim: model width.
        num_heads: number of heads (``dim`` must be divisible by it).
    """

    def __init__(self, dim: int, num_heads: int, **kwargs):
        super().__init__(**kwargs)
        self.dim, self.num_heads = dim, num_heads
        self.head_dim = dim // num_heads
        self.query = layers.Dense(dim, name="query")
        self.key = layers.Dense(dim, name="key")
        self.value = layers.Dense(dim, name="value")
        self.output_proj = layers.Dense(dim, name="output")

    def _heads(self, x):
        batch, length = ops.shape(x)[0], ops.shape(x)[1]
        return ops.reshape(x, (batch, length, self.num_heads, self.head_dim))

    def project_kv(self, context):
        return self._heads(run(self.key, context)), self._heads(run(self.value, context))

    def attend(self, x, key, value, mask=None, causal=False):
        q = self._heads(run(self.query, x))  # (batch, q_len, heads, head_dim)
        # Written out rather than ops.dot_product_attention: for short sentences
        # on the CPU the fused kernel's backward pass is several times slower.
        scores = ops.einsum("bqhd,bkhd->bhqk", q, key) * (self.head_dim**-0.5)
        if causal:
            q_len, k_len = ops.shape(q)[1], ops.shape(key)[1]
            allowed = ops.tril(ops.ones((q_len, k_len), dtype="bool"))[None, None]
            mask = allowed if mask is None else ops.logical_and(mask, allowed)
        if mask is not None:
            scores = ops.where(mask, scores, ops.cast(-1e9, scores.dtype))
        weights = ops.softmax(ops.cast(scores, "float32"), axis=-1)  # (batch, heads, q, k)
        out = ops.einsum("bhqk,bkhd->bqhd", ops.cast(weights, value.dtype), value)
        batch, length = ops.shape(x)[0], ops.shape(x)[1]
        return run(self.output_proj, ops.reshape(out, (batch, length, self.dim)))

    def call(self, x, context, mask=None, causal=False):
        key, value = self.project_kv(context)
        return self.attend(x, key, value, mask=mask, causal=causal)

    def get_config(self):
        return {**super().get_config(), "dim": self.dim, "num_heads": self.num_heads}


@keras.saving.register_keras_serializable(package="nmt")
class FeedForward(layers.Layer):
    """Position-wise ``Dense(ff_dim, relu) -> Dense(dim)``."""

    def __init__(self, dim: int, ff_dim: int, dropout: float = 0.0, **kwargs):
        super().__init__(**kwargs)
        self.dim, self.ff_dim, self.dropout = dim, ff_dim, dropout
        self.inner = layers.Dense(ff_dim, activation="relu", name="inner")
        self.outer = layers.Dense(dim, name="outer")
        self.drop = layers.Dropout(dropout)

    def call(self, x, training=False):
        # Dropout only on the block output (see the layers using this): dropout on
        # the wide inner activations costs a third of a CPU training step.
        return run(self.outer, run(self.inner, x))

    def get_config(self):
        return {
            **super().get_config(),
            "dim": self.dim,
            "ff_dim": self.ff_dim,
            "dropout": self.dropout,
        }


@keras.saving.register_keras_serializable(package="nmt")
class EncoderLayer(layers.Layer):
    """Pre-LayerNorm Transformer encoder block."""

    def __init__(self, dim: int, num_heads: int, ff_dim: int, dropout: float = 0.0, **kwargs):
        super().__init__(**kwargs)
        self.dim, self.num_heads, self.ff_dim, self.dropout = dim, num_heads, ff_dim, dropout
        self.attn_norm = layers.LayerNormalization(epsilon=1e-5, name="attn_norm")
        self.attn = MultiHeadAttention(dim, num_heads, name="self_attention")
        self.ff_norm = layers.LayerNormalization(epsilon=1e-5, name="ff_norm")
        self.ff = FeedForward(dim, ff_dim, dropout, name="ff")
        self.drop = layers.Dropout(dropout)

    def call(self, x, src_mask, training=False):
        h = run(self.attn_norm, x)
        x = x + run(self.drop, run(self.attn, h, h, mask=src_mask), training=training)
        return x + run(
            self.drop, run(self.ff, run(self.ff_norm, x), training=training), training=training
        )

    def get_config(self):
        return {
            **super().get_config(),
            "dim": self.dim,
            "num_heads": self.num_heads,
            "ff_dim": self.ff_dim,
            "dropout": self.dropout,
        }


@keras.saving.register_keras_serializable(package="nmt")
class DecoderLayer(layers.Layer):
    """Pre-LayerNorm Transformer decoder block with a self-attention cache."""

    def __init__(self, dim: int, num_heads: int, ff_dim: int, dropout: float = 0.0, **kwargs):
        super().__init__(**kwargs)
        self.dim, self.num_heads, self.ff_dim, self.dropout = dim, num_heads, ff_dim, dropout
        self.self_norm = layers.LayerNormalization(epsilon=1e-5, name="self_norm")
        self.self_attn = MultiHeadAttention(dim, num_heads, name="self_attention")
        self.cross_norm = layers.LayerNormalization(epsilon=1e-5, name="cross_norm")
        self.cross_attn = MultiHeadAttention(dim, num_heads, name="cross_attention")
        self.ff_norm = layers.LayerNormalization(epsilon=1e-5, name="ff_norm")
        self.ff = FeedForward(dim, ff_dim, dropout, name="ff")
        self.drop = layers.Dropout(dropout)

    def call(self, x, memory_kv, src_mask, self_kv=None, training=False):
        """``self_kv`` is ``None`` for a full causal pass, else the cached
        ``(key, value)`` of earlier positions; returns ``(output, new_self_kv)``."""
        h = run(self.self_norm, x)
        key, value = self.self_attn.project_kv(h)
        if self_kv is None:
            attn = self.self_attn.attend(h, key, value, causal=True)
        else:
            key = ops.concatenate([self_kv[0], key], axis=1)
            value = ops.concatenate([self_kv[1], value], axis=1)
            attn = self.self_attn.attend(h, key, value)  # one new position sees all
        x = x + run(self.drop, attn, training=training)
        cross = self.cross_attn.attend(run(self.cross_norm, x), *memory_kv, mask=src_mask)
        x = x + run(self.drop, cross, training=training)
        x = x + run(
            self.drop, run(self.ff, run(self.ff_norm, x), training=training), training=training
        )
        return x, (key, value)

    def get_config(self):
        return {
            **super().get_config(),
            "dim": self.dim,
            "num_heads": self.num_heads,
            "ff_dim": self.ff_dim,
            "dropout": self.dropout,
        }


def _padding_mask(src):
    """``(batch, 1, 1, src_len)`` boolean mask, True where a real token is."""
    return ops.not_equal(src, PAD_ID)[:, None, None, :]


class _BuildByCalling:
    """Build a two-input subclassed model by calling it once on dummy ids, so
    ``keras.saving.load_model`` creates every variable before loading weights."""

    def get_build_config(self):
        return {"dummy_call": True}

    def build_from_config(self, config):
        dummy = np.ones((1, 2), dtype="int64")
        self(dummy, dummy)


@keras.saving.register_keras_serializable(package="nmt")
class Transformer(_BuildByCalling, keras.Model):
    """Encoder-decoder Transformer with a shared (tied) embedding matrix.

    Args:
        All :class:`~nmt.config.ModelConfig` fields (``architecture="transformer"``).

    Example:
        >>> model = Transformer(src_vocab_size=100, tgt_vocab_size=100, d_model=32,
        ...                     num_heads=2, ff_dim=64, encoder_layers=1, decoder_layers=1)
        >>> logits = model(src_ids, tgt_in_ids)  # (batch, tgt_len, 100)
    """

    def __init__(
        self,
        src_vocab_size=8000,
        tgt_vocab_size=8000,
        d_model=256,
        num_heads=4,
        ff_dim=1024,
        encoder_layers=3,
        decoder_layers=3,
        dropout=0.1,
        tie_embeddings=True,
        **kwargs,
    ):
        for unused in ("architecture", "embed_dim", "hidden_dim"):
            kwargs.pop(unused, None)
        super().__init__(**kwargs)
        self.src_vocab_size, self.tgt_vocab_size = src_vocab_size, tgt_vocab_size
        self.d_model, self.num_heads, self.ff_dim = d_model, num_heads, ff_dim
        self.encoder_layers, self.decoder_layers = encoder_layers, decoder_layers
        self.dropout, self.tie_embeddings = dropout, tie_embeddings
        if tie_embeddings and src_vocab_size != tgt_vocab_size:
            raise ValueError("tie_embeddings needs src_vocab_size == tgt_vocab_size")
        self.src_embed = TokenAndPositionEmbedding(
            src_vocab_size, d_model, dropout, name="src_embedding"
        )
        self.tgt_embed = (
            self.src_embed
            if tie_embeddings
            else TokenAndPositionEmbedding(tgt_vocab_size, d_model, dropout, name="tgt_embedding")
        )
        self.encoder_blocks = [
            EncoderLayer(d_model, num_heads, ff_dim, dropout, name=f"encoder_{i}")
            for i in range(encoder_layers)
        ]
        self.decoder_blocks = [
            DecoderLayer(d_model, num_heads, ff_dim, dropout, name=f"decoder_{i}")
            for i in range(decoder_layers)
        ]
        self.encoder_norm = layers.LayerNormalization(epsilon=1e-5, name="encoder_norm")
        self.decoder_norm = layers.LayerNormalization(epsilon=1e-5, name="decoder_norm")
        self.output_proj = None if tie_embeddings else layers.Dense(tgt_vocab_size, name="output")

    # -- pieces ---------------------------------------------------------------
    def _encode(self, src, training=False):
        src_mask = _padding_mask(src)
        x = run(self.src_embed, src, training=training)  # (batch, src_len, d_model)
        for block in self.encoder_blocks:
            x = run(block, x, src_mask, training=training)
        return run(self.encoder_norm, x), src_mask

    def _logits(self, x):
        if self.output_proj is not None:
            return run(self.output_proj, x)
        return ops.matmul(x, ops.transpose(self.tgt_embed.embedding.embeddings))

    # -- training -------------------------------------------------------------
    def call(self, src, tgt_in=None, training=False):
        if tgt_in is None:  # Keras-style single input, e.g. model.predict((src, tgt_in))
            src, tgt_in = src
        return self.project(self.hidden_states(src, tgt_in, training=training))

    def hidden_states(self, src, tgt_in, training=False):
        """Decoder outputs before the vocabulary projection ``(batch, tgt_len, d_model)``;
        training projects only the non-padding rows, which saves a third of a step."""
        memory, src_mask = self._encode(src, training=training)
        x = run(self.tgt_embed, tgt_in, training=training)  # (batch, tgt_len, d_model)
        for block in self.decoder_blocks:
            memory_kv = block.cross_attn.project_kv(memory)
            x, _ = run(block, x, memory_kv, src_mask, training=training)
        return run(self.decoder_norm, x)

    def project(self, hidden):
        return self._logits(hidden)  # (..., vocab)

    # -- inference ------------------------------------------------------------
    def encode(self, src):
        memory, src_mask = self._encode(src)
        batch = ops.shape(src)[0]
        empty = ops.zeros(
            (batch, 0, self.num_heads, self.d_model // self.num_heads), dtype=memory.dtype
        )
        return {
            "src_mask": src_mask,
            "memory_kv": [block.cross_attn.project_kv(memory) for block in self.decoder_blocks],
            "self_kv": [(empty, empty) for _ in self.decoder_blocks],
            "step": 0,
        }

    def decode_step(self, tokens, state):
        step = state["step"]
        x = run(self.tgt_embed, tokens[:, None], start=step)  # (batch, 1, d_model)
        new_kv = []
        for block, memory_kv, self_kv in zip(
            self.decoder_blocks, state["memory_kv"], state["self_kv"], strict=True
        ):
            x, kv = run(block, x, memory_kv, state["src_mask"], self_kv=self_kv)
            new_kv.append(kv)
        logits = self._logits(run(self.decoder_norm, x))[:, 0]  # (batch, vocab)
        return logits, {**state, "self_kv": new_kv, "step": step + 1}

    def reorder_state(self, state, indices):
        take = lambda t: ops.take(t, indices, axis=0)  # noqa: E731
        return {
            "src_mask": take(state["src_mask"]),
            "memory_kv": [(take(k), take(v)) for k, v in state["memory_kv"]],
            "self_kv": [(take(k), take(v)) for k, v in state["self_kv"]],
            "step": state["step"],
        }

    def get_config(self):
        return {
            **super().get_config(),
            "src_vocab_size": self.src_vocab_size,
            "tgt_vocab_size": self.tgt_vocab_size,
            "d_model": self.d_model,
            "num_heads": self.num_heads,
            "ff_dim": self.ff_dim,
            "encoder_layers": self.encoder_layers,
            "decoder_layers": self.decoder_layers,
            "dropout": self.dropout,
            "tie_embeddings": self.tie_embeddings,
        }


@keras.saving.register_keras_serializable(package="nmt")
class SeedEncoder(layers.Layer):
    """The seed's encoder: ``Embedding(mask_zero)`` + ``LSTM(return_state)``."""

    def __init__(self, vocab_size: int, embed_dim: int = 128, hidden_dim: int = 512, **kwargs):
        super().__init__(**kwargs)
        self.vocab_size, self.embed_dim, self.hidden_dim = vocab_size, embed_dim, hidden_dim
        self.embedding = layers.Embedding(vocab_size, embed_dim, name="embedding")
        self.lstm = layers.LSTM(hidden_dim, return_state=True, name="lstm")

    def call(self, src, training=False):
        mask = ops.not_equal(src, PAD_ID)  # passed explicitly, not left to mask_zero
        _, h, c = self.lstm(self.embedding(src), mask=mask, training=training)
        return [h, c]  # each (batch, hidden_dim)

    def get_config(self):
        return {
            **super().get_config(),
            "vocab_size": self.vocab_size,
            "embed_dim": self.embed_dim,
            "hidden_dim": self.hidden_dim,
        }


@keras.saving.register_keras_serializable(package="nmt")
class SeedDecoder(layers.Layer):
    """The seed's decoder: ``Embedding`` + ``LSTM(return_sequences)`` started
    from the encoder's state, then ``Dense`` over the vocabulary."""

    def __init__(self, vocab_size: int, embed_dim: int = 128, hidden_dim: int = 512, **kwargs):
        super().__init__(**kwargs)
        self.vocab_size, self.embed_dim, self.hidden_dim = vocab_size, embed_dim, hidden_dim
        self.embedding = layers.Embedding(vocab_size, embed_dim, name="embedding")
        self.lstm = layers.LSTM(hidden_dim, return_sequences=True, return_state=True, name="lstm")
        self.output_proj = layers.Dense(vocab_size, name="output")

    def run_lstm(self, tgt_in, initial_state, training=False):
        mask = ops.not_equal(tgt_in, PAD_ID)
        x, h, c = self.lstm(
            self.embedding(tgt_in), initial_state=initial_state, mask=mask, training=training
        )
        return x, h, c

    def call(self, tgt_in, initial_state, training=False):
        x, h, c = self.run_lstm(tgt_in, initial_state, training=training)
        return self.output_proj(x), [h, c]  # logits (batch, tgt_len, vocab)

    def get_config(self):
        return {
            **super().get_config(),
            "vocab_size": self.vocab_size,
            "embed_dim": self.embed_dim,
            "hidden_dim": self.hidden_dim,
        }


@keras.saving.register_keras_serializable(package="nmt")
class SeedNMTModel(_BuildByCalling, keras.Model):
    """The seed tutorial's model (baseline): LSTM encoder-decoder, no attention."""

    def __init__(
        self, src_vocab_size=1000, tgt_vocab_size=1000, embed_dim=128, hidden_dim=512, **kwargs
    ):
        for unused in (
            "architecture",
            "d_model",
            "num_heads",
            "ff_dim",
            "encoder_layers",
            "decoder_layers",
            "dropout",
            "tie_embeddings",
        ):
            kwargs.pop(unused, None)
        super().__init__(**kwargs)
        self.src_vocab_size, self.tgt_vocab_size = src_vocab_size, tgt_vocab_size
        self.embed_dim, self.hidden_dim = embed_dim, hidden_dim
        self.encoder = SeedEncoder(src_vocab_size, embed_dim, hidden_dim, name="encoder")
        self.decoder = SeedDecoder(tgt_vocab_size, embed_dim, hidden_dim, name="decoder")

    def call(self, src, tgt_in=None, training=False):
        if tgt_in is None:  # Keras-style single input, e.g. model.predict((src, tgt_in))
            src, tgt_in = src
        return self.project(self.hidden_states(src, tgt_in, training=training))

    def hidden_states(self, src, tgt_in, training=False):
        hidden, _, _ = self.decoder.run_lstm(
            tgt_in, self.encoder(src, training=training), training=training
        )
        return hidden  # (batch, tgt_len, hidden_dim)

    def project(self, hidden):
        return self.decoder.output_proj(hidden)

    def encode(self, src):
        return {"lstm": self.encoder(src)}

    def decode_step(self, tokens, state):
        logits, lstm_state = self.decoder(tokens[:, None], state["lstm"])
        return logits[:, 0], {"lstm": lstm_state}

    def reorder_state(self, state, indices):
        return {"lstm": [ops.take(t, indices, axis=0) for t in state["lstm"]]}

    def get_config(self):
        return {
            **super().get_config(),
            "src_vocab_size": self.src_vocab_size,
            "tgt_vocab_size": self.tgt_vocab_size,
            "embed_dim": self.embed_dim,
            "hidden_dim": self.hidden_dim,
        }


def build_model(config: ModelConfig) -> keras.Model:
    """Instantiate and build the model a :class:`ModelConfig` describes."""
    if config.architecture == "transformer":
        model = Transformer(
            config.src_vocab_size,
            config.tgt_vocab_size,
            config.d_model,
            config.num_heads,
            config.ff_dim,
            config.encoder_layers,
            config.decoder_layers,
            config.dropout,
            config.tie_embeddings,
            name="transformer",
        )
    else:
        model = SeedNMTModel(
            config.src_vocab_size,
            config.tgt_vocab_size,
            config.embed_dim,
            config.hidden_dim,
            name="seed_nmt",
        )
    model.build_from_config(None)  # creates every variable
    return model


def count_params(model: keras.Model) -> int:
    return int(sum(np.prod(v.shape) for v in model.trainable_weights))
