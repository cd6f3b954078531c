"""Auto-translate's own budget, apart from the ``/translate`` cooldown.

Chat arrives in bursts, so auto-translate allows each member and each channel
(or thread) of a guild a number of translations per window, set per guild
(:class:`~bot.guild_config.GuildConfig`). A message over budget is not
translated; the caller marks it instead of dropping it silently.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from bot.cooldown import Cooldown, monotonic
from bot.guild_config import GuildConfig


@dataclass(frozen=True, slots=True)
class ChannelBudget:
    """The limiter for one channel: ``check(user)`` raises OnCooldown when the
    member or the channel is over budget; ``record(user)`` spends one of each."""

    users: Cooldown
    channels: Cooldown
    channel_id: int

    def check(self, user: Hashable) -> None:
        self.channels.check(self.channel_id)
        self.users.check(user)

    def record(self, user: Hashable) -> None:
        self.channels.record(self.channel_id)
        self.users.record(user)


class AutoBudget:
    """Per-guild sliding windows for auto-translate (and the edits it follows).

    Example::

        budget = AutoBudget()
        limiter = budget.limiter(guild_id, channel_id, config)
        service.submit(user_id, text, limiter=limiter)  # OnCooldown when over budget
    """

    def __init__(self, *, clock: Callable[[], float] = monotonic) -> None:
        self._clock = clock
        self._guilds: dict[int, tuple[tuple[int, int, int], Cooldown, Cooldown]] = {}

    def limiter(self, guild_id: int, channel_id: int, config: GuildConfig) -> ChannelBudget:
        limits = (config.user_budget, config.channel_budget, config.budget_window)
        entry = self._guilds.get(guild_id)
        if entry is None or entry[0] != limits:  # new guild or new settings: fresh windows
            users = Cooldown(config.user_budget, config.budget_window, clock=self._clock)
            channels = Cooldown(config.channel_budget, config.budget_window, clock=self._clock)
            entry = self._guilds[guild_id] = (limits, users, channels)
        return ChannelBudget(entry[1], entry[2], channel_id)
