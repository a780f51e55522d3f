"""Python's garbage collector during one build: fewer passes over objects that live to its end.

A build makes millions of objects that stay until it ends (the validated entries, the plan,
MkDocs' pages) and few reference cycles. With the default threshold (a pass every 700 new
objects), the build's own process at 3,000 short entries made 1,063 passes, 1.9-2.5 s of its
time on a busy machine, each older-generation pass walking everything made so far; with a
threshold of 20,000 it made 164, 0.5-1.0 s (docs/performance.md, "Eleventh round"). Garbage
in cycles waits a little longer to be freed (at most a threshold's worth of objects), and the
forked workers inherit the setting. `mkdocs serve` keeps the default: its rebuilds freeze what
the session keeps instead (`gc.freeze`).
"""

from __future__ import annotations

import gc

THRESHOLD = 20_000  # new objects between two passes of the youngest generation


class Collector:
    """The threshold raised for one build and put back after it (also when it fails)."""

    def __init__(self) -> None:
        self._saved: tuple[int, int, int] | None = None

    def relax(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            gc.set_threshold(max(THRESHOLD, self._saved[0]), *self._saved[1:])

    def restore(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None
