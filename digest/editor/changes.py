"""What a branch changes in the content folder compared with a base: for `digest summary`.

Entries are compared as raw data (a broken entry is still a change worth listing), taxonomy
files record by record, and problems by identity (file, severity, field, message), so that
shifted line numbers do not make an old problem look new.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.build.pipeline import check_content
from digest.content.files import find_entry_files
from digest.content.layout import Layout
from digest.content.loader import display_path, load_markdown, load_yaml_file
from digest.content.siteconfig import layout_for
from digest.model.problems import Problem

TAXONOMY_FILES = (("topic", "topics.yml"), ("organization", "organizations.yml"))


@dataclass(frozen=True)
class EntryInfo:
    """An entry file as written, valid or not."""

    rel: str  # path under the content folder
    display: str
    data: dict[str, Any]
    body: str

    @property
    def title(self) -> str:
        title = self.data.get("title")
        return title.strip() if isinstance(title, str) and title.strip() else self.rel

    def _source(self, key: str) -> str | None:
        source = self.data.get("source")
        value = source.get(key) if isinstance(source, dict) else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    @property
    def url(self) -> str | None:
        return self._source("url")

    @property
    def publisher(self) -> str | None:
        return self._source("publisher")

    @property
    def quotes(self) -> list[tuple[str, str]]:
        """(text, speaker) of each quote, empty strings where missing."""
        out = []
        quotes = self.data.get("quotes")
        for quote in quotes if isinstance(quotes, list) else []:
            if isinstance(quote, dict):
                text, speaker = quote.get("text"), quote.get("speaker")
                out.append(
                    (
                        text.strip() if isinstance(text, str) else "",
                        speaker.strip() if isinstance(speaker, str) else "",
                    )
                )
        return out


@dataclass(frozen=True)
class ChangedEntry:
    entry: EntryInfo
    quotes_added: list[tuple[str, str]]
    quotes_removed: list[tuple[str, str]]


@dataclass(frozen=True)
class RecordChange:
    kind: str  # "topic" or "organization"
    what: str  # "added", "changed" or "removed"
    slug: str
    record: Any


@dataclass
class Changes:
    added: list[EntryInfo] = field(default_factory=list)
    changed: list[ChangedEntry] = field(default_factory=list)
    removed: list[EntryInfo] = field(default_factory=list)
    records: list[RecordChange] = field(default_factory=list)
    new_problems: list[Problem] = field(default_factory=list)


def _entries(root: Path) -> dict[str, EntryInfo]:
    files, _ = find_entry_files(Layout(root))
    out: dict[str, EntryInfo] = {}
    for path in files:
        doc, _ = load_markdown(path)
        data = doc.data if isinstance(doc.data, dict) else {}
        rel = path.relative_to(root).as_posix()
        out[rel] = EntryInfo(rel, doc.display, data, doc.body)
    return out


def _records(path: Path) -> dict[Any, Any]:
    if not path.is_file():
        return {}
    data = load_yaml_file(path)[0].data
    return data if isinstance(data, dict) else {}


def _record_changes(head_root: Path, base_root: Path) -> list[RecordChange]:
    changes = []
    for kind, name in TAXONOMY_FILES:
        now, then = _records(head_root / name), _records(base_root / name)
        changes += [RecordChange(kind, "added", k, now[k]) for k in now if k not in then]
        changes += [
            RecordChange(kind, "changed", k, now[k]) for k in now if k in then and now[k] != then[k]
        ]
        changes += [RecordChange(kind, "removed", k, then[k]) for k in then if k not in now]
    return changes


def _problem_key(problem: Problem, root: Path) -> tuple[str, str, str, str]:
    """A problem's identity regardless of where the folder is and of shifted line numbers."""
    try:
        rel = Path(os.path.abspath(problem.path)).relative_to(root.resolve()).as_posix()
    except ValueError:
        rel = problem.path
    return (rel, problem.severity, problem.field, problem.message)


def _new_problems(head_root: Path, base_root: Path) -> list[Problem]:
    head = layout_for(head_root)  # the base is checked with the same nav and Markdown settings
    base = dataclasses.replace(head, root=base_root)
    base_keys = Counter(_problem_key(p, base_root) for p in check_content(base).problems)
    new = []
    for problem in check_content(head).problems:
        key = _problem_key(problem, head_root)
        if base_keys[key] > 0:
            base_keys[key] -= 1
        else:
            new.append(problem)
    return new


def compare(head_root: Path, base_root: Path) -> Changes:
    """Entries added, changed (with their quotes) and removed; taxonomy records; new problems."""
    changes = Changes()
    head, base = _entries(head_root), _entries(base_root)
    for rel, entry in sorted(head.items()):
        before = base.get(rel)
        if before is None:
            changes.added.append(entry)
        elif (before.data, before.body) != (entry.data, entry.body):
            added = [q for q in entry.quotes if q not in before.quotes]
            removed = [q for q in before.quotes if q not in entry.quotes]
            changes.changed.append(ChangedEntry(entry, added, removed))
    changes.removed = [
        EntryInfo(rel, display_path(head_root / rel), entry.data, entry.body)
        for rel, entry in sorted(base.items())
        if rel not in head
    ]
    changes.records = _record_changes(head_root, base_root)
    changes.new_problems = _new_problems(head_root, base_root)
    return changes
