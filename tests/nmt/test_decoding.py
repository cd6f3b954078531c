"""Searches on a hand-made model whose next-token scores are known."""

import torch

from nmt.decoding import SearchSpec, beam_search, greedy_search

BOS, EOS, A, B = 2, 3, 4, 5
SPEC = SearchSpec(bos_id=BOS, eos_id=EOS, banned_ids=(0, 1, BOS), max_len_a=0.0, max_len_b=5)


class TableModel:
    """Next-token probabilities depend only on the last token:
    after BOS: A 0.6, B 0.4; after A: EOS 0.3, A 0.35, B 0.35; after B: EOS 0.9, A 0.1."""

    vocab = 6

    def encode(self, src):
        return {"rows": torch.arange(src.shape[0])}

    def decode_step(self, tokens, state):
        table = torch.full((self.vocab, self.vocab), 1e-9)
        table[BOS, A], table[BOS, B] = 0.6, 0.4
        table[A, EOS], table[A, A], table[A, B] = 0.3, 0.35, 0.35
        table[B, EOS], table[B, A] = 0.9, 0.1
        return table[tokens].log(), state

    def reorder_state(self, state, indices):
        return {"rows": state["rows"][indices]}


def test_greedy_takes_the_locally_best_token():
    out = greedy_search(TableModel(), torch.ones((1, 3), dtype=torch.long), SPEC)
    assert out[0][0] == A  # 0.6 first, although "A ..." ends up less likely than "B EOS"


def test_beam_finds_the_more_likely_sentence():
    out = beam_search(
        TableModel(), torch.ones((2, 3), dtype=torch.long), SPEC, beam_size=3, length_penalty=0.0
    )
    assert out == [[B], [B]]  # p(B EOS) = 0.36 > p(A EOS) = 0.18


def test_beam_of_one_is_greedy_and_output_respects_max_length():
    src = torch.ones((1, 3), dtype=torch.long)
    assert beam_search(TableModel(), src, SPEC, beam_size=1) == greedy_search(
        TableModel(), src, SPEC
    )
    for out in beam_search(TableModel(), src, SPEC, beam_size=2):
        assert len(out) <= SPEC.max_len_b
