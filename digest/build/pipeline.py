"""The core's one entry point: a content folder in, validated entries, pages and problems out.

Used by the `digest` command and by the MkDocs plugin alike, so both report the same problems.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.build.cache import BuildCache, content_key
from digest.build.forked import can_fork
from digest.content.files import GENERATED_PAGES, ContentFiles, find_content
from digest.content.layout import Layout
from digest.content.loader import (
    MAX_FILE_BYTES,
    Loaded,
    display_path,
    file_key,
    load_markdown,
    load_yaml_file,
    read_limited,
)
from digest.content.rendering import MarkdownConfig
from digest.content.validation import (
    check_duplicates,
    check_links,
    entry_ref,
    load_taxonomy,
    validate_entry,
    validate_page,
)
from digest.content.validation.editions import (
    EditionDraft,
    build_editions,
    check_editions,
    validate_edition,
)
from digest.model.corpus import Corpus, appearances, build_corpus
from digest.model.entry import Entry, EntryRef
from digest.model.problems import Problem, is_error, sort_problems
from digest.model.taxonomy import Taxonomy
from digest.model.writeup import Page


class ContentCache:
    """Parsed and validated files by path, reused while their modification time and size are
    unchanged: `mkdocs serve` rebuilds after every save, and only edited files are redone."""

    def __init__(self) -> None:
        self._loaded: dict[Path, tuple[tuple[int, int] | None, Loaded]] = {}
        self._valid: dict[Path, tuple[object, tuple[Entry | None, list[Problem]]]] = {}

    def load(self, path: Path, load: Callable[[Path], Loaded]) -> Loaded:
        key = file_key(path)
        cached = self._loaded.get(path)
        if cached is not None and key is not None and cached[0] == key:
            return cached[1]
        loaded = load(path)
        self._loaded[path] = (key, loaded)
        return loaded

    def validated(
        self, path: Path, token: object, make: Callable[[], tuple[Entry | None, list[Problem]]]
    ) -> tuple[Entry | None, list[Problem]]:
        token = (file_key(path), token)
        cached = self._valid.get(path)
        if cached is not None and cached[0] == token:
            return cached[1]
        result = make()
        self._valid[path] = (token, result)
        return result


@dataclass
class Checked:
    taxonomy: Taxonomy
    entries: list[Entry] = field(default_factory=list)  # empty for a parallel `digest check`
    refs: list[EntryRef] = field(default_factory=list)  # every valid entry
    pages: list[Page] = field(default_factory=list)
    images: list[Path] = field(default_factory=list)
    editions: list[Path] = field(default_factory=list)
    edition_drafts: list[EditionDraft] = field(default_factory=list)  # valid, picks checked
    problems: list[Problem] = field(default_factory=list)
    people: set[str] = field(default_factory=set)  # quoted people, when entries are not kept
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # entry files' mtime, size

    @property
    def ok(self) -> bool:
        return not is_error(self.problems)


PARALLEL_MIN_FILES = 1500
# A cold build cache: entries validated in worker processes when this many are not cached
# (they come back whole, to be cached; forking and sending them back cost less than this).
PARALLEL_MIN_MISSES = 300


def check_content(
    layout: Layout,
    cache: ContentCache | None = None,
    *,
    check_only: bool = False,
    now: dt.datetime | None = None,
    build_cache: BuildCache | None = None,
) -> Checked:
    """Load and validate every file of the content folder; collect every problem at once.

    `check_only` (for `digest check`) may validate large corpora on several cores; the entries
    are then not kept (only their references, for the checks across files). With a
    `build_cache`, entries validated by an earlier run from the same bytes are reused, and the
    others are validated on several cores when there are many.
    """
    cache = cache or ContentCache()
    files = find_content(
        layout.root,
        nav_pages=layout.nav_pages,
        entries=layout.entries,
        taxonomy_files=(layout.topics, layout.organizations),
    )
    problems = list(files.problems)
    taxonomy, found = _taxonomy(layout, files.taxonomy, cache)
    problems += found
    checked = Checked(taxonomy, images=files.images, editions=files.editions)
    checked.stamps = dict(zip(files.entry_srcs, files.entry_stamps, strict=True))
    links: list[tuple[str, tuple[tuple[str, int], ...]]] = []
    problems += _check_entries(layout, files, checked, links, cache, check_only, build_cache)
    problems += _check_pages(layout, files.pages, checked, links, cache)
    drafts, found = _check_edition_files(layout, files.editions, links, cache)
    problems += found
    duplicates = check_duplicates(checked.refs)
    now = now or now_utc()
    broken_links = check_links(links, _known_pages(checked, layout, now))
    problems += duplicates + broken_links
    refused = {p.path for p in duplicates + broken_links}
    if refused:
        _leave_out(checked, refused, layout)
        drafts = [d for d in drafts if d.display not in refused]
    checked.edition_drafts, found = check_editions(drafts, checked.refs, files.entry_srcs, now)
    problems += found
    checked.problems = sort_problems(problems)
    return checked


def _check_entries(
    layout: Layout,
    files: ContentFiles,
    checked: Checked,
    links: list[tuple[str, tuple[tuple[str, int], ...]]],
    cache: ContentCache,
    check_only: bool,
    build_cache: BuildCache | None,
) -> list[Problem]:
    """Every entry file: valid ones go to `checked` (whole, or only their references for a
    parallel or cached `digest check`), their links to `links`; returns the problems."""
    problems: list[Problem] = []
    items = list(zip(files.entries, files.entry_srcs, strict=True))
    stamps = files.entry_stamps  # as the walk found them: not a stat of each file again
    taxonomy = checked.taxonomy
    if check_only and build_cache is None and len(items) >= PARALLEL_MIN_FILES and can_fork():
        for file_problems, ref, file_links in _check_in_parallel(items, taxonomy, layout.markdown):
            problems += file_problems
            if ref is not None:
                checked.refs.append(ref)
                links.append((ref.display, file_links))
    elif check_only and build_cache is not None:
        # Only what the checks need is cached for `digest check`: small, and fast to read.
        for file_problems, ref, file_links, people in _entry_outcomes(
            layout, items, taxonomy, files.taxonomy, cache, build_cache, light=True, stamps=stamps
        ):
            problems += file_problems
            if ref is not None:
                checked.refs.append(ref)
                checked.people.update(people)
                links.append((ref.display, file_links))
    else:
        outcomes = _entry_outcomes(
            layout, items, taxonomy, files.taxonomy, cache, build_cache, stamps=stamps
        )
        for file_problems, entry, ref in outcomes:
            problems += file_problems
            if entry is not None and ref is not None:
                checked.entries.append(entry)
                checked.refs.append(ref)
                links.append((ref.display, entry.writeup.links))
    return problems


def _check_pages(
    layout: Layout,
    paths: list[Path],
    checked: Checked,
    links: list[tuple[str, tuple[tuple[str, int], ...]]],
    cache: ContentCache,
) -> list[Problem]:
    """The pages named in the nav, rendered and sanitized like write-ups."""
    problems: list[Problem] = []
    for path in paths:
        doc, loaded_problems = cache.load(path, _load_page)
        problems += loaded_problems
        if loaded_problems:
            continue
        page, found = validate_page(doc, path.relative_to(layout.root).as_posix(), layout.markdown)
        problems += found
        if page is not None:
            checked.pages.append(page)
            links.append((doc.display, page.writeup.links))
    return problems


def _check_edition_files(
    layout: Layout,
    paths: list[Path],
    links: list[tuple[str, tuple[tuple[str, int], ...]]],
    cache: ContentCache,
) -> tuple[list[EditionDraft], list[Problem]]:
    """Each edition file on its own; its picks are checked against the entries afterwards."""
    problems: list[Problem] = []
    drafts: list[EditionDraft] = []
    for path in paths:
        doc, loaded_problems = cache.load(path, load_markdown)
        problems += loaded_problems
        if loaded_problems:
            continue
        src = path.relative_to(layout.root).as_posix()
        draft, found = validate_edition(doc, src, layout.markdown)
        problems += found
        if draft is not None:
            drafts.append(draft)
            links.append((doc.display, draft.intro.links))
    return drafts, problems


def _leave_out(checked: Checked, refused: set[str], layout: Layout) -> None:
    """Files with an error found across files (a duplicate, a broken link) are not built."""
    checked.refs = [r for r in checked.refs if r.display not in refused]
    kept = {r.slug for r in checked.refs}
    checked.entries = [e for e in checked.entries if e.slug in kept]
    checked.pages = [p for p in checked.pages if display_path(layout.root / p.src) not in refused]


EntryOutcome = tuple[list[Problem], Entry | None, EntryRef | None]


def _entry_outcomes(
    layout: Layout,
    items: list[tuple[Path, str]],
    taxonomy: Taxonomy,
    taxonomy_files: dict[str, Path],
    cache: ContentCache,
    build_cache: BuildCache | None,
    *,
    light: bool = False,
    stamps: Sequence[tuple[int, int]] = (),
) -> list[Any]:
    """Each entry file's problems, entry and reference, from the caches where they hold it;
    `light`: its problems, reference, links and people only (CheckOutcome). `stamps`: each
    file's modification time and size, as found (else each file is looked at again)."""
    # A validated entry depends on its file, the taxonomy files and the Markdown settings.
    token = (tuple(file_key(p) for p in taxonomy_files.values()), layout.markdown)
    outcomes: list[Any] = [None] * len(items)
    keys: list[str | None] = [None] * len(items)
    store = None
    if build_cache is not None:
        build_cache.content_context = _entries_context(layout, taxonomy_files)
        store = build_cache.store("checks" if light else "entries", build_cache.content_context)
        # A cold store finds nothing: with many entries, the workers key them (see below).
        cold = store.empty and _in_workers(len(items))
        for index, (path, src) in enumerate([] if cold else items):
            keys[index] = key = build_cache.file_key(
                path,
                src,
                display_path(path),
                limit=MAX_FILE_BYTES,
                stamp=stamps[index] if stamps else None,
            )
            if key is not None:
                outcomes[index] = store.get(key)
    misses = [index for index, outcome in enumerate(outcomes) if outcome is None]
    keyed = set()  # misses keyed by the worker that validated them, from the bytes it read
    if build_cache is not None and _in_workers(len(misses)):
        shares = _validate_in_parallel([items[i] for i in misses], taxonomy, layout.markdown)
        for index, (outcome, key) in zip(misses, shares, strict=True):
            outcomes[index], keys[index] = outcome, key
            if key is not None and stamps:  # the next serve rebuild need not read it again
                build_cache.remember(items[index][0], stamps[index], key)
        keyed = set(misses)
    else:
        for index in misses:
            outcomes[index] = _validate_one(*items[index], taxonomy, layout.markdown, cache, token)
    if light:
        for index in misses:
            outcomes[index] = _light(outcomes[index])
    done = [outcome for outcome in outcomes if outcome is not None]
    if build_cache is not None and store is not None:
        for index in misses:
            path, src = items[index]
            key = keys[index]
            # Stored only under the key of the bytes that were validated (an editor may save
            # during the build): a worker keyed what it read; otherwise the file is keyed again.
            if key is not None and (
                index in keyed
                or key
                == build_cache.file_key(
                    path, src, display_path(path), limit=MAX_FILE_BYTES, fresh=True
                )
            ):
                store.put(key, outcomes[index])
            else:  # not the bytes it was keyed by: no fingerprint for its pages either
                keys[index] = None
        for key, (_, entry, *_) in zip(keys, done, strict=True):
            if key is not None and not light and entry is not None:
                build_cache.entry_keys[entry.slug] = key
    return done


