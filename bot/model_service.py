"""Which model serves each direction, swapping in a new one without dropping
work, and remembering a ``/model reload name`` choice across restarts.

One :class:`ModelService` per direction (English → Spanish from
``BOT_MODEL_DIR``, Spanish → English from ``BOT_MODEL_DIR_ES_EN``); both swap
translators in the one shared queue. A choice is kept in the settings
database with the directory setting it overrode. At start-up
(:func:`saved_model_dir`) it wins while that setting is unchanged: an
operator who edits it afterwards means the new value. Reloading the
setting's own model by name forgets the choice.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any, Protocol

from bot.directions import DEFAULT_DIRECTION, EN_ES, label
from bot.errors import InvalidModelName
from bot.protocols import Loader
from bot.queue import TranslationQueue
from bot.translator import describe, load_checked, resolve_model_dir

log = logging.getLogger(__name__)

MODEL_CHOICE_KEY = "model_choice"
"""Meta key of the saved English → Spanish choice:
``{"name": ..., "default": <BOT_MODEL_DIR then>}``."""

DIR_SETTING = {EN_ES: "BOT_MODEL_DIR", "es-en": "BOT_MODEL_DIR_ES_EN"}
"""The setting naming each direction's model directory."""


def choice_key(direction: str = DEFAULT_DIRECTION) -> str:
    """Meta key of a direction's saved choice (English → Spanish: :data:`MODEL_CHOICE_KEY`,
    as before the bot translated both ways)."""
    return MODEL_CHOICE_KEY if direction == EN_ES else f"{MODEL_CHOICE_KEY}:{direction}"


class MetaStore(Protocol):
    """The part of :class:`bot.storage.Storage` the choice is kept in."""

    def get_meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...

    def delete_meta(self, key: str) -> None: ...


def _same_dir(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def saved_model_dir(
    store: MetaStore,
    *,
    models_root: Path,
    default_dir: Path,
    direction: str = DEFAULT_DIRECTION,
) -> Path | None:
    """The directory a ``/model reload name`` chose for ``direction``, if it still applies.

    None when nothing was chosen, when ``BOT_MODEL_DIR`` changed since (the
    choice is then forgotten), or when the chosen name no longer names a model
    directory (forgotten too, with a log line). Loading it may still fail: see
    :func:`forget_model_choice`.
    """
    key = choice_key(direction)
    setting = DIR_SETTING[direction]
    raw = store.get_meta(key)
    if raw is None:
        return None
    try:
        choice = json.loads(raw)
        name, default = str(choice["name"]), Path(choice["default"])
    except (ValueError, KeyError, TypeError):
        log.warning("Ignoring an unreadable saved model choice: %.80r", raw)
        store.delete_meta(key)
        return None
    if not _same_dir(default, default_dir):
        log.info(
            "%s changed (was %s) since /model reload chose %r; using %s=%s",
            setting,
            default,
            name,
            setting,
            default_dir,
        )
        store.delete_meta(key)
        return None
    try:
        return resolve_model_dir(models_root, name)
    except InvalidModelName as error:
        forget_model_choice(
            store, f"{error} Falling back to {setting}={default_dir}.", direction=direction
        )
        return None


def forget_model_choice(
    store: MetaStore, reason: str, *, direction: str = DEFAULT_DIRECTION
) -> None:
    """Drop the saved choice (it no longer loads), saying why in the log."""
    log.warning("Forgetting the %s model chosen with /model reload: %s", label(direction), reason)
    store.delete_meta(choice_key(direction))


class ModelService:
    """Knows which model serves one direction, and swaps in a new one without
    dropping work.

    Args:
        queue: The queue whose translator for ``direction`` is swapped.
        loader: Loads (and is checked on) a model directory.
        models_root: Where ``/model reload name`` looks for ``name``.
        model_dir: The directory serving now (or, while none serves, the one
            a reload without a name tries).
        default_dir: ``BOT_MODEL_DIR`` / ``BOT_MODEL_DIR_ES_EN`` (default: ``model_dir``).
        store: Where a reload choice is saved for the next start; None: not saved.
        direction: ``"en-es"`` or ``"es-en"``.
    """

    def __init__(
        self,
        queue: TranslationQueue,
        loader: Loader,
        *,
        models_root: Path,
        model_dir: Path,
        default_dir: Path | None = None,
        store: MetaStore | None = None,
        direction: str = DEFAULT_DIRECTION,
    ) -> None:
        self.direction = direction
        self.queue = queue
        self.loader = loader
        self.models_root = models_root
        self.model_dir = model_dir
        self.default_dir = model_dir if default_dir is None else default_dir
        self.store = store
        # Whether the serving model was chosen with /model reload and kept for restarts.
        self.saved = store is not None and store.get_meta(choice_key(direction)) is not None
        self._lock = asyncio.Lock()

    @property
    def serving(self) -> bool:
        """Whether a model serves this direction now."""
        return self.direction in self.queue.directions

    @property
    def info(self) -> dict[str, Any]:
        """The serving model's ``info`` (empty while none serves)."""
        translator = self.queue.translators.get(self.direction)
        return {} if translator is None else dict(translator.info)

    @property
    def setting(self) -> str:
        return DIR_SETTING[self.direction]

    def workers(self) -> list[dict[str, Any]] | None:
        """Live inference workers (:mod:`bot.worker`); None: the model runs in this process."""
        return None

    @property
    def persistence(self) -> str:
        """What happens to the serving model at a restart, in one line."""
        if _same_dir(self.model_dir, self.default_dir):
            return f"{self.setting} ({self.default_dir})"
        if self.saved:
            return f"chosen with /model reload ({self.model_dir.name}); kept after a restart"
        return (
            f"chosen with /model reload ({self.model_dir.name}); not saved: a restart "
            f"goes back to {self.setting} ({self.default_dir})"
        )

    async def reload(self, name: str | None = None) -> dict[str, Any]:
        """Load ``name`` (or the current model again) in a thread, test it, swap it in,
        and save a named choice for the next start.

        On failure the old model keeps serving and :class:`ModelReloadFailed`
        (or :class:`InvalidModelName`) says why; a model that translates the
        other way is such a failure. A direction that had no model starts
        being served.
        """
        path = self.model_dir if name is None else resolve_model_dir(self.models_root, name)
        async with self._lock:
            log.info("Reloading the %s model from %s", label(self.direction), path)
            translator = await asyncio.to_thread(load_checked, self.loader, path, self.direction)
            self.queue.swap_translator(translator, self.direction)
            self.model_dir = path
            info = dict(translator.info)
            log.info("Now serving %s: %s", label(self.direction), describe(info))
            if name is not None:
                self._save_choice(path)
            return info

    def _save_choice(self, path: Path) -> None:
        if self.store is None:
            self.saved = False
            return
        key = choice_key(self.direction)
        try:
            if _same_dir(path, self.default_dir):
                self.store.delete_meta(key)
            else:
                choice = {"name": path.name, "default": str(self.default_dir)}
                self.store.set_meta(key, json.dumps(choice))
        except sqlite3.Error as error:
            log.error("Could not save the model choice %s for the next start: %s", path, error)
            self.saved = False
            return
        self.saved = not _same_dir(path, self.default_dir)
