"""Fixtures and test doubles for the bot tests (no model, no network)."""

from __future__ import annotations

import threading
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import simcord

from bot.budget import AutoBudget
from bot.client import Services, TranslatorBot
from bot.cooldown import Cooldown
from bot.model_service import ModelService
from bot.queue import TranslationQueue
from bot.service import TranslationService
from bot.sharding import ShardPlan
from bot.storage import Storage
from bot.translator import PROBES, PROBES_ES_EN
from nmt.errors import ModelLoadError, TranslationError
from nmt.message import translate_messages
from tests.bot.redis_harness import fake_models, gateway, redis_server, workers  # noqa: F401


class FakeTranslator:
    """A model that "translates" each sentence ``s`` to ``f"{prefix}{s}"``, behind the
    real message path (:func:`nmt.message.translate_messages`), as ``nmt.Translator``.
    ``pair`` is the direction it reports (``"es-en"``: Spanish chat spelling is
    prepared as the real Spanish → English path does).

    Records every batch of texts it is given (``batches``) and every sentence that
    reached its "model" (``sources``)."""

    def __init__(
        self,
        name: str = "fake-en-es",
        *,
        prefix: str = "ES:",
        delay: float = 0.0,
        fail_on: Callable[[str], bool] | None = None,
        transform: Callable[[str], str] | None = None,
        pair: str = "en-es",
    ) -> None:
        self.name = name
        self.pair = pair
        self.prefix = prefix
        self.delay = delay
        self.fail_on = fail_on
        self.transform = transform
        self.batches: list[list[str]] = []
        self.sources: list[str] = []
        self.gate: threading.Event | None = None
        self._lock = threading.Lock()

    @property
    def info(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "pair": self.pair,
            "version": "1.0",
            "bleu": 31.4,
            "chrf": 55.2,
            "path": "/fake",
        }

    @property
    def texts(self) -> list[str]:
        return [t for batch in self.batches for t in batch]

    def translate(self, texts: list[str]) -> list[str]:
        with self._lock:
            self.batches.append(list(texts))
        if self.gate is not None:
            self.gate.wait(10)
        if self.delay:
            time.sleep(self.delay)
        if self.fail_on is not None and any(self.fail_on(t) for t in texts):
            raise TranslationError("fake failure")
        if self.transform is not None:
            return [self.transform(t) for t in texts]
        return translate_messages(texts, None, self._decode, self.pair.split("-")[0])

    def _decode(self, sources: list[str]) -> list[str]:
        with self._lock:
            self.sources += sources
        # The start-up/reload check's known sentences get their real translation.
        probes = PROBES_ES_EN if self.pair == "es-en" else PROBES
        return [probes.get(s, f"{self.prefix}{s}") for s in sources]


class BurnTranslator(FakeTranslator):
    """Holds the CPU in pure Python for ``seconds`` per batch (GIL-bound work)."""

    def __init__(self, seconds: float) -> None:
        super().__init__("burn")
        self.seconds = seconds

    def translate(self, texts: list[str]) -> list[str]:
        end = time.perf_counter() + self.seconds
        n = 0
        while time.perf_counter() < end:
            n += 1
        return super().translate(texts)


class FakeLoader:
    """A Loader: maps directory names to translators; anything else fails to load."""

    def __init__(self, models: dict[str, FakeTranslator] | None = None) -> None:
        self.models = dict(models or {})
        self.loaded: list[Path] = []

    def __call__(self, path: Path) -> FakeTranslator:
        self.loaded.append(path)
        try:
            return self.models[Path(path).name]
        except KeyError:
            raise ModelLoadError(f"{path}: config.json is missing") from None


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fakes() -> types.SimpleNamespace:
    """The test doubles, for tests that build their own."""
    return types.SimpleNamespace(
        FakeTranslator=FakeTranslator,
        BurnTranslator=BurnTranslator,
        FakeLoader=FakeLoader,
        FakeClock=FakeClock,
        build_bot=build_bot,
        stored=stored,
        World=World,
        replies=replies,
        callback_types=callback_types,
    )


@pytest.fixture
def translator() -> FakeTranslator:
    return FakeTranslator()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def models_root(tmp_path: Path) -> Path:
    root = tmp_path / "models"
    for name in ("en-es", "en-es-v2", "broken"):
        (root / name).mkdir(parents=True)
    return root


@pytest.fixture
def loader(translator: FakeTranslator) -> FakeLoader:
    return FakeLoader({"en-es": translator, "en-es-v2": FakeTranslator("fake-v2", prefix="V2:")})


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


