"""Command sync only when the tree changes; operators; bot-wide no-ping default."""

from __future__ import annotations

import discord
from discord import app_commands


def command_puts(env) -> int:
    return sum(1 for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands"))


async def test_syncs_on_first_start_only_when_the_tree_changes(
    simcord_env, queue, loader, models_root, db_path, clock, fakes
):
    assert simcord_env.bot.synced_commands is True
    assert command_puts(simcord_env) == 1

    same = fakes.build_bot(queue, loader, models_root, db_path, clock)
    await simcord_env.restart_bot(same)
    assert same.synced_commands is False
    assert command_puts(simcord_env) == 1

    changed = fakes.build_bot(queue, loader, models_root, db_path, clock)

    @app_commands.command(name="ping")
    async def ping(interaction: discord.Interaction) -> None:
        """Extra command."""

    changed.tree.add_command(ping)
    await simcord_env.restart_bot(changed)
    assert changed.synced_commands is True
    assert command_puts(simcord_env) == 2


async def test_operators_and_allowed_mentions(simcord_env):
    bot = simcord_env.bot
    assert bot.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()
    assert bot.is_operator(bot.user)  # simcord's application owner is the bot user
    assert not bot.is_operator(discord.Object(id=1))
    bot.services.operator_ids = frozenset({1})
    assert bot.is_operator(discord.Object(id=1))
