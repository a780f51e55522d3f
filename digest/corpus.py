"""The digest model: entries, topics, organizations and people, in one deterministic order.

Built once per build from validated entries; pages and feeds only read it. Order (SPEC §6):
newest `added` first, then newest `date`, then slug.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .edition import Edition
from .entry import Entry, Quote
from .model import Organization, Topic
from .validation import Page, Taxonomy

RELATED_MAX = 5
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)
_RELATED_SCAN = 12  # candidates read per shared topic/organization: keeps related entries linear


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
    quotes: list[tuple[Entry, Quote]] = field(default_factory=list)  # newest first

    @property
    def url(self) -> str:
        return f"people/{self.slug}/"

    @property
    def latest(self) -> Quote | None:
        """The newest quote that gives a role or an organization: never a mix of two."""
        return next((q for _, q in self.quotes if q.role or q.organization), None)


@dataclass
class Corpus:
    entries: list[Entry]
    topics: dict[str, Group]
    organizations: dict[str, Group]
    people: dict[str, Person]
    related: dict[str, tuple[Entry, ...]]  # entry slug -> related entries, best first
    pages: Sequence[Page] = ()  # the pages editors wrote (named in the nav)
    images: Sequence[str] = ()  # images to publish, as paths under the docs folder
    editions: Sequence[Edition] = ()  # newest week first
    appeared_in: dict[str, tuple[Edition, ...]] = field(default_factory=dict)  # by entry slug

    @property
    def updated(self) -> dt.datetime | None:
        return self.entries[0].added if self.entries else None


def appearances(editions: Iterable[Edition]) -> dict[str, tuple[Edition, ...]]:
    """The editions each entry appeared in, newest first."""
    out: dict[str, list[Edition]] = {}
    for edition in editions:
        for entry in edition.entries:
            out.setdefault(entry.slug, []).append(edition)
    return {slug: tuple(found) for slug, found in out.items()}


def order(entries: Iterable[Entry]) -> list[Entry]:
    """Newest `added` first, then newest `date`, then slug (a to z)."""
    ordered = sorted(entries, key=lambda e: e.slug)
    ordered.sort(key=lambda e: e.sort_key, reverse=True)
    return ordered


def build_corpus(
    entries: Iterable[Entry],
    taxonomy: Taxonomy,
    pages: Sequence[Page] = (),
    images: Sequence[str] = (),
) -> Corpus:
    """Index entries by topic, organization and person, newest first, and find related ones."""
    ordered = order(entries)
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
        for quote in entry.quotes:
            person = people.get(quote.person)
            if person is None:
                person = people[quote.person] = Person(quote.person, quote.speaker)
            person.quotes.append((entry, quote))
    people = dict(sorted(people.items()))
    position = {entry.slug: index for index, entry in enumerate(ordered)}
    # Microseconds since the epoch, once per entry (not a datetime subtraction per candidate
    # pair); whole numbers, so that equal distances stay equal and ties go by slug.
    stamps = {entry.slug: (entry.added - _EPOCH) // _MICROSECOND for entry in ordered}
    related = {entry.slug: _related(entry, topics, orgs, position, stamps) for entry in ordered}
    return Corpus(ordered, topics, orgs, people, related, pages, images)


def _related(
    entry: Entry,
    topics: dict[str, Group],
    orgs: dict[str, Group],
    position: dict[str, int],
    stamps: dict[str, int],
) -> tuple[Entry, ...]:
    """Up to five entries sharing the most topics and organizations; among equals, the nearest
    in time (`added`), then by slug. In that order.

    Each shared list is newest first, so scanning a bounded window around the entry keeps this
    linear in the corpus while still finding the closest neighbours in time.
    """
    scores: dict[str, int] = {}
    candidates: dict[str, Entry] = {}
    here = position[entry.slug]
    lists = [topics[t].entries for t in entry.topics] + [
        orgs[o].entries for o in entry.organizations
    ]
    for members in lists:
        for other in _window(members, here, position):
            if other is entry:
                continue
            scores[other.slug] = scores.get(other.slug, 0) + 1
            candidates[other.slug] = other

    when = stamps[entry.slug]

    def rank(other: Entry) -> tuple[int, int, str]:
        return (-scores[other.slug], abs(stamps[other.slug] - when), other.slug)

    return tuple(sorted(candidates.values(), key=rank)[:RELATED_MAX])


def _window(members: Sequence[Entry], here: int, position: dict[str, int]) -> Sequence[Entry]:
    if len(members) <= 2 * _RELATED_SCAN:
        return members
    # members is ordered like the corpus: binary search for the entry's place.
    low, high = 0, len(members)
    while low < high:
        mid = (low + high) // 2
        if position[members[mid].slug] < here:
            low = mid + 1
        else:
            high = mid
    return members[max(0, low - _RELATED_SCAN) : low + _RELATED_SCAN + 1]
