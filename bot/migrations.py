"""Ordered migrations of the settings database, tracked by ``PRAGMA user_version``.

Each migration moves the schema from version ``n - 1`` to ``n`` in one
transaction, so a database is always at some exact version and a failed
upgrade leaves it where it was. Never edit a migration that has shipped: add
the next one.

Databases from before versioning are at version 0 and come in two shapes,
both handled by migration 1: the first release (no ``autotranslate.enabled``)
and the per-thread release (with it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


class SchemaTooNew(sqlite3.DatabaseError):
    """The database was written by a newer bot; an older one must not touch it."""


def _v1_baseline(db: sqlite3.Connection) -> None:
    """Auto-translate channels (per-thread ``enabled``), flag claims, meta."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS autotranslate (
            channel_id INTEGER PRIMARY KEY,
            guild_id   INTEGER NOT NULL,
            enabled_by INTEGER NOT NULL,
            enabled_at REAL    NOT NULL,
            enabled    INTEGER NOT NULL DEFAULT 1
        )"""
    )
    columns = {row[1] for row in db.execute("PRAGMA table_info(autotranslate)")}
    if "enabled" not in columns:  # the first release had no per-thread settings
        db.execute("ALTER TABLE autotranslate ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1")
    db.execute(
        """CREATE TABLE IF NOT EXISTS flag_claims (
            message_id INTEGER PRIMARY KEY,
            claimed_at REAL    NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )


def _v2_translation_links(db: sqlite3.Connection) -> None:
    """Which bot messages translate which message, to follow edits and deletes.

    Only IDs and a hash of the original's text are kept, never the text.
    """
    db.execute(
        """CREATE TABLE translations (
            source_id   INTEGER PRIMARY KEY,
            channel_id  INTEGER NOT NULL,
            guild_id    INTEGER NOT NULL,
            kind        TEXT    NOT NULL,
            source_hash TEXT    NOT NULL,
            created_at  REAL    NOT NULL
        )"""
    )
    db.execute("CREATE INDEX translations_created ON translations (created_at)")
    db.execute(
        """CREATE TABLE translation_parts (
            reply_id  INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL,
            part      INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX translation_parts_source ON translation_parts (source_id, part)")


def _v3_guild_settings(db: sqlite3.Connection) -> None:
    """Per-guild settings (NULL means the default), exclusions, user opt-outs."""
    db.execute(
        """CREATE TABLE guild_settings (
            guild_id       INTEGER PRIMARY KEY,
            user_budget    INTEGER,
            channel_budget INTEGER,
            budget_window  INTEGER,
            prefixes       TEXT,
            reply_style    TEXT,
            updated_by     INTEGER NOT NULL,
            updated_at     REAL    NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE guild_exclusions (
            guild_id  INTEGER NOT NULL,
            target_id INTEGER NOT NULL,
            kind      TEXT    NOT NULL CHECK (kind IN ('role', 'channel')),
            PRIMARY KEY (guild_id, target_id)
        )"""
    )
    db.execute(
        """CREATE TABLE opt_outs (
            user_id       INTEGER PRIMARY KEY,
            opted_out_at  REAL NOT NULL
        )"""
    )


def _v4_guild_departures(db: sqlite3.Connection) -> None:
    """When the bot left a guild: its settings go after a grace period."""
    db.execute(
        """CREATE TABLE guild_departures (
            guild_id INTEGER PRIMARY KEY,
            left_at  REAL    NOT NULL
        )"""
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_baseline,
    _v2_translation_links,
    _v3_guild_settings,
    _v4_guild_departures,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring ``db`` (opened with ``isolation_level=None``) up to ``target``.

    Returns the version it started from. Raises :class:`SchemaTooNew` for a
    database written by a newer bot.
    """
    start = schema_version(db)
    if start > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"its schema version is {start}, newer than this bot's {SCHEMA_VERSION};"
            " upgrade the bot or restore a backup"
        )
    for version in range(start + 1, target + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return start
