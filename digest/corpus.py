"""The digest model: entries, topics, organizations and people, in one deterministic order.

Built once per build from validated entries; pages and feeds only read it. Order (SPEC §6):
newest `added` first, then newest `date`, then slug.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Organization, Quote, Topic, as_datetime
from .urls import slugify
from .validation import Taxonomy, ValidEntry

RELATED_MAX = 5
_RELATED_SCAN = 12  # candidates read per shared topic/organization: keeps related entries linear


_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <autolinks>: the address
    (re.compile(r"<[^>]+>"), ""),  # raw HTML tags
    (re.compile(r"(?<!\\)(\*\*|__|\*|_|`|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis, code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~&])"), r"\1"),  # backslash escapes
    (re.compile(r"\s+"), " "),
]


def first_paragraph(body: str) -> str:
    """The body's first paragraph as plain text: the default summary.

    What a reader would see of it, as text: links keep their words, emphasis its letters,
    `&amp;` becomes `&` (the pages and feeds escape it again, once).
    """
    for block in re.split(r"\n\s*\n", body.strip()):
        block = block.strip()
        if not block or block.startswith(("#", "```", "~~~", "<!--", "|", "---", "***")):
            continue
        block = re.sub(r"^\s*(?:>|[-*+]|\d+\.)\s+", "", block, flags=re.MULTILINE)
        for pattern, replacement in _MD_INLINE:
            block = pattern.sub(replacement, block)
        return html.unescape(block).strip()
    return ""


_PLAIN_START = re.compile(r"^(?:[#>|<\-*+`~=_ \t]|\d+[.)]\s|\[[^\]]*\]:)")


def split_lead(body: str) -> tuple[str, str]:
    """The body's first paragraph when it is plain prose (it is the default summary), and the rest.

    The lead is searchable; the rest of the write-up is not indexed, to keep the index small.
    """
    text = body.strip("\n")
    lead, _, rest = text.partition("\n\n")
    if not lead.strip() or _PLAIN_START.match(lead):
        return "", text
    return lead, rest.strip("\n")


@dataclass(eq=False)
class Entry:
    slug: str
    year: str
    src: str
    title: str
    published: dt.datetime
    added: dt.datetime
    published_is_date: bool
    source_url: str
    publisher: str
    author: str | None
    topics: tuple[str, ...]
    organizations: tuple[str, ...]
    quotes: tuple[Quote, ...]
    quote_organizations: tuple[str | None, ...]
    people: tuple[str, ...]  # person slug per quote
    summary: str
    summary_explicit: bool
    body: str
    draft: bool
    related: list[Entry] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"entries/{self.year}/{self.slug}/"

    @property
    def added_utc(self) -> dt.datetime:
        """`added` in UTC: the archive groups by it, so months never interleave."""
        return self.added.astimezone(dt.UTC)

    @property
    def lead_and_rest(self) -> tuple[str, str]:
        """The write-up split for the page: a searchable lead (the summary) and the rest."""
        if self.summary_explicit:
            return "", self.body.strip("\n")
        return split_lead(self.body)

    @property
    def sort_key(self) -> tuple:
        return (self.added, self.published)


@dataclass(eq=False)
class Group:
    """A topic or an organization, with its entries newest first."""

    kind: str  # "topics" or "organizations": the URL's first part
    slug: str
    record: Topic | Organization
    entries: list[Entry] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.record.name

    @property
    def url(self) -> str:
        return f"{self.kind}/{self.slug}/"


@dataclass(eq=False)
class Person:
    slug: str
    name: str
    quotes: list[tuple[Entry, Quote, str | None]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"people/{self.slug}/"

    @property
    def latest_affiliation(self) -> tuple[str | None, str | None]:
        """Role and organization as of the newest quote that gives either: never a mix."""
        for _, quote, org in self.quotes:
            if quote.role or org:
                return quote.role, org
        return None, None

    @property
    def latest_role(self) -> str | None:
        return self.latest_affiliation[0]

    @property
    def latest_organization(self) -> str | None:
        return self.latest_affiliation[1]


@dataclass
class Corpus:
    entries: list[Entry]
    topics: dict[str, Group]
    organizations: dict[str, Group]
    people: dict[str, Person]
    by_slug: dict[str, Entry]

    @property
    def updated(self) -> dt.datetime | None:
        return self.entries[0].added if self.entries else None


def make_entry(valid: ValidEntry) -> Entry:
    meta = valid.meta
    published = as_datetime(meta.date)
    added = valid.added
    return Entry(
        slug=valid.slug,
        year=valid.year,
        src=valid.src,
        title=meta.title,
        published=published,
        added=added,
        published_is_date=not isinstance(meta.date, dt.datetime),
        source_url=meta.source.url,
        publisher=meta.source.publisher,
        author=meta.source.author,
        topics=tuple(dict.fromkeys(meta.topics)),
        # A speaker's organization is named by the entry too: readers following it expect it.
        organizations=tuple(
            dict.fromkeys([*valid.organizations, *(o for o in valid.quote_organizations if o)])
        ),
        quotes=tuple(meta.quotes),
        quote_organizations=valid.quote_organizations,
        people=tuple(slugify(q.speaker) for q in meta.quotes),
        summary=meta.summary or first_paragraph(valid.body),
        summary_explicit=meta.summary is not None,
        body=valid.body,
        draft=meta.draft,
    )


def build_corpus(entries: Iterable[Entry], taxonomy: Taxonomy) -> Corpus:
    """Index entries by topic, organization and person, newest first, and find related ones."""
    ordered = sorted(entries, key=lambda e: e.slug)
    ordered.sort(key=lambda e: e.sort_key, reverse=True)
    topics = {slug: Group("topics", slug, rec) for slug, rec in sorted(taxonomy.topics.items())}
    orgs = {
        slug: Group("organizations", slug, rec)
        for slug, rec in sorted(taxonomy.organizations.items())
    }
    people: dict[str, Person] = {}
    for entry in ordered:
        for topic in entry.topics:
            topics[topic].entries.append(entry)
        for org in entry.organizations:
            orgs[org].entries.append(entry)
        for quote, person_slug, org in zip(
            entry.quotes, entry.people, entry.quote_organizations, strict=True
        ):
            person = people.get(person_slug)
            if person is None:
                person = people[person_slug] = Person(person_slug, quote.speaker)
            person.quotes.append((entry, quote, org))
    people = dict(sorted(people.items()))
    position = {id(entry): index for index, entry in enumerate(ordered)}
    for entry in ordered:
        entry.related = _related(entry, topics, orgs, position)
    return Corpus(ordered, topics, orgs, people, {e.slug: e for e in ordered})


def _related(entry: Entry, topics, orgs, position) -> list[Entry]:
    """Up to five entries sharing the most topics and organizations, then the most recent.

    Each shared list is newest first, so scanning a bounded window around the entry keeps this
    linear in the corpus while still finding the closest neighbours in time.
    """
    scores: dict[int, int] = {}
    candidates: dict[int, Entry] = {}
    lists = [topics[t].entries for t in entry.topics] + [
        orgs[o].entries for o in entry.organizations
    ]
    for members in lists:
        for other in _window(members, entry, position):
            if other is entry:
                continue
            key = id(other)
            scores[key] = scores.get(key, 0) + 1
            candidates[key] = other
    best = sorted(candidates.values(), key=lambda e: (-scores[id(e)], position[id(e)]))
    chosen = best[:RELATED_MAX]
    chosen.sort(key=lambda e: position[id(e)])
    return chosen


def _window(members: list[Entry], entry: Entry, position: dict[int, int]) -> list[Entry]:
    if len(members) <= 2 * _RELATED_SCAN:
        return members
    # members is ordered like the corpus: binary search for the entry's place.
    target = position[id(entry)]
    low, high = 0, len(members)
    while low < high:
        mid = (low + high) // 2
        if position[id(members[mid])] < target:
            low = mid + 1
        else:
            high = mid
    return members[max(0, low - _RELATED_SCAN) : low + _RELATED_SCAN + 1]
