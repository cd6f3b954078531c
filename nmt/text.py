"""Text handling: normalisation, over-long sentences, and the two tokenizers.

``SentencePieceCodec`` is the product tokenizer: one joint English/Spanish
subword vocabulary that keeps case, accents and punctuation and falls back to
bytes, so every input can be encoded and nothing becomes ``[UNK]``.
``SeedWordCodec`` reproduces the seed tutorial's ``TextVectorization`` setup
(lower-case, ASCII punctuation stripped, top-N words) in plain Python, so the
baseline needs no TensorFlow. Both persist as data files (protobuf / JSON),
never pickle.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from nmt.errors import ModelLoadError

PAD, UNK, BOS, EOS = 0, 1, 2, 3


def normalize(text: str) -> str:
    """NFC-normalise and collapse whitespace (keeps case, accents, punctuation)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def chunk_words(sentence: str, max_words: int) -> list[str]:
    """Cut an over-long sentence into pieces of at most ``max_words`` words,
    preferring to cut after commas, semicolons and colons."""
    words = sentence.split()
    if len(words) <= max_words:
        return [sentence]
    chunks: list[str] = []
    current: list[str] = []
    for word in words:
        current.append(word)
        at_clause = word.endswith((",", ";", ":")) and len(current) >= max_words // 2
        if len(current) >= max_words or at_clause:
            chunks.append(" ".join(current))
            current = []
    if current:
        chunks.append(" ".join(current))
    return chunks


class SentencePieceCodec:
    """Joint SentencePiece vocabulary shared by source and target."""

    kind = "sentencepiece"
    files = ("spm.model", "spm.vocab")

    def __init__(self, model_proto: bytes, known_words: set[str] | None = None):
        import sentencepiece as spm

        self.model_proto = model_proto
        self.known_words = known_words  # set: protect unknown words with placeholders
        self.sp = spm.SentencePieceProcessor()
        try:
            self.sp.LoadFromSerializedProto(model_proto)
        except Exception as exc:  # sentencepiece raises plain RuntimeError/OSError
            raise ModelLoadError(f"spm.model is not a valid SentencePiece model: {exc}") from None
        if (self.sp.pad_id(), self.sp.unk_id(), self.sp.bos_id(), self.sp.eos_id()) != (
            PAD,
            UNK,
            BOS,
            EOS,
        ):
            raise ModelLoadError("spm.model must use ids pad=0 unk=1 bos=2 eos=3")
        self.src_vocab_size = self.tgt_vocab_size = self.sp.get_piece_size()
        self.bos_id, self.eos_id = BOS, EOS
        self.banned_output_ids = (PAD, BOS)  # UNK is banned by the Translator

    @classmethod
    def train(
        cls, texts: Iterable[str], vocab_size: int, model_type: str = "unigram", seed: int = 1
    ) -> SentencePieceCodec:
        import sentencepiece as spm

        spm.set_random_generator_seed(seed)
        buffer = io.BytesIO()
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(list(texts)),
            model_writer=buffer,
            vocab_size=vocab_size,
            model_type=model_type,
            character_coverage=1.0,
            byte_fallback=True,
            split_digits=True,
            normalization_rule_name="identity",
            pad_id=PAD,
            unk_id=UNK,
            bos_id=BOS,
            eos_id=EOS,
            input_sentence_size=1_000_000,
            hard_vocab_limit=False,  # tiny corpora (tests) get a smaller vocabulary
            shuffle_input_sentence=True,
            num_threads=2,
            minloglevel=2,
        )
        return cls(buffer.getvalue())

    # One call per text: SentencePiece's batch calls start a thread pool each
    # time, which costs ~0.1 ms alone and up to ~1.5 ms while torch's threads spin.
    def encode_source(self, texts: Sequence[str]) -> list[list[int]]:
        return [self.sp.encode(normalize(t)) + [EOS] for t in texts]

    def encode_target(self, texts: Sequence[str]) -> list[list[int]]:
        return [self.sp.encode(normalize(t)) for t in texts]

    def decode_target(self, ids: Sequence[Sequence[int]]) -> list[str]:
        return [normalize(self.sp.decode([int(i) for i in seq])) for seq in ids]

    def save(self, directory: Path) -> None:
        (directory / "spm.model").write_bytes(self.model_proto)
        lines = [
            f"{self.sp.id_to_piece(i)}\t{self.sp.get_score(i):.6g}"
            for i in range(self.sp.get_piece_size())
        ]
        (directory / "spm.vocab").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self.known_words is not None:
            (directory / "known_words.txt").write_text(
                "\n".join(sorted(self.known_words)) + "\n", encoding="utf-8"
            )

    @classmethod
    def load(cls, directory: Path) -> SentencePieceCodec:
        known = None
        if (directory / "known_words.txt").is_file():
            known = set((directory / "known_words.txt").read_text(encoding="utf-8").split())
        return cls((directory / "spm.model").read_bytes(), known)


