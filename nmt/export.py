"""Export a trained Transformer to CTranslate2: ``python -m nmt export --model DIR``.

The Keras model stays the source of truth for training and evaluation; this
writes the same weights, vocabulary and positions as a CTranslate2 model in
``DIR/ct2/`` (float32 on disk; quantised when loaded), which the serving engine
(:mod:`nmt.ct2`) runs. Layout of our blocks, in CTranslate2's terms: pre-norm
layers, a final layer norm on each side, ReLU feed-forward, scaled embeddings
shared by encoder, decoder and output projection, sinusoidal positions written
out as a table (the model's own, which concatenates sin and cos halves).
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np

from nmt.errors import ModelLoadError

log = logging.getLogger(__name__)

CT2_DIR = "ct2"
MAX_POSITIONS = 1024


def _dense(spec, layer) -> None:
    kernel, bias = (np.asarray(w, dtype=np.float32) for w in layer.get_weights())
    spec.weight = np.ascontiguousarray(kernel.T)
    spec.bias = bias


def _fused(spec, layers) -> None:
    kernels, biases = zip(*(layer.get_weights() for layer in layers), strict=True)
    spec.weight = np.ascontiguousarray(np.concatenate(kernels, axis=1).T.astype(np.float32))
    spec.bias = np.concatenate(biases).astype(np.float32)


def _norm(spec, layer) -> None:
    gamma, beta = (np.asarray(w, dtype=np.float32) for w in layer.get_weights())
    spec.gamma, spec.beta = gamma, beta


def build_spec(model, vocabulary: list[str]):
    """A CTranslate2 ``TransformerSpec`` holding ``model``'s weights."""
    from ctranslate2.specs import transformer_spec

    if not getattr(model, "tie_embeddings", False) or model.src_vocab_size != len(vocabulary):
        raise ModelLoadError("CTranslate2 export needs a Transformer with tied embeddings")
    spec = transformer_spec.TransformerSpec.from_config(
        (model.encoder_layers, model.decoder_layers), model.num_heads, pre_norm=True
    )
    embedding = np.asarray(model.src_embed.embedding.get_weights()[0], dtype=np.float32)
    from keras import ops

    from nmt.model import sinusoidal_positions

    # The model's own position table, written out for CTranslate2.
    table = np.asarray(ops.convert_to_numpy(sinusoidal_positions(0, MAX_POSITIONS, model.d_model)))
    table = table.astype(np.float32)
    encoder_embeddings = spec.encoder.embeddings
    if isinstance(encoder_embeddings, list):
        encoder_embeddings = encoder_embeddings[0]
    encoder_embeddings.weight = embedding
    spec.decoder.embeddings.weight = embedding
    for side in (spec.encoder, spec.decoder):
        side.scale_embeddings = True
        side.position_encodings.encodings = table
    for layer_spec, block in zip(spec.encoder.layer, model.encoder_blocks, strict=True):
        attn = block.attn
        _norm(layer_spec.self_attention.layer_norm, block.attn_norm)
        _fused(layer_spec.self_attention.linear[0], [attn.query, attn.key, attn.value])
        _dense(layer_spec.self_attention.linear[1], attn.output_proj)
        _norm(layer_spec.ffn.layer_norm, block.ff_norm)
        _dense(layer_spec.ffn.linear_0, block.ff.inner)
        _dense(layer_spec.ffn.linear_1, block.ff.outer)
    _norm(spec.encoder.layer_norm, model.encoder_norm)
    for layer_spec, block in zip(spec.decoder.layer, model.decoder_blocks, strict=True):
        own, cross = block.self_attn, block.cross_attn
        _norm(layer_spec.self_attention.layer_norm, block.self_norm)
        _fused(layer_spec.self_attention.linear[0], [own.query, own.key, own.value])
        _dense(layer_spec.self_attention.linear[1], own.output_proj)
        _norm(layer_spec.attention.layer_norm, block.cross_norm)
        _dense(layer_spec.attention.linear[0], cross.query)
        _fused(layer_spec.attention.linear[1], [cross.key, cross.value])
        _dense(layer_spec.attention.linear[2], cross.output_proj)
        _norm(layer_spec.ffn.layer_norm, block.ff_norm)
        _dense(layer_spec.ffn.linear_0, block.ff.inner)
        _dense(layer_spec.ffn.linear_1, block.ff.outer)
    _norm(spec.decoder.layer_norm, model.decoder_norm)
    spec.decoder.projection.weight = embedding
    spec.decoder.projection.bias = np.zeros(len(vocabulary), dtype=np.float32)
    spec.config.unk_token = vocabulary[1]
    spec.config.bos_token = vocabulary[2]
    spec.config.eos_token = vocabulary[3]
    spec.config.decoder_start_token = vocabulary[2]
    spec.config.add_source_eos = True
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec


def export_ct2(model_dir: str | Path, out: str | Path | None = None) -> Path:
    """Write ``model_dir``'s Transformer as a CTranslate2 model (default ``model_dir/ct2``)."""
    from nmt.modeldir import load_model_dir

    loaded = load_model_dir(model_dir)
    if loaded.config.model.architecture != "transformer":
        raise ModelLoadError("only Transformer models can be exported to CTranslate2")
    sp = loaded.codec.sp
    vocabulary = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    spec = build_spec(loaded.model, vocabulary)
    out = Path(out) if out else Path(model_dir) / CT2_DIR
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    spec.validate()
    spec.optimize(quantization="float32")
    tmp.mkdir(parents=True)
    spec.save(str(tmp))
    (tmp / "nmt_export.json").write_text(
        json.dumps({"from": Path(model_dir).name, "weights_sha": weights_digest(loaded.path)})
        + "\n"
    )
    if out.exists():
        shutil.rmtree(out)
    tmp.replace(out)
    log.info("exported %s to %s", model_dir, out)
    return out


def weights_digest(model_dir: Path) -> str:
    """A short SHA-256 of ``model.weights.h5``: ties an export to its weights."""
    import hashlib

    return hashlib.sha256((Path(model_dir) / "model.weights.h5").read_bytes()).hexdigest()[:16]
