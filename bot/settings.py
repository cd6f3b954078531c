"""Settings read from the environment (and ``.env``), checked once at start-up.

Every key, its default and its meaning is listed once, in :data:`SETTINGS_HELP`,
which produces ``python -m bot --help``, ``.env.example`` and the table in
``docs/BOT.md``; ``python -m bot.settings`` rewrites the two files from it (and
``--check`` says whether they are current). A bad value raises
:class:`SettingsError` naming the key, e.g.
``BOT_QUEUE_MAX must be a positive integer, got 'abc'``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# (key, default, description) — the .env.example list, in order.
SETTINGS_HELP: tuple[tuple[str, str, str], ...] = (
    ("DISCORD_TOKEN", "", "Bot token from the Developer Portal. Required unless --console."),
    (
        "BOT_MODEL_DIR",
        "models/en-es",
        "English → Spanish model directory loaded at start-up (a later `/model reload name` "
        "choice is kept until this changes). Required.",
    ),
    (
        "BOT_MODEL_DIR_ES_EN",
        "models/es-en",
        "Spanish → English model directory. Missing: the bot translates one way only "
        "(Spanish gets a polite 'not available' on commands, silence in channels).",
    ),
    ("BOT_MODELS_ROOT", "models", "Directory whose subdirectories `/model reload name` may load."),
    (
        "BOT_DB_PATH",
        "bot.sqlite3",
        "SQLite file for channel and server settings and bot state (back it up).",
    ),
    (
        "BOT_DATABASE_URL",
        "",
        "postgresql://user:password@host/db: keep settings and bot state in Postgres instead "
        "of BOT_DB_PATH (gateways on several hosts; see docs/SCALING.md).",
    ),
    (
        "BOT_OPERATOR_IDS",
        "",
        "Comma-separated user IDs allowed to reload the model (besides the app owner/team).",
    ),
    ("BOT_QUEUE_MAX", "100", "Requests waiting for the model before new ones get 'busy'."),
    ("BOT_BATCH_MAX", "32", "Most texts sent to the model in one batch."),
    ("BOT_BATCH_WAIT_MS", "20", "How long the worker waits to fill a batch, in milliseconds."),
    ("BOT_REQUEST_TIMEOUT_S", "60", "Seconds a request may wait for its translation."),
    ("BOT_COOLDOWN_REQUESTS", "5", "Translations one user may request per cooldown window."),
    ("BOT_COOLDOWN_SECONDS", "30", "Length of the per-user cooldown window, in seconds."),
    ("BOT_DRAIN_TIMEOUT_S", "20", "On shutdown, seconds to finish queued work before closing."),
    (
        "BOT_MESSAGE_CONTENT",
        "true",
        "Request the privileged message-content intent (auto-translate, flags).",
    ),
    (
        "BOT_BEAM_SIZE",
        "0",
        "Beam width; 0 adapts: the model's beam (4) when quiet, greedy for batches of 8+.",
    ),
    (
        "BOT_THREADS",
        "1",
        "CPU threads the model uses (CTranslate2 engine); 1 leaves a core for the bot.",
    ),
    (
        "BOT_ALLOWED_GUILDS",
        "",
        "Comma-separated server IDs the bot serves; it leaves any other server. "
        "Empty: every server.",
    ),
    (
        "BOT_GUILD_GRACE_DAYS",
        "7",
        "Days a server's settings are kept after the bot leaves it; back within them, "
        "nothing is lost.",
    ),
    # Scale-out (docs/SCALING.md)
    (
        "BOT_SHARD_COUNT",
        "",
        "Total gateway shards across all processes. Empty: Discord's recommendation, "
        "all in this process.",
    ),
    (
        "BOT_SHARD_IDS",
        "",
        "The shards this process runs, e.g. 0,1 or 0-3 (needs BOT_SHARD_COUNT). "
        "Empty: all of them.",
    ),
    (
        "BOT_METRICS_PORT",
        "",
        "Serve Prometheus /metrics, /healthz and /readyz on this port. Empty: off.",
    ),
    (
        "BOT_METRICS_HOST",
        "127.0.0.1",
        "Address the metrics port listens on (0.0.0.0: every interface).",
    ),
    ("BOT_LOG_LEVEL", "INFO", "DEBUG, INFO, WARNING, ERROR or CRITICAL."),
    (
        "BOT_QUEUE_URL",
        "",
        "Scale-out: `redis://host:6379/0` or `unix:///run/redis.sock`. Set, `python -m bot` "
        "loads no model and queues requests on Redis for `python -m bot.worker` processes "
        "(same settings). Empty: one process with the model inside.",
    ),
    (
        "BOT_WORKER_ID",
        "",
        "Name of a `python -m bot.worker` in logs and `/model status`. Empty: host-pid.",
    ),
    (
        "BOT_RECLAIM_IDLE_MS",
        "10000",
        "A job held this long by a worker that stopped answering goes to a live worker.",
    ),
)

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A setting is missing or invalid; the message names the key."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key} {problem}")
        self.key = key


@dataclass(frozen=True, slots=True)
class Settings:
    """All bot settings. Build with :meth:`from_env`; never mutated."""

    token: str | None = field(default=None, repr=False)
    model_dir: Path = Path("models/en-es")
    model_dir_es_en: Path = Path("models/es-en")
    models_root: Path = Path("models")
    db_path: Path = Path("bot.sqlite3")
    operator_ids: frozenset[int] = frozenset()
    queue_max: int = 100
    batch_max: int = 32
    batch_wait_ms: int = 20
    request_timeout_s: float = 60.0
    cooldown_requests: int = 5
    cooldown_seconds: float = 30.0
    drain_timeout_s: float = 20.0
    message_content: bool = True
    beam_size: int = 0
    threads: int = 1
    allowed_guilds: frozenset[int] = frozenset()
    guild_grace_days: float = 7.0
    database_url: str | None = field(default=None, repr=False)  # may hold a password
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    metrics_port: int | None = None
    metrics_host: str = "127.0.0.1"
    log_level: str = "INFO"
    queue_url: str | None = None
    worker_id: str | None = None
    reclaim_idle_ms: int = 10000

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Read and check every setting; raise :class:`SettingsError` on the first bad one."""

        def get(key: str, parse: Callable[[str, str], T], default: T) -> T:
            raw = env.get(key, "").strip()
            return parse(key, raw) if raw else default

        d = cls()
        shard_count = get("BOT_SHARD_COUNT", _positive_int, None)
        shard_ids = get("BOT_SHARD_IDS", _shard_ids, None)
        if shard_ids is not None:
            if shard_count is None:
                raise SettingsError("BOT_SHARD_IDS", "needs BOT_SHARD_COUNT (the total) as well")
            if max(shard_ids) >= shard_count:
                raise SettingsError(
                    "BOT_SHARD_IDS",
                    f"must be below BOT_SHARD_COUNT={shard_count}, got {max(shard_ids)}",
                )
        token = env.get("DISCORD_TOKEN", "").strip() or None
        if token is not None and any(c.isspace() for c in token):
            raise SettingsError(
                "DISCORD_TOKEN", "must not contain spaces (check for stray quotes or text)"
            )
        return cls(
            token=token,
            model_dir=get("BOT_MODEL_DIR", _path, d.model_dir),
            model_dir_es_en=get("BOT_MODEL_DIR_ES_EN", _path, d.model_dir_es_en),
            models_root=get("BOT_MODELS_ROOT", _path, d.models_root),
            db_path=get("BOT_DB_PATH", _path, d.db_path),
            operator_ids=get("BOT_OPERATOR_IDS", _user_ids, frozenset()),
            queue_max=get("BOT_QUEUE_MAX", _positive_int, d.queue_max),
            batch_max=get("BOT_BATCH_MAX", _positive_int, d.batch_max),
            batch_wait_ms=get("BOT_BATCH_WAIT_MS", _non_negative_int, d.batch_wait_ms),
            request_timeout_s=get("BOT_REQUEST_TIMEOUT_S", _positive_float, d.request_timeout_s),
            cooldown_requests=get("BOT_COOLDOWN_REQUESTS", _positive_int, d.cooldown_requests),
            cooldown_seconds=get("BOT_COOLDOWN_SECONDS", _positive_float, d.cooldown_seconds),
            drain_timeout_s=get("BOT_DRAIN_TIMEOUT_S", _positive_float, d.drain_timeout_s),
            message_content=get("BOT_MESSAGE_CONTENT", _bool, d.message_content),
            beam_size=get("BOT_BEAM_SIZE", _non_negative_int, d.beam_size),
            threads=get("BOT_THREADS", _positive_int, d.threads),
            allowed_guilds=get("BOT_ALLOWED_GUILDS", _guild_ids, frozenset()),
            guild_grace_days=get("BOT_GUILD_GRACE_DAYS", _days, d.guild_grace_days),
            database_url=get("BOT_DATABASE_URL", _postgres_url, None),
            shard_count=shard_count,
            shard_ids=shard_ids,
            metrics_port=get("BOT_METRICS_PORT", _port, None),
            metrics_host=get("BOT_METRICS_HOST", _host, d.metrics_host),
            log_level=get("BOT_LOG_LEVEL", _log_level, d.log_level),
            queue_url=get("BOT_QUEUE_URL", _queue_url, None),
            worker_id=get("BOT_WORKER_ID", _worker_id, None),
            reclaim_idle_ms=get("BOT_RECLAIM_IDLE_MS", _positive_int, d.reclaim_idle_ms),
        )


