"""One edition of the digest: the editor's picks of a week, with an introduction.

Frozen and complete, as validation and the corpus make it and pages, feeds and the email
renderer read it: picks resolved to entries, the introduction rendered and sanitized.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from digest.model.entry import Entry
from digest.model.schema import FIRST_YEAR, LAST_YEAR
from digest.model.writeup import Rendered

# The file name of an edition: an ISO week, e.g. 2022-W37.md (the W in either case).
WEEK_FILE = re.compile(r"^([0-9]{4})-[Ww]([0-9]{2})\.md$", re.ASCII)
WEEK_TEXT = re.compile(r"^([0-9]{4})-[Ww]([0-9]{2})$", re.ASCII)


def iso_week(year: int, week: int) -> tuple[int, int] | None:
    """(year, week) when that ISO week exists (week 53 only in some years), else None."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return year, week


def parse_week(text: str) -> tuple[int, int] | None:
    """'2026-W49' (or '2026-w49') to (2026, 49) when it names a real ISO week."""
    match = WEEK_TEXT.match(text.strip())
    return iso_week(int(match.group(1)), int(match.group(2))) if match else None


def week_name(year: int, week: int) -> str:
    return f"{year}-W{week:02d}"


def week_of(moment: dt.datetime | dt.date) -> tuple[int, int]:
    """The ISO week of a date, or of a datetime in UTC."""
    day = moment.astimezone(dt.UTC).date() if isinstance(moment, dt.datetime) else moment
    calendar = day.isocalendar()
    return calendar.year, calendar.week


def week_days(year: int, week: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week."""
    return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)


@dataclass(frozen=True, slots=True)
class EditionSection:
    heading: str | None  # None: the picks before any heading
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Edition:
    src: str  # path under the docs folder: "editions/2022-W37.md"
    week: str  # "2022-W37"
    title: str
    date: dt.datetime  # publication: `date`, else the week's last day (midnight UTC)
    intro: Rendered
    sections: tuple[EditionSection, ...]
    picked: bool  # False: no picks given, so the week's entries, newest first

    @property
    def slug(self) -> str:
        return self.week.lower()

    @property
    def url(self) -> str:
        return f"editions/{self.slug}/"

    @property
    def year(self) -> int:
        return int(self.week[:4])

    @property
    def number(self) -> int:
        return int(self.week[6:])

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        return week_days(self.year, self.number)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(entry for section in self.sections for entry in section.entries)
