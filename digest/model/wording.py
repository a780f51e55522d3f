"""Counts in what the commands print: '1 entry', '2 entries', '1,200 quotes'."""

from __future__ import annotations


def count(n: int, one: str, many: str | None = None) -> str:
    """`n` and the noun that agrees with it ('1 quote', '0 quotes', '2 entries')."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"
