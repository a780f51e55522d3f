"""Stored files written into the site by a fresh process while the build goes on.

A warm build takes most of its files from the store (the themed pages, the search bundle's
folders) and has only to write them, one file each: at 10,000 short entries about 48,000 files,
and `mkdir`, `open` and `write` took 18 of the 37 s of such a build in the build's own process.
Here another process reads those records from the store itself and writes them, so the build
hands over only their keys and paths and goes on with what only it can do. The process is
fresh, not forked: it holds nothing of the build's but the records it is writing.

Failure never changes the output: whatever the process does not confirm (it could not start,
died, missed the deadline, or a record was gone from the store when it looked), `finish` hands
back, and the caller writes it itself.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.build.offload import child_environment, read_frames, write_frame
from digest.build.store import Store
from digest.build.workers import die_with_parent
from digest.site.render import Job
from digest.site.search_bundle import unpack

DEADLINE = 1200.0  # seconds for every file of one process to be written
BATCH = 64  # records read from the store at once


@dataclass(frozen=True)
class Stored:
    """One stored record to write: a file at `path`, or (`folder`) a packed folder unpacked
    under `path` (`digest.site.search_bundle`). Paths are absolute."""

    kind: str
    key: str
    path: str
    folder: bool = False


@dataclass(frozen=True)
class _Order:
    directory: str
    secret: bytes | None
    generation: int
    tasks: list[Stored]


class SiteWriter:
    """The stored records' files, written by fresh processes started here (`processes` of
    them, each with its share of the tasks in order: writing files is mostly the kernel's
    work, which runs on every core)."""

    def __init__(self, tasks: Sequence[Stored], store: Store | None, processes: int = 1) -> None:
        self.tasks = list(tasks)
        self.store = store
        # Each process with the range of tasks it was given.
        self.shares: list[tuple[range, subprocess.Popen[bytes] | None]] = []
        if not self.tasks or store is None or not store.usable:
            return
        count = max(1, min(processes, len(self.tasks)))
        size = -(-len(self.tasks) // count)
        for begin in range(0, len(self.tasks), size):
            share = range(begin, min(begin + size, len(self.tasks)))
            order = _Order(
                str(store.path.parent),
                store.secret,
                store.generation,
                self.tasks[share.start : share.stop],
            )
            self.shares.append((share, _start(order)))

    def finish(self, deadline: float = DEADLINE) -> list[Stored]:
        """Wait for the processes; the tasks they did not write (all of a process's, if it
        failed). The records they read count as read by this build (the store keeps them)."""
        shares, self.shares = self.shares, []
        everything, self.tasks = self.tasks, []  # handed back once
        if not shares:
            return everything
        end = time.monotonic() + deadline
        left: list[Stored] = []
        for share, process in shares:
            tasks = everything[share.start : share.stop]
            if process is None:
                left.extend(tasks)
                continue
            try:
                missing, used = next(read_frames(process, end))
                left.extend(tasks[index] for index in missing)
            except Exception:  # gone, cut short, past the deadline: written by the caller
                _end(process, kill=True)
                left.extend(tasks)
                continue
            _end(process)
            if self.store is not None:
                for kind, keys in used.items():
                    self.store.mark(kind, keys)
        return left

    def close(self) -> None:
        """Stop the processes (a build that failed)."""
        shares, self.shares = self.shares, []
        for _, process in shares:
            if process is not None:
                _end(process, kill=True)


def _start(order: _Order) -> subprocess.Popen[bytes] | None:
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "digest.build.sitewriter"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_environment(),
        )
    except OSError:
        return None
    data = pickle.dumps(order, protocol=pickle.HIGHEST_PROTOCOL)
    # Sent from a thread: the child reads it once it has started, and the build goes on.
    threading.Thread(target=_send, args=(process, data), daemon=True).start()
    return process


def _send(process: subprocess.Popen[bytes], data: bytes) -> None:
    assert process.stdin is not None
    try:
        with process.stdin as pipe:
            pipe.write(data)
    except (OSError, ValueError):  # the child is gone: `finish` finds no answer
        pass


def _end(process: subprocess.Popen[bytes], *, kill: bool = False) -> None:
    """Make sure the process has ended (it has, once it answered), and close its pipe."""
    if kill:
        process.kill()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


def write(path: str, data: bytes) -> None:
    """A file and the folders it needs (what MkDocs' `write_file` does)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(data)


def made_into(view: tuple[Job[Any], str]) -> bytes:
    """A folder job's output, its files also written into `folder` by the process that made it
    (the job `digest.build.site.Folders` gives the fresh process that makes the search bundle)."""
    job, folder = view
    packed = job.run()
    for rel, data in unpack(packed).items():
        write(os.path.join(folder, rel), data)
    return packed


def write_record(task: Stored, value: bytes) -> None:
    if not task.folder:
        write(task.path, value)
        return
    for rel, data in unpack(value).items():
        write(os.path.join(task.path, rel), data)


def main() -> int:
    """In the child: write the records the order names; answer with the tasks not written
    and the keys read."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    die_with_parent(os.getppid(), signal.SIGTERM)  # a killed build's writer stops with it
    order: _Order = pickle.load(sys.stdin.buffer)
    store = Store.open(Path(order.directory), order.secret)
    store.generation = order.generation
    missing: list[int] = []
    tasks = order.tasks
    start = 0
    while start < len(tasks):
        kind = tasks[start].kind
        stop_at = start
        while stop_at < len(tasks) and stop_at - start < BATCH and tasks[stop_at].kind == kind:
            stop_at += 1
        found = store.get_many(kind, [task.key for task in tasks[start:stop_at]])
        for index in range(start, stop_at):
            value = found.get(tasks[index].key)
            try:
                if value is None:
                    raise LookupError
                write_record(tasks[index], value)
            except (LookupError, OSError, ValueError):
                missing.append(index)
        start = stop_at
    write_frame(sys.stdout.buffer, (missing, store.marked()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
