"""A generated page as every engine receives it: front matter as data and an HTML body.

The body is a job (its template and view), not yet HTML: the build layer runs it, or finds
what it made in its store, and an engine that needs the page whole (`digest generate`) puts
the two together with `document`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from digest.model.writeup import Heading
from digest.site.render import Job


@dataclass(frozen=True)
class GeneratedPage:
    src: str  # path under the docs folder, e.g. "topics/open-source/index.md"
    url: str  # site URL, e.g. "topics/open-source/"
    meta: dict[str, Any]  # the front matter; text values HTML-escaped once (themes print raw)
    body: Job[Any]  # the HTML body as served (its breadcrumb included)
    updated: dt.date | None = None  # when its content last changed: the newest entry it shows
    toc: tuple[Heading, ...] = ()
    nav: bool = False  # heads a section of the site's navigation


def front_matter_text(meta: dict[str, Any]) -> str:
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{dumped}---\n"


def document(page: GeneratedPage, body: bytes) -> str:
    """The whole document, for any engine that reads Markdown with front matter."""
    return f"{front_matter_text(page.meta)}\n{body.decode('utf-8', 'surrogatepass')}"
