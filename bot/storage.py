"""The bot's state: auto-translate channels, flag claims, translation links,
per-guild settings, user opt-outs, guilds the bot left, key/value meta.

In SQLite (``BOT_DB_PATH``, the default) or Postgres (``BOT_DATABASE_URL``,
for gateways on several hosts): the same tables and the same behaviour, see
:mod:`bot.database`. Every call is one or a few small indexed statements, so
it runs on the event loop; what ``on_message`` reads (channel settings, guild
settings, opt-outs) is also cached in memory, and the caches follow what other
gateway processes change. The schema is versioned: see :mod:`bot.migrations`.

A thread follows its parent channel's auto-translate setting unless it has
its own: turning it off in one thread of a translated channel stores an
explicit "off" for that thread.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bot.database import Database, SqliteDatabase, StorageError
from bot.guild_config import GuildConfig

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

    ``kind`` is ``"auto"`` (auto-translate), ``"flag"`` (a flag reaction, into
    Spanish) or ``"flag-en"`` (a flag reaction, into English).
    """

    source_id: int
    channel_id: int
    guild_id: int
    kind: str
    source_hash: str
    reply_ids: tuple[int, ...]


class Storage:
    """The bot's database: a SQLite path (``":memory:"`` works for tests) or an
    open :class:`~bot.database.Database` (e.g. :func:`open_database`'s Postgres).

    Opening it migrates the schema to the current version and drops expired
    flag claims and translation links; :meth:`prune` does the latter again
    while the bot runs.
    """

    def __init__(self, path: Path | str | Database) -> None:
        self._db: Database = SqliteDatabase(path) if isinstance(path, (str, Path)) else path
        self.path = getattr(self._db, "path", None)
        self._stale = False
        self._settings: dict[int, bool] = {}
        self._opt_outs: set[int] = set()
        self._guilds: dict[int, GuildConfig] = {}
        self._db.on_change(self._changed)  # before reading: no change falls in between
        self._reload()
        self.prune()

    def close(self) -> None:
        self._db.close()

    @property
    def engine(self) -> str:
        """``"sqlite"`` or ``"postgres"``."""
        return self._db.engine

    # --------------------------------------------------------- caches

    def _reload(self) -> None:
        """Read the cached tables again (at start, and when changes were missed)."""
        self._stale = False
        self._settings = {
            row[0]: bool(row[1])
            for row in self._db.query("SELECT channel_id, enabled FROM autotranslate")
        }
        self._opt_outs = {row[0] for row in self._db.query("SELECT user_id FROM opt_outs")}
        self._guilds = {}

    def _fresh(self) -> None:
        """Before a cached read: take in what other processes changed."""
        self._db.poll()
        if self._stale:
            try:
                self._reload()
            except StorageError:
                self._stale = True  # serve the old values; try again next time

    def _changed(self, change: str | None) -> None:
        """Apply a change another process announced (``None``: reload all).

        Called on the database's thread: it only swaps cached values (each an
        atomic dict/set operation), never queries.
        """
        if change is None:
            self._stale = True
            return
        kind, _, rest = change.partition(":")
        key, _, value = rest.partition(":")
        if not key.isdigit():
            return
        target = int(key)
        if kind == "channel":
            if value == "-":
                self._settings.pop(target, None)
            else:
                self._settings[target] = value == "1"
        elif kind == "optout":
            if value == "1":
                self._opt_outs.add(target)
            else:
                self._opt_outs.discard(target)
        elif kind == "guild":
            self._guilds.pop(target, None)

    def prune(self, now: float | None = None) -> int:
        """Forget flag claims and translation links past their expiry; returns
        how many links went."""
        now = time.time() if now is None else now
        self._db.execute(
            "DELETE FROM flag_claims WHERE claimed_at < ?", (now - FLAG_CLAIM_DAYS * 86400,)
        )
        cutoff = now - TRANSLATION_LINK_DAYS * 86400
        _, gone = self._db.transaction(
            [
                (
                    "DELETE FROM translation_parts WHERE source_id IN"
                    " (SELECT source_id FROM translations WHERE created_at < ?)",
                    (cutoff,),
                ),
                ("DELETE FROM translations WHERE created_at < ?", (cutoff,)),
            ]
        )
        return gone

    # --------------------------------------------------------- auto-translate

    def autotranslate_setting(self, channel_id: int) -> bool | None:
        """The channel's own setting; ``None`` when it has none (threads inherit)."""
        self._fresh()
        return self._settings.get(channel_id)

    def autotranslate_enabled(self, channel_id: int, parent_id: int | None = None) -> bool:
        """Whether messages in the channel (a thread: pass its parent) are translated."""
        self._fresh()
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
            self._db.notify(f"channel:{channel_id}:-")
        else:  # on for a channel; on or off for a thread, against its parent
            self._db.execute(
                "INSERT INTO autotranslate VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel_id)"
                " DO UPDATE SET guild_id = excluded.guild_id, enabled_by = excluded.enabled_by,"
                " enabled_at = excluded.enabled_at, enabled = excluded.enabled",
                (channel_id, guild_id, by, time.time(), int(enabled)),
            )
            self._settings[channel_id] = enabled
            self._db.notify(f"channel:{channel_id}:{int(enabled)}")
        return True

    def autotranslate_channels(self, guild_id: int) -> list[int]:
        """Channels (and threads) of a guild switched on explicitly."""
        rows = self._db.query(
            "SELECT channel_id FROM autotranslate WHERE guild_id = ? AND enabled = 1"
            " ORDER BY channel_id",
            (guild_id,),
        )
        return [row[0] for row in rows]

    # --------------------------------------------------------- flag reactions

    def claim_flag(self, message_id: int) -> bool:
        """True the first time a message is claimed for a flag translation (in
        any gateway process: the database decides)."""
        return (
            self._db.execute(
                "INSERT INTO flag_claims VALUES (?, ?) ON CONFLICT DO NOTHING",
                (message_id, time.time()),
            )
            == 1
        )

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
        self._db.transaction(
            [
                ("DELETE FROM translation_parts WHERE source_id = ?", (source_id,)),
                (
                    "INSERT INTO translations VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id)"
                    " DO UPDATE SET channel_id = excluded.channel_id,"
                    " guild_id = excluded.guild_id, kind = excluded.kind,"
                    " source_hash = excluded.source_hash, created_at = excluded.created_at",
                    (source_id, channel_id, guild_id, kind, text_hash(text), now),
                ),
                *(
                    (
                        "INSERT INTO translation_parts VALUES (?, ?, ?) ON CONFLICT (reply_id)"
                        " DO UPDATE SET source_id = excluded.source_id, part = excluded.part",
                        (reply_id, source_id, part),
                    )
                    for part, reply_id in enumerate(reply_ids)
                ),
            ]
        )

    def translation(self, source_id: int) -> TranslationLink | None:
        """The unexpired translation of ``source_id``, if the bot posted one."""
        cutoff = time.time() - TRANSLATION_LINK_DAYS * 86400
        rows = self._db.query(
            "SELECT source_id, channel_id, guild_id, kind, source_hash FROM translations"
            " WHERE source_id = ? AND created_at >= ?",
            (source_id, cutoff),
        )
        if not rows:
            return None
        parts = self._db.query(
            "SELECT reply_id FROM translation_parts WHERE source_id = ? ORDER BY part",
            (source_id,),
        )
        return TranslationLink(*rows[0], reply_ids=tuple(r[0] for r in parts))

    def pop_translations(self, source_ids: Collection[int]) -> list[TranslationLink]:
        """Forget the translations of these (deleted) originals and return them."""
        links = [link for i in source_ids if (link := self.translation(i)) is not None]
        self._forget([link.source_id for link in links])
        return links

    def forget_replies(self, reply_ids: Collection[int]) -> int:
        """Forget every translation one of ``reply_ids`` belongs to (a moderator
        deleted it); returns how many were forgotten."""
        if not reply_ids:
            return 0
        marks = ",".join("?" * len(reply_ids))
        rows = self._db.query(
            f"SELECT DISTINCT source_id FROM translation_parts WHERE reply_id IN ({marks})",
            tuple(reply_ids),
        )
        self._forget([row[0] for row in rows])
        return len(rows)

    def forget_translation(self, source_id: int) -> None:
        self._forget([source_id])

    def _forget(self, source_ids: Sequence[int]) -> None:
        if not source_ids:
            return
        marks = ",".join("?" * len(source_ids))
        self._db.transaction(
            [
                (f"DELETE FROM translation_parts WHERE source_id IN ({marks})", tuple(source_ids)),
                (f"DELETE FROM translations WHERE source_id IN ({marks})", tuple(source_ids)),
            ]
        )

    # --------------------------------------------------------- guild settings

    def guild_config(self, guild_id: int) -> GuildConfig:
        """The guild's settings (defaults for what it never changed)."""
        self._fresh()
        config = self._guilds.get(guild_id)
        if config is None:
            config = self._load_guild_config(guild_id)
            self._guilds[guild_id] = config
        return config

    def _guild_row(self, guild_id: int) -> tuple | None:
        rows = self._db.query(
            f"SELECT {', '.join(_GUILD_COLUMNS)} FROM guild_settings WHERE guild_id = ?",
            (guild_id,),
        )
        return rows[0] if rows else None

    def _load_guild_config(self, guild_id: int) -> GuildConfig:
        row = self._guild_row(guild_id)
        stored = dict(zip(_GUILD_COLUMNS, row, strict=True)) if row else {}
        if stored.get("prefixes") is not None:
            stored["prefixes"] = tuple(json.loads(stored["prefixes"]))
        exclusions = self._db.query(
            "SELECT kind, target_id FROM guild_exclusions WHERE guild_id = ?", (guild_id,)
        )
        return replace(
            GuildConfig(),
            **{key: value for key, value in stored.items() if value is not None},
            excluded_roles=frozenset(t for kind, t in exclusions if kind == "role"),
            excluded_channels=frozenset(t for kind, t in exclusions if kind == "channel"),
        )

    def _guild_changed(self, guild_id: int) -> None:
        self._guilds.pop(guild_id, None)
        self._db.notify(f"guild:{guild_id}")

    def update_guild_config(self, guild_id: int, *, by: int, **changes: object) -> GuildConfig:
        """Change some of the guild's settings (keyword per setting; ``None``
        restores its default); returns the new settings."""
        unknown = set(changes) - set(_GUILD_COLUMNS)
        if unknown:
            raise TypeError(f"unknown guild settings: {', '.join(sorted(unknown))}")
        row = self._guild_row(guild_id)
        values = dict(zip(_GUILD_COLUMNS, row or (None,) * len(_GUILD_COLUMNS), strict=True))
        for key, value in changes.items():
            values[key] = (
                json.dumps(list(value)) if key == "prefixes" and value is not None else value
            )
        updates = ", ".join(f"{c} = excluded.{c}" for c in (*_GUILD_COLUMNS, "updated_by"))
        self._db.execute(
            f"INSERT INTO guild_settings (guild_id, {', '.join(_GUILD_COLUMNS)},"
            " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guild_id)"
            f" DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            (guild_id, *values.values(), by, time.time()),
        )
        self._guild_changed(guild_id)
        return self.guild_config(guild_id)

    def set_excluded(self, guild_id: int, kind: str, target_id: int, excluded: bool) -> bool:
        """Exclude (or include again) a role or channel; True when that changed anything."""
        if kind not in ("role", "channel"):
            raise ValueError(f"kind must be 'role' or 'channel', got {kind!r}")
        if excluded:
            count = self._db.execute(
                "INSERT INTO guild_exclusions VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (guild_id, target_id, kind),
            )
        else:
            count = self._db.execute(
                "DELETE FROM guild_exclusions WHERE guild_id = ? AND target_id = ? AND kind = ?",
                (guild_id, target_id, kind),
            )
        self._guild_changed(guild_id)
        return count == 1

    def reset_guild_config(self, guild_id: int) -> GuildConfig:
        """Every setting and exclusion of the guild back to the defaults."""
        self._db.transaction(
            [
                ("DELETE FROM guild_settings WHERE guild_id = ?", (guild_id,)),
                ("DELETE FROM guild_exclusions WHERE guild_id = ?", (guild_id,)),
            ]
        )
        self._guild_changed(guild_id)
        return self.guild_config(guild_id)

    # --------------------------------------------------------- user opt-outs

    def opted_out(self, user_id: int) -> bool:
        """Whether the user asked for their messages not to be auto-translated."""
        self._fresh()
        return user_id in self._opt_outs

    def set_opted_out(self, user_id: int, opted_out: bool) -> bool:
        """Record a user's choice (in every server); True when it changed."""
        if opted_out == self.opted_out(user_id):
            return False
        if opted_out:
            self._db.execute(
                "INSERT INTO opt_outs VALUES (?, ?) ON CONFLICT (user_id)"
                " DO UPDATE SET opted_out_at = excluded.opted_out_at",
                (user_id, time.time()),
            )
            self._opt_outs.add(user_id)
        else:
            self._db.execute("DELETE FROM opt_outs WHERE user_id = ?", (user_id,))
            self._opt_outs.discard(user_id)
        self._db.notify(f"optout:{user_id}:{int(opted_out)}")
        return True

    # --------------------------------------------------------- guilds the bot left

    def mark_guild_left(self, guild_id: int, *, now: float | None = None) -> None:
        """Note that the bot is no longer in the guild (the first time counts)."""
        self._db.execute(
            "INSERT INTO guild_departures VALUES (?, ?) ON CONFLICT DO NOTHING",
            (guild_id, time.time() if now is None else now),
        )

    def mark_guild_present(self, guild_id: int) -> bool:
        """The bot is in the guild (again); True when it had been marked as left."""
        return self._db.execute("DELETE FROM guild_departures WHERE guild_id = ?", (guild_id,)) == 1

    def departed_guilds(self, before: float) -> list[int]:
        """Guilds the bot left before ``before`` (a Unix time)."""
        rows = self._db.query(
            "SELECT guild_id FROM guild_departures WHERE left_at < ? ORDER BY guild_id", (before,)
        )
        return [row[0] for row in rows]

    def stored_guilds(self) -> set[int]:
        """Every guild something is stored for (settings, channels, links, departures)."""
        return {
            row[0]
            for table in self._db.tables_with_column("guild_id")
            for row in self._db.query(f"SELECT DISTINCT guild_id FROM {table}")
        }

    def forget_guild(self, guild_id: int) -> None:
        """Delete everything stored for the guild: channel settings, guild
        settings, exclusions, translation links and its departure record.
        (Opt-outs belong to users, not guilds, and stay.)"""
        channels = [
            row[0]
            for row in self._db.query(
                "SELECT channel_id FROM autotranslate WHERE guild_id = ?", (guild_id,)
            )
        ]
        self._db.transaction(
            [
                (
                    "DELETE FROM translation_parts WHERE source_id IN"
                    " (SELECT source_id FROM translations WHERE guild_id = ?)",
                    (guild_id,),
                ),
                *(
                    (f"DELETE FROM {table} WHERE guild_id = ?", (guild_id,))
                    for table in self._db.tables_with_column("guild_id")
                ),
            ]
        )
        for channel_id in channels:
            self._settings.pop(channel_id, None)
            self._db.notify(f"channel:{channel_id}:-")
        self._guild_changed(guild_id)

    # --------------------------------------------------------- meta

    def get_meta(self, key: str) -> str | None:
        rows = self._db.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def delete_meta(self, key: str) -> None:
        self._db.execute("DELETE FROM meta WHERE key = ?", (key,))


def open_database(url: str | None, path: Path | str) -> Storage:
    """``BOT_DATABASE_URL`` (``postgresql://…``) when set, else the SQLite file ``path``."""
    if url:
        from bot.pg_storage import PostgresDatabase

        return Storage(PostgresDatabase(url))
    return Storage(path)
