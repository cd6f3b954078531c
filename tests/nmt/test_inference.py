"""The plain-torch inference engine computes what the Keras Transformer computes."""

import numpy as np
import pytest
import torch

import nmt  # noqa: F401  (sets the backend)
from nmt.config import ModelConfig
from nmt.decoding import SearchSpec, beam_search, greedy_search
from nmt.inference import TorchTransformer, inference_engine, resolve_precision
from nmt.model import build_model

TINY = ModelConfig(
    src_vocab_size=60,
    tgt_vocab_size=60,
    d_model=32,
    num_heads=4,
    ff_dim=64,
    encoder_layers=2,
    decoder_layers=2,
)
MIXED = resolve_precision("auto") == "mixed"
needs_mixed = pytest.mark.skipif(not MIXED, reason="this CPU has no bf16 support in oneDNN")


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    model = build_model(TINY)
    rng = np.random.default_rng(0)
    for variable in model.weights:  # Keras starts biases at zero: make them count
        if "bias" in variable.path or "beta" in variable.path:
            variable.assign(rng.normal(0, 0.2, variable.shape).astype("float32"))
    return model


def batch(rows: int, length: int = 7):
    torch.manual_seed(1)
    src = torch.randint(4, TINY.src_vocab_size, (rows, length))
    src[-1, length // 2 :] = 0  # one padded row
    return src


def step_logits(stepper, src, tgt):
    """Logits ``(batch, len, vocab)`` of stepping ``tgt`` one token at a time."""
    with torch.no_grad():
        state = stepper.encode(src)
        out = []
        for t in range(tgt.shape[1]):
            logits, state = stepper.decode_step(tgt[:, t], state)
            out.append(torch.as_tensor(logits).float())
    return torch.stack(out, 1)


def test_float32_engine_matches_keras_full_pass(model):
    src = batch(3)
    tgt = torch.randint(4, TINY.tgt_vocab_size, (3, 12))  # > 8: the cache must grow
    with torch.no_grad():
        full = model(src, tgt)
    engine = TorchTransformer(model, "float32")
    np.testing.assert_allclose(step_logits(engine, src, tgt).numpy(), full.numpy(), atol=1e-4)


@needs_mixed
@pytest.mark.parametrize("rows", [1, 3, 16])  # int8 weights for few rows, bf16 for many
def test_mixed_engine_stays_close_to_keras(model, rows):
    src = batch(rows)
    tgt = torch.randint(4, TINY.tgt_vocab_size, (rows, 6))
    with torch.no_grad():
        full = model(src, tgt).numpy()
    mixed = step_logits(TorchTransformer(model, "mixed"), src, tgt).numpy()
    error = np.abs(mixed - full).max()
    assert error < 0.05 * full.std(), (error, full.std())
    assert (mixed.argmax(-1) == full.argmax(-1)).mean() > 0.9


def test_reorder_beams_equals_reorder_state_within_groups(model):
    engine = TorchTransformer(model, "float32")
    src = batch(2).repeat_interleave(3, dim=0)  # two sentences, three beams each
    within = torch.tensor([2, 0, 0, 4, 5, 3])
    nine = torch.full((6,), 9)
    state = engine.encode(src)
    _, state = engine.decode_step(torch.arange(6) + 4, state)  # the beams now differ
    a, _ = engine.decode_step(nine, engine.reorder_state(state, within))
    b, _ = engine.decode_step(nine, engine.reorder_beams(state, within))
    unordered, _ = engine.decode_step(nine, state)
    np.testing.assert_allclose(a.numpy(), b.numpy(), atol=1e-6)
    np.testing.assert_allclose(a.numpy(), unordered[within].numpy(), atol=1e-6)
    assert not np.allclose(a.numpy(), unordered.numpy(), atol=1e-3)


@pytest.mark.parametrize("beam", [1, 3])
def test_searches_give_the_same_ids_through_engine_and_keras(model, beam):
    spec = SearchSpec(bos_id=2, eos_id=3, banned_ids=(0, 1, 2), max_len_a=1.0, max_len_b=4)
    src = batch(4)
    engine = TorchTransformer(model, "float32")
    assert beam_search(engine, src, spec, beam) == beam_search(model, src, spec, beam)
    if beam == 1:
        assert greedy_search(engine, src, spec) == greedy_search(model, src, spec)


def test_engine_choice_and_bad_precision(model):
    assert isinstance(inference_engine(model), TorchTransformer)
    seed = build_model(
        ModelConfig(architecture="seed_lstm", src_vocab_size=20, tgt_vocab_size=20, hidden_dim=8)
    )
    assert inference_engine(seed) is seed  # the baseline keeps its Keras path
    with pytest.raises(ValueError, match="precision"):
        inference_engine(model, "float16")
    assert TorchTransformer(model).precision == ("mixed" if MIXED else "float32")
