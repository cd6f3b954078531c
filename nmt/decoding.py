"""Incremental search: batched greedy and length-normalised beam search.

The searches only see a model's ``encode`` / ``decode_step`` / ``reorder_state``
API (see :mod:`nmt.model`): the source is encoded once, then the decoder is
stepped one token at a time with its cached state. Nothing re-runs the whole
model on the whole prefix, and nothing calls ``predict()`` per token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch

NEG_INF = float("-inf")


@dataclass(frozen=True)
class SearchSpec:
    bos_id: int
    eos_id: int
    banned_ids: tuple[int, ...]  # never produced (padding, BOS, UNK)
    max_len_a: float = 1.5
    max_len_b: int = 10


def _max_lengths(src: torch.Tensor, spec: SearchSpec) -> torch.Tensor:
    src_len = (src != 0).sum(dim=1)
    return (src_len.float() * spec.max_len_a + spec.max_len_b).long().clamp(min=1)


def _log_probs(logits: torch.Tensor, spec: SearchSpec) -> torch.Tensor:
    logp = torch.log_softmax(logits.float(), dim=-1)
    logp[:, list(spec.banned_ids)] = NEG_INF
    return logp


@torch.inference_mode()
def greedy_search(model, src: torch.Tensor, spec: SearchSpec) -> list[list[int]]:
    """Decode a padded batch ``(batch, src_len)`` greedily; returns token ids
    without BOS/EOS. Finished rows leave the batch, so the decoder only runs on
    sentences still being written."""
    batch = src.shape[0]
    max_lens = _max_lengths(src, spec).tolist()
    banned = torch.tensor(spec.banned_ids, dtype=torch.long)
    state = model.encode(src)
    active = list(range(batch))
    tokens = torch.full((batch,), spec.bos_id, dtype=torch.long)
    outputs: list[list[int]] = [[] for _ in range(batch)]
    for step in range(max(max_lens)):
        logits, state = model.decode_step(tokens, state)
        logits = logits.float().index_fill_(1, banned, NEG_INF)  # argmax needs no softmax
        if step == 0:
            logits[:, spec.eos_id] = NEG_INF  # no empty translations
        tokens = logits.argmax(dim=-1)
        keep = []
        for i, (row, token) in enumerate(zip(active, tokens.tolist(), strict=True)):
            if token == spec.eos_id:
                continue
            outputs[row].append(token)
            if len(outputs[row]) < max_lens[row] - 1:  # the last step can only be EOS
                keep.append(i)
        if not keep:
            break
        if len(keep) < len(active):
            index = torch.tensor(keep, dtype=torch.long)
            active, tokens = [active[i] for i in keep], tokens[index]
            state = model.reorder_state(state, index)
    return outputs


@torch.inference_mode()
def beam_search(
    model, src: torch.Tensor, spec: SearchSpec, beam_size: int = 4, length_penalty: float = 1.0
) -> list[list[int]]:
    """Batched beam search; hypotheses are ranked by ``log p / len**length_penalty``."""
    if beam_size == 1:
        return greedy_search(model, src, spec)
    batch, k = src.shape[0], beam_size
    max_lens = _max_lengths(src, spec)
    steps = int(max_lens.max())
    state = model.encode(src)
    state = model.reorder_state(state, torch.arange(batch).repeat_interleave(k))
    # Later reorders only move rows among one sentence's beams.
    reorder_beams = getattr(model, "reorder_beams", model.reorder_state)
    scores = torch.full((batch, k), NEG_INF)
    scores[:, 0] = 0.0  # all beams start identical: keep one alive
    seqs = torch.full((batch, k, 0), spec.bos_id, dtype=torch.long)
    tokens = torch.full((batch * k,), spec.bos_id, dtype=torch.long)
    finished: list[list[tuple[float, list[int]]]] = [[] for _ in range(batch)]
    done = [False] * batch
    offsets = (torch.arange(batch) * k)[:, None]
    for step in range(steps):
        logits, state = model.decode_step(tokens, state)
        logp = _log_probs(logits, spec)
        if step == 0:
            logp[:, spec.eos_id] = NEG_INF
        vocab = logp.shape[-1]
        at_limit = (max_lens <= step + 1).repeat_interleave(k)
        logp[at_limit] = NEG_INF
        logp[at_limit, spec.eos_id] = 0.0
        cand = scores[:, :, None] + logp.view(batch, k, vocab)
        top_scores, top_idx = cand.view(batch, -1).topk(2 * k, dim=1)  # (batch, 2k)
        top_beam, top_tok = top_idx // vocab, top_idx % vocab
        is_eos = top_tok == spec.eos_id
        norm = float(step + 1) ** length_penalty
        eos_rows, eos_cols = torch.nonzero(is_eos & torch.isfinite(top_scores), as_tuple=True)
        for b, c in zip(eos_rows.tolist(), eos_cols.tolist(), strict=True):
            if done[b] or c >= k:  # only EOS among the k best candidates ends a beam
                continue
            seq = seqs[b, top_beam[b, c]].tolist()
            finished[b].append((float(top_scores[b, c]) / norm, seq))
        alive_scores = top_scores.masked_fill(is_eos, NEG_INF)
        best, pick = alive_scores.topk(k, dim=1)  # (batch, k)
        beam = top_beam.gather(1, pick)
        flat = (offsets + beam).view(-1)
        seqs = torch.cat(
            [
                seqs.reshape(batch * k, step)[flat].view(batch, k, step),
                top_tok.gather(1, pick)[:, :, None],
            ],
            dim=2,
        )
        scores = best
        tokens = seqs[:, :, -1].reshape(-1)
        state = reorder_beams(state, flat)
        for b in range(batch):
            if done[b] or len(finished[b]) < k:
                continue
            worst_kept = sorted(s for s, _ in finished[b])[-k]
            best_alive = float(scores[b, 0]) / float(step + 1) ** length_penalty
            if best_alive < worst_kept or not torch.isfinite(scores[b, 0]):
                done[b] = True
        if all(done):
            break
    results = []
    for b in range(batch):
        if finished[b]:
            results.append(max(finished[b], key=lambda item: item[0])[1])
        else:
            results.append(seqs[b, 0].tolist())
    return results


def sort_by_length(lengths: Sequence[int]) -> list[int]:
    """Indices that sort sentences longest first (less padding per batch)."""
    return sorted(range(len(lengths)), key=lambda i: -lengths[i])
