"""Feeds: RSS 2.0 and Atom 1.0 (feedgen), JSON Feed 1.1 and an OPML list of every feed.

Planned from the digest model as jobs (one per file, each of its own view), which the build
layer runs or finds in its store. Dates come from entries, never from the clock, so
two builds of the same content give byte-identical feeds. A GUID is the entry's permalink,
which editing an entry never changes (the slug is the file name).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import weakref
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any, ClassVar

from feedgen.feed import FeedGenerator

from digest.model.corpus import Corpus, Group
from digest.model.entry import Entry
from digest.model.urls import absolute_url
from digest.site import edition_feeds
from digest.site.jinja import environment
from digest.site.paging import page_count
from digest.site.render import Job
from digest.site.settings import Settings
from digest.site.views import EditionFeedView, FeedView, Labels, OpmlView, SitemapView

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
class PlannedFile:
    """A static file of the site, not yet made: its site path and the job that makes it."""

    path: str
    job: Job[Any]


class _Items:
    """Each entry's feed item HTML, rendered once per build (an entry is in several feeds).
    Kept per Labels object, as the cards of listings are."""

    _by_labels: ClassVar[weakref.WeakKeyDictionary[Labels, _Items]] = weakref.WeakKeyDictionary()

    def __init__(self) -> None:
        self.rendered: dict[tuple[int, Settings], str] = {}
        self.template = environment().get_template("feeds/item.html.j2")

    @classmethod
    def html(cls, entry: Entry, labels: Labels, settings: Settings) -> str:
        items = cls._by_labels.get(labels)
        if items is None:
            items = cls._by_labels[labels] = cls()
        key = (id(entry), settings)
        found = items.rendered.get(key)
        if found is None:
            found = xml_safe(
                items.template.render(
                    entry=entry,
                    entry_url=absolute_url(settings.site_url, entry.url),
                    site_name=settings.site_name,
                    topics=[labels.topics[t] for t in entry.topics],
                    page_url="",
                )
            )
            items.rendered[key] = found
        return found


def entry_feed(view: FeedView) -> bytes:
    """One feed of entries in its format: RSS 2.0, Atom 1.0 or JSON Feed 1.1."""
    if view.format == "json":
        return _json_feed(view)
    generator = _feedgen(view)
    data: bytes = (
        generator.atom_str(pretty=True) if view.format == "atom" else generator.rss_str(pretty=True)
    )
    return data


def _feedgen(feed: FeedView) -> FeedGenerator:
    settings, labels = feed.settings, feed.labels
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    self_url = absolute_url(settings.site_url, feed.path)
    home_url = absolute_url(settings.site_url, feed.home)
    fg.id(self_url)
    fg.title(xml_safe(feed.title))
    # RSS readers render a channel's <description> as HTML: plain text goes in escaped once
    # more, so an editor's "<img ...>" reaches the reader as those characters. Atom's subtitle
    # is typed text and takes the text as it is. (feedgen keeps one value for both, so the one
    # of this feed's format is set.)
    description = xml_safe(feed.description or feed.title)
    if feed.format == "atom":
        fg.subtitle(description)
    else:
        fg.description(html.escape(description, quote=False))
    fg.author(name=xml_safe(settings.site_name))  # Atom requires an author for the feed
    fg.link(href=self_url, rel="self")
    fg.link(href=home_url, rel="alternate")  # last: RSS keeps one <link>, the home page
    fg.language(settings.language)
    fg.generator("digest")
    fg.updated(feed.updated)
    fg.lastBuildDate(feed.updated)
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
        fe.content(_Items.html(entry, labels, settings), type="html")
        for slug in entry.topics:
            fe.category(
                term=slug,
                label=xml_safe(labels.topics[slug]),
                scheme=absolute_url(settings.site_url, f"topics/{slug}/"),
            )
        if entry.source.author:
            fe.author(name=xml_safe(entry.source.author))
            fe.dc.dc_creator(xml_safe(entry.source.author))
    return fg


def _json_feed(feed: FeedView) -> bytes:
    settings, labels = feed.settings, feed.labels
    items = []
    for entry in feed.entries:
        url = absolute_url(settings.site_url, entry.url)
        item: dict[str, Any] = {
            "id": url,
            "url": url,
            "external_url": entry.source.url,
            "title": entry.title,
            "content_html": _Items.html(entry, labels, settings),
            "summary": entry.summary or entry.title,
            "date_published": entry.added.isoformat(),
            "tags": [labels.topics[t] for t in entry.topics],
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


def opml(view: OpmlView) -> bytes:
    """`feeds.opml`: every feed, for a reader to subscribe to at once."""
    settings = view.settings
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{settings.site_name}: every feed"
    ET.SubElement(head, "dateModified").text = view.updated.strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = ET.SubElement(root, "body")
    for title, path, home in view.feeds:
        ET.SubElement(
            body,
            "outline",
            type="rss",
            text=xml_safe(title),
            title=xml_safe(title),
            xmlUrl=absolute_url(settings.site_url, path),
            htmlUrl=absolute_url(settings.site_url, home),
        )
    ET.indent(root)
    return _xml(root)


def sitemap(view: SitemapView) -> bytes:
    """A plain sitemap of some pages of the site.

    Material's JavaScript fetches `sitemap.xml` next to every `<link rel="alternate">` of a page
    (meant for language versions); this answers that request with real, valid content.
    """
    namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    root = ET.Element("urlset", xmlns=namespace)
    for url in view.urls:
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = absolute_url(view.site_url, url)
    ET.indent(root)
    return _xml(root)


def _xml(root: ET.Element) -> bytes:
    body: bytes = ET.tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def _listing_urls(home: str, items: int, settings: Settings) -> tuple[str, ...]:
    pages = page_count(items, settings.page_size)
    return tuple(home if n == 1 else f"{home}page/{n}/" for n in range(1, pages + 1))


def plan_feeds(corpus: Corpus, settings: Settings, labels: Labels) -> list[PlannedFile]:
    """Every feed file of the site (site-wide, per topic and organization, editions), their
    section sitemaps, and `feeds.opml`."""
    updated = corpus.updated or EPOCH
    site = corpus.entries[: settings.feed_items]
    files = [
        PlannedFile(
            path,
            Job(
                entry_feed,
                FeedView(
                    path=path,
                    format=kind,
                    title=settings.site_name,
                    description=settings.site_description,
                    home="",
                    entries=tuple(site),
                    updated=site[0].added if site else updated,
                    labels=labels,
                    settings=settings,
                ),
            ),
        )
        for path, kind in (("feed.xml", "rss"), ("atom.xml", "atom"), ("feed.json", "json"))
    ]
    opml_feeds = [
        ("feed.xml", settings.site_name, ""),
        (edition_feeds.RSS_PATH, edition_feeds.editions_title(settings), edition_feeds.HOME),
    ]
    for group in taxonomy_groups(corpus):
        feed = _group_feed(group, settings, labels, updated)
        files.append(PlannedFile(feed.path, Job(entry_feed, feed)))
        urls = _listing_urls(group.url, len(group.entries), settings)
        files.append(
            PlannedFile(
                f"{group.url}sitemap.xml", Job(sitemap, SitemapView(urls, settings.site_url))
            )
        )
        opml_feeds.append((feed.path, feed.title, feed.home))
    editions = tuple(corpus.editions)
    shown = editions[: settings.feed_items]
    for path, kind in ((edition_feeds.RSS_PATH, "rss"), (edition_feeds.JSON_PATH, "json")):
        view = EditionFeedView(path=path, format=kind, editions=shown, settings=settings)
        files.append(PlannedFile(path, Job(edition_feeds.edition_feed, view)))
    urls = _listing_urls(edition_feeds.HOME, len(editions), settings)
    urls += tuple(edition.url for edition in editions)
    files.append(
        PlannedFile(edition_feeds.SITEMAP_PATH, Job(sitemap, SitemapView(urls, settings.site_url)))
    )
    feeds = tuple((title, path, home) for path, title, home in opml_feeds)
    files.append(PlannedFile("feeds.opml", Job(opml, OpmlView(feeds, updated, settings))))
    return files


def taxonomy_groups(corpus: Corpus) -> list[Group]:
    """The topics, then the organizations: each has a feed (and a section sitemap)."""
    return [*corpus.topics.values(), *corpus.organizations.values()]


def _group_feed(group: Group, settings: Settings, labels: Labels, updated: dt.datetime) -> FeedView:
    entries = tuple(group.entries[: settings.taxonomy_feed_items])
    return FeedView(
        path=f"{group.url}feed.xml",
        format="rss",
        title=f"{settings.site_name}: {group.name}",
        description=group.record.description or "",
        home=group.url,
        entries=entries,
        updated=entries[0].added if entries else updated,
        labels=labels,
        settings=settings,
    )
