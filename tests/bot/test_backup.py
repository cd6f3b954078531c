"""``python -m bot.backup``: consistent, checked, pruned copies of the settings database."""

from __future__ import annotations

from bot.backup import backup, main
from bot.storage import Storage


def test_copy_of_a_database_in_use_has_its_settings(tmp_path, db_path):
    live = Storage(db_path)  # the bot keeps its connection open
    live.set_autotranslate(1, 10, True, by=99)
    live.update_guild_config(1, by=99, user_budget=4)

    copy = backup(db_path, tmp_path / "backups", now=0)

    assert copy.name.startswith("bot-") and copy.suffix == ".sqlite3"
    restored = Storage(copy)
    assert restored.autotranslate_enabled(10) and restored.guild_config(1).user_budget == 4
    live.close()


def test_only_the_newest_copies_are_kept(tmp_path, db_path):
    Storage(db_path).close()
    made = [backup(db_path, tmp_path / "b", keep=2, now=day * 86400.0) for day in range(4)]

    assert sorted((tmp_path / "b").iterdir()) == made[-2:]


def test_cli_reads_bot_db_path_and_prints_the_copy(tmp_path, db_path, monkeypatch, capsys):
    Storage(db_path).close()
    monkeypatch.setenv("BOT_DB_PATH", str(db_path))

    assert main([str(tmp_path / "b"), "--env-file", str(tmp_path / "none.env")]) == 0

    [printed] = capsys.readouterr().out.splitlines()
    assert printed.startswith(str(tmp_path / "b" / "bot-"))


def test_cli_missing_database_is_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "b"), "--db", str(tmp_path / "nope.sqlite3")]) == 1

    err = capsys.readouterr().err
    assert err.startswith("error: backup of") and "no settings database" in err
    assert err.count("\n") == 1


def test_backup_refuses_when_the_settings_are_in_postgres(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BOT_DATABASE_URL", "postgresql://bot@db/bot")
    assert main([str(tmp_path / "b"), "--env-file", str(tmp_path / "none.env")]) == 2
    assert "pg_dump" in capsys.readouterr().err
