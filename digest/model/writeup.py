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
    """A write-up as served: sanitized HTML, and its lead paragraph and the rest (read from the
    HTML when asked: kept once, a build of 100,000 write-ups holds 160 MB less)."""

    html: str
    summary: str  # the first paragraph as plain text
    toc: tuple[Heading, ...] = ()
    links: tuple[tuple[str, int], ...] = ()  # (site source path, line) of relative .md links
    removed: tuple[Removal, ...] = field(default=())  # what the allow-list took out
    warnings: tuple[Removal, ...] = field(default=())  # links a reader could be misled by

    @property
    def lead(self) -> str:
        """The first element when it is a paragraph (the default summary), else ""."""
        return split_lead(self.html)[0]

    @property
    def rest(self) -> str:
        return split_lead(self.html)[1]


def split_lead(html: str) -> tuple[str, str]:
    """The first element when it is a paragraph, and the rest. Paragraphs never nest, so the
    first `</p>` closes it (the HTML is nh3's serialization)."""
    text = html.lstrip()
    if not text.startswith("<p>"):
        return "", html.strip()
    end = text.find("</p>")
    if end < 0:
        return "", html.strip()
    return text[: end + 4], text[end + 4 :].strip()


@dataclass(frozen=True)
class Page:
    src: str
    title: str | None  # from the front matter, else the first heading
    description: str | None
    writeup: Rendered
