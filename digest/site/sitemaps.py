"""Sitemaps by the protocol (sitemaps.org 0.9): an index, files of at most 50,000 URLs, robots.txt.

One file holding every URL passes the protocol's 50,000-URL cap at about 35,000 entries, so
the site's `sitemap.xml` is a sitemap index naming `sitemap-1.xml`, `sitemap-2.xml`, ... each
within both limits (URLs and bytes), and `robots.txt` names the index. Dates come from the
content (each page's newest entry), never from the build clock: two builds of the same content
are byte-identical on any day. Written as text, one line per URL: no tree of 50,000 elements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from digest.model.urls import absolute_url
from digest.site.page import GeneratedPage

INDEX = "sitemap.xml"
ROBOTS = "robots.txt"
MAX_URLS = 50_000  # the protocol's cap per sitemap file
MAX_BYTES = 52_428_800  # and its cap in bytes (50 MiB), uncompressed

_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
_HEAD = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{_NAMESPACE}">\n'
_TAIL = "</urlset>\n"


@dataclass(frozen=True)
class Location:
    loc: str  # absolute URL
    lastmod: dt.date | None


def sitemap_name(number: int) -> str:
    return f"sitemap-{number}.xml"


def locations(
    pages: Iterable[GeneratedPage], site_url: str, updated: dt.date | None
) -> Iterator[Location]:
    """Every published page, in the build's order; a page without a date of its own (an
    editor's page) takes the site's newest. Drafts (only in a preview) are left out."""
    for page in pages:
        if (page.meta.get("digest") or {}).get("draft"):
            continue
        yield Location(absolute_url(site_url, page.url), page.updated or updated)


def _url_line(location: Location) -> str:
    lastmod = f"<lastmod>{location.lastmod.isoformat()}</lastmod>" if location.lastmod else ""
    return f"<url><loc>{escape(location.loc)}</loc>{lastmod}</url>\n"


def _chunks(
    lines: Iterable[tuple[str, dt.date | None]], max_urls: int, max_bytes: int
) -> Iterator[tuple[list[str], dt.date | None]]:
    """The URL lines cut into files within both limits, each with its newest date."""
    budget = max_bytes - len(_HEAD.encode()) - len(_TAIL.encode())
    chunk: list[str] = []
    size = 0
    newest: dt.date | None = None
    for line, lastmod in lines:
        length = len(line.encode("utf-8"))
        if length > budget:
            raise ValueError(f"a sitemap URL longer than a whole sitemap file: {line[:80]}")
        if chunk and (len(chunk) >= max_urls or size + length > budget):
            yield chunk, newest
            chunk, size, newest = [], 0, None
        chunk.append(line)
        size += length
        if lastmod is not None and (newest is None or lastmod > newest):
            newest = lastmod
    if chunk or size == 0:
        yield chunk, newest


def sitemap_files(
    pages: Iterable[GeneratedPage],
    site_url: str,
    updated: dt.date | None,
    *,
    max_urls: int = MAX_URLS,
    max_bytes: int = MAX_BYTES,
) -> list[tuple[str, bytes]]:
    """(site path, bytes) of the sitemap index, its sitemaps and robots.txt. `max_urls` and
    `max_bytes` are the protocol's limits unless a test asks for smaller ones."""
    if max_urls < 1:
        raise ValueError("max_urls must be at least 1")
    lines = ((_url_line(loc), loc.lastmod) for loc in locations(pages, site_url, updated))
    files: list[tuple[str, bytes]] = []
    index = [f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{_NAMESPACE}">\n']
    for number, (chunk, newest) in enumerate(_chunks(lines, max_urls, max_bytes), start=1):
        name = sitemap_name(number)
        files.append((name, (_HEAD + "".join(chunk) + _TAIL).encode("utf-8")))
        lastmod = f"<lastmod>{newest.isoformat()}</lastmod>" if newest else ""
        loc = escape(absolute_url(site_url, name))
        index.append(f"<sitemap><loc>{loc}</loc>{lastmod}</sitemap>\n")
    index.append("</sitemapindex>\n")
    files.insert(0, (INDEX, "".join(index).encode("utf-8")))
    files.append((ROBOTS, robots_txt(site_url).encode("utf-8")))
    return files


def robots_txt(site_url: str) -> str:
    """Every page may be crawled; the sitemap index says where they are. (Crawlers read
    robots.txt only at a host's root: a site under a sub-path should add this line to it.)"""
    return f"User-agent: *\nDisallow:\n\nSitemap: {absolute_url(site_url, INDEX)}\n"
