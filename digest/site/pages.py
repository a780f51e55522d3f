"""Generated pages: the digest model to a plan of documents (front matter as data, a body job).

Engine-neutral and pure: each page's body is a job (`digest.site.render.Job`) of a view that
holds everything its template reads, so the build layer can key it, take it from its store or
run it anywhere. Everything from content is escaped by the templates; an editor's Markdown
arrives already rendered and sanitized. Every listing is paginated, so no generated page grows
with the corpus.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from digest.model.corpus import Corpus, Group, Person
from digest.model.entry import Entry, Quote
from digest.model.writeup import Heading, Page
from digest.site import sharing, structured
from digest.site.page import GeneratedPage
from digest.site.paging import Pager, paginate
from digest.site.render import page_job
from digest.site.settings import Settings
from digest.site.views import (
    ArchiveView,
    ContentView,
    EditionLink,
    EditionsView,
    EditionTeaser,
    EditionView,
    EntryView,
    FeedsView,
    GroupInfo,
    IndexItem,
    IndexView,
    Labels,
    ListingView,
    PersonView,
    TeaserPick,
)
from digest.site.wayfinding import finish, numbered_title, social_meta

SITE_FEEDS = (
    ("RSS", "application/rss+xml", "feed.xml"),
    ("Atom", "application/atom+xml", "atom.xml"),
    ("JSON Feed", "application/feed+json", "feed.json"),
)
EDITION_FEEDS = (
    ("Editions (RSS)", "application/rss+xml", "editions/feed.xml"),
    ("Editions (JSON Feed)", "application/feed+json", "editions/feed.json"),
)
TEASER_PICKS = 5  # picks the home page's card lists; the edition's page has them all
SECTIONS = ("", "topics/", "organizations/", "people/", "archive/", "feeds/", "editions/")


def front_matter(
    title: str,
    description: str = "",
    *,
    exclude: bool = False,
    feeds: Sequence[tuple[str, str]] = (),
    pager: Pager[Any] | None = None,
    toc: bool = False,
    draft: bool = False,
    social: Sequence[tuple[str, str]] = (),
    jsonld: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Page metadata for the theme: title and description escaped once, since themes print
    them unescaped; search exclusion, hidden sidebars, feed and pagination links; link-preview
    tags (escaped likewise) and a JSON-LD graph (plain data: the theme serializes it)."""
    meta: dict[str, Any] = {"title": html.escape(title)}
    if description:
        meta["description"] = html.escape(description)
    if exclude:
        meta["search"] = {"exclude": True}
    if not toc:
        meta["hide"] = ["toc", "footer"] if pager is not None else ["toc"]
    digest: dict[str, Any] = {
        "feeds": [
            {"title": html.escape(name), "type": "application/rss+xml", "href": href}
            for name, href in feeds
        ]
    }
    if pager is not None and pager.prev is not None:
        digest["prev"] = pager.relative(pager.prev)
    if pager is not None and pager.next is not None:
        digest["next"] = pager.relative(pager.next)
    if draft:
        digest["draft"] = True
    if social:
        digest["social"] = social_meta(social)
    if jsonld is not None:
        digest["jsonld"] = dict(jsonld)
    meta["digest"] = digest
    return meta


def labels_of(corpus: Corpus) -> Labels:
    """Every topic's and organization's name, by slug."""
    return Labels(
        topics={slug: group.name for slug, group in corpus.topics.items()},
        organizations={slug: group.name for slug, group in corpus.organizations.items()},
    )


class _Plan:
    """The pages of one site, in a deterministic order, each finished by wayfinding."""

    def __init__(self, corpus: Corpus, settings: Settings, labels: Labels) -> None:
        self.corpus = corpus
        self.settings = settings
        self.labels = labels
        # The newest entry's day in UTC, as its own page and every other date of the sitemaps.
        self.updated = corpus.entries[0].added_utc.date() if corpus.entries else None
        self.pages: list[GeneratedPage] = []

    def add(
        self,
        url: str,
        meta: dict[str, Any],
        body: Any,
        *,
        src: str | None = None,
        updated: dt.date | str | None = "latest",
        toc: tuple[Heading, ...] = (),
    ) -> None:
        """A page whose body is `body`'s view, with the trail (`crumbs`) filled in. `updated`:
        when its content last changed (by default, when the newest entry was added)."""
        crumbs = finish(meta, url, self.settings)
        view = dataclasses.replace(body, crumbs=crumbs)
        self.pages.append(
            GeneratedPage(
                src=src or f"{url}index.md",
                url=url,
                meta=meta,
                body=page_job(view),
                updated=self.updated if isinstance(updated, str) else updated,
                toc=toc,
                nav=url in SECTIONS,
            )
        )


