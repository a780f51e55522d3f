"""The core's one entry point: a content folder in, validated entries and problems out.

Used by the `digest` command and by the MkDocs plugin alike, so both report the same problems.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Corpus, Entry, build_corpus, make_entry
from .loader import Document, display_path, file_key, load_markdown, load_yaml_file
from .problems import Problem, sort_problems
from .validation import Taxonomy, ValidEntry, check_duplicates, load_taxonomy, validate_entry


@dataclass(frozen=True)
class Layout:
    """Where content lives (SPEC §5): the docs folder and the names inside it."""

    root: Path
    entries: str = "entries"
    topics: str = "topics.yml"
    organizations: str = "organizations.yml"

    @property
    def entries_dir(self) -> Path:
        return self.root / self.entries


class DocumentCache:
    """Parsed files by path, reused while their modification time and size are unchanged.

    `mkdocs serve` rebuilds after every save; only the edited files are parsed again.
    """

    def __init__(self) -> None:
        self._docs: dict[Path, tuple[tuple[int, int] | None, Document]] = {}

    def get(self, path: Path, load) -> Document:
        key = file_key(path)
        cached = self._docs.get(path)
        if cached is not None and key is not None and cached[0] == key:
            return cached[1]
        doc = load(path)
        self._docs[path] = (key, doc)
        return doc


@dataclass
class Checked:
    taxonomy: Taxonomy
    entries: list[ValidEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def find_entry_files(layout: Layout) -> tuple[list[Path], list[Problem]]:
    """Every `*.md` under the entries folder, sorted; symlinks leading outside are refused."""
    base = layout.entries_dir
    if not base.is_dir():
        return [], []
    root = layout.root.resolve()
    files: list[Path] = []
    problems: list[Problem] = []
    for folder, dirs, names in os.walk(base):
        folder_path = Path(folder)
        for name in list(dirs):
            path = folder_path / name
            if path.is_symlink():
                dirs.remove(name)
                problems.append(_symlink_problem(path, root, "folder"))
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(".md"):
                continue
            path = folder_path / name
            if path.is_symlink() and not _inside(path.resolve(), root):
                problems.append(_symlink_problem(path, root, "file"))
                continue
            files.append(path)
    return files, problems


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _symlink_problem(path: Path, root: Path, kind: str) -> Problem:
    target = path.resolve()
    where = (
        "outside the content folder" if not _inside(target, root) else "elsewhere in the content"
    )
    return Problem(
        display_path(path),
        1,
        "error",
        "file",
        f"is a symlinked {kind} pointing {where}; entries must be real files",
    )


def check_content(layout: Layout, cache: DocumentCache | None = None) -> Checked:
    """Load and validate every entry and taxonomy file; collect every problem at once."""
    cache = cache or DocumentCache()
    topics_path = layout.root / layout.topics
    orgs_path = layout.root / layout.organizations
    problems: list[Problem] = []
    docs: dict[str, Document | None] = {}
    for name, path in (("topics", topics_path), ("organizations", orgs_path)):
        if path.is_file():
            docs[name] = dataclasses.replace(cache.get(path, load_yaml_file))
            docs[name].problems = list(docs[name].problems)
        else:
            docs[name] = None
            problems.append(
                Problem(
                    display_path(path),
                    1,
                    "error",
                    "file",
                    f"is missing: the {name} taxonomy is required",
                )
            )
    taxonomy, taxonomy_problems = load_taxonomy(docs["topics"], docs["organizations"])
    problems.extend(taxonomy_problems)

    files, file_problems = find_entry_files(layout)
    problems.extend(file_problems)
    checked = Checked(taxonomy)
    valid_pairs: list[tuple[Document, ValidEntry]] = []
    for path in files:
        doc = cache.get(path, load_markdown)
        doc = dataclasses.replace(doc, problems=list(doc.problems))
        src = path.relative_to(layout.root).as_posix()
        entry = validate_entry(doc, src, taxonomy)
        problems.extend(doc.problems)
        if entry is not None:
            valid_pairs.append((doc, entry))
    problems.extend(check_duplicates(valid_pairs))
    checked.entries = [entry for _, entry in valid_pairs]
    checked.problems = sort_problems(problems)
    return checked


def now_utc() -> dt.datetime:
    """The build's notion of now; SOURCE_DATE_EPOCH makes builds reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC)


def publishable(
    checked: Checked, *, include_drafts: bool = False, now: dt.datetime | None = None
) -> tuple[list[Entry], list[Problem]]:
    """The entries a build publishes: no drafts (unless previewing), nothing scheduled later."""
    now = now or now_utc()
    out: list[Entry] = []
    notes: list[Problem] = []
    for valid in checked.entries:
        entry = make_entry(valid)
        if entry.draft and not include_drafts:
            continue
        if entry.added > now:
            notes.append(
                Problem(
                    valid.display,
                    1,
                    "note",
                    "added",
                    f"scheduled for {entry.added:%Y-%m-%d %H:%M} UTC; left out until then",
                )
            )
            continue
        out.append(entry)
    return out, notes


def load_corpus(
    layout: Layout,
    *,
    include_drafts: bool = False,
    now: dt.datetime | None = None,
    cache: DocumentCache | None = None,
) -> tuple[Corpus | None, list[Problem]]:
    """Everything a build needs, or None when any error must stop the build."""
    checked = check_content(layout, cache)
    if not checked.ok:
        return None, checked.problems
    entries, notes = publishable(checked, include_drafts=include_drafts, now=now)
    return build_corpus(entries, checked.taxonomy), checked.problems + notes
