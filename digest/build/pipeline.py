"""The core's one entry point: a content folder in, validated entries, pages and problems out.

Used by the `digest` command, the MkDocs plugin and `digest generate` alike, so all report the
same problems. Every entry file is validated by `digest.content.entryfile.check_entry_file`;
with a cache, an entry whose inputs are unchanged (its path and bytes, the taxonomy files, the
Markdown settings, the software) is read from the store instead, and the others are validated
in forked workers when there are many.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from digest.build import codec
from digest.build.cache import Cache, Tally
from digest.build.fingerprint import FileHashes, module_digests, software
from digest.build.keys import digest_of, fingerprint
from digest.build.workers import ordered
from digest.content.entryfile import CheckOutcome, Outcome, check_entry_file, light
from digest.content.files import (
    GENERATED_PAGES,
    EntryFile,
    Listed,
    Signature,
    find_content,
    signature,
)
from digest.content.layout import Layout
from digest.content.loader import (
    MAX_FILE_BYTES,
    Loaded,
    display_path,
    load_markdown,
    load_yaml_file,
    read_limited,
)
from digest.content.reads import Reads, unchanged
from digest.content.rendering import PAGE_AT, MarkdownConfig, setup_reads
from digest.content.validation import (
    check_duplicates,
    check_links,
    check_people,
    load_taxonomy,
    validate_page,
)
from digest.content.validation.editions import (
    BrokenEdition,
    EditionDraft,
    broken_edition,
    build_editions,
    check_editions,
    validate_edition,
)
from digest.model.corpus import Corpus, appearances, build_corpus
from digest.model.entry import Entry, EntryRef
from digest.model.problems import Problem, is_error, sort_problems
from digest.model.taxonomy import Taxonomy
from digest.model.writeup import Page

# Entries to validate from which forked workers share the work (forking costs less below).
PARALLEL_MIN = 300
CHUNK = 32  # entries per worker chunk
# Changed entry files up to which a serve rebuild patches the last tally (above: made again).
PATCH_MAX = 64

Links = list[tuple[str, tuple[tuple[str, int], ...]]]


@dataclass
class Checked:
    taxonomy: Taxonomy
    entries: list[Entry] = field(default_factory=list)  # empty for `digest check`
    refs: list[EntryRef] = field(default_factory=list)  # every valid entry
    pages: list[Page] = field(default_factory=list)
    images: list[Path] = field(default_factory=list)
    editions: list[Path] = field(default_factory=list)
    edition_drafts: list[EditionDraft] = field(default_factory=list)  # valid, picks checked
    problems: list[Problem] = field(default_factory=list)
    people: set[str] = field(default_factory=set)  # quoted people, when entries are not kept
    signatures: dict[str, Signature] = field(default_factory=dict)  # entry files', by src
    fingerprints: dict[str, bytes] = field(default_factory=dict)  # stored entries', by slug

    @property
    def ok(self) -> bool:
        return not is_error(self.problems)


def check_content(
    layout: Layout,
    *,
    check_only: bool = False,
    now: dt.datetime | None = None,
    cache: Cache | None = None,
    parallel: bool = True,
) -> Checked:
    """Load and validate every file of the content folder; collect every problem at once.

    `check_only` (for `digest check`): the entries are not kept, only what the checks across
    files need. `parallel`: entries may be validated in forked workers (not under a server
    that runs threads)."""
    files = find_content(
        layout.root,
        nav_pages=layout.nav_pages,
        entries=layout.entries,
        taxonomy_files=(layout.topics, layout.organizations),
        known=cache.walked if cache is not None else None,
        unchanged=_unchanged_folders(cache),
    )
    if cache is not None and cache.keep:
        cache.walked = {file.src: file for file in files.entries}
        cache.folders = files.folders
    problems = list(files.problems)
    taxonomy, found = _taxonomy(layout, files.taxonomy, cache)
    problems += found
    checked = Checked(taxonomy, images=files.images, editions=files.editions)
    checked.signatures = {file.src: file.signature for file in files.entries}
    links: Links = []
    entries = _Entries(layout, taxonomy, files.taxonomy, cache, check_only, parallel)
    problems += entries.check(files.entries, checked, links)
    problems += _check_pages(layout, files.pages, checked, links, cache)
    drafts, broken, found = _check_edition_files(layout, files.editions, links, cache)
    problems += found
    duplicates = check_duplicates(checked.refs) + check_people(checked.refs)
    now = now or now_utc()
    broken_links = check_links(links, _Published(checked, layout, now))
    problems += duplicates + broken_links
    refused = {p.path for p in duplicates + broken_links}
    if refused:
        _leave_out(checked, refused, layout)
        drafts = [d for d in drafts if d.display not in refused]
    srcs = [file.src for file in files.entries]
    taxonomy = checked.taxonomy
    unread = [
        name
        for name, loaded in (
            (layout.topics, taxonomy.topics_loaded),
            (layout.organizations, taxonomy.organizations_loaded),
        )
        if not loaded
    ]
    checked.edition_drafts, found = check_editions(drafts, checked.refs, srcs, now, unread, broken)
    problems += found
    checked.problems = sort_problems(problems)
    return checked


def _unchanged_folders(cache: Cache | None) -> dict[str, Listed]:
    """The last walk's folders of entries in which serve's file watcher saw no change."""
    if cache is None or not cache.keep or cache.watch is None:
        return {}
    changed = cache.watch.take()
    if changed is None:
        return {}
    return {folder: listed for folder, listed in cache.folders.items() if changed.unchanged(folder)}


class _Entries:
    """Every entry file's outcome: from the store where its key is known, validated (here or
    in workers) where not, and stored."""

    def __init__(
        self,
        layout: Layout,
        taxonomy: Taxonomy,
        taxonomy_files: dict[str, Path],
        cache: Cache | None,
        light: bool,
        parallel: bool,
    ) -> None:
        self.taxonomy = taxonomy
        self.markdown = layout.markdown
        self.cache = cache
        self.light = light
        self.parallel = parallel
        self.kind = "check" if light else "entry"
        self.context = _entries_context(layout, taxonomy_files, cache) if cache is not None else ""
        self._hashes: dict[str, str] = {}  # files read by renderings: their bytes' hash now
        # What an entry's key holds besides its file: a key remembered under another setting
        # (a taxonomy file removed, then put back, under serve) is made again.
        self._setting = digest_of(self.kind, self.context)

    def check(self, files: list[EntryFile], checked: Checked, links: Links) -> list[Problem]:
        outcomes = self.outcomes(files)
        if self.light:
            return self._collect_light(outcomes, checked, links)
        tally = self._patched(files, outcomes) or self._tallied(files, outcomes)
        if self.cache is not None and self.cache.keep:
            self.cache.tally = tally
        checked.refs += tally.refs
        checked.entries += tally.entries
        links += tally.links
        checked.fingerprints.update(tally.fingerprints)
        return list(tally.problems)

    def _collect_light(
        self, outcomes: list[Outcome | CheckOutcome], checked: Checked, links: Links
    ) -> list[Problem]:
        problems: list[Problem] = []
        for outcome in outcomes:
            problems += outcome.problems
            if outcome.ref is None:
                continue
            checked.refs.append(outcome.ref)
            if isinstance(outcome, CheckOutcome):
                checked.people.update(outcome.people)
                links.append((outcome.ref.display, outcome.links))
        return problems

    def _tallied(self, files: list[EntryFile], outcomes: list[Outcome | CheckOutcome]) -> Tally:
        """Every outcome's part of the checked content, and where each file's went."""
        tally = Tally(self.context, files, outcomes, self._prints, self._keys)
        refs, entries, fingerprints = tally.refs, tally.entries, tally.fingerprints
        prints = 0
        for outcome, print_ in zip(outcomes, self._prints, strict=True):
            tally.problems += outcome.problems
            tally.ref_at.append(len(refs) if outcome.ref is not None else -1)
            entry = outcome.entry if isinstance(outcome, Outcome) else None
            tally.entry_at.append(
                len(entries) if entry is not None and outcome.ref is not None else -1
            )
            if outcome.ref is None:
                continue
            refs.append(outcome.ref)
            if entry is not None:
                entries.append(entry)
                tally.links.append((outcome.ref.display, entry.writeup.links))
                if print_ is not None:
                    fingerprints[entry.slug] = print_
                    prints += 1
        tally.shared_slugs = prints != len(fingerprints)
        return tally

    def _patched(
        self, files: list[EntryFile], outcomes: list[Outcome | CheckOutcome]
    ) -> Tally | None:
        """Under `mkdocs serve`: the last rebuild's tally with the few changed files' parts
        put in their places, or None where that would not be what `_tallied` makes (files
        added or removed, problems, an entry made or lost, a slug held twice)."""
        tally = self._previous(files)
        if tally is None or tally.shared_slugs:
            return None
        pairs = enumerate(zip(files, tally.files, strict=True))
        # A file found unchanged keeps its outcome (the very object, see `_reused`) unless a
        # file its rendering read has changed: then its outcome is new, and patched in too.
        changed = [
            index
            for index, (new, old) in pairs
            if new is not old or outcomes[index] is not tally.outcomes[index]
        ]
        if len(changed) > PATCH_MAX:
            return None
        for index in changed:
            old, new = tally.outcomes[index], outcomes[index]
            if not (isinstance(old, Outcome) and isinstance(new, Outcome)):
                return None
            if files[index].src != tally.files[index].src or old.problems or new.problems:
                return None
            if (old.ref is None) != (new.ref is None) or (old.entry is None) != (new.entry is None):
                return None
            if old.entry is not None and new.entry is not None and old.entry.slug != new.entry.slug:
                return None
        for index in changed:
            new, print_ = outcomes[index], self._prints[index]
            assert isinstance(new, Outcome)
            if new.ref is not None:
                tally.refs[tally.ref_at[index]] = new.ref
            if new.entry is not None and new.ref is not None:
                at = tally.entry_at[index]
                tally.entries[at] = new.entry
                tally.links[at] = (new.ref.display, new.entry.writeup.links)
                if print_ is not None:
                    tally.fingerprints[new.entry.slug] = print_
                else:
                    tally.fingerprints.pop(new.entry.slug, None)
        tally.files, tally.outcomes, tally.prints, tally.keys = (
            files,
            outcomes,
            self._prints,
            self._keys,
        )
        return tally

    def _previous(self, files: list[EntryFile]) -> Tally | None:
        """The last rebuild's tally, when it was made of the same files in the same setting."""
        cache = self.cache
        if cache is None or not cache.keep or self.light:
            return None
        tally = cache.tally
        if tally is None or tally.context != self.context or len(tally.files) != len(files):
            return None
        return tally

    def outcomes(self, files: list[EntryFile]) -> list[Outcome | CheckOutcome]:
        self._prints: list[bytes | None] = [None] * len(files)
        self._keys: list[str | None] = [None] * len(files)
        cache = self.cache
        if cache is None or not cache.store.trusted(self.kind):
            plain = functools.partial(_validate, self.taxonomy, self.markdown, self.light)
            many = self.parallel and len(files) >= PARALLEL_MIN
            return [result for result, _ in ordered(plain, files, chunk=CHUNK, parallel=many)]
        marker = digest_of("context", self.context)
        cold = not cache.store.has(self.kind, [marker])
        outcomes: list[Outcome | CheckOutcome | None] = [None] * len(files)
        keys = self._keys
        todo = self._reused(files, outcomes)
        if not cold:
            for index in todo:
                keys[index] = self._key(files[index])
            self._from_store(keys, outcomes, todo)
        missing = [index for index in todo if outcomes[index] is None]
        work = functools.partial(_validate_stored, self)
        many = self.parallel and len(missing) >= PARALLEL_MIN
        after_fork = cache.store.reopen_after_fork if many else None
        done = ordered(
            work,
            [files[i] for i in missing],
            chunk=CHUNK,
            parallel=many,
            after_fork=after_fork,
            flush=cache.store.flush if many else None,
        )
        for index, (outcome, key, print_) in zip(missing, done, strict=True):
            outcomes[index] = outcome
            self._prints[index] = print_
            keys[index] = key
            if key is not None:
                cache.file_keys[files[index].path] = (files[index].signature, self._setting, key)
        cache.store.put(self.kind, marker, b"")
        if cache.keep:  # remember this build's records only
            cache.decoded = {key: cache.decoded[key] for key in keys if key in cache.decoded}
            for index in missing:
                key = keys[index]
                if key is not None and outcomes[index] is not None:
                    cache.decoded[key] = (outcomes[index], self._prints[index])
        return [outcome for outcome in outcomes if outcome is not None]

    def _reused(
        self, files: list[EntryFile], outcomes: list[Outcome | CheckOutcome | None]
    ) -> Sequence[int]:
        """Under `mkdocs serve`, each file the walk found unchanged (the very object of the
        last walk, at the same place) keeps its outcome, key and fingerprint of the last
        rebuild; the indices of the others."""
        tally = self._previous(files)
        if tally is None:
            return range(len(files))
        todo: list[int] = []
        for index, (new, old) in enumerate(zip(files, tally.files, strict=True)):
            if new is old and unchanged(tally.outcomes[index].reads, self._hashes):
                outcomes[index] = tally.outcomes[index]
                self._prints[index] = tally.prints[index]
                self._keys[index] = tally.keys[index]
            else:
                todo.append(index)
        return todo

    def _key(self, file: EntryFile) -> str | None:
        """The key of an entry file's bytes (None: unreadable or too large, never stored)."""
        assert self.cache is not None
        known = self.cache.file_keys.get(file.path)
        if known is not None and known[0] == file.signature and known[1] == self._setting:
            return known[2]
        try:
            data, _ = read_limited(file.path)
        except OSError:
            return None
        key = self.key_of(file, data)
        if key is not None:
            self.cache.file_keys[file.path] = (file.signature, self._setting, key)
        return key

    def key_of(self, file: EntryFile, data: bytes) -> str | None:
        if len(data) > MAX_FILE_BYTES:
            return None
        return digest_of(self.kind, self.context, file.src, display_path(file.path), data)

    def _from_store(
        self,
        keys: list[str | None],
        outcomes: list[Outcome | CheckOutcome | None],
        todo: Sequence[int],
    ) -> None:
        assert self.cache is not None
        cache = self.cache
        wanted: list[str] = []
        for index in todo:
            key = keys[index]
            if key is None:
                continue
            remembered = cache.decoded.get(key)
            then = remembered[0] if isinstance(remembered, tuple) else None
            if then is not None and unchanged(then.reads, self._hashes):
                outcomes[index], self._prints[index] = remembered  # type: ignore[misc]
            else:
                wanted.append(key)
        found = cache.store.get_many(self.kind, wanted)
        for index in todo:
            key = keys[index]
            if key is None or outcomes[index] is not None or key not in found:
                continue
            try:
                outcome, print_ = _decoded(found[key], self.light)
            except codec.RecordError:
                continue  # validated again, and stored anew
            if not unchanged(outcome.reads, self._hashes):
                continue  # a file its rendering read has changed: validated again
            outcomes[index], self._prints[index] = outcome, print_
            if cache.keep:
                cache.decoded[key] = (outcome, print_)


