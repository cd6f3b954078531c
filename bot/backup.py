"""``python -m bot.backup DIR``: a consistent copy of the settings database.

Safe while the bot runs: SQLite's online backup copies a consistent snapshot
even mid-write. The copy is checked (``PRAGMA integrity_check``) and named
``bot-YYYYMMDD-HHMMSS.sqlite3``; only the newest ``--keep`` copies in ``DIR``
are kept. Reads ``BOT_DB_PATH`` (environment, or ``--env-file``) unless
``--db`` is given. Restoring is copying a backup over ``BOT_DB_PATH`` while
the bot is stopped (see docs/DEPLOY.md).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

from dotenv import load_dotenv

from bot.settings import Settings, SettingsError

PATTERN = "bot-*.sqlite3"


def backup(db_path: Path, directory: Path, *, keep: int = 14, now: float | None = None) -> Path:
    """Copy ``db_path`` into ``directory``, check the copy, prune old copies; the new path.

    Raises FileNotFoundError when there is no database and sqlite3.Error when
    the copy fails or is corrupt (the bad copy is removed).
    """
    if not db_path.is_file():
        raise FileNotFoundError(f"no settings database at {db_path}")
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    target = directory / f"bot-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            [result] = copy.execute("PRAGMA integrity_check").fetchone()
        finally:
            copy.close()
    finally:
        source.close()
    if result != "ok":
        partial.unlink()
        raise sqlite3.DatabaseError(f"the copy failed its integrity check: {result}")
    partial.replace(target)
    for old in sorted(directory.glob(PATTERN))[:-keep]:
        old.unlink()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.backup", description=__doc__.splitlines()[0]
    )
    parser.add_argument("directory", type=Path, help="where the copies go")
    parser.add_argument("--db", type=Path, help="database to copy (default: BOT_DB_PATH)")
    parser.add_argument("--keep", type=int, default=14, help="newest copies kept (default 14)")
    parser.add_argument(
        "--env-file", type=Path, default=Path(".env"), help="dotenv file (default: .env)"
    )
    args = parser.parse_args(argv)
    if args.keep < 1:
        parser.error("--keep must be at least 1")
    db_path = args.db
    if db_path is None:
        load_dotenv(args.env_file, override=False)
        try:
            settings = Settings.from_env(os.environ)
        except SettingsError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        if settings.database_url:
            print(
                "error: BOT_DATABASE_URL is set: the settings are in Postgres; back them up "
                "with pg_dump (docs/SCALING.md)",
                file=sys.stderr,
            )
            return 2
        db_path = settings.db_path
    try:
        target = backup(db_path, args.directory, keep=args.keep)
    except (OSError, sqlite3.Error) as error:
        print(f"error: backup of {db_path} failed: {error}", file=sys.stderr)
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
