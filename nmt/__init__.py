"""English→Spanish neural machine translation with Keras 3 on the PyTorch backend.

Importing ``nmt`` is cheap: Keras and torch are imported only when a model is
built or loaded. The backend is forced to PyTorch here, before anything imports
Keras, so no user has to set ``KERAS_BACKEND`` themselves.
"""

import os
import sys

if "keras" in sys.modules and os.environ.get("KERAS_BACKEND", "torch") != "torch":
    raise ImportError(
        "nmt needs the Keras PyTorch backend, but Keras was already imported with "
        f"KERAS_BACKEND={os.environ.get('KERAS_BACKEND')!r}; import nmt first."
    )
os.environ["KERAS_BACKEND"] = "torch"

__version__ = "0.1.0"
__all__ = ["Translator", "__version__"]


def __getattr__(name):
    if name == "Translator":
        from nmt.translate import Translator

        return Translator
    raise AttributeError(f"module 'nmt' has no attribute {name!r}")
