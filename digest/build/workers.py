"""The build's one process mechanism: forked workers over a list, results in order.

Validation and theming are CPU-bound Python; with two cores, two processes halve their wall
time. The workers are forked (a `concurrent.futures` pool with the fork start method), so they
share the build's data as it is (the taxonomy, the plan, MkDocs' pages and nav) and only item
numbers go to them; results come back in the list's order, a few chunks ahead of the caller
(so a fast worker never fills the caller's memory with results it has not reached).

Failure never changes the output: if a worker dies, fails on a chunk or falls silent for
`SILENCE` seconds, the caller makes that chunk itself, and the rest of the list too. Only where
`os.fork` exists and more than one CPU is available; never in a process that runs threads
(`mkdocs serve`), where the caller passes `parallel=False`.
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import functools
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

SILENCE = 120.0  # seconds a chunk may take before its worker is given up
AHEAD = 4  # chunks per worker submitted ahead of the one the caller waits for

# What the workers run: set just before they are forked, read by `_chunk` in each of them.
_task: tuple[Callable[[Any], Any], Sequence[Any], Callable[[], None] | None] | None = None


def can_fork() -> bool:
    try:
        return hasattr(os, "fork") and len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return False


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


PR_SET_PDEATHSIG = 1  # Linux's prctl option: a signal for this process when its parent dies


def die_with_parent(parent: int, signum: int = signal.SIGKILL) -> None:
    """In a helper process: end with its parent (`signum` when the parent dies), not be left
    behind by a build that was killed (`kill -9`, a CI timeout, the out-of-memory killer). A
    forked worker blocked on a pipe nobody reads would otherwise live on, and hold the pipes of
    the build's other helpers open, so that they never see their end either. Linux only (where
    the kernel offers it); a parent gone already ends the process at once."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # died before the signal was asked for
        os._exit(1)


def _started(parent: int, after_fork: Callable[[], None] | None) -> None:
    """A forked worker's first step: die with the build, then the caller's `after_fork`."""
    die_with_parent(parent)
    if after_fork is not None:
        after_fork()


def _chunk(start: int, stop: int) -> list[Any]:
    """In a worker: the results of items [start, stop), then the task's `flush`."""
    assert _task is not None
    function, items, flush = _task
    results = [function(items[index]) for index in range(start, stop)]
    if flush is not None:
        flush()
    return results


class ordered(Iterator[R]):
    """`function(item)` for each item, in order; in forked workers when `parallel` and the
    machine allows. The workers are forked here, when this is made (not when it is first read),
    so they see the caller's state as it is now. `after_fork` runs first in each worker (e.g.
    to open its own store connection); `flush` after each of its chunks (e.g. to write what it
    stored)."""

    def __init__(
        self,
        function: Callable[[T], R],
        items: Sequence[T],
        *,
        chunk: int = 16,
        workers: int | None = None,
        parallel: bool = True,
        after_fork: Callable[[], None] | None = None,
        flush: Callable[[], None] | None = None,
        renew: int | None = None,
    ) -> None:
        global _task
        self.function, self.items = function, items
        count = len(items)
        self.ranges = [(start, min(start + chunk, count)) for start in range(0, count, chunk)]
        self.number = 0  # the next chunk to yield
        self.results: list[R] = []
        self.pool: ProcessPoolExecutor | None = None
        self.pending: dict[int, Future[list[R]]] = {}
        self.submitted = 0
        self.workers = workers or min(cpu_count(), 8)
        self.after_fork = after_fork
        # Chunks each set of workers makes before fresh ones are forked in their place (`renew`
        # items): a worker's memory grows with what it touches of the build's (copy-on-write)
        # and what it caches, and a fresh fork starts sharing everything again.
        self.per_pool = max(1, renew // chunk) if renew else len(self.ranges)
        self.pool_end = self.per_pool
        if parallel and count > chunk and can_fork():
            _task = (function, items, flush)
            self._fork()

    def _fork(self) -> None:
        context = multiprocessing.get_context("fork")
        started = functools.partial(_started, os.getpid(), self.after_fork)
        self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=started)
        _frozen(+1)  # with the pool, so that stopping it gives the objects back
        self._submit()  # forks the workers now

    def __iter__(self) -> ordered[R]:
        return self

    def __next__(self) -> R:
        while not self.results:
            if self.number >= len(self.ranges):
                self.close()
                raise StopIteration
            self.results = self._chunk(self.number)
            self.results.reverse()
            self.number += 1
        return self.results.pop()

    def _submit(self) -> None:
        while self.pool is not None and self.submitted < min(len(self.ranges), self.pool_end):
            if self.submitted > self.number + AHEAD * self.workers:
                return
            try:
                future = self.pool.submit(_chunk, *self.ranges[self.submitted])
            except (concurrent.futures.BrokenExecutor, RuntimeError):
                self._give_up()
                return
            self.pending[self.submitted] = future
            self.submitted += 1

    def _chunk(self, number: int) -> list[R]:
        start, stop = self.ranges[number]
        future = self.pending.pop(number, None)
        if future is not None and self.pool is not None:
            try:
                results = future.result(timeout=SILENCE)
            except Exception:  # a dead, failing or silent worker: make the rest here
                self._give_up()
            else:
                if number + 1 == self.pool_end < len(self.ranges):
                    self._renew()
                else:
                    self._submit()
                return results
        return [self.function(self.items[index]) for index in range(start, stop)]

    def _renew(self) -> None:
        """Every chunk of these workers is in: stop them and fork fresh ones for the next."""
        pool, self.pool = self.pool, None
        if pool is not None:
            _stop(pool)
            _frozen(-1)
        self.pool_end += self.per_pool
        self._fork()

    def _give_up(self) -> None:
        pool, self.pool = self.pool, None
        self.pending = {}
        if pool is not None:
            _stop(pool)
            _frozen(-1)

    def close(self) -> None:
        """Stop the workers (also when the caller stops reading early)."""
        global _task
        self._give_up()
        _task = None


_pools = [0]  # pools of forked workers alive in this process


def _frozen(change: int) -> None:
    """While forked workers live, the collector leaves the objects made before their fork alone
    (`gc.freeze`): a full collection in the build writes into the header of every object it
    scans, which copies each page the workers still share with it (at 10,000 entries, about
    100 MB of validated entries became private to the build and to each worker). With the
    last pool gone, they are the collector's again."""
    _pools[0] += change
    if change > 0:
        gc.freeze()
    elif _pools[0] == 0:
        gc.unfreeze()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool down without waiting for a worker that may never answer."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