def plan_pages(corpus: Corpus, settings: Settings, labels: Labels) -> list[GeneratedPage]:
    """Every page of the site that the digest generates or serves, in a deterministic order."""
    plan = _Plan(corpus, settings, labels)
    _entry_pages(plan)
    _listings(plan)
    _indexes(plan)
    _people(plan)
    _archive(plan)
    _editions(plan)
    view = FeedsView(
        page_url="feeds/",
        crumbs=(),
        site_url=settings.site_url,
        site_feeds=SITE_FEEDS,
        edition_feeds=EDITION_FEEDS,
        topics=tuple((g.name, g.url) for g in corpus.topics.values()),
        organizations=tuple((g.name, g.url) for g in corpus.organizations.values()),
    )
    description = "Follow the digest in a feed reader: site-wide, per topic or per organization"
    plan.add("feeds/", front_matter("Feeds", description), view)
    for page in corpus.pages:
        _content_page(plan, page)
    return plan.pages


def _content_page(plan: _Plan, page: Page) -> None:
    """A page the editors wrote (e.g. about.md), served as rendered and sanitized."""
    url = page.src[: -len(".md")] + "/" if page.src != "index.md" else ""
    if url.endswith("index/"):
        url = url[: -len("index/")]
    meta = front_matter(page.title or "", page.description or "", toc=True)
    if not page.title:
        del meta["title"]
    view = ContentView(page_url=url, crumbs=(), html=page.writeup.html)
    # A page the editors wrote has no date of its own.
    plan.add(url, meta, view, src=page.src, updated=None, toc=page.writeup.toc)


def _entry_pages(plan: _Plan) -> None:
    corpus, settings, labels = plan.corpus, plan.settings, plan.labels
    site = (settings.site_name, settings.site_url)
    for entry in corpus.entries:
        meta = front_matter(
            entry.title,
            entry.summary,
            toc=True,
            draft=entry.draft,
            social=sharing.article(entry, corpus, *site),
            jsonld=structured.graph([structured.article(entry, corpus, *site)]),
        )
        editions = tuple(
            EditionLink(edition.title, edition.url)
            for edition in corpus.appeared_in.get(entry.slug, ())
        )
        view = EntryView(
            page_url=entry.url,
            crumbs=(),
            entry=entry,
            related=corpus.related[entry.slug],
            editions=editions,
            labels=labels,
        )
        plan.add(
            entry.url,
            meta,
            view,
            src=entry.src,
            updated=entry.added_utc.date(),
            toc=entry.writeup.toc,
        )


def _teaser(corpus: Corpus) -> EditionTeaser | None:
    if not corpus.editions:
        return None
    edition = corpus.editions[0]
    return EditionTeaser(
        title=edition.title,
        url=edition.url,
        number=edition.number,
        year=edition.year,
        count=len(edition.entries),
        summary=edition.intro.summary,
        date=edition.date.date(),
        picks=tuple(
            TeaserPick(entry.title, entry.url, entry.source.publisher)
            for entry in edition.entries[:TEASER_PICKS]
        ),
    )


def _listings(plan: _Plan) -> None:
    corpus, settings, labels = plan.corpus, plan.settings, plan.labels
    teaser = _teaser(corpus)
    for pager in paginate(corpus.entries, settings.page_size, ""):
        title = numbered_title("Latest entries", pager.number)
        listing = _collection(pager, title, settings, settings.site_description)
        meta = front_matter(
            title, settings.site_description, exclude=True, pager=pager, jsonld=listing
        )
        view = ListingView(
            page_url=pager.url,
            crumbs=(),
            pager=pager,
            kind="home",
            title="Latest entries",
            intro=settings.site_description,
            group=None,
            teaser=teaser if pager.number == 1 else None,
            labels=labels,
        )
        plan.add(pager.url, meta, view)
    groups: list[tuple[str, Group]] = [("topic", g) for g in corpus.topics.values()]
    groups += [("organization", g) for g in corpus.organizations.values()]
    for kind, group in groups:
        record = group.record
        aliases = tuple(getattr(record, "aliases", ()))
        info = GroupInfo(
            name=group.name,
            url=group.url,
            count=len(group.entries),
            link=getattr(record, "url", None) or None,
            aliases=aliases,
        )
        feed = f"{group.url}feed.xml"
        for pager in paginate(group.entries, settings.page_size, group.url):
            title = numbered_title(group.name, pager.number)
            about = (structured.organization if kind == "organization" else structured.topic)(
                group, settings.site_url
            )
            meta = front_matter(
                title,
                record.description or "",
                exclude=pager.number > 1,
                feeds=[(f"{group.name} (RSS)", feed)],
                pager=pager,
                jsonld=_collection(pager, title, settings, record.description or "", about),
            )
            view = ListingView(
                page_url=pager.url,
                crumbs=(),
                pager=pager,
                kind=kind,
                title=group.name,
                intro=record.description,
                group=info,
                teaser=None,
                labels=labels,
            )
            plan.add(pager.url, meta, view)


def _index_items(corpus: Corpus, kind: str) -> list[IndexItem]:
    if kind == "people":
        return [_person_item(person) for person in corpus.people.values()]
    groups = corpus.topics if kind == "topics" else corpus.organizations
    return [
        IndexItem(
            name=group.name,
            url=group.url,
            count=len(group.entries),
            detail=group.record.description or None,
            aliases=tuple(getattr(group.record, "aliases", ())),
        )
        for group in groups.values()
    ]


