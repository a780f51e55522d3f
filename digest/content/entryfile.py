"""One entry file to its outcome: the one way an entry is validated, wherever that runs.

`digest check`, the MkDocs plugin and `digest generate` all validate an entry file with
`check_entry_file`, in the build process or in a worker; `light` keeps only what the checks
across files need (for `digest check`, which never builds pages).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from digest.content.files import EntryFile
from digest.content.loader import load_markdown
from digest.content.reads import Reads, read_inputs, recording
from digest.content.rendering import MarkdownConfig
from digest.content.validation import entry_ref, path_problems, validate_entry
from digest.model.entry import Entry, EntryRef
from digest.model.problems import Problem
from digest.model.taxonomy import Taxonomy

Links = tuple[tuple[str, int], ...]  # (site source path, line) of a write-up's relative links


@dataclass(frozen=True)
class Outcome:
    """An entry file validated: its problems and, when valid, the entry and its reference;
    `reads`: other files its rendering read (see `digest.content.reads`)."""

    problems: list[Problem]
    entry: Entry | None
    ref: EntryRef | None
    reads: Reads = ()


@dataclass(frozen=True)
class CheckOutcome:
    """What `digest check` keeps of an outcome: problems, reference, links and people."""

    problems: list[Problem]
    ref: EntryRef | None
    links: Links
    people: tuple[str, ...]
    reads: Reads = ()


def check_entry_file(
    file: EntryFile,
    taxonomy: Taxonomy,
    markdown: MarkdownConfig,
    read: tuple[bytes, int] | None = None,
) -> Outcome:
    """Load and validate one entry file (`read`: its bytes and size, when already read),
    with the other files its rendering read."""
    with recording() as opened:
        outcome = _checked(file, taxonomy, markdown, read)
    reads = read_inputs(opened, str(file.path))
    return replace(outcome, reads=reads) if reads else outcome


def _checked(
    file: EntryFile, taxonomy: Taxonomy, markdown: MarkdownConfig, read: tuple[bytes, int] | None
) -> Outcome:
    doc, problems = load_markdown(file.path, read=read)
    if problems:
        if doc.data is None:  # unreadable: its name and folder are still said
            found = sorted([*path_problems(doc, file.src), *problems], key=lambda p: p.line)
            return Outcome(found, None, None)
        # The file was read with its refused values left out (a duplicate key, a YAML tag):
        # every other problem is reported too, but none about a value already reported.
        refused = {problem.field for problem in problems}
        _, found = validate_entry(doc, file.src, taxonomy, markdown)
        found = [problem for problem in found if problem.field not in refused]
        return Outcome(sorted(problems + found, key=lambda p: p.line), None, None)
    entry, found = validate_entry(doc, file.src, taxonomy, markdown)
    return Outcome(found, entry, entry_ref(doc, entry) if entry is not None else None)


def light(outcome: Outcome) -> CheckOutcome:
    entry = outcome.entry
    if entry is None:
        return CheckOutcome(outcome.problems, outcome.ref, (), (), outcome.reads)
    people = tuple(sorted({q.person for q in entry.quotes}))
    return CheckOutcome(outcome.problems, outcome.ref, entry.writeup.links, people, outcome.reads)
