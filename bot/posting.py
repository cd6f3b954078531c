"""How translations reach a channel and stay in step with their originals.

A translation is one or more bot messages (split at 2,000 characters) linked
to the message it translates in :class:`~bot.storage.Storage`, so an edit of
the original edits them and deleting it deletes them (``bot/cogs/follow.py``).
While a translation is being made its original is "in flight": edits and
deletes of the original wait for it, so neither is missed.

Discord refusing (a missing permission, a message already gone) is logged,
never raised: one refused reply must not end a handler in a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable

import discord

from bot.formatting import split_message
from bot.storage import Storage, TranslationLink

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
SKIPPED = "⏳"
"""The one reaction on a message that should have been translated and was not
(over budget, queue full, restarting, timed out)."""

FLIGHT_WAIT_S = 90.0
"""Longest an edit or delete waits for its original's translation (requests
time out before that)."""

_MARKS_REMEMBERED = 10_000


class Poster:
    """Posts, edits, deletes and marks translations; see the module docstring.

    Args:
        storage: Where translation links are kept.
        flight_wait: Seconds an edit/delete waits for a translation in flight.
    """

    def __init__(self, storage: Storage, *, flight_wait: float = FLIGHT_WAIT_S) -> None:
        self.storage = storage
        self.flight_wait = flight_wait
        self._flights: dict[int, list[asyncio.Event]] = {}
        self._deleted: set[int] = set()
        self._marked: OrderedDict[int, None] = OrderedDict()

    # ------------------------------------------------------------ in flight

    @contextlib.asynccontextmanager
    async def flight(self, message_id: int) -> AsyncIterator[None]:
        """Hold edits and deletes of ``message_id`` until its translation is posted."""
        done = asyncio.Event()
        self._flights.setdefault(message_id, []).append(done)
        try:
            yield
        finally:
            done.set()
            flights = self._flights[message_id]
            flights.remove(done)
            if not flights:
                del self._flights[message_id]
                self._deleted.discard(message_id)

    async def settled(self, message_id: int) -> None:
        """Wait until no translation of ``message_id`` is in flight."""
        for done in list(self._flights.get(message_id, ())):
            try:
                await asyncio.wait_for(done.wait(), self.flight_wait)
            except TimeoutError:
                log.warning("Gave up waiting for the translation of message %s", message_id)

    def note_deleted(self, message_id: int) -> None:
        """The original is gone: a translation in flight will not be posted."""
        if message_id in self._flights:
            self._deleted.add(message_id)

    # ------------------------------------------------------------ posting

    async def _send(self, source: discord.Message, chunk: str, style: str) -> discord.Message:
        if style == "plain":
            return await source.channel.send(chunk, allowed_mentions=NO_PINGS)
        return await source.reply(chunk, mention_author=False, allowed_mentions=NO_PINGS)

    async def post(
        self,
        source: discord.Message,
        text: str,
        *,
        original: str,
        kind: str,
        style: str = "reply",
    ) -> list[discord.Message]:
        """Post ``text`` as the translation of ``source`` (a reply, or a plain
        message for ``style="plain"``) and link it; returns what was sent.

        ``original`` is the text that was translated: ``source.content`` may
        already hold a newer edit, which must still count as a change.
        """
        if source.id in self._deleted:
            log.info("Message %s was deleted before its translation was ready", source.id)
            return []
        sent: list[discord.Message] = []
        try:
            for chunk in split_message(text):
                sent.append(await self._send(source, chunk, style))
        except discord.HTTPException as error:
            log.warning(
                "Could not post the translation of message %s in channel %s: %s",
                source.id,
                source.channel.id,
                error,
            )
        if sent:
            guild_id = source.guild.id if source.guild is not None else 0
            self.storage.link_translation(
                source.id, source.channel.id, guild_id, kind, original, [m.id for m in sent]
            )
        return sent

    async def update(
        self,
        source: discord.Message,
        link: TranslationLink,
        text: str,
        *,
        original: str,
        style: str = "reply",
    ) -> None:
        """Edit the translation of ``source`` (now ``original``) to ``text``:
        parts edited in place, extra parts posted, surplus parts deleted."""
        channel = source.channel
        chunks = split_message(text)
        kept: list[int] = []
        try:
            for reply_id, chunk in zip(link.reply_ids, chunks, strict=False):
                await channel.get_partial_message(reply_id).edit(
                    content=chunk, allowed_mentions=NO_PINGS
                )
                kept.append(reply_id)
            for chunk in chunks[len(kept) :]:
                kept.append((await self._send(source, chunk, style)).id)
        except discord.NotFound:
            log.info("A translation of message %s is gone; no longer following it", source.id)
            self.storage.forget_translation(source.id)
            return
        except discord.HTTPException as error:
            log.warning("Could not edit the translation of message %s: %s", source.id, error)
            return
        await self.delete_replies(channel, link.reply_ids[len(chunks) :])
        self.storage.link_translation(
            source.id, channel.id, link.guild_id, link.kind, original, kept
        )

    async def remove(self, channel: discord.abc.Messageable, link: TranslationLink) -> None:
        """Delete the translation and forget its link."""
        self.storage.forget_translation(link.source_id)
        await self.delete_replies(channel, link.reply_ids)

    async def delete_replies(
        self, channel: discord.abc.Messageable, reply_ids: Iterable[int]
    ) -> None:
        """Delete these bot messages; one already gone is fine."""
        for reply_id in reply_ids:
            try:
                await channel.get_partial_message(reply_id).delete()  # type: ignore[attr-defined]
            except discord.NotFound:
                pass  # already gone: what we wanted
            except discord.HTTPException as error:
                log.warning("Could not delete translation %s: %s", reply_id, error)

    # ------------------------------------------------------------ marking

    async def mark(self, message: discord.Message | discord.PartialMessage) -> None:
        """React with :data:`SKIPPED` once: never twice for one message, and not
        at all where the bot may not react."""
        if message.id in self._marked:
            return
        channel = message.channel
        guild = message.guild
        if guild is not None and not isinstance(channel, discord.PartialMessageable):
            permissions = channel.permissions_for(guild.me)
            if not (permissions.add_reactions and permissions.read_message_history):
                log.info("Cannot mark message %s: no permission to react", message.id)
                return
        self._marked[message.id] = None
        if len(self._marked) > _MARKS_REMEMBERED:
            self._marked.popitem(last=False)
        try:
            await message.add_reaction(SKIPPED)
        except discord.HTTPException as error:
            log.warning("Could not mark message %s: %s", message.id, error)
