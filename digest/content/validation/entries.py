"""One entry file to one `Entry`: schema, path conventions, references, write-up."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import PurePosixPath
from typing import Any

from digest.content.loader import Document
from digest.content.rendering import MarkdownConfig, plain_text
from digest.content.validation.bounds import MAX_QUOTES, check_bounds
from digest.content.validation.schema import field_name, validate_model
from digest.content.validation.sources import check_source
from digest.content.validation.writeup import check_writeup
from digest.model.entry import Entry, EntryRef, Quote
from digest.model.namespaces import collision
from digest.model.problems import Problem, is_error
from digest.model.schema import (
    MAX_ORGANIZATIONS,
    MAX_TOPICS,
    SLUG_LENGTH,
    SLUG_RE,
    EntryMeta,
    as_datetime,
    forbidden_char,
)
from digest.model.taxonomy import Taxonomy
from digest.model.urls import normalize_source_url, slugify
from digest.model.writeup import Rendered

_YEAR = re.compile(r"^\d{4}$")


def person_slug(name: str) -> str:
    """A speaker's page slug; one that would clash with the site's own URLs gets a suffix."""
    slug = slugify(name)
    if collision("people", slug) is not None:
        slug += "-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return slug


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def validate_entry(
    doc: Document, src: str, taxonomy: Taxonomy, markdown: MarkdownConfig
) -> tuple[Entry | None, list[Problem]]:
    """The entry at `src` (e.g. 'entries/2022/x.md'), or None, with every problem found."""
    if doc.data is None:  # the file's name and place are still said (every problem at once)
        return None, [*path_problems(doc, src), doc.problem((), "front matter", "is empty")]
    meta, problems = validate_model(doc, doc.data, EntryMeta)
    problems += path_problems(doc, src, meta)
    if meta is not None:
        problems += _date_warnings(doc, meta)
        problems += _speaker_warnings(doc, meta)
        problems += check_source(doc, meta.source)
    problems += check_bounds(doc, doc.data)
    writeup, found = check_writeup(doc, src, markdown)
    problems += found
    if writeup is not None and isinstance(doc.data, dict) and not plain_text(writeup.html):
        message = "the write-up is empty: say in your own words what the article says"
        problems.append(doc.problem_at(doc.body_line, "body", message, "warning"))
    organizations, quote_orgs, found = _references(doc, doc.data, taxonomy)
    # A topic written as a name ('Open Source') is said once, with the slug to write instead
    # of the schema's general rule for slugs.
    said = {p.field for p in found if p.field.startswith("topics[")}
    problems = [p for p in problems if p.field not in said or "is not a slug" not in p.message]
    problems += found
    loaded = taxonomy.topics_loaded and taxonomy.organizations_loaded
    if meta is None or writeup is None or not loaded or is_error(problems):
        return None, problems
    return make_entry(src, meta, writeup, organizations, quote_orgs), problems


def path_problems(doc: Document, src: str, meta: EntryMeta | None = None) -> list[Problem]:
    """What is wrong with the entry file's name and folder (and, with its front matter read,
    whether its folder is its year's)."""
    path = PurePosixPath(src)
    slug, year = path.stem, path.parent.name
    problems = []
    if not SLUG_RE.match(slug):
        message = f"{path.name!r} must be <slug>.md with a lowercase a-z0-9- slug"
        problems.append(doc.problem_at(1, "file name", message))
    elif len(slug) > SLUG_LENGTH:
        message = f"{path.name!r}: the slug is {len(slug)} characters long; at most {SLUG_LENGTH}"
        problems.append(doc.problem_at(1, "file name", message))
    elif (taken := collision("entries", slug)) is not None:
        problems.append(doc.problem_at(1, "file name", f"{path.name!r}: the slug {slug!r} {taken}"))
    if len(path.parts) != 3 or not _YEAR.match(year):
        message = f"entries live in entries/<YYYY>/<slug>.md, not {src!r}"
        problems.append(doc.problem_at(1, "file name", message))
    elif meta is not None and str(meta.date.year) != year:
        message = f"is in {meta.date.year} but the file is in the {year} folder"
        problems.append(doc.problem(("date",), "date", message, "warning"))
    return problems


def _date_warnings(doc: Document, meta: EntryMeta) -> list[Problem]:
    problems = []
    if meta.added is not None and _day(meta.added) < _day(meta.date):
        message = f"is before the article's date ({_day(meta.date)}); is one of them a typo?"
        problems.append(doc.problem(("added",), "added", message, "warning"))
    for name in ("date", "added"):
        value = getattr(meta, name)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            message = "has no time zone and is read as UTC; add one, e.g. 'Z' or '+02:00'"
            problems.append(doc.problem((name,), name, message, "warning"))
    return problems


# What may follow a name after a comma (`Martin Luther King, Jr.`): anything else is a role or
# an organization pasted into the name, which would give the person a page of that whole text.
_NAME_SUFFIXES = frozenset(
    "jr jr. sr sr. ii iii iv phd ph.d. md m.d. esq esq. obe mbe cbe kbe qc kc mp".split()
)


