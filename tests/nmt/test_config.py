import json

import pytest

from nmt.config import ExperimentConfig
from nmt.errors import ConfigError


def test_shipped_recipes_load():
    for name in ("transformer", "transformer_copy", "seed_lstm"):
        config = ExperimentConfig.load(f"configs/{name}.json")
        assert ExperimentConfig.from_dict(config.to_dict()) == config


@pytest.mark.parametrize(
    "raw,message",
    [
        ({"modle": {}}, "unknown config key"),
        ({"model": {"d_modle": 3}}, "unknown key.*model: d_modle"),
        ({"model": {"d_model": "big"}}, "model.d_model must be int"),
        ({"model": {"d_model": 100, "num_heads": 3}}, "divisible"),
        ({"train": {"learning_rate": -1.0}}, "train.learning_rate"),
        ({"tokenizer": {"kind": "words"}}, "tokenizer.kind must be one of"),
        ({"train": {"bf16": 1}}, "train.bf16 must be bool"),
        ({"data": {"extra_repeat": 0}}, "data.extra_repeat must be a positive integer"),
    ],
)
def test_bad_values_name_the_key(raw, message):
    with pytest.raises(ConfigError, match=message):
        ExperimentConfig.from_dict(raw)


def test_missing_and_invalid_files(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        ExperimentConfig.load(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ConfigError, match="not valid JSON"):
        ExperimentConfig.load(bad)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"name": "x", "train": {"epochs": 2}}))
    assert ExperimentConfig.load(good).train.epochs == 2
