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

from .corpus import Corpus
from .edition_feeds import DESCRIPTION as EDITIONS_DESCRIPTION
from .edition_feeds import editions_title, render_edition_feeds
from .entry import Entry
from .pages import Settings, page_count
from .templates import environment
from .urls import absolute_url

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
    site = _Feed(
        "feed.xml",
        settings.site_name,
        settings.site_description,
        "",
        corpus.entries[: settings.feed_items],
    )
    taxonomy_feeds = [
        _Feed(
            f"{t.url}feed.xml",
            f"{settings.site_name}: {t.name}",
            t.record.description or "",
            t.url,
            t.entries[: settings.taxonomy_feed_items],
        )
        for t in corpus.topics.values()
    ] + [
        _Feed(
            f"{o.url}feed.xml",
            f"{settings.site_name}: {o.name}",
            o.record.description or "",
            o.url,
            o.entries[: settings.taxonomy_feed_items],
        )
        for o in corpus.organizations.values()
    ]
    needed = {e.slug: e for f in (site, *taxonomy_feeds) for e in f.entries}
    template = environment().get_template("feeds/item.html.j2")
    bodies = {slug: _item_html(entry, corpus, settings, template) for slug, entry in needed.items()}

    files: list[FeedFile] = []
    generator = _feedgen(site, corpus, settings, bodies)
    files.append(FeedFile("feed.xml", generator.rss_str(pretty=True)))
    atom = _Feed("atom.xml", site.title, site.description, "", site.entries)
    files.append(
        FeedFile("atom.xml", _feedgen(atom, corpus, settings, bodies).atom_str(pretty=True))
    )
    json_feed = _Feed("feed.json", site.title, site.description, "", site.entries)
    files.append(FeedFile("feed.json", _json_feed(json_feed, corpus, settings, bodies)))
    sizes = {t.url: len(t.entries) for t in corpus.topics.values()}
    sizes.update({o.url: len(o.entries) for o in corpus.organizations.values()})
    for feed in taxonomy_feeds:
        rss = _feedgen(feed, corpus, settings, bodies).rss_str(pretty=True)
        files.append(FeedFile(feed.path, rss))
        pages = page_count(sizes[feed.home], settings.page_size)
        files.append(FeedFile(f"{feed.home}sitemap.xml", _section_sitemap(feed, pages, settings)))
    files += [FeedFile(path, content) for path, content in render_edition_feeds(corpus, settings)]
    editions = _Feed(
        "editions/feed.xml", editions_title(settings), EDITIONS_DESCRIPTION, "editions/", []
    )
    files.append(
        FeedFile(
            "feeds.opml",
            _opml([site, editions, *taxonomy_feeds], settings, corpus.updated or EPOCH),
        )
    )
    return files
