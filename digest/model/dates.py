"""What to write instead, when a date is written in another format than YYYY-MM-DD.

Editors copy dates from articles as they are printed there: `04/12/2026`, `12 April 2026`,
`2026-12-4`. Guessing would put an entry in the wrong month without a word, so a date that
can be read two ways names both readings, and one that can be read one way says how to write
it. Every pattern is anchored and linear, on at most a few dozen characters.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

MAX_CHARS = 40

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip

_UNPADDED = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})([Tt ].{0,30})?")
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_YEAR_LAST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_SHORT_YEAR = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{2}")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{2})-?([1-7])", re.IGNORECASE)  # 2026-W49-5
_ISO_ORDINAL = re.compile(r"(\d{4})-(\d{3})")  # 2026-338: the 338th day
_UNIX_TIME = re.compile(r"\d{9,10}")  # seconds since 1970: 2001 to 2286
_MONTH_FIRST = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?([ /-])([A-Za-z]{3,9})\.?,?\2(\d{4})")
# A weekday in front (`Sunday, 12 April 2026`, `Sun, Apr 12, 2026`), as datelines print it.
_WEEKDAY = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,? ",
    re.IGNORECASE,
)


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _spoken(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')}"


def _one_reading(text: str, day: dt.date | None) -> str | None:
    if day is None:
        return None
    return f"{text!r} is not written YYYY-MM-DD: write {day.isoformat()}"


def _iso_forms(text: str) -> str | None:
    """ISO 8601's other dates (a week date, an ordinal date) and Unix times, said as dates."""
    if week_date := _ISO_WEEK.fullmatch(text):
        year, week, weekday = (int(part) for part in week_date.groups())
        try:
            return _one_reading(text, dt.date.fromisocalendar(year, week, weekday))
        except ValueError:
            return None
    if ordinal := _ISO_ORDINAL.fullmatch(text):
        year, number = int(ordinal.group(1)), int(ordinal.group(2))
        days = 366 if _date(year, 2, 29) else 365
        if not 1 <= number <= days or _date(year, 1, 1) is None:
            return None
        return _one_reading(text, dt.date(year, 1, 1) + dt.timedelta(days=number - 1))
    if _UNIX_TIME.fullmatch(text):
        moment = dt.datetime.fromtimestamp(int(text), dt.UTC)
        return (
            f"{text!r} looks like a Unix time: write {moment.date().isoformat()} "
            f"(or {moment:%Y-%m-%dT%H:%M:%SZ})"
        )
    return None


def other_format(value: str) -> str | None:
    """A message saying what to write instead of `value`, when it is a date in a format the
    digest does not take; None when it is not recognisably a date."""
    text = value.strip()
    if len(text) > MAX_CHARS:
        return None
    plain = unicodedata.normalize("NFKC", text)
    if plain != text and plain.isascii():
        # Full-width or other digits that only look like ASCII ones (`２０２６-12-04`).
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", plain, re.ASCII) and _iso(plain) is not None:
            return f"{text!r} is written with characters that look like digits: write {plain}"
        found = other_format(plain)
        return found.replace(repr(plain), repr(text), 1) if found else None
    if not text.isascii():
        return None
    if (iso := _iso_forms(text)) is not None:
        return iso
    if match := _UNPADDED.fullmatch(text):
        year, month, day, rest = match.groups()
        if len(month) == 2 and len(day) == 2:
            return None  # padded: whatever is wrong, it is not the padding
        padded = f"{year}-{int(month):02d}-{int(day):02d}"
        if _date(int(year), int(month), int(day)) is None:
            return None
        return (
            f"{text!r} needs two digits for the month and the day: pad them with zeros, "
            f"{padded}{rest or ''}"
        )
    if match := _YEAR_FIRST.fullmatch(text) or _COMPACT.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _one_reading(text, _date(year, month, day))
    if match := _YEAR_LAST.fullmatch(text):
        first, _, second, year_text = match.groups()
        year = int(year_text)
        month_first = _date(year, int(first), int(second))
        day_first = _date(year, int(second), int(first))
        if month_first and day_first and month_first != day_first:
            return (
                f"{text!r} can be read two ways: write {month_first.isoformat()} "
                f"({_spoken(month_first)}) or {day_first.isoformat()} ({_spoken(day_first)}), "
                "as YYYY-MM-DD"
            )
        return _one_reading(text, month_first or day_first)
    if _SHORT_YEAR.fullmatch(text):
        return f"{text!r} is not written YYYY-MM-DD: write it with a four-digit year first"
    written = text
    if weekday := _WEEKDAY.match(text):
        text = text[weekday.end() :]
    if match := _MONTH_FIRST.fullmatch(text):
        name, day_text, year_text = match.groups()
        month = _MONTHS.get(name.lower())
        if month is not None:
            return _one_reading(written, _date(int(year_text), month, int(day_text)))
    if match := _DAY_FIRST.fullmatch(text):
        day_text, _, name, year_text = match.groups()
        month = _MONTHS.get(name.lower())
        if month is not None:
            return _one_reading(written, _date(int(year_text), month, int(day_text)))
    return None