def build_bot(
    queue: TranslationQueue,
    loader: FakeLoader,
    models_root: Path,
    db_path: Path,
    clock: FakeClock,
    *,
    cooldown_rate: int = 5,
    message_content: bool = True,
    allowed_guilds: frozenset[int] = frozenset(),
    storage: Storage | None = None,
) -> TranslatorBot:
    """The bot as ``python -m bot`` builds it: the Spanish → English model
    slot (``models_root/es-en``) serves when ``queue`` has an es-en translator."""
    storage = storage or Storage(db_path)
    services = Services(
        translation=TranslationService(queue, Cooldown(cooldown_rate, 30.0, clock=clock)),
        models=ModelService(
            queue, loader, models_root=models_root, model_dir=models_root / "en-es", store=storage
        ),
        models_es_en=ModelService(
            queue,
            loader,
            models_root=models_root,
            model_dir=models_root / "es-en",
            store=storage,
            direction="es-en",
        ),
        storage=storage,
        budget=AutoBudget(clock=clock),
        allowed_guilds=allowed_guilds,
    )
    return TranslatorBot(services, message_content=message_content, shards=ShardPlan(1))


@pytest.fixture
async def queue(translator: FakeTranslator):
    # Started outside the simulated bot, as ``bot.__main__`` does.
    q = TranslationQueue(translator, max_size=50, max_batch=8, max_wait=0.005, request_timeout=5.0)
    q.start()
    yield q
    if translator.gate is not None:
        translator.gate.set()
    await q.drain(2.0)


@pytest.fixture
def simcord_bot(queue, loader, models_root, db_path, clock) -> TranslatorBot:
    return build_bot(queue, loader, models_root, db_path, clock)


# ------------------------------------------------------------ both ways

ES_EN_CONFIG = {
    "format": "nmt-model",
    "format_version": 1,
    "experiment": {"data": {"source": "es", "target": "en"}},
}


@pytest.fixture
def es_en_translator() -> FakeTranslator:
    """The Spanish → English fake: ``s`` becomes ``f"EN:{s}"``."""
    return FakeTranslator("fake-es-en", prefix="EN:", pair="es-en")


@pytest.fixture
def two_way_root(models_root: Path) -> Path:
    """``models_root`` plus ``es-en`` and ``es-en-v2`` directories whose
    config.json says they translate Spanish → English, as real ones do."""
    import json

    for name in ("es-en", "es-en-v2"):
        (models_root / name).mkdir()
        (models_root / name / "config.json").write_text(json.dumps(ES_EN_CONFIG))
    return models_root


@pytest.fixture
def two_way_loader(loader: FakeLoader, es_en_translator: FakeTranslator) -> FakeLoader:
    loader.models["es-en"] = es_en_translator
    loader.models["es-en-v2"] = FakeTranslator("fake-es-en-v2", prefix="EN2:", pair="es-en")
    return loader


@pytest.fixture
async def two_way_queue(translator: FakeTranslator, es_en_translator: FakeTranslator):
    """One queue and worker thread in front of both fakes."""
    q = TranslationQueue(
        {"en-es": translator, "es-en": es_en_translator},
        max_size=50,
        max_batch=8,
        max_wait=0.005,
        request_timeout=5.0,
    )
    q.start()
    yield q
    for fake in (translator, es_en_translator):
        if fake.gate is not None:
            fake.gate.set()
    await q.drain(2.0)


@pytest.fixture
def two_way_bot(two_way_queue, two_way_loader, two_way_root, db_path, clock) -> TranslatorBot:
    """A bot serving both directions; a test module uses it with
    ``simcord_bot = two_way_bot`` style fixture overriding (see test_cog_two_way)."""
    return build_bot(two_way_queue, two_way_loader, two_way_root, db_path, clock)


class World:
    """A guild with a channel and a few members, for behavioural tests."""

    def __init__(self, env: simcord.Env) -> None:
        import discord

        self.env = env
        self.guild = env.create_guild("Test Guild")
        self.channel = self.guild.create_text_channel("general")
        self.alice = self.guild.add_member(env.create_user("alice"))
        self.bob = self.guild.add_member(env.create_user("bob"))
        admin_role = self.guild.create_role(
            "Admins", permissions=discord.Permissions(administrator=True)
        )
        mod_role = self.guild.create_role(
            "Mods", permissions=discord.Permissions(manage_guild=True)
        )
        self.admin = self.guild.add_member(env.create_user("admin"), roles=[admin_role])
        self.mod = self.guild.add_member(env.create_user("mod"), roles=[mod_role])
        self.operator = self.guild.add_member(env.create_user("operator"))
        env.bot.services.operator_ids = frozenset({self.operator.id})


