"""Auto-translate's per-member and per-channel budget."""

from __future__ import annotations

import pytest

from bot.budget import AutoBudget
from bot.errors import OnCooldown
from bot.guild_config import GuildConfig


def spend(limiter, user, times):
    for _ in range(times):
        limiter.check(user)
        limiter.record(user)


def test_members_and_channels_have_separate_windows(clock):
    budget = AutoBudget(clock=clock)
    config = GuildConfig(user_budget=2, channel_budget=3, budget_window=60)
    general = budget.limiter(1, 10, config)

    spend(general, "alice", 2)
    with pytest.raises(OnCooldown):
        general.check("alice")  # alice is over her budget
    spend(general, "bob", 1)
    with pytest.raises(OnCooldown):
        general.check("carol")  # the channel is over its budget
    spend(budget.limiter(1, 11, config), "carol", 1)  # another channel is not

    clock.advance(60)
    spend(general, "alice", 2)


def test_new_settings_start_fresh_windows(clock):
    budget = AutoBudget(clock=clock)
    spend(budget.limiter(1, 10, GuildConfig(user_budget=1)), "alice", 1)

    with pytest.raises(OnCooldown):
        budget.limiter(1, 10, GuildConfig(user_budget=1)).check("alice")
    budget.limiter(1, 10, GuildConfig(user_budget=5)).check("alice")
