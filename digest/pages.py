"""Generated pages: the digest model to Markdown documents (front matter + HTML blocks).

Engine-neutral: any static site engine that reads Markdown with YAML front matter can publish
these. Everything from content is escaped by the templates; only an entry's body is Markdown.
Every listing is paginated, so no generated page grows with the corpus.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from .corpus import Corpus, Entry
from .templates import environment


@dataclass(frozen=True)
class Settings:
    """What pages and feeds need to know about the site (from the engine's config)."""

    site_name: str
    site_url: str
    site_description: str = ""
    language: str = "en"
    page_size: int = 50
    feed_items: int = 50
    taxonomy_feed_items: int = 20


@dataclass(frozen=True)
class GeneratedPage:
    src: str  # path under the docs folder, e.g. "topics/open-source/index.md"
    url: str  # site URL, e.g. "topics/open-source/"
    front: str  # the YAML front matter, with its `---` lines
    body: str  # the Markdown body (HTML blocks, and an entry's write-up)
    updated: dt.date | None = None  # when its content last changed: the newest entry it shows
    html_body: bool = False  # the body is only HTML: an engine may skip Markdown for it
    # An entry in parts, for engines that convert only the write-up (Markdown): the HTML `head`,
    # the write-up's searchable `lead` (its summary), the HTML `quotes`, the `rest` of the
    # write-up, and the HTML `foot`, in that order.
    head: str | None = None
    lead: str = ""
    quotes: str = ""
    rest: str = ""
    foot: str | None = None
    # What a search index should hold for this page, when it is less than the page.
    search_html: str | None = None

    @property
    def content(self) -> str:
        """The whole Markdown document, for any engine that reads front matter."""
        return self.front + self.body


def _split_front(document: str) -> tuple[str, str]:
    """A rendered document's front matter (ours always starts the document) and its body."""
    end = document.index("\n---\n", 4) + 5
    return document[:end], document[end:]


@dataclass(frozen=True)
class Pager:
    """One page of a paginated listing."""

    number: int
    count: int
    items: Sequence
    base: str  # URL of page 1

    @property
    def url(self) -> str:
        return page_url(self.base, self.number)

    @property
    def prev(self) -> str | None:
        return page_url(self.base, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return page_url(self.base, self.number + 1) if self.number < self.count else None


def page_url(base: str, number: int) -> str:
    return base if number == 1 else f"{base}page/{number}/"


def page_count(items: int, size: int) -> int:
    """Pages a listing of `items` takes: at least one, even when empty."""
    return max(1, -(-items // size))


def paginate(items: Sequence, size: int, base: str) -> Iterator[Pager]:
    count = page_count(len(items), size)
    for number in range(1, count + 1):
        yield Pager(number, count, items[(number - 1) * size : number * size], base)


def _src(url: str) -> str:
    return f"{url}index.md"


SITE_FEEDS = (
    ("RSS", "application/rss+xml", "feed.xml"),
    ("Atom", "application/atom+xml", "atom.xml"),
    ("JSON Feed", "application/feed+json", "feed.json"),
)


def render_pages(corpus: Corpus, settings: Settings) -> list[GeneratedPage]:
    """Every page of the site that the digest generates, in a deterministic order."""
    env = environment()
    pages: list[GeneratedPage] = []
    common = {"corpus": corpus, "settings": settings, "site_feeds": SITE_FEEDS}

    card_tpl = env.get_template("pages/_card.html.j2")
    root_cards: dict[str, str] = {}

    def card(entry: Entry, page_url: str) -> Markup:
        """An entry's card, rendered once and rebased: all its links are relative to the root."""
        html = root_cards.get(entry.slug)
        if html is None:
            html = root_cards[entry.slug] = card_tpl.render(entry=entry, page_url="", **common)
        depth = page_url.count("/")
        return Markup(html.replace(' href="', ' href="' + "../" * depth) if depth else html)

    common["card"] = card

    site_updated = corpus.updated.astimezone(dt.UTC).date() if corpus.updated else None

    def add(template, url: str, search_html=None, **context) -> None:
        front, body = _split_front(template.render(page_url=url, **common, **context))
        pages.append(
            GeneratedPage(_src(url), url, front, body, site_updated, True, search_html=search_html)
        )

    entry_tpl = env.get_template("pages/entry.md.j2")
    head_tpl = env.get_template("pages/entry_head.html.j2")
    quotes_tpl = env.get_template("pages/entry_quotes.html.j2")
    foot_tpl = env.get_template("pages/entry_foot.html.j2")
    search_tpl = env.get_template("pages/entry_search.html.j2")
    for entry in corpus.entries:
        context = {"page_url": entry.url, "entry": entry, **common}
        head = Markup(head_tpl.render(context))
        quotes = Markup(quotes_tpl.render(context))
        foot = Markup(foot_tpl.render(context))
        lead, rest = entry.lead_and_rest
        front, body = _split_front(entry_tpl.render(head=head, quotes=quotes, foot=foot, **context))
        pages.append(
            GeneratedPage(
                entry.src,
                entry.url,
                front,
                body,
                entry.added_utc.date(),
                head=head,
                lead=lead,
                quotes=quotes,
                rest=rest,
                foot=foot,
                search_html=search_tpl.render(context),
            )
        )

    listing = env.get_template("pages/listing.md.j2")
    for pager in paginate(corpus.entries, settings.page_size, ""):
        add(
            listing,
            pager.url,
            pager=pager,
            kind="home",
            title="Latest entries",
            intro=settings.site_description,
            feed=None,
            record=None,
        )
    for kind, groups in (("topic", corpus.topics), ("organization", corpus.organizations)):
        for group in groups.values():
            record = group.record
            aliases = getattr(record, "aliases", [])
            for pager in paginate(group.entries, settings.page_size, group.url):
                add(
                    listing,
                    pager.url,
                    pager=pager,
                    kind=kind,
                    title=group.name,
                    intro=record.description,
                    feed=f"{group.url}feed.xml",
                    record=group,
                    search_html=_intro_search(pager, group.name, record.description, *aliases),
                )

    index = env.get_template("pages/index.md.j2")
    for kind, items in (
        ("topics", list(corpus.topics.values())),
        ("organizations", list(corpus.organizations.values())),
        ("people", list(corpus.people.values())),
    ):
        for pager in paginate(items, settings.page_size, f"{kind}/"):
            add(index, pager.url, pager=pager, kind=kind)

    person_tpl = env.get_template("pages/person.md.j2")
    for person in corpus.people.values():
        for pager in paginate(person.quotes, settings.page_size, person.url):
            role = person.latest_role or ""
            add(
                person_tpl,
                pager.url,
                pager=pager,
                person=person,
                search_html=_intro_search(pager, person.name, role),
            )

    archive = env.get_template("pages/archive.md.j2")
    for pager in paginate(corpus.entries, settings.page_size, "archive/"):
        months = [
            (key, list(group))
            for key, group in itertools.groupby(
                pager.items, key=lambda e: (e.added_utc.year, e.added_utc.month)
            )
        ]
        add(archive, pager.url, pager=pager, months=months)

    add(env.get_template("pages/feeds.md.j2"), "feeds/")
    return pages


def _intro_search(pager: Pager, title: str, *lines: str | None) -> str | None:
    """A listing is found by its name and description; its entries are indexed on their own."""
    if pager.number > 1:
        return None  # excluded from search altogether
    text = "".join(f"<p>{escape(line)}</p>" for line in lines if line)
    return f"<h1>{escape(title)}</h1>{text}"
