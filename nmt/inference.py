"""A plain-PyTorch inference engine for a trained :class:`~nmt.model.Transformer`.

The Keras model defines, trains and saves the network. Decoding one token of
a small model takes ~20 matrix-vector products and ~60 small tensor
operations; on the CPU, Keras's per-operation bookkeeping on the torch
backend costs more than that arithmetic. This engine reads the trained
weights once and runs the same network with plain torch calls, behind the
same ``encode`` / ``decode_step`` / ``reorder_state`` API, so
:mod:`nmt.decoding` drives either.

Beyond translating Keras ops one to one it:

* preallocates the decoder's self-attention key/value cache and writes it in
  place (no ``concatenate`` per step);
* computes query, key and value of self-attention in one multiply, and every
  layer's cross-attention keys/values in one multiply per input, with the
  attention scale folded into the query weights;
* runs the matrix multiplies through oneDNN with pre-packed weights. With
  ``precision="bfloat16"`` (the default where the CPU has bf16 instructions)
  the multiplies take bf16 inputs and accumulate in fp32, as they did in
  training (bf16 autocast); layer norms, softmax and the residual stream stay
  fp32. ``precision="float32"`` reproduces the Keras model to ~1e-5.

``tests/nmt/test_inference.py`` checks both against the Keras model;
``bench/bench_decoding.py`` measures them.
"""

from __future__ import annotations

import functools
import math

import torch
import torch.nn.functional as F  # noqa: N812

from nmt.model import PAD_ID, Transformer

PRECISIONS = ("auto", "float32", "mixed")
# In "mixed" precision a multiply of at most this many rows (one sentence,
# or one sentence's beams) reads int8 weights: 2-3x faster than oneDNN there.
INT8_MAX_ROWS = 4
INT8_MAX_OUTPUTS = 8192  # rows x output features


def _t(variable) -> torch.Tensor:
    """The fp32 torch tensor behind a Keras variable."""
    return variable.value.detach().float()


@functools.cache
def _onednn(dtype: torch.dtype) -> bool:
    """Whether oneDNN's linear works here for ``dtype`` (checked, not assumed)."""
    try:
        if dtype == torch.bfloat16 and not torch.ops.mkldnn._is_mkldnn_bf16_supported():
            return False
        x, w, b = torch.ones(2, 3), torch.ones(4, 3).to(dtype), torch.zeros(4)
        if dtype == torch.bfloat16:
            w = torch.ops.mkldnn._reorder_linear_weight(w, 1)
        out = torch.ops.mkldnn._linear_pointwise(x.to(dtype), w, b.to(dtype), "none", [], "")
        return bool(torch.equal(out.float(), torch.full((2, 4), 3.0)))
    except (AttributeError, RuntimeError):
        return False


@functools.cache
def _int8_weight_only_works() -> bool:
    try:
        x, w = torch.ones(1, 32, dtype=torch.bfloat16), torch.ones(8, 32, dtype=torch.int8)
        s = torch.ones(8, dtype=torch.bfloat16)
        return bool((torch._weight_int8pack_mm(x, w, s) == 32).all())
    except (AttributeError, RuntimeError):
        return False


