"""Wrap standard input in a Markdown code block that nothing inside can close or escape.

The text comes from the network (`digest verify` quotes the closest passage of a source), so in
an issue body it must stay inert: no headings, links, HTML or @-mentions. A fence one backtick
longer than the longest run inside cannot be closed early, and the text is cut to a length
that keeps the issue under GitHub's size limit.
"""

from __future__ import annotations

import re
import sys

LIMIT = 30_000  # characters; an issue body may hold 65,536


def code_block(text: str, limit: int = LIMIT) -> str:
    """The text as a fenced block, cut at `limit` characters with a note after the fence."""
    text = text.replace("\0", "").replace("\r\n", "\n").replace("\r", "\n")
    note = ""
    if len(text) > limit:
        text = text[:limit]
        note = "\n(cut short: the run's log has the rest)\n"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text.rstrip(chr(10))}\n{fence}\n{note}"


def main() -> int:
    data = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    sys.stdout.write(code_block(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
