"""/translate and the "Translate" message context menu, both ways.

Without ``to`` (and always in the menu) English goes to Spanish and Spanish to
English; replies that went the less expected way (Spanish → English) end with
a small line saying so. A language the bot does not translate, or a direction
it has no model for, gets a short private answer naming what it translates.

Both also work where the bot itself is not: installed to a user's account they
run in DMs, group DMs and servers the bot was never invited to. There the
answer is always private (only the user who asked sees it), so a translation
never lands in a conversation that did not invite the bot.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NO_PINGS, TranslatorBot
from bot.directions import DEFAULT_DIRECTION, label
from bot.errors import BotError
from bot.formatting import MAX_INPUT_CHARS, split_message, with_direction, with_source_link
from bot.service import Pending

log = logging.getLogger(__name__)


MENU_NAME = "Translate"

TO_CHOICES = [
    app_commands.Choice(name="Automatic (English ↔ Spanish)", value="auto"),
    app_commands.Choice(name="Spanish", value="es"),
    app_commands.Choice(name="English", value="en"),
]

EVERYWHERE = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True)
"""Servers, the bot's DMs, and (installed to a user) other DMs and group DMs."""
ANY_INSTALL = app_commands.AppInstallationType(guild=True, user=True)
"""Added to a server, or installed to a user's account."""


def bot_is_present(bot: TranslatorBot, interaction: discord.Interaction) -> bool:
    """Whether the interaction comes from a server the bot is a member of.

    False in DMs and group DMs, and in servers where only the user installed
    the app: answers there are private.
    """
    guild_id = interaction.guild_id
    return guild_id is not None and bot.get_guild(guild_id) is not None


def seconds_left(interaction: discord.Interaction) -> float:
    """Seconds until the interaction token expires (followups fail after that)."""
    return max(0.0, (interaction.expires_at - discord.utils.utcnow()).total_seconds())


def way_shown(pending: Pending) -> str | None:
    """Which way to say the translation went: only when the bot chose a way
    other than the long-standing English → Spanish (a ``to`` the user gave,
    or the usual way, is obvious)."""
    if pending.chosen and pending.direction != DEFAULT_DIRECTION:
        return label(pending.direction)
    return None


async def translate_interaction(
    bot: TranslatorBot,
    interaction: discord.Interaction,
    text: str,
    *,
    ephemeral: bool,
    source_url: str | None = None,
    to: str | None = None,
) -> None:
    """Check and queue ``text`` (into ``to``; None: the other language), defer,
    then answer with the translation in ≤2000-char parts.

    Errors known before deferring (empty, too long, not English or Spanish,
    already in ``to``, no model that way, cooldown, busy) are answered
    privately at once; later ones (timeout, model failure) replace the
    "thinking…" message with one short line. Where the bot is not
    a member (DMs, a user install in a foreign server) the answer is private.
    """
    ephemeral = ephemeral or not bot_is_present(bot, interaction)
    try:
        pending = bot.services.translation.submit(
            interaction.user.id,
            text,
            to=to,
            expires_in=seconds_left(interaction),
            source="command",
        )
    except BotError as error:
        await interaction.response.send_message(
            str(error), ephemeral=True, allowed_mentions=NO_PINGS
        )
        return
    try:
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    except discord.HTTPException:
        pending.cancel()
        log.warning("Could not defer interaction %s; dropped its translation", interaction.id)
        return
    try:
        translation = await pending.result()
    except BotError as error:
        log.info("Translation for %s failed: %s", interaction.user.id, type(error).__name__)
        # The "thinking…" message is already public or private as deferred; it
        # becomes the short error (the first follow-up cannot change that).
        await interaction.edit_original_response(content=str(error), allowed_mentions=NO_PINGS)
        return
    way = way_shown(pending)
    if source_url is not None:
        translation = with_source_link(translation, source_url, way)
    elif way is not None:
        translation = with_direction(translation, way)
    for chunk in split_message(translation):
        await interaction.followup.send(chunk, ephemeral=ephemeral, allowed_mentions=NO_PINGS)


class Translate(commands.Cog):
    """Translate on request."""

    def __init__(self, bot: TranslatorBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(
            name=MENU_NAME,
            callback=self.translate_message,
            allowed_contexts=EVERYWHERE,
            allowed_installs=ANY_INSTALL,
        )

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="translate")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.describe(
        text="The English or Spanish text to translate",
        to="The language to translate into (default: automatic, English → Spanish and "
        "Spanish → English)",
        private="Only you see the reply (default: everyone; always private in DMs and servers "
        "without the bot)",
    )
    @app_commands.choices(to=TO_CHOICES)
    async def translate(
        self,
        interaction: discord.Interaction,
        text: app_commands.Range[str, 1, MAX_INPUT_CHARS],
        to: str = "auto",
        private: bool = False,
    ) -> None:
        """Translate English to Spanish or Spanish to English."""
        await translate_interaction(
            self.bot, interaction, text, ephemeral=private, to=None if to == "auto" else to
        )

    async def translate_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        # Interaction payloads carry the target message, so this needs no message-content intent.
        await translate_interaction(
            self.bot, interaction, message.content, ephemeral=True, source_url=message.jump_url
        )


async def setup(bot: TranslatorBot) -> None:
    await bot.add_cog(Translate(bot))
