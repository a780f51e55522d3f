"""The editions' feeds: RSS 2.0 (feedgen) and JSON Feed 1.1, one item per edition, whose content
is the whole edition as self-contained HTML; and the sitemap Material asks for beside them.

Dates come from the editions, never from the clock: two builds of the same content give
byte-identical files. A GUID is the edition's permalink (its week never changes).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET

from feedgen.feed import FeedGenerator

from digest.model.corpus import Corpus
from digest.model.urls import absolute_url
from digest.site.edition_html import edition_feed_html
from digest.site.paging import page_count
from digest.site.settings import Settings

RSS_PATH = "editions/feed.xml"
JSON_PATH = "editions/feed.json"
HOME = "editions/"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
DESCRIPTION = "Each week, the editor's picks with a short introduction"
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml(text: str) -> str:
    """Defence in depth: validation already refuses these characters."""
    return _XML_FORBIDDEN.sub("", text)


def editions_title(settings: Settings) -> str:
    return f"{settings.site_name}: editions"


def render_edition_feeds(corpus: Corpus, settings: Settings) -> list[tuple[str, bytes]]:
    """(site path, bytes) of the RSS feed, the JSON Feed and the editions' sitemap."""
    editions = list(corpus.editions[: settings.feed_items])
    bodies = {e.week: _xml(edition_feed_html(e, corpus, settings)) for e in editions}
    updated = editions[0].date if editions else EPOCH
    self_url = absolute_url(settings.site_url, RSS_PATH)
    home_url = absolute_url(settings.site_url, HOME)

    fg = FeedGenerator()
    fg.id(self_url)
    fg.title(_xml(editions_title(settings)))
    fg.description(html.escape(DESCRIPTION, quote=False))
    fg.link(href=self_url, rel="self")
    fg.link(href=home_url, rel="alternate")  # last: RSS keeps one <link>, the editions page
    fg.language(settings.language)
    fg.generator("digest")
    fg.lastBuildDate(updated)
    for edition in editions:
        url = absolute_url(settings.site_url, edition.url)
        fe = fg.add_entry(order="append")
        fe.id(url)
        fe.guid(url, permalink=True)
        fe.title(_xml(edition.title))
        fe.link(href=url)
        fe.pubDate(edition.date)
        fe.description(html.escape(_xml(edition.intro.summary or edition.title), quote=False))
        fe.content(bodies[edition.week], type="html")
    rss = fg.rss_str(pretty=True)

    items = [
        {
            "id": absolute_url(settings.site_url, e.url),
            "url": absolute_url(settings.site_url, e.url),
            "title": e.title,
            "content_html": bodies[e.week],
            "summary": e.intro.summary or e.title,
            "date_published": e.date.isoformat(),
        }
        for e in editions
    ]
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": editions_title(settings),
        "home_page_url": home_url,
        "feed_url": absolute_url(settings.site_url, JSON_PATH),
        "description": DESCRIPTION,
        "language": settings.language,
        "items": items,
    }
    json_feed = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return [
        (RSS_PATH, rss),
        (JSON_PATH, json_feed),
        ("editions/sitemap.xml", _sitemap(corpus, settings)),
    ]


def _sitemap(corpus: Corpus, settings: Settings) -> bytes:
    """Material's JavaScript fetches `sitemap.xml` beside every `<link rel="alternate">` of a
    page; this answers it with the editions' own pages."""
    root = ET.Element("urlset", xmlns="http://www.sitemaps.org/schemas/sitemap/0.9")
    pages = page_count(len(corpus.editions), settings.page_size)
    paths = [HOME if n == 1 else f"{HOME}page/{n}/" for n in range(1, pages + 1)]
    for path in paths + [e.url for e in corpus.editions]:
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = absolute_url(
            settings.site_url, path
        )
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"
