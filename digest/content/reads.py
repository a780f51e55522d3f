"""The files a write-up's rendering reads besides the entry itself: inputs of its outcome.

A Markdown extension may read files while it renders (`pymdownx.snippets` includes one, an
abbreviation or include extension reads a glossary): the entry's outcome then depends on
them, though its file does not name them. They are recorded as they are opened, through
Python's audit hook for `open` (so no list of extensions is kept here), with the hash of each,
and a stored outcome is used again only while every one of them is the same. The files it
looked for (`os.path.exists`, `isfile`) count too, found or not: a snippet missing when the
entry was rendered and created since is a change.

Python's own files and those of installed libraries are not recorded: the software's
fingerprint covers them.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import sysconfig
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Reads = tuple[tuple[str, str], ...]  # (absolute path, hash of its bytes), sorted by path

_local = threading.local()
_installed: list[bool] = []
_CODE = (".py", ".pyc", ".pyo", ".so", ".pyd")


def _probing(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """`os.path.exists` and its kin, noting the paths asked about while a rendering records: an
    extension that looks for a file before it opens one (`pymdownx.snippets`, which skips a
    missing snippet) depends on its absence too."""

    def probe(path: Any) -> bool:
        found = getattr(_local, "found", None)
        if found is not None and isinstance(path, str | bytes | os.PathLike):
            found.append(os.fsdecode(path))
        return check(path)

    probe.__wrapped__ = check  # type: ignore[attr-defined]
    return probe


def _install() -> None:
    sys.addaudithook(_hook)  # once a process; it returns at once for any other event
    for name in ("exists", "isfile", "lexists"):
        check = getattr(os.path, name)
        if not hasattr(check, "__wrapped__"):
            setattr(os.path, name, _probing(check))


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event != "open":
        return
    found = getattr(_local, "found", None)
    if found is None or not args:
        return
    path = args[0]
    if isinstance(path, str | bytes | os.PathLike):
        found.append(os.fsdecode(path))


@contextmanager
def recording() -> Iterator[list[str]]:
    """The paths opened in this thread while the block runs."""
    if not _installed:
        _install()
        _installed.append(True)
    previous = getattr(_local, "found", None)
    found: list[str] = []
    _local.found = found
    try:
        yield found
    finally:
        _local.found = previous


@functools.cache
def _libraries() -> tuple[str, ...]:
    """Where Python and the installed libraries live (once a process: asked for every entry)."""
    places = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    places |= {sysconfig.get_path(kind) for kind in ("stdlib", "purelib", "platlib")}
    return tuple(os.path.realpath(place) + os.sep for place in places if place)


def read_inputs(opened: list[str], own: str) -> Reads:
    """The files in `opened` that are content of the outcome (not `own`, the entry file; not
    code; not libraries), each with the hash of its bytes now."""
    if not opened:
        return ()
    libraries = _libraries()
    mine = os.path.realpath(own)
    found: dict[str, str] = {}
    for path in opened:
        real = os.path.realpath(path)
        if real == mine or real in found or real.endswith(_CODE) or real.startswith(libraries):
            continue
        found[real] = file_hash(real)  # "missing" for a file looked for and not there
    return tuple(sorted(found.items()))


def file_hash(path: str) -> str:
    """A file by content; "missing" when it is not there or cannot be read (a folder too), so
    that a file that appears later differs."""
    try:
        with open(path, "rb") as file:
            return hashlib.blake2b(file.read(), digest_size=16).hexdigest()
    except OSError:
        return "missing"


def unchanged(reads: Reads, known: dict[str, str]) -> bool:
    """Whether every file read still has the bytes it had (`known`: hashes made in this build)."""
    for path, digest in reads:
        now = known.get(path)
        if now is None:
            now = known[path] = file_hash(path)
        if now != digest:
            return False
    return True
