from __future__ import annotations

from pathlib import Path

import pytest

import bot.settings as settings_module
from bot.settings import SETTINGS_HELP, Settings, SettingsError


def test_defaults():
    settings = Settings.from_env({})
    assert settings.token is None
    assert settings.model_dir == Path("models/en-es")
    assert settings.models_root == Path("models")
    assert settings.model_dir_es_en == Path("models/es-en")
    assert settings.queue_max == 100 and settings.batch_max == 32 and settings.beam_size == 0
    assert settings.operator_ids == frozenset()


def test_reads_every_key():
    env = {
        "DISCORD_TOKEN": "abc.def.ghi",
        "BOT_MODEL_DIR": "models/v2",
        "BOT_MODEL_DIR_ES_EN": "/srv/models/es-en-v3",
        "BOT_MODELS_ROOT": "/srv/models",
        "BOT_DB_PATH": "/var/lib/bot/db.sqlite3",
        "BOT_OPERATOR_IDS": "123, 456",
        "BOT_QUEUE_MAX": "7",
        "BOT_BATCH_MAX": "4",
        "BOT_BATCH_WAIT_MS": "0",
        "BOT_REQUEST_TIMEOUT_S": "12.5",
        "BOT_COOLDOWN_REQUESTS": "2",
        "BOT_COOLDOWN_SECONDS": "10",
        "BOT_DRAIN_TIMEOUT_S": "3",
        "BOT_MESSAGE_CONTENT": "false",
        "BOT_BEAM_SIZE": "1",
        "BOT_THREADS": "2",
        "BOT_ALLOWED_GUILDS": "111,222",
        "BOT_GUILD_GRACE_DAYS": "0.5",
        "BOT_DATABASE_URL": "postgresql://bot:secret@db.internal/bot",
        "BOT_SHARD_COUNT": "4",
        "BOT_SHARD_IDS": "2-3",
        "BOT_METRICS_PORT": "9100",
        "BOT_METRICS_HOST": "0.0.0.0",
        "BOT_LOG_LEVEL": "debug",
        "BOT_QUEUE_URL": "unix:///run/redis/redis.sock",
        "BOT_WORKER_ID": "gpu-box.1",
        "BOT_RECLAIM_IDLE_MS": "5000",
    }
    s = Settings.from_env(env)
    assert s.token == "abc.def.ghi"
    assert s.model_dir == Path("models/v2") and s.models_root == Path("/srv/models")
    assert s.model_dir_es_en == Path("/srv/models/es-en-v3")
    assert s.operator_ids == frozenset({123, 456})
    assert (s.queue_max, s.batch_max, s.batch_wait_ms) == (7, 4, 0)
    assert (s.request_timeout_s, s.cooldown_requests, s.cooldown_seconds) == (12.5, 2, 10.0)
    assert s.drain_timeout_s == 3.0 and s.message_content is False and s.log_level == "DEBUG"
    assert s.beam_size == 1 and s.threads == 2
    assert s.allowed_guilds == frozenset({111, 222}) and s.guild_grace_days == 0.5
    assert s.database_url == "postgresql://bot:secret@db.internal/bot"
    assert "secret" not in repr(s)
    assert (s.shard_count, s.shard_ids) == (4, (2, 3))
    assert (s.metrics_port, s.metrics_host) == (9100, "0.0.0.0")
    assert s.queue_url == "unix:///run/redis/redis.sock" and s.worker_id == "gpu-box.1"
    assert s.reclaim_idle_ms == 5000
    assert {key for key, _, _ in SETTINGS_HELP} == set(env)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("BOT_QUEUE_MAX", "abc", "BOT_QUEUE_MAX must be a positive integer, got 'abc'"),
        ("BOT_BATCH_MAX", "0", "BOT_BATCH_MAX must be a positive integer, got '0'"),
        ("BOT_BATCH_WAIT_MS", "-1", "BOT_BATCH_WAIT_MS must be a non-negative integer"),
        ("BOT_COOLDOWN_SECONDS", "nan", "BOT_COOLDOWN_SECONDS must be a positive number"),
        ("BOT_OPERATOR_IDS", "12,bob", "BOT_OPERATOR_IDS must be comma-separated Discord user IDs"),
        ("BOT_LOG_LEVEL", "loud", "BOT_LOG_LEVEL must be one of"),
        ("BOT_BEAM_SIZE", "-1", "BOT_BEAM_SIZE"),
        ("BOT_MESSAGE_CONTENT", "maybe", "BOT_MESSAGE_CONTENT must be true or false"),
        ("DISCORD_TOKEN", "abc def", "DISCORD_TOKEN must not contain spaces"),
        (
            "BOT_ALLOWED_GUILDS",
            "1, home",
            "BOT_ALLOWED_GUILDS must be comma-separated Discord server",
        ),
        ("BOT_GUILD_GRACE_DAYS", "-1", "BOT_GUILD_GRACE_DAYS must be a number of days"),
        ("BOT_QUEUE_URL", "localhost:6379", "BOT_QUEUE_URL must start with redis://"),
        ("BOT_WORKER_ID", "a b", "BOT_WORKER_ID must be up to 64 letters"),
    ],
)
def test_bad_values_name_the_key(key, value, message):
    with pytest.raises(SettingsError, match=message) as caught:
        Settings.from_env({key: value})
    assert caught.value.key == key


def test_settings_are_frozen_and_hide_the_token():
    settings = Settings.from_env({"DISCORD_TOKEN": "secret.token.value"})
    assert "secret.token.value" not in repr(settings)
    with pytest.raises(AttributeError):
        settings.queue_max = 5  # type: ignore[misc]


# ------------------------------------------------ one table: --help, .env.example, docs

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("key", "default"), [(k, d) for k, d, _ in SETTINGS_HELP if d])
def test_documented_default_is_the_real_default(key, default):
    assert Settings.from_env({key: default}) == Settings.from_env({})


@pytest.mark.parametrize("name", [".env.example", "docs/BOT.md"])
def test_generated_files_agree_with_the_table(name):
    expected = settings_module.generated_files(REPO)[REPO / name]
    assert (REPO / name).read_text(encoding="utf-8") == expected, (
        f"{name} is out of date: run `python -m bot.settings`"
    )


def test_env_example_and_docs_list_every_key_with_its_default():
    env_example = (REPO / ".env.example").read_text(encoding="utf-8")
    docs = (REPO / "docs" / "BOT.md").read_text(encoding="utf-8")
    for key, default, meaning in SETTINGS_HELP:
        assert f"\n{key}={default}\n" in env_example
        assert f"| `{key}` | {f'`{default}`' if default else '—'} | {meaning} |" in docs


def test_regenerating_rewrites_stale_files_and_check_reports_them(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    docs = (REPO / "docs" / "BOT.md").read_text(encoding="utf-8")
    (tmp_path / "docs" / "BOT.md").write_text(docs.replace("`BOT_QUEUE_MAX` | `100`", "`X` | `1`"))
    (tmp_path / ".env.example").write_text("BOT_QUEUE_MAX=7\n")

    assert settings_module.main(["--check", "--root", str(tmp_path)]) == 1
    assert capsys.readouterr().out.count("out of date") == 2
    assert settings_module.main(["--root", str(tmp_path)]) == 0
    assert settings_module.main(["--check", "--root", str(tmp_path)]) == 0
    assert (tmp_path / "docs" / "BOT.md").read_text() == docs
