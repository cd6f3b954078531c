"""Translations follow their originals: edited with them, deleted with them.

Works from raw gateway events, so messages the bot never cached (older ones,
or from before a restart) are covered, as long as the link is stored (see
:data:`bot.storage.TRANSLATION_LINK_DAYS`).

- The original is edited: its translation is edited to match (an embed
  appearing is not an edit: the text's hash is unchanged), the way it goes
  chosen again (an auto-translation of a message edited from English into
  Spanish becomes English); a flag translation stays in its flag's
  language. An edit that leaves nothing to translate (another language,
  already the flag's language, only markup, a bot command, an excluded
  author) deletes the translation. Edits spend the author's
  auto-translate budget; over it, the original is marked ⏳.
- The original is deleted, alone or in a bulk delete: so is its translation.
- A moderator deletes the bot's translation: the link is forgotten, and the
  bot does not touch that translation again.
"""

from __future__ import annotations

import logging
from collections.abc import Collection

import discord
from discord.ext import commands, tasks

from bot.client import TranslatorBot
from bot.cogs.autotranslate import NOT_WANTED, submit_auto
from bot.cogs.reactions import flag_target
from bot.errors import BotError
from bot.ignore import ignore_reason
from bot.storage import TranslationLink, text_hash

log = logging.getLogger(__name__)


class FollowOriginals(commands.Cog):
    """Keep translations in step with the messages they translate."""

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot

    @property
    def storage(self):
        return self.bot.services.storage

    async def cog_load(self) -> None:
        self.prune.start()

    async def cog_unload(self) -> None:
        self.prune.cancel()

    @tasks.loop(hours=1)
    async def prune(self) -> None:
        """Forget links (and flag claims) past their expiry."""
        gone = self.storage.prune()
        if gone:
            log.info("Forgot %d expired translation links", gone)

    # ------------------------------------------------------------ edits

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        message = payload.message
        if (
            payload.guild_id is None
            or "content" not in payload.data
            # Without the intent every text arrives empty: that is not an edit.
            or not self.bot.intents.message_content
            or (self.bot.user is not None and message.author.id == self.bot.user.id)
        ):
            return
        await self.bot.poster.settled(message.id)  # a translation still on its way
        link = self.storage.translation(message.id)
        if link is None or link.source_hash == text_hash(message.content):
            return
        await self._retranslate(message, link)

    async def _retranslate(self, message: discord.Message, link: TranslationLink) -> None:
        assert message.guild is not None
        poster = self.bot.poster
        original = message.content
        config = self.storage.guild_config(message.guild.id)
        if link.kind == "auto":
            reason = ignore_reason(message, config, self.storage.opted_out(message.author.id))
            if reason is not None:
                log.info("Edited message %s is now %s: translation deleted", message.id, reason)
                await poster.remove(message.channel, link)
                return
        try:
            pending = submit_auto(self.bot, message, original, config, to=flag_target(link.kind))
        except NOT_WANTED as error:
            log.info("Edited message %s: %s; translation deleted", message.id, type(error).__name__)
            await poster.remove(message.channel, link)
            return
        except BotError as error:
            log.info("Edit of message %s not translated: %s", message.id, type(error).__name__)
            await poster.mark(message)
            return
        async with poster.flight(message.id):
            try:
                translation = await pending.result()
            except BotError as error:
                log.warning("Edit of message %s failed: %s", message.id, type(error).__name__)
                await poster.mark(message)
                return
            style = config.reply_style if link.kind == "auto" else "reply"
            await poster.update(message, link, translation, original=original, style=style)

    # ------------------------------------------------------------ deletes

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        await self._deleted(payload.guild_id, payload.channel_id, {payload.message_id})

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        await self._deleted(payload.guild_id, payload.channel_id, payload.message_ids)

    async def _deleted(self, guild_id: int | None, channel_id: int, ids: Collection[int]) -> None:
        if guild_id is None or not ids:
            return
        poster = self.bot.poster
        for message_id in ids:
            poster.note_deleted(message_id)
        for message_id in ids:
            await poster.settled(message_id)
        links = self.storage.pop_translations(ids)
        forgotten = self.storage.forget_replies(ids)
        if forgotten:
            log.info("%d translation(s) deleted by a moderator: no longer followed", forgotten)
        if links:
            channel = self.bot.get_partial_messageable(channel_id, guild_id=guild_id)
            for link in links:
                await poster.delete_replies(channel, [r for r in link.reply_ids if r not in ids])


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(FollowOriginals(bot))
