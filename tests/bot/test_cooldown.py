from __future__ import annotations

import pytest

from bot.cooldown import Cooldown
from bot.errors import OnCooldown


def test_allows_rate_then_reports_when_to_retry(fakes):
    clock = fakes.FakeClock()
    cooldown = Cooldown(3, 30.0, clock=clock)
    for _ in range(3):
        cooldown.hit("alice")

    with pytest.raises(OnCooldown, match="Try again in 30 seconds") as caught:
        cooldown.hit("alice")
    assert caught.value.retry_after == pytest.approx(30.0)

    clock.advance(10)
    assert cooldown.retry_after("alice") == pytest.approx(20.0)
    cooldown.check("bob")  # other users are independent


def test_sliding_window(fakes):
    clock = fakes.FakeClock()
    cooldown = Cooldown(2, 10.0, clock=clock)
    cooldown.hit(1)
    clock.advance(6)
    cooldown.hit(1)
    clock.advance(4)  # the first hit leaves the window
    cooldown.hit(1)
    with pytest.raises(OnCooldown):
        cooldown.hit(1)


def test_check_does_not_count(fakes):
    cooldown = Cooldown(1, 10.0, clock=fakes.FakeClock())
    for _ in range(5):
        cooldown.check(1)
    cooldown.record(1)
    with pytest.raises(OnCooldown, match="10 seconds"):
        cooldown.check(1)
