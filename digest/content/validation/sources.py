"""An entry's source as reviewers and `digest verify` rely on it: an archive that is one, and
a host whose letters a reviewer can read."""

from __future__ import annotations

import unicodedata

from digest.content.loader import Document
from digest.model.archives import archive_problem
from digest.model.problems import Problem
from digest.model.schema import Source
from digest.model.weburl import idn_host


def check_source(doc: Document, source: Source) -> list[Problem]:
    problems = []
    if source.archive is not None:
        problem = archive_problem(source.archive, source.url)
        if problem is not None:
            problems.append(doc.problem(("source", "archive"), "source.archive", problem))
    idn = idn_host(source.url)
    if idn is not None:
        ascii_host, shown = idn
        scripts = _scripts(shown)
        others = ", ".join(sorted(scripts - {"Latin"}))
        mixed = f" ({others} letters among Latin ones)" if others and "Latin" in scripts else ""
        message = (
            f"the host {ascii_host} is the internationalised name {shown!r}{mixed}: check that "
            "it is the publisher's own"
        )
        problems.append(doc.problem(("source", "url"), "source.url", message, "warning"))
    return problems


def _scripts(text: str) -> set[str]:
    """The scripts of the letters of `text`, by the first word of their Unicode names."""
    return {unicodedata.name(char, "?").split()[0].title() for char in text if char.isalpha()}
