"""Domain errors the bot can explain to a user in one short sentence.

Each error carries the message a user sees; tracebacks and details go to
``logging`` only. :func:`user_message` maps any error (ours, the queue's or the
model's) to that sentence.
"""

from __future__ import annotations

import math

from nmt.errors import NMTError


class BotError(Exception):
    """Base class for errors whose message is safe to show to a user."""

    user_message = "Something went wrong."

    def __str__(self) -> str:
        return self.args[0] if self.args else self.user_message


class EmptyInput(BotError):
    user_message = "There is no text to translate. Type some English or Spanish and try again."


class InputTooLong(BotError):
    """The text is over the limit; nothing is ever silently truncated."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"That text is {length:,} characters long; the limit is {limit:,}. "
            "Split it into smaller parts and try again."
        )
        self.length = length
        self.limit = limit


class NothingToTranslate(BotError):
    user_message = (
        "There are only mentions, links, emoji or code in that text, so nothing to translate."
    )


class AlreadyInLanguage(BotError):
    """The text is already in the language asked for: nothing to translate."""


class AlreadySpanish(AlreadyInLanguage):
    user_message = "That already looks like Spanish, so there is nothing to translate."


class AlreadyEnglish(AlreadyInLanguage):
    user_message = "That already looks like English, so there is nothing to translate."


class NotTranslatable(BotError):
    """Neither English nor Spanish (French, Portuguese, Italian, German…):
    politely refused on commands, left alone in channels. The message names
    what this bot translates (both ways, or English → Spanish only)."""

    user_message = (
        "I translate between English and Spanish, and that doesn't look like either, "
        "so I can't translate it."
    )


NotEnglish = NotTranslatable
"""The name from before the bot translated both ways."""

ONE_WAY_NOT_TRANSLATABLE = (
    "I translate English into Spanish, and that doesn't look like English, "
    "so there is nothing for me to translate."
)
""":class:`NotTranslatable`'s message on a bot without a Spanish → English model."""


class DirectionUnavailable(BotError):
    """This bot has no model for the direction a request needs (e.g. no
    ``models/es-en``): refused politely on commands, silently in channels."""

    def __init__(self, label: str, available: str) -> None:
        super().__init__(
            f"{label} isn't available on this bot, so I can't translate that. "
            f"I translate {available}."
        )
        self.label = label


class OnCooldown(BotError):
    """The user made too many requests; ``retry_after`` is in seconds."""

    def __init__(self, retry_after: float) -> None:
        seconds = max(1, math.ceil(retry_after))
        unit = "second" if seconds == 1 else "seconds"
        super().__init__(f"You're translating a lot right now. Try again in {seconds} {unit}.")
        self.retry_after = retry_after


class NotOperator(BotError):
    user_message = "Sorry, only the bot's operators can do that."


class MissingPermission(BotError):
    user_message = "Sorry, you need the Manage Server permission to change that here."


class GuildNotAllowed(BotError):
    user_message = "Sorry, this bot is private and does not work in this server."


class InvalidModelName(BotError):
    """A model name that does not name a direct subdirectory of the models root."""


class ModelReloadFailed(BotError):
    """Loading or smoke-testing a new model failed; the old model keeps serving."""


class WrongDirection(ModelReloadFailed):
    """The model translates the other way (``en-es`` where ``es-en`` is needed, or back)."""


class QueueError(BotError):
    """Base class for errors raised by :mod:`bot.queue`."""


class QueueFull(QueueError):
    user_message = "I'm busy translating other messages. Try again in a moment."


class QueueClosed(QueueError):
    user_message = "I'm restarting and not taking new translations. Try again in a minute."


class RequestTimeout(QueueError):
    user_message = "The translation took too long. Try again, perhaps with a shorter text."


class RequestExpired(QueueError):
    user_message = "The request expired before it could be translated."


class TranslationFailed(QueueError):
    user_message = "The translator failed on that text. The operators can find details in the log."


def user_message(error: BaseException) -> str:
    """The one sentence a user sees for ``error``; never a traceback."""
    if isinstance(error, BotError):
        return str(error)
    if isinstance(error, NMTError):
        return TranslationFailed.user_message
    return "Something went wrong on my side. The operators can find details in the log."
