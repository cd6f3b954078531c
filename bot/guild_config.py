"""Per-guild settings a server admin sees and changes with ``/settings``.

:class:`GuildConfig` is the value every handler reads; :mod:`bot.storage`
keeps it (a setting never changed is stored as "default", so a new default
reaches every guild that kept it). The limits here are what ``/settings``
accepts: a guild can make auto-translate more or less generous, but not
take over the operator's CPU.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PREFIXES: tuple[str, ...] = ("!", "?", ".", "$", "%", "-", "+", "=", ">", ";", ";;")
"""Command prefixes of popular bots; messages starting with one are not auto-translated."""

REPLY_STYLES = ("reply", "plain")
"""How auto-translations are posted: a reply to the original, or a plain channel message."""

USER_BUDGET_MAX = 120
CHANNEL_BUDGET_MAX = 600
WINDOW_MIN_S = 10
WINDOW_MAX_S = 3600
MAX_PREFIXES = 25
MAX_PREFIX_CHARS = 10


@dataclass(frozen=True, slots=True)
class GuildConfig:
    """One guild's settings.

    Args:
        user_budget: Messages of one member auto-translated per window.
        channel_budget: Messages of one channel (or thread) auto-translated per window.
        budget_window: Length of the budget window, in seconds.
        prefixes: Command prefixes whose messages auto-translate ignores.
        reply_style: ``"reply"`` or ``"plain"`` (see :data:`REPLY_STYLES`).
        excluded_roles: Members with one of these roles are not auto-translated.
        excluded_channels: Channels, categories and threads never auto-translated.
    """

    user_budget: int = 20
    channel_budget: int = 60
    budget_window: int = 60
    prefixes: tuple[str, ...] = DEFAULT_PREFIXES
    reply_style: str = "reply"
    excluded_roles: frozenset[int] = frozenset()
    excluded_channels: frozenset[int] = frozenset()


def parse_prefixes(raw: str) -> tuple[str, ...]:
    """Prefixes from what an admin typed: separated by spaces, ``default`` for
    the default set, ``none`` for no prefixes. Raises ValueError with a
    sentence fit to show the admin."""
    words = raw.split()
    if [w.lower() for w in words] == ["default"]:
        return DEFAULT_PREFIXES
    if [w.lower() for w in words] == ["none"]:
        return ()
    if not words:
        raise ValueError("Give the prefixes separated by spaces, `default` or `none`.")
    if len(words) > MAX_PREFIXES:
        raise ValueError(f"That is {len(words)} prefixes; the most is {MAX_PREFIXES}.")
    for word in words:
        if len(word) > MAX_PREFIX_CHARS or "`" in word:
            raise ValueError(
                f"A prefix may have at most {MAX_PREFIX_CHARS} characters and no backticks."
            )
    return tuple(dict.fromkeys(words))  # in the admin's order, without repeats
