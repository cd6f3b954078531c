"""SQLite state: auto-translate channels, flag-reaction claims, key/value meta.

Every call is one small indexed statement, so it runs on the event loop; the
set of auto-translate channels is also cached in memory for ``on_message``.
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
    enabled_at REAL    NOT NULL
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
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.executescript(_SCHEMA)
        self._channels = {
            row[0] for row in self._db.execute("SELECT channel_id FROM autotranslate")
        }
        cutoff = time.time() - FLAG_CLAIM_DAYS * 86400
        self._db.execute("DELETE FROM flag_claims WHERE claimed_at < ?", (cutoff,))

    def close(self) -> None:
        self._db.close()

    # --------------------------------------------------------- auto-translate

    def autotranslate_enabled(self, channel_id: int) -> bool:
        return channel_id in self._channels

    def set_autotranslate(self, guild_id: int, channel_id: int, enabled: bool, *, by: int) -> bool:
        """Turn auto-translate on/off; returns True when this changed anything."""
        if enabled == (channel_id in self._channels):
            return False
        if enabled:
            self._db.execute(
                "INSERT OR REPLACE INTO autotranslate VALUES (?, ?, ?, ?)",
                (channel_id, guild_id, by, time.time()),
            )
            self._channels.add(channel_id)
        else:
            self._db.execute("DELETE FROM autotranslate WHERE channel_id = ?", (channel_id,))
            self._channels.discard(channel_id)
        return True

    def autotranslate_channels(self, guild_id: int) -> list[int]:
        rows = self._db.execute(
            "SELECT channel_id FROM autotranslate WHERE guild_id = ? ORDER BY channel_id",
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
