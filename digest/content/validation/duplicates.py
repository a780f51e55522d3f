"""Checks across entries: a slug is used once, an article is in the digest once, a person's
page is one person's."""

from __future__ import annotations

from collections.abc import Iterable

from digest.model.entry import EntryRef
from digest.model.problems import Problem
from digest.model.urls import person_key


def check_duplicates(refs: Iterable[EntryRef]) -> list[Problem]:
    """Slugs and normalised source URLs must be unique across the corpus (one dict each).

    Every file of a clash gets the error, naming the others: the editor who adds the second
    copy sees it on their own file (and inline on their pull request), whatever the file order.
    """
    # The first holder of each key, and a group only where a key clashes: no list for each of
    # 100,000 entries (objects enough to set off a full pass of the garbage collector).
    first_slug: dict[str, EntryRef] = {}
    first_source: dict[str, EntryRef] = {}
    slugs: dict[str, list[EntryRef]] = {}
    sources: dict[str, list[EntryRef]] = {}
    for ref in refs:
        holder = first_slug.setdefault(ref.slug, ref)
        if holder is not ref:
            slugs.setdefault(ref.slug, [holder]).append(ref)
        holder = first_source.setdefault(ref.source_key, ref)
        if holder is not ref:
            sources.setdefault(ref.source_key, [holder]).append(ref)
    problems: list[Problem] = []
    for slug, group in slugs.items():
        for ref in group:
            others = ", ".join(r.display for r in group if r is not ref)
            message = f"slug {slug!r} is also used by {others}"
            problems.append(
                Problem(
                    path=ref.display, line=1, severity="error", field="file name", message=message
                )
            )
    for group in sources.values():
        for ref in group:
            others = ", ".join(r.display for r in group if r is not ref)
            problems.append(
                Problem(
                    path=ref.display,
                    line=ref.source_line,
                    severity="error",
                    field="source.url",
                    message=f"the same article is also in {others}",
                )
            )
    return problems


def check_people(refs: Iterable[EntryRef]) -> list[Problem]:
    """Speakers whose names make one page slug but say different people (`李 Wei` and
    `Wei bff084`; a name typed to land on another's hashed slug): the page would publish one's
    quotes under the other's name. Every speaker of the clash is told, at their line; the same
    person written two ways (`José`, `Jose`) is no clash."""
    first: dict[str, tuple[str, str, EntryRef, int]] = {}  # slug: (key, name, ref, line)
    clashes: dict[str, dict[tuple[str, str], tuple[str, EntryRef, int]]] = {}
    for ref in refs:
        for name, slug, line in ref.speakers:
            key = person_key(name)
            holder = first.setdefault(slug, (key, name, ref, line))
            if holder[0] != key:
                group = clashes.setdefault(slug, {(holder[0], holder[2].display): holder[1:]})
                group.setdefault((key, ref.display), (name, ref, line))
    problems = []
    for slug, group in clashes.items():
        for name, ref, line in group.values():
            others = ", ".join(
                f"{n!r} ({r.display})" for n, r, _ in group.values() if (n, r) != (name, ref)
            )
            message = (
                f"{name!r} and {others} would share the page people/{slug}/, which is one "
                "person's: write one person's name as they are written elsewhere, or the name "
                "in full"
            )
            problems.append(
                Problem(
                    path=ref.display, line=line, severity="error", field="speaker", message=message
                )
            )
    return problems
