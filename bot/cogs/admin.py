"""/model status for everyone, /model reload for the bot's operators only.

Both directions: status shows the English → Spanish and the Spanish →
English model; reload acts on either (``direction``, or the direction the
named model's ``config.json`` says it translates). A model chosen by name
with ``/model reload`` is saved and served again after a restart (see
:mod:`bot.model_service`); both commands say so.
"""

from __future__ import annotations

import logging
import time

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NO_PINGS, TranslatorBot
from bot.directions import DEFAULT_DIRECTION, DIRECTIONS, label
from bot.errors import BotError, ModelReloadFailed, NotOperator
from bot.formatting import format_status
from bot.model_service import ModelService
from bot.translator import available_models, declared_pair, describe, resolve_model_dir

log = logging.getLogger(__name__)


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} ms"


DIRECTION_CHOICES = [app_commands.Choice(name=label(d), value=d) for d in DIRECTIONS]


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    parts = [f"{days}d"] if days else []
    return " ".join([*parts, f"{hours}h", f"{minutes}m", f"{seconds}s"])


def _worker_lines(models: object) -> list[tuple[str, str]]:
    """With BOT_QUEUE_URL: one line per live inference worker (bot.worker)."""
    workers = models.workers()  # type: ignore[attr-defined]
    if workers is None:
        return []
    from bot.remote_models import worker_lines

    return worker_lines(workers)


class Admin(commands.GroupCog, group_name="model"):
    """The translation model: status and hot reload."""

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """Show the model, its metrics and how the translation queue is doing."""
        services = self.bot.services
        stats = services.translation.queue.stats()
        models: list[tuple[str, object]] = []
        by_direction = services.model_services()
        for direction in DIRECTIONS:
            service = by_direction.get(direction)
            if service is None:
                models.append((label(direction), "not available on this bot"))
            elif service.serving:
                models.append((label(direction), describe(service.info)))
                models.append(("After a restart", service.persistence))
            else:
                models.append(
                    (
                        label(direction),
                        f"not available: no model loaded (set {service.setting}; "
                        f"now {service.default_dir})",
                    )
                )
        lines = format_status(
            [
                *models,
                ("Uptime", _duration(time.time() - services.translation.started)),
                (
                    "Requests served",
                    f"{stats.served:,} ({stats.failed} failed, {stats.dropped} expired)",
                ),
                ("Queue depth", f"{stats.depth} waiting, {stats.in_flight} translating"),
                ("Latency", f"p50 {_ms(stats.p50_ms)}, p95 {_ms(stats.p95_ms)}"),
                (
                    "Mean batch size",
                    f"{stats.mean_batch_size:.1f} texts over {stats.batches:,} batches",
                ),
                *_worker_lines(services.models),
            ]
        )
        await interaction.response.send_message(lines, ephemeral=True, allowed_mentions=NO_PINGS)

    def _service_for(self, name: str | None, direction: str | None) -> ModelService:
        """The model service a reload acts on: ``direction``'s, else the one the
        named model translates (its ``config.json``), else English → Spanish."""
        if direction is None and name is not None:
            try:
                root = self.bot.services.models.models_root
                direction = declared_pair(resolve_model_dir(root, name))
            except Exception:  # noqa: BLE001 - an unreadable model fails its load below
                direction = None
        direction = direction or DEFAULT_DIRECTION
        service = self.bot.services.model_services().get(direction)
        if service is None:
            raise ModelReloadFailed(f"This bot has no {label(direction)} model slot.")
        return service

    @app_commands.command(name="reload")
    @app_commands.describe(
        name="Model directory under the models root (default: the current model)",
        direction="Which model to replace (default: the way the named model translates, "
        "else English → Spanish)",
    )
    @app_commands.choices(direction=DIRECTION_CHOICES)
    async def reload(
        self,
        interaction: discord.Interaction,
        name: str | None = None,
        direction: str | None = None,
    ) -> None:
        """Load a model (or the current one again) and switch to it without dropping requests."""
        if not self.bot.is_operator(interaction.user):
            log.info("Refused /model reload by non-operator %s", interaction.user.id)
            await interaction.response.send_message(
                NotOperator.user_message, ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        service: ModelService | None = None
        try:
            service = self._service_for(name, direction)
            info = await service.reload(name)
        except BotError as error:
            log.warning("Model reload by %s failed: %s", interaction.user.id, error)
            if service is None:
                still = "nothing changed"
            elif service.serving:
                still = f"still serving {describe(service.info)} for {label(service.direction)}"
            else:
                still = f"{label(service.direction)} stays unavailable"
            await interaction.followup.send(
                f"Reload failed; {still}.\n{error}",
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        where = f" on {info['workers']} workers" if "workers" in info else ""
        await interaction.followup.send(
            f"Now serving {describe(info)} for {label(service.direction)}{where}.\n"
            f"After a restart: {service.persistence}.",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    @reload.autocomplete("name")
    async def _model_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if not self.bot.is_operator(interaction.user):
            return []
        names = available_models(self.bot.services.models.models_root)
        return [
            app_commands.Choice(name=n, value=n) for n in names if current.lower() in n.lower()
        ][:25]


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(Admin(bot))
