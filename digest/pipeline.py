"""The core's one entry point: a content folder in, validated entries and problems out.

Used by the `digest` command and by the MkDocs plugin alike, so both report the same problems.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import gc
import multiprocessing
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
    light: bool = False  # entries are summaries (a parallel `digest check`), not for building

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


_ENTRY_LIKE = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")


def find_entry_files(layout: Layout) -> tuple[list[Path], list[Problem]]:
    """Every `*.md` under the entries folder, sorted.

    Refused, each with a problem: symlinked folders, symlinked files that point outside the
    content folder, broken symlinks and symlink loops, and unreadable folders. Hidden files and
    folders (`.name`) are skipped, as MkDocs skips them. Files that look like entries but are
    not named `.md` (`x.markdown`, `x.MD`) get a warning: they would silently not be published.
    """
    base = layout.entries_dir
    if not base.is_dir():
        return [], []
    root = Path(os.path.realpath(layout.root))
    problems: list[Problem] = []
    if not _inside(Path(os.path.realpath(base)), root):
        return [], list(filter(None, [_symlink_problem(base, root, "folder")]))
    files: list[Path] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else base
        reason = error.strerror or str(error)
        problems.append(
            Problem(display_path(where), 1, "error", "file", f"cannot be read: {reason}")
        )

    for folder, dirs, names in os.walk(base, onerror=unreadable):
        folder_path = Path(folder)
        for name in list(dirs):
            path = folder_path / name
            if name.startswith("."):  # hidden, as MkDocs treats them: .git, editor folders
                dirs.remove(name)
            elif path.is_symlink():
                dirs.remove(name)
                problems.extend(filter(None, [_symlink_problem(path, root, "folder")]))
        dirs.sort()
        for name in sorted(names):
            path = folder_path / name
            if name.startswith("."):  # hidden: editors' lock and swap files (.#x.md), as MkDocs
                continue
            if not name.endswith(".md"):
                if name.lower().endswith(_ENTRY_LIKE):
                    problems.append(
                        Problem(
                            display_path(path),
                            1,
                            "warning",
                            "file name",
                            "is not read: entries must be named <slug>.md",
                        )
                    )
                continue
            if path.is_symlink():
                problem = _symlink_problem(path, root, "file")
                if problem is not None:
                    problems.append(problem)
                    continue
            if not path.is_file():  # a FIFO or device would block the build
                problems.append(
                    Problem(display_path(path), 1, "error", "file", "is not a regular file")
                )
                continue
            files.append(path)
    return files, problems


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _symlink_problem(path: Path, root: Path, kind: str) -> Problem | None:
    """Why the symlink `path` is refused; None for a file symlink that stays in the content."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop, before Python 3.13
        looped = isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP
        message = "is a symlink loop" if looped else "is a broken symlink"
        return Problem(display_path(path), 1, "error", "file", message)
    if _inside(target, root):
        if kind == "file":
            return None
        where = "elsewhere in the content"
    else:
        where = "outside the content folder"
    return Problem(
        display_path(path),
        1,
        "error",
        "file",
        f"is a symlinked {kind} pointing {where}; entries must be real files",
    )


def check_content(
    layout: Layout, cache: DocumentCache | None = None, *, check_only: bool = False
) -> Checked:
    """Load and validate every entry and taxonomy file; collect every problem at once.

    `check_only` (for `digest check`) may validate large corpora on several cores; its entries
    are then summaries, good for counting and notes but not for building pages.
    """
    # Thousands of parsed documents stay alive: the cyclic collector would walk them all again
    # and again while they are created (a third of the time at 10,000 entries). Nothing here
    # makes cycles worth collecting.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check_content(layout, cache, check_only)
    finally:
        if collecting:
            gc.enable()


PARALLEL_MIN_FILES = 1500
_worker_taxonomy: Taxonomy | None = None  # set before forking, read by the workers


@dataclass(frozen=True)
class _Where:
    """What the duplicate check needs of a document, small enough to send between processes."""

    display: str
    url_line: int

    def line(self, location) -> int:
        return self.url_line


@dataclass(frozen=True)
class _Light:
    """What `digest check` needs of a valid entry: duplicates and scheduling, nothing to render.

    Sending whole validated entries back from the workers would cost more than it saves.
    """

    display: str
    slug: str
    source_url: str
    added: dt.datetime
    added_line: int


