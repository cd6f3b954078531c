"""Which model serves, and swapping in a new one without dropping work."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from bot.protocols import Loader
from bot.queue import TranslationQueue
from bot.translator import describe, load_checked, resolve_model_dir

log = logging.getLogger(__name__)


class ModelService:
    """Knows which model serves, and swaps in a new one without dropping work."""

    def __init__(
        self,
        queue: TranslationQueue,
        loader: Loader,
        *,
        models_root: Path,
        model_dir: Path,
    ) -> None:
        self.queue = queue
        self.loader = loader
        self.models_root = models_root
        self.model_dir = model_dir
        self._lock = asyncio.Lock()

    @property
    def info(self) -> dict[str, Any]:
        return dict(self.queue.translator.info)

    async def reload(self, name: str | None = None) -> dict[str, Any]:
        """Load ``name`` (or the current model again) in a thread, test it, swap it in.

        On failure the old model keeps serving and :class:`ModelReloadFailed`
        (or :class:`InvalidModelName`) says why.
        """
        path = self.model_dir if name is None else resolve_model_dir(self.models_root, name)
        async with self._lock:
            log.info("Reloading model from %s", path)
            translator = await asyncio.to_thread(load_checked, self.loader, path)
            self.queue.swap_translator(translator)
            self.model_dir = path
            info = dict(translator.info)
            log.info("Now serving %s", describe(info))
            return info
