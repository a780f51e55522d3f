"""Paginated listings: every listing is cut into pages, so no page grows with the corpus."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Pager(Generic[T]):
    """One page of a paginated listing."""

    number: int
    count: int
    items: tuple[T, ...]
    base: str  # URL of page 1

    @property
    def url(self) -> str:
        return page_url(self.base, self.number)

    @property
    def prev(self) -> str | None:
        return page_url(self.base, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return page_url(self.base, self.number + 1) if self.number < self.count else None

    def relative(self, target: str) -> str:
        return "../" * self.url.count("/") + target or "./"

    def page(self, number: int) -> str:
        return page_url(self.base, number)

    @property
    def window(self) -> list[int | None]:
        """Page numbers to link: the first, the last and two either side of this one; None
        marks a gap. At most nine links, however long the listing."""
        shown = {1, self.count, *range(self.number - 2, self.number + 3)}
        numbers = sorted(n for n in shown if 1 <= n <= self.count)
        window: list[int | None] = []
        for n in numbers:
            if window and n - (window[-1] or 0) > 1:
                window.append(None)
            window.append(n)
        return window


def page_url(base: str, number: int) -> str:
    return base if number == 1 else f"{base}page/{number}/"


def page_count(items: int, size: int) -> int:
    """Pages a listing of `items` takes: at least one, even when empty."""
    return max(1, -(-items // size))


def paginate(items: Sequence[T], size: int, base: str) -> Iterator[Pager[T]]:
    count = page_count(len(items), size)
    for number in range(1, count + 1):
        yield Pager(number, count, tuple(items[(number - 1) * size : number * size]), base)