def _in_workers(misses: int) -> bool:
    """Whether this many entries missing from the cache are validated in worker processes."""
    return misses >= PARALLEL_MIN_MISSES and can_fork()


CheckOutcome = tuple[list[Problem], EntryRef | None, tuple[tuple[str, int], ...], tuple[str, ...]]


def _light(outcome: EntryOutcome) -> CheckOutcome:
    problems, entry, ref = outcome
    if entry is None:
        return problems, ref, (), ()
    return problems, ref, entry.writeup.links, tuple(sorted({q.person for q in entry.quotes}))


def _entries_context(layout: Layout, taxonomy_files: dict[str, Path]) -> list[str]:
    """What every validated entry depends on besides its own file."""
    parts = [layout.markdown.key(), layout.entries, layout.topics, layout.organizations]
    for name in (layout.topics, layout.organizations):
        path = taxonomy_files.get(name)
        try:
            parts.append(path.read_bytes().hex() if path is not None else "missing")
        except OSError:
            parts.append("unreadable")
    return parts


def _validate_one(
    path: Path,
    src: str,
    taxonomy: Taxonomy,
    markdown: MarkdownConfig,
    cache: ContentCache | None,
    token: object,
    read: tuple[bytes, int] | None = None,
) -> EntryOutcome:
    if cache is None:
        doc, loaded_problems = load_markdown(path, read=read)
    else:
        doc, loaded_problems = cache.load(path, load_markdown)
    if loaded_problems:
        return loaded_problems, None, None
    if cache is None:
        entry, found = validate_entry(doc, src, taxonomy, markdown)
    else:
        entry, found = cache.validated(
            path, token, lambda: validate_entry(doc, src, taxonomy, markdown)
        )
    return found, entry, entry_ref(doc, entry) if entry is not None else None


