"""Auto-translate channels: permissions, replies, ignored authors, persistence."""

from __future__ import annotations

import asyncio
import threading

import discord
from simcord import assert_responded


def bot_replies(channel, bot_user_id):
    import discord

    return [
        m
        for m in channel.history()
        if m.author.id == bot_user_id and m.type != discord.MessageType.thread_created
    ]


async def test_manager_turns_it_on_and_messages_get_a_reply_without_ping(world, fakes):
    env = world.env
    result = await world.mod.slash(world.channel, "autotranslate on")
    assert_responded(result, contains="now **on**", ephemeral=True)

    message = await world.alice.send(world.channel, "I love this song")

    [reply] = bot_replies(world.channel, env.bot.user.id)
    assert reply.content == "ES:I love this song"
    assert reply.reference is not None and reply.reference.message_id == message.id
    record = fakes.stored(env, reply)
    assert record.ping_user_ids == []  # mention_author=False: alice is not pinged
    assert not record.allowed_mentions.replied_user


async def test_administrator_may_use_it_and_status_reports_it(world):
    await world.admin.slash(world.channel, "autotranslate on")

    result = await world.admin.slash(world.channel, "autotranslate status")

    assert_responded(result, contains="**on** in this channel", ephemeral=True)
    assert world.channel.mention in result.response.content


async def test_off_stops_replies(world):
    await world.mod.slash(world.channel, "autotranslate on")
    await world.mod.slash(world.channel, "autotranslate off")

    await world.alice.send(world.channel, "Anyone here?")

    assert bot_replies(world.channel, world.env.bot.user.id) == []


async def test_members_without_manage_server_are_refused_politely(world):
    # /autotranslate is visible to everyone (for `me on|off`), so the bot checks itself.
    result = await world.alice.slash(world.channel, "autotranslate on")

    assert_responded(result, contains="need the Manage Server permission", ephemeral=True)
    assert not world.env.bot.services.storage.autotranslate_enabled(world.channel.id)


async def test_bot_checks_permission_itself_when_the_command_is_granted(world):
    # A server admin can grant the command to anyone in Integrations settings;
    # the bot must still refuse members without Manage Server.
    command = world.env.backend.find_command("autotranslate", None, type=1)
    world.guild.set_command_permissions(int(command["id"]), {world.alice: True})

    result = await world.alice.slash(world.channel, "autotranslate on")

    assert_responded(result, contains="Manage Server", ephemeral=True)
    assert not world.env.bot.services.storage.autotranslate_enabled(world.channel.id)


async def test_bots_webhooks_and_itself_are_ignored(world, translator):
    await world.mod.slash(world.channel, "autotranslate on")
    robot = world.guild.add_member(world.env.create_user("robot", bot=True))
    hook = world.guild.create_webhook(world.channel, "News")

    await robot.send(world.channel, "I am a bot message")
    await hook.send("Webhook news item")

    assert translator.batches == []
    assert bot_replies(world.channel, world.env.bot.user.id) == []


async def test_spanish_messages_get_no_reply(world, translator):
    await world.mod.slash(world.channel, "autotranslate on")

    await world.alice.send(world.channel, "¿Dónde está la estación de tren?")

    assert translator.batches == []
    assert bot_replies(world.channel, world.env.bot.user.id) == []


async def test_setting_persists_for_a_new_bot_with_the_same_database(
    world, queue, loader, models_root, db_path, clock, fakes
):
    await world.mod.slash(world.channel, "autotranslate on")
    world.env.bot.services.storage.close()

    new_bot = fakes.build_bot(queue, loader, models_root, db_path, clock)
    await world.env.restart_bot(new_bot)
    await world.alice.send(world.channel, "Still translated after a restart")

    assert new_bot.synced_commands is False  # same command tree: no re-sync
    replies = bot_replies(world.channel, new_bot.user.id)
    assert [r.content for r in replies] == ["ES:Still translated after a restart"]


async def make_thread(world, name: str = "topic"):
    """A public thread in the world's channel, created through the bot's HTTP path."""
    import discord

    parent = world.env.bot.get_channel(world.channel.id)
    await parent.create_thread(name=name, type=discord.ChannelType.public_thread)
    [thread] = [t for t in world.channel.threads if t.name == name]
    return thread


