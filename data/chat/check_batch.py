"""Check chat corpus files: one TAB per line, and every protected span of the
English (mentions, channels, roles, custom emoji, timestamps, URLs, code,
:shortcodes:, Unicode emoji, digit sequences) kept exactly in the Spanish.

    python3 data/chat/check_batch.py data/chat/train/*.tsv
"""

import re
import sys
from collections import Counter

SPANS = re.compile(
    r"```.*?```|``[^`]+?``|`[^`\n]+`"
    r"|<(?:@[!&]?|#)\d+>|<a?:\w{1,32}:\d+>|<t:-?\d+(?::[tTdDfFsSR])?>"
    r"|https?://[^\s<>]+[^\s<>.,:;\"')\]!?]"
    r"|:[a-z0-9_+-]{2,32}:"
    r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
    r"|\d+",
    re.DOTALL,
)


def spans(text):
    return Counter(SPANS.findall(text))


def main(paths):
    problems = total = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                total += 1
                cols = line.split("\t")
                if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
                    print(f"{path}:{n}: needs exactly one TAB and two non-empty sides")
                    problems += 1
                    continue
                missing = spans(cols[0]) - spans(cols[1])
                extra = spans(cols[1]) - spans(cols[0])
                if missing or extra:
                    problems += 1
                    print(f"{path}:{n}: missing in Spanish {sorted(missing)} extra {sorted(extra)}")
    print(f"{total} lines, {problems} with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
