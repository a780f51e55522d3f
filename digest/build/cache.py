"""A persistent build cache: validated entries and rendered pages, reused across processes.

Engine-neutral: `digest check`, the MkDocs plugin and any other engine adapter use it the same
way. Every stored value is keyed by a hash of everything that affects it (the file's bytes and
path, the taxonomy files, the Markdown and site settings, the digest package's own source
files and templates, and the versions of the libraries that render), so a stale value can never
be found: a change gives a new key. Nothing is ever invalidated by hand.

A cache file is local state, but it is read as untrusted input: each file carries a format
version and a MAC (keyed BLAKE2b, with a random key stored beside the files and never shipped),
and it is unpickled only after the MAC matches, by an unpickler that accepts only the digest's
own data classes and a few standard types. A damaged, truncated, foreign or outdated file is
ignored (and rewritten at the end of the build): never a crash, never wrong output. Writes go
to a temporary file renamed over the old one, so readers never see half a file.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import importlib.metadata
import io
import os
import pickle
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

FORMAT = 3  # 2: one pickle per value; 3: strings as UTF-8
MAGIC = b"digest-cache\n"
_HEADER = struct.Struct(f">{len(MAGIC)}sI32s32s")  # magic, format, context, MAC
KEY_FILE = "key"
KEEP_CONTEXTS = 2  # files kept per store: e.g. the pages of `mkdocs build` and of `mkdocs serve`
KEY_BYTES = 32
DEFAULT_DIR = Path(".cache") / "digest"
_OFF = {"0", "false", "no", "off"}

# Libraries whose output ends up in what is cached (rendering, sanitizing, parsing, templates).
DEPENDENCIES = (
    "nh3",
    "markdown",
    "pymdown-extensions",
    "pyyaml",
    "pydantic",
    "pydantic-core",
    "jinja2",
    "markupsafe",
    "feedgen",
    "lxml",
    "mkdocs",
    "mkdocs-material",
)


def enabled(flag: bool = True, env: Mapping[str, str] | None = None) -> bool:
    """The cache is on unless turned off by the caller (`--no-cache`, the plugin's `cache:
    false`) or by DIGEST_CACHE=0."""
    env = os.environ if env is None else env
    return flag and env.get("DIGEST_CACHE", "1").strip().lower() not in _OFF


def cache_dir(
    project: Path, configured: str | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """DIGEST_CACHE_DIR, else the configured folder, else `.cache/digest`; relative paths are
    relative to the project folder (the one holding mkdocs.yml)."""
    env = os.environ if env is None else env
    chosen = env.get("DIGEST_CACHE_DIR") or configured or str(DEFAULT_DIR)
    path = Path(chosen).expanduser()
    return path if path.is_absolute() else project / path


def digest_of(*parts: str | bytes) -> str:
    """A short hex hash of the parts, each length-prefixed (no two lists give the same input)."""
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


@functools.cache
def code_fingerprint() -> str:
    """The digest package's own files (code and templates), the Python and library versions:
    a new release or a local edit of any of them makes every cached value unreachable."""
    package = Path(__file__).resolve().parent.parent  # the whole digest package
    parts: list[str | bytes] = [f"format {FORMAT}", sys.version]
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            parts += [path.relative_to(package).as_posix(), path.read_bytes()]
    for name in DEPENDENCIES:
        try:
            parts.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} absent")
    try:
        import yaml

        parts.append(f"libyaml {hasattr(yaml, 'CSafeLoader')}")
    except ImportError:  # pragma: no cover - a dependency of the digest
        pass
    return digest_of(*parts)


class _SafeUnpickler(pickle.Unpickler):
    """Only the digest's own classes and plain standard types: defence in depth behind the MAC."""

    _STANDARD = frozenset(
        {
            ("datetime", "datetime"),
            ("datetime", "date"),
            ("datetime", "timedelta"),
            ("datetime", "timezone"),
            ("copyreg", "_reconstructor"),
            ("builtins", "object"),
            ("builtins", "set"),
            ("builtins", "frozenset"),
            ("pydantic.networks", "HttpUrl"),
            ("pydantic_core._pydantic_core", "Url"),
        }
    )

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._STANDARD:
            return super().find_class(module, name)
        if module.startswith("digest.") and name.isidentifier():
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache file")


class _MacWriter(io.RawIOBase):
    """Writes through to a file while feeding a MAC: the payload is never held in memory whole."""

    def __init__(self, out: IO[bytes], mac: Any) -> None:
        super().__init__()
        self.out, self.mac = out, mac

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.mac.update(data)
        return self.out.write(data)


def _secret(directory: Path) -> bytes:
    """The cache's MAC key, created at random on first use (readable by its owner only)."""
    path = directory / KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) == KEY_BYTES:
            return key
    except OSError:
        pass
    key = os.urandom(KEY_BYTES)
    directory.mkdir(parents=True, exist_ok=True)
    write_atomic(path, lambda out: out.write(key))
    return key


def content_key(src: str, display: str, data: bytes, limit: int) -> str | None:
    """The key of a content file read as `data` (at most `limit` + 1 bytes): its path, how
    problems name it, and its bytes; None over the limit (such a file is refused, never cached).
    One formula for the build and its validation workers, which key the bytes they read."""
    return None if len(data) > limit else digest_of(src, display, data)


def write_atomic(path: Path, write: Any) -> None:
    """Write through a temporary file renamed over `path`: readers never see half a file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


class Store:
    """One cache file: a mapping from key to value for one context (e.g. one taxonomy and one
    Markdown configuration). Loaded on first use; saved only when something changed, and then
    holding only what the last build used, so it never grows with old versions."""

    def __init__(self, path: Path, secret: bytes, context: str) -> None:
        self.path = path
        self._secret = secret
        self._context = hashlib.blake2b(context.encode(), digest_size=32).digest()
        self._data: dict[str, Any] | None = None
        self._used: set[str] = set()
        self._dirty = False
        self.hits = 0
        self.misses = 0

    @property
    def empty(self) -> bool:
        """Nothing stored for this context: no key can be found. Reads the file (as the first
        `get` would); a damaged or foreign one is empty, and rewritten."""
        return not self._load()

    def get(self, key: str) -> Any:
        value = self._load().get(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
            self._used.add(key)
        return value

    def put(self, key: str, value: Any) -> None:
        self._load()[key] = value
        self._used.add(key)
        self._dirty = True

    def forget_unused(self) -> None:
        """Start a new build (under `mkdocs serve`): what it does not use is dropped on save."""
        self._used = set()
        self.hits = self.misses = 0

    def save(self) -> None:
        if self._data is None:
            return  # never loaded, or saved and closed: nothing new to write
        data = self._data
        if not self._dirty and len(self._used) == len(data):
            return
        kept = {key: data[key] for key in sorted(self._used)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, lambda out: self._dump(out, kept))
        self._data = kept
        self._dirty = False

    def close(self) -> None:
        """Drop the values from memory (the build keeps what it uses)."""
        self._data = None

    def _mac(self) -> Any:
        return hashlib.blake2b(key=self._secret, digest_size=32)

    def _dump(self, out: IO[bytes], data: dict[str, Any]) -> None:
        out.write(_HEADER.pack(MAGIC, FORMAT, self._context, bytes(32)))
        mac = self._mac()
        mac.update(MAGIC + struct.pack(">I", FORMAT) + self._context)
        writer = io.BufferedWriter(_MacWriter(out, mac), buffer_size=1 << 20)
        # One pickle per value, the pickler's memo cleared in between: one pickle of the whole
        # mapping remembered every object it wrote (200 MB at 10,000 entries).
        pickler = pickle.Pickler(writer, protocol=5)
        pickler.dump(len(data))
        for key, value in data.items():
            pickler.dump((key, _encoded(value)))
            pickler.clear_memo()
        writer.flush()
        out.seek(_HEADER.size - 32)
        out.write(mac.digest())

    def _load(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self._read()
            if not self._data:
                self._dirty = True  # missing, damaged, foreign or outdated: rewrite it
        return self._data

    def _read(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as file:
                header = file.read(_HEADER.size)
                if len(header) != _HEADER.size:
                    return {}
                magic, version, context, expected = _HEADER.unpack(header)
                if magic != MAGIC or version != FORMAT or context != self._context:
                    return {}
                mac = self._mac()
                mac.update(MAGIC + struct.pack(">I", FORMAT) + context)
                for chunk in iter(functools.partial(file.read, 1 << 20), b""):
                    mac.update(chunk)
                if not hmac.compare_digest(mac.digest(), expected):
                    return {}
                file.seek(_HEADER.size)
                count = _SafeUnpickler(file).load()
                data = {}
                for _ in range(count):
                    key, value = _SafeUnpickler(file).load()  # a fresh memo for each value
                    data[key] = _decoded(value)
        except Exception:  # any unreadable cache file is simply not used: rebuilt, rewritten
            return {}
        return data


class _Text(bytes):
    """A stored string, as UTF-8: pickling a non-ASCII `str` makes CPython keep a UTF-8 copy
    inside it for as long as it lives (every page body, 200 MB at 10,000 entries)."""


def _encoded(value: Any) -> Any:
    if type(value) is str:
        return _Text(value.encode("utf-8", "surrogatepass"))
    if type(value) is tuple and all(type(item) is str for item in value):
        return tuple(_Text(item.encode("utf-8", "surrogatepass")) for item in value)
    return value


def _decoded(value: Any) -> Any:
    if type(value) is _Text:
        return value.decode("utf-8", "surrogatepass")
    if type(value) is tuple and value and all(type(item) is _Text for item in value):
        return tuple(item.decode("utf-8", "surrogatepass") for item in value)
    return value


class BuildCache:
    """The cache folder of one project: validated entries, and rendered pages and feeds."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._secret: bytes | None = None
        self._stores: dict[str, tuple[str, Store]] = {}
        # Entry fingerprints by slug, set as entries are validated: what pages are keyed on.
        self.entry_keys: dict[str, str] = {}
        # In-process: a file's key by (path, mtime, size), so an unchanged file is not reread
        # under `mkdocs serve`.
        self._file_keys: dict[Path, tuple[tuple[int, int], str]] = {}
        # What every validated entry depends on besides its file (set by the pipeline).
        self.content_context: list[str] = []
        self.errors: list[str] = []

    def store(self, name: str, context: Iterable[str]) -> Store:
        """The store `name` for this context; a new context replaces the old store's content."""
        context_key = digest_of(code_fingerprint(), *context)
        known = self._stores.get(name)
        if known is not None and known[0] == context_key:
            return known[1]
        if self._secret is None:
            self._secret = self._load_secret()
        # One file per context, so that `mkdocs serve` (another site_url) and `mkdocs build`
        # do not overwrite each other's; the oldest beyond KEEP_CONTEXTS are removed on save.
        path = self.directory / f"{name}-{context_key[:16]}.cache"
        store = Store(path, self._secret, context_key)
        self._stores[name] = (context_key, store)
        return store

    def file_key(
        self,
        path: Path,
        src: str,
        display: str,
        *,
        limit: int,
        fresh: bool = False,
        stamp: tuple[int, int] | None = None,
    ) -> str | None:
        """The key of a content file: its path, how problems name it, and its bytes. None for a
        file that cannot be read or is over `limit` bytes (validated every time: refused).
        `stamp`: its modification time and size, when the caller has just read them."""
        try:
            if stamp is None or fresh:
                stat = path.stat()
                stamp = (stat.st_mtime_ns, stat.st_size)
            known = self._file_keys.get(path)
            if known is not None and known[0] == stamp and not fresh:
                return known[1]
            if stamp[1] > limit:
                return None
            with path.open("rb") as file:
                key = content_key(src, display, file.read(limit + 1), limit)
        except OSError:
            return None
        if key is not None:
            self._file_keys[path] = (stamp, key)
        return key

    def remember(self, path: Path, stamp: tuple[int, int], key: str) -> None:
        """A file's key worked out elsewhere (a worker process), from bytes read after `stamp`
        was taken: used while the file keeps that stamp, as `file_key` does its own."""
        self._file_keys[path] = (stamp, key)

    def begin(self) -> None:
        """A new build in the same process (`mkdocs serve`)."""
        self.entry_keys = {}
        for _, store in self._stores.values():
            store.forget_unused()

    def save(self) -> None:
        """Write what changed; a cache that cannot be written is reported, never fatal."""
        for name, (_, store) in self._stores.items():
            try:
                store.save()
                self._prune(name, store.path)
            except OSError as error:
                self.errors.append(f"{store.path}: cannot write the build cache ({error})")

    def _prune(self, name: str, current: Path) -> None:
        """Keep the newest few files of a store (other contexts), remove the rest."""
        found = []
        for path in self.directory.glob(f"{name}-*.cache"):
            try:
                found.append((path.stat().st_mtime_ns, path))
            except OSError:
                continue
        found.sort(reverse=True)
        for _, path in [item for item in found if item[1] != current][KEEP_CONTEXTS - 1 :]:
            path.unlink(missing_ok=True)

    def close(self) -> None:
        """Drop the stored values from memory once the build has what it needs."""
        for _, store in self._stores.values():
            store.close()

    def _load_secret(self) -> bytes:
        try:
            return _secret(self.directory)
        except OSError as error:
            self.errors.append(f"{self.directory}: cannot use the build cache ({error})")
            return os.urandom(KEY_BYTES)  # this run only: nothing it writes can be read back


# --- Keys of generated pages ------------------------------------------------------------------


class PageKeys:
    """Keys of generated pages from what a template is given: entries by their fingerprint,
    topics, organizations and people by what their pages show of them. A value of a kind it does
    not know makes the page uncacheable (rendered every time), never wrongly cached.

    Templates read only their context; a template that starts reading more of the corpus (an
    aggregate not passed in) must have it added here."""

    def __init__(self, entry_keys: Mapping[str, str]) -> None:
        self.entry_keys = entry_keys

    def key(self, *parts: Any) -> str | None:
        try:
            shape = self._walk(parts)
        except _Uncacheable:
            return None
        return digest_of(repr(shape))

    def _walk(self, value: Any) -> Any:
        Entry, Quote, Group, Person, Edition, Pager = _page_kinds()
        kind = type(value)
        if kind is Entry:
            key = self.entry_keys.get(value.slug)
            if key is None:
                raise _Uncacheable
            return ("entry", key)
        if kind is tuple or kind is list:
            return tuple([self._walk(item) for item in value])
        if value is None or kind in (str, int, float, bool):
            return value
        if kind is Pager:
            return ("pager", value.number, value.count, value.base, self._walk(list(value.items)))
        if kind is Group:
            return ("group", value.kind, value.slug, len(value.entries))
        if kind is Person:
            return ("person", value.slug, value.name, len(value.quotes), repr(value.latest))
        if kind is Quote:
            return repr(value)
        if kind is Edition:
            sections = tuple(
                (section.heading, self._walk(list(section.entries))) for section in value.sections
            )
            intro = digest_of(value.intro.html)
            return ("edition", value.src, value.title, value.date.isoformat(), intro, sections)
        if isinstance(value, dt.date):
            return value.isoformat()
        raise _Uncacheable


class _Uncacheable(Exception):
    pass


@functools.cache
def _page_kinds() -> tuple[type, ...]:
    """The classes a page's context holds, imported once (not on each of the 350,000 values a
    build at 10,000 entries walks: the import statements alone cost a second)."""
    from digest.model.corpus import Group, Person
    from digest.model.edition import Edition
    from digest.model.entry import Entry, Quote
    from digest.site.paging import Pager

    return Entry, Quote, Group, Person, Edition, Pager


class PageCache:
    """Rendered pages (and feeds) of one site configuration, keyed by what they show."""

    def __init__(self, store: Store, entry_keys: Mapping[str, str]) -> None:
        self.store = store
        self.keys = PageKeys(entry_keys)

    def key(self, *parts: Any) -> str | None:
        return self.keys.key(*parts)

    def get(self, key: str) -> Any:
        return self.store.get(key)

    def put(self, key: str, value: Any) -> None:
        self.store.put(key, value)


def page_cache(build_cache: BuildCache, settings: Any) -> PageCache:
    """The page cache for these site settings, after the entries were validated with the same
    build cache (pages are keyed on the entries' fingerprints and the taxonomy)."""
    context = [*build_cache.content_context, repr(settings)]
    return PageCache(build_cache.store("pages", context), build_cache.entry_keys)


def cached_feeds(corpus: Any, settings: Any, cache: PageCache | None) -> list[Any]:
    """Every feed file. Each feed is cached by what it shows, so that one edit renders again
    only the feeds the entry is in (not all of them: 730 feeds at 10,000 entries)."""
    from digest.site.feeds import (
        FeedItems,
        edition_feeds,
        group_feed,
        opml_file,
        render_feeds,
        site_feeds,
        taxonomy_groups,
    )

    if cache is None:
        return render_feeds(corpus, settings)
    items = FeedItems(corpus, settings)
    groups = taxonomy_groups(corpus)
    # Editions are in every key: what an entry's item shows may depend on them.
    editions, updated = list(corpus.editions), corpus.updated
    parts: list[tuple[tuple[Any, ...], Any]] = [
        (
            ("feeds-site", corpus.entries[: settings.feed_items], updated, editions),
            lambda: site_feeds(corpus, settings, items),
        )
    ]
    for group in groups:
        shown = group.entries[: settings.taxonomy_feed_items]
        parts.append(
            (
                ("feed-group", group, shown, updated, editions),
                functools.partial(group_feed, group, corpus, settings, items),
            )
        )
    parts.append((("feeds-editions", editions), lambda: edition_feeds(corpus, settings)))
    parts.append((("feeds-opml", groups, updated, editions), lambda: [opml_file(corpus, settings)]))
    files: list[Any] = []
    for shape, render in parts:
        key = cache.key(*shape)
        found = cache.get(key) if key else None
        if found is None:
            found = render()
            if key:
                cache.put(key, found)
        files += found
    return files
