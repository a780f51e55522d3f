"""One entry of the digest, as validation makes it and pages, feeds and commands read it.

Frozen and complete: front matter resolved against the taxonomies (organization and person
slugs), dates as aware datetimes, and the write-up already rendered and sanitized. To add a
field: declare it in `model.EntryMeta` (the schema), carry it here, fill it in
`validation.entries.make_entry`, and show it in a template.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from digest.model.schema import Source
from digest.model.writeup import Rendered


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str
    person: str  # the speaker's page: people/<person>/
    role: str | None = None
    organization: str | None = None  # an organization slug


@dataclass(frozen=True, slots=True)
class Entry:
    src: str  # path under the docs folder: "entries/2022/<slug>.md"
    slug: str
    year: str
    title: str
    published: dt.datetime  # when the source published it (dates are midnight UTC)
    published_is_date: bool  # given as a date, without a time (structured data says so)
    added: dt.datetime  # when it entered the digest: orders the site and the feeds
    source: Source
    topics: tuple[str, ...]
    organizations: tuple[str, ...]  # named by the entry or by a quoted speaker
    quotes: tuple[Quote, ...]
    summary: str
    summary_is_lead: bool  # the summary is the write-up's first paragraph (shown once)
    writeup: Rendered
    draft: bool = False

    @property
    def url(self) -> str:
        return f"entries/{self.year}/{self.slug}/"

    @property
    def added_utc(self) -> dt.datetime:
        """`added` in UTC: the archive groups by it, so months never interleave."""
        return self.added.astimezone(dt.UTC)

    @property
    def sort_key(self) -> tuple[dt.datetime, dt.datetime]:
        return (self.added, self.published)


@dataclass(frozen=True, slots=True)
class EntryRef:
    """What the checks across files need of a valid entry (duplicates, schedule): small enough
    to send back from a worker process."""

    display: str  # the path as printed in problems
    slug: str
    source_key: str  # the normalised source URL
    source_line: int
    added: dt.datetime
    added_line: int  # the line of `added`, or of `date` where `added` is not written
    draft: bool
    # Each speaker once: (name, page slug, line of `speaker`), to tell apart two people that
    # one slug would put on one page.
    speakers: tuple[tuple[str, str, int], ...] = ()
    src: str = ""  # path under the docs folder, as links name it
    added_field: str = "added"  # "date" where `added` is not written (it is then the date)

    @property
    def people(self) -> tuple[str, ...]:
        """The quoted speakers' page slugs (pages a write-up may link to)."""
        return tuple(dict.fromkeys(slug for _, slug, _ in self.speakers))