async def test_threads_follow_their_channel_unless_set_themselves(world):
    bot_id = world.env.bot.user.id
    thread = await make_thread(world)
    await world.mod.slash(world.channel, "autotranslate on")

    await world.alice.send(thread, "I love this song")
    assert [m.content for m in bot_replies(thread, bot_id)] == ["ES:I love this song"]
    status = await world.mod.slash(thread, "autotranslate status")
    assert_responded(
        status, contains=f"**on** in this channel (as in its channel {world.channel.mention})"
    )

    result = await world.mod.slash(thread, "autotranslate off")  # only this thread
    assert_responded(result, contains="now **off**", ephemeral=True)
    await world.alice.send(thread, "Anyone here?")
    await world.alice.send(world.channel, "Good morning")
    assert len(bot_replies(thread, bot_id)) == 1
    assert [m.content for m in bot_replies(world.channel, bot_id)] == ["ES:Good morning"]

    await world.mod.slash(thread, "autotranslate on")  # back to following the channel
    await world.mod.slash(world.channel, "autotranslate off")
    await world.alice.send(thread, "See you later")
    assert len(bot_replies(thread, bot_id)) == 1


async def test_a_thread_can_be_translated_on_its_own(world):
    bot_id = world.env.bot.user.id
    thread = await make_thread(world)

    await world.mod.slash(thread, "autotranslate on")
    await world.alice.send(thread, "I love this song")
    await world.alice.send(world.channel, "Good morning")

    assert [m.content for m in bot_replies(thread, bot_id)] == ["ES:I love this song"]
    assert bot_replies(world.channel, bot_id) == []


# ------------------------------------------------------------------ ignore rules


def reactions_of(env, message):
    record = env.backend.get_message(message.channel.id, message.id)
    return {r.emoji: list(r.user_ids) for r in record.reactions}


def reaction_puts(env):
    return [r for r in env.http_requests if r.method == "PUT" and "/reactions/" in r.path]


async def test_other_bots_commands_are_not_translated(world, translator):
    await world.mod.slash(world.channel, "autotranslate on")

    for command in ("!play despacito", ";;play despacito", ".help", "?rank"):
        await world.alice.send(world.channel, command)
    await world.alice.send(world.channel, "...anyway I love it")

    replies = bot_replies(world.channel, world.env.bot.user.id)
    assert [r.content for r in replies] == ["ES:...anyway I love it"]
    assert reaction_puts(world.env) == []


async def test_messages_with_only_links_emoji_mentions_or_code_are_left_alone(world, translator):
    await world.mod.slash(world.channel, "autotranslate on")

    for text in ("https://example.com/a", "😀 😀", world.bob.mention, "`x = 1`", "```py\nx\n```"):
        await world.alice.send(world.channel, text)

    assert translator.batches == []
    assert bot_replies(world.channel, world.env.bot.user.id) == []
    assert reaction_puts(world.env) == []


async def test_users_can_opt_out_of_auto_translate_and_back_in(world):
    bot_id = world.env.bot.user.id
    await world.mod.slash(world.channel, "autotranslate on")

    result = await world.alice.slash(world.channel, "autotranslate me off")
    assert_responded(result, contains="won't be auto-translated any more", ephemeral=True)
    await world.alice.send(world.channel, "Do not translate me")
    await world.bob.send(world.channel, "Translate me")
    status = await world.alice.slash(world.channel, "autotranslate status")
    assert_responded(status, contains="you opted out", ephemeral=True)

    await world.alice.slash(world.channel, "autotranslate me on")
    await world.alice.send(world.channel, "Translate me again")

    assert [r.content for r in bot_replies(world.channel, bot_id)] == [
        "ES:Translate me",
        "ES:Translate me again",
    ]


# ------------------------------------------------------------------ budget, no silent drops


async def test_auto_translate_has_its_own_budget_apart_from_the_translate_cooldown(world):
    await world.mod.slash(world.channel, "autotranslate on")

    for i in range(8):  # more than /translate's 5 per 30 s
        await world.alice.send(world.channel, f"Chat message number {i}")

    assert len(bot_replies(world.channel, world.env.bot.user.id)) == 8
    result = await world.alice.slash(world.channel, "translate", text="Hello")
    assert_responded(result, content="ES:Hello")  # the cooldown was not spent


