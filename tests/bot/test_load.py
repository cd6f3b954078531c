"""200 concurrent /translate requests through the cog's handler and the real queue."""

from __future__ import annotations

import asyncio
import datetime as dt
import types

from bot.cogs.translate import translate_interaction
from bot.cooldown import Cooldown
from bot.queue import TranslationQueue
from bot.service import TranslationService

GUILD_ID = 1234


class FakeResponse:
    def __init__(self, log: list) -> None:
        self.log = log

    async def send_message(self, content, **kwargs):
        self.log.append(("send_message", content, kwargs.get("ephemeral")))

    async def defer(self, **kwargs):
        self.log.append(("defer", None, kwargs.get("ephemeral")))


class FakeFollowup:
    def __init__(self, log: list) -> None:
        self.log = log

    async def send(self, content, **kwargs):
        assert kwargs["allowed_mentions"].everyone is False
        self.log.append(("followup", content, kwargs.get("ephemeral")))


class FakeInteraction:
    """Just the parts of discord.Interaction the handler uses."""

    def __init__(self, user_id: int) -> None:
        self.id = user_id
        self.guild_id = GUILD_ID
        self.user = types.SimpleNamespace(id=user_id)
        self.expires_at = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=15)
        self.log: list = []
        self.response = FakeResponse(self.log)
        self.followup = FakeFollowup(self.log)

    async def edit_original_response(self, content, **kwargs):
        self.log.append(("edit", content, None))


async def test_200_concurrent_requests_each_answered_exactly_once(fakes):
    translator = fakes.FakeTranslator(delay=0.005)
    queue = TranslationQueue(translator, max_size=200, max_batch=16, max_wait=0.005)
    service = TranslationService(queue, Cooldown(5, 30.0))
    bot = types.SimpleNamespace(
        services=types.SimpleNamespace(translation=service),
        get_guild={GUILD_ID: object()}.get,  # a server the bot is in: public replies
    )
    interactions = [FakeInteraction(user_id) for user_id in range(1, 201)]

    async with queue:
        await asyncio.gather(
            *(
                translate_interaction(bot, i, f"Message number {i.id}", ephemeral=False)
                for i in interactions
            )
        )

    for interaction in interactions:
        assert interaction.log == [
            ("defer", None, False),
            ("followup", f"ES:Message number {interaction.id}", False),
        ]
    stats = queue.stats()
    assert stats.served == 200 and stats.failed == 0 and stats.dropped == 0
    assert sorted(translator.texts) == sorted(f"Message number {n}" for n in range(1, 201))
    assert stats.mean_batch_size > 1
