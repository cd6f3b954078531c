"""``python -m bot``: load settings and the models, then run the bot (or ``--console``).

Start-up problems (no token, a rejected token, a missing English → Spanish
model, a model that translates the other way, a bad setting) end the process
with one line naming the problem and exit code 2 (configuration) or 1
(runtime). Without a Spanish → English model (``BOT_MODEL_DIR_ES_EN``) the
bot runs one way and says so in one log line. The token is never logged.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.metadata
import logging
import os
import signal
import sqlite3
import sys
from pathlib import Path

import discord
from dotenv import load_dotenv

from bot import language
from bot.client import Services, TranslatorBot
from bot.console import run_console
from bot.cooldown import Cooldown
from bot.directions import EN_ES, ES_EN, label
from bot.errors import ModelReloadFailed, WrongDirection
from bot.metrics import Metrics, MetricsServer, gateway_server, instrument_loader
from bot.model_service import DIR_SETTING, ModelService, forget_model_choice, saved_model_dir
from bot.protocols import Loader
from bot.queue import TranslationQueue
from bot.service import TranslationService
from bot.settings import Settings, SettingsError, help_text
from bot.sharding import ShardPlan, identify_lock_from_url
from bot.storage import Storage, open_database
from bot.translator import describe, load_checked, load_nmt_translator, nmt_loader

log = logging.getLogger("bot")

NO_TOKEN = (
    "DISCORD_TOKEN is not set: put DISCORD_TOKEN=<your bot token> in .env or the environment "
    "(see docs/BOT.md), or run `python -m bot --console` to translate locally."
)


class StartupError(Exception):
    """A problem that stops start-up; the message is the one line printed."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def version() -> str:
    """``discord-nmt 0.1.0 (discord.py 2.7.1, Python 3.11.9)``."""
    try:
        ours = importlib.metadata.version("discord-nmt")
    except importlib.metadata.PackageNotFoundError:
        ours = "(not installed: run pip install -e .)"
    python = ".".join(map(str, sys.version_info[:3]))
    return f"discord-nmt {ours} (discord.py {discord.__version__}, Python {python})"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description=__doc__.splitlines()[0].replace("``", ""),
        epilog=help_text(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--console", action="store_true", help="translate typed lines locally; no token needed"
    )
    parser.add_argument(
        "--env-file", type=Path, default=Path(".env"), help="dotenv file (default: .env)"
    )
    parser.add_argument("--version", action="version", version=version())
    return parser.parse_args(argv)


