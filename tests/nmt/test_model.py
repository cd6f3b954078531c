"""Models: cached step-by-step decoding equals the full teacher-forced pass;
configs round-trip through Keras serialization."""

import numpy as np
import pytest
import torch

import nmt  # noqa: F401  (sets the backend)
from nmt.config import ModelConfig
from nmt.model import SeedNMTModel, Transformer, build_model

TINY = {
    "transformer": ModelConfig(
        src_vocab_size=50,
        tgt_vocab_size=50,
        d_model=32,
        num_heads=4,
        ff_dim=64,
        encoder_layers=2,
        decoder_layers=2,
        dropout=0.1,
    ),
    "seed_lstm": ModelConfig(
        architecture="seed_lstm", src_vocab_size=40, tgt_vocab_size=60, embed_dim=16, hidden_dim=24
    ),
}


@pytest.mark.parametrize("arch", sorted(TINY))
def test_step_by_step_decoding_matches_full_pass(arch):
    torch.manual_seed(0)
    config = TINY[arch]
    model = build_model(config)
    src = torch.randint(4, config.src_vocab_size, (3, 7))
    src[1, 4:] = 0  # padding must be masked in both paths
    src[2, 2:] = 0
    tgt = torch.randint(4, config.tgt_vocab_size, (3, 6))
    with torch.no_grad():
        full = model(src, tgt)  # (3, 6, vocab)
        state = model.encode(src)
        steps = []
        for t in range(tgt.shape[1]):
            logits, state = model.decode_step(tgt[:, t], state)
            steps.append(logits)
    np.testing.assert_allclose(torch.stack(steps, 1).numpy(), full.numpy(), atol=1e-4)


def test_padding_does_not_change_the_result():
    torch.manual_seed(0)
    model = build_model(TINY["transformer"])
    src = torch.tensor([[5, 6, 7, 3]])
    padded = torch.tensor([[5, 6, 7, 3, 0, 0, 0]])
    tgt = torch.tensor([[2, 9, 10]])
    with torch.no_grad():
        np.testing.assert_allclose(model(src, tgt).numpy(), model(padded, tgt).numpy(), atol=1e-5)


def test_reorder_state_selects_rows():
    torch.manual_seed(0)
    model = build_model(TINY["transformer"])
    src = torch.randint(4, 50, (2, 5))
    with torch.no_grad():
        state = model.encode(src)
        swapped = model.reorder_state(state, torch.tensor([1, 0]))
        a, _ = model.decode_step(torch.tensor([2, 2]), state)
        b, _ = model.decode_step(torch.tensor([2, 2]), swapped)
    np.testing.assert_allclose(a.numpy()[::-1], b.numpy(), atol=1e-5)


@pytest.mark.parametrize("cls,arch", [(Transformer, "transformer"), (SeedNMTModel, "seed_lstm")])
def test_keras_serialization_round_trip(tmp_path, cls, arch):
    import keras

    model = build_model(TINY[arch])
    assert isinstance(model, cls)
    path = tmp_path / "model.keras"
    model.save(path)
    restored = keras.saving.load_model(path)  # safe_mode: no arbitrary code
    assert type(restored) is cls
    src = torch.randint(4, 30, (2, 5))
    tgt = torch.randint(4, 30, (2, 4))
    with torch.no_grad():
        np.testing.assert_allclose(model(src, tgt).numpy(), restored(src, tgt).numpy(), atol=1e-6)
