"""Training: ``python -m nmt train --config configs/transformer.json --run-dir runs/x``.

A plain PyTorch loop over a Keras 3 model (the Keras guide's "custom training
loop in PyTorch"): length-bucketed batches, AdamW with warm-up then decay,
label smoothing, padding excluded from the loss, bfloat16 autocast where the
CPU supports it, validation BLEU each epoch, best-checkpoint export, early
stopping, checkpoint averaging, and resume after interruption.

Run directory::

    runs/<name>/
      checkpoints/         last weights, optimizer moments (.npz), trainer state (JSON)
      best/                the best model directory so far
      model/               the final model directory (best or averaged)
      train_log.jsonl      one JSON record per validation
      curves.png           loss and BLEU curves
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import random
import shutil
import sys
import time
import warnings
from pathlib import Path

import numpy as np

from nmt.chat import capital_i, normalize_chat
from nmt.config import ExperimentConfig
from nmt.data import (
    make_batches,
    oriented,
    pad,
    read_pair_files,
    read_pairs,
    read_references,
    references_by_source,
    split_grouped,
)
from nmt.message import plan_pair
from nmt.noise import add_noise
from nmt.placeholders import augment_pair, known_words, lowercase_words
from nmt.text import CODECS, SeedWordCodec, SentencePieceCodec

log = logging.getLogger(__name__)


def build_codec(config: ExperimentConfig, train_pairs):
    tok = config.tokenizer
    if tok.kind == "sentencepiece":
        texts = [en for en, _ in train_pairs] + [es for _, es in train_pairs]
        return SentencePieceCodec.train(
            texts, tok.vocab_size, tok.model_type, seed=config.train.seed
        )
    return SeedWordCodec.train(train_pairs, tok.vocab_size, tok.max_len)


def encode_pairs(codec, pairs, max_tokens: int):
    src = codec.encode_source([en for en, _ in pairs])
    tgt = codec.encode_target([es for _, es in pairs])
    keep = [
        i for i in range(len(pairs)) if len(src[i]) <= max_tokens and len(tgt[i]) + 1 <= max_tokens
    ]
    return [src[i] for i in keep], [tgt[i] for i in keep]


def learning_rate(step: int, total: int, cfg, elapsed_s: float = 0.0) -> float:
    """Linear warm-up, then cosine decay to ``min_lr_ratio`` by the last step.

    With a time budget (``max_minutes``) the decay follows whichever runs out
    first, steps or time, so a slower machine still ends at the low rate.
    """
    if step < cfg.warmup_steps:
        return cfg.learning_rate * (step + 1) / cfg.warmup_steps
    if cfg.schedule == "constant":
        return cfg.learning_rate
    if cfg.schedule == "inverse_sqrt":
        return cfg.learning_rate * math.sqrt(cfg.warmup_steps / (step + 1))
    progress = min(1.0, (step - cfg.warmup_steps) / max(1, total - cfg.warmup_steps))
    if cfg.max_minutes:
        progress = max(progress, min(1.0, elapsed_s / (cfg.max_minutes * 60)))
    floor = cfg.min_lr_ratio
    return cfg.learning_rate * (floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * progress)))


class Trainer:
    def __init__(self, config: ExperimentConfig, run_dir: str | Path, data_path: str | None = None):
        import torch

        self.torch = torch
        self.config = config
        self.run_dir = Path(run_dir)
        self.ckpt_dir = self.run_dir / "checkpoints"
        self.ckpt_dir.mkdir(parents=True, exist_ok=True)
        tc = config.train
        if tc.threads:
            torch.set_num_threads(tc.threads)
        random.seed(tc.seed)
        np.random.seed(tc.seed)
        torch.manual_seed(tc.seed)
        import keras

        keras.utils.set_random_seed(tc.seed)

        dc = config.data
        self.lang = dc.source
        pairs = oriented(read_pairs(data_path or dc.path), dc.source)
        self.split = split_grouped(pairs, dc.valid_groups, dc.test_groups, dc.split_seed)
        log.info(
            "split: %d train, %d valid, %d test pairs",
            len(self.split.train),
            len(self.split.valid),
            len(self.split.test),
        )
        extra = oriented(read_pair_files(dc.extra_train), dc.source) if dc.extra_train else []
        if dc.target == "en":  # chat references may write the pronoun "i"
            extra = [(src, capital_i(tgt)) for src, tgt in extra]
        if extra:
            log.info(
                "extra training pairs: %d from %s, x%d", len(extra), dc.extra_train, dc.extra_repeat
            )
        codec_cls = CODECS[config.tokenizer.kind]
        init_from = Path(tc.init_from) if tc.init_from else None
        if (self.ckpt_dir / codec_cls.files[0]).exists():
            self.codec = codec_cls.load(self.ckpt_dir)  # resume: same vocabulary
        else:
            if init_from:  # fine-tuning keeps the vocabulary of the model it starts from
                self.codec = codec_cls.load(init_from)
            else:
                self.codec = build_codec(config, self.split.train)
            if config.tokenizer.placeholders:
                self.codec.known_words = known_words(
                    normalize_chat(src, self.lang) for src, _ in self.split.train + extra
                )
            self.codec.save(self.ckpt_dir)
        self.known = getattr(self.codec, "known_words", None)
        # (English, Spanish, noise probability) for every raw training pair.
        self.raw_pairs = [(en, es, tc.noise) for en, es in self.split.train] + [
            (en, es, tc.noise_extra) for en, es in extra
        ] * dc.extra_repeat
        self.n_corpus = len(self.split.train)
        self.fixed_pairs: list[tuple[str, str]] = []  # already in model form, every epoch
        if config.tokenizer.placeholders:
            train_pairs = list(self.split.train) + extra * dc.extra_repeat
            common = lowercase_words(en for en, _ in train_pairs)
            rng = random.Random(tc.seed)
            augmented = [augment_pair(en, es, rng, common) for en, es in train_pairs]
            self.fixed_pairs = [a for a in augmented if a]
            log.info("placeholders: %d augmented pairs added", len(self.fixed_pairs))
        self._clean: dict[int, list[tuple[str, str]]] = {}
        mc = config.model
        sizes = (self.codec.src_vocab_size, self.codec.tgt_vocab_size)
        if (mc.src_vocab_size, mc.tgt_vocab_size) != sizes:
            log.info("model vocabulary sizes set from the tokenizer: %s", sizes)
            mc = dataclasses.replace(mc, src_vocab_size=sizes[0], tgt_vocab_size=sizes[1])
            self.config = config = dataclasses.replace(config, model=mc)
        self.epoch_data(0)
        self.valid_src, self.valid_tgt = encode_pairs(
            self.codec, self.model_pairs(self.split.valid), dc.max_tokens_per_sentence
        )
        sources, refs = references_by_source(self.split.valid)
        self.eval_sources = sources[: tc.eval_sentences]
        self.eval_refs = refs[: tc.eval_sentences]
        self.chat_sources, self.chat_refs = (
            read_references(dc.extra_valid, dc.source, dc.target) if dc.extra_valid else ([], [])
        )

        from nmt.model import build_model, count_params

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.model = build_model(mc)
        if init_from and not (self.ckpt_dir / "trainer_state.json").exists():
            from nmt.modeldir import WEIGHTS

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.model.load_weights(init_from / WEIGHTS)
            log.info("initialised from %s", init_from)
        self.n_params = count_params(self.model)
        log.info("%s: %d parameters", mc.architecture, self.n_params)
        self.params = [v.value for v in self.model.trainable_variables]
        decay = [
            p
            for v, p in zip(self.model.trainable_variables, self.params, strict=True)
            if len(v.shape) >= 2
        ]
        no_decay = [
            p
            for v, p in zip(self.model.trainable_variables, self.params, strict=True)
            if len(v.shape) < 2
        ]
        groups = [
            {"params": decay, "weight_decay": tc.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ]
        if tc.optimizer == "nadam":
            self.optimizer = torch.optim.NAdam(groups, lr=tc.learning_rate)
        else:
            self.optimizer = torch.optim.AdamW(
                groups, lr=tc.learning_rate, betas=(0.9, 0.98), eps=1e-9
            )
        self.state = {
            "epoch": 0,
            "batch": 0,
            "step": 0,
            "best_bleu": -1.0,
            "best_epoch": 0,
            "bad_epochs": 0,
            "elapsed": 0.0,
            "snapshots": [],
            "done": False,
        }
        self.log_path = self.run_dir / "train_log.jsonl"

    # -- data -------------------------------------------------------------------
    def model_pairs(self, pairs) -> list[tuple[str, str]]:
        """Raw pairs in model form (the message path's preparation, no noise)."""
        if not self.config.tokenizer.placeholders:
            return list(pairs)
        return [p for src, tgt in pairs for p in plan_pair(src, tgt, self.known, self.lang)]

    def epoch_data(self, epoch: int) -> None:
        """Encode this epoch's training pairs: fresh noise on the chosen English sides."""
        tc, dc = self.config.train, self.config.data
        if getattr(self, "_data_epoch", None) == epoch:
            return
        rng = random.Random(tc.seed * 7919 + epoch)
        pairs: list[tuple[str, str]] = []
        for i, (en, es, noise) in enumerate(self.raw_pairs):
            if i < self.n_corpus and dc.corpus_fraction < 1 and rng.random() >= dc.corpus_fraction:
                continue
            if noise and rng.random() < noise:
                noisy = add_noise(en, rng, lang=self.lang)
                pairs += self.model_pairs([(noisy, es)])
                continue
            if i not in self._clean:
                self._clean[i] = self.model_pairs([(en, es)])
            pairs += self._clean[i]
        pairs += [p for p in self.fixed_pairs if rng.random() < dc.corpus_fraction]
        self.train_src, self.train_tgt = encode_pairs(self.codec, pairs, dc.max_tokens_per_sentence)
        self._data_epoch = epoch
        log.info("epoch %d data: %d model pairs", epoch + 1, len(self.train_src))

    # -- checkpoints ----------------------------------------------------------
    def save_checkpoint(self):
        self.model.save_weights(self.ckpt_dir / "last.weights.h5")
        arrays = {}
        for i, p in enumerate(self.params):
            st = self.optimizer.state.get(p, {})
            for key, value in st.items():
                arrays[f"{i}.{key}"] = value.detach().cpu().float().numpy()
        np.savez(self.ckpt_dir / "optimizer.tmp.npz", **arrays)
        (self.ckpt_dir / "optimizer.tmp.npz").replace(self.ckpt_dir / "optimizer.npz")
        tmp = self.ckpt_dir / "trainer_state.tmp.json"
        tmp.write_text(json.dumps(self.state, indent=2))
        tmp.replace(self.ckpt_dir / "trainer_state.json")

    def try_resume(self) -> bool:
        state_path = self.ckpt_dir / "trainer_state.json"
        if not state_path.exists():
            return False
        self.state = json.loads(state_path.read_text())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.model.load_weights(self.ckpt_dir / "last.weights.h5")
        with np.load(self.ckpt_dir / "optimizer.npz", allow_pickle=False) as arrays:
            for name in arrays.files:
                i, key = name.split(".", 1)
                p = self.params[int(i)]
                value = self.torch.from_numpy(arrays[name])
                self.optimizer.state[p][key] = value if key != "step" else value.reshape(())
        log.info(
            "resumed from epoch %d batch %d (step %d)",
            self.state["epoch"],
            self.state["batch"],
            self.state["step"],
        )
        return True

    # -- one batch ------------------------------------------------------------
    def tensors(self, src_list, tgt_list, indices):
        tc, bos, eos = self.config.train, self.codec.bos_id, self.codec.eos_id
        length = self.config.tokenizer.max_len if tc.pad_to_max else None
        src = pad([src_list[i] for i in indices], 0, length)
        tgt_in = pad([[bos] + tgt_list[i] for i in indices], 0, length)
        tgt_out = pad([tgt_list[i] + [eos] for i in indices], 0, length)
        t = self.torch.from_numpy
        return t(src), t(tgt_in), t(tgt_out)

    def loss(self, src, tgt_in, tgt_out, training: bool, smoothing: float):
        torch = self.torch
        keep = tgt_out.reshape(-1) != 0  # padding is excluded from the loss
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.config.train.bf16):
            hidden = self.model.hidden_states(src, tgt_in, training=training)
            # Project only the real positions: the vocabulary matmul dominates a step.
            logits = self.model.project(hidden.reshape(-1, hidden.shape[-1])[keep])
        loss = torch.nn.functional.cross_entropy(
            logits.float(), tgt_out.reshape(-1)[keep], label_smoothing=smoothing, reduction="sum"
        )
        return loss, int(keep.sum())

    def train_step(self, indices, lr: float):
        """One optimizer step on the training examples ``indices``; returns (loss sum, tokens)."""
        tc = self.config.train
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        loss, n = self.loss(
            *self.tensors(self.train_src, self.train_tgt, indices),
            training=True,
            smoothing=tc.label_smoothing,
        )
        self.optimizer.zero_grad(set_to_none=True)
        (loss / n).backward()
        if tc.clip_norm:
            self.torch.nn.utils.clip_grad_norm_(self.params, tc.clip_norm)
        self.optimizer.step()
        self.state["step"] += 1
        return loss.detach(), n

    # -- evaluation -----------------------------------------------------------
    def validate(self) -> dict:
        import sacrebleu

        from nmt.evaluate import ref_streams

        torch = self.torch
        total, tokens = 0.0, 0
        rng = random.Random(0)
        with torch.inference_mode():
            for idx in make_batches(
                [len(s) for s in self.valid_src], [len(t) for t in self.valid_tgt], 8000, rng
            ):
                loss, n = self.loss(
                    *self.tensors(self.valid_src, self.valid_tgt, idx),
                    training=False,
                    smoothing=0.0,
                )
                total, tokens = total + float(loss), tokens + n
        hyps = self.translate(self.eval_sources, beam_size=1)
        refs = ref_streams(self.eval_refs)
        record = {
            "valid_loss": total / max(tokens, 1),
            "valid_bleu": sacrebleu.corpus_bleu(hyps, refs).score,
            "valid_chrf": sacrebleu.corpus_chrf(hyps, refs).score,
            "sample": hyps[:3],
        }
        record["score"] = record["valid_bleu"]
        if self.chat_sources:
            chat = self.translate(self.chat_sources, beam_size=1)
            chat_refs = ref_streams(self.chat_refs)
            record["chat_bleu"] = sacrebleu.corpus_bleu(chat, chat_refs).score
            record["chat_chrf"] = sacrebleu.corpus_chrf(chat, chat_refs).score
            record["chat_sample"] = chat[:3]
            record["score"] = (record["valid_bleu"] + record["chat_bleu"]) / 2
        return record

    def translate(self, sentences, beam_size=1):
        from nmt.modeldir import LoadedModel
        from nmt.translate import Translator

        loaded = LoadedModel(self.run_dir, self.config, self.model, self.codec, {}, {})
        return Translator(loaded).translate(sentences, beam_size=beam_size)

    # -- main loop ------------------------------------------------------------
    def fit(self) -> Path:
        import keras

        torch, tc = self.torch, self.config.train
        self.try_resume()
        if self.state["done"]:
            log.info("training already finished; exporting")
            return self.finish()
        start_time = time.time() - self.state["elapsed"]
        src_lens = [len(s) for s in self.train_src]
        tgt_lens = [len(t) + 1 for t in self.train_tgt]
        n_batches = len(
            make_batches(src_lens, tgt_lens, tc.batch_tokens, random.Random(0), tc.batch_size)
        )
        total_steps = n_batches * tc.epochs
        log.info(
            "%d train pairs, %d batches per epoch, %d steps planned",
            len(self.train_src),
            n_batches,
            total_steps,
        )
        last_save = time.time()
        stop = False
        while self.state["epoch"] < tc.epochs and not stop:
            epoch = self.state["epoch"]
            self.epoch_data(epoch)
            src_lens = [len(s) for s in self.train_src]
            tgt_lens = [len(t) + 1 for t in self.train_tgt]
            batches = make_batches(
                src_lens,
                tgt_lens,
                tc.batch_tokens,
                random.Random(tc.seed * 1000 + epoch),
                tc.batch_size,
            )
            torch.manual_seed(tc.seed * 1000 + epoch + self.state["batch"])
            # A live bar on a terminal; in a log file, one plain line per epoch.
            verbose = 1 if sys.stdout.isatty() else 2
            bar = keras.utils.Progbar(
                len(batches), stateful_metrics=["loss", "lr"], verbose=verbose
            )
            bar.update(self.state["batch"])
            run_loss, run_tokens = 0.0, 0
            for b in range(self.state["batch"], len(batches)):
                lr = learning_rate(self.state["step"], total_steps, tc, time.time() - start_time)
                loss, n = self.train_step(batches[b], lr)
                self.state["batch"] = b + 1
                run_loss, run_tokens = run_loss + loss.item(), run_tokens + n
                bar.update(b + 1, [("loss", run_loss / run_tokens), ("lr", lr)])
                self.state["elapsed"] = time.time() - start_time
                if time.time() - last_save > 300:
                    self.save_checkpoint()
                    last_save = time.time()
                if tc.max_minutes and self.state["elapsed"] > tc.max_minutes * 60:
                    log.info("time budget of %.0f min reached", tc.max_minutes)
                    stop = True
                    break
            if not stop:
                self.state["epoch"] += 1
                self.state["batch"] = 0
            last = stop or self.state["epoch"] >= tc.epochs
            if last or self.state["epoch"] % tc.eval_every_epochs == 0:
                self.end_epoch(run_loss / max(run_tokens, 1), partial=stop)
            if self.state["bad_epochs"] >= tc.patience:
                log.info("early stopping: no improvement for %d epochs", tc.patience)
                stop = True
        self.state["done"] = True
        self.save_checkpoint()
        return self.finish()

    def end_epoch(self, train_loss: float, partial: bool):
        tc = self.config.train
        record = {
            "epoch": self.state["epoch"] + (0.5 if partial else 0),
            "step": self.state["step"],
            "elapsed_min": self.state["elapsed"] / 60,
            "train_loss": train_loss,
            **self.validate(),
        }
        log.info(
            "epoch %s: train loss %.3f, valid loss %.3f, valid BLEU %.2f chrF %.2f, "
            "chat BLEU %.2f chrF %.2f | %s",
            record["epoch"],
            train_loss,
            record["valid_loss"],
            record["valid_bleu"],
            record["valid_chrf"],
            record.get("chat_bleu", float("nan")),
            record.get("chat_chrf", float("nan")),
            record["sample"][0],
        )
        with self.log_path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        if record["score"] > self.state["best_bleu"]:
            self.state.update(best_bleu=record["score"], best_epoch=record["epoch"], bad_epochs=0)
            self.export(self.run_dir / "best", record)
        else:
            self.state["bad_epochs"] += 1
        if not partial and tc.average_last > 1:
            name = f"epoch_{self.state['epoch']}.weights.h5"
            self.model.save_weights(self.ckpt_dir / name)
            self.state["snapshots"] = (self.state["snapshots"] + [name])[-tc.average_last :]
            for old in self.ckpt_dir.glob("epoch_*.weights.h5"):
                if old.name not in self.state["snapshots"]:
                    old.unlink()
        self.save_checkpoint()
        plot_curves(self.log_path, self.run_dir / "curves.png")

    def export(self, directory: Path, record: dict):
        from nmt.modeldir import save_model_dir

        if directory.exists():
            shutil.rmtree(directory)
        meta = {
            "name": self.config.name,
            "version": time.strftime("%Y-%m-%d"),
            "parameters": self.n_params,
            "training": {
                "epoch": record.get("epoch"),
                "step": self.state["step"],
                "minutes": round(self.state["elapsed"] / 60, 1),
                "valid_bleu_greedy": record.get("valid_bleu"),
                "chat_dev_bleu_greedy": record.get("chat_bleu"),
            },
            "split": {
                "train": len(self.split.train),
                "valid": len(self.split.valid),
                "test": len(self.split.test),
            },
        }
        save_model_dir(directory, self.config, self.model, self.codec, meta)

    def blend(self, chosen: Path, init: Path, share: float) -> Path:
        """Blend ``share`` of the starting model's weights into the chosen ones."""
        from nmt.modeldir import WEIGHTS

        self.model.set_weights(blend_weights(self.model, chosen / WEIGHTS, init / WEIGHTS, share))
        record = self.validate()
        log.info(
            "blended with %.0f %% of %s: valid BLEU %.2f, chat BLEU %.2f",
            share * 100,
            init,
            record["valid_bleu"],
            record.get("chat_bleu", float("nan")),
        )
        with self.log_path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"blended": share, **record}, ensure_ascii=False) + "\n")
        self.export(self.run_dir / "blended", {**record, "epoch": f"blend {share}"})
        return self.run_dir / "blended"

    def finish(self) -> Path:
        """Average the last snapshots; keep whichever of best/average validates better."""

        final = self.run_dir / "model"
        chosen, chosen_bleu = self.run_dir / "best", self.state["best_bleu"]
        snapshots = [self.ckpt_dir / s for s in self.state["snapshots"]]
        snapshots = [s for s in snapshots if s.exists()]
        if len(snapshots) > 1:
            averaged = average_weights(self.model, snapshots)
            self.model.set_weights(averaged)
            record = self.validate()
            log.info(
                "average of last %d epochs: score %.2f (best single %.2f)",
                len(snapshots),
                record["score"],
                chosen_bleu,
            )
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(
                    json.dumps({"averaged": len(snapshots), **record}, ensure_ascii=False) + "\n"
                )
            if record["score"] > chosen_bleu:
                self.export(self.run_dir / "averaged", {**record, "epoch": "avg"})
                chosen = self.run_dir / "averaged"
        tc = self.config.train
        if tc.blend_init and tc.init_from:
            chosen = self.blend(chosen, Path(tc.init_from), tc.blend_init)
        if final.exists():
            shutil.rmtree(final)
        shutil.copytree(chosen, final)
        for extra in ("train_log.jsonl", "curves.png"):
            if (self.run_dir / extra).exists():
                shutil.copy(self.run_dir / extra, final / extra)
        if self.config.model.architecture == "transformer":
            try:
                from nmt.export import export_ct2

                export_ct2(final)
            except ImportError:
                log.warning("ctranslate2 is not installed: no ct2/ export for serving")
        log.info("final model: %s (from %s)", final, chosen.name)
        return final


