"""Structured data (schema.org JSON-LD) for search engines and link previews, built as data.

Every node is a plain dict of text, kept in the page's meta; nothing is ever concatenated into
JSON. The theme serializes it into `<script type="application/ld+json">` with Jinja's `tojson`,
which writes `<`, `>`, `&` and `'` as `\\u003c` etc., so no value (a title holding `</script>`)
can end the block.

The nodes that many pages repeat (a firm, a topic, a speaker with a role, a breadcrumb, the
publisher, a URL) are made once and shared: every page's graph is held until the theme prints
it, and at 10,000 entries the copies were a third of the site plan's memory. Nothing changes a
node once it is made, so sharing one changes no page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from digest.model.corpus import Corpus, Group, Person
from digest.model.entry import Entry, Quote
from digest.site.trail import Crumb

Node = dict[str, Any]
CONTEXT = "https://schema.org"
SHARED = 1 << 17  # shared nodes and URLs kept at most (of each kind): more is only less sharing


def graph(nodes: Iterable[Node]) -> Node:
    return {"@context": CONTEXT, "@graph": list(nodes)}


@lru_cache(maxsize=SHARED)
def absolute(site_url: str, url: str, fragment: str = "") -> str:
    """A site URL ("topics/x/") as an absolute one (site_url ends with a slash), with an
    optional fragment ("#person"); one string for all the pages that print it."""
    return f"{site_url}{url}{fragment}"


@lru_cache(maxsize=SHARED)
def _named(kind: str, name: str, url: str) -> Node:
    """A reference to a thing with its own page: `{"@type": kind, "name", "url"}`."""
    return {"@type": kind, "name": name, "url": url}


@lru_cache(maxsize=SHARED)
def _list_item(position: int, name: str, item: str) -> Node:
    return {"@type": "ListItem", "position": position, "name": name, "item": item}


def breadcrumbs(crumbs: Sequence[Crumb], site_url: str) -> Node:
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            _list_item(position, name, absolute(site_url, url))
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def publisher(site_name: str, site_url: str) -> Node:
    """The digest itself, as the publisher of its pages."""
    return _named("Organization", site_name, site_url)


def organization(group: Group, site_url: str) -> Node:
    node: Node = {
        "@type": "Organization",
        "@id": absolute(site_url, group.url, "#organization"),
        "name": group.name,
        "url": absolute(site_url, group.url),
    }
    record = group.record
    aliases = list(getattr(record, "aliases", []))
    if aliases:
        node["alternateName"] = aliases
    link = getattr(record, "url", None)
    if link:
        node["sameAs"] = link
    if record.description:
        node["description"] = record.description
    return node


def topic(group: Group, site_url: str) -> Node:
    return _topic(group.name, absolute(site_url, group.url), group.record.description or "")


@lru_cache(maxsize=SHARED)
def _topic(name: str, url: str, description: str) -> Node:
    node: Node = {"@type": "DefinedTerm", "name": name, "url": url}
    if description:
        node["description"] = description
    return node


def person(quote: Quote, corpus: Corpus, site_url: str) -> Node:
    """A quoted speaker, with the role and organization given with this quote."""
    firm = quote.organization or ""
    return _person(
        site_url,
        quote.person,
        quote.speaker,
        quote.role or "",
        corpus.organizations[firm].name if firm else "",
        absolute(site_url, f"organizations/{firm}/") if firm else "",
    )


@lru_cache(maxsize=SHARED)
def _person(site_url: str, slug: str, name: str, role: str, firm: str, firm_url: str) -> Node:
    url = absolute(site_url, f"people/{slug}/")
    node: Node = {
        "@type": "Person",
        "@id": absolute(site_url, f"people/{slug}/", "#person"),
        "name": name,
        "url": url,
    }
    if role:
        node["jobTitle"] = role
    if firm_url:
        node["worksFor"] = _named("Organization", firm, firm_url)
    return node


def source(entry: Entry) -> Node:
    """The article an entry is about: what the digest cites."""
    node: Node = {
        "@type": "CreativeWork",
        "name": entry.title,
        "url": entry.source.url,
        "publisher": {"@type": "Organization", "name": entry.source.publisher},
        "datePublished": _date(entry.published, entry.published_is_date),
    }
    if entry.source.author:
        node["author"] = {"@type": "Person", "name": entry.source.author}
    if entry.source.archive:
        node["archivedAt"] = entry.source.archive
    return node


def article(entry: Entry, corpus: Corpus, site_name: str, site_url: str) -> Node:
    """An entry page: the digest's article about a source, its topics, organizations, quotes."""
    url = absolute(site_url, entry.url)
    cited = source(entry)
    node: Node = {
        "@type": "Article",
        "@id": absolute(site_url, entry.url, "#article"),
        "headline": entry.title,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": entry.added.isoformat(),
        "isAccessibleForFree": True,
        "publisher": publisher(site_name, site_url),
        "citation": cited,
        "isBasedOn": entry.source.url,
        "about": [topic(corpus.topics[slug], site_url) for slug in entry.topics],
        "hasPart": [quotation(q, cited, corpus, site_url) for q in entry.quotes],
    }
    if entry.summary:
        node["description"] = entry.summary
    if entry.organizations:
        node["mentions"] = [
            _named(
                "Organization",
                corpus.organizations[slug].name,
                absolute(site_url, f"organizations/{slug}/"),
            )
            for slug in entry.organizations
        ]
    return node


