"""/model status for everyone, /model reload for the bot's operators only.

A model chosen by name with ``/model reload`` is saved and served again after
a restart (see :mod:`bot.model_service`); both commands say so.
"""

from __future__ import annotations

import logging
import time

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NO_PINGS, TranslatorBot
from bot.errors import BotError, NotOperator
from bot.formatting import format_status
from bot.translator import available_models, describe

log = logging.getLogger(__name__)


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} ms"


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    parts = [f"{days}d"] if days else []
    return " ".join([*parts, f"{hours}h", f"{minutes}m", f"{seconds}s"])


class Admin(commands.GroupCog, group_name="model"):
    """The translation model: status and hot reload."""

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """Show the model, its metrics and how the translation queue is doing."""
        services = self.bot.services
        info = services.models.info
        stats = services.translation.queue.stats()
        lines = format_status(
            {
                "Model": describe(info),
                "After a restart": services.models.persistence,
                "Uptime": _duration(time.time() - services.translation.started),
                "Requests served": (
                    f"{stats.served:,} ({stats.failed} failed, {stats.dropped} expired)"
                ),
                "Queue depth": f"{stats.depth} waiting, {stats.in_flight} translating",
                "Latency": f"p50 {_ms(stats.p50_ms)}, p95 {_ms(stats.p95_ms)}",
                "Mean batch size": (
                    f"{stats.mean_batch_size:.1f} texts over {stats.batches:,} batches"
                ),
            }
        )
        await interaction.response.send_message(lines, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="reload")
    @app_commands.describe(
        name="Model directory under the models root (default: the current model)"
    )
    async def reload(self, interaction: discord.Interaction, name: str | None = None) -> None:
        """Load a model (or the current one again) and switch to it without dropping requests."""
        if not self.bot.is_operator(interaction.user):
            log.info("Refused /model reload by non-operator %s", interaction.user.id)
            await interaction.response.send_message(
                NotOperator.user_message, ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            info = await self.bot.services.models.reload(name)
        except BotError as error:
            log.warning("Model reload by %s failed: %s", interaction.user.id, error)
            await interaction.followup.send(
                f"Reload failed; still serving {describe(self.bot.services.models.info)}.\n{error}",
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        after = self.bot.services.models.persistence
        await interaction.followup.send(
            f"Now serving {describe(info)}.\nAfter a restart: {after}.",
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