@pytest.fixture
def world(simcord_env: simcord.Env) -> World:
    return World(simcord_env)


def stored(env: simcord.Env, message) -> object:
    """The backend's record of a message (mention policy and pings)."""
    return env.backend.get_message(
        message.channel_id if hasattr(message, "channel_id") else message.channel.id, message.id
    )


def replies(result: simcord.InteractionResult) -> list[simcord.ResponseMessage]:
    """The interaction's visible messages in order: the response, then follow-ups."""
    first = [result.response] if result.response is not None else []
    return first + result.followups


def callback_types(env: simcord.Env) -> list[int]:
    """Interaction callback types the bot sent (4 = message, 5 = deferred)."""
    return [r.json["type"] for r in env.http_requests if r.path.endswith("/callback")]


# ------------------------------------------------------------ Postgres (BOT_DATABASE_URL)

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


class PostgresServer:
    """A throwaway Postgres cluster for the tests: unix socket in a temp dir,
    no TCP (``listen_addresses=''``), fsync off; stopped and deleted at the end.

    As root, the server runs as the ``postgres`` user (initdb refuses root)."""

    def __init__(self, bin_dir: Path) -> None:
        import os
        import shutil
        import subprocess
        import tempfile

        self.bin_dir = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="bot-pg-"))
        self.data = self.dir / "data"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.dir, "postgres")
        self._run([str(bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres"])
        options = f"-k {self.dir} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        log = str(self.dir / "server.log")
        self._run(
            [str(bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", log, "-w", "start"]
        )
        self._subprocess = subprocess
        self._count = 0

    def _run(self, args: list[str]) -> None:
        import subprocess

        if self._as_postgres:
            args = ["runuser", "-u", "postgres", "--", *args]
        subprocess.run(args, check=True, capture_output=True, timeout=60)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.dir}&port=5432"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        import asyncio

        import asyncpg

        self._count += 1
        name = f"test_{self._count}"

        async def create() -> None:
            connection = await asyncpg.connect(self.url())
            try:
                await connection.execute(f"CREATE DATABASE {name}")
            finally:
                await connection.close()

        asyncio.run(create())
        return self.url(name)

    def stop(self) -> None:
        import shutil

        try:
            self._run(
                [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
            )
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server():
    """The throwaway cluster, or a skip (a failure under ``CI=true``: CI installs
    Postgres, so a missing one is a broken CI, never a silent skip)."""
    import os

    problem = None
    try:
        import asyncpg  # noqa: F401
    except ImportError:
        problem = "asyncpg is not installed (pip install -e .)"
    if problem is None and not PG_BIN_DIRS:
        problem = "Postgres is not installed (apt-get install -y postgresql)"
    server = None
    if problem is None:
        try:
            server = PostgresServer(PG_BIN_DIRS[0])
        except Exception as error:  # noqa: BLE001 - reported below
            problem = f"could not start a Postgres cluster: {error}"
    if problem is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and {problem}")
        pytest.skip(problem)
    yield server
    server.stop()


@pytest.fixture
def open_postgres_storage(postgres_server):
    """``open_postgres_storage()``: a Storage on one fresh Postgres database
    (each call another connection to it, as another gateway process would)."""
    from bot.storage import open_database

    url = postgres_server.create_database()
    opened: list[Storage] = []

    def open_() -> Storage:
        opened.append(open_database(url, "unused.sqlite3"))
        return opened[-1]

    yield open_
    for storage in opened:
        storage.close()


@pytest.fixture(params=["sqlite", "postgres"])
def open_storage(request, tmp_path):
    """``open_storage()`` opens the test's database: a SQLite file, or a fresh
    Postgres database. Calling it again reopens the same database."""
    from bot.storage import Storage

    opened: list[Storage] = []
    if request.param == "sqlite":
        path = tmp_path / "bot.sqlite3"

        def open_() -> Storage:
            opened.append(Storage(path))
            return opened[-1]

    else:
        open_ = request.getfixturevalue("open_postgres_storage")

    open_.engine = request.param  # type: ignore[attr-defined]
    yield open_
    for storage in opened:
        storage.close()
