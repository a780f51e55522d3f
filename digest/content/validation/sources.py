"""An entry's source as reviewers and `digest verify` rely on it: an archive that is one, and
a host whose letters a reviewer can read."""

from __future__ import annotations

from digest.content.linktext import idn_warning
from digest.content.loader import Document
from digest.model.archives import archive_problem
from digest.model.problems import Problem
from digest.model.schema import Source


def check_source(doc: Document, source: Source) -> list[Problem]:
    problems = []
    if source.archive is not None:
        problem = archive_problem(source.archive, source.url)
        if problem is not None:
            problems.append(doc.problem(("source", "archive"), "source.archive", problem))
    idn = idn_warning(source.url)
    if idn is not None:
        message = f"{idn}: check that it is the publisher's own"
        problems.append(doc.problem(("source", "url"), "source.url", message, "warning"))
    return problems