def _validate(
    taxonomy: Taxonomy, markdown: MarkdownConfig, keep_light: bool, file: EntryFile
) -> tuple[Outcome | CheckOutcome, None]:
    outcome = check_entry_file(file, taxonomy, markdown)
    return (light(outcome) if keep_light else outcome), None


def _validate_stored(
    entries: _Entries, file: EntryFile
) -> tuple[Outcome | CheckOutcome, str | None, bytes | None]:
    """Validate one entry file from the bytes it is keyed by, and store the outcome (in a
    worker, through its own connection). A file saved between its keying and its reading is
    keyed by what was read: a cached outcome is always that of the bytes of its key."""
    assert entries.cache is not None
    try:
        read: tuple[bytes, int] | None = read_limited(file.path)
    except OSError:
        read = None
    key = None if read is None else entries.key_of(file, read[0])
    outcome = check_entry_file(file, entries.taxonomy, entries.markdown, read)
    kept: Outcome | CheckOutcome = light(outcome) if entries.light else outcome
    record, print_ = _encoded(kept)
    if key is not None:
        entries.cache.store.put(entries.kind, key, record)
    return kept, key, print_


def _encoded(outcome: Outcome | CheckOutcome) -> tuple[bytes, bytes | None]:
    """A record: its problems and reference (and what `digest check` keeps) on one line of
    JSON, then the entry's own record, whose hash is the entry's fingerprint."""
    if isinstance(outcome, CheckOutcome):
        head = [outcome.problems, outcome.ref, outcome.links, outcome.people, outcome.reads]
        return codec.encode(tuple(head)), None
    entry = b"" if outcome.entry is None else codec.encode(outcome.entry)
    head_bytes = codec.encode((outcome.problems, outcome.ref, outcome.reads))
    print_ = fingerprint(entry) if entry else None
    return head_bytes + b"\n" + entry, print_


