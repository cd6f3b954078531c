"""Postgres under :class:`bot.storage.Storage`, for gateways on several hosts.

``BOT_DATABASE_URL=postgresql://user:password@host/dbname`` selects it. The
tables, columns and behaviour are those of the SQLite database (the schema is
versioned the same way: :data:`MIGRATIONS` here mirrors
:data:`bot.migrations.MIGRATIONS` step for step, and a test checks both reach
the same tables and columns).

The driver is asyncpg, on an event loop of its own in one thread: the
storage interface stays synchronous (each call is a small indexed statement;
the hot reads are in-memory caches, see :mod:`bot.database`), so a call from
the bot's loop waits for one round trip to the server. A connection lost is
reopened on the next call; while the server is unreachable, calls fail at
once for :data:`RETRY_AFTER_S` instead of holding the loop on every event.

Each process keeps its caches current with ``LISTEN``/``NOTIFY``: writes that
change a cached value send a notification in the same transaction, and after
a reconnect (notifications may have been missed) the caches are reloaded.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from bot.database import Statement, StorageError
from bot.migrations import SchemaTooNew

log = logging.getLogger(__name__)

T = TypeVar("T")

CHANNEL = "bot_storage"
"""The ``LISTEN``/``NOTIFY`` channel for cache changes."""

CALL_TIMEOUT_S = 5.0
"""Longest a storage call may hold the bot's loop (connect or statement)."""

RETRY_AFTER_S = 2.0
"""After a failed connect, calls fail at once for this long."""

_MIGRATION_LOCK = 7_262_501
"""``pg_advisory_xact_lock`` key: gateways starting together migrate one at a time."""


def _v1_baseline() -> list[str]:
    return [
        """CREATE TABLE autotranslate (
            channel_id BIGINT PRIMARY KEY,
            guild_id   BIGINT NOT NULL,
            enabled_by BIGINT NOT NULL,
            enabled_at DOUBLE PRECISION NOT NULL,
            enabled    INTEGER NOT NULL DEFAULT 1
        )""",
        """CREATE TABLE flag_claims (
            message_id BIGINT PRIMARY KEY,
            claimed_at DOUBLE PRECISION NOT NULL
        )""",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ]


def _v2_translation_links() -> list[str]:
    return [
        """CREATE TABLE translations (
            source_id   BIGINT PRIMARY KEY,
            channel_id  BIGINT NOT NULL,
            guild_id    BIGINT NOT NULL,
            kind        TEXT   NOT NULL,
            source_hash TEXT   NOT NULL,
            created_at  DOUBLE PRECISION NOT NULL
        )""",
        "CREATE INDEX translations_created ON translations (created_at)",
        """CREATE TABLE translation_parts (
            reply_id  BIGINT PRIMARY KEY,
            source_id BIGINT NOT NULL,
            part      INTEGER NOT NULL
        )""",
        "CREATE INDEX translation_parts_source ON translation_parts (source_id, part)",
    ]


def _v3_guild_settings() -> list[str]:
    return [
        """CREATE TABLE guild_settings (
            guild_id       BIGINT PRIMARY KEY,
            user_budget    INTEGER,
            channel_budget INTEGER,
            budget_window  INTEGER,
            prefixes       TEXT,
            reply_style    TEXT,
            updated_by     BIGINT NOT NULL,
            updated_at     DOUBLE PRECISION NOT NULL
        )""",
        """CREATE TABLE guild_exclusions (
            guild_id  BIGINT NOT NULL,
            target_id BIGINT NOT NULL,
            kind      TEXT   NOT NULL CHECK (kind IN ('role', 'channel')),
            PRIMARY KEY (guild_id, target_id)
        )""",
        """CREATE TABLE opt_outs (
            user_id      BIGINT PRIMARY KEY,
            opted_out_at DOUBLE PRECISION NOT NULL
        )""",
    ]


def _v4_guild_departures() -> list[str]:
    return [
        """CREATE TABLE guild_departures (
            guild_id BIGINT PRIMARY KEY,
            left_at  DOUBLE PRECISION NOT NULL
        )"""
    ]


MIGRATIONS: tuple[Callable[[], list[str]], ...] = (
    _v1_baseline,
    _v2_translation_links,
    _v3_guild_settings,
    _v4_guild_departures,
)
"""Step ``n`` takes the schema from version ``n - 1`` to ``n``, as in SQLite.
Never edit a step that shipped: add the next one (to both lists)."""

SCHEMA_VERSION = len(MIGRATIONS)


def placeholders(sql: str) -> str:
    """``?`` placeholders (SQLite's) as ``$1, $2, …`` (Postgres')."""
    count = iter(range(1, 10_000))
    return re.sub(r"\?", lambda _: f"${next(count)}", sql)


