"""The SQL engines under :class:`bot.storage.Storage`: SQLite (default) or Postgres.

:class:`~bot.storage.Storage` writes one SQL dialect that both engines accept
(``?`` placeholders, ``INSERT … ON CONFLICT``) and talks to a :class:`Database`:
``execute`` (returns the row count), ``query`` (returns rows) and
``transaction`` (several statements, all or none). :class:`SqliteDatabase` is
one host's file, in WAL mode; :class:`bot.pg_storage.PostgresDatabase` is a
server several gateway hosts share (``BOT_DATABASE_URL``).

The interface is synchronous on purpose: each call is one or a few small
indexed statements, and what ``on_message`` reads is cached in memory by
:class:`~bot.storage.Storage`, so the cogs call it without ``await`` whatever
the engine.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from bot.migrations import migrate

Statement = tuple[str, Sequence[object]]


class StorageError(sqlite3.DatabaseError):
    """The database server failed or could not be reached.

    A subclass of :class:`sqlite3.DatabaseError`, so the handlers that already
    catch ``sqlite3.Error`` (start-up, ``/model reload``) cover both engines.
    """


class Database(Protocol):
    """What :class:`~bot.storage.Storage` needs from an SQL engine."""

    engine: str
    """``"sqlite"`` or ``"postgres"``."""

    def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        """Run one statement; the number of rows it changed."""

    def query(self, sql: str, args: Sequence[object] = ()) -> list[tuple]:
        """Run one ``SELECT``; its rows."""

    def transaction(self, statements: Sequence[Statement]) -> list[int]:
        """Run the statements all or none; each one's row count."""

    def tables_with_column(self, column: str) -> list[str]:
        """The bot's tables that have ``column``."""

    def notify(self, change: str) -> None:
        """Tell other processes sharing the database that ``change`` happened
        (a no-op where only one host can share it)."""

    def on_change(self, callback: Callable[[str | None], None]) -> None:
        """Call ``callback(change)`` for changes other processes made;
        ``callback(None)`` means "some may have been missed: reload"."""

    def poll(self) -> None:
        """Look for changes other processes made (cheap; called before cached reads)."""

    def close(self) -> None: ...


class SqliteDatabase:
    """A SQLite file (or ``":memory:"``), migrated on open, in WAL mode.

    WAL lets several gateway processes on one host share the file (readers do
    not block the writer); it does not work over a network filesystem, which
    is what Postgres is for.
    """

    engine = "sqlite"
    POLL_INTERVAL_S = 1.0
    """How often :meth:`poll` asks whether another process wrote to the file."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if Path(str(path)).is_dir():
            raise IsADirectoryError(21, "is a directory", str(path))
        self.path = path
        self.connection = sqlite3.connect(str(path), isolation_level=None)
        try:
            if str(path) != ":memory:":
                self.connection.execute("PRAGMA journal_mode = WAL")
                # WAL + NORMAL: a commit survives a crash of the process; only
                # a power cut can lose the last moments (settings, not messages).
                self.connection.execute("PRAGMA synchronous = NORMAL")
            self.connection.execute("PRAGMA busy_timeout = 5000")
            migrate(self.connection)
            self._data_version = self._read_data_version()
        except sqlite3.Error:
            self.connection.close()
            raise
        self._callbacks: list[Callable[[str | None], None]] = []
        self._polled_at = time.monotonic()

    def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        return self.connection.execute(sql, tuple(args)).rowcount

    def query(self, sql: str, args: Sequence[object] = ()) -> list[tuple]:
        return self.connection.execute(sql, tuple(args)).fetchall()

    def transaction(self, statements: Sequence[Statement]) -> list[int]:
        db = self.connection
        db.execute("BEGIN IMMEDIATE")
        try:
            counts = [db.execute(sql, tuple(args)).rowcount for sql, args in statements]
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return counts

    def tables_with_column(self, column: str) -> list[str]:
        tables = [
            row[0]
            for row in self.connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return [
            table
            for table in tables
            if any(c[1] == column for c in self.connection.execute(f"PRAGMA table_info({table})"))
        ]

    def notify(self, change: str) -> None:
        """Other processes on the file notice writes through :meth:`poll`."""

    def on_change(self, callback: Callable[[str | None], None]) -> None:
        self._callbacks.append(callback)

    def poll(self) -> None:
        """At most once a second: if another connection wrote to the file
        (``PRAGMA data_version`` moved), tell the callbacks to reload."""
        now = time.monotonic()
        if not self._callbacks or now - self._polled_at < self.POLL_INTERVAL_S:
            return
        self._polled_at = now
        version = self._read_data_version()
        if version != self._data_version:
            self._data_version = version
            for callback in self._callbacks:
                callback(None)

    def _read_data_version(self) -> int:
        return self.connection.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.connection.close()
