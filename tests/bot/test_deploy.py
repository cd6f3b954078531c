"""The deployment files agree with the bot: stop timeouts outlast the drain,
reload is SIGHUP, the image's torch is the CPU build of pyproject's pin."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from bot.__main__ import REPLY_GRACE_S
from bot.settings import Settings

REPO = Path(__file__).resolve().parents[2]
UNIT = REPO / "deploy" / "systemd" / "discord-nmt.service"
SHUTDOWN_S = Settings().drain_timeout_s + REPLY_GRACE_S  # queue drain, then the last replies


def unit_values(path: Path, key: str) -> list[str]:
    return [
        line.split("=", 1)[1].strip()
        for line in path.read_text().splitlines()
        if line.startswith(f"{key}=")
    ]


def test_systemd_reload_sends_sighup_and_stop_outlasts_the_drain():
    assert unit_values(UNIT, "ExecReload") == ["/bin/kill -HUP $MAINPID"]
    assert unit_values(UNIT, "KillSignal") == ["SIGTERM"]
    [timeout] = unit_values(UNIT, "TimeoutStopSec")
    assert float(timeout) > SHUTDOWN_S
    assert unit_values(UNIT, "RestartPreventExitStatus") == ["2"]  # config errors: no loop


def test_systemd_units_run_the_bot_and_the_backup_as_the_service_user():
    backup = UNIT.with_name("discord-nmt-backup.service")
    for unit in (UNIT, backup):
        assert unit_values(unit, "User") == ["discord-nmt"]
    assert unit_values(UNIT, "ExecStart")[0].split()[1:3] == ["-m", "bot"]
    assert unit_values(backup, "ExecStart")[0].split()[1:3] == ["-m", "bot.backup"]
    assert unit_values(UNIT.with_name("discord-nmt-backup.timer"), "OnCalendar") == ["daily"]


def test_compose_stop_grace_outlasts_the_drain():
    compose = (REPO / "compose.yaml").read_text()
    [grace] = re.findall(r"^\s+stop_grace_period: (\d+)s$", compose, re.M)
    assert float(grace) > SHUTDOWN_S


def test_image_installs_the_cpu_build_of_the_pinned_torch_and_runs_as_non_root():
    dockerfile = (REPO / "Dockerfile").read_text()
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    [pin] = [d for d in pyproject["project"]["dependencies"] if d.startswith("torch")]
    assert f"--index-url https://download.pytorch.org/whl/cpu {pin}\n" in dockerfile
    [user] = re.findall(r"^USER (\S+)$", dockerfile, re.M)
    assert not user.startswith(("root", "0"))
    assert re.search(r"^COPY models/en-es /app/models/en-es$", dockerfile, re.M)
    assert "STOPSIGNAL SIGTERM" in dockerfile


def test_scale_out_units_run_their_role_and_outlast_the_drain():
    worker = UNIT.with_name("discord-nmt-worker@.service")
    gateway = UNIT.with_name("discord-nmt-gateway@.service")
    assert unit_values(worker, "ExecStart")[0].split()[1:3] == ["-m", "bot.worker"]
    assert unit_values(gateway, "ExecStart")[0].split()[1:3] == ["-m", "bot"]
    assert unit_values(gateway, "EnvironmentFile") == ["/etc/discord-nmt/gateway-%i.env"]
    for unit in (worker, gateway):
        assert unit_values(unit, "User") == ["discord-nmt"]
        assert float(unit_values(unit, "TimeoutStopSec")[0]) > SHUTDOWN_S
        assert unit_values(unit, "KillSignal") == ["SIGTERM"]


def test_redis_config_keeps_message_text_off_disk_and_on_loopback():
    conf = (REPO / "deploy" / "redis" / "discord-nmt.conf").read_text()
    active = [line.strip() for line in conf.splitlines() if line.strip() and line[0] != "#"]
    assert 'save ""' in active and "appendonly no" in active
    [bind] = [line for line in active if line.startswith("bind ")]
    assert bind.split()[1:] == ["127.0.0.1", "-::1"]