async def test_messages_over_budget_are_marked_once_never_dropped_silently(world, clock):
    env = world.env
    bot_id = env.bot.user.id
    await world.mod.slash(world.channel, "autotranslate on")
    await world.mod.slash(world.channel, "settings set", user_budget=2)

    sent = [await world.alice.send(world.channel, f"Message number {i}") for i in range(4)]
    for edit in ("Message number zero", "Message number nought"):  # edits spend the budget too
        await world.alice.edit(sent[0], edit)
    await world.bob.send(world.channel, "Bob has his own budget")

    assert len(bot_replies(world.channel, bot_id)) == 3
    marked = {"⏳": [bot_id]}
    assert [reactions_of(env, m) for m in sent] == [marked, {}, marked, marked]
    assert len(reaction_puts(env)) == 3  # one per message, however often it is refused
    clock.advance(60)
    await world.alice.send(world.channel, "A minute later")
    assert len(bot_replies(world.channel, bot_id)) == 4


async def test_a_busy_channel_is_limited_too(world):
    env = world.env
    await world.mod.slash(world.channel, "autotranslate on")
    await world.mod.slash(world.channel, "settings set", channel_budget=2)

    await world.alice.send(world.channel, "First message")
    await world.bob.send(world.channel, "Second message")
    third = await world.mod.send(world.channel, "Third message")

    assert len(bot_replies(world.channel, env.bot.user.id)) == 2
    assert reactions_of(env, third) == {"⏳": [env.bot.user.id]}


async def test_a_full_queue_marks_the_message(world, translator, queue):
    env = world.env
    await world.mod.slash(world.channel, "autotranslate on")
    translator.gate = threading.Event()
    queue.max_size = 1
    running = queue.submit(["first"])
    while not translator.batches:
        await asyncio.sleep(0.005)
    waiting = queue.submit(["second"])

    message = await world.alice.send(world.channel, "Hello there")

    assert reactions_of(env, message) == {"⏳": [env.bot.user.id]}
    translator.gate.set()
    await running.result()
    await waiting.result()


async def test_no_mark_where_the_bot_may_not_react(world):
    env = world.env
    quiet = world.guild.create_text_channel(
        "no-reactions", overwrites={env.bot.user: discord.PermissionOverwrite(add_reactions=False)}
    )
    result = await world.mod.slash(quiet, "autotranslate on")
    assert_responded(result, contains="can't add reactions here", ephemeral=True)
    await world.mod.slash(quiet, "settings set", user_budget=1)

    await world.alice.send(quiet, "First message")
    skipped = await world.alice.send(quiet, "Second message")

    assert reactions_of(env, skipped) == {}
    assert reaction_puts(env) == []


async def test_discord_refusing_a_reply_is_logged_not_raised(world, caplog):
    env = world.env
    await world.mod.slash(world.channel, "autotranslate on")
    env.inject_error("POST", "/channels/*/messages", status=403, code=50013, message="Missing")

    message = await world.alice.send(world.channel, "I love this song")

    assert bot_replies(world.channel, env.bot.user.id) == []
    assert "Could not post the translation" in caplog.text
    assert env.errors == []
    assert env.bot.services.storage.translation(message.id) is None


async def test_turning_it_on_checks_the_bots_permissions(world):
    env = world.env
    mute = world.guild.create_text_channel(
        "read-only",
        overwrites={
            env.bot.user: discord.PermissionOverwrite(
                send_messages=False, read_message_history=False
            )
        },
    )

    result = await world.mod.slash(mute, "autotranslate on")

    assert_responded(
        result,
        contains="missing the **Read Message History** and **Send Messages** permissions",
        ephemeral=True,
    )
    assert not env.bot.services.storage.autotranslate_enabled(mute.id)


async def test_turning_it_on_without_the_message_content_intent_says_so(
    world, queue, loader, models_root, db_path, clock, fakes
):
    env = world.env
    env.bot.services.storage.close()
    await env.restart_bot(
        fakes.build_bot(queue, loader, models_root, db_path, clock, message_content=False)
    )

    result = await world.mod.slash(world.channel, "autotranslate on")

    assert_responded(result, contains="without the **Message Content** intent", ephemeral=True)
    assert not env.bot.services.storage.autotranslate_enabled(world.channel.id)
