"""Curate the chat corpus: apply second readers' reviews, deduplicate, count.

    python data/chat/curate.py apply-reviews   # data/chat/review/*.review.tsv -> train/*.tsv
    python data/chat/curate.py dedup           # drop repeats, Tatoeba and held-out overlaps
    python data/chat/curate.py stats           # counts per domain and phenomenon (markdown)

Each step rewrites data/chat/train/*.tsv in place and says what it changed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRAIN = HERE / "train"
REVIEWS = HERE / "review"
HELDOUT = HERE / "heldout"
TATOEBA = HERE.parent / "spa-eng" / "spa.txt"
sys.path.insert(0, str(HERE))
from check_batch import spans  # noqa: E402


def read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def write(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def apply_reviews() -> None:
    edits: dict[str, dict[int, tuple[str, str, str]]] = defaultdict(dict)
    for review in sorted(REVIEWS.glob("*.review.tsv")):
        for n, row in enumerate(read(review), 1):
            cols = row.split("\t")
            if len(cols) < 3 or not cols[1].strip().isdigit():
                print(f"{review.name}:{n}: skipped malformed review line")
                continue
            action = cols[2].strip().lower()
            en = cols[3].strip() if len(cols) > 3 else ""
            es = cols[4].strip() if len(cols) > 4 else ""
            if action == "fix" and not (en and es):
                print(f"{review.name}:{n}: fix without both sides; skipped")
                continue
            edits[cols[0].strip()][int(cols[1])] = (action, en, es)
    fixed = dropped = 0
    for name, changes in sorted(edits.items()):
        path = TRAIN / name
        if not path.is_file():
            print(f"review names a missing file {name}; skipped")
            continue
        lines = read(path)
        out = []
        for n, line in enumerate(lines, 1):
            action, en, es = changes.get(n, ("keep", "", ""))
            if action == "drop":
                dropped += 1
                continue
            if action == "fix":
                fixed += 1
                line = f"{en}\t{es}"
            out.append(line)
        write(path, out)
    print(f"reviews applied: {fixed} lines fixed, {dropped} dropped")


def key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def dedup() -> None:
    blocked = {key(en) for line in read(TATOEBA) for en in line.split("\t")[:1]}
    held = {key(line) for path in HELDOUT.glob("*.en") for line in read(path)}
    seen: set[str] = set()
    counts = Counter()
    for path in sorted(TRAIN.glob("*.tsv")):
        out = []
        for line in read(path):
            cols = line.split("\t")
            if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
                counts["malformed"] += 1
                continue
            if spans(cols[0]) != spans(cols[1]):
                counts["markup or numbers differ"] += 1
                continue
            k = key(cols[0])
            if k in held:
                counts["in a held-out set"] += 1
            elif k in blocked:
                counts["in Tatoeba"] += 1
            elif k in seen:
                counts["repeated"] += 1
            else:
                seen.add(k)
                out.append(line)
        write(path, out)
    print(f"dedup kept {len(seen)} pairs; dropped {dict(counts)}")


PHENOMENA = {
    "lower-case or no final punctuation": lambda en: en == en.lower() or not re.search(r"[.!?…)]$", en),
    "chat abbreviations": lambda en: re.search(
        r"(?i)\b(u|ur|pls|plz|idk|tbh|ngl|brb|omw|rn|imo|gg|lol|lmao|btw|fr|smh|ty|thx|np|afaik|iirc|wdym|ikr|nvm|dm|irl|afk|gtg|hmu|bc|cuz|ofc)\b|w/",
        en,
    ),
    "contractions without apostrophe": lambda en: re.search(
        r"(?i)\b(dont|im|cant|wont|didnt|isnt|youre|thats|whats|ive|theyre|doesnt|wasnt)\b", en
    ),
    "ALL CAPS": lambda en: sum(c.isupper() for c in en) > 0.8 * max(1, sum(c.isalpha() for c in en)),
    "Unicode emoji": lambda en: re.search(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]", en),
    ":shortcodes:": lambda en: re.search(r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])", en),
    "custom emoji": lambda en: re.search(r"<a?:\w+:\d+>", en),
    "user mentions": lambda en: re.search(r"<@!?\d+>", en),
    "channel mentions": lambda en: re.search(r"<#\d+>", en),
    "role mentions": lambda en: re.search(r"<@&\d+>", en),
    "URLs": lambda en: re.search(r"https?://", en),
    "inline code or code blocks": lambda en: "`" in en,
    "numbers, times, prices": lambda en: re.search(r"\d", en),
    "markdown": lambda en: re.search(r"\*\*|__|~~|\|\||(?<!\w)\*\w|^(> |# |- |\d+\. )", en),
    "timestamps": lambda en: re.search(r"<t:\d+", en),
    "2-5 sentences": lambda en: 2 <= len(re.findall(r"[.!?…]+(?:\s|$)", en)) <= 5,
    "60-150 words": lambda en: 60 <= len(en.split()) <= 150,
}  # fmt: skip


def stats() -> None:
    by_domain = Counter()
    by_phenomenon = Counter()
    total = 0
    for path in sorted(TRAIN.glob("*.tsv")):
        domain = re.sub(r"_\d+$", "", path.stem)
        for line in read(path):
            en = line.split("\t")[0]
            total += 1
            by_domain[domain] += 1
            for name, test in PHENOMENA.items():
                by_phenomenon[name] += bool(test(en))
    print(f"| domain | pairs |\n|---|---|")
    for domain, n in sorted(by_domain.items()):
        print(f"| {domain} | {n:,} |")
    print(f"| **total** | **{total:,}** |\n")
    print("| phenomenon (English side) | pairs | share |\n|---|---|---|")
    for name in PHENOMENA:
        n = by_phenomenon[name]
        print(f"| {name} | {n:,} | {100 * n / max(1, total):.0f} % |")


if __name__ == "__main__":
    commands = {"apply-reviews": apply_reviews, "dedup": dedup, "stats": stats}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
