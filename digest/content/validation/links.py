"""Links between pages: a write-up's relative link to a `.md` file, or to an entry's, a person's,
a topic's or an organization's page by its URL, must name a published page of the site."""

from __future__ import annotations

from collections.abc import Container, Iterable

from digest.content.rendering import PAGE_AT
from digest.model.problems import Problem


def check_links(
    sources: Iterable[tuple[str, tuple[tuple[str, int], ...]]], known: Container[str]
) -> list[Problem]:
    """`sources`: (display path, ((target source path, line), ...)) per file."""
    problems = []
    for display, links in sources:
        for target, line in links:
            if target in known:
                continue
            if target.startswith(PAGE_AT):
                url = "/" + target[len(PAGE_AT) :]
                message = f"links to {url!r}, which is not a published page of the site"
            elif target.endswith(".md"):
                message = f"links to {target!r}, which is not a published page of the site"
            else:
                message = f"shows the image {target!r}, which is not a file under content/images/"
            problems.append(
                Problem(path=display, line=line, severity="error", field="body", message=message)
            )
    return problems
