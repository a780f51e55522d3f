"""Edition files (content/editions/<YYYY>-W<ww>.md): name, front matter, introduction, picks.

Checked in two steps. `validate_edition` reads one file on its own: a real ISO week as its name,
the schema, the introduction rendered and sanitized like every body. `check_editions` then
checks the picks against the valid entries (they must exist and be published, each at most
once per edition) and that no two files are for the same week, every error at its line.
`build_editions` finally resolves the picks to the entries a build publishes.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from digest.content.loader import Document
from digest.content.rendering import MarkdownConfig, plain_text
from digest.content.validation.schema import field_name, validate_model
from digest.content.validation.writeup import check_writeup
from digest.model.edition import (
    WEEK_FILE,
    Edition,
    EditionSection,
    iso_week,
    week_days,
    week_name,
    week_of,
)
from digest.model.entry import Entry, EntryRef
from digest.model.problems import Problem, did_you_mean, is_error
from digest.model.schema import EditionMeta, as_datetime
from digest.model.writeup import Rendered


@dataclass(frozen=True)
class Pick:
    text: str  # as written: a slug or a path
    line: int
    field: str  # as problems name it: "picks[0]", "sections[1].picks[2]"


@dataclass(frozen=True)
class EditionDraft:
    """A valid edition file whose picks are not yet resolved (they depend on the entries)."""

    src: str
    display: str
    week: str  # "2022-W37"
    title: str
    date: dt.datetime | None
    intro: Rendered
    # (heading, picks) in order; None: no picks, the week's entries.
    sections: tuple[tuple[str | None, tuple[Pick, ...]], ...] | None


def validate_edition(
    doc: Document, src: str, markdown: MarkdownConfig
) -> tuple[EditionDraft | None, list[Problem]]:
    """The edition at `src` (e.g. 'editions/2022-W37.md'), or None, with every problem found."""
    name = PurePosixPath(src).name
    problems: list[Problem] = []
    week = _week_of_name(name)
    if week is None:
        message = (
            f"{name!r} does not name an ISO week: editions are editions/<YYYY>-W<ww>.md, "
            "e.g. editions/2022-W37.md (weeks 01 to 52, or 53 in years that have it)"
        )
        problems.append(doc.problem_at(1, "file name", message))
    if doc.data is None:
        problems.append(doc.problem((), "front matter", "is empty: an edition needs a title"))
        return None, problems
    meta, found = validate_model(doc, doc.data, EditionMeta)
    problems += found
    intro, found = check_writeup(doc, src, markdown)
    problems += found
    if intro is not None and not plain_text(intro.html):
        message = "the introduction is empty: say in a few lines what this week's picks are about"
        problems.append(doc.problem_at(doc.body_line, "body", message, "warning"))
    if meta is not None and week is not None and meta.date is not None:
        monday = week_days(*week)[0]
        day = as_datetime(meta.date).astimezone(dt.UTC).date()
        if day < monday:
            message = f"is before the edition's week ({week_name(*week)} starts on {monday})"
            problems.append(doc.problem(("date",), "date", message, "warning"))
    if meta is None or intro is None or week is None or is_error(problems):
        return None, problems
    return (
        EditionDraft(
            src=src,
            display=doc.display,
            week=week_name(*week),
            title=meta.title,
            date=as_datetime(meta.date) if meta.date is not None else None,
            intro=intro,
            sections=_sections(doc, meta),
        ),
        problems,
    )


@dataclass(frozen=True)
class BrokenEdition:
    """An edition file with errors of its own: not built, but its picks are still checked
    against the entries, so that one run lists every problem."""

    display: str
    sections: tuple[tuple[str | None, tuple[Pick, ...]], ...]


def broken_edition(doc: Document) -> BrokenEdition | None:
    """The picks an edition file that failed validation names, read as written (text only)."""
    data = doc.data
    if not isinstance(data, dict):
        return None
    out: list[tuple[str | None, tuple[Pick, ...]]] = []
    places: list[tuple[object, tuple[str | int, ...]]] = [(data.get("picks"), ("picks",))]
    sections = data.get("sections")
    for n, section in enumerate(sections if isinstance(sections, list) else []):
        if isinstance(section, dict):
            places.append((section.get("picks"), ("sections", n, "picks")))
    for picks, where in places:
        if isinstance(picks, list):
            found = [
                _pick(doc, text, (*where, i))
                for i, text in enumerate(picks)
                if isinstance(text, str) and text.strip()
            ]
            out.append((None, tuple(found)))
    return BrokenEdition(doc.display, tuple(out)) if out else None


def _week_of_name(name: str) -> tuple[int, int] | None:
    match = WEEK_FILE.match(name)
    return iso_week(int(match.group(1)), int(match.group(2))) if match else None


def _sections(
    doc: Document, meta: EditionMeta
) -> tuple[tuple[str | None, tuple[Pick, ...]], ...] | None:
    if meta.picks is None and meta.sections is None:
        return None
    out: list[tuple[str | None, tuple[Pick, ...]]] = []
    if meta.picks is not None:
        out.append((None, tuple(_pick(doc, p, ("picks", i)) for i, p in enumerate(meta.picks))))
    for n, section in enumerate(meta.sections or []):
        where = ("sections", n, "picks")
        picks = tuple(_pick(doc, p, (*where, i)) for i, p in enumerate(section.picks))
        out.append((section.heading, picks))
    return tuple(out)


def _pick(doc: Document, text: str, where: tuple[str | int, ...]) -> Pick:
    return Pick(text, doc.line(where), field_name(where))


# --- Across files ------------------------------------------------------------------------------


def check_editions(
    drafts: Sequence[EditionDraft],
    refs: Iterable[EntryRef],
    entry_files: Iterable[str],
    now: dt.datetime,
    unread: Sequence[str] = (),
    broken: Sequence[BrokenEdition] = (),
) -> tuple[list[EditionDraft], list[Problem]]:
    """The editions whose picks all resolve, and a problem for every pick that does not and for
    every week that has more than one edition (on each of its files). `unread`: the taxonomy
    files that did not load, without which no entry is valid. `broken`: editions refused for
    errors of their own, whose picks are checked too."""
    valid = {ref.slug: ref for ref in refs}

    @functools.cache
    def files() -> dict[str, str]:
        """Every entry file by its name without .md (as PurePosixPath's stem, without a path
        object for each): read only for a pick that no valid entry answers, which is rare
        (at 100,000 entries, made for every rebuild of `mkdocs serve` it cost 0.1 s)."""
        return {posixpath.splitext(posixpath.basename(src))[0]: src for src in entry_files}

    problems: list[Problem] = []
    by_week: dict[str, list[EditionDraft]] = {}
    for draft in drafts:
        by_week.setdefault(draft.week, []).append(draft)
    for week, same in by_week.items():
        if len(same) > 1:
            for draft in same:
                others = ", ".join(d.display for d in same if d is not draft)
                message = f"{week} has another edition ({others}); a week has at most one"
                problems.append(_problem(draft, 1, "file name", message))
    refused = {p.path for p in problems}
    kept = []
    for draft in drafts:
        found = _check_picks(draft, valid, files, now, unread)
        problems += found
        if not found and draft.display not in refused:
            kept.append(draft)
    for edition in broken:
        problems += _check_picks(edition, valid, files, now, unread)
    return kept, problems


def _problem(draft: EditionDraft | BrokenEdition, line: int, field: str, message: str) -> Problem:
    return Problem(path=draft.display, line=line, severity="error", field=field, message=message)


# Unknown picks of one edition that get a "did you mean": each compares the pick with every
# entry's slug (about 25 ms at 100,000 entries), and a file may list thousands of picks.
SUGGESTED_PICKS = 50


def _check_picks(
    draft: EditionDraft | BrokenEdition,
    valid: dict[str, EntryRef],
    files: Callable[[], dict[str, str]],
    now: dt.datetime,
    unread: Sequence[str],
) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for _, picks in draft.sections or ():
        for pick in picks:
            suggest = len(problems) < SUGGESTED_PICKS
            slug, message = _resolve(pick.text, valid, files, now, unread, suggest)
            if message is None and slug in seen:
                message = f"{pick.text!r} is already in this edition (line {seen[slug]})"
            if message is not None:
                problems.append(_problem(draft, pick.line, pick.field, message))
            elif slug is not None:
                seen[slug] = pick.line
    return problems


def _resolve(
    text: str,
    valid: dict[str, EntryRef],
    files: Callable[[], dict[str, str]],
    now: dt.datetime,
    unread: Sequence[str] = (),
    suggest: bool = True,
) -> tuple[str | None, str | None]:
    """(slug, None) for a publishable entry, else (None, why not). A valid entry is its slug's
    only file (two files of one slug are both refused), so `files` is read only without one."""
    if "/" in text or text.endswith(".md"):
        path = PurePosixPath(text.removeprefix("./"))
        slug = path.stem
        if len(path.parts) != 3 or path.parts[0] != "entries" or path.suffix != ".md":
            return None, f"{text!r} is not an entry: name a slug or entries/<YYYY>/<slug>.md"
        answered = slug in valid and valid[slug].src == path.as_posix()
        if not answered and files().get(slug) != path.as_posix():
            hint = _suggest(slug, files()) if suggest else ""
            return None, f"{text!r} is not an entry of the digest" + hint
    else:
        slug = text
        if slug not in valid and slug not in files():
            hint = _suggest(slug, files()) if suggest else ""
            return None, f"{text!r} is not an entry of the digest" + hint
    ref = valid.get(slug)
    if ref is None and unread:
        where = " and ".join(unread)
        return None, f"{text!r} cannot be checked until the errors in {where} are fixed"
    if ref is None:
        return None, f"{text!r} is not a valid entry: fix the errors in {files()[slug]} first"
    if ref.draft:
        return None, f"{text!r} is a draft; an edition picks published entries only"
    if ref.added > now:
        when = ref.added.astimezone(dt.UTC)
        return None, (
            f"{text!r} is scheduled for {when:%Y-%m-%d %H:%M} UTC; an edition picks published "
            "entries only"
        )
    return slug, None


def _suggest(slug: str, files: dict[str, str]) -> str:
    return did_you_mean(slug, {s: repr(s) for s in files}, key=str)


# --- What a build publishes --------------------------------------------------------------------


def build_editions(
    drafts: Iterable[EditionDraft], entries: Sequence[Entry], now: dt.datetime
) -> tuple[list[Edition], list[Problem]]:
    """Editions newest week first, picks resolved to `entries` (newest first, as the corpus
    orders them); an edition dated later than `now` is left out until then, with a note."""
    by_slug = {entry.slug: entry for entry in entries}
    by_week: dict[tuple[int, int], list[Entry]] = {}
    for entry in entries:
        if not entry.draft:
            by_week.setdefault(week_of(entry.added), []).append(entry)
    editions: list[Edition] = []
    notes: list[Problem] = []
    for draft in drafts:
        year, number = int(draft.week[:4]), int(draft.week[6:])
        date = draft.date or as_datetime(week_days(year, number)[1])
        if date > now:
            when = date.astimezone(dt.UTC)
            message = f"scheduled for {when:%Y-%m-%d %H:%M} UTC; left out until then"
            notes.append(
                Problem(path=draft.display, line=1, severity="note", field="date", message=message)
            )
            continue
        sections: tuple[EditionSection, ...]
        if draft.sections is None:
            sections = (EditionSection(None, tuple(by_week.get((year, number), []))),)
        else:
            sections = tuple(
                EditionSection(
                    heading, tuple(by_slug[s] for p in picks if (s := _slug(p.text)) in by_slug)
                )
                for heading, picks in draft.sections
            )
        editions.append(
            Edition(
                src=draft.src,
                week=draft.week,
                title=draft.title,
                date=date,
                intro=draft.intro,
                sections=sections,
                picked=draft.sections is not None,
            )
        )
    editions.sort(key=lambda e: e.week, reverse=True)
    return editions, notes


def _slug(text: str) -> str:
    return PurePosixPath(text).stem if ("/" in text or text.endswith(".md")) else text