def _validate_files(items: list[tuple[Path, str]]):
    """Load and validate a share of the entries (in a worker process)."""
    assert _worker_taxonomy is not None
    out = []
    for path, src in items:
        doc = load_markdown(path)
        entry = validate_entry(doc, src, _worker_taxonomy)
        light = None
        if entry is not None:
            light = _Light(
                entry.display, entry.slug, entry.source_url, entry.added, entry.added_line
            )
        out.append((doc.problems, light, _Where(doc.display, doc.line(("source", "url")))))
    return out


def _validate_in_parallel(items: list[tuple[Path, str]], taxonomy: Taxonomy):
    """Large corpora on several cores: `digest check` on 10,000 entries stays quick. Forked
    workers inherit the taxonomy; only file names go out and results come back."""
    global _worker_taxonomy
    workers = min(os.cpu_count() or 1, 8)
    chunks = [items[i :: workers * 4] for i in range(workers * 4)]
    _worker_taxonomy = taxonomy
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(_validate_files, chunks)
    finally:
        _worker_taxonomy = None
    merged = {}
    for chunk, result in zip(chunks, results, strict=True):
        for (path, _), outcome in zip(chunk, result, strict=True):
            merged[path] = outcome
    return [merged[path] for path, _ in items]


def _can_fork() -> bool:
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


def _check_content(layout: Layout, cache: DocumentCache | None, parallel: bool) -> Checked:
    cache = cache or DocumentCache()
    topics_path = layout.root / layout.topics
    orgs_path = layout.root / layout.organizations
    problems: list[Problem] = []
    docs: dict[str, Document | None] = {}
    for name, path in (("topics", topics_path), ("organizations", orgs_path)):
        if path.is_symlink() and not _inside(path.resolve(), layout.root.resolve()):
            docs[name] = None
            problems.append(_symlink_problem(path, layout.root.resolve(), "file"))
        elif path.is_file():
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
    valid_pairs: list[tuple[Document | _Where, ValidEntry]] = []
    if parallel and len(files) >= PARALLEL_MIN_FILES and _can_fork():
        items = [(path, path.relative_to(layout.root).as_posix()) for path in files]
        for file_problems, entry, where in _validate_in_parallel(items, taxonomy):
            problems.extend(file_problems)
            if entry is not None:
                valid_pairs.append((where, entry))
        files = []
        checked.light = True
    for path in files:
        doc = cache.get(path, load_markdown)
        doc = dataclasses.replace(doc, problems=list(doc.problems))
        src = path.relative_to(layout.root).as_posix()
        entry = validate_entry(doc, src, taxonomy)
        problems.extend(doc.problems)
        if entry is not None:
            valid_pairs.append((doc, entry))
    duplicates = check_duplicates(valid_pairs)
    problems.extend(duplicates)
    refused = {p.path for p in duplicates if p.severity == "error"}
    checked.entries = [entry for _, entry in valid_pairs if entry.display not in refused]
    checked.problems = sort_problems(problems)
    return checked


def now_utc() -> dt.datetime:
    """The build's notion of now; SOURCE_DATE_EPOCH makes builds reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC)


def _scheduled_note(valid: ValidEntry, added: dt.datetime) -> Problem:
    when = added.astimezone(dt.UTC)
    return Problem(
        valid.display,
        valid.added_line,
        "note",
        "added",
        f"scheduled for {when:%Y-%m-%d %H:%M} UTC; left out until then",
    )


def scheduled_notes(checked: Checked, now: dt.datetime | None = None) -> list[Problem]:
    """A note for every entry whose `added` is still in the future (cheap: no pages built)."""
    now = now or now_utc()
    notes = []
    for valid in checked.entries:
        added = valid.added
        if added > now:
            notes.append(_scheduled_note(valid, added))
    return notes


def publishable(
    checked: Checked, *, include_drafts: bool = False, now: dt.datetime | None = None
) -> tuple[list[Entry], list[Problem]]:
    """The entries a build publishes: no drafts (unless previewing), nothing scheduled later."""
    now = now or now_utc()
    out: list[Entry] = []
    notes: list[Problem] = []
    for valid in checked.entries:
        if valid.meta.draft and not include_drafts:
            continue
        added = valid.added
        if added > now:
            notes.append(_scheduled_note(valid, added))
            continue
        out.append(make_entry(valid))
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
    assert not checked.light
    entries, notes = publishable(checked, include_drafts=include_drafts, now=now)
    return build_corpus(entries, checked.taxonomy), checked.problems + notes
