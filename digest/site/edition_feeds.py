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

from feedgen.feed import FeedGenerator

from digest.model.urls import absolute_url
from digest.site.edition_html import edition_feed_html
from digest.site.settings import Settings
from digest.site.views import EditionFeedView

RSS_PATH = "editions/feed.xml"
JSON_PATH = "editions/feed.json"
HOME = "editions/"
SITEMAP_PATH = "editions/sitemap.xml"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
DESCRIPTION = "Each week, the editor's picks with a short introduction"
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml(text: str) -> str:
    """Defence in depth: validation already refuses these characters."""
    return _XML_FORBIDDEN.sub("", text)


def editions_title(settings: Settings) -> str:
    return f"{settings.site_name}: editions"


def edition_feed(view: EditionFeedView) -> bytes:
    """The editions' RSS feed or JSON Feed: one item per edition, holding the whole edition."""
    settings, editions = view.settings, view.editions
    bodies = {e.week: _xml(edition_feed_html(e, settings)) for e in editions}
    home_url = absolute_url(settings.site_url, HOME)
    if view.format == "json":
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
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    updated = editions[0].date if editions else EPOCH
    self_url = absolute_url(settings.site_url, RSS_PATH)
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
    rss: bytes = fg.rss_str(pretty=True)
    return rss