def _person_item(person: Person) -> IndexItem:
    latest = person.latest
    role = latest.role if latest is not None else None
    return IndexItem(name=person.name, url=person.url, count=len(person.quotes), detail=role)


def _indexes(plan: _Plan) -> None:
    kinds = (
        ("topics", "Topics", "Every topic"),
        ("organizations", "Organizations", "Every organization"),
        ("people", "People", "Everyone quoted in the digest"),
    )
    for kind, title, description in kinds:
        items = _index_items(plan.corpus, kind)
        for pager in paginate(items, plan.settings.page_size, f"{kind}/"):
            name = numbered_title(title, pager.number)
            listing = _collection(pager, name, plan.settings, description)
            meta = front_matter(name, description, exclude=True, pager=pager, jsonld=listing)
            view = IndexView(page_url=pager.url, crumbs=(), pager=pager, kind=kind, title=title)
            plan.add(pager.url, meta, view)


def _by_entry(quotes: Sequence[tuple[Entry, Quote]]) -> list[tuple[Entry, tuple[Quote, ...]]]:
    """A person's quotes (newest entry first), grouped by the entry that carries them."""
    grouped: list[tuple[Entry, tuple[Quote, ...]]] = []
    for _, run in itertools.groupby(quotes, key=lambda pair: id(pair[0])):
        pairs = list(run)
        entry = pairs[0][0]
        grouped.append((entry, tuple(quote for _, quote in pairs)))
    return grouped


def _people(plan: _Plan) -> None:
    corpus, settings = plan.corpus, plan.settings
    organizations = plan.labels.organizations
    for person in corpus.people.values():
        latest = person.latest
        organization = latest.organization if latest is not None else None
        for pager in paginate(person.quotes, settings.page_size, person.url):
            meta = front_matter(
                numbered_title(person.name, pager.number),
                f"Quotes by {person.name} in the digest",
                exclude=pager.number > 1,
                pager=pager,
                jsonld=structured.graph(
                    [structured.profile(person, corpus, pager.url, settings.site_url)]
                ),
            )
            view = PersonView(
                page_url=pager.url,
                crumbs=(),
                name=person.name,
                role=latest.role if latest is not None else None,
                organization=(organization, organizations[organization]) if organization else None,
                count=len(person.quotes),
                pager=pager,
                groups=tuple(_by_entry(pager.items)),
            )
            plan.add(pager.url, meta, view)


def _archive(plan: _Plan) -> None:
    for pager in paginate(plan.corpus.entries, plan.settings.page_size, "archive/"):
        months = tuple(
            (f"{month:%B %Y}", tuple(group))
            for month, group in itertools.groupby(
                pager.items, key=lambda e: e.added_utc.date().replace(day=1)
            )
        )
        title = numbered_title("Archive", pager.number)
        description = "Every entry, by month"
        listing = _collection(pager, title, plan.settings, description)
        meta = front_matter(title, description, exclude=True, pager=pager, jsonld=listing)
        view = ArchiveView(page_url=pager.url, crumbs=(), pager=pager, months=months)
        plan.add(pager.url, meta, view)


def _editions(plan: _Plan) -> None:
    """`/editions/` (paginated) and one page per edition, with its feeds as alternates."""
    editions = list(plan.corpus.editions)
    for pager in paginate(editions, plan.settings.page_size, "editions/"):
        meta = front_matter(
            numbered_title("Editions", pager.number),
            "Every weekly edition of the digest: the editor's picks with an introduction",
            exclude=True,
            pager=pager,
        )
        _edition_feeds(meta)
        plan.add(pager.url, meta, EditionsView(page_url=pager.url, crumbs=(), pager=pager))
    for index, edition in enumerate(editions):
        meta = front_matter(edition.title, edition.intro.summary)
        _edition_feeds(meta)
        newer = editions[index - 1] if index > 0 else None
        older = editions[index + 1] if index + 1 < len(editions) else None
        view = EditionView(
            page_url=edition.url,
            crumbs=(),
            edition=edition,
            newer=EditionLink(newer.title, newer.url) if newer else None,
            older=EditionLink(older.title, older.url) if older else None,
            labels=plan.labels,
        )
        plan.add(edition.url, meta, view)


def _edition_feeds(meta: dict[str, Any]) -> None:
    meta["digest"]["feeds"] = [
        {"title": html.escape(name), "type": kind, "href": href}
        for name, kind, href in EDITION_FEEDS
    ]


def _collection(
    pager: Pager[Any],
    title: str,
    settings: Settings,
    description: str = "",
    about: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A listing page's JSON-LD: a collection of what it lists, numbered across its pages."""
    items = []
    for item in pager.items:
        items.append((getattr(item, "title", None) or item.name, item.url))
    node = structured.collection(
        pager.url,
        title,
        items,
        settings.site_url,
        first_position=(pager.number - 1) * settings.page_size + 1,
        description=description,
        about=about,
    )
    return structured.graph([node])