def resolve_precision(precision: str = "auto") -> str:
    """``"auto"`` -> ``"mixed"`` where the CPU runs bf16 through oneDNN, else ``"float32"``."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    supported = _onednn(torch.bfloat16) and _int8_weight_only_works()
    if precision == "auto":
        return "mixed" if supported else "float32"
    if precision == "mixed" and not supported:
        raise ValueError("precision 'mixed' needs a CPU with bf16 support in oneDNN")
    return precision


class _Norm:
    def __init__(self, layer):
        self.weight, self.bias, self.eps = _t(layer.gamma), _t(layer.beta), layer.epsilon

    def __call__(self, x):
        return F.layer_norm(x, x.shape[-1:], self.weight, self.bias, self.eps)


class _Linear:
    """``x @ kernel + bias`` (Keras kernel layout ``(in, out)``), optionally with
    a fused ReLU, computed and returned in the engine's dtype."""

    def __init__(self, kernel: torch.Tensor, bias: torch.Tensor, dtype, onednn: bool):
        weight = kernel.t().contiguous()  # torch's layout: (out, in)
        # oneDNN is 1.5-3x faster than torch's default (MKL) path on this
        # project's AMD CPUs for 1-128 rows; bf16 weights are packed once into
        # its layout (packed fp32 measured slower than plain).
        self.onednn = onednn
        self.weight = weight.to(dtype)
        if onednn and dtype == torch.bfloat16:
            self.weight = torch.ops.mkldnn._reorder_linear_weight(self.weight, 1)
        self.bias = bias.to(dtype).contiguous()
        self.dtype = dtype
        self.int8 = None  # per-output-channel int8 weights and their scales
        if dtype == torch.bfloat16:
            scale = weight.abs().amax(dim=1).clamp(min=1e-12) / 127
            self.int8 = (torch.round(weight / scale[:, None]).to(torch.int8), scale.to(dtype))
            self.int8_rows = min(INT8_MAX_ROWS, INT8_MAX_OUTPUTS // len(weight))

    def __call__(self, x, relu: bool = False):
        x = x.to(self.dtype)
        if self.int8 is not None and x.numel() <= self.int8_rows * x.shape[-1]:
            out = torch._weight_int8pack_mm(x.reshape(-1, x.shape[-1]), *self.int8) + self.bias
            out = out.view(*x.shape[:-1], -1)
        elif self.onednn:
            return torch.ops.mkldnn._linear_pointwise(
                x, self.weight, self.bias, "relu" if relu else "none", [], ""
            )
        else:
            out = F.linear(x, self.weight, self.bias)
        return torch.relu(out) if relu else out


class _Attention:
    """One :class:`~nmt.model.MultiHeadAttention`, the scale folded into Q.

    Self-attention gets one fused query/key/value multiply (``qkv``);
    cross-attention only ``query``, as its keys and values are computed once
    per input (``TorchTransformer.memory_kv``).
    """

    def __init__(self, layer, make, cross: bool):
        self.heads, self.head_dim = layer.num_heads, layer.head_dim
        scale = self.head_dim**-0.5
        q, qb = _t(layer.query.kernel) * scale, _t(layer.query.bias) * scale
        if cross:
            self.query = make(q, qb)
        else:
            self.qkv = make(
                torch.cat([q, _t(layer.key.kernel), _t(layer.value.kernel)], dim=1),
                torch.cat([qb, _t(layer.key.bias), _t(layer.value.bias)]),
            )
        self.output = make(_t(layer.output_proj.kernel), _t(layer.output_proj.bias))

    def split(self, x):
        """``(batch, len, dim)`` -> ``(batch, heads, len, head_dim)``."""
        batch, length, _ = x.shape
        return x.view(batch, length, self.heads, self.head_dim).transpose(1, 2)

    def merge(self, x):
        """``(batch, heads, len, head_dim)`` -> ``(batch, len, dim)``."""
        batch, _, length, _ = x.shape
        return x.transpose(1, 2).reshape(batch, length, self.heads * self.head_dim)

    @staticmethod
    def attend(q, key, value, bias=None):
        """Already-scaled ``q`` against ``key``/``value``, all split into heads;
        ``bias`` is ``-1e9`` at padding (``None``: no padding)."""
        scores = torch.matmul(q, key.transpose(-1, -2))
        if bias is not None:
            scores = scores + bias
        return torch.matmul(torch.softmax(scores, dim=-1), value)


class TorchTransformer:
    """Inference-only copy of a Keras :class:`~nmt.model.Transformer`'s weights.

    A snapshot: build a new engine after the Keras weights change.

    Example:
        >>> engine = TorchTransformer(keras_model)
        >>> state = engine.encode(src)                  # (batch, src_len) int64
        >>> logits, state = engine.decode_step(bos, state)
    """

    def __init__(self, model: Transformer, precision: str = "auto", max_positions: int = 1024):
        self.precision = resolve_precision(precision)
        self.dtype = dtype = torch.bfloat16 if self.precision == "mixed" else torch.float32
        onednn = _onednn(dtype)

        def make(kernel, bias):
            return _Linear(kernel, bias, dtype, onednn)

        self.dim, self.heads = model.d_model, model.num_heads
        self.head_dim = self.dim // self.heads
        self.scale = math.sqrt(self.dim)
        self.src_embedding = _t(model.src_embed.embedding.embeddings)
        self.tgt_embedding = _t(model.tgt_embed.embedding.embeddings)
        self.positions = self._positions(max_positions, self.dim)

        def ff(layer):
            return tuple(make(_t(d.kernel), _t(d.bias)) for d in (layer.inner, layer.outer))

        self.encoder = [
            (_Norm(b.attn_norm), _Attention(b.attn, make, False), _Norm(b.ff_norm), ff(b.ff))
            for b in model.encoder_blocks
        ]
        self.decoder = [
            (
                _Norm(b.self_norm),
                _Attention(b.self_attn, make, False),
                _Norm(b.cross_norm),
                _Attention(b.cross_attn, make, True),
                _Norm(b.ff_norm),
                ff(b.ff),
            )
            for b in model.decoder_blocks
        ]
        # Every decoder layer's cross-attention keys and values, in one multiply.
        kv = [getattr(b.cross_attn, n) for b in model.decoder_blocks for n in ("key", "value")]
        self.memory_kv = make(
            torch.cat([_t(d.kernel) for d in kv], dim=1), torch.cat([_t(d.bias) for d in kv])
        )
        self.encoder_norm = _Norm(model.encoder_norm)
        self.decoder_norm = _Norm(model.decoder_norm)
        if model.output_proj is not None:
            self.output = make(_t(model.output_proj.kernel), _t(model.output_proj.bias))
        else:  # tied: the (vocab, dim) embedding is the (in, out)-transposed kernel
            self.output = make(self.tgt_embedding.t(), torch.zeros(len(self.tgt_embedding)))

    @staticmethod
    def _positions(length: int, dim: int) -> torch.Tensor:
        # Same formula as nmt.model.sinusoidal_positions, computed once.
        pos = torch.arange(length, dtype=torch.float32)[:, None]
        inv_freq = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(1e4) / dim))
        angles = pos * inv_freq[None, :]
        return torch.cat([torch.sin(angles), torch.cos(angles)], dim=-1)

    @staticmethod
    def _feed_forward(ff, x):
        inner, outer = ff
        return outer(inner(x, relu=True))

    @torch.inference_mode()
    def encode(self, src: torch.Tensor) -> dict:
        """Encode a padded batch ``(batch, src_len)``."""
        src = torch.as_tensor(src, dtype=torch.long)
        batch, src_len = src.shape
        padding = src == PAD_ID
        bias = None  # attention bias: -1e9 at padding
        if bool(padding.any()):
            bias = torch.zeros(batch, 1, 1, src_len, dtype=self.dtype)
            bias.masked_fill_(padding[:, None, None, :], -1e9)
        # The residual stream stays fp32; attention runs in the engine's dtype.
        x = F.embedding(src, self.src_embedding) * self.scale + self.positions[:src_len]
        for norm1, attn, norm2, ff in self.encoder:
            q, k, v = attn.qkv(norm1(x)).split(self.dim, dim=-1)
            out = attn.attend(attn.split(q), attn.split(k), attn.split(v), bias)
            x = x + attn.output(attn.merge(out))
            x = x + self._feed_forward(ff, norm2(x))
        memory = self.encoder_norm(x)
        kv = [attn.split(t) for t in self.memory_kv(memory).split(self.dim, dim=-1)]
        # The cache doubles when full: reordering it (beams, finished rows)
        # copies at most twice what is filled.
        return {
            "bias": bias,
            "memory_kv": list(zip(kv[0::2], kv[1::2], strict=True)),
            "cache": torch.zeros(
                len(self.decoder), 2, batch, self.heads, 8, self.head_dim, dtype=self.dtype
            ),
            "step": 0,
        }

    @torch.inference_mode()
    def decode_step(self, tokens: torch.Tensor, state: dict):
        """One token per row ``(batch,)`` -> ``(logits (batch, vocab), state)``.

        The cache is written in place: the state passed in must not be used
        again (the searches only use the returned one, or a reordered copy).
        """
        step, cache = state["step"], state["cache"]
        if step >= cache.shape[-2]:
            cache = torch.cat([cache, torch.zeros_like(cache)], dim=-2)
        batch = tokens.shape[0]
        x = F.embedding(tokens, self.tgt_embedding) * self.scale + self.positions[step]
        for i, (norm1, attn, norm2, cross, norm3, ff) in enumerate(self.decoder):
            qkv = attn.qkv(norm1(x)).view(batch, 3, self.heads, self.head_dim)
            cache[i, :, :, :, step] = qkv[:, 1:].transpose(0, 1)
            keys, values = cache[i, 0, :, :, : step + 1], cache[i, 1, :, :, : step + 1]
            out = attn.attend(qkv[:, 0, :, None], keys, values)  # (batch, heads, 1, head_dim)
            x = x + attn.output(out.reshape(batch, self.dim))
            q = cross.query(norm2(x)).view(batch, self.heads, 1, self.head_dim)
            out = cross.attend(q, *state["memory_kv"][i], state["bias"])
            x = x + cross.output(out.reshape(batch, self.dim))
            x = x + self._feed_forward(ff, norm3(x))
        logits = self.output(self.decoder_norm(x))
        return logits, {**state, "cache": cache, "step": step + 1}

    def reorder_beams(self, state: dict, indices: torch.Tensor) -> dict:
        """:meth:`reorder_state` for ``indices`` that only move rows among the
        beams of one source sentence: the encoder's part of the state is the
        same for all of them and stays as it is."""
        return {**state, "cache": state["cache"].index_select(2, indices)}

    def reorder_state(self, state: dict, indices: torch.Tensor) -> dict:
        """Select (and copy) batch rows: finished sentences leave, beams follow parents."""
        bias = state["bias"]
        return {
            "bias": None if bias is None else bias.index_select(0, indices),
            "memory_kv": [
                (k.index_select(0, indices), v.index_select(0, indices))
                for k, v in state["memory_kv"]
            ],
            "cache": state["cache"].index_select(2, indices),
            "step": state["step"],
        }


def inference_engine(model, precision: str = "auto"):
    """The fastest object with the decoding API for ``model``: the torch engine
    for a Transformer, the Keras model itself otherwise (the seed LSTM)."""
    if isinstance(model, Transformer):
        return TorchTransformer(model, precision)
    resolve_precision(precision)  # still reject a bad value
    return model