def _decoded(record: bytes, keep_light: bool) -> tuple[Outcome | CheckOutcome, bytes | None]:
    if keep_light:
        problems, ref, links, people, reads = codec.decode(record)
        return CheckOutcome(problems, ref, links, people, _reads(reads)), None
    head, _, entry_bytes = record.partition(b"\n")
    problems, ref, reads = codec.decode(head)
    if not entry_bytes:
        return Outcome(problems, None, ref, _reads(reads)), None
    entry = codec.decode(entry_bytes)
    if not isinstance(entry, Entry):
        raise codec.RecordError("not an entry")
    return Outcome(problems, entry, ref, _reads(reads)), fingerprint(entry_bytes)


def _reads(value: object) -> Reads:
    """The files an outcome's rendering read, as the record holds them."""
    try:
        return tuple((str(path), str(digest)) for path, digest in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        raise codec.RecordError("not a list of files read") from None


def _entries_context(layout: Layout, taxonomy_files: dict[str, Path], cache: Cache) -> str:
    """What every validated entry depends on besides its own file: the software, the
    Markdown settings and the code of extensions no distribution holds, the content layout and
    the taxonomy files' bytes."""
    hashes = FileHashes(cache.store)
    parts: list[str | bytes] = [software(cache.store), layout.markdown.key(), layout.entries]
    parts += module_digests(layout.markdown.modules(), hashes)
    parts += [f"{path}\0{digest}" for path, digest in setup_reads(layout.markdown)]
    for name in (layout.topics, layout.organizations):
        parts.append(name)
        path = taxonomy_files.get(name)
        try:
            parts.append(path.read_bytes() if path is not None else "missing")
        except OSError:
            parts.append("unreadable")
    return digest_of(*parts)


def _load(cache: Cache | None, path: Path, load: Callable[[Path], Loaded]) -> Loaded:
    """A parsed file; under `mkdocs serve`, the one parsed before while it is unchanged."""
    if cache is None or not cache.keep:
        return load(path)
    try:
        sig = signature(os.stat(path))
    except OSError:
        return load(path)
    known = cache.loaded.get(path)
    if known is not None and known[0] == sig:
        return known[1]
    loaded = load(path)
    cache.loaded[path] = (sig, loaded)
    return loaded


def _check_pages(
    layout: Layout, paths: list[Path], checked: Checked, links: Links, cache: Cache | None
) -> list[Problem]:
    """The pages named in the nav, rendered and sanitized like write-ups."""
    problems: list[Problem] = []
    for path in paths:
        doc, loaded_problems = _load(cache, path, _load_page)
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
    layout: Layout, paths: list[Path], links: Links, cache: Cache | None
) -> tuple[list[EditionDraft], list[BrokenEdition], list[Problem]]:
    """Each edition file on its own; its picks are checked against the entries afterwards
    (those of an edition refused for errors of its own too)."""
    problems: list[Problem] = []
    drafts: list[EditionDraft] = []
    broken: list[BrokenEdition] = []
    for path in paths:
        doc, loaded_problems = _load(cache, path, load_markdown)
        problems += loaded_problems
        if loaded_problems and doc.data is None:
            continue
        src = path.relative_to(layout.root).as_posix()
        draft, found = (
            (None, []) if loaded_problems else validate_edition(doc, src, layout.markdown)
        )
        problems += found
        if draft is not None:
            drafts.append(draft)
            links.append((doc.display, draft.intro.links))
        elif (picks := broken_edition(doc)) is not None:
            broken.append(picks)
    return drafts, broken, problems


