"""One small entry file, written for the `test_guards_*` tests: the fields each test varies
(when it was added, its date, topics, draft, the quote's extra lines), the rest fixed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def write_entry(
    content: Path,
    slug: str,
    *,
    added: str,
    date: str = "2022-01-01",
    topics: str = "open-source",
    quote: Sequence[str] = (),
    draft: bool = False,
) -> Path:
    """content/entries/<year of date>/<slug>.md, quoting Ada Example (`quote`: more lines of
    that quote, e.g. `role: Analyst`)."""
    path = content / "entries" / date[:4] / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "---",
        f"title: Entry {slug}",
        f"date: {date}",
        f"added: {added}",
        "source:",
        f"  url: https://example.com/{slug}",
        "  publisher: Example News",
        f"topics: [{topics}]",
        "quotes:",
        f"  - text: Quote of {slug}",
        "    speaker: Ada Example",
        *(f"    {line}" for line in quote),
        *(["draft: true"] if draft else []),
        "---",
        "The write-up.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