_SEED_PUNCT = re.compile(r"[!\"#$%&()\*\+,\-\./:;<=>?@\[\\\]^_`{|}~']")


def seed_standardize(text: str) -> str:
    """The tutorial's pipeline: ``¡``/``¿`` removed in the data, then
    TextVectorization's ``lower_and_strip_punctuation``."""
    text = text.replace("¡", "").replace("¿", "")
    return _SEED_PUNCT.sub("", text.lower())


class SeedWordCodec:
    """The seed's word vocabularies (index 0 padding, 1 ``[UNK]``), stored as JSON."""

    kind = "seed_words"
    files = ("vocab.json",)
    START, END = "startofseq", "endofseq"

    def __init__(self, source_vocab: list[str], target_vocab: list[str], max_len: int = 50):
        for name, vocab in (("source", source_vocab), ("target", target_vocab)):
            if vocab[:2] != ["", "[UNK]"]:
                raise ModelLoadError(f"vocab.json: {name} vocabulary must start with '', '[UNK]'")
        if self.START not in target_vocab or self.END not in target_vocab:
            raise ModelLoadError("vocab.json: target vocabulary lacks startofseq/endofseq")
        self.source_vocab, self.target_vocab, self.max_len = source_vocab, target_vocab, max_len
        self.src_index = {w: i for i, w in enumerate(source_vocab)}
        self.tgt_index = {w: i for i, w in enumerate(target_vocab)}
        self.src_vocab_size, self.tgt_vocab_size = len(source_vocab), len(target_vocab)
        self.bos_id = self.tgt_index[self.START]
        self.eos_id = self.tgt_index[self.END]
        self.banned_output_ids = (PAD, self.bos_id)

    @classmethod
    def train(cls, pairs: Sequence[tuple[str, str]], vocab_size: int, max_len: int = 50):
        def top(texts):
            counts = Counter(w for t in texts for w in seed_standardize(t).split())
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            return ["", "[UNK]"] + [w for w, _ in ranked[: vocab_size - 2]]

        targets = [f"{cls.START} {es} {cls.END}" for _, es in pairs]
        return cls(top(en for en, _ in pairs), top(targets), max_len)

    def _ids(self, text: str, index: dict[str, int]) -> list[int]:
        return [index.get(w, UNK) for w in seed_standardize(text).split()][: self.max_len]

    def encode_source(self, texts: Sequence[str]) -> list[list[int]]:
        return [self._ids(t, self.src_index) or [UNK] for t in texts]

    def encode_target(self, texts: Sequence[str]) -> list[list[int]]:
        return [self._ids(t, self.tgt_index)[: self.max_len - 1] for t in texts]

    def decode_target(self, ids: Sequence[Sequence[int]]) -> list[str]:
        return [" ".join(self.target_vocab[int(i)] for i in seq) for seq in ids]

    def save(self, directory: Path) -> None:
        payload = {
            "source": self.source_vocab,
            "target": self.target_vocab,
            "max_len": self.max_len,
        }
        (directory / "vocab.json").write_text(
            json.dumps(payload, ensure_ascii=False), encoding="utf-8"
        )

    @classmethod
    def load(cls, directory: Path) -> SeedWordCodec:
        try:
            payload = json.loads((directory / "vocab.json").read_text(encoding="utf-8"))
            return cls(payload["source"], payload["target"], int(payload["max_len"]))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ModelLoadError(f"vocab.json is corrupt: {exc}") from None


CODECS = {c.kind: c for c in (SentencePieceCodec, SeedWordCodec)}
