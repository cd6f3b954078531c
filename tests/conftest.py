import os
import warnings

os.environ.setdefault("KERAS_BACKEND", "torch")
warnings.filterwarnings("ignore", message=".*does not have a `build\\(\\)` method.*")
warnings.filterwarnings("ignore", message=".*does not support masking.*")
