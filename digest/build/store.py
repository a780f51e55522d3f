"""The one cache store: every cached artefact of the build, by kind and key, in SQLite.

SQLite (WAL) gives what a hand-made store had to make: transactions instead of appends, two
processes at once (a build and `digest check`, or a build and its workers), and one file to
check. Values are bytes (HTML, feed XML, JSON records): nothing is unpickled from disk.

A store file is read as untrusted. It is opened only if it and its companions are regular
files (never a FIFO, a device or a symlink); a file SQLite cannot read is set aside and the
store starts empty; each record carries a MAC over its kind, key and value. Records that reach
readers as they are (pages, feeds, themed HTML, validated entries) are MAC'd with a secret that
lives outside the cache folder and outside the repository (`digest.build.secret`), so a store
written by anyone else (a committed cache, a restored CI cache) cannot put a byte into a page;
without that secret they are neither read nor written. Only `digest check`'s records (problems
and references, which decide nothing a reader gets) are kept with a plain checksum, so that a
pull request's check can reuse the cache its workflow restores.

Records no recent build used are removed at the end of a build (`finish`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

FORMAT = "1"
FILE_NAME = "digest.sqlite"
# Builds a record survives unused (e.g. `mkdocs build` and `serve` alternating); a record in
# use is marked at most every other build, so it always looks at most two builds old.
KEEP_GENERATIONS = 4
MAC_BYTES = 16
BUSY_SECONDS = 60.0
# `records_by_use`: which records a build evicts is found in the index, not by reading every
# record of a kind (`used` follows the value, so SQLite reads each value to reach it: at
# 10,000 short entries the eviction read 1.3 GB and took 5 s of every build's end).
# Kinds whose records decide nothing a reader gets: checked by a checksum, usable without the
# secret (see the module's docstring). Every other kind needs the secret.
UNKEYED = frozenset({"check"})
_BATCH = 500  # keys per SELECT

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    mac BLOB NOT NULL,
    used INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS records_by_key ON records (kind, key);
CREATE INDEX IF NOT EXISTS records_by_use ON records (kind, used);
"""


_INHERITED: list[sqlite3.Connection] = []  # in a forked worker: the parent's, left alone


class StoreError(Exception):
    """The store cannot be used for this run; the message says why (never fatal)."""


def _regular_or_absent(path: Path) -> None:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"{path}: not a regular file; the build cache is not used")


