"""A generated page: front matter as data and an HTML body."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from digest.model.writeup import Heading


@dataclass(frozen=True)
class GeneratedPage:
    src: str  # path under the docs folder, e.g. "topics/open-source/index.md"
    url: str  # site URL, e.g. "topics/open-source/"
    meta: dict[str, Any]  # the front matter; text values HTML-escaped once (themes print raw)
    # The page's body as served, in UTF-8: a `str` with one character beyond Latin-1 (a dash,
    # a curly quote) takes two bytes for every character, and the bodies are most of what a
    # build holds (450 MB as `str`, 225 MB as UTF-8 at 10,000 entries).
    body: bytes
    updated: dt.date | None = None  # when its content last changed: the newest entry it shows
    toc: tuple[Heading, ...] = ()
    # What a search index should hold for this page, when it is less than its body (UTF-8).
    search_body: bytes | None = None
    # What is served before the body (the breadcrumb): kept apart, so that no page holds its
    # body twice (once as rendered and cached, once with the breadcrumb in front).
    lead: str = ""
    nav: bool = False  # heads a section of the site's navigation

    @property
    def html(self) -> str:
        """The page's body, as served."""
        return self.body.decode("utf-8", "surrogatepass")

    @property
    def search_html(self) -> str | None:
        body = self.search_body
        return None if body is None else body.decode("utf-8", "surrogatepass")

    @property
    def document(self) -> str:
        """The page's HTML as served."""
        return self.lead + self.html

    @property
    def searchable(self) -> str:
        """What search indexes: what the page says, not where it sits."""
        return self.html if self.search_body is None else self.search_html or ""

    @property
    def front_matter(self) -> str:
        dumped = yaml.safe_dump(self.meta, allow_unicode=True, sort_keys=False, width=1_000_000)
        return f"---\n{dumped}---\n"

    @property
    def content(self) -> str:
        """The whole document, for any engine that reads Markdown with front matter."""
        return f"{self.front_matter}\n{self.document}"
