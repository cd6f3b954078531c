"""React with a Spanish-speaking country's flag to get a message translated."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.client import NO_PINGS, TranslatorBot
from bot.cogs.autotranslate import reply_translation
from bot.errors import AlreadySpanish, BotError

log = logging.getLogger(__name__)

SPANISH_FLAGS = frozenset("🇪🇸 🇲🇽 🇦🇷 🇨🇴 🇨🇱 🇵🇪 🇻🇪 🇪🇨 🇬🇹 🇨🇺 🇧🇴 🇩🇴 🇭🇳 🇵🇾 🇸🇻 🇳🇮 🇨🇷 🇵🇦 🇺🇾 🇵🇷 🇬🇶".split())


class FlagReactions(commands.Cog):
    """Translate any message (old ones too) when someone reacts with a flag."""

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        if (
            payload.guild_id is None
            or payload.emoji.id is not None
            or payload.emoji.name not in SPANISH_FLAGS
            or (self.bot.user is not None and payload.user_id == self.bot.user.id)
            or (payload.member is not None and payload.member.bot)
        ):
            return
        services = self.bot.services
        cooldown = services.translation.cooldown
        if cooldown is not None and cooldown.retry_after(payload.user_id) > 0:
            log.info("Flag reaction by %s ignored: on cooldown", payload.user_id)
            return
        if not services.storage.claim_flag(payload.message_id):
            return  # already translated once
        try:
            await self._translate(payload)
        except Exception:
            services.storage.release_flag(payload.message_id)
            raise

    async def _translate(self, payload: discord.RawReactionActionEvent) -> None:
        channel = self.bot.get_partial_messageable(payload.channel_id, guild_id=payload.guild_id)
        try:
            message = await channel.fetch_message(payload.message_id)
        except discord.HTTPException:
            log.info("Flag reaction on message %s I cannot read", payload.message_id)
            self.bot.services.storage.release_flag(payload.message_id)
            return
        if (
            message.author.bot
            and self.bot.user is not None
            and message.author.id == self.bot.user.id
        ):
            return  # do not translate our own translations
        if not message.content.strip():
            # Without the message-content intent, fetched messages arrive without text.
            return
        try:
            pending = self.bot.services.translation.submit(payload.user_id, message.content)
        except AlreadySpanish as error:
            await message.reply(str(error), mention_author=False, allowed_mentions=NO_PINGS)
            return
        except BotError as error:
            log.info("Flag translation of %s skipped: %s", payload.message_id, type(error).__name__)
            self.bot.services.storage.release_flag(payload.message_id)
            return
        try:
            spanish = await pending.result()
        except BotError as error:
            log.warning(
                "Flag translation of %s failed: %s", payload.message_id, type(error).__name__
            )
            self.bot.services.storage.release_flag(payload.message_id)
            return
        await reply_translation(self.bot, message, spanish)


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(FlagReactions(bot))
