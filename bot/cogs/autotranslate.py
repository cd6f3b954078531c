"""Per-channel auto-translate: every new message gets its Spanish as a reply."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NO_PINGS, TranslatorBot
from bot.errors import AlreadySpanish, BotError, MissingPermission
from bot.formatting import split_message

log = logging.getLogger(__name__)


def can_manage(interaction: discord.Interaction) -> bool:
    """Manage Server or Administrator, checked by the bot itself.

    ``default_permissions`` only hides the command; server admins can grant
    it to anyone in Integrations settings, so the bot checks again.
    """
    permissions = interaction.permissions
    return permissions.manage_guild or permissions.administrator


def thread_parent(channel) -> int | None:
    """The parent channel's id when ``channel`` is a thread (forum posts too)."""
    return channel.parent_id if isinstance(channel, discord.Thread) else None


async def reply_translation(bot: TranslatorBot, message: discord.Message, spanish: str) -> None:
    """Reply to ``message`` with ``spanish`` (split if needed), pinging nobody."""
    for chunk in split_message(spanish):
        await message.reply(chunk, mention_author=False, allowed_mentions=NO_PINGS)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class AutoTranslate(commands.GroupCog, group_name="autotranslate"):
    """Turn automatic translation of a channel on or off."""

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot
        super().__init__()

    @property
    def storage(self):
        return self.bot.services.storage

    async def _set(self, interaction: discord.Interaction, enabled: bool) -> None:
        if not can_manage(interaction):
            await interaction.response.send_message(
                MissingPermission.user_message, ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        assert interaction.guild_id is not None and interaction.channel_id is not None
        parent = thread_parent(interaction.channel)
        changed = self.storage.set_autotranslate(
            interaction.guild_id,
            interaction.channel_id,
            enabled,
            by=interaction.user.id,
            parent_id=parent,
        )
        state = "on" if enabled else "off"
        note = "" if changed else " (it already was)"
        if (
            parent is not None
            and self.storage.autotranslate_setting(interaction.channel_id) is None
        ):
            note += f", as in its channel <#{parent}>"
        extra = " New messages here will get a Spanish translation as a reply." if enabled else ""
        log.info(
            "Auto-translate %s in channel %s by %s",
            state,
            interaction.channel_id,
            interaction.user.id,
        )
        await interaction.response.send_message(
            f"Auto-translate is now **{state}** in this channel{note}.{extra}",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    @app_commands.command(name="on")
    async def turn_on(self, interaction: discord.Interaction) -> None:
        """Translate every new message in this channel to Spanish."""
        await self._set(interaction, True)

    @app_commands.command(name="off")
    async def turn_off(self, interaction: discord.Interaction) -> None:
        """Stop translating new messages in this channel."""
        await self._set(interaction, False)

    @app_commands.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """Show whether this channel is auto-translated."""
        assert interaction.guild_id is not None and interaction.channel_id is not None
        parent = thread_parent(interaction.channel)
        enabled = self.storage.autotranslate_enabled(interaction.channel_id, parent)
        here = "on" if enabled else "off"
        inherited = ""
        if (
            parent is not None
            and self.storage.autotranslate_setting(interaction.channel_id) is None
        ):
            inherited = f" (as in its channel <#{parent}>)"
        others = self.storage.autotranslate_channels(interaction.guild_id)
        listing = ", ".join(f"<#{c}>" for c in others) or "none"
        await interaction.response.send_message(
            f"Auto-translate is **{here}** in this channel{inherited}.\n"
            f"Auto-translated channels here: {listing}",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if (
            message.guild is None
            or message.author.bot
            or message.webhook_id is not None
            or (self.bot.user is not None and message.author.id == self.bot.user.id)
            or not self.storage.autotranslate_enabled(
                message.channel.id, thread_parent(message.channel)
            )
            or not message.content.strip()
        ):
            return
        try:
            pending = self.bot.services.translation.submit(message.author.id, message.content)
        except AlreadySpanish:
            return  # a Spanish speaker in a translated channel needs no reply
        except BotError as error:
            # Replying "busy"/"cooldown" to chat messages would spam the channel.
            log.info("Skipped auto-translating message %s: %s", message.id, type(error).__name__)
            return
        try:
            spanish = await pending.result()
        except BotError as error:
            log.warning("Auto-translate of message %s failed: %s", message.id, type(error).__name__)
            return
        await reply_translation(self.bot, message, spanish)


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(AutoTranslate(bot))