def blend_weights(model, path_a, path_b, share_b: float):
    """``(1 - share_b) * weights(path_a) + share_b * weights(path_b)``."""
    a, b = average_weights(model, [path_a]), average_weights(model, [path_b])
    return [((1 - share_b) * x + share_b * y).astype(np.float32) for x, y in zip(a, b, strict=True)]


def average_weights(model, paths):
    total = None
    for path in paths:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.load_weights(path)
        weights = [w.astype(np.float64) for w in model.get_weights()]
        total = weights if total is None else [a + b for a, b in zip(total, weights, strict=True)]
    return [(w / len(paths)).astype(np.float32) for w in total]


_WARNED_MATPLOTLIB = False


def plot_curves(log_path: Path, out: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        global _WARNED_MATPLOTLIB
        if not _WARNED_MATPLOTLIB:
            log.warning("matplotlib not installed (pip install '.[train]'): no curves.png")
            _WARNED_MATPLOTLIB = True
        return
    records = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]
    records = [r for r in records if "epoch" in r]
    if not records:
        return
    x = [r["elapsed_min"] for r in records]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    ax1.plot(x, [r["train_loss"] for r in records], marker="o", label="train (smoothed CE)")
    ax1.plot(x, [r["valid_loss"] for r in records], marker="o", label="valid CE")
    ax1.set_xlabel("minutes")
    ax1.set_ylabel("loss per token")
    ax1.legend()
    ax2.plot(x, [r["valid_bleu"] for r in records], marker="o", label="valid BLEU (greedy)")
    if all("chat_bleu" in r for r in records):
        ax2.plot(x, [r["chat_bleu"] for r in records], marker="s", label="chat dev BLEU (greedy)")
        ax2.plot(x, [r["chat_chrf"] for r in records], marker="s", label="chat dev chrF")
    ax2.plot(x, [r["valid_chrf"] for r in records], marker="o", label="valid chrF")
    ax2.set_xlabel("minutes")
    ax2.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    plt.close(fig)


def train(config_path: str, run_dir: str, data_path: str | None = None) -> Path:
    config = ExperimentConfig.load(config_path)
    return Trainer(config, run_dir, data_path).fit()
