"""``python tests/bot/fake_worker.py``: ``python -m bot.worker`` serving scripted fake models.

A fake model is a directory holding ``fake.json``: ``{"name", "prefix",
"delay", "fail_on", "crash_on", "gate"}``. It "translates" ``t`` to
``prefix + t`` (the reload check's sentences to their Spanish), sleeps
``delay`` s per batch, raises on a text in ``fail_on``, kills the whole
process on one in ``crash_on`` (a poison request), and waits while the file
``gate`` does not exist. A directory listed in ``FAKE_BROKEN`` (comma-separated
names) fails to load in this process only. Every batch is appended to
``FAKE_LOG`` as a JSON line, so tests see the batches of every worker process.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.translator import PROBES  # noqa: E402
from bot.worker import main  # noqa: E402
from nmt.errors import ModelLoadError, TranslationError  # noqa: E402


class ScriptedTranslator:
    def __init__(self, spec: dict) -> None:
        self.spec = spec

    @property
    def info(self) -> dict:
        return {"name": self.spec["name"], "version": "1.0", "bleu": 31.4, "chrf": 55.2}

    def translate(self, texts: list[str]) -> list[str]:
        spec = self.spec
        if any(t in PROBES for t in texts):  # the load check
            return [PROBES.get(t, t) for t in texts]
        log = os.environ.get("FAKE_LOG")
        if log:
            line = {
                "worker": os.environ.get("BOT_WORKER_ID"),
                "model": spec["name"],
                "texts": texts,
            }
            with open(log, "a", encoding="utf-8") as f:
                f.write(json.dumps(line) + "\n")
        gate = spec.get("gate")
        while gate and not os.path.exists(gate):
            time.sleep(0.005)
        if spec.get("delay"):
            time.sleep(spec["delay"])
        if any(t in spec.get("crash_on", ()) for t in texts):
            os._exit(17)
        if any(t in spec.get("fail_on", ()) for t in texts):
            raise TranslationError("scripted failure")
        return [spec.get("prefix", "ES:") + t for t in texts]


def load(path: Path) -> ScriptedTranslator:
    path = Path(path)
    if path.name in os.environ.get("FAKE_BROKEN", "").split(","):
        raise ModelLoadError(f"{path}: weights are corrupt (scripted)")
    try:
        spec = json.loads((path / "fake.json").read_text(encoding="utf-8"))
    except OSError:
        raise ModelLoadError(f"{path}: config.json is missing") from None
    return ScriptedTranslator(spec)


if __name__ == "__main__":
    sys.exit(main(["--env-file", os.devnull], loader=load))
