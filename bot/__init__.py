"""Discord bot that translates English to Spanish with the project's own model.

The bot reaches the model only through :class:`bot.protocols.TranslatorLike`;
everything between Discord and the model (queueing, batching, formatting,
cooldowns, storage) lives in this package.
"""
