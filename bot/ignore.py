"""Which messages auto-translate leaves alone, and why.

In order: other bots, webhooks and system messages; channels, categories and
threads a guild admin excluded; members with an excluded role; users who
opted out (``/autotranslate me off``); another bot's command (``!play``);
messages with no words to translate (only links, emoji, mentions or code).
Spanish is left alone later, by the translation service.
"""

from __future__ import annotations

from collections.abc import Iterable

import discord

from bot.guild_config import GuildConfig
from nmt.message import has_words

_CHAT_TYPES = (discord.MessageType.default, discord.MessageType.reply)


def command_prefix(text: str, prefixes: Iterable[str]) -> str | None:
    """The prefix ``text`` starts with as a bot command, else None.

    A prefix ending in a symbol counts when a letter follows (``!play``,
    ``;;skip``), so ``...anyway``, ``> quote``, ``+1`` and ``$5`` are chat; one
    ending in a letter or digit counts when a space follows (``pls meme``).
    """
    start = text.lstrip()
    for prefix in sorted(prefixes, key=len, reverse=True):
        if start[: len(prefix)].casefold() != prefix.casefold():
            continue
        after = start[len(prefix) : len(prefix) + 1]
        if after.isspace() if prefix[-1].isalnum() else after.isalpha():
            return prefix
    return None


def _channel_ids(channel: object) -> set[int]:
    """The channel, its parent (threads) and its category: what an exclusion may name."""
    ids = {getattr(channel, "id", 0)}
    for attribute in ("parent_id", "category_id"):
        if (value := getattr(channel, attribute, None)) is not None:
            ids.add(value)
    parent = getattr(channel, "parent", None)
    if parent is not None and (category := getattr(parent, "category_id", None)) is not None:
        ids.add(category)  # a thread in a channel of an excluded category
    return ids


def ignore_reason(message: discord.Message, config: GuildConfig, opted_out: bool) -> str | None:
    """Why auto-translate skips ``message`` (a short phrase for the log), or None."""
    author = message.author
    if author.bot:
        return "from a bot"
    if message.webhook_id is not None:
        return "from a webhook"
    if message.type not in _CHAT_TYPES:
        return "a system message"
    if config.excluded_channels & _channel_ids(message.channel):
        return "in an excluded channel"
    if config.excluded_roles and any(
        role.id in config.excluded_roles for role in getattr(author, "roles", ())
    ):
        return "from a member with an excluded role"
    if opted_out:
        return "from a user who opted out"
    if (prefix := command_prefix(message.content, config.prefixes)) is not None:
        return f"a bot command ({prefix})"
    if not has_words(message.content):
        return "nothing to translate"
    return None
