"""Feeds: RSS 2.0 and Atom 1.0 (feedgen), JSON Feed 1.1 and an OPML list of every feed.

Built once per build from the digest model. Dates come from entries, never from the clock, so
two builds of the same content give byte-identical feeds. A GUID is the entry's permalink,
which editing an entry never changes (the slug is the file name).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from feedgen.feed import FeedGenerator
from jinja2 import Template

from digest.model.corpus import Corpus, Group
from digest.model.entry import Entry
from digest.model.urls import absolute_url
from digest.site.edition_feeds import DESCRIPTION as EDITIONS_DESCRIPTION
from digest.site.edition_feeds import editions_title, render_edition_feeds
from digest.site.jinja import environment
from digest.site.paging import page_count
from digest.site.settings import Settings

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Defence in depth: validation already refuses these characters."""
    return _XML_FORBIDDEN.sub("", text)


@dataclass(frozen=True)
class FeedFile:
    path: str  # site path, e.g. "topics/open-source/feed.xml"
    content: bytes


@dataclass(frozen=True)
class _Feed:
    path: str
    title: str
    description: str
    home: str  # site URL of the page the feed belongs to
    entries: Sequence[Entry]


def _item_html(entry: Entry, corpus: Corpus, settings: Settings, template: Template) -> str:
    return xml_safe(
        template.render(
            entry=entry,
            entry_url=absolute_url(settings.site_url, entry.url),
            site_name=settings.site_name,
            topics=[corpus.topics[t].name for t in entry.topics],
            page_url="",
        )
    )


def _feedgen(
    feed: _Feed, corpus: Corpus, settings: Settings, bodies: dict[str, str]
) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    self_url = absolute_url(settings.site_url, feed.path)
    home_url = absolute_url(settings.site_url, feed.home)
    fg.id(self_url)
    fg.title(xml_safe(feed.title))
    # RSS readers render <description> as HTML: plain text goes in escaped once more, so an
    # editor's "<b>" reaches the reader as those characters. (Atom's subtitle is typed text.)
    fg.description(html.escape(xml_safe(feed.description or feed.title), quote=False))
    fg.subtitle(xml_safe(feed.description or feed.title))
    fg.author(name=xml_safe(settings.site_name))  # Atom requires an author for the feed
    fg.link(href=self_url, rel="self")
    fg.link(href=home_url, rel="alternate")  # last: RSS keeps one <link>, the home page
    fg.language(settings.language)
    fg.generator("digest")
    updated = feed.entries[0].added if feed.entries else (corpus.updated or EPOCH)
    fg.updated(updated)
    fg.lastBuildDate(updated)
    for entry in feed.entries:
        url = absolute_url(settings.site_url, entry.url)
        fe = fg.add_entry(order="append")
        fe.id(url)
        fe.guid(url, permalink=True)
        fe.title(xml_safe(entry.title))
        fe.link(href=url)
        fe.published(entry.added)
        fe.updated(entry.added)
        fe.pubDate(entry.added)
        summary = xml_safe(entry.summary or entry.title)
        fe.summary(summary)  # Atom: type text
        fe.description(html.escape(summary, quote=False))  # RSS: read as HTML
        fe.content(bodies[entry.slug], type="html")
        for slug in entry.topics:
            fe.category(
                term=slug,
                label=xml_safe(corpus.topics[slug].name),
                scheme=absolute_url(settings.site_url, f"topics/{slug}/"),
            )
        if entry.source.author:
            fe.author(name=xml_safe(entry.source.author))
            fe.dc.dc_creator(xml_safe(entry.source.author))
    return fg


def _json_feed(feed: _Feed, corpus: Corpus, settings: Settings, bodies: dict[str, str]) -> bytes:
    items = []
    for entry in feed.entries:
        url = absolute_url(settings.site_url, entry.url)
        item: dict[str, Any] = {
            "id": url,
            "url": url,
            "external_url": entry.source.url,
            "title": entry.title,
            "content_html": bodies[entry.slug],
            "summary": entry.summary or entry.title,
            "date_published": entry.added.isoformat(),
            "tags": [corpus.topics[t].name for t in entry.topics],
        }
        if entry.source.author:
            item["authors"] = [{"name": entry.source.author}]
        items.append(item)
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": absolute_url(settings.site_url, feed.home),
        "feed_url": absolute_url(settings.site_url, feed.path),
        "description": feed.description or feed.title,
        "language": settings.language,
        "items": items,
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _opml(feeds: Sequence[_Feed], settings: Settings, updated: dt.datetime) -> bytes:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{settings.site_name}: every feed"
    ET.SubElement(head, "dateModified").text = updated.strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = ET.SubElement(root, "body")
    for feed in feeds:
        ET.SubElement(
            body,
            "outline",
            type="rss",
            text=xml_safe(feed.title),
            title=xml_safe(feed.title),
            xmlUrl=absolute_url(settings.site_url, feed.path),
            htmlUrl=absolute_url(settings.site_url, feed.home),
        )
    ET.indent(root)
    return _xml(root)