class _RedactToken(logging.Filter):
    """Belt and braces: never let the token reach a log line."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token and self.token in record.getMessage():
            record.msg, record.args = record.getMessage().replace(self.token, "[token]"), None
        return True


def setup_logging(settings: Settings) -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
        root.addHandler(handler)
    for handler in root.handlers:
        handler.addFilter(_RedactToken(settings.token))
    root.setLevel(settings.log_level)
    logging.getLogger("discord").setLevel(max(logging.INFO, root.level))


async def load_model(loader: Loader, path: Path, pair: str = EN_ES) -> object:
    """Load ``path`` as the ``pair`` model and check it; a missing directory is
    a configuration error (code 2), and so is a model that translates the other way."""
    if not path.is_dir():
        raise StartupError(
            f"Model directory {path} does not exist (set {DIR_SETTING[pair]}).", code=2
        )
    try:
        translator = await asyncio.to_thread(load_checked, loader, path, pair)
    except ModelReloadFailed as error:
        code = 2 if isinstance(error, WrongDirection) else 1  # a wrong directory: configuration
        raise StartupError(f"{DIR_SETTING[pair]}: {error}", code=code) from error
    info = translator.info
    where = info.get("path", path)
    print(f"Loaded model {describe(info)} from {where} ({label(pair)})", flush=True)
    await asyncio.to_thread(language.detect, "warm up the language detector")
    return translator


async def load_start_model(
    loader: Loader, settings: Settings, storage: Storage, pair: str = EN_ES
) -> tuple[object, Path]:
    """The ``pair`` model to serve first, and its directory: the one a
    ``/model reload`` chose, if it still loads, else ``BOT_MODEL_DIR``
    (``BOT_MODEL_DIR_ES_EN`` for Spanish → English)."""
    default_dir = settings.model_dir if pair == EN_ES else settings.model_dir_es_en
    chosen = saved_model_dir(
        storage, models_root=settings.models_root, default_dir=default_dir, direction=pair
    )
    if chosen is not None:
        try:
            return await load_model(loader, chosen, pair), chosen
        except StartupError as error:
            forget_model_choice(
                storage,
                f"{error} Falling back to {DIR_SETTING[pair]}={default_dir}.",
                direction=pair,
            )
    return await load_model(loader, default_dir, pair), default_dir


ONE_WAY = (
    "Spanish → English is off: no model directory at %s (set BOT_MODEL_DIR_ES_EN). "
    "Translating English → Spanish only; Spanish gets a polite 'not available'."
)


async def load_models(
    loader: Loader, settings: Settings, storage: Storage
) -> tuple[dict[str, object], dict[str, Path]]:
    """Both models (Spanish → English only when its directory exists, else one
    log line) and the directories they came from."""
    translator, model_dir = await load_start_model(loader, settings, storage, EN_ES)
    translators: dict[str, object] = {EN_ES: translator}
    dirs = {EN_ES: model_dir, ES_EN: settings.model_dir_es_en}
    chosen = saved_model_dir(
        storage,
        models_root=settings.models_root,
        default_dir=settings.model_dir_es_en,
        direction=ES_EN,
    )
    if chosen is None and not settings.model_dir_es_en.is_dir():
        log.warning(ONE_WAY, settings.model_dir_es_en)
        return translators, dirs
    translators[ES_EN], dirs[ES_EN] = await load_start_model(loader, settings, storage, ES_EN)
    return translators, dirs


async def start_gateway_services(settings: Settings, storage: Storage) -> Services:
    """``BOT_QUEUE_URL`` set: this process loads no model; ``python -m bot.worker``s do.

    Redis need not answer yet: until it does, requests are refused as busy."""
    from bot.remote_models import build_remote_services

    services = build_remote_services(settings, storage)
    queue = services.translation.queue
    queue.start()
    await asyncio.to_thread(language.detect, "warm up the language detector")
    if await queue.wait_ready(5.0):
        await services.models.restore_choice()
        workers = ", ".join(str(w.get("id")) for w in queue.workers)
        print(f"Gateway: translations go to Redis; live workers: {workers}", flush=True)
    else:
        print(
            "Gateway: Redis or the workers are not answering yet (BOT_QUEUE_URL); "
            "requests are refused as busy until they do.",
            flush=True,
        )
    return services


def build_services(
    settings: Settings,
    queue: TranslationQueue,
    loader: Loader,
    storage: Storage,
    model_dir: Path | None = None,
    model_dir_es_en: Path | None = None,
) -> Services:
    cooldown = Cooldown(settings.cooldown_requests, settings.cooldown_seconds)
    return Services(
        translation=TranslationService(queue, cooldown),
        models=ModelService(
            queue,
            loader,
            models_root=settings.models_root,
            model_dir=settings.model_dir if model_dir is None else model_dir,
            default_dir=settings.model_dir,
            store=storage,
        ),
        models_es_en=ModelService(
            queue,
            loader,
            models_root=settings.models_root,
            model_dir=settings.model_dir_es_en if model_dir_es_en is None else model_dir_es_en,
            default_dir=settings.model_dir_es_en,
            store=storage,
            direction=ES_EN,
        ),
        storage=storage,
        operator_ids=settings.operator_ids,
        allowed_guilds=settings.allowed_guilds,
        guild_grace_days=settings.guild_grace_days,
    )


def make_queue(settings: Settings, translators: object) -> TranslationQueue:
    """The one queue (and worker thread) in front of every model: ``translators``
    is one translator (English → Spanish) or direction → translator."""
    return TranslationQueue(
        translators,  # type: ignore[arg-type]
        max_size=settings.queue_max,
        max_batch=settings.batch_max,
        max_wait=settings.batch_wait_ms / 1000,
        request_timeout=settings.request_timeout_s,
    )


FATAL_CLOSE_CODES = {
    4004: "the token was rejected (4004 Authentication failed). It was probably reset: "
    "create a new one in the Developer Portal (Bot → Reset Token) and put it in DISCORD_TOKEN.",
    4010: "invalid shard (4010): check the shard settings.",
    4011: "sharding required (4011): the bot is in too many servers for one connection.",
    4012: "invalid API version (4012): upgrade discord.py.",
    4013: "invalid intents (4013): check the intents the bot asks for.",
    4014: "disallowed intents (4014): enable the message-content intent in the Developer "
    "Portal (Bot → Privileged Gateway Intents) or set BOT_MESSAGE_CONTENT=false.",
}
"""Gateway close codes that end the session for good, with what to do about each."""


def open_storage(path: Path, url: str | None = None) -> Storage:
    """Open the settings database (Postgres at ``url`` when given), or stop
    with one line naming BOT_DB_PATH or BOT_DATABASE_URL."""
    try:
        return open_database(url, path)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        if url:
            raise StartupError(
                f"BOT_DATABASE_URL: cannot open the settings database ({reason}).", 2
            ) from None
        raise StartupError(
            f"BOT_DB_PATH={path}: cannot open the settings database ({reason}). "
            "Point BOT_DB_PATH at a writable file path.",
            2,
        ) from None


async def start_metrics(server: MetricsServer) -> None:
    """Start the metrics server, or stop with one line naming BOT_METRICS_PORT."""
    try:
        await server.start()
    except OSError as error:
        raise StartupError(
            f"BOT_METRICS_PORT={server.port}: cannot listen on {server.host} "
            f"({error.strerror or error}). Choose a free port or unset it.",
            2,
        ) from None


REPLY_GRACE_S = 5.0
"""After the queue drained: how long the handlers get to post their last replies."""

_HANDLER_TASKS = ("CommandTree-invoker", "discord.py: on_")


async def finish_handlers(timeout: float) -> None:
    """Wait (at most ``timeout`` s) for running command and event handlers, so
    the replies to drained requests are sent before the HTTP session closes."""
    current = asyncio.current_task()
    handlers = [
        task
        for task in asyncio.all_tasks()
        if task is not current and not task.done() and task.get_name().startswith(_HANDLER_TASKS)
    ]
    if handlers:
        await asyncio.wait(handlers, timeout=timeout)


async def run_bot(settings: Settings, loader: Loader = load_nmt_translator) -> None:
    """Load the model, connect, and run until SIGINT/SIGTERM; SIGHUP reloads the model."""
    assert settings.token is not None
    metrics = Metrics("gateway") if settings.metrics_port else None
    if metrics is not None:
        loader = instrument_loader(loader, metrics)
    storage = open_storage(settings.db_path, settings.database_url)
    try:
        if settings.queue_url is not None:
            services = await start_gateway_services(settings, storage)
        else:
            translators, model_dirs = await load_models(loader, settings, storage)
            services = build_services(
                settings,
                make_queue(settings, translators),
                loader,
                storage,
                model_dirs[EN_ES],
                model_dirs[ES_EN],
            )
    except BaseException:
        storage.close()
        raise
    queue = services.translation.queue
    bot = TranslatorBot(
        services,
        message_content=settings.message_content,
        shards=ShardPlan(settings.shard_count, settings.shard_ids),
        identify_lock=identify_lock_from_url(settings.queue_url),
    )
    log.info("Gateway runs %s", bot.shard_plan.describe())
    metrics_server: MetricsServer | None = None
    if metrics is not None and settings.metrics_port:
        services.translation.metrics = metrics
        metrics_server = gateway_server(
            metrics,
            bot,
            queue,
            storage,
            port=settings.metrics_port,
            host=settings.metrics_host,
            workers_live=(lambda: len(queue.workers)) if settings.queue_url else (lambda: 1),
        )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    async def reload_on_hup() -> None:
        for direction, service in services.model_services().items():
            if not service.serving:
                continue
            try:
                info = await service.reload()
                log.info("SIGHUP: now serving %s: %s", label(direction), describe(info))
            except Exception as error:
                log.error(
                    "SIGHUP reload of %s failed; the old model keeps serving: %s",
                    label(direction),
                    error,
                )

    reloads: set[asyncio.Task[None]] = set()

    def on_hup() -> None:
        task = loop.create_task(reload_on_hup())
        reloads.add(task)
        task.add_done_callback(reloads.discard)

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    with contextlib.suppress(AttributeError, NotImplementedError):
        loop.add_signal_handler(signal.SIGHUP, on_hup)

    if settings.queue_url is None:
        queue.start()  # a RedisQueue started in start_gateway_services
    try:
        if metrics_server is not None:
            await start_metrics(metrics_server)
        async with bot:
            runner = asyncio.create_task(bot.start(settings.token), name="discord")
            stopper = asyncio.create_task(stop.wait(), name="stop")
            await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if runner.done():
                stopper.cancel()
                runner.result()  # raises LoginFailure, PrivilegedIntentsRequired, ...
                return
            log.info(
                "Shutting down: finishing queued translations (up to %.0f s)",
                settings.drain_timeout_s,
            )
            finished = await queue.drain(settings.drain_timeout_s)
            log.info("Queue drained%s; sending the last replies", "" if finished else " partly")
            await finish_handlers(REPLY_GRACE_S)
            await bot.close()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
    except discord.LoginFailure as error:
        raise StartupError(
            "Discord rejected DISCORD_TOKEN (LoginFailure): check the token.", 2
        ) from error
    except discord.ConnectionClosed as error:
        if error.code in FATAL_CLOSE_CODES:
            message = f"Discord closed the connection: {FATAL_CLOSE_CODES[error.code]}"
            raise StartupError(message, 2) from None
        raise StartupError(
            f"Discord closed the connection (code {error.code}) and it could not be resumed."
        ) from error
    except discord.PrivilegedIntentsRequired as error:
        raise StartupError(
            "The message-content intent is not enabled for this application: enable it in the "
            "Developer Portal (Bot → Privileged Gateway Intents) or set BOT_MESSAGE_CONTENT=false.",
            2,
        ) from error
    finally:
        if metrics_server is not None:
            await metrics_server.stop()
        if bot.identify_lock is not None:
            await bot.identify_lock.close()
        await queue.drain(0.1)
        storage.close()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


async def run_local_console(settings: Settings, loader: Loader = load_nmt_translator) -> None:
    translators: dict[str, object] = {EN_ES: await load_model(loader, settings.model_dir)}
    if settings.model_dir_es_en.is_dir():
        translators[ES_EN] = await load_model(loader, settings.model_dir_es_en, ES_EN)
    else:
        log.warning(ONE_WAY, settings.model_dir_es_en)
    async with make_queue(settings, translators) as queue:
        await run_console(TranslationService(queue))


def main(argv: list[str] | None = None, loader: Loader | None = None) -> int:
    args = parse_args(argv)
    load_dotenv(args.env_file, override=False)
    try:
        settings = Settings.from_env(os.environ)
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    setup_logging(settings)
    loader = loader or nmt_loader(settings.beam_size, settings.threads)
    try:
        if args.console:
            asyncio.run(run_local_console(settings, loader))
        elif settings.token is None:
            raise StartupError(NO_TOKEN, code=2)
        else:
            asyncio.run(run_bot(settings, loader))
    except StartupError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
