# syntax=docker/dockerfile:1
# discord-nmt: the bot with CPU-only PyTorch, running as a non-root user.
#
#   docker build -t discord-nmt .                 # the shipped model (models/en-es) baked in
#   docker run --env-file .env -v discord-nmt-data:/data discord-nmt
#
# Or use compose.yaml; docs/DEPLOY.md covers mounting your own models, the
# database volume, reloads (SIGHUP) and the stop timeout.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# PyPI's Linux torch wheel is the CUDA build (GBs of nvidia-* packages the bot
# never uses); install the same version's CPU build first. torch==2.13.0 in
# pyproject.toml is then already satisfied (2.13.0+cpu).
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
WORKDIR /src
COPY pyproject.toml README.md ./
COPY nmt ./nmt
COPY bot ./bot
RUN pip install . \
    && python -c "import torch; assert torch.version.cuda is None, torch.__version__"

FROM ${PYTHON_IMAGE}
RUN groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin bot \
    && mkdir -p /data \
    && chown bot:bot /data
COPY --from=build /opt/venv /opt/venv
# The model is read-only data: owned by root, readable by the bot. To serve
# models from the host instead, mount a directory over /app/models.
COPY models/en-es /app/models/en-es
WORKDIR /app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    KERAS_HOME=/tmp/keras \
    BOT_MODEL_DIR=/app/models/en-es \
    BOT_MODELS_ROOT=/app/models \
    BOT_DB_PATH=/data/bot.sqlite3
# The settings database (keep it on a volume; back it up with python -m bot.backup).
VOLUME ["/data"]
USER 10001:10001
# SIGTERM drains the queue (BOT_DRAIN_TIMEOUT_S, default 20 s) before exiting:
# stop with a longer timeout than that (docker stop -t 40; compose.yaml sets it).
STOPSIGNAL SIGTERM
ENTRYPOINT ["python", "-m", "bot"]
