"""``python -m bot``: start-up errors, token hygiene, signals, the console."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time

import discord
import pytest

import bot.__main__ as main_module
from bot.client import TranslatorBot
from bot.console import run_console
from bot.errors import QueueClosed
from bot.model_service import MODEL_CHOICE_KEY
from bot.queue import TranslationQueue
from bot.service import TranslationService
from bot.settings import SETTINGS_HELP
from bot.storage import Storage

TOKEN = "MTIz.fake-token.XYZ"


@pytest.fixture
def env(monkeypatch, tmp_path, models_root):
    for key in list(os.environ):
        if key.startswith("BOT_") or key == "DISCORD_TOKEN":
            monkeypatch.delenv(key)
    monkeypatch.setenv("BOT_MODELS_ROOT", str(models_root))
    monkeypatch.setenv("BOT_MODEL_DIR", str(models_root / "en-es"))
    # No Spanish → English model here unless a test makes one (models/es-en may exist).
    monkeypatch.setenv("BOT_MODEL_DIR_ES_EN", str(models_root / "es-en"))
    monkeypatch.setenv("BOT_DB_PATH", str(tmp_path / "bot.sqlite3"))
    return monkeypatch


def run_main(tmp_path, loader, *args: str) -> int:
    return main_module.main([*args, "--env-file", str(tmp_path / "missing.env")], loader)


def test_no_token_says_how_to_fix_it(env, tmp_path, loader, capsys):
    assert run_main(tmp_path, loader) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "DISCORD_TOKEN is not set" in err and "--console" in err


def test_bad_setting_names_the_key(env, tmp_path, loader, capsys):
    env.setenv("BOT_QUEUE_MAX", "abc")
    assert run_main(tmp_path, loader) == 2
    assert capsys.readouterr().err == "error: BOT_QUEUE_MAX must be a positive integer, got 'abc'\n"


def test_token_from_dotenv_file(env, tmp_path, loader, capsys, monkeypatch):
    (tmp_path / "bot.env").write_text(f"DISCORD_TOKEN={TOKEN}\nBOT_MODEL_DIR={tmp_path / 'nope'}\n")
    monkeypatch.delenv("BOT_MODEL_DIR")
    assert main_module.main(["--env-file", str(tmp_path / "bot.env")], loader) == 2
    err = capsys.readouterr().err
    assert "nope does not exist (set BOT_MODEL_DIR)" in err
    assert TOKEN not in err
    os.environ.pop("DISCORD_TOKEN", None)
    os.environ.pop("BOT_MODEL_DIR", None)


def test_corrupt_model_stops_start_up(env, tmp_path, loader, capsys, models_root):
    env.setenv("DISCORD_TOKEN", TOKEN)
    env.setenv("BOT_MODEL_DIR", str(models_root / "broken"))
    assert run_main(tmp_path, loader) == 1
    assert "config.json is missing" in capsys.readouterr().err


def test_rejected_token_is_one_line_and_never_logged(env, tmp_path, loader, capsys, caplog):
    env.setenv("DISCORD_TOKEN", TOKEN)

    async def rejected(self, token, *, reconnect=True):
        logging.getLogger("discord.client").info("logging in using static token %s", token)
        raise discord.LoginFailure("Improper token has been passed.")

    env.setattr(TranslatorBot, "start", rejected)
    with caplog.at_level(logging.DEBUG):
        assert run_main(tmp_path, loader) == 2

    out, err = capsys.readouterr()
    assert "Loaded model fake-en-es 1.0 (test BLEU 31.4, chrF 55.2)" in out
    assert err == "error: Discord rejected DISCORD_TOKEN (LoginFailure): check the token.\n"
    assert TOKEN not in out + err
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


def test_sighup_reloads_and_sigterm_drains_queued_work(env, tmp_path, loader, translator):
    env.setenv("DISCORD_TOKEN", TOKEN)
    translator.delay = 0.02
    tickets = []

    async def connected(self, token, *, reconnect=True):
        os.kill(os.getpid(), signal.SIGHUP)
        while len(loader.loaded) < 2:  # start-up load + SIGHUP reload
            await asyncio.sleep(0.01)
        tickets.extend(self.services.translation.queue.submit([f"t{i}"]) for i in range(5))
        os.kill(os.getpid(), signal.SIGTERM)
        while not self.is_closed():
            await asyncio.sleep(0.01)

    env.setattr(TranslatorBot, "start", connected)
    assert run_main(tmp_path, loader) == 0

    assert [t.future.result() for t in tickets] == [[f"ES:t{i}"] for i in range(5)]


def test_sigterm_answers_every_accepted_request_within_the_drain_timeout(
    env, tmp_path, loader, translator
):
    env.setenv("DISCORD_TOKEN", TOKEN)
    env.setenv("BOT_DRAIN_TIMEOUT_S", "0.5")
    gate = threading.Event()
    tickets = []

    async def connected(self, token, *, reconnect=True):
        translator.gate = gate  # from now on the model never finishes its batch
        queue = self.services.translation.queue
        tickets.extend(queue.submit([f"t{i}"]) for i in range(40))
        while not translator.batches:
            await asyncio.sleep(0.01)
        os.kill(os.getpid(), signal.SIGTERM)
        while not self.is_closed():
            await asyncio.sleep(0.01)

    env.setattr(TranslatorBot, "start", connected)
    started = time.monotonic()
    try:
        assert run_main(tmp_path, loader) == 0
        assert time.monotonic() - started < 5
        assert all(t.future.done() for t in tickets)  # nobody left "thinking…"
        assert all(isinstance(t.future.exception(), QueueClosed) for t in tickets)
    finally:
        gate.set()


async def test_console_uses_the_queue_and_reply_formatting(translator):
    lines = iter(["Good morning <@1>", "Hola, ¿cómo estás?", "   ", "See you"])
    written: list[str] = []

    def read(prompt: str) -> str:
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None

    queue = TranslationQueue(translator, max_wait=0)
    async with queue:
        count = await run_console(TranslationService(queue), read=read, write=written.append)

    assert count == 2
    assert "DISCORD_TOKEN" in written[0]
    assert "es> ES:Good morning <@1>" in written
    assert any("Spanish → English isn't available" in line for line in written)
    assert "es> ES:See you" in written


def test_console_flag_needs_no_token(env, tmp_path, loader, capsys, monkeypatch):
    answers = iter(["Thank you"])

    def fake_input(prompt=""):
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("builtins.input", fake_input)
    assert run_main(tmp_path, loader, "--console") == 0
    out = capsys.readouterr().out
    assert "es> ES:Thank you" in out
    assert "DISCORD_TOKEN" in out


@pytest.mark.parametrize("kind", ["under a file", "a directory", "garbage bytes"])
def test_database_problems_at_start_up_are_one_line_naming_bot_db_path(
    env, tmp_path, loader, capsys, kind
):
    env.setenv("DISCORD_TOKEN", TOKEN)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    if kind == "under a file":
        path = blocker / "bot.sqlite3"
    elif kind == "a directory":
        path = tmp_path / "dir"
        path.mkdir()
    else:
        path = tmp_path / "garbage.sqlite3"
        path.write_bytes(os.urandom(4096))
    env.setenv("BOT_DB_PATH", str(path))

    assert run_main(tmp_path, loader) == 2

    err = capsys.readouterr().err
    assert err.startswith("error: BOT_DB_PATH=") and err.count("\n") == 1
    assert "Traceback" not in err


class _Socket:
    code = None


@pytest.mark.parametrize(("code", "words"), [(4004, "token was rejected"), (4013, "intents")])
def test_fatal_close_codes_while_running_are_one_clear_line(
    env, tmp_path, loader, capsys, code, words
):
    env.setenv("DISCORD_TOKEN", TOKEN)

    async def closed(self, token, *, reconnect=True):
        raise discord.ConnectionClosed(_Socket(), shard_id=None, code=code)

    env.setattr(TranslatorBot, "start", closed)
    assert run_main(tmp_path, loader) == 2

    err = capsys.readouterr().err
    assert err.startswith("error: Discord closed the connection") and words in err
    assert err.count("\n") == 1 and TOKEN not in err


# ------------------------------------------------------------ --help, --version


def test_help_lists_every_setting_with_its_default(capsys):
    with pytest.raises(SystemExit) as exited:
        main_module.parse_args(["--help"])

    assert exited.value.code == 0
    out = capsys.readouterr().out
    for key, default, meaning in SETTINGS_HELP:
        assert f"  {key}={default}\n" in out
        assert " ".join(meaning.split()[:4]) in " ".join(out.split())


def test_version_names_the_package_discord_py_and_python():
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, timeout=60
    )

    assert done.returncode == 0, done.stderr
    assert re.fullmatch(
        r"discord-nmt \d+\.\d+\.\d+\S* \(discord\.py 2\.\d+\.\d+, Python 3\.\d+\.\d+\)\n",
        done.stdout,
    )


# ------------------------------------------------------------ model choice at start-up


def run_until_connected(env, tmp_path, loader, on_connect) -> int:
    """Run ``python -m bot`` with a fake gateway: ``on_connect(bot)``, then SIGTERM."""
    env.setenv("DISCORD_TOKEN", TOKEN)

    async def connected(self, token, *, reconnect=True):
        await on_connect(self)
        os.kill(os.getpid(), signal.SIGTERM)
        while not self.is_closed():
            await asyncio.sleep(0.01)

    env.setattr(TranslatorBot, "start", connected)
    return run_main(tmp_path, loader)


def save_choice(tmp_path, name: str, default) -> None:
    storage = Storage(tmp_path / "bot.sqlite3")
    storage.set_meta(MODEL_CHOICE_KEY, json.dumps({"name": name, "default": str(default)}))
    storage.close()


def saved_choice(tmp_path) -> str | None:
    storage = Storage(tmp_path / "bot.sqlite3")
    try:
        return storage.get_meta(MODEL_CHOICE_KEY)
    finally:
        storage.close()


def test_a_reload_choice_is_served_again_after_a_restart(env, tmp_path, loader, models_root):
    async def reload_v2(bot):
        await bot.services.models.reload("en-es-v2")

    assert run_until_connected(env, tmp_path, loader, reload_v2) == 0
    served = []

    async def record(bot):
        served.append((bot.services.models.model_dir, bot.services.models.info["name"]))
        served.append(bot.services.models.persistence)

    loader.loaded.clear()
    assert run_until_connected(env, tmp_path, loader, record) == 0

    assert loader.loaded == [models_root / "en-es-v2"]  # not BOT_MODEL_DIR first
    assert served[0] == (models_root / "en-es-v2", "fake-v2")
    assert "kept after a restart" in served[1]


def test_reloading_the_bot_model_dir_by_name_forgets_the_choice(env, tmp_path, loader):
    async def reload_twice(bot):
        await bot.services.models.reload("en-es-v2")
        await bot.services.models.reload("en-es")

    assert run_until_connected(env, tmp_path, loader, reload_twice) == 0
    assert saved_choice(tmp_path) is None


@pytest.mark.parametrize(
    ("name", "reason"), [("broken", "config.json is missing"), ("deleted", "no model called")]
)
def test_a_choice_that_no_longer_loads_falls_back_to_bot_model_dir_with_a_log_line(
    env, tmp_path, loader, models_root, caplog, name, reason
):
    save_choice(tmp_path, name, models_root / "en-es")
    served = []

    async def record(bot):
        served.append(bot.services.models.model_dir)

    with caplog.at_level(logging.WARNING, logger="bot"):
        assert run_until_connected(env, tmp_path, loader, record) == 0

    assert served == [models_root / "en-es"]
    [line] = [r.getMessage() for r in caplog.records if "/model reload" in r.getMessage()]
    assert reason in line and f"Falling back to BOT_MODEL_DIR={models_root / 'en-es'}" in line
    assert saved_choice(tmp_path) is None  # not tried again at every start


def test_a_changed_bot_model_dir_wins_over_an_older_choice(env, tmp_path, loader, models_root):
    save_choice(tmp_path, "en-es-v2", models_root / "en-es-old")
    served = []

    async def record(bot):
        served.append(bot.services.models.model_dir)

    assert run_until_connected(env, tmp_path, loader, record) == 0

    assert served == [models_root / "en-es"]
    assert saved_choice(tmp_path) is None


# ------------------------------------------------------------ both ways


def stop_at_login(env, seen: dict):
    """Patch the bot to record its directions and stop where Discord would answer."""

    async def start(self, token, *, reconnect=True):
        seen["directions"] = self.services.translation.directions
        seen["es_en"] = self.services.models_es_en
        raise discord.LoginFailure("Improper token has been passed.")

    env.setattr(TranslatorBot, "start", start)


def test_both_models_load_at_start(env, tmp_path, two_way_loader, two_way_root, capsys):
    env.setenv("DISCORD_TOKEN", TOKEN)
    seen: dict = {}
    stop_at_login(env, seen)

    assert run_main(tmp_path, two_way_loader) == 2  # stopped at the (fake) login

    out = capsys.readouterr().out
    assert "Loaded model fake-en-es 1.0 (test BLEU 31.4, chrF 55.2) from /fake (English" in out
    assert "Loaded model fake-es-en 1.0 (test BLEU 31.4, chrF 55.2) from /fake (Spanish" in out
    assert seen["directions"] == {"en-es", "es-en"}
    assert two_way_loader.loaded == [two_way_root / "en-es", two_way_root / "es-en"]


def test_without_a_spanish_model_the_bot_runs_one_way_and_says_so_once(
    env, tmp_path, loader, caplog
):
    env.setenv("DISCORD_TOKEN", TOKEN)
    seen: dict = {}
    stop_at_login(env, seen)

    with caplog.at_level(logging.INFO):
        assert run_main(tmp_path, loader) == 2

    said = [r.getMessage() for r in caplog.records if "Spanish → English is off" in r.getMessage()]
    assert len(said) == 1 and "set BOT_MODEL_DIR_ES_EN" in said[0]
    assert seen["directions"] == {"en-es"}
    assert not seen["es_en"].serving  # /model reload can still start it


def test_a_spanish_model_dir_that_translates_the_other_way_stops_start_up(
    env, tmp_path, loader, models_root, capsys
):
    env.setenv("DISCORD_TOKEN", TOKEN)
    env.setenv("BOT_MODEL_DIR_ES_EN", str(models_root / "en-es-v2"))

    assert run_main(tmp_path, loader) == 2

    err = capsys.readouterr().err
    assert err.startswith("error: BOT_MODEL_DIR_ES_EN: ")
    assert "translates en-es, not es-en" in err and err.count("\n") == 1