def _load_page(path: Path) -> Loaded:
    return load_markdown(path, front_matter_required=False)


def _taxonomy(
    layout: Layout, paths: dict[str, Path], cache: ContentCache
) -> tuple[Taxonomy, list[Problem]]:
    problems: list[Problem] = []
    loaded: dict[str, Loaded | None] = {}
    for name, what in ((layout.topics, "topics"), (layout.organizations, "organizations")):
        path = paths.get(name)
        if path is None:
            loaded[name] = None
            missing = layout.root / name
            if not missing.is_symlink():  # a symlink is already refused by find_content
                problems.append(
                    Problem(
                        path=display_path(missing),
                        line=1,
                        severity="error",
                        field="file",
                        message=f"is missing: the {what} taxonomy is required",
                    )
                )
        else:
            loaded[name] = cache.load(path, load_yaml_file)
    taxonomy, found = load_taxonomy(loaded[layout.topics], loaded[layout.organizations])
    return taxonomy, problems + found


def _known_pages(checked: Checked, layout: Layout, now: dt.datetime) -> set[str]:
    """Every source path a write-up may link to: published pages only (a link to a draft or to
    an entry scheduled for later would lead nowhere, and give its slug away)."""
    known = set(GENERATED_PAGES) | {page.src for page in checked.pages}
    known |= {path.relative_to(layout.root).as_posix() for path in checked.images}
    known |= {ref.src for ref in checked.refs if not ref.draft and ref.added <= now}
    known |= {path.relative_to(layout.root).as_posix() for path in checked.editions}
    known |= {f"topics/{slug}/index.md" for slug in checked.taxonomy.topics}
    known |= {f"organizations/{slug}/index.md" for slug in checked.taxonomy.organizations}
    known |= {f"people/{person}/index.md" for ref in checked.refs for person in ref.people}
    known |= {f"people/{person}/index.md" for person in checked.people}
    return known


