"""A forked helper that renders its share of a list while the caller renders the rest.

Rendering pages is CPU-bound Python; with two cores, two processes halve its wall time. A
`multiprocessing` pool would pickle each job's context (entries, the nav, the configuration) to
its workers; a fork shares them as they are. The helper renders its share in order and sends
each result through a pipe as soon as it is ready; the caller walks the whole list in the same
order, rendering its own items and taking the helper's as they arrive, so neither waits for long
and nothing but finished text crosses the pipe.

Failure never changes the output: if the helper dies, falls silent for HELPER_SILENCE seconds or
fails on an item, the caller renders what is missing itself. Only where `os.fork` exists and
more than one CPU is available; never under a server with threads (`mkdocs serve`).
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import struct
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

HELPER_SILENCE = 120.0  # seconds without a result before the helper is given up
_MESSAGE = struct.Struct(">IBQ")  # item number, ok, length


def can_fork() -> bool:
    try:
        return hasattr(os, "fork") and len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return False


class Helper:
    """The caller's side: `receive(n)` is item n's text if it is in the helper's share."""

    def __init__(self, pid: int, reader: int, share: frozenset[int]) -> None:
        self.pid = pid
        self.reader = reader
        self.share = share
        self.received: dict[int, bytes | None] = {}
        self.alive = True

    @classmethod
    def start(cls, share: Sequence[tuple[int, T]], render: Callable[[T], bytes]) -> Helper | None:
        """Fork a helper that renders `render(item)` for each (number, item) of the share, in
        order. None if no helper could be started (the caller then renders everything)."""
        reader, writer = os.pipe()
        with contextlib.suppress(ImportError, AttributeError, OSError):
            import fcntl

            fcntl.fcntl(writer, fcntl.F_SETPIPE_SZ, 1 << 20)  # let it run a megabyte ahead
        try:
            pid = os.fork()
        except OSError:
            os.close(reader)
            os.close(writer)
            return None
        if pid == 0:  # pragma: no cover - the helper (tests check what it sends)
            code = 0
            try:
                os.close(reader)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                _serve(share, render, writer)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(writer)
        return cls(pid, reader, frozenset(number for number, _ in share))

    def receive(self, number: int) -> bytes | None:
        """Item `number` from the helper, or None if it is not the helper's or not coming."""
        if number not in self.share:
            return None
        while number not in self.received and self.alive:
            header = self._read(_MESSAGE.size)
            if header is None:
                break
            got, ok, length = _MESSAGE.unpack(header)
            body = self._read(length) if length else b""
            if body is None:
                break
            self.received[got] = body if ok else None
        return self.received.pop(number, None)

    def _read(self, size: int) -> bytes | None:
        chunks: list[bytes] = []
        while size:
            ready, _, _ = select.select([self.reader], [], [], HELPER_SILENCE)
            chunk = os.read(self.reader, min(size, 1 << 20)) if ready else b""
            if not chunk:
                self.stop()
                return None
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def stop(self) -> None:
        """End the helper (done or not) and reap it."""
        if not self.alive:
            return
        self.alive = False
        os.close(self.reader)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


class Relay(Generic[T]):
    """Helpers one after another, each forked for one part of the share once the one before has
    sent all of its part. A helper shares the caller's memory copy-on-write, but reference
    counting writes to every object it reads, so each page it renders costs it a private copy
    of that page's objects: one helper for the whole share ends up holding a copy of most of
    the build (300 MB at 10,000 entries), each of three holds a third, and only one at a time.
    Same interface as `Helper`: `receive(n)`, `stop()`."""

    def __init__(self, parts: Sequence[Sequence[tuple[int, T]]], render: Callable[[T], bytes]):
        self.parts = [part for part in parts if part]
        self.render = render
        self.part_of = {number: k for k, part in enumerate(self.parts) for number, _ in part}
        self.current = -1
        self.helper: Helper | None = None
        self._next()

    @classmethod
    def start(
        cls, share: Sequence[tuple[int, T]], render: Callable[[T], bytes], *, parts: int
    ) -> Relay[T]:
        """`share` cut into `parts` runs of consecutive items, each for its own helper."""
        size = -(-len(share) // max(1, parts))
        return cls([share[i : i + size] for i in range(0, len(share), size or 1)], render)

    def _next(self) -> None:
        if self.helper is not None:
            self.helper.stop()
        self.current += 1
        self.helper = None
        if self.current < len(self.parts):
            self.helper = Helper.start(self.parts[self.current], self.render)

    def receive(self, number: int) -> bytes | None:
        """Item `number` from its helper, or None if it is not in the share or not coming."""
        part = self.part_of.get(number)
        if part is None or part < self.current:
            return None
        while self.current < part:  # the caller skipped the rest of a part
            self._next()
        received = self.helper.receive(number) if self.helper is not None else None
        if number == self.parts[part][-1][0]:
            self._next()  # this part is done: the next helper starts while the caller goes on
        return received

    def stop(self) -> None:
        if self.helper is not None:
            self.helper.stop()
            self.helper = None
        self.current = len(self.parts)


def _serve(  # pragma: no cover - runs in the helper
    share: Sequence[tuple[int, T]], render: Callable[[T], bytes], writer: int
) -> None:
    for number, item in share:
        try:
            body, ok = render(item), 1
        except Exception:
            body, ok = b"", 0
        data = memoryview(_MESSAGE.pack(number, ok, len(body)) + body)
        while data:
            data = data[os.write(writer, data) :]


def render_all(
    items: Sequence[T], render: Callable[[T], bytes], *, parallel_from: int | None
) -> list[bytes]:
    """`[render(item) for item in items]`, with every other item rendered by a helper when
    there are at least `parallel_from` of them (None: never)."""
    helper = None
    if parallel_from is not None and len(items) >= parallel_from and can_fork():
        helper = Helper.start(list(enumerate(items))[1::2], render)
    try:
        out = []
        for number, item in enumerate(items):
            text = helper.receive(number) if helper is not None else None
            out.append(render(item) if text is None else text)
        return out
    finally:
        if helper is not None:
            helper.stop()
