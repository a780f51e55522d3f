"""Bounds on the work one piece of content may cause: a deadline for code we do not control.

Python-Markdown has slow paths (20 KB of `[` takes minutes) and recursion of its own; a deadline
turns any of them into an error that names the file, instead of a hung build.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimit(Exception):
    """The work did not finish within its deadline."""


def _expired(signum: int, frame: object) -> None:
    raise TimeLimit


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TimeLimit inside the block once `seconds` have passed (wall clock).

    Uses SIGALRM, so it only applies in the main thread of a POSIX process (where MkDocs, the
    `digest` command and the check's worker processes all run); elsewhere the block runs
    unbounded, and the structural limits (body size, element count) still hold.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
