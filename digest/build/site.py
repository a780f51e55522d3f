"""A planned site made real: every static file made, every page body made when asked for.

The site layer plans jobs; this runs them, or takes what an earlier build made from the store,
by the key of each job (`digest.build.keys`): its function and its whole view, with the
software that renders it. A page body is made only when something needs it (a theme rendering
that the store does not hold, an engine that writes every page), so a warm build reads no body
at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from digest.build.cache import Cache
from digest.build.fingerprint import file_digest, software
from digest.build.keys import Keys, digest_of
from digest.build.offload import Offloaded
from digest.build.sitewriter import SiteWriter, Stored, made_into
from digest.build.workers import ordered
from digest.model.corpus import Corpus
from digest.site import search
from digest.site.feeds import FeedFile, PlannedFile
from digest.site.files import SitePlan, plan_folders, plan_site
from digest.site.page import GeneratedPage
from digest.site.render import Job
from digest.site.search_bundle import unpack
from digest.site.settings import Settings

BODY = "body"  # store kinds
STATIC = "static"
PARALLEL_MIN = 100  # jobs to run, from which forked workers share them
CHUNK = 16


@dataclass(frozen=True)
class BuiltPage:
    """A generated page with the key of its body (None without a cache)."""

    page: GeneratedPage
    key: str | None


class Folders:
    """Folder jobs (the search bundle): taken from the store, or made in a fresh process from
    the moment they are planned, while the build goes on. `files` hands their files over one
    folder at a time, each read from the store or received when it is reached: at 100,000
    entries the bundle is 290 MB, which the build would otherwise hold from its start (a warm
    build) or hold three times at its end (a cold one)."""

    def __init__(
        self,
        folders: list[PlannedFile],
        cache: Cache | None,
        keys: Keys | None,
        parallel: bool,
        site_dir: str | None = None,
    ) -> None:
        self.store = cache.store if cache is not None else None
        self.folders = folders
        self.keys = [None if keys is None else keys.job(folder.job) for folder in folders]
        present = self.store.has(STATIC, [k for k in self.keys if k]) if self.store else set()
        self.missing = [i for i, k in enumerate(self.keys) if k is None or k not in present]
        jobs = [folders[i].job for i in self.missing]
        # With a site folder, whoever makes a folder writes its files there too: the fresh
        # process, as soon as each is made (at 10,000 entries, 23,000 files the build wrote
        # after its pages, on one core), or this process if that one fails.
        self.writes = site_dir is not None and parallel
        if self.writes:
            assert site_dir is not None
            jobs = [
                Job(made_into, (folders[i].job, os.path.join(site_dir, folders[i].path)))
                for i in self.missing
            ]
        # Without processes (`mkdocs serve`), in a thread: Pagefind still runs beside the pages.
        self.pending = Offloaded(jobs, parallel=parallel, threaded=True) if jobs else None
        # The stored ones written into the site by another process from now on (a warm
        # build's search bundle: 23,000 files at 10,000 entries), when there is a site folder.
        self.writer: SiteWriter | None = None
        self.written: dict[Stored, int] = {}  # the folders handed to the writer, by its task
        if site_dir is not None and parallel:
            left = set(self.missing)
            self.written = {
                Stored(STATIC, key, os.path.join(site_dir, folders[i].path), folder=True): i
                for i, key in enumerate(self.keys)
                if key is not None and i not in left
            }
            self.writer = SiteWriter(list(self.written), self.store)

    def files(self) -> Iterator[FeedFile]:
        """The files of the folders not handed to the writer, then of those it did not
        write."""
        made = self.pending.outputs() if self.pending is not None else iter(())
        self.pending = None
        missing = set(self.missing)
        folders, self.folders = self.folders, []
        handed = set(self.written.values())
        for index, folder in enumerate(folders):
            if index not in handed:
                yield from self._folder(
                    folder, self.keys[index], made if index in missing else None
                )
        writer, self.writer = self.writer, None
        if writer is not None:
            for task in writer.finish():
                yield from self._folder(folders[self.written[task]], task.key, None)

    def _folder(
        self, folder: PlannedFile, key: str | None, made: Iterator[bytes] | None
    ) -> Iterator[FeedFile]:
        """One folder's files: made in the background (`made`), else from the store, else
        made here."""
        packed = next(made) if made is not None else self._stored(key)
        if packed is None:  # gone from the store since (another build evicted it)
            packed = folder.job.run()
        if self.store is not None and key is not None and made is not None:
            self.store.put(STATIC, key, packed)
            self.store.flush()  # not held until the end of the build
        if made is not None and self.writes:
            return  # its files are written (`made_into`)
        files = unpack(packed)
        del packed
        for rel, data in files.items():
            yield FeedFile(folder.path + rel, data)
        del files

    def _stored(self, key: str | None) -> bytes | None:
        return self.store.get(STATIC, key) if self.store is not None and key else None

    def close(self) -> None:
        if self.pending is not None:
            self.pending.close()
            self.pending = None
        if self.writer is not None:
            self.writer.close()
            self.writer = None


class Site:
    """One build's site: its pages (bodies on demand), its static files (made), its images,
    and its folders (made in the background)."""

    def __init__(
        self,
        plan: SitePlan,
        cache: Cache | None,
        fingerprints: dict[str, bytes] | None = None,
        *,
        parallel: bool = True,
        keys: Keys | None = None,
        folders: Folders | None = None,
    ) -> None:
        self.plan = plan
        self.cache = cache
        self.parallel = parallel
        self.keys = keys  # None: nothing is stored (no cache, or one not trusted with pages)
        if self.keys is not None:
            _know(self.keys, plan, fingerprints or {})
        self.folders = folders
        self.pages = [BuiltPage(page, self._key(page.body)) for page in plan.pages]
        self.static = self._make_static(plan.static)
        self.images = plan.images

    def _key(self, job: Job[Any] | None) -> str | None:
        return None if job is None or self.keys is None else self.keys.job(job)

    def body(self, built: BuiltPage) -> bytes:
        """A page's body: from the store, else made (and stored)."""
        return self._made(built.page.body, built.key)

    def _made(self, job: Job[Any], key: str | None, kind: str = BODY) -> bytes:
        store = self.cache.store if self.cache is not None else None
        if store is not None and key is not None:
            found = store.get(kind, key)
            if found is not None:
                return found
        made = job.run()
        if store is not None and key is not None:
            store.put(kind, key, made)
        return made

    def bodies(self, pages: Sequence[BuiltPage]) -> Iterable[bytes]:
        """The bodies of these pages in order, the missing ones made in workers when many."""
        return self._run([(p.page.body, p.key) for p in pages], BODY)

    def _make_static(self, files: list[PlannedFile]) -> list[FeedFile]:
        made = self._run([(f.job, self._key(f.job)) for f in files], STATIC)
        return [FeedFile(f.path, content) for f, content in zip(files, made, strict=True)]

    def later(self) -> Iterator[FeedFile]:
        """The files of the folder jobs, one folder at a time (waiting for those made in the
        background): write each as it comes."""
        folders, self.folders = self.folders, None
        return folders.files() if folders is not None else iter(())

    def close(self) -> None:
        """Stop what runs in the background (a build that failed)."""
        if self.folders is not None:
            self.folders.close()
            self.folders = None

    def _run(self, jobs: list[tuple[Job[Any], str | None]], kind: str) -> list[bytes]:
        """Jobs' outputs: from the store by key, the rest made (in workers when many)."""
        store = self.cache.store if self.cache is not None else None
        found: dict[str, bytes] = {}
        if store is not None:
            found = store.get_many(kind, [key for _, key in jobs if key is not None])
        missing = [i for i, (_, key) in enumerate(jobs) if key is None or key not in found]
        many = self.parallel and len(missing) >= PARALLEL_MIN
        make = _Maker(store, kind, [jobs[i] for i in missing])
        made = ordered(
            make,
            range(len(missing)),
            chunk=CHUNK,
            parallel=many,
            after_fork=store.reopen_after_fork if many and store is not None else None,
            flush=store.flush if many and store is not None else None,
        )
        out: list[bytes | None] = [None if key is None else found.get(key) for _, key in jobs]
        for index, content in zip(missing, made, strict=True):
            out[index] = content
        return [content or b"" for content in out]


