"""The digest model: entries, topics, organizations and people, in one deterministic order.

Built once per build from validated entries; pages and feeds only read it. Order (SPEC §6):
newest `added` first, then newest `date`, then slug.
"""

from __future__ import annotations

import datetime as dt
import heapq
import operator
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from digest.model.edition import Edition
from digest.model.entry import Entry, Quote
from digest.model.schema import Organization, Topic
from digest.model.taxonomy import Taxonomy
from digest.model.writeup import Page

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


_WHEN = operator.attrgetter("added", "published")  # Entry.sort_key, without a property call


def newest(entries: Sequence[Entry], count: int) -> list[Entry]:
    """The first `count` entries of `order(entries)`, without ordering them all (a limited
    preview picks 50 of 100,000 on every rebuild of `mkdocs serve`)."""
    if count <= 0:
        return []
    if count >= len(entries):
        return order(entries)
    top = heapq.nlargest(count, entries, key=_WHEN)
    edge = _WHEN(top[-1])
    above = [entry for entry in top if _WHEN(entry) > edge]
    # Those at the edge's time go by slug, among all that share it, not only those kept.
    tied = sorted((e for e in entries if _WHEN(e) == edge), key=lambda e: e.slug)
    return order(above + tied[: count - len(above)])


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
    related = _all_related(ordered, topics, orgs)
    return Corpus(ordered, topics, orgs, people, related, pages, images)


def _all_related(
    ordered: list[Entry], topics: dict[str, Group], orgs: dict[str, Group]
) -> dict[str, tuple[Entry, ...]]:
    """Each entry's related entries (`_related`), with what every entry's search reads made
    once: each topic's and organization's entries as slugs and corpus positions."""
    by_slug = {entry.slug: entry for entry in ordered}
    position = {entry.slug: index for index, entry in enumerate(ordered)}
    # Microseconds since the epoch, once per entry (not a datetime subtraction per candidate
    # pair); whole numbers, so that equal distances stay equal and ties go by slug.
    stamps = {entry.slug: (entry.added - _EPOCH) // _MICROSECOND for entry in ordered}
    members = {
        (kind, slug): _Members(
            [position[entry.slug] for entry in group.entries],
            [entry.slug for entry in group.entries],
        )
        for kind, groups in (("t", topics), ("o", orgs))
        for slug, group in groups.items()
    }
    return {
        entry.slug: tuple(
            by_slug[slug]
            for slug in _related(
                entry.slug,
                [members["t", t] for t in entry.topics]
                + [members["o", o] for o in entry.organizations],
                position[entry.slug],
                stamps,
            )
        )
        for entry in ordered
    }


class _Members(NamedTuple):
    positions: list[int]  # ascending: a group lists its entries in corpus order
    slugs: list[str]


def _related(slug: str, lists: list[_Members], here: int, stamps: dict[str, int]) -> list[str]:
    """Up to five entries sharing the most topics and organizations; among equals, the nearest
    in time (`added`), then by slug. In that order.

    Each shared list is newest first, so scanning a bounded window around the entry keeps this
    linear in the corpus while still finding the closest neighbours in time. Only the
    candidates that share at least as much as the fifth best are ranked on time and slug.
    """
    scores: Counter[str] = Counter()
    for found in lists:
        if len(found.slugs) <= 2 * _RELATED_SCAN:
            scores.update(found.slugs)
        else:
            low = bisect_left(found.positions, here)
            scores.update(found.slugs[max(0, low - _RELATED_SCAN) : low + _RELATED_SCAN + 1])
    scores.pop(slug, None)
    if not scores:
        return []
    best = scores.most_common()  # by score only: the fifth best's score is the cut-off
    least = best[min(RELATED_MAX, len(best)) - 1][1]
    when = stamps[slug]

    def rank(other: str) -> tuple[int, int, str]:
        return (-scores[other], abs(stamps[other] - when), other)

    return sorted((other for other, score in best if score >= least), key=rank)[:RELATED_MAX]