class Store:
    """One project's store. Open with `Store.open`; every failure is reported in `errors`
    and makes the store act empty, never stops a build."""

    def __init__(self, path: Path, secret: bytes | None) -> None:
        self.path = path
        self.secret = secret
        self.errors: list[str] = []
        self.generation = 0
        self.counts: dict[str, list[int]] = {}  # this build's [hits, misses] by kind
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, str, bytes, bytes, int]] = []
        self._used: dict[str, set[str]] = {}
        self._pid = os.getpid()

    @classmethod
    def open(cls, directory: Path, secret: bytes | None) -> Store:
        store = cls(directory / FILE_NAME, secret)
        try:
            store._connect()
        except StoreError as error:
            store.errors.append(str(error))
            store._db = None
        return store

    @property
    def usable(self) -> bool:
        return self._db is not None

    def trusted(self, kind: str) -> bool:
        """Whether records of this kind may be read and written in this run."""
        return self._db is not None and (self.secret is not None or kind in UNKEYED)

    # --- reading ----------------------------------------------------------------------------

    def get(self, kind: str, key: str) -> bytes | None:
        return self.get_many(kind, [key]).get(key)

    def get_many(self, kind: str, keys: Sequence[str]) -> dict[str, bytes]:
        """The records found for these keys whose MAC holds (others are misses)."""
        found: dict[str, bytes] = {}
        stale: list[str] = []  # found, and last marked as used more than a build ago
        counts = self.counts.setdefault(kind, [0, 0])
        if not self.trusted(kind) or not keys:
            counts[1] += len(keys)
            return found
        try:
            for start in range(0, len(keys), _BATCH):
                chunk = list(keys[start : start + _BATCH])
                marks = ",".join("?" * len(chunk))
                rows = self._query(
                    "SELECT key, value, mac, used FROM records "
                    f"WHERE kind = ? AND key IN ({marks})",
                    [kind, *chunk],
                )
                for key, value, mac, used in rows:
                    if not (isinstance(value, bytes) and isinstance(mac, bytes)):
                        continue  # not what this store writes: a miss
                    name = str(key)
                    if hmac.compare_digest(mac, self._mac(kind, name, value)):
                        found[name] = value
                        if not isinstance(used, int) or used < self.generation - 1:
                            stale.append(name)
        except sqlite3.Error as error:
            self._broken(error)
        counts[0] += len(found)
        counts[1] += len(keys) - len(found)
        # Marked as used again at most every other build: a warm build rewrites half as much.
        self._used.setdefault(kind, set()).update(stale)
        return found

    def has(self, kind: str, keys: Sequence[str]) -> set[str]:
        """Which of these keys have a record (their MAC is checked when they are read)."""
        present: set[str] = set()
        if not self.trusted(kind):
            return present
        try:
            for start in range(0, len(keys), _BATCH):
                chunk = list(keys[start : start + _BATCH])
                marks = ",".join("?" * len(chunk))
                rows = self._query(
                    f"SELECT key FROM records WHERE kind = ? AND key IN ({marks})", [kind, *chunk]
                )
                present.update(str(key) for (key,) in rows)
        except sqlite3.Error as error:
            self._broken(error)
        return present

    def marked(self) -> dict[str, list[str]]:
        """The keys this run read or wrote that `finish` will mark as used."""
        return {kind: sorted(keys) for kind, keys in self._used.items()}

    def mark(self, kind: str, keys: Iterable[str]) -> None:
        """Keys another process read for this build (`digest.build.sitewriter`): kept as
        this run's own reads are."""
        self._used.setdefault(kind, set()).update(keys)

    # --- writing ----------------------------------------------------------------------------

    def put(self, kind: str, key: str, value: bytes, *, used: int | None = None) -> None:
        """Kept in memory, written by `flush` (one transaction for many records). `used`: what
        to record instead of this build's generation (the page cache records the time)."""
        if not self.trusted(kind):
            return
        mark = self.generation if used is None else used
        self._pending.append((kind, key, value, self._mac(kind, key, value), mark))
        self._used.setdefault(kind, set()).add(key)
        if len(self._pending) >= 2000:
            self.flush()

    def flush(self) -> None:
        if not self._pending or self._db is None:
            self._pending = []
            return
        pending, self._pending = self._pending, []
        try:
            with self._transaction() as db:
                db.executemany(
                    "INSERT INTO records (kind, key, value, mac, used) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, "
                    "mac = excluded.mac, used = excluded.used",
                    pending,
                )
        except sqlite3.Error as error:
            self._broken(error)

    def begin(self) -> None:
        """A new build (each rebuild of `mkdocs serve` too): a new generation of records."""
        self._used = {}
        self.counts = {}
        if self._db is None:
            return
        try:
            with self._transaction() as db:
                row = db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
                self.generation = int(row[0]) + 1 if row else 1
                db.execute(
                    "INSERT OR REPLACE INTO meta (name, value) VALUES ('generation', ?)",
                    (str(self.generation),),
                )
        except (sqlite3.Error, ValueError) as error:
            self._broken(error)

    def finish(self, *, evict: bool = True) -> None:
        """Write what is pending, mark what this build used, and remove the records of the
        kinds it used that no recent build did (not under `mkdocs serve`, whose site differs:
        see KEEP_GENERATIONS)."""
        self.flush()
        if self._db is None:
            return
        try:
            with self._transaction() as db:
                for kind, keys in self._used.items():
                    db.executemany(
                        "UPDATE records SET used = ? WHERE kind = ? AND key = ? AND used < ?",
                        [(self.generation, kind, key, self.generation) for key in keys],
                    )
                if evict:  # only the kinds this run made: `digest check` keeps the build's
                    db.executemany(
                        "DELETE FROM records WHERE kind = ? AND used <= ?",
                        [(kind, self.generation - KEEP_GENERATIONS) for kind in self._used],
                    )
        except sqlite3.Error as error:
            self._broken(error)
        self._used = {}

    def drop(self, kind: str, *, used_before: int) -> None:
        """Remove the records of one kind last used before `used_before` (the page cache's
        pages fetched long ago: no build uses that kind, so no build removes them)."""
        if self._db is None:
            return
        try:
            with self._transaction() as db:
                db.execute("DELETE FROM records WHERE kind = ? AND used < ?", (kind, used_before))
        except sqlite3.Error as error:
            self._broken(error)

    def vacuum(self) -> None:
        """Give the space of removed records back to the file system."""
        if self._db is None:
            return
        try:
            self._db.execute("VACUUM")
        except sqlite3.Error as error:
            self._broken(error)

    def close(self) -> None:
        self.flush()
        if self._db is not None and os.getpid() == self._pid:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None

    def reopen_after_fork(self) -> None:
        """In a forked worker: a connection of its own (a SQLite connection never crosses a
        fork), and nothing of the parent's pending writes. The parent's connection is kept
        alive, never closed here: closing its file would drop the parent's locks on it."""
        if self._db is not None:
            _INHERITED.append(self._db)
        self._db = None
        self._pending = []
        self._used = {}
        self._pid = os.getpid()
        try:
            self._connect()
        except StoreError as error:
            self.errors.append(str(error))

    # --- inside -----------------------------------------------------------------------------

    def _mac(self, kind: str, key: str, value: bytes) -> bytes:
        if kind in UNKEYED or self.secret is None:
            h = hashlib.blake2b(digest_size=MAC_BYTES, person=b"digest-check")
        else:
            h = hashlib.blake2b(digest_size=MAC_BYTES, key=self.secret, person=b"digest-record")
        for part in (kind.encode(), key.encode(), value):
            h.update(len(part).to_bytes(8, "big"))
            h.update(part)
        return h.digest()

    def _connect(self) -> None:
        directory = self.path.parent
        try:
            info = os.lstat(directory)
        except FileNotFoundError:
            info = None
        if info is not None and not stat.S_ISDIR(info.st_mode):
            raise StoreError(f"{directory}: not a folder; the build cache is not used")
        for companion in ("", "-wal", "-shm", "-journal"):
            _regular_or_absent(self.path.with_name(self.path.name + companion))
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._db = self._sqlite()
        except sqlite3.DatabaseError as error:
            if not _damaged(error):  # locked by another build, a full disk: not this run
                raise StoreError(f"{self.path}: cannot use the build cache ({error})") from None
            self._set_aside(error)
            try:
                self._db = self._sqlite()
            except (OSError, sqlite3.Error) as again:
                raise StoreError(f"{self.path}: cannot use the build cache ({again})") from None
        except OSError as error:
            raise StoreError(f"{self.path}: cannot use the build cache ({error})") from None

    def _sqlite(self) -> sqlite3.Connection:
        # Shared by threads only under the caller's lock (the editor's page cache).
        db = sqlite3.connect(
            self.path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
        )
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
            if row is None:
                db.execute(
                    "INSERT OR IGNORE INTO meta (name, value) VALUES ('format', ?)", (FORMAT,)
                )
            elif row[0] != FORMAT:
                db.close()
                raise sqlite3.DatabaseError(f"format {row[0]!r}, not {FORMAT!r}")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                db.close()
            raise
        return db

    def _set_aside(self, error: Exception) -> None:
        """A store SQLite cannot read (damaged, foreign, another format): removed, so that this
        build starts a new one; reported once."""
        self.errors.append(f"{self.path}: unreadable build cache ({error}); starting a new one")
        for companion in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError, IsADirectoryError):
                self.path.with_name(self.path.name + companion).unlink()

    def _query(self, sql: str, args: Iterable[object]) -> Iterator[tuple[object, ...]]:
        assert self._db is not None
        return iter(self._db.execute(sql, tuple(args)).fetchall())

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        assert self._db is not None
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _broken(self, error: Exception) -> None:
        """SQLite failed mid-build (the file was damaged, the disk is full): the store acts
        empty for the rest of the run; a damaged file is set aside for the next."""
        self.errors.append(f"{self.path}: the build cache failed ({error}); not used further")
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        if isinstance(error, sqlite3.DatabaseError) and _damaged(error):
            self._set_aside(error)


def _damaged(error: sqlite3.DatabaseError) -> bool:
    """A file that is not a store this version can read (corrupt, not a database, another
    format), as opposed to one that is busy, on a full disk, or misused by this process: only
    the first is set aside. Another process may be using the file: removing it for a lock would
    lose that build's work."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # raised here: a store of another format
        return type(error) is sqlite3.DatabaseError
    return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
