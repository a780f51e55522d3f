"""What each template may read: one frozen view per kind of page, feed or file.

A template receives the fields of its view and nothing else (never the whole corpus), so the
view is the complete list of a page's inputs: the build derives a page's cache key from it
mechanically (`digest.build.keys`), and a field added here is in the key without anyone
remembering to add it. Views hold the model's own records (entries, editions) where a template
shows much of them, and small summaries (names, counts) where it shows little, so that a page
changes only when what it shows changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from digest.model.edition import Edition
from digest.model.entry import Entry, Quote
from digest.site.paging import Pager
from digest.site.settings import Settings

Crumbs = tuple[tuple[str, str], ...]  # (name, site URL) from the home page to this page


@dataclass(frozen=True, eq=False)
class Labels:
    """The names of every topic and organization, by slug: what chips and attributions show.
    One object per build, shared by every view that shows names (identity, not equality)."""

    topics: Mapping[str, str]
    organizations: Mapping[str, str]


@dataclass(frozen=True)
class EditionLink:
    title: str
    url: str


@dataclass(frozen=True)
class EditionTeaser:
    """The latest edition, as the home page shows it."""

    title: str
    url: str
    number: int
    year: int
    count: int
    summary: str


@dataclass(frozen=True)
class GroupInfo:
    """A topic or an organization, as its own listing shows it above the entries."""

    name: str
    url: str
    count: int
    link: str | None  # the organization's own site
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class IndexItem:
    """One line of the topics, organizations or people index."""

    name: str
    url: str
    count: int
    detail: str | None  # a description, or a person's latest role
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryView:
    template: ClassVar[str] = "pages/entry.html.j2"
    page_url: str
    crumbs: Crumbs
    entry: Entry
    related: tuple[Entry, ...]
    editions: tuple[EditionLink, ...]
    labels: Labels


@dataclass(frozen=True)
class ListingView:
    """The home page, or a topic's or an organization's entries."""

    template: ClassVar[str] = "pages/listing.html.j2"
    page_url: str
    crumbs: Crumbs
    pager: Pager[Entry]
    kind: str  # "home", "topic" or "organization"
    title: str
    intro: str | None
    group: GroupInfo | None
    teaser: EditionTeaser | None  # the latest edition, on the home page
    labels: Labels


@dataclass(frozen=True)
class IndexView:
    template: ClassVar[str] = "pages/index.html.j2"
    page_url: str
    crumbs: Crumbs
    pager: Pager[IndexItem]
    kind: str  # "topics", "organizations" or "people"
    title: str


@dataclass(frozen=True)
class PersonView:
    """One person's quotes, newest first, paginated by quote; on each page, grouped by the
    entry that carries them."""

    template: ClassVar[str] = "pages/person.html.j2"
    page_url: str
    crumbs: Crumbs
    name: str
    role: str | None  # from the newest quote that gives a role or an organization
    organization: tuple[str, str] | None  # (slug, name), likewise
    count: int  # quotes in all
    pager: Pager[tuple[Entry, Quote]]
    groups: tuple[tuple[Entry, tuple[Quote, ...]], ...]  # this page's quotes, by entry


@dataclass(frozen=True)
class ArchiveView:
    template: ClassVar[str] = "pages/archive.html.j2"
    page_url: str
    crumbs: Crumbs
    pager: Pager[Entry]
    months: tuple[tuple[str, tuple[Entry, ...]], ...]  # ("September 2022", entries)


@dataclass(frozen=True)
class EditionsView:
    template: ClassVar[str] = "pages/editions.html.j2"
    page_url: str
    crumbs: Crumbs
    pager: Pager[Edition]


@dataclass(frozen=True)
class EditionView:
    template: ClassVar[str] = "pages/edition.html.j2"
    page_url: str
    crumbs: Crumbs
    edition: Edition
    newer: EditionLink | None
    older: EditionLink | None
    labels: Labels


@dataclass(frozen=True)
class FeedsView:
    template: ClassVar[str] = "pages/feeds.html.j2"
    page_url: str
    crumbs: Crumbs
    site_url: str
    site_feeds: tuple[tuple[str, str, str], ...]  # (name, media type, site path)
    edition_feeds: tuple[tuple[str, str, str], ...]
    topics: tuple[tuple[str, str], ...]  # (name, site URL)
    organizations: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ContentView:
    """A page an editor wrote (about.md): its rendered, sanitized HTML as it is."""

    template: ClassVar[str] = "pages/content.html.j2"
    page_url: str
    crumbs: Crumbs
    html: str


@dataclass(frozen=True)
class FeedView:
    """One entry feed (site-wide or a topic's or organization's), in one format."""

    path: str  # site path of the file, e.g. "topics/chips/feed.xml"
    format: str  # "rss", "atom" or "json"
    title: str
    description: str
    home: str  # site URL of the page the feed belongs to
    entries: tuple[Entry, ...]
    updated: dt.datetime
    labels: Labels
    settings: Settings


@dataclass(frozen=True)
class EditionFeedView:
    path: str
    format: str  # "rss" or "json"
    editions: tuple[Edition, ...]
    settings: Settings


@dataclass(frozen=True)
class SitemapView:
    """A plain list of site URLs (Material asks for a `sitemap.xml` beside each feed)."""

    urls: tuple[str, ...]
    site_url: str


@dataclass(frozen=True)
class OpmlView:
    feeds: tuple[tuple[str, str, str], ...]  # (title, feed path, home URL)
    updated: dt.datetime
    settings: Settings


@dataclass(frozen=True)
class SchemaView:
    """The entry schema as published (its content is the digest's own model)."""

    version: int = 1
