"""/settings: admins see and change per-server settings; the bot checks Manage Server itself."""

from __future__ import annotations

import pytest
import simcord
from simcord import assert_responded


def bot_replies(channel, env):
    return [m for m in channel.history() if m.author.id == env.bot.user.id]


async def test_members_cannot_see_settings_and_the_bot_checks_when_granted(world):
    with pytest.raises(simcord.SetupError, match="not visible"):
        await world.alice.slash(world.channel, "settings show")
    command = world.env.backend.find_command("settings", None, type=1)
    world.guild.set_command_permissions(int(command["id"]), {world.alice: True})

    for name, options in (("settings show", {}), ("settings set", {"user_budget": 1})):
        result = await world.alice.slash(world.channel, name, **options)
        assert_responded(result, contains="need the Manage Server permission", ephemeral=True)
    assert world.env.bot.services.storage.guild_config(world.guild.id).user_budget == 20


async def test_show_lists_the_defaults_privately(world):
    await world.mod.slash(world.channel, "autotranslate on")

    result = await world.admin.slash(world.channel, "settings show")

    assert_responded(result, ephemeral=True)
    content = result.response.content
    for expected in (
        "20 messages per member and 60 per channel every 60 s",
        "`!` `?` `.`",
        "(default)",
        "**Excluded roles:** none",
        "**Reply style:** reply",
        f"**Auto-translated channels:** {world.channel.mention}",
    ):
        assert expected in content


async def test_set_changes_and_persists_settings(
    world, queue, loader, models_root, db_path, clock, fakes
):
    env = world.env
    result = await world.mod.slash(
        world.channel,
        "settings set",
        user_budget=5,
        channel_budget=50,
        budget_window=120,
        prefixes="pls !",
        reply_style="plain",
    )
    assert_responded(result, contains="Saved.", ephemeral=True)
    assert "5 messages per member and 50 per channel every 120 s" in result.response.content
    env.bot.services.storage.close()
    await env.restart_bot(fakes.build_bot(queue, loader, models_root, db_path, clock))

    shown = await world.mod.slash(world.channel, "settings show")

    assert "every 120 s" in shown.response.content
    assert "`pls` `!`" in shown.response.content and "(default)" not in shown.response.content
    assert "**Reply style:** plain" in shown.response.content


async def test_custom_prefixes_replace_the_default_ones(world):
    env = world.env
    await world.mod.slash(world.channel, "autotranslate on")
    await world.mod.slash(world.channel, "settings set", prefixes="pls")

    await world.alice.send(world.channel, "pls meme")
    await world.alice.send(world.channel, "!help me please")

    assert [m.content for m in bot_replies(world.channel, env)] == ["ES:!help me please"]


async def test_bad_values_get_a_polite_private_answer(world):
    bad = await world.mod.slash(world.channel, "settings set", prefixes="`oops`")
    assert_responded(bad, contains="Nothing changed. A prefix may have", ephemeral=True)

    empty = await world.mod.slash(world.channel, "settings set")
    assert_responded(empty, contains="give at least one option", ephemeral=True)

    with pytest.raises(simcord.OptionError):  # Discord enforces the declared ranges
        await world.mod.slash(world.channel, "settings set", user_budget=10_000)


async def test_plain_reply_style_posts_translations_as_channel_messages(world):
    env = world.env
    await world.mod.slash(world.channel, "autotranslate on")
    await world.mod.slash(world.channel, "settings set", reply_style="plain")

    await world.alice.send(world.channel, "I love this song")

    [message] = bot_replies(world.channel, env)
    assert message.content == "ES:I love this song"
    assert message.reference is None


async def test_excluded_roles_and_channels_are_not_auto_translated(world):
    env = world.env
    muted = world.guild.create_role("Muted")
    carol = world.guild.add_member(env.create_user("carol"), roles=[muted])
    category = world.guild.create_category("Off-topic")
    offtopic = world.guild.create_text_channel("memes", category=category)
    for channel in (world.channel, offtopic):
        await world.mod.slash(channel, "autotranslate on")

    result = await world.mod.slash(world.channel, "settings exclude", role=muted, channel=category)
    assert_responded(result, contains=f"{category.mention} is excluded from", ephemeral=True)
    await carol.send(world.channel, "Carol is excluded")
    await world.alice.send(offtopic, "This category is excluded")
    await world.alice.send(world.channel, "Alice is translated")
    assert [m.content for m in bot_replies(world.channel, env)] == ["ES:Alice is translated"]
    assert bot_replies(offtopic, env) == []

    await world.mod.slash(world.channel, "settings include", role=muted)
    await carol.send(world.channel, "Carol is back")
    assert bot_replies(world.channel, env)[-1].content == "ES:Carol is back"


async def test_reset_restores_the_defaults(world):
    muted = world.guild.create_role("Muted")
    await world.mod.slash(world.channel, "settings set", user_budget=3, reply_style="plain")
    await world.mod.slash(world.channel, "settings exclude", role=muted)

    result = await world.mod.slash(world.channel, "settings reset")

    assert_responded(result, contains="Back to the defaults.", ephemeral=True)
    assert "20 messages per member" in result.response.content
    assert "**Excluded roles:** none" in result.response.content


async def test_answers_never_ping_mentioned_roles(world, fakes):
    pinged = world.guild.create_role("Pinged", mentionable=True)

    result = await world.mod.slash(world.channel, "settings exclude", role=pinged)

    assert pinged.mention in result.response.content
    record = fakes.stored(world.env, result.response)
    assert record.ping_role_ids == [] and not record.allowed_mentions.roles
