"""The scale-out settings: shards, Postgres, metrics."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError


def test_scale_out_is_off_by_default():
    s = Settings.from_env({})
    assert s.database_url is None and s.metrics_port is None
    assert s.shard_count is None and s.shard_ids is None
    assert s.metrics_host == "127.0.0.1"


def test_shard_ids_lists_and_ranges():
    s = Settings.from_env({"BOT_SHARD_COUNT": "16", "BOT_SHARD_IDS": "0-3, 8,9"})
    assert s.shard_ids == (0, 1, 2, 3, 8, 9)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"BOT_SHARD_IDS": "0,1"}, "BOT_SHARD_IDS needs BOT_SHARD_COUNT"),
        ({"BOT_SHARD_IDS": "2", "BOT_SHARD_COUNT": "2"}, "must be below BOT_SHARD_COUNT=2, got 2"),
        ({"BOT_SHARD_IDS": "a", "BOT_SHARD_COUNT": "2"}, "BOT_SHARD_IDS must be shard numbers"),
        ({"BOT_SHARD_COUNT": "0"}, "BOT_SHARD_COUNT must be a positive integer"),
        ({"BOT_METRICS_PORT": "70000"}, "BOT_METRICS_PORT must be a TCP port"),
        ({"BOT_DATABASE_URL": "mysql://x"}, "BOT_DATABASE_URL must be a postgresql://"),
    ],
)
def test_bad_scale_out_settings_name_the_key(env, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)
