"""Per-channel auto-translate, both ways: an English message gets its Spanish
as a reply, a Spanish message its English.

How a message is decided: the channel (or its thread) must be switched on;
:func:`bot.ignore.ignore_reason` leaves out bots, excluded channels and
roles, opted-out users, other bots' commands and messages without words;
other languages (French, German…), Spanish on a bot without a Spanish →
English model, empty and over-long messages get no reply; a message over the
guild's auto-translate budget, or one the busy queue cannot take, is marked
with ⏳ instead of being dropped in silence.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NO_PINGS, TranslatorBot
from bot.errors import (
    AlreadyInLanguage,
    BotError,
    DirectionUnavailable,
    EmptyInput,
    InputTooLong,
    MissingPermission,
    NothingToTranslate,
    NotTranslatable,
)
from bot.guild_config import GuildConfig
from bot.ignore import ignore_reason
from bot.permissions import (
    AUTO_TRANSLATE_NEEDS,
    MARKING_NEEDS,
    THREAD_NEEDS,
    can_manage,
    listing,
    missing,
)
from bot.service import Pending

log = logging.getLogger(__name__)

NOT_WANTED = (
    AlreadyInLanguage,
    NotTranslatable,
    DirectionUnavailable,
    EmptyInput,
    NothingToTranslate,
    InputTooLong,
)
"""Refusals that mean no translation is wanted (silence); any other
:class:`BotError` means "not now" (⏳)."""

NO_INTENT = (
    "Auto-translate can't work on this bot: it runs without the **Message Content** intent, "
    "so it can't read messages. The bot's operator can turn on *Message Content Intent* in the "
    "Discord Developer Portal (Bot → Privileged Gateway Intents) and set BOT_MESSAGE_CONTENT=true."
)


def thread_parent(channel) -> int | None:
    """The parent channel's id when ``channel`` is a thread (forum posts too)."""
    return channel.parent_id if isinstance(channel, discord.Thread) else None


def submit_auto(
    bot: TranslatorBot,
    message: discord.Message,
    text: str,
    config: GuildConfig,
    *,
    to: str | None = None,
) -> Pending:
    """Queue ``text`` (what ``message`` says) into ``to`` (None: the other
    language) under the guild's auto-translate budget, not the ``/translate``
    cooldown; raises the service's BotErrors."""
    assert message.guild is not None
    limiter = bot.services.budget.limiter(message.guild.id, message.channel.id, config)
    return bot.services.translation.submit(
        message.author.id, text, to=to, limiter=limiter, source="auto"
    )


def can_send(channel) -> bool:
    """Whether the bot may reply in ``channel`` (cached permissions)."""
    needs = THREAD_NEEDS if isinstance(channel, discord.Thread) else AUTO_TRANSLATE_NEEDS
    return not missing(channel.permissions_for(channel.guild.me), needs)


