"""Which servers the bot serves, and forgetting the ones it left.

- ``BOT_ALLOWED_GUILDS`` set: the bot leaves every other server as soon as it
  sees it (when added, at start-up, and hourly should leaving have failed),
  and the command tree refuses interactions from them meanwhile (see
  :class:`bot.client.TranslatorTree`).
- Leaving a server (kicked, banned, server deleted, or the allow-list) is noted
  with the time; ``BOT_GUILD_GRACE_DAYS`` later everything stored for it is
  deleted. Coming back in time keeps it all. Servers that went away while the
  bot was offline are noticed at start-up. A server in an outage is not gone:
  discord.py keeps it (``unavailable``) and sends no ``on_guild_remove``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import discord
from discord.ext import commands, tasks

from bot.client import TranslatorBot

log = logging.getLogger(__name__)

DAY_S = 86400.0


class Guilds(commands.Cog):
    """The bot's servers: allow-list and clean-up after leaving."""

    def __init__(self, bot: TranslatorBot, clock: Callable[[], float] = time.time) -> None:
        self.bot = bot
        self.clock = clock

    @property
    def storage(self):
        return self.bot.services.storage

    async def cog_load(self) -> None:
        self.hourly.start()

    async def cog_unload(self) -> None:
        self.hourly.cancel()

    # ------------------------------------------------------------ events

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Start-up (and every reconnect): leave servers off the allow-list, note
        servers that went away while the bot was offline, delete expired ones."""
        await self.leave_unwanted()
        present = {guild.id for guild in self.bot.guilds}
        for guild_id in present:
            if self.storage.mark_guild_present(guild_id):
                log.info("Back in server %s: its settings were kept", guild_id)
        now = self.clock()
        for guild_id in self.storage.stored_guilds() - present:
            self.storage.mark_guild_left(guild_id, now=now)
        self.forget_expired()

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.arrived(guild)

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:
        # Back from an outage; also how some gateways announce a join.
        await self.arrived(guild)

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        self.storage.mark_guild_left(guild.id, now=self.clock())
        log.info(
            "Removed from server %s; its settings are deleted in %g days unless the bot is back",
            guild.id,
            self.bot.services.guild_grace_days,
        )

    @tasks.loop(hours=1)
    async def hourly(self) -> None:
        self.forget_expired()
        if self.bot.is_ready():
            await self.leave_unwanted()

    # ------------------------------------------------------------ work

    def forget_expired(self) -> list[int]:
        """Delete what is stored for servers left more than the grace period ago."""
        cutoff = self.clock() - self.bot.services.guild_grace_days * DAY_S
        gone = self.storage.departed_guilds(before=cutoff)
        for guild_id in gone:
            self.storage.forget_guild(guild_id)
            log.info("Deleted the settings of server %s, which the bot left", guild_id)
        return gone

    async def arrived(self, guild: discord.Guild) -> None:
        """The bot is in ``guild``: leave it if it is off the allow-list, else
        cancel any pending deletion of its settings."""
        if not self.bot.serves(guild.id):
            await self.leave(guild)
            return
        if self.storage.mark_guild_present(guild.id):
            log.info(
                "Back in server %s (%s) within the grace period: settings kept",
                guild.id,
                guild.name,
            )

    async def leave_unwanted(self) -> None:
        for guild in list(self.bot.guilds):
            if not self.bot.serves(guild.id):
                await self.leave(guild)

    async def leave(self, guild: discord.Guild) -> None:
        log.warning("Leaving server %s (%s): it is not in BOT_ALLOWED_GUILDS", guild.id, guild.name)
        try:
            await guild.leave()
        except discord.HTTPException as error:
            log.error("Could not leave server %s (%s); will try again", guild.id, error)


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(Guilds(bot))
