"""Who may change server settings, and what the bot itself needs in a channel."""

from __future__ import annotations

import discord

AUTO_TRANSLATE_NEEDS = (
    ("view_channel", "View Channel"),
    ("read_message_history", "Read Message History"),
    ("send_messages", "Send Messages"),
)
"""Without these, auto-translate cannot work in a channel."""

THREAD_NEEDS = (
    ("view_channel", "View Channel"),
    ("read_message_history", "Read Message History"),
    ("send_messages_in_threads", "Send Messages in Threads"),
)

MARKING_NEEDS = (("add_reactions", "Add Reactions"),)
"""Without these, skipped messages cannot be marked with ⏳."""


def can_manage(interaction: discord.Interaction) -> bool:
    """Manage Server or Administrator, checked by the bot itself.

    ``default_permissions`` only hides a command; server admins can grant
    it to anyone in Integrations settings, so the bot checks again.
    """
    permissions = interaction.permissions
    return permissions.manage_guild or permissions.administrator


def missing(permissions: discord.Permissions, needs: tuple[tuple[str, str], ...]) -> list[str]:
    """The display names of the permissions in ``needs`` that ``permissions`` lacks."""
    return [name for flag, name in needs if not getattr(permissions, flag)]


def listing(names: list[str]) -> str:
    """``**A**``, ``**A** and **B**``, ``**A**, **B** and **C**``."""
    bold = [f"**{name}**" for name in names]
    return bold[0] if len(bold) == 1 else ", ".join(bold[:-1]) + " and " + bold[-1]
