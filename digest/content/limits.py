"""Bounds on the work one piece of content may cause: a deadline for code we do not control.

Python-Markdown has slow paths (20 KB of `[` takes minutes) and recursion of its own; a deadline
turns any of them into an error that names the file, instead of a hung build.

The deadline counts the processor time the work itself uses, not the clock: whether a body is
valid must not depend on how busy the machine is (a build beside others, a laptop swapping, a
CI runner shared with other jobs). On the clock, an ordinary write-up that renders in 3 ms was
refused under a 100,000-entry build's load.
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
    """Raise TimeLimit inside the block once it has used `seconds` of processor time.

    Uses SIGPROF (the process's user and system time), so it only applies in the main thread of
    a POSIX process (where MkDocs, the `digest` command and the check's worker processes all
    run); elsewhere the block runs unbounded, and the structural limits (body size, element
    count) still hold.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGPROF, _expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