class _Maker:
    """Makes one job's output and stores it (in a worker: through its own connection)."""

    def __init__(self, store: Any, kind: str, jobs: list[tuple[Job[Any], str | None]]) -> None:
        self.store, self.kind, self.jobs = store, kind, jobs

    def __call__(self, index: int) -> bytes:
        job, key = self.jobs[index]
        made = job.run()
        if self.store is not None and key is not None:
            self.store.put(self.kind, key, made)
        return made


def _know(keys: Keys, plan: SitePlan, fingerprints: dict[str, bytes]) -> None:
    """The stored entries' fingerprints, so that their keys need not encode them again."""
    if not fingerprints:
        return
    seen: set[int] = set()
    for page in plan.pages:
        entry = getattr(page.body.view, "entry", None)
        if entry is not None and id(entry) not in seen:
            seen.add(id(entry))
            found = fingerprints.get(entry.slug)
            if found is not None:
                keys.known(entry, found)


def build_site(
    corpus: Corpus,
    settings: Settings,
    cache: Cache | None = None,
    fingerprints: dict[str, bytes] | None = None,
    *,
    parallel: bool = True,
    site_dir: str | None = None,
) -> Site:
    """Plan the site and make its static files; pages' bodies are made when asked for, the
    folders in the background from the start (those in the store written into `site_dir`,
    when given, by another process). A missing search program is an error here, before
    anything is written."""
    search.program()
    keys = site_keys(cache)
    folders = Folders(plan_folders(corpus, settings), cache, keys, parallel, site_dir)
    try:
        plan = plan_site(corpus, settings)
        return Site(plan, cache, fingerprints, parallel=parallel, keys=keys, folders=folders)
    except BaseException:
        folders.close()
        raise


def site_keys(cache: Cache | None) -> Keys | None:
    """The keys of this software's jobs, when the store can be trusted with pages."""
    if cache is None or not cache.store.trusted(BODY):
        return None
    try:
        program = search.program()  # by content: PAGEFIND_BINARY_PATH may name another
    except search.SearchError:
        program = None  # the build says so when it indexes
    return Keys(digest_of("site", software(cache.store), file_digest(program)))
