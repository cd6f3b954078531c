import logging
import random

import pytest

from nmt.data import group_key, make_batches, pad, read_pairs, references_by_source, split_grouped
from nmt.errors import DataError


def write(tmp_path, text: str | bytes):
    path = tmp_path / "pairs.txt"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_reads_two_and_three_column_lines(tmp_path):
    path = write(tmp_path, "Go.\tVe.\n¿Hi?\t¡Hola!\tCC-BY 2.0 (France) Attribution: tatoeba.org\n")
    assert read_pairs(path) == [("Go.", "Ve."), ("¿Hi?", "¡Hola!")]


def test_skips_and_counts_malformed_lines(tmp_path, caplog):
    text = (
        b"Go.\tVe.\nno tab here\n\tonly spanish\nA\tB\tC\tD\n\xff\xfe\tbad\n"
        + "Run!\t¡Corre!\n\n".encode()
    )
    with caplog.at_level(logging.WARNING):
        pairs = read_pairs(write(tmp_path, text))
    assert pairs == [("Go.", "Ve."), ("Run!", "¡Corre!")]
    assert "skipped 4 malformed line(s)" in caplog.text


def test_file_without_pairs_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="no valid"):
        read_pairs(write(tmp_path, "just text\nmore text\n"))
    with pytest.raises(DataError, match="not found"):
        read_pairs(tmp_path / "missing.txt")


def test_split_is_grouped_by_english_and_deterministic():
    pairs = [(f"Sentence {i % 40}.", f"Frase {i} {j}.") for i in range(40) for j in range(3)]
    pairs += [("Sentence 1!", "¡Frase uno!")]  # same group as "Sentence 1."
    split = split_grouped(pairs, valid_groups=5, test_groups=5, seed=7)
    groups = [{group_key(en) for en, _ in part} for part in (split.train, split.valid, split.test)]
    assert not groups[0] & groups[1] and not groups[0] & groups[2] and not groups[1] & groups[2]
    assert len(groups[1]) == len(groups[2]) == 5
    assert len(split.train) + len(split.valid) + len(split.test) == len(pairs)
    assert split == split_grouped(pairs, valid_groups=5, test_groups=5, seed=7)
    # every translation of a test sentence stays with it, as a reference
    sources, refs = references_by_source(split.test)
    assert all(len(r) >= 3 for r in refs)


def test_split_rejects_too_small_corpus():
    with pytest.raises(DataError, match="too few"):
        split_grouped([("a", "b"), ("c", "d")], 1, 1, seed=0)


def test_batches_cover_every_example_once_within_the_token_budget():
    rng = random.Random(0)
    src = [rng.randint(1, 30) for _ in range(500)]
    tgt = [rng.randint(1, 30) for _ in range(500)]
    batches = make_batches(src, tgt, batch_tokens=200, rng=random.Random(1))
    assert sorted(i for b in batches for i in b) == list(range(500))
    for b in batches:
        longest = max(max(src[i], tgt[i]) for i in b)
        assert longest * len(b) <= 200 or len(b) == 1
    # bucketing: far less padding than random batches of the same count
    padded = sum(max(max(src[i], tgt[i]) for i in b) * len(b) for b in batches)
    assert padded < 1.15 * sum(max(s, t) for s, t in zip(src, tgt, strict=True))


def test_pad():
    assert pad([[5, 6], [7]], 0).tolist() == [[5, 6], [7, 0]]
    assert pad([[5, 6, 7]], 0, length=2).tolist() == [[5, 6]]
