"""A planned site made real: every static file made, every page body made when asked for.

The site layer plans jobs; this runs them, or takes what an earlier build made from the store,
by the key of each job (`digest.build.keys`): its function and its whole view, with the
software that renders it. A page body is made only when something needs it (a theme rendering
that the store does not hold, an engine that writes every page), so a warm build reads no body
at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from digest.build.cache import Cache
from digest.build.fingerprint import software
from digest.build.keys import Keys, digest_of
from digest.build.offload import Offloaded
from digest.build.workers import ordered
from digest.model.corpus import Corpus
from digest.site import search
from digest.site.feeds import FeedFile, PlannedFile
from digest.site.files import SitePlan, plan_site
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


class Site:
    """One build's site: its pages (bodies on demand), its static files (made), its images."""

    def __init__(
        self,
        plan: SitePlan,
        cache: Cache | None,
        fingerprints: dict[str, bytes] | None = None,
        *,
        parallel: bool = True,
    ) -> None:
        self.plan = plan
        self.cache = cache
        self.parallel = parallel
        self.keys: Keys | None = None
        if cache is not None and cache.store.trusted(BODY):
            self.keys = Keys(digest_of("site", software()))
            _know(self.keys, plan, fingerprints or {})
        self.pages = [BuiltPage(page, self._key(page.body)) for page in plan.pages]
        self._folders: list[tuple[str, bytes | None]] = []
        self._missing: list[tuple[int, str | None]] = []
        self._pending: Offloaded | None = None
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
        # A path ending in "/" is a folder made at once (the search index): long jobs, taken
        # from the store or made one after another in a fresh process while the pages are
        # made (`later`), then unpacked into their files.
        single = [f for f in files if not f.path.endswith("/")]
        made = self._run([(f.job, self._key(f.job)) for f in single], STATIC)
        self._start_folders([f for f in files if f.path.endswith("/")])
        return [FeedFile(f.path, content) for f, content in zip(single, made, strict=True)]

    def _start_folders(self, folders: list[PlannedFile]) -> None:
        store = self.cache.store if self.cache is not None else None
        keys = [self._key(folder.job) for folder in folders]
        found = store.get_many(STATIC, [k for k in keys if k]) if store is not None else {}
        pairs = list(zip(folders, keys, strict=True))
        self._folders = [(f.path, found.get(k) if k else None) for f, k in pairs]
        missing = [(i, f.job, k) for i, (f, k) in enumerate(pairs) if k not in found]
        self._missing = [(i, k) for i, _, k in missing]
        jobs = [job for _, job, _ in missing]
        self._pending = Offloaded(jobs, parallel=self.parallel) if missing else None

    def later(self) -> list[FeedFile]:
        """The files of the folder jobs (waiting for those made in the background)."""
        contents = [content for _, content in self._folders]
        if self._pending is not None:
            store = self.cache.store if self.cache is not None else None
            outputs = self._pending.result()
            for (index, key), output in zip(self._missing, outputs, strict=True):
                contents[index] = output
                if store is not None and key is not None:
                    store.put(STATIC, key, output)
            self._pending = None
        out: list[FeedFile] = []
        for (path, _), packed in zip(self._folders, contents, strict=True):
            assert packed is not None
            out += [FeedFile(path + rel, data) for rel, data in unpack(packed).items()]
        self._folders = []
        return out

    def close(self) -> None:
        """Stop what runs in the background (a build that failed)."""
        if self._pending is not None:
            self._pending.close()
            self._pending = None

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
) -> Site:
    """Plan the site and make its static files; pages' bodies are made when asked for. A
    missing search program is an error here, before anything is written."""
    search.program()
    return Site(plan_site(corpus, settings), cache, fingerprints, parallel=parallel)
