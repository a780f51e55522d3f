"""Generated pages: the digest model to documents (front matter as data, an HTML body).

Engine-neutral: any static site engine that reads Markdown with YAML front matter can publish
`GeneratedPage.content`; the MkDocs adapter takes the front matter and the HTML directly.
Everything from content is escaped by the templates; an editor's Markdown arrives already
rendered and sanitized. Every listing is paginated, so no generated page grows with the corpus.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from digest.build.forked import render_all
from digest.model.corpus import Corpus, Group
from digest.model.entry import Entry
from digest.model.writeup import Page
from digest.site import sharing, structured
from digest.site.jinja import environment
from digest.site.page import GeneratedPage
from digest.site.paging import Pager, paginate
from digest.site.settings import Settings
from digest.site.wayfinding import finish, social_meta

if TYPE_CHECKING:
    from digest.build.cache import PageCache


def front_matter(
    title: str,
    description: str = "",
    *,
    exclude: bool = False,
    feeds: Sequence[tuple[str, str]] = (),
    pager: Pager | None = None,
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


def _src(url: str) -> str:
    return f"{url}index.md"


SITE_FEEDS = (
    ("RSS", "application/rss+xml", "feed.xml"),
    ("Atom", "application/atom+xml", "atom.xml"),
    ("JSON Feed", "application/feed+json", "feed.json"),
)
EDITION_FEEDS = (
    ("Editions (RSS)", "application/rss+xml", "editions/feed.xml"),
    ("Editions (JSON Feed)", "application/feed+json", "editions/feed.json"),
)
PARALLEL_FROM = 200  # pages to render, from which half are rendered by a helper process
SECTIONS = ("", "topics/", "organizations/", "people/", "archive/", "feeds/", "editions/")


class _Renderer:
    """Renders each kind of page; cards are rendered once per entry and way to the root."""

    def __init__(self, corpus: Corpus, settings: Settings, cache: PageCache | None = None) -> None:
        env = environment()
        self.cache = cache
        self.env = env
        self.corpus = corpus
        self.settings = settings
        self.common: dict[str, Any] = {
            "corpus": corpus,
            "settings": settings,
            "site_feeds": SITE_FEEDS,
            "edition_feeds": EDITION_FEEDS,
        }
        self.card_template = env.get_template("pages/card.html.j2")
        self._cards: dict[tuple[str, str], Markup] = {}
        self.updated = corpus.updated.astimezone(dt.UTC).date() if corpus.updated else None
        self.pages: list[GeneratedPage] = []
        # Pages not in the cache: (where in `pages`, cache key, what renders each body).
        self.missing: list[tuple[int, str | None, tuple[Callable[[], str], ...]]] = []

    def card(self, entry: Entry, base: str) -> Markup:
        key = (entry.slug, base)
        card = self._cards.get(key)
        if card is None:
            card = Markup(self.card_template.render(entry=entry, base=base, **self.common))
            self._cards[key] = card
        return card

    def add(
        self,
        template: str,
        url: str,
        meta: dict[str, Any],
        search_html: str | None = None,
        **context: Any,
    ) -> None:
        """A page, from the cache or rendered later (`render_missing`), in the order added."""
        # Every page may show the latest edition (the home page does): editions are in the key.
        key = (
            self.cache.key(template, url, sorted(context.items()), list(self.corpus.editions))
            if self.cache
            else None
        )
        body = self.cache.get(key) if self.cache and key else None
        page = GeneratedPage(
            _src(url),
            url,
            meta,
            body or b"",
            self.updated,
            search_body=None if search_html is None else utf8(search_html),
            nav=url in SECTIONS,
        )
        if body is None:
            base = "../" * url.count("/")
            card = functools.partial(self.card, base=base)
            render = functools.partial(
                self.env.get_template(template).render,
                page_url=url,
                card=card,
                **self.common,
                **context,
            )
            self.missing.append((len(self.pages), key, (render,)))
        self.pages.append(page)

    def render_missing(self, parallel: bool = True) -> None:
        """Render what the cache did not have; with many pages, half in a helper process.
        A page has one body, or two (an entry's page and what search indexes of it)."""
        jobs = [render for _, _, renders in self.missing for render in renders]
        threshold = PARALLEL_FROM if parallel else None
        bodies = iter(render_all(jobs, _call, parallel_from=threshold))
        for number, key, renders in self.missing:
            done = tuple(next(bodies) for _ in renders)
            page = self.pages[number]
            if len(done) == 1:
                self.pages[number] = dataclasses.replace(page, body=done[0])
            else:
                self.pages[number] = dataclasses.replace(page, body=done[0], search_body=done[1])
            if self.cache and key:
                self.cache.put(key, done[0] if len(done) == 1 else done)
        self.missing = []


def _call(render: Callable[[], str]) -> bytes:
    return utf8(render())


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def render_pages(
    corpus: Corpus, settings: Settings, cache: PageCache | None = None, *, parallel: bool = True
) -> list[GeneratedPage]:
    """Every page of the site that the digest generates or serves, in a deterministic order.
    With a `cache`, pages whose inputs are unchanged since an earlier build are not rendered."""
    r = _Renderer(corpus, settings, cache)
    _entry_pages(r)
    _listings(r)
    _indexes(r)
    _people(r)
    _archive(r)
    _editions(r)
    r.add(
        "pages/feeds.html.j2",
        "feeds/",
        front_matter(
            "Feeds", "Follow the digest in a feed reader: site-wide, per topic or per organization"
        ),
    )
    r.render_missing(parallel)
    for page in corpus.pages:
        r.pages.append(_content_page(page))
    return [finish(page, settings) for page in r.pages]


def _content_page(page: Page) -> GeneratedPage:
    """A page the editors wrote (e.g. about.md), served as rendered and sanitized."""
    url = page.src[: -len(".md")] + "/" if page.src != "index.md" else ""
    if url.endswith("index/"):
        url = url[: -len("index/")]
    meta = front_matter(page.title or "", page.description or "", toc=True)
    if not page.title:
        del meta["title"]
    return GeneratedPage(page.src, url, meta, utf8(page.writeup.html), None, toc=page.writeup.toc)


def _entry_pages(r: _Renderer) -> None:
    entry_template = r.env.get_template("pages/entry.html.j2")
    search_template = r.env.get_template("pages/entry_search.html.j2")
    for entry in r.corpus.entries:
        context = {"page_url": entry.url, "entry": entry, **r.common}
        site = (r.settings.site_name, r.settings.site_url)
        meta = front_matter(
            entry.title,
            entry.summary,
            toc=True,
            draft=entry.draft,
            social=sharing.article(entry, r.corpus, *site),
            jsonld=structured.graph([structured.article(entry, r.corpus, *site)]),
        )
        related = r.corpus.related[entry.slug]
        editions = list(r.corpus.appeared_in.get(entry.slug, ()))
        key = r.cache.key("entry", entry, related, editions) if r.cache else None
        bodies = r.cache.get(key) if r.cache and key else None
        if bodies is None:
            renders = (
                functools.partial(entry_template.render, context),
                functools.partial(search_template.render, context),
            )
            r.missing.append((len(r.pages), key, renders))
        r.pages.append(
            GeneratedPage(
                entry.src,
                entry.url,
                meta,
                bodies[0] if bodies else b"",
                entry.added_utc.date(),
                toc=entry.writeup.toc,
                search_body=bodies[1] if bodies else None,
            )
        )


def _listings(r: _Renderer) -> None:
    settings = r.settings
    for pager in paginate(r.corpus.entries, settings.page_size, ""):
        title = _numbered("Latest entries", pager)
        listing = _collection(pager, title, settings, settings.site_description)
        meta = front_matter(
            title, settings.site_description, exclude=True, pager=pager, jsonld=listing
        )
        r.add(
            "pages/listing.html.j2",
            pager.url,
            meta,
            pager=pager,
            kind="home",
            title="Latest entries",
            intro=settings.site_description,
            group=None,
        )
    groups: list[tuple[str, Group]] = [("topic", g) for g in r.corpus.topics.values()]
    groups += [("organization", g) for g in r.corpus.organizations.values()]
    for kind, group in groups:
        record = group.record
        aliases = getattr(record, "aliases", [])
        feed = f"{group.url}feed.xml"
        for pager in paginate(group.entries, settings.page_size, group.url):
            meta = front_matter(
                _numbered(group.name, pager),
                record.description or "",
                exclude=pager.number > 1,
                feeds=[(f"{group.name} (RSS)", feed)],
                pager=pager,
                jsonld=_collection(
                    pager,
                    _numbered(group.name, pager),
                    settings,
                    record.description or "",
                    about=(structured.organization if kind == "organization" else structured.topic)(
                        group, settings.site_url
                    ),
                ),
            )
            search = _intro_search(pager, group.name, record.description, *aliases)
            r.add(
                "pages/listing.html.j2",
                pager.url,
                meta,
                search,
                pager=pager,
                kind=kind,
                title=group.name,
                intro=record.description,
                group=group,
            )


def _indexes(r: _Renderer) -> None:
    kinds: list[tuple[str, str, str, Sequence[Any]]] = [
        ("topics", "Topics", "Every topic", list(r.corpus.topics.values())),
        (
            "organizations",
            "Organizations",
            "Every organization",
            list(r.corpus.organizations.values()),
        ),
        ("people", "People", "Everyone quoted in the digest", list(r.corpus.people.values())),
    ]
    for kind, title, description, items in kinds:
        for pager in paginate(items, r.settings.page_size, f"{kind}/"):
            name = _numbered(title, pager)
            listing = _collection(pager, name, r.settings, description)
            meta = front_matter(name, description, exclude=True, pager=pager, jsonld=listing)
            r.add("pages/index.html.j2", pager.url, meta, pager=pager, kind=kind, title=title)


def _people(r: _Renderer) -> None:
    for person in r.corpus.people.values():
        for pager in paginate(person.quotes, r.settings.page_size, person.url):
            meta = front_matter(
                _numbered(person.name, pager),
                f"Quotes by {person.name} in the digest",
                exclude=pager.number > 1,
                pager=pager,
                jsonld=structured.graph(
                    [structured.profile(person, r.corpus, pager.url, r.settings.site_url)]
                ),
            )
            latest = person.latest
            search = _intro_search(pager, person.name, latest.role if latest else None)
            r.add("pages/person.html.j2", pager.url, meta, search, pager=pager, person=person)


def _archive(r: _Renderer) -> None:
    for pager in paginate(r.corpus.entries, r.settings.page_size, "archive/"):
        months = [
            (f"{month:%B %Y}", list(group))
            for month, group in itertools.groupby(
                pager.items, key=lambda e: e.added_utc.date().replace(day=1)
            )
        ]
        title = _numbered("Archive", pager)
        description = "Every entry, by month"
        listing = _collection(pager, title, r.settings, description)
        meta = front_matter(title, description, exclude=True, pager=pager, jsonld=listing)
        r.add("pages/archive.html.j2", pager.url, meta, pager=pager, months=months)


def _editions(r: _Renderer) -> None:
    """`/editions/` (paginated) and one page per edition, with its feeds as alternates."""
    editions = list(r.corpus.editions)
    for pager in paginate(editions, r.settings.page_size, "editions/"):
        meta = front_matter(
            _numbered("Editions", pager),
            "Every weekly edition of the digest: the editor's picks with an introduction",
            exclude=True,
            pager=pager,
        )
        _edition_feeds(meta)
        r.add("pages/editions.html.j2", pager.url, meta, pager=pager)
    for index, edition in enumerate(editions):
        meta = front_matter(edition.title, edition.intro.summary)
        _edition_feeds(meta)
        search = f"<h1>{html.escape(edition.title)}</h1>{edition.intro.html}"
        r.add(
            "pages/edition.html.j2",
            edition.url,
            meta,
            search,
            edition=edition,
            newer=editions[index - 1] if index > 0 else None,
            older=editions[index + 1] if index + 1 < len(editions) else None,
        )


def _edition_feeds(meta: dict[str, Any]) -> None:
    meta["digest"]["feeds"] = [
        {"title": html.escape(name), "type": kind, "href": href}
        for name, kind, href in EDITION_FEEDS
    ]


def _collection(
    pager: Pager,
    title: str,
    settings: Settings,
    description: str = "",
    about: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A listing page's JSON-LD: a collection of what it lists, numbered across its pages."""
    items = [(getattr(item, "title", None) or item.name, item.url) for item in pager.items]
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


def _numbered(title: str, pager: Pager) -> str:
    return title if pager.number == 1 else f"{title} (page {pager.number})"


def _intro_search(pager: Pager, title: str, *lines: str | None) -> str | None:
    """A listing is found by its name and description; its entries are indexed on their own."""
    if pager.number > 1:
        return None  # excluded from search altogether
    text = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return f"<h1>{html.escape(title)}</h1>{text}"