def _speaker_warnings(doc: Document, meta: EntryMeta) -> list[Problem]:
    problems = []
    for index, quote in enumerate(meta.quotes):
        name, _, after = quote.speaker.rpartition(",")
        after = after.strip()
        if name and after and after.casefold() not in _NAME_SUFFIXES:
            message = (
                f"holds a comma: is {after!r} a role or an organization? The speaker is the name "
                f"alone ({name.strip()!r}); write the rest under role: or organization:"
            )
            where = ("quotes", index, "speaker")
            problems.append(doc.problem(where, field_name(where), message, "warning"))
    return problems


def make_entry(
    src: str,
    meta: EntryMeta,
    writeup: Rendered,
    organizations: list[str],
    quote_orgs: list[str | None],
) -> Entry:
    path = PurePosixPath(src)
    quotes = tuple(
        Quote(q.text, q.speaker, person_slug(q.speaker), q.role, org)
        for q, org in zip(meta.quotes, quote_orgs, strict=True)
    )
    return Entry(
        src=src,
        slug=path.stem,
        year=path.parent.name,
        title=meta.title,
        published=as_datetime(meta.date),
        published_is_date=not isinstance(meta.date, dt.datetime),
        added=as_datetime(meta.added if meta.added is not None else meta.date),
        source=meta.source,
        topics=tuple(dict.fromkeys(meta.topics)),
        # A speaker's organization is named by the entry too: readers following it expect it.
        organizations=tuple(dict.fromkeys([*organizations, *(o for o in quote_orgs if o)])),
        quotes=quotes,
        summary=meta.summary or writeup.summary,
        summary_is_lead=meta.summary is None and bool(writeup.lead),
        writeup=writeup,
        draft=meta.draft,
    )


def entry_ref(doc: Document, entry: Entry) -> EntryRef:
    written = isinstance(doc.data, dict) and "added" in doc.data
    added_field = "added" if written else "date"
    return EntryRef(
        display=doc.display,
        slug=entry.slug,
        source_key=normalize_source_url(entry.source.url),
        source_line=doc.line(("source", "url")),
        added=entry.added,
        added_line=doc.line((added_field,)),
        draft=entry.draft,
        speakers=_speakers(doc, entry),
        src=entry.src,
        added_field=added_field,
    )


def _speakers(doc: Document, entry: Entry) -> tuple[tuple[str, str, int], ...]:
    """Each speaker once, with their page's slug and the line of their first quote."""
    seen: dict[str, tuple[str, str, int]] = {}
    for index, quote in enumerate(entry.quotes):
        line = doc.line(("quotes", index, "speaker"))
        seen.setdefault(quote.speaker, (quote.speaker, quote.person, line))
    return tuple(seen.values())


def _usable_name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and forbidden_char(value) is None


def _references(
    doc: Document, data: Any, taxonomy: Taxonomy
) -> tuple[list[str], list[str | None], list[Problem]]:
    """Topics and organizations must exist. Reads the raw data, so that it reports even when
    other fields of the same entry are broken (values the schema refuses are skipped)."""
    problems: list[Problem] = []
    if not isinstance(data, dict) or not (taxonomy.topics_loaded and taxonomy.organizations_loaded):
        return [], [], problems
    topics = data.get("topics")
    seen: set[str] = set()
    for index, topic in enumerate(topics[:MAX_TOPICS] if isinstance(topics, list) else []):
        if not isinstance(topic, str) or not topic.strip():
            continue
        where = ("topics", index)
        problem = taxonomy.topic_problem(topic)
        if problem is not None:
            problems.append(doc.problem(where, field_name(where), problem))
        elif topic in seen:
            message = f"{topic!r} is listed twice"
            problems.append(doc.problem(where, field_name(where), message, "warning"))
        seen.add(topic)
    organizations: list[str] = []
    names = data.get("organizations")
    for index, name in enumerate(names[:MAX_ORGANIZATIONS] if isinstance(names, list) else []):
        if not _usable_name(name):
            continue
        where = ("organizations", index)
        resolved = taxonomy.resolve_org(name)
        if resolved is None:
            problems.append(doc.problem(where, field_name(where), taxonomy.unknown_org(name)))
        elif resolved in organizations:
            message = f"{name!r} is listed twice (as {resolved!r})"
            problems.append(doc.problem(where, field_name(where), message, "warning"))
        else:
            organizations.append(resolved)
    quote_orgs: list[str | None] = []
    quotes = data.get("quotes")
    for index, quote in enumerate(quotes[:MAX_QUOTES] if isinstance(quotes, list) else []):
        name = quote.get("organization") if isinstance(quote, dict) else None
        usable = isinstance(name, str) and _usable_name(name)
        resolved = taxonomy.resolve_org(name) if usable and isinstance(name, str) else None
        if usable and isinstance(name, str) and resolved is None:
            quote_where = ("quotes", index, "organization")
            message = taxonomy.unknown_org(name)
            problems.append(doc.problem(quote_where, field_name(quote_where), message))
        quote_orgs.append(resolved)
    return organizations, quote_orgs, problems