@app_commands.guild_only()
class AutoTranslate(commands.GroupCog, group_name="autotranslate"):
    """Turn automatic translation of a channel on or off (and of your own messages)."""

    me = app_commands.Group(name="me", description="Whether your own messages are auto-translated")

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot
        super().__init__()

    @property
    def storage(self):
        return self.bot.services.storage

    # ------------------------------------------------------------ channels

    def _two_way(self) -> bool:
        return "es-en" in self.bot.services.translation.directions

    def _cannot_work_here(self, interaction: discord.Interaction) -> str | None:
        if not self.bot.intents.message_content:
            return NO_INTENT
        thread = isinstance(interaction.channel, discord.Thread)
        absent = missing(
            interaction.app_permissions, THREAD_NEEDS if thread else AUTO_TRANSLATE_NEEDS
        )
        if absent:
            return (
                f"I can't auto-translate here: I'm missing the {listing(absent)} permission"
                f"{'s' if len(absent) > 1 else ''} in this channel. Ask a server admin to grant "
                "them to me, then try again."
            )
        return None

    async def _set(self, interaction: discord.Interaction, enabled: bool) -> None:
        if not can_manage(interaction):
            await interaction.response.send_message(
                MissingPermission.user_message, ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        assert interaction.guild_id is not None and interaction.channel_id is not None
        if enabled and (problem := self._cannot_work_here(interaction)):
            await interaction.response.send_message(
                problem, ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
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
        extra = ""
        if enabled:
            extra = (
                " New messages here will get a translation as a reply: English ones in "
                "Spanish" + (", Spanish ones in English." if self._two_way() else ".")
            )
            if missing(interaction.app_permissions, MARKING_NEEDS):
                extra += (
                    " I can't add reactions here, so messages I have to skip (too many at once)"
                    " won't be marked with ⏳: grant me **Add Reactions** for that."
                )
            config = self.storage.guild_config(interaction.guild_id)
            if {interaction.channel_id, parent} & config.excluded_channels:
                extra += " This channel is excluded in `/settings`, so nothing is translated here."
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
        """Translate new messages here: English to Spanish, Spanish to English (Manage Server)."""
        await self._set(interaction, True)

    @app_commands.command(name="off")
    async def turn_off(self, interaction: discord.Interaction) -> None:
        """Stop translating new messages in this channel (Manage Server)."""
        await self._set(interaction, False)

    @app_commands.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """Show whether this channel, and your own messages, are auto-translated."""
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
        channels = ", ".join(f"<#{c}>" for c in others) or "none"
        yours = (
            "**not translated** (you opted out; `/autotranslate me on` undoes that)"
            if self.storage.opted_out(interaction.user.id)
            else "translated"
        )
        lines = [
            f"Auto-translate is **{here}** in this channel{inherited}.",
            f"Auto-translated channels here: {channels}",
            f"Your messages: {yours}.",
        ]
        if not self.bot.intents.message_content:
            lines.append(NO_INTENT)
        await interaction.response.send_message(
            "\n".join(lines), ephemeral=True, allowed_mentions=NO_PINGS
        )

    # ------------------------------------------------------------ users

    @me.command(name="off")
    async def me_off(self, interaction: discord.Interaction) -> None:
        """Stop auto-translating your messages, in every server."""
        changed = self.storage.set_opted_out(interaction.user.id, True)
        log.info("User %s opted out of auto-translate", interaction.user.id)
        await interaction.response.send_message(
            "Your messages won't be auto-translated any more, in any server"
            f"{'' if changed else ' (they already weren’t)'}. People can still ask for a "
            "translation with a flag reaction or the message menu. `/autotranslate me on` "
            "undoes this.",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    @me.command(name="on")
    async def me_on(self, interaction: discord.Interaction) -> None:
        """Auto-translate your messages again in auto-translated channels."""
        changed = self.storage.set_opted_out(interaction.user.id, False)
        log.info("User %s opted in to auto-translate", interaction.user.id)
        await interaction.response.send_message(
            "Your messages will be auto-translated again in auto-translated channels"
            f"{'' if changed else ' (they already were)'}.",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    # ------------------------------------------------------------ messages

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.guild is None or not self.storage.autotranslate_enabled(
            message.channel.id, thread_parent(message.channel)
        ):
            return
        config = self.storage.guild_config(message.guild.id)
        reason = ignore_reason(message, config, self.storage.opted_out(message.author.id))
        if reason is not None:
            log.debug("Not auto-translating message %s: %s", message.id, reason)
            return
        if not can_send(message.channel):
            log.info("Not auto-translating message %s: no permission to reply", message.id)
            return
        original = message.content  # the cached message may change under us (edits)
        try:
            pending = submit_auto(self.bot, message, original, config)
        except NOT_WANTED:
            return  # another language, only markup, too long: no reply is the right answer
        except BotError as error:
            log.info("Could not auto-translate message %s: %s", message.id, type(error).__name__)
            await self.bot.poster.mark(message)
            return
        async with self.bot.poster.flight(message.id):
            try:
                translation = await pending.result()
            except BotError as error:
                log.warning(
                    "Auto-translate of message %s failed: %s", message.id, type(error).__name__
                )
                await self.bot.poster.mark(message)
                return
            await self.bot.poster.post(
                message, translation, original=original, kind="auto", style=config.reply_style
            )


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(AutoTranslate(bot))