def _row_count(status: str) -> int:
    """``"INSERT 0 1"`` / ``"DELETE 3"`` → the count at the end."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class PostgresDatabase:
    """A Postgres database through asyncpg, migrated on open.

    Args:
        url: ``postgresql://…`` (a unix socket: ``postgresql:///db?host=/run/postgresql``).
        timeout: Longest one call may take, connecting included.
    """

    engine = "postgres"

    def __init__(self, url: str, *, timeout: float = CALL_TIMEOUT_S) -> None:
        import asyncpg  # only needed with BOT_DATABASE_URL

        self._asyncpg = asyncpg
        self.url = url
        self.timeout = timeout
        self._callbacks: list[Callable[[str | None], None]] = []
        self._connection = None
        self._connected_once = False
        self._failed_at = 0.0
        self._failure = ""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="postgres", daemon=True)
        self._thread.start()
        self._closed = False
        try:
            self._call(self._migrate())
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------ the interface

    def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        return self._call(self._execute(placeholders(sql), args))

    def query(self, sql: str, args: Sequence[object] = ()) -> list[tuple]:
        return self._call(self._query(placeholders(sql), args))

    def transaction(self, statements: Sequence[Statement]) -> list[int]:
        converted = [(placeholders(sql), args) for sql, args in statements]
        return self._call(self._transaction(converted))

    def tables_with_column(self, column: str) -> list[str]:
        rows = self.query(
            "SELECT table_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND column_name = ?"
            " ORDER BY table_name",
            (column,),
        )
        return [row[0] for row in rows]

    def notify(self, change: str) -> None:
        self.execute("SELECT pg_notify(?, ?)", (CHANNEL, change))

    def on_change(self, callback: Callable[[str | None], None]) -> None:
        self._callbacks.append(callback)

    def poll(self) -> None:
        """Nothing to do: changes arrive as notifications."""

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._connection is not None:
            try:
                self._run(self._connection.close(timeout=2), 3)
            except Exception:
                log.debug("Closing the Postgres connection failed", exc_info=True)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    # ------------------------------------------------------------ internals

    def _run(self, coro: Awaitable[T], timeout: float) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def _call(self, coro: Awaitable[T]) -> T:
        """Run ``coro`` on the database thread; errors as :class:`StorageError`."""
        if self._closed:
            coro.close()  # type: ignore[attr-defined]
            raise StorageError("the settings database is closed")
        try:
            return self._run(coro, self.timeout)
        except (SchemaTooNew, StorageError):
            raise
        except TimeoutError:
            self._drop_connection()
            raise StorageError(
                f"the settings database did not answer within {self.timeout:.0f} s"
            ) from None
        except (OSError, self._asyncpg.PostgresError, self._asyncpg.InterfaceError) as error:
            if not isinstance(error, self._asyncpg.PostgresError) or _connection_lost(error):
                self._drop_connection()
            raise StorageError(f"settings database: {error}") from error

    def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._loop.call_soon_threadsafe(connection.terminate)

    async def _connect(self):
        if self._connection is not None and not self._connection.is_closed():
            return self._connection
        if time.monotonic() - self._failed_at < RETRY_AFTER_S:
            raise StorageError(f"settings database unreachable ({self._failure})")
        try:
            connection = await self._asyncpg.connect(self.url, timeout=self.timeout)
        except (OSError, TimeoutError, self._asyncpg.PostgresError) as error:
            self._failed_at, self._failure = time.monotonic(), str(error) or type(error).__name__
            raise StorageError(
                f"cannot connect to the settings database: {self._failure}"
            ) from None
        await connection.add_listener(CHANNEL, self._notified)
        connection.add_termination_listener(lambda _: self._changed(None))
        self._connection = connection
        if self._connected_once:  # notifications may have been missed while away
            self._changed(None)
        self._connected_once = True
        return connection

    async def _execute(self, sql: str, args: Sequence[object]) -> int:
        connection = await self._connect()
        return _row_count(await connection.execute(sql, *args))

    async def _query(self, sql: str, args: Sequence[object]) -> list[tuple]:
        connection = await self._connect()
        return [tuple(row) for row in await connection.fetch(sql, *args)]

    async def _transaction(self, statements: Sequence[Statement]) -> list[int]:
        connection = await self._connect()
        async with connection.transaction():
            return [_row_count(await connection.execute(sql, *args)) for sql, args in statements]

    async def _migrate(self) -> None:
        connection = await self._connect()
        async with connection.transaction():
            await connection.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
            await connection.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
            )
            version = await connection.fetchval("SELECT max(version) FROM schema_version")
            version = version or 0
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(
                    f"its schema version is {version}, newer than this bot's {SCHEMA_VERSION};"
                    " upgrade the bot or restore a backup"
                )
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for sql in MIGRATIONS[step - 1]():
                    await connection.execute(sql)
            if version < SCHEMA_VERSION:
                await connection.execute("DELETE FROM schema_version")
                await connection.execute("INSERT INTO schema_version VALUES ($1)", SCHEMA_VERSION)
                log.info("Postgres settings schema: version %d → %d", version, SCHEMA_VERSION)

    def schema_version(self) -> int:
        return self.query("SELECT max(version) FROM schema_version")[0][0] or 0

    def _notified(self, connection, pid: int, channel: str, payload: str) -> None:
        if pid != connection.get_server_pid():  # our own writes are in the caches already
            self._changed(payload)

    def _changed(self, change: str | None) -> None:
        # On the database thread: callbacks must not call back into the database.
        for callback in self._callbacks:
            try:
                callback(change)
            except Exception:
                log.exception("Applying a settings change (%r) failed", change)


def _connection_lost(error: Exception) -> bool:
    """Whether a server error means the session is gone (reconnect next time)."""
    name = type(error).__name__
    return name in {"AdminShutdownError", "CannotConnectNowError", "ConnectionFailureError"}
