"""What an editor's Markdown becomes: sanitized HTML with its outline, lead and links.

Plain data, made by `digest.content.rendering` and read by pages, feeds and editions.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str
    children: tuple[Heading, ...] = ()


@dataclass(frozen=True)
class Removal:
    message: str
    line: int


@dataclass(frozen=True)
class Rendered:
    """A write-up as served: sanitized HTML, split into its lead paragraph and the rest."""

    html: str
    lead: str  # the first element when it is a paragraph (the default summary), else ""
    rest: str
    summary: str  # the first paragraph as plain text
    toc: tuple[Heading, ...] = ()
    links: tuple[tuple[str, int], ...] = ()  # (site source path, line) of relative .md links
    removed: tuple[Removal, ...] = field(default=())  # what the allow-list took out


@dataclass(frozen=True)
class Page:
    src: str
    title: str | None  # from the front matter, else the first heading
    description: str | None
    writeup: Rendered