# --- `digest check` on several cores ------------------------------------------------------------

_worker: tuple[Taxonomy, MarkdownConfig] | None = None


def _init_worker(taxonomy: Taxonomy, markdown: MarkdownConfig) -> None:
    global _worker
    _worker = (taxonomy, markdown)


def _check_files(
    items: list[tuple[Path, str]],
) -> list[tuple[list[Problem], EntryRef | None, tuple[tuple[str, int], ...]]]:
    """Load and validate a share of the entries, in a worker process."""
    assert _worker is not None
    taxonomy, markdown = _worker
    out: list[tuple[list[Problem], EntryRef | None, tuple[tuple[str, int], ...]]] = []
    for path, src in items:
        doc, problems = load_markdown(path)
        if problems:
            out.append((problems, None, ()))
            continue
        entry, problems = validate_entry(doc, src, taxonomy, markdown)
        if entry is None:
            out.append((problems, None, ()))
        else:
            out.append((problems, entry_ref(doc, entry), entry.writeup.links))
    return out


def _check_in_parallel(
    items: list[tuple[Path, str]], taxonomy: Taxonomy, markdown: MarkdownConfig
) -> list[tuple[list[Problem], EntryRef | None, tuple[tuple[str, int], ...]]]:
    """Large corpora on several cores: only file names go out, problems and references come
    back (whole entries would cost more to send than they save)."""
    workers = min(os.cpu_count() or 1, 8)
    chunks = [items[i :: workers * 4] for i in range(workers * 4)]
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(taxonomy, markdown)) as pool:
        results = pool.map(_check_files, chunks)
    merged = {}
    for chunk, result in zip(chunks, results, strict=True):
        for (path, _), outcome in zip(chunk, result, strict=True):
            merged[path] = outcome
    return [merged[path] for path, _ in items]