def _path(key: str, raw: str) -> Path:
    return Path(raw).expanduser()


def _positive_int(key: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise SettingsError(key, f"must be a positive integer, got {raw!r}")
    return value


def _non_negative_int(key: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise SettingsError(key, f"must be a non-negative integer, got {raw!r}")
    return value


def _positive_float(key: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise SettingsError(key, f"must be a positive number of seconds, got {raw!r}")
    return value


def _bool(key: str, raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise SettingsError(key, f"must be true or false, got {raw!r}")


def _days(key: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise SettingsError(key, f"must be a number of days (0 or more), got {raw!r}")
    return value


def _id_set(what: str) -> Callable[[str, str], frozenset[int]]:
    def parse(key: str, raw: str) -> frozenset[int]:
        ids = set()
        for part in raw.replace(" ", ",").split(","):
            if not part:
                continue
            if not part.isdigit():
                raise SettingsError(key, f"must be comma-separated {what}, got {part!r}")
            ids.add(int(part))
        return frozenset(ids)

    return parse


_user_ids = _id_set("Discord user IDs")
_guild_ids = _id_set("Discord server IDs")


def _postgres_url(key: str, raw: str) -> str:
    if not raw.startswith(("postgresql://", "postgres://")):
        raise SettingsError(key, "must be a postgresql://… URL (unset: SQLite at BOT_DB_PATH)")
    return raw


def _shard_ids(key: str, raw: str) -> tuple[int, ...]:
    """``0,1,5`` or ``0-3`` (or both: ``0-3,8``)."""
    ids: set[int] = set()
    for part in raw.replace(" ", "").split(","):
        low, dash, high = part.partition("-")
        if not low.isdigit() or (dash and not high.isdigit()):
            raise SettingsError(key, f"must be shard numbers like 0,1 or 0-3, got {part!r}")
        ids.update(range(int(low), int(high if dash else low) + 1))
    if not ids:
        raise SettingsError(key, f"must name at least one shard, got {raw!r}")
    return tuple(sorted(ids))


def _port(key: str, raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise SettingsError(key, f"must be a TCP port (1-65535), got {raw!r}")
    return int(raw)


def _host(key: str, raw: str) -> str:
    if any(c.isspace() for c in raw):
        raise SettingsError(key, f"must be an address such as 127.0.0.1, got {raw!r}")
    return raw


def _log_level(key: str, raw: str) -> str:
    level = raw.upper()
    if level not in _LOG_LEVELS or not isinstance(logging.getLevelName(level), int):
        raise SettingsError(key, f"must be one of {', '.join(_LOG_LEVELS)}, got {raw!r}")
    return level


def _queue_url(key: str, raw: str) -> str:
    if not raw.startswith(("redis://", "rediss://", "unix://")):
        raise SettingsError(
            key, f"must start with redis://, rediss:// or unix://, got {raw.split('@')[-1]!r}"
        )
    return raw


def _worker_id(key: str, raw: str) -> str:
    if not all(c.isalnum() or c in "._-" for c in raw) or len(raw) > 64:
        raise SettingsError(key, f"must be up to 64 letters, digits, '.', '_' or '-', got {raw!r}")
    return raw


# ------------------------------------------------------------ generated text

ENV_EXAMPLE_HEADER = """\
# Settings read by `python -m bot` (from the environment or this file copied to .env).
# Every value below is the default; only DISCORD_TOKEN must be set (unless --console).
# `python -m nmt` reads no settings: it takes command-line options.
# Generated from bot/settings.py (SETTINGS_HELP): run `python -m bot.settings` after changing it.
"""

DOCS_TABLE_START = "<!-- settings table: generated by `python -m bot.settings` -->"
DOCS_TABLE_END = "<!-- end of settings table -->"


def env_example() -> str:
    """The text of ``.env.example``."""
    blocks = [ENV_EXAMPLE_HEADER]
    for key, default, meaning in SETTINGS_HELP:
        blocks.append(f"# {meaning}\n{key}={default}\n")
    return "\n".join(blocks)


def markdown_table() -> str:
    """The settings table of ``docs/BOT.md``."""
    rows = ["| Variable | Default | Meaning |", "|---|---|---|"]
    for key, default, meaning in SETTINGS_HELP:
        shown = f"`{default}`" if default else "—"
        cell = meaning.replace("|", "\\|")
        rows.append(f"| `{key}` | {shown} | {cell} |")
    return "\n".join(rows) + "\n"


def help_text(width: int = 79) -> str:
    """The settings part of ``python -m bot --help``."""
    lines = ["settings (environment variables, or KEY=value lines in --env-file):"]
    for key, default, meaning in SETTINGS_HELP:
        lines.append(f"  {key}={default}")
        lines += textwrap.wrap(meaning, width, initial_indent=" " * 6, subsequent_indent=" " * 6)
    return "\n".join(lines)


def with_docs_table(markdown: str) -> str:
    """``markdown`` (docs/BOT.md) with its settings table replaced by :func:`markdown_table`."""
    start = markdown.index(DOCS_TABLE_START) + len(DOCS_TABLE_START)
    end = markdown.index(DOCS_TABLE_END)
    return f"{markdown[:start]}\n{markdown_table()}{markdown[end:]}"


def generated_files(root: Path) -> dict[Path, str]:
    """Each file generated from :data:`SETTINGS_HELP`, with the text it should have."""
    docs = root / "docs" / "BOT.md"
    return {
        root / ".env.example": env_example(),
        docs: with_docs_table(docs.read_text(encoding="utf-8")),
    }


def main(argv: list[str] | None = None) -> int:
    """``python -m bot.settings [--check]``: rewrite (or check) the generated files."""
    parser = argparse.ArgumentParser(
        prog="python -m bot.settings",
        description="Regenerate .env.example and the settings table in docs/BOT.md "
        "from SETTINGS_HELP.",
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file is out of date"
    )
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args(argv)
    stale = []
    for path, text in generated_files(args.root).items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'out of date' if args.check else 'rewrote'}: {path}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
