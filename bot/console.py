"""A local console: type English or Spanish, get the other, through the same
queue and formatting as the bot."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.directions import target_of
from bot.errors import BotError
from bot.formatting import split_message
from bot.service import TranslationService

CONSOLE_USER = "console"

BANNER = (
    "Local console: type English or Spanish and press Enter "
    "(Ctrl-D or an empty line twice to quit).\n"
    "To run on Discord, put DISCORD_TOKEN=... in .env (see docs/BOT.md) and run `python -m bot`."
)


async def run_console(
    service: TranslationService,
    *,
    read: Callable[[str], str] | None = None,
    write: Callable[[str], None] | None = None,
) -> int:
    """Translate lines from ``read`` (default: input) until EOF; returns the number translated."""
    read = read or input
    write = write or print
    write(BANNER)
    translated = 0
    blank = 0
    while True:
        try:
            line = await asyncio.to_thread(read, "> ")
        except (EOFError, KeyboardInterrupt):
            write("")
            return translated
        if not line.strip():
            blank += 1
            if blank >= 2:
                return translated
            continue
        blank = 0
        try:
            pending = service.submit(CONSOLE_USER, line)
            translation = await pending.result()
        except BotError as error:
            write(f"!! {error}")
            continue
        for chunk in split_message(translation):
            write(f"{target_of(pending.direction)}> {chunk}")
        translated += 1
