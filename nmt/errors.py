"""Domain errors raised by the translation library.

Every error a caller can act on has its own class, so the CLI and the bot map
them to one clear line instead of a traceback.
"""


class NMTError(Exception):
    """Base class for all errors raised by ``nmt``."""


class ConfigError(NMTError):
    """A configuration file or value is invalid; the message names the key."""


class DataError(NMTError):
    """A data file cannot be used (missing, unreadable, no valid pair)."""


class ModelLoadError(NMTError):
    """A model directory is missing a file, or a file in it is corrupt."""


class TranslationError(NMTError):
    """Translating failed for a reason other than bad input."""
