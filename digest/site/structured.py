"""Structured data (schema.org JSON-LD) for search engines and link previews, built as data.

Every node is a plain dict of text, kept in the page's meta; nothing is ever concatenated into
JSON. The theme serializes it into `<script type="application/ld+json">` with Jinja's `tojson`,
which writes `<`, `>`, `&` and `'` as `\\u003c` etc., so no value (a title holding `</script>`)
can end the block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from digest.model.corpus import Corpus, Group, Person
from digest.model.entry import Entry, Quote
from digest.site.trail import Crumb

Node = dict[str, Any]
CONTEXT = "https://schema.org"


def graph(nodes: Iterable[Node]) -> Node:
    return {"@context": CONTEXT, "@graph": list(nodes)}


def absolute(site_url: str, url: str) -> str:
    """A site URL ("topics/x/") as an absolute one; site_url ends with a slash."""
    return f"{site_url}{url}"


def breadcrumbs(crumbs: Sequence[Crumb], site_url: str) -> Node:
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": absolute(site_url, url),
            }
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def publisher(site_name: str, site_url: str) -> Node:
    """The digest itself, as the publisher of its pages."""
    return {"@type": "Organization", "name": site_name, "url": site_url}


def organization(group: Group, site_url: str) -> Node:
    node: Node = {
        "@type": "Organization",
        "@id": absolute(site_url, group.url) + "#organization",
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
    node: Node = {
        "@type": "DefinedTerm",
        "name": group.name,
        "url": absolute(site_url, group.url),
    }
    if group.record.description:
        node["description"] = group.record.description
    return node


def person(quote: Quote, corpus: Corpus, site_url: str) -> Node:
    """A quoted speaker, with the role and organization given with this quote."""
    url = absolute(site_url, f"people/{quote.person}/")
    node: Node = {"@type": "Person", "@id": url + "#person", "name": quote.speaker, "url": url}
    if quote.role:
        node["jobTitle"] = quote.role
    if quote.organization:
        node["worksFor"] = {
            "@type": "Organization",
            "name": corpus.organizations[quote.organization].name,
            "url": absolute(site_url, f"organizations/{quote.organization}/"),
        }
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
        "@id": url + "#article",
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
            {
                "@type": "Organization",
                "name": corpus.organizations[slug].name,
                "url": absolute(site_url, f"organizations/{slug}/"),
            }
            for slug in entry.organizations
        ]
    return node


def quotation(quote: Quote, cited: Node, corpus: Corpus, site_url: str) -> Node:
    speaker = person(quote, corpus, site_url)
    return {
        "@type": "Quotation",
        "text": quote.text,
        "spokenByCharacter": speaker,
        "creator": speaker,
        "isPartOf": {"@type": "CreativeWork", "url": cited["url"]},
    }


def profile(person_: Person, corpus: Corpus, url: str, site_url: str) -> Node:
    """A person's page: a profile of someone quoted, as of their newest quote with a role."""
    latest = person_.latest
    page = absolute(site_url, url)
    who: Node = {
        "@type": "Person",
        "@id": absolute(site_url, person_.url) + "#person",
        "name": person_.name,
        "url": absolute(site_url, person_.url),
    }
    if latest is not None and latest.role:
        who["jobTitle"] = latest.role
    if latest is not None and latest.organization:
        who["worksFor"] = {
            "@type": "Organization",
            "name": corpus.organizations[latest.organization].name,
            "url": absolute(site_url, f"organizations/{latest.organization}/"),
        }
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