def _section_sitemap(feed: _Feed, pages: int, settings: Settings) -> bytes:
    """A sitemap of one topic's or organization's listing pages, beside its feed.

    Material's JavaScript fetches `sitemap.xml` next to every `<link rel="alternate">` of a page
    (meant for language versions); this answers that request with real, valid content.
    """
    namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    root = ET.Element("urlset", xmlns=namespace)
    for number in range(1, pages + 1):
        path = feed.home if number == 1 else f"{feed.home}page/{number}/"
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = absolute_url(
            settings.site_url, path
        )
    ET.indent(root)
    return _xml(root)


def _xml(root: ET.Element) -> bytes:
    body: bytes = ET.tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def render_feeds(corpus: Corpus, settings: Settings) -> list[FeedFile]:
    """Every feed file of the site, plus `feeds.opml`."""
    items = FeedItems(corpus, settings)
    files = site_feeds(corpus, settings, items)
    for group in taxonomy_groups(corpus):
        files += group_feed(group, corpus, settings, items)
    return files + edition_feeds(corpus, settings) + [opml_file(corpus, settings)]


class FeedItems(dict[str, str]):
    """Each entry's feed item HTML by slug, rendered the first time a feed needs it."""

    def __init__(self, corpus: Corpus, settings: Settings) -> None:
        super().__init__()
        self.corpus, self.settings = corpus, settings
        self.template = environment().get_template("feeds/item.html.j2")

    def cover(self, entries: Sequence[Entry]) -> FeedItems:
        for entry in entries:
            if entry.slug not in self:
                self[entry.slug] = _item_html(entry, self.corpus, self.settings, self.template)
        return self


def taxonomy_groups(corpus: Corpus) -> list[Group]:
    """The topics, then the organizations: each has a feed (and a section sitemap)."""
    return [*corpus.topics.values(), *corpus.organizations.values()]


def _site_feed(corpus: Corpus, settings: Settings) -> _Feed:
    entries = corpus.entries[: settings.feed_items]
    return _Feed("feed.xml", settings.site_name, settings.site_description, "", entries)


def _group_feed(group: Group, settings: Settings) -> _Feed:
    return _Feed(
        f"{group.url}feed.xml",
        f"{settings.site_name}: {group.name}",
        group.record.description or "",
        group.url,
        group.entries[: settings.taxonomy_feed_items],
    )


def site_feeds(
    corpus: Corpus, settings: Settings, items: FeedItems | None = None
) -> list[FeedFile]:
    """The site-wide RSS, Atom and JSON feeds."""
    site = _site_feed(corpus, settings)
    bodies = (items if items is not None else FeedItems(corpus, settings)).cover(site.entries)
    atom = _Feed("atom.xml", site.title, site.description, "", site.entries)
    json_feed = _Feed("feed.json", site.title, site.description, "", site.entries)
    return [
        FeedFile("feed.xml", _feedgen(site, corpus, settings, bodies).rss_str(pretty=True)),
        FeedFile("atom.xml", _feedgen(atom, corpus, settings, bodies).atom_str(pretty=True)),
        FeedFile("feed.json", _json_feed(json_feed, corpus, settings, bodies)),
    ]


def group_feed(
    group: Group, corpus: Corpus, settings: Settings, items: FeedItems | None = None
) -> list[FeedFile]:
    """A topic's or an organization's RSS feed and the sitemap of its section."""
    feed = _group_feed(group, settings)
    bodies = (items if items is not None else FeedItems(corpus, settings)).cover(feed.entries)
    rss = _feedgen(feed, corpus, settings, bodies).rss_str(pretty=True)
    pages = page_count(len(group.entries), settings.page_size)
    return [
        FeedFile(feed.path, rss),
        FeedFile(f"{feed.home}sitemap.xml", _section_sitemap(feed, pages, settings)),
    ]


def edition_feeds(corpus: Corpus, settings: Settings) -> list[FeedFile]:
    return [FeedFile(path, content) for path, content in render_edition_feeds(corpus, settings)]


def opml_file(corpus: Corpus, settings: Settings) -> FeedFile:
    """`feeds.opml`: every feed, for a reader to subscribe to at once."""
    editions = _Feed(
        "editions/feed.xml", editions_title(settings), EDITIONS_DESCRIPTION, "editions/", []
    )
    feeds = [_site_feed(corpus, settings), editions]
    feeds += [_group_feed(group, settings) for group in taxonomy_groups(corpus)]
    return FeedFile("feeds.opml", _opml(feeds, settings, corpus.updated or EPOCH))
