"""/settings: a server's admins see and change how the bot behaves there.

Every subcommand needs Manage Server (or Administrator), checked by the bot
itself; answers are private. Values are stored per guild in SQLite
(:mod:`bot.storage`); what a guild never changed follows the defaults.
"""

from __future__ import annotations

import logging
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NO_PINGS, TranslatorBot
from bot.errors import MissingPermission
from bot.formatting import format_status
from bot.guild_config import (
    CHANNEL_BUDGET_MAX,
    DEFAULT_PREFIXES,
    USER_BUDGET_MAX,
    WINDOW_MAX_S,
    WINDOW_MIN_S,
    GuildConfig,
    parse_prefixes,
)
from bot.permissions import can_manage

log = logging.getLogger(__name__)

Channel = app_commands.AppCommandChannel | app_commands.AppCommandThread

STYLE_NAMES = {
    "reply": "reply (each translation replies to its original)",
    "plain": "plain (translations are ordinary messages in the channel)",
}


def describe_config(config: GuildConfig, channels: list[int]) -> str:
    """The ``/settings show`` text."""
    prefixes = " ".join(f"`{p}`" for p in config.prefixes) or "none"
    if config.prefixes == DEFAULT_PREFIXES:
        prefixes += " (default)"
    roles = " ".join(f"<@&{r}>" for r in sorted(config.excluded_roles)) or "none"
    excluded = " ".join(f"<#{c}>" for c in sorted(config.excluded_channels)) or "none"
    return format_status(
        {
            "Auto-translate budget": (
                f"{config.user_budget} messages per member and {config.channel_budget} per "
                f"channel every {config.budget_window} s"
            ),
            "Ignored command prefixes": prefixes,
            "Excluded roles": roles,
            "Excluded channels": excluded,
            "Reply style": STYLE_NAMES[config.reply_style],
            "Auto-translated channels": " ".join(f"<#{c}>" for c in channels) or "none",
        }
    )


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class GuildSettings(commands.GroupCog, group_name="settings"):
    """See and change the bot's settings for this server."""

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot
        super().__init__()

    @property
    def storage(self):
        return self.bot.services.storage

    async def _answer(self, interaction: discord.Interaction, content: str) -> None:
        await interaction.response.send_message(content, ephemeral=True, allowed_mentions=NO_PINGS)

    async def _allowed(self, interaction: discord.Interaction) -> bool:
        if can_manage(interaction):
            return True
        log.info("Refused /settings by %s without Manage Server", interaction.user.id)
        await self._answer(interaction, MissingPermission.user_message)
        return False

    def _shown(self, guild_id: int) -> str:
        return describe_config(
            self.storage.guild_config(guild_id), self.storage.autotranslate_channels(guild_id)
        )

    @app_commands.command(name="show")
    async def show(self, interaction: discord.Interaction) -> None:
        """Show this server's settings."""
        if not await self._allowed(interaction):
            return
        assert interaction.guild_id is not None
        await self._answer(interaction, self._shown(interaction.guild_id))

    @app_commands.command(name="set")
    @app_commands.describe(
        user_budget="Messages of one member auto-translated per window",
        channel_budget="Messages of one channel auto-translated per window",
        budget_window="Length of the budget window, in seconds",
        prefixes="Other bots' command prefixes, separated by spaces; `default` or `none`",
        reply_style="Post translations as replies, or as plain messages",
    )
    async def set_(
        self,
        interaction: discord.Interaction,
        user_budget: app_commands.Range[int, 1, USER_BUDGET_MAX] | None = None,
        channel_budget: app_commands.Range[int, 1, CHANNEL_BUDGET_MAX] | None = None,
        budget_window: app_commands.Range[int, WINDOW_MIN_S, WINDOW_MAX_S] | None = None,
        prefixes: app_commands.Range[str, 1, 300] | None = None,
        reply_style: Literal["reply", "plain"] | None = None,
    ) -> None:
        """Change auto-translate's budget, ignored prefixes or reply style here."""
        if not await self._allowed(interaction):
            return
        assert interaction.guild_id is not None
        changes: dict[str, object] = {
            key: value
            for key, value in (
                ("user_budget", user_budget),
                ("channel_budget", channel_budget),
                ("budget_window", budget_window),
                ("reply_style", reply_style),
            )
            if value is not None
        }
        if prefixes is not None:
            try:
                changes["prefixes"] = parse_prefixes(prefixes)
            except ValueError as error:
                await self._answer(interaction, f"Nothing changed. {error}")
                return
        if not changes:
            await self._answer(interaction, "Nothing to change: give at least one option.")
            return
        self.storage.update_guild_config(interaction.guild_id, by=interaction.user.id, **changes)
        log.info(
            "Settings of guild %s changed by %s: %s",
            interaction.guild_id,
            interaction.user.id,
            ", ".join(sorted(changes)),
        )
        await self._answer(interaction, "Saved.\n" + self._shown(interaction.guild_id))

    async def _exclusion(
        self,
        interaction: discord.Interaction,
        role: discord.Role | None,
        channel: Channel | None,
        excluded: bool,
    ) -> None:
        if not await self._allowed(interaction):
            return
        assert interaction.guild_id is not None
        if role is None and channel is None:
            await self._answer(interaction, "Nothing to change: give a role, a channel or both.")
            return
        lines = []
        verb = "excluded from" if excluded else "included in"
        for kind, target in (("role", role), ("channel", channel)):
            if target is None:
                continue
            changed = self.storage.set_excluded(interaction.guild_id, kind, target.id, excluded)
            already = "" if changed else " (it already was)"
            lines.append(f"{target.mention} is {verb} auto-translate{already}.")
        log.info("Exclusions of guild %s changed by %s", interaction.guild_id, interaction.user.id)
        await self._answer(interaction, "\n".join(lines))

    @app_commands.command(name="exclude")
    @app_commands.describe(
        role="Members with this role are not auto-translated",
        channel="A channel, category or thread never auto-translated",
    )
    async def exclude(
        self,
        interaction: discord.Interaction,
        role: discord.Role | None = None,
        channel: Channel | None = None,
    ) -> None:
        """Stop auto-translating a role's members or a channel."""
        await self._exclusion(interaction, role, channel, True)

    @app_commands.command(name="include")
    @app_commands.describe(role="An excluded role", channel="An excluded channel")
    async def include(
        self,
        interaction: discord.Interaction,
        role: discord.Role | None = None,
        channel: Channel | None = None,
    ) -> None:
        """Undo an exclusion."""
        await self._exclusion(interaction, role, channel, False)

    @app_commands.command(name="reset")
    async def reset(self, interaction: discord.Interaction) -> None:
        """Every setting and exclusion back to the defaults (auto-translated channels stay)."""
        if not await self._allowed(interaction):
            return
        assert interaction.guild_id is not None
        self.storage.reset_guild_config(interaction.guild_id)
        log.info("Settings of guild %s reset by %s", interaction.guild_id, interaction.user.id)
        await self._answer(
            interaction, "Back to the defaults.\n" + self._shown(interaction.guild_id)
        )


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(GuildSettings(bot))