def _validate_files(items: list[tuple[Path, str]]) -> list[tuple[EntryOutcome, str | None]]:
    """Load and validate a share of the entries in a worker process: whole entries back, each
    with the cache key of the very bytes it was validated from (None: not to be cached)."""
    assert _worker is not None
    taxonomy, markdown = _worker
    out: list[tuple[EntryOutcome, str | None]] = []
    for path, src in items:
        try:
            read: tuple[bytes, int] | None = read_limited(path)
        except OSError:
            read = None  # loaded again, to say why it cannot be read
        key = (
            None if read is None else content_key(src, display_path(path), read[0], MAX_FILE_BYTES)
        )
        out.append((_validate_one(path, src, taxonomy, markdown, None, None, read), key))
    return out


def _validate_in_parallel(
    items: list[tuple[Path, str]], taxonomy: Taxonomy, markdown: MarkdownConfig
) -> list[tuple[EntryOutcome, str | None]]:
    """Many entries not in the cache, on several cores: the entries come back whole, each with
    the key of the bytes it was validated from, to be cached and built."""
    workers = min(os.cpu_count() or 1, 8)
    size = max(1, -(-len(items) // (workers * 4)))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(taxonomy, markdown)) as pool:
        results = pool.map(_validate_files, chunks)
    return [outcome for result in results for outcome in result]


# --- What a build publishes ---------------------------------------------------------------------


def now_utc() -> dt.datetime:
    """The build's notion of now; SOURCE_DATE_EPOCH makes builds reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC)


def _scheduled_note(ref: EntryRef) -> Problem:
    when = ref.added.astimezone(dt.UTC)
    return Problem(
        path=ref.display,
        line=ref.added_line,
        severity="note",
        field="added",
        message=f"scheduled for {when:%Y-%m-%d %H:%M} UTC; left out until then",
    )


def scheduled_notes(checked: Checked, now: dt.datetime | None = None) -> list[Problem]:
    """A note for every entry whose `added` is still in the future."""
    now = now or now_utc()
    return [_scheduled_note(ref) for ref in checked.refs if ref.added > now]


def publishable(
    checked: Checked, *, include_drafts: bool = False, now: dt.datetime | None = None
) -> tuple[list[Entry], list[Problem]]:
    """The entries a build publishes: no drafts (unless previewing), nothing scheduled later."""
    now = now or now_utc()
    refs = {ref.slug: ref for ref in checked.refs}
    out: list[Entry] = []
    notes: list[Problem] = []
    for entry in checked.entries:
        if entry.draft and not include_drafts:
            continue
        if entry.added > now:
            notes.append(_scheduled_note(refs[entry.slug]))
            continue
        out.append(entry)
    return out, notes


def load_corpus(
    layout: Layout,
    *,
    include_drafts: bool = False,
    now: dt.datetime | None = None,
    cache: ContentCache | None = None,
    build_cache: BuildCache | None = None,
    select: Callable[[list[Entry], Mapping[str, tuple[int, int]]], list[Entry]] | None = None,
) -> tuple[Corpus | None, list[Problem]]:
    """Everything a build needs, or None when any error must stop the build. `select` picks
    the entries to publish among the publishable ones (a limited preview), given each entry
    file's modification time and size by its path under the content folder."""
    now = now or now_utc()
    checked = check_content(layout, cache, now=now, build_cache=build_cache)
    if not checked.ok:
        return None, checked.problems
    entries, notes = publishable(checked, include_drafts=include_drafts, now=now)
    if select is not None:
        entries = select(entries, checked.stamps)
    images = [path.relative_to(layout.root).as_posix() for path in checked.images]
    corpus = build_corpus(entries, checked.taxonomy, checked.pages, images)
    corpus.editions, edition_notes = build_editions(checked.edition_drafts, corpus.entries, now)
    corpus.appeared_in = appearances(corpus.editions)
    return corpus, checked.problems + notes + edition_notes