def _leave_out(checked: Checked, refused: set[str], layout: Layout) -> None:
    """Files with an error found across files (a duplicate, a broken link) are not built."""
    checked.refs = [r for r in checked.refs if r.display not in refused]
    kept = {r.slug for r in checked.refs}
    checked.entries = [e for e in checked.entries if e.slug in kept]
    checked.pages = [p for p in checked.pages if display_path(layout.root / p.src) not in refused]


def _load_page(path: Path) -> Loaded:
    return load_markdown(path, front_matter_required=False)


def _taxonomy(
    layout: Layout, paths: dict[str, Path], cache: Cache | None
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
            loaded[name] = _load(cache, path, load_yaml_file)
    topics, organizations = loaded[layout.topics], loaded[layout.organizations]
    if cache is not None and cache.keep:  # under serve: validated again only when changed
        known = cache.taxonomy
        if known is not None and known[0] is topics and known[1] is organizations:
            return known[2], problems + known[3]
    taxonomy, found = load_taxonomy(topics, organizations)
    if cache is not None and cache.keep:
        cache.taxonomy = (topics, organizations, taxonomy, found)
    return taxonomy, problems + found


class _Published:
    """Every source path a write-up may link to: published pages only (a link to a draft or to
    an entry scheduled for later would lead nowhere, and give its slug away). Asked only about
    the links write-ups hold, so entry and person pages are listed at the first question that
    needs them: at 100,000 entries, listing them for every rebuild of `mkdocs serve` cost
    0.1-0.2 s while most rebuilds ask nothing."""

    def __init__(self, checked: Checked, layout: Layout, now: dt.datetime) -> None:
        self._checked = checked
        self._now = now
        known = set(GENERATED_PAGES) | {page.src for page in checked.pages}
        known |= {path.relative_to(layout.root).as_posix() for path in checked.images}
        known |= {path.relative_to(layout.root).as_posix() for path in checked.editions}
        known |= {f"topics/{slug}/index.md" for slug in checked.taxonomy.topics}
        known |= {f"organizations/{slug}/index.md" for slug in checked.taxonomy.organizations}
        self._known = known

    def __contains__(self, target: object) -> bool:
        if not isinstance(target, str):
            return False
        if target.startswith(PAGE_AT):  # a page's URL (`entries/2022/x/`): either source
            folder = target[len(PAGE_AT) :].rstrip("/")
            return f"{folder}.md" in self or f"{folder}/index.md" in self
        if target in self._known:
            return True
        if target.startswith("people/") and target.endswith("/index.md"):
            return target[len("people/") : -len("/index.md")] in self._people
        return target in self._entries

    @functools.cached_property
    def _people(self) -> set[str]:
        refs = self._checked.refs
        return set().union(*[ref.people for ref in refs], self._checked.people)

    @functools.cached_property
    def _entries(self) -> set[str]:
        now = self._now
        return {ref.src for ref in self._checked.refs if not ref.draft and ref.added <= now}


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
        field=ref.added_field,
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
    out: list[Entry] = []
    later: list[Entry] = []
    for entry in checked.entries:
        if entry.draft and not include_drafts:
            continue
        (later if entry.added > now else out).append(entry)
    if not later:
        return out, []
    refs = {ref.slug: ref for ref in checked.refs}  # the notes' file and line
    return out, [_scheduled_note(refs[entry.slug]) for entry in later]


Select = Callable[[list[Entry], Mapping[str, Signature]], list[Entry]]


def preview_taxonomy(taxonomy: Taxonomy, publishable: list[Entry], shown: list[Entry]) -> Taxonomy:
    """A limited preview's topics and organizations: those its entries name (an entry's
    organizations include its speakers'), and those no entry names yet (one just added is
    previewed too). Not the thousand others: each a page, a feed and a sitemap that every
    rebuild would write again for no entry of the preview."""
    if len(shown) == len(publishable):
        return taxonomy
    # Unions of tuples (one pass in C): a rebuild at 100,000 entries does this every time.
    named_topics = set().union(*[entry.topics for entry in publishable])
    named_orgs = set().union(*[entry.organizations for entry in publishable])
    shown_topics = set().union(*[entry.topics for entry in shown])
    shown_orgs = set().union(*[entry.organizations for entry in shown])
    return replace(
        taxonomy,
        topics={
            slug: topic
            for slug, topic in taxonomy.topics.items()
            if slug in shown_topics or slug not in named_topics
        },
        organizations={
            slug: org
            for slug, org in taxonomy.organizations.items()
            if slug in shown_orgs or slug not in named_orgs
        },
    )


def load_corpus(
    layout: Layout,
    *,
    include_drafts: bool = False,
    now: dt.datetime | None = None,
    cache: Cache | None = None,
    parallel: bool = True,
    select: Select | None = None,
    fingerprints: dict[str, bytes] | None = None,
) -> tuple[Corpus | None, list[Problem]]:
    """Everything a build needs, or None when any error must stop the build. `select` picks
    the entries to publish among the publishable ones (a limited preview), given each entry
    file's signature by its path under the content folder. `fingerprints`, when given, is
    filled with the stored entries' fingerprints by slug (for the build's keys)."""
    now = now or now_utc()
    checked = check_content(layout, now=now, cache=cache, parallel=parallel)
    if not checked.ok:
        return None, checked.problems
    entries, notes = publishable(checked, include_drafts=include_drafts, now=now)
    taxonomy = checked.taxonomy
    if select is not None:
        shown = select(entries, checked.signatures)
        taxonomy = preview_taxonomy(taxonomy, entries, shown)
        entries = shown
    images = [path.relative_to(layout.root).as_posix() for path in checked.images]
    corpus = build_corpus(entries, taxonomy, checked.pages, images)
    corpus.editions, edition_notes = build_editions(checked.edition_drafts, corpus.entries, now)
    corpus.appeared_in = appearances(corpus.editions)
    if fingerprints is not None:
        fingerprints.update(checked.fingerprints)
    return corpus, checked.problems + notes + edition_notes
