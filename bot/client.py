"""The Bot subclass: services come in through the constructor, cogs load in setup_hook."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field

import discord
from discord import app_commands
from discord.ext import commands

from bot.budget import AutoBudget
from bot.directions import EN_ES, ES_EN
from bot.errors import GuildNotAllowed, user_message
from bot.model_service import ModelService
from bot.posting import NO_PINGS, Poster
from bot.service import TranslationService
from bot.sharding import IdentifyLock, ShardPlan
from bot.storage import Storage

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.cogs.translate",
    "bot.cogs.autotranslate",
    "bot.cogs.reactions",
    "bot.cogs.follow",
    "bot.cogs.guild_settings",
    "bot.cogs.guilds",
    "bot.cogs.admin",
)


@dataclass(slots=True)
class Services:
    """Everything the cogs use, built outside the bot (see ``bot.__main__``)."""

    translation: TranslationService
    models: ModelService
    """The English → Spanish model (``BOT_MODEL_DIR``)."""
    storage: Storage
    operator_ids: frozenset[int] = field(default_factory=frozenset)
    budget: AutoBudget = field(default_factory=AutoBudget)
    allowed_guilds: frozenset[int] = field(default_factory=frozenset)
    """BOT_ALLOWED_GUILDS: the only servers served; empty: every server."""
    guild_grace_days: float = 7.0
    """BOT_GUILD_GRACE_DAYS: how long a left server's settings are kept."""
    models_es_en: ModelService | None = None
    """The Spanish → English model (``BOT_MODEL_DIR_ES_EN``), serving or not
    (``/model reload`` can start it); None: this bot has no such slot."""

    def model_services(self) -> dict[str, ModelService]:
        """Direction → its model service, English → Spanish first."""
        services = {EN_ES: self.models}
        if self.models_es_en is not None:
            services[ES_EN] = self.models_es_en
        return services


class TranslatorTree(app_commands.CommandTree):
    """Command tree whose error hook answers briefly and logs the details, and
    that refuses interactions from servers outside BOT_ALLOWED_GUILDS."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        bot = interaction.client
        if not isinstance(bot, TranslatorBot) or bot.serves(interaction.guild_id):
            return True
        log.info(
            "Refused an interaction from user %s in server %s (not in BOT_ALLOWED_GUILDS)",
            interaction.user.id,
            interaction.guild_id,
        )
        if interaction.type is discord.InteractionType.application_command:
            await send_ephemeral(interaction, GuildNotAllowed.user_message)
        return False

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        original = getattr(error, "original", error)
        command = interaction.command.qualified_name if interaction.command else "?"
        log.error("Unhandled error in /%s", command, exc_info=original)
        await send_ephemeral(interaction, user_message(original))


async def send_ephemeral(interaction: discord.Interaction, content: str) -> None:
    """Answer ``interaction`` privately, whether or not it was already deferred."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(
                content, ephemeral=True, allowed_mentions=NO_PINGS
            )
    except discord.HTTPException:
        log.warning("Could not send an error message for interaction %s", interaction.id)


class TranslatorBot(commands.AutoShardedBot):
    """English ↔ Spanish translation bot.

    Sharded: one process runs every shard by default; ``shards`` gives it a
    part of them (BOT_SHARD_IDS of BOT_SHARD_COUNT), see :mod:`bot.sharding`.

    Args:
        services: The queue-backed translation service, model service, storage, cooldowns.
        message_content: Ask for the privileged message-content intent (auto-translate, flags).
        shards: The shards this process runs (default: all, count from Discord).
        identify_lock: Identify ordering shared with other processes (Redis);
            None: discord.py's own spacing within this process.
    """

    def __init__(
        self,
        services: Services,
        *,
        message_content: bool = True,
        shards: ShardPlan | None = None,
        identify_lock: IdentifyLock | None = None,
    ) -> None:
        shards = shards or ShardPlan()
        intents = discord.Intents.default()
        intents.message_content = message_content
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=NO_PINGS,
            help_command=None,
            tree_cls=TranslatorTree,
            # Commands are for servers that added the bot unless they say otherwise
            # (/translate and the message menu also work as a user-installed app).
            allowed_contexts=app_commands.AppCommandContext(guild=True),
            allowed_installs=app_commands.AppInstallationType(guild=True),
            shard_count=shards.shard_count,
            shard_ids=list(shards.shard_ids) if shards.shard_ids is not None else None,
        )
        self.shard_plan = shards
        self.identify_lock = identify_lock
        self.max_concurrency = 1
        self.services = services
        self.poster = Poster(services.storage)
        self._app_operators: frozenset[int] = frozenset()
        self.synced_commands = False

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        await self._load_app_operators()
        if self.identify_lock is not None:
            await self._load_max_concurrency()
        if self.shard_plan.syncs_commands:
            await self.sync_commands_if_changed()
        else:
            log.info("Slash commands are synced by the process running shard 0")

    async def _load_max_concurrency(self) -> None:
        try:
            limits = await self.fetch_session_start_limits()
        except discord.HTTPException:
            log.warning("Could not fetch session start limits; identifying one shard at a time")
            return
        self.max_concurrency = max(1, limits.max_concurrency)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Wait for this shard's identify turn: across processes with the
        Redis lock, else discord.py's own 5 s spacing."""
        if self.identify_lock is None:
            await super().before_identify_hook(shard_id, initial=initial)
            return
        await self.identify_lock.wait(shard_id or 0, self.max_concurrency)

    async def _load_app_operators(self) -> None:
        try:
            app = await self.application_info()
        except discord.HTTPException:
            log.warning(
                "Could not fetch application info; operators come from BOT_OPERATOR_IDS only"
            )
            return
        if app.team is not None:
            self._app_operators = frozenset(member.id for member in app.team.members)
        else:
            self._app_operators = frozenset({app.owner.id})

    def serves(self, guild_id: int | None) -> bool:
        """Whether the bot works in this server (BOT_ALLOWED_GUILDS); DMs: yes."""
        allowed = self.services.allowed_guilds
        return guild_id is None or not allowed or guild_id in allowed

    def is_operator(self, user: discord.abc.Snowflake) -> bool:
        """Application owner/team members and the IDs in BOT_OPERATOR_IDS."""
        return user.id in self._app_operators or user.id in self.services.operator_ids

    def command_tree_hash(self) -> str:
        payload = sorted(
            (command.to_dict(self.tree) for command in self.tree.get_commands()),
            key=lambda c: (c.get("type", 1), c["name"]),
        )
        encoded = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(encoded.encode()).hexdigest()

    async def sync_commands_if_changed(self) -> bool:
        """Sync global commands only when the local tree differs from the last sync."""
        key = f"command_tree_hash:{self.application_id}"
        current = self.command_tree_hash()
        if self.services.storage.get_meta(key) == current:
            log.info("Slash commands unchanged since the last sync; not syncing")
            return False
        synced = await self.tree.sync()
        self.services.storage.set_meta(key, current)
        self.synced_commands = True
        log.info("Synced %d application commands", len(synced))
        return True

    async def on_ready(self) -> None:
        log.info(
            "Connected as %s (id %s) to %d guild(s)",
            self.user,
            self.user and self.user.id,
            len(self.guilds),
        )