@lru_cache(maxsize=SHARED)
def _work(url: str) -> Node:
    return {"@type": "CreativeWork", "url": url}


def quotation(quote: Quote, cited: Node, corpus: Corpus, site_url: str) -> Node:
    speaker = person(quote, corpus, site_url)
    return {
        "@type": "Quotation",
        "text": quote.text,
        "spokenByCharacter": speaker,
        "creator": speaker,
        "isPartOf": _work(cited["url"]),
    }


def profile(person_: Person, corpus: Corpus, url: str, site_url: str) -> Node:
    """A person's page: a profile of someone quoted, as of their newest quote with a role."""
    latest = person_.latest
    page = absolute(site_url, url)
    who: Node = {
        "@type": "Person",
        "@id": absolute(site_url, person_.url, "#person"),
        "name": person_.name,
        "url": absolute(site_url, person_.url),
    }
    if latest is not None and latest.role:
        who["jobTitle"] = latest.role
    if latest is not None and latest.organization:
        who["worksFor"] = _named(
            "Organization",
            corpus.organizations[latest.organization].name,
            absolute(site_url, f"organizations/{latest.organization}/"),
        )
    return {"@type": "ProfilePage", "url": page, "name": person_.name, "mainEntity": who}


def collection(
    url: str,
    name: str,
    items: Sequence[tuple[str, str]],
    site_url: str,
    *,
    first_position: int = 1,
    description: str = "",
    about: Node | None = None,
) -> Node:
    """A listing page: its items (name, site URL) in order, numbered across pages."""
    node: Node = {
        "@type": "CollectionPage",
        "url": absolute(site_url, url),
        "name": name,
        "mainEntity": {
            "@type": "ItemList",
            "numberOfItems": len(items),
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": item_name,
                    "url": absolute(site_url, item_url),
                }
                for position, (item_name, item_url) in enumerate(items, start=first_position)
            ],
        },
    }
    if description:
        node["description"] = description
    if about is not None:
        node["about"] = about
    return node


def web_page(url: str, name: str, site_url: str, description: str = "") -> Node:
    node: Node = {"@type": "WebPage", "url": absolute(site_url, url), "name": name}
    if description:
        node["description"] = description
    return node


def _date(value: dt.datetime, is_date: bool) -> str:
    return value.date().isoformat() if is_date else value.isoformat()
