"""React with a flag to get a message translated: a Spanish-speaking
country's flag for Spanish, an English-speaking one's (🇺🇸 🇬🇧 🇦🇺 🇨🇦 🇮🇪 🇳🇿)
for English, from whatever the message is in.

A message already in the flag's language, in a language the bot does not
translate, or needing a direction it has no model for gets no reply (the
reaction may just be a reaction), and stays free for a flag of the other language.
"""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.client import TranslatorBot
from bot.cogs.autotranslate import NOT_WANTED
from bot.errors import BotError

log = logging.getLogger(__name__)

SPANISH_FLAGS = frozenset("🇪🇸 🇲🇽 🇦🇷 🇨🇴 🇨🇱 🇵🇪 🇻🇪 🇪🇨 🇬🇹 🇨🇺 🇧🇴 🇩🇴 🇭🇳 🇵🇾 🇸🇻 🇳🇮 🇨🇷 🇵🇦 🇺🇾 🇵🇷 🇬🇶".split())
ENGLISH_FLAGS = frozenset("🇺🇸 🇬🇧 🇦🇺 🇨🇦 🇮🇪 🇳🇿".split())
FLAG_LANGUAGE = {**dict.fromkeys(SPANISH_FLAGS, "es"), **dict.fromkeys(ENGLISH_FLAGS, "en")}
"""Flag → the language it asks for."""

FLAG_KINDS = {"es": "flag", "en": "flag-en"}
"""The stored link kind of a flag translation into each language (``"flag"``
alone, as before the bot translated both ways, is into Spanish)."""


def flag_target(kind: str) -> str | None:
    """The language a flag translation of this link ``kind`` is into; None: not a flag's."""
    return next((lang for lang, k in FLAG_KINDS.items() if k == kind), None)


class FlagReactions(commands.Cog):
    """Translate any message (old ones too) when someone reacts with a flag.

    A message gets one translation: a second flag, or a flag on a message
    auto-translate already answered, does nothing. A flag the bot cannot act
    on now (the reacting user's cooldown, a busy queue) marks the message
    with ⏳ and leaves it unclaimed, so a later flag still works.
    """

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot

    def _channel(self, payload: discord.RawReactionActionEvent):
        guild = self.bot.get_guild(payload.guild_id) if payload.guild_id else None
        channel = guild.get_channel_or_thread(payload.channel_id) if guild else None
        return channel or self.bot.get_partial_messageable(
            payload.channel_id, guild_id=payload.guild_id
        )

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        if (
            payload.guild_id is None
            or payload.emoji.id is not None
            or payload.emoji.name not in FLAG_LANGUAGE
            or (self.bot.user is not None and payload.user_id == self.bot.user.id)
            or (payload.member is not None and payload.member.bot)
        ):
            return
        services = self.bot.services
        channel = self._channel(payload)
        if services.storage.translation(payload.message_id) is not None:
            return  # already translated (auto-translate or an earlier flag)
        cooldown = services.translation.cooldown
        if cooldown is not None and cooldown.retry_after(payload.user_id) > 0:
            log.info("Flag reaction by %s not acted on: cooldown", payload.user_id)
            await self.bot.poster.mark(channel.get_partial_message(payload.message_id))
            return
        if not services.storage.claim_flag(payload.message_id):
            return  # already translated once
        try:
            await self._translate(payload, channel)
        except Exception:
            services.storage.release_flag(payload.message_id)
            raise

    async def _translate(self, payload: discord.RawReactionActionEvent, channel) -> None:
        storage = self.bot.services.storage
        poster = self.bot.poster
        try:
            message = await channel.fetch_message(payload.message_id)
        except discord.HTTPException:
            log.info("Flag reaction on message %s I cannot read", payload.message_id)
            storage.release_flag(payload.message_id)
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
        original = message.content
        to = FLAG_LANGUAGE[payload.emoji.name]
        try:
            pending = self.bot.services.translation.submit(
                payload.user_id, original, to=to, source="flag"
            )
        except NOT_WANTED as error:
            log.info("Flag translation of %s skipped: %s", payload.message_id, type(error).__name__)
            storage.release_flag(payload.message_id)
            return
        except BotError as error:
            log.info("Flag translation of %s not now: %s", payload.message_id, type(error).__name__)
            storage.release_flag(payload.message_id)
            await poster.mark(message)
            return
        async with poster.flight(message.id):
            try:
                translation = await pending.result()
            except BotError as error:
                log.warning(
                    "Flag translation of %s failed: %s", payload.message_id, type(error).__name__
                )
                storage.release_flag(payload.message_id)
                await poster.mark(message)
                return
            if not await poster.post(message, translation, original=original, kind=FLAG_KINDS[to]):
                storage.release_flag(payload.message_id)


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(FlagReactions(bot))
