"""Known web archives, and the original URL each archived copy's address holds.

`source.archive` stands in for the source when the source cannot be read, so it must be what
it claims: a copy, in an archive that copies pages as they were, of the entry's own source.
Every archive here puts the original URL in the copy's address, so that is checked without a
request: any other host, or a copy of another page, is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.model.urls import normalize_source_url
from digest.model.weburl import parse


@dataclass(frozen=True)
class Archive:
    name: str  # as the output names it, e.g. "the Wayback Machine"
    hosts: frozenset[str]
    copy: re.Pattern[str]  # the path and query of a copy; group "original"
    example: str  # the form to write, for messages


_STAMP = r"\d{1,14}(?:[a-z]{2}_)?"
ARCHIVES = (
    Archive(
        "the Wayback Machine",
        frozenset({"web.archive.org", "wayback.archive.org"}),
        re.compile(rf"/web/{_STAMP}/(?P<original>.+)"),
        "https://web.archive.org/web/<date>/<source.url>",
    ),
    Archive(
        "archive.today",
        frozenset(f"archive.{tld}" for tld in ("today", "ph", "is", "li", "vn", "fo", "md")),
        re.compile(r"/(?:\d{4,14}|newest|oldest)/(?P<original>.+)"),
        "https://archive.ph/<date>/<source.url>",
    ),
    Archive(
        "the Library of Congress Web Archives",
        frozenset({"webarchive.loc.gov"}),
        re.compile(rf"/(?:all|legacy)/{_STAMP}/(?P<original>.+)"),
        "https://webarchive.loc.gov/all/<date>/<source.url>",
    ),
    Archive(
        "Arquivo.pt",
        frozenset({"arquivo.pt"}),
        re.compile(rf"/wayback/{_STAMP}/(?P<original>.+)"),
        "https://arquivo.pt/wayback/<date>/<source.url>",
    ),
    Archive(
        "the UK Web Archive",
        frozenset({"webarchive.org.uk"}),
        re.compile(rf"/wayback/archive/{_STAMP}/(?P<original>.+)"),
        "https://www.webarchive.org.uk/wayback/archive/<date>/<source.url>",
    ),
    Archive(
        "the UK Government Web Archive",
        frozenset({"webarchive.nationalarchives.gov.uk"}),
        re.compile(rf"/ukgwa/{_STAMP}/(?P<original>.+)"),
        "https://webarchive.nationalarchives.gov.uk/ukgwa/<date>/<source.url>",
    ),
)


@dataclass(frozen=True)
class ArchivedCopy:
    archive: Archive
    original: str | None  # the URL the copy is of; None when the address does not say


def archived_copy(url: str) -> ArchivedCopy | None:
    """The archive `url` is a copy in, and of what; None when it is no known archive's."""
    parsed = parse(url.strip())
    if parsed is None or parsed.scheme not in ("http", "https"):
        return None
    host = parsed.host.rstrip(".").removeprefix("www.")
    for archive in ARCHIVES:
        if host in archive.hosts:
            where = parsed.path + (f"?{parsed.query}" if parsed.query else "")
            match = archive.copy.fullmatch(where)
            if match is None:
                return ArchivedCopy(archive, None)
            original = match.group("original")
            if not re.match(r"https?:/", original, re.IGNORECASE):
                original = "http://" + original  # archives may drop the scheme
            original = re.sub(r"^(https?:/)(?!/)", r"\1/", original, flags=re.IGNORECASE)
            return ArchivedCopy(archive, original)
    return None


KNOWN = "; ".join(f"{a.name}: {a.example}" for a in ARCHIVES[:2])


def archive_problem(archive: str, source_url: str) -> str | None:
    """Why `archive` cannot stand in for `source_url`, if it cannot."""
    copy = archived_copy(archive)
    if copy is None:
        return f"must be a copy in a known web archive ({KNOWN})"
    if copy.original is None:
        return (
            f"does not say which page it is a copy of; use {copy.archive.name}'s long form, "
            f"{copy.archive.example}"
        )
    if normalize_source_url(copy.original) != normalize_source_url(source_url):
        shown = copy.original if len(copy.original) <= 120 else copy.original[:119] + "…"
        return f"is {copy.archive.name}'s copy of {shown}, not of source.url"
    return None
