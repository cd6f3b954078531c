"""SQLite state: auto-translate channels, flag claims, translation links,
per-guild settings, user opt-outs, guilds the bot left, key/value meta.

Every call is one or a few small indexed statements, so it runs on the event
loop; what ``on_message`` reads (channel settings, guild settings, opt-outs)
is also cached in memory. The schema is versioned: see :mod:`bot.migrations`.

A thread follows its parent channel's auto-translate setting unless it has
its own: turning it off in one thread of a translated channel stores an
explicit "off" for that thread.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bot.guild_config import GuildConfig
from bot.migrations import migrate

FLAG_CLAIM_DAYS = 30
TRANSLATION_LINK_DAYS = 30
"""How long a translation follows its original's edits and deletes."""

_GUILD_COLUMNS = ("user_budget", "channel_budget", "budget_window", "prefixes", "reply_style")


def text_hash(text: str) -> str:
    """A short digest of a message's text: tells a real edit from an embed update."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class TranslationLink:
    """The bot messages (in order) that translate message ``source_id``.

    ``kind`` is ``"auto"`` (auto-translate) or ``"flag"`` (a flag reaction).
    """

    source_id: int
    channel_id: int
    guild_id: int
    kind: str
    source_hash: str
    reply_ids: tuple[int, ...]


class Storage:
    """The bot's SQLite database (``":memory:"`` works for tests).

    Opening it migrates the schema to the current version and drops expired
    flag claims and translation links; :meth:`prune` does the latter again
    while the bot runs.
    """

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if Path(str(path)).is_dir():
            raise IsADirectoryError(21, "is a directory", str(path))
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None)
        try:
            migrate(self._db)
        except sqlite3.Error:
            self._db.close()
            raise
        self._settings: dict[int, bool] = {
            row[0]: bool(row[1])
            for row in self._db.execute("SELECT channel_id, enabled FROM autotranslate")
        }
        self._opt_outs: set[int] = {
            row[0] for row in self._db.execute("SELECT user_id FROM opt_outs")
        }
        self._guilds: dict[int, GuildConfig] = {}
        self.prune()

    def close(self) -> None:
        self._db.close()

    def prune(self, now: float | None = None) -> int:
        """Forget flag claims and translation links past their expiry; returns
        how many links went."""
        now = time.time() if now is None else now
        self._db.execute(
            "DELETE FROM flag_claims WHERE claimed_at < ?", (now - FLAG_CLAIM_DAYS * 86400,)
        )
        cutoff = now - TRANSLATION_LINK_DAYS * 86400
        self._db.execute("BEGIN")
        self._db.execute(
            "DELETE FROM translation_parts WHERE source_id IN"
            " (SELECT source_id FROM translations WHERE created_at < ?)",
            (cutoff,),
        )
        gone = self._db.execute("DELETE FROM translations WHERE created_at < ?", (cutoff,)).rowcount
        self._db.execute("COMMIT")
        return gone

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

    # --------------------------------------------------------- translation links

    def link_translation(
        self,
        source_id: int,
        channel_id: int,
        guild_id: int,
        kind: str,
        text: str,
        reply_ids: Sequence[int],
        *,
        now: float | None = None,
    ) -> None:
        """Remember that ``reply_ids`` (in order) translate ``source_id``, whose
        text is ``text``; replaces an earlier link (its expiry starts again)."""
        now = time.time() if now is None else now
        self._db.execute("BEGIN")
        self._db.execute("DELETE FROM translation_parts WHERE source_id = ?", (source_id,))
        self._db.execute(
            "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?)",
            (source_id, channel_id, guild_id, kind, text_hash(text), now),
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO translation_parts VALUES (?, ?, ?)",
            [(reply_id, source_id, part) for part, reply_id in enumerate(reply_ids)],
        )
        self._db.execute("COMMIT")

    def translation(self, source_id: int) -> TranslationLink | None:
        """The unexpired translation of ``source_id``, if the bot posted one."""
        cutoff = time.time() - TRANSLATION_LINK_DAYS * 86400
        row = self._db.execute(
            "SELECT source_id, channel_id, guild_id, kind, source_hash FROM translations"
            " WHERE source_id = ? AND created_at >= ?",
            (source_id, cutoff),
        ).fetchone()
        if row is None:
            return None
        parts = self._db.execute(
            "SELECT reply_id FROM translation_parts WHERE source_id = ? ORDER BY part",
            (source_id,),
        )
        return TranslationLink(*row, reply_ids=tuple(r[0] for r in parts))

    def pop_translations(self, source_ids: Collection[int]) -> list[TranslationLink]:
        """Forget the translations of these (deleted) originals and return them."""
        links = [link for i in source_ids if (link := self.translation(i)) is not None]
        self._forget([link.source_id for link in links])
        return links

    def forget_replies(self, reply_ids: Collection[int]) -> int:
        """Forget every translation one of ``reply_ids`` belongs to (a moderator
        deleted it); returns how many were forgotten."""
        marks = ",".join("?" * len(reply_ids))
        rows = self._db.execute(
            f"SELECT DISTINCT source_id FROM translation_parts WHERE reply_id IN ({marks})",
            tuple(reply_ids),
        ).fetchall()
        self._forget([row[0] for row in rows])
        return len(rows)

    def forget_translation(self, source_id: int) -> None:
        self._forget([source_id])

    def _forget(self, source_ids: Sequence[int]) -> None:
        if not source_ids:
            return
        marks = ",".join("?" * len(source_ids))
        self._db.execute("BEGIN")
        self._db.execute(
            f"DELETE FROM translation_parts WHERE source_id IN ({marks})", tuple(source_ids)
        )
        self._db.execute(
            f"DELETE FROM translations WHERE source_id IN ({marks})", tuple(source_ids)
        )
        self._db.execute("COMMIT")

    # --------------------------------------------------------- guild settings

    def guild_config(self, guild_id: int) -> GuildConfig:
        """The guild's settings (defaults for what it never changed)."""
        config = self._guilds.get(guild_id)
        if config is None:
            config = self._load_guild_config(guild_id)
            self._guilds[guild_id] = config
        return config

    def _load_guild_config(self, guild_id: int) -> GuildConfig:
        row = self._db.execute(
            f"SELECT {', '.join(_GUILD_COLUMNS)} FROM guild_settings WHERE guild_id = ?",
            (guild_id,),
        ).fetchone()
        stored = dict(zip(_GUILD_COLUMNS, row, strict=True)) if row else {}
        if stored.get("prefixes") is not None:
            stored["prefixes"] = tuple(json.loads(stored["prefixes"]))
        exclusions = self._db.execute(
            "SELECT kind, target_id FROM guild_exclusions WHERE guild_id = ?", (guild_id,)
        ).fetchall()
        return replace(
            GuildConfig(),
            **{key: value for key, value in stored.items() if value is not None},
            excluded_roles=frozenset(t for kind, t in exclusions if kind == "role"),
            excluded_channels=frozenset(t for kind, t in exclusions if kind == "channel"),
        )

    def update_guild_config(self, guild_id: int, *, by: int, **changes: object) -> GuildConfig:
        """Change some of the guild's settings (keyword per setting; ``None``
        restores its default); returns the new settings."""
        unknown = set(changes) - set(_GUILD_COLUMNS)
        if unknown:
            raise TypeError(f"unknown guild settings: {', '.join(sorted(unknown))}")
        row = self._db.execute(
            f"SELECT {', '.join(_GUILD_COLUMNS)} FROM guild_settings WHERE guild_id = ?",
            (guild_id,),
        ).fetchone()
        values = dict(zip(_GUILD_COLUMNS, row or (None,) * len(_GUILD_COLUMNS), strict=True))
        for key, value in changes.items():
            values[key] = (
                json.dumps(list(value)) if key == "prefixes" and value is not None else value
            )
        self._db.execute(
            f"INSERT OR REPLACE INTO guild_settings (guild_id, {', '.join(_GUILD_COLUMNS)},"
            " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (guild_id, *values.values(), by, time.time()),
        )
        self._guilds.pop(guild_id, None)
        return self.guild_config(guild_id)

    def set_excluded(self, guild_id: int, kind: str, target_id: int, excluded: bool) -> bool:
        """Exclude (or include again) a role or channel; True when that changed anything."""
        if kind not in ("role", "channel"):
            raise ValueError(f"kind must be 'role' or 'channel', got {kind!r}")
        if excluded:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO guild_exclusions VALUES (?, ?, ?)",
                (guild_id, target_id, kind),
            )
        else:
            cursor = self._db.execute(
                "DELETE FROM guild_exclusions WHERE guild_id = ? AND target_id = ? AND kind = ?",
                (guild_id, target_id, kind),
            )
        self._guilds.pop(guild_id, None)
        return cursor.rowcount == 1

    def reset_guild_config(self, guild_id: int) -> GuildConfig:
        """Every setting and exclusion of the guild back to the defaults."""
        self._db.execute("BEGIN")
        self._db.execute("DELETE FROM guild_settings WHERE guild_id = ?", (guild_id,))
        self._db.execute("DELETE FROM guild_exclusions WHERE guild_id = ?", (guild_id,))
        self._db.execute("COMMIT")
        self._guilds.pop(guild_id, None)
        return self.guild_config(guild_id)

    # --------------------------------------------------------- user opt-outs

    def opted_out(self, user_id: int) -> bool:
        """Whether the user asked for their messages not to be auto-translated."""
        return user_id in self._opt_outs

    def set_opted_out(self, user_id: int, opted_out: bool) -> bool:
        """Record a user's choice (in every server); True when it changed."""
        if opted_out == (user_id in self._opt_outs):
            return False
        if opted_out:
            self._db.execute(
                "INSERT OR REPLACE INTO opt_outs VALUES (?, ?)", (user_id, time.time())
            )
            self._opt_outs.add(user_id)
        else:
            self._db.execute("DELETE FROM opt_outs WHERE user_id = ?", (user_id,))
            self._opt_outs.discard(user_id)
        return True

    # --------------------------------------------------------- guilds the bot left

    def mark_guild_left(self, guild_id: int, *, now: float | None = None) -> None:
        """Note that the bot is no longer in the guild (the first time counts)."""
        self._db.execute(
            "INSERT OR IGNORE INTO guild_departures VALUES (?, ?)",
            (guild_id, time.time() if now is None else now),
        )

    def mark_guild_present(self, guild_id: int) -> bool:
        """The bot is in the guild (again); True when it had been marked as left."""
        cursor = self._db.execute("DELETE FROM guild_departures WHERE guild_id = ?", (guild_id,))
        return cursor.rowcount == 1

    def departed_guilds(self, before: float) -> list[int]:
        """Guilds the bot left before ``before`` (a Unix time)."""
        rows = self._db.execute(
            "SELECT guild_id FROM guild_departures WHERE left_at < ? ORDER BY guild_id", (before,)
        )
        return [row[0] for row in rows]

    def stored_guilds(self) -> set[int]:
        """Every guild something is stored for (settings, channels, links, departures)."""
        return {
            row[0]
            for table in self._guild_tables()
            for row in self._db.execute(f"SELECT DISTINCT guild_id FROM {table}")
        }

    def forget_guild(self, guild_id: int) -> None:
        """Delete everything stored for the guild: channel settings, guild
        settings, exclusions, translation links and its departure record.
        (Opt-outs belong to users, not guilds, and stay.)"""
        channels = [
            row[0]
            for row in self._db.execute(
                "SELECT channel_id FROM autotranslate WHERE guild_id = ?", (guild_id,)
            )
        ]
        self._db.execute("BEGIN")
        self._db.execute(
            "DELETE FROM translation_parts WHERE source_id IN"
            " (SELECT source_id FROM translations WHERE guild_id = ?)",
            (guild_id,),
        )
        for table in self._guild_tables():
            self._db.execute(f"DELETE FROM {table} WHERE guild_id = ?", (guild_id,))
        self._db.execute("COMMIT")
        for channel_id in channels:
            self._settings.pop(channel_id, None)
        self._guilds.pop(guild_id, None)

    def _guild_tables(self) -> list[str]:
        """Tables keyed by guild: every table with a ``guild_id`` column."""
        tables = [
            row[0]
            for row in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return [
            table
            for table in tables
            if any(col[1] == "guild_id" for col in self._db.execute(f"PRAGMA table_info({table})"))
        ]

    # --------------------------------------------------------- meta

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def delete_meta(self, key: str) -> None:
        self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
