"""What every page gets, whatever made it: its section (the tab it highlights), a breadcrumb
(shown, and as JSON-LD), link-preview tags and a structured-data graph.

Applied to every page `pages.plan_pages` plans, after the page-specific data is set, so a
new kind of page (an edition, an editor's page) is covered by its URL and title alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from digest.site import sharing, structured
from digest.site.settings import Settings
from digest.site.trail import section_of, split_page, trail
from digest.site.views import Crumbs

_NUMBERED = re.compile(r" \(page [0-9]+\)$")


def social_meta(tags: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    """Preview tags for the theme, which prints them raw: values HTML-escaped once.

    OpenGraph tags are `<meta property>`, Twitter's are `<meta name>`.
    """
    return [
        _shared_tag(key, value) if key in _REPEATED else _meta_tag(key, value)
        for key, value in tags
    ]


# Tags whose values many pages repeat (the site's name, the card, a topic): one dict for all
# of them, since every page's tags are held until the theme prints them, and nothing changes one.
_REPEATED = frozenset({"og:type", "og:site_name", "twitter:card", "article:tag"})


def _meta_tag(key: str, value: str) -> dict[str, str]:
    return {
        "name" if key.startswith("twitter:") else "property": key,
        "content": html.escape(value),
    }


_shared_tag = lru_cache(maxsize=1 << 12)(_meta_tag)


def numbered_title(title: str, number: int) -> str:
    """A listing's title on its page `number`: "Open source (page 2)"."""
    return title if number == 1 else f"{title} (page {number})"


def finish(meta: dict[str, Any], url: str, settings: Settings) -> Crumbs:
    """Fill in the page's section, preview tags and JSON-LD graph (in `meta`); return its
    breadcrumb trail, shown above its body when it has two crumbs or more."""
    digest: dict[str, Any] = meta.setdefault("digest", {})
    title = html.unescape(meta.get("title", "")) or settings.site_name
    description = html.unescape(meta.get("description", "")) or settings.site_description
    base, _ = split_page(url)
    crumbs = trail(url, _NUMBERED.sub("", title))
    digest.setdefault("section", section_of(base))
    if "social" not in digest:
        tags = sharing.website(title, description, settings.site_url + url, settings.site_name)
        digest["social"] = social_meta(tags)
    given = digest.get("jsonld")
    nodes: list[dict[str, Any]] = list(given["@graph"]) if given else []
    if not nodes:
        nodes.append(structured.web_page(url, title, settings.site_url, description))
    nodes.append(structured.breadcrumbs(crumbs, settings.site_url))
    digest["jsonld"] = structured.graph(nodes)
    return crumbs
