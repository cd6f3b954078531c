from __future__ import annotations

from bot.storage import Storage


def test_autotranslate_persists_across_connections(db_path):
    storage = Storage(db_path)
    assert storage.set_autotranslate(1, 10, True, by=99) is True
    assert storage.set_autotranslate(1, 10, True, by=99) is False
    storage.set_autotranslate(1, 11, True, by=99)
    storage.set_autotranslate(2, 20, True, by=99)
    storage.set_autotranslate(1, 11, False, by=99)
    storage.close()

    reopened = Storage(db_path)
    assert reopened.autotranslate_enabled(10)
    assert not reopened.autotranslate_enabled(11)
    assert reopened.autotranslate_channels(1) == [10]


def test_flag_claims_once_and_can_be_released():
    storage = Storage(":memory:")
    assert storage.claim_flag(5) is True
    assert storage.claim_flag(5) is False
    storage.release_flag(5)
    assert storage.claim_flag(5) is True


def test_meta():
    storage = Storage(":memory:")
    assert storage.get_meta("k") is None
    storage.set_meta("k", "v1")
    storage.set_meta("k", "v2")
    assert storage.get_meta("k") == "v2"
