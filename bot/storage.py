"""SQLite state: auto-translate channels, flag-reaction claims, key/value meta.

Every call is one small indexed statement, so it runs on the event loop; the
auto-translate settings are also cached in memory for ``on_message``.

A thread follows its parent channel's auto-translate setting unless it has
its own: turning it off in one thread of a translated channel stores an
explicit "off" for that thread.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS autotranslate (
    channel_id INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    enabled_by INTEGER NOT NULL,
    enabled_at REAL    NOT NULL,
    enabled    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS flag_claims (
    message_id INTEGER PRIMARY KEY,
    claimed_at REAL    NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

FLAG_CLAIM_DAYS = 30


class Storage:
    """The bot's SQLite database (``":memory:"`` works for tests)."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if Path(str(path)).is_dir():
            raise IsADirectoryError(21, "is a directory", str(path))
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None)
        try:
            self._db.executescript(_SCHEMA)
        except sqlite3.Error:
            self._db.close()
            raise
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(autotranslate)")}
        if "enabled" not in columns:  # databases from before per-thread settings
            self._db.execute(
                "ALTER TABLE autotranslate ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1"
            )
        self._settings: dict[int, bool] = {
            row[0]: bool(row[1])
            for row in self._db.execute("SELECT channel_id, enabled FROM autotranslate")
        }
        cutoff = time.time() - FLAG_CLAIM_DAYS * 86400
        self._db.execute("DELETE FROM flag_claims WHERE claimed_at < ?", (cutoff,))

    def close(self) -> None:
        self._db.close()

    # --------------------------------------------------------- auto-translate

    def autotranslate_setting(self, channel_id: int) -> bool | None:
        """The channel's own setting; ``None`` when it has none (threads inherit)."""
        return self._settings.get(channel_id)

    def autotranslate_enabled(self, channel_id: int, parent_id: int | None = None) -> bool:
        """Whether messages in the channel (a thread: pass its parent) are translated."""
        own = self._settings.get(channel_id)
        if own is not None:
            return own
        return parent_id is not None and self._settings.get(parent_id, False)

    def set_autotranslate(
        self,
        guild_id: int,
        channel_id: int,
        enabled: bool,
        *,
        by: int,
        parent_id: int | None = None,
    ) -> bool:
        """Turn auto-translate on/off for a channel or (with ``parent_id``) a
        thread; returns True when this changed whether it is translated."""
        if enabled == self.autotranslate_enabled(channel_id, parent_id):
            return False
        inherited = parent_id is not None and self._settings.get(parent_id, False)
        if enabled == inherited:  # a thread going back to its parent's setting
            self._db.execute("DELETE FROM autotranslate WHERE channel_id = ?", (channel_id,))
            self._settings.pop(channel_id, None)
        else:  # on for a channel; on or off for a thread, against its parent
            self._db.execute(
                "INSERT OR REPLACE INTO autotranslate VALUES (?, ?, ?, ?, ?)",
                (channel_id, guild_id, by, time.time(), int(enabled)),
            )
            self._settings[channel_id] = enabled
        return True

    def autotranslate_channels(self, guild_id: int) -> list[int]:
        """Channels (and threads) of a guild switched on explicitly."""
        rows = self._db.execute(
            "SELECT channel_id FROM autotranslate WHERE guild_id = ? AND enabled = 1"
            " ORDER BY channel_id",
            (guild_id,),
        )
        return [row[0] for row in rows]

    # --------------------------------------------------------- flag reactions

    def claim_flag(self, message_id: int) -> bool:
        """True the first time a message is claimed for a flag translation."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO flag_claims VALUES (?, ?)", (message_id, time.time())
        )
        return cursor.rowcount == 1

    def release_flag(self, message_id: int) -> None:
        """Undo a claim whose translation could not be delivered."""
        self._db.execute("DELETE FROM flag_claims WHERE message_id = ?", (message_id,))

    # --------------------------------------------------------- meta

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
