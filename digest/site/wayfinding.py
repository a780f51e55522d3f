"""What every page gets, whatever made it: its section (the tab it highlights), a breadcrumb
(shown, and as JSON-LD), link-preview tags and a structured-data graph.

Applied to every page `pages.render_pages` returns, after the page-specific data is set, so a
new kind of page (an edition, an editor's page) is covered by its URL and title alone.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from digest.site import sharing, structured
from digest.site.jinja import environment
from digest.site.trail import section_of, split_page, trail

if TYPE_CHECKING:
    from digest.site.page import GeneratedPage
    from digest.site.settings import Settings

_NUMBERED = re.compile(r" \(page [0-9]+\)$")


def social_meta(tags: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    """Preview tags for the theme, which prints them raw: values HTML-escaped once.

    OpenGraph tags are `<meta property>`, Twitter's are `<meta name>`.
    """
    return [
        {"name" if key.startswith("twitter:") else "property": key, "content": html.escape(value)}
        for key, value in tags
    ]


def finish(page: GeneratedPage, settings: Settings) -> GeneratedPage:
    """The page with its section, breadcrumb, preview tags and JSON-LD graph filled in."""
    meta = page.meta
    digest: dict[str, Any] = meta.setdefault("digest", {})
    title = html.unescape(meta.get("title", "")) or settings.site_name
    description = html.unescape(meta.get("description", "")) or settings.site_description
    base, _ = split_page(page.url)
    crumbs = trail(page.url, _NUMBERED.sub("", title))
    digest.setdefault("section", section_of(base))
    if "social" not in digest:
        tags = sharing.website(title, description, settings.site_url + page.url, settings.site_name)
        digest["social"] = social_meta(tags)
    given = digest.get("jsonld")
    nodes: list[dict[str, Any]] = list(given["@graph"]) if given else []
    if not nodes:
        nodes.append(structured.web_page(page.url, title, settings.site_url, description))
    nodes.append(structured.breadcrumbs(crumbs, settings.site_url))
    digest["jsonld"] = structured.graph(nodes)
    if len(crumbs) < 2:
        return page
    shown = (
        environment()
        .get_template("pages/breadcrumb.html.j2")
        .render(page_url=page.url, crumbs=crumbs)
    )
    return dataclasses.replace(page, lead=shown)
