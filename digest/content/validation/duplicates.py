"""Checks across entries: a slug is used once, an article is in the digest once."""

from __future__ import annotations

from collections.abc import Iterable

from digest.model.entry import EntryRef
from digest.model.problems import Problem


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
