"""Forked helpers that render a list with the caller, who walks it in order.

Rendering pages is CPU-bound Python; with two cores, two processes halve its wall time. A
`multiprocessing` pool would pickle each job's context (entries, the nav, the configuration) to
its workers; a fork shares them as they are. A helper renders in order and sends each result
through a pipe as soon as it is ready, so nothing but finished text crosses the pipe.

- `render_all`: a list and nothing else to do; the helper takes every other item.
- `Relay`: a list the caller has other work for on each item (MkDocs indexes and writes each
  page); helpers, one after another, render whatever they get to first, and the caller renders
  the items they have not started (`Claims`), and while it waits, the ones coming next.

Failure never changes the output: if a helper dies, falls silent for HELPER_SILENCE seconds or
fails on an item, the caller renders what is missing itself. Only where `os.fork` exists and
more than one CPU is available; never under a server with threads (`mkdocs serve`).
"""

from __future__ import annotations

import contextlib
import mmap
import os
import select
import signal
import struct
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

HELPER_SILENCE = 120.0  # seconds without a result before the helper is given up
AHEAD = 64  # items a relay's caller may render ahead of where it is, while a helper is busy
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
    def start(
        cls,
        share: Sequence[tuple[int, T]],
        render: Callable[[T], bytes],
        claims: tuple[Claims, int] | None = None,
    ) -> Helper | None:
        """Fork a helper that renders `render(item)` for each (number, item) of the share, in
        order. With `claims` (and the share's first position in a relay's list), only the
        items the caller has not taken. None if no helper could be started (the caller then
        renders everything)."""
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
                _serve(share, render, writer, claims)
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
        while number not in self.received and self.alive and self._next_message(number):
            pass
        return self._take(number)

    def poll(self, number: int) -> tuple[bool, bytes | None]:
        """(True, what `receive` would return) if item `number` has arrived or is not coming;
        (False, None) if it is still being rendered. Never waits for it."""
        while number not in self.received and self.alive:
            ready, _, _ = select.select([self.reader], [], [], 0)
            if not ready:
                return False, None
            self._next_message(number)
        return True, self._take(number)

    def _next_message(self, number: int) -> bool:
        """Read one result; False if the helper is gone. Results before `number` (which the
        caller rendered too, see Claims) are dropped: the caller asks in order."""
        header = self._read(_MESSAGE.size)
        if header is None:
            return False
        got, ok, length = _MESSAGE.unpack(header)
        body = self._read(length) if length else b""
        if body is None:
            return False
        if got >= number:
            self.received[got] = body if ok else None
        return True

    def _take(self, number: int) -> bytes | None:
        body = self.received.pop(number, None)
        for stale in [got for got in self.received if got < number]:
            del self.received[stale]
        return body

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
        self.received.clear()  # nothing more is asked of a stopped helper
        os.close(self.reader)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


class Claims:
    """Who renders which item of a relay's list, in two counters in memory shared across fork:
    the next position a helper has announced (`helper`) and the next position the caller has
    taken for itself (`caller`). Each side writes only its own counter, so no lock is needed
    (a killed helper can hold none). Both go through the list in order: a helper announces a
    position, then renders it unless the caller has taken it meanwhile; the caller, reaching
    a position no helper has announced, takes it and renders it itself. If both see the other
    late, both render the item and the helper's copy is dropped; a helper that finds the caller
    past a position it announced (one counter cannot say whether the caller took that one or
    one further ahead) sends word that the item is not coming. Never a wait for an item that
    is not coming."""

    _COUNTER = struct.Struct("=i")

    def __init__(self) -> None:
        self._memory = mmap.mmap(-1, 2 * self._COUNTER.size)  # shared, not copied, by fork

    def _get(self, slot: int) -> int:
        value: int = self._COUNTER.unpack_from(self._memory, slot * self._COUNTER.size)[0]
        return value

    def _set(self, slot: int, value: int) -> None:
        self._COUNTER.pack_into(self._memory, slot * self._COUNTER.size, value)

    @property
    def helper(self) -> int:
        return self._get(0)

    def announce(self, position: int) -> None:
        self._set(0, position + 1)

    @property
    def caller(self) -> int:
        return self._get(1)

    def take(self, position: int) -> None:
        """Everything before `position` + 1 not announced is the caller's (it never goes back:
        items it took further ahead stay taken)."""
        self._set(1, max(self.caller, position + 1))


class Relay(Generic[T]):
    """Helpers that render a list the caller walks in order, sharing the work with it: the
    helpers render every item they get to first, and the caller renders an item itself only
    when it reaches one no helper has started (`Claims`). So neither side waits for the other,
    whatever their speeds: the caller's other work per item differs from site to site.

    The helpers run one after another, each for one part of the list, the next starting when
    the one before has started its last item. A helper shares the caller's memory copy-on-write,
    but reference counting writes to every object it reads, so each page it renders costs it a
    private copy of that page's objects: one helper for the whole list ends up holding a copy
    of most of the build (300 MB at 10,000 entries), each of three holds a third.

    `receive(n)` is item n's result from a helper, or None: the caller renders it."""

    def __init__(
        self, parts: Sequence[Sequence[tuple[int, T]]], render: Callable[[T], bytes]
    ) -> None:
        self.parts = [part for part in parts if part]
        self.items = [item for part in self.parts for item in part]
        self.render = render
        self.claims = Claims()
        self.ready: dict[int, bytes | None] = {}  # rendered ahead by the caller
        self.helped = 0  # results that came from a helper
        self.where: dict[int, tuple[int, int]] = {}  # number: (part, position in the list)
        self.ends: list[int] = []  # each part's end, as a position in the list
        position = 0
        for k, part in enumerate(self.parts):
            for number, _ in part:
                self.where[number] = (k, position)
                position += 1
            self.ends.append(position)
        self.helpers: list[Helper | None] = []
        if self.parts:
            self._start_next()

    @classmethod
    def start(
        cls, items: Sequence[tuple[int, T]], render: Callable[[T], bytes], *, parts: int
    ) -> Relay[T]:
        """`items` (number, item) in the order the caller will ask for them, cut into `parts`
        runs of consecutive items, each for its own helper."""
        size = -(-len(items) // max(1, parts))
        return cls([items[i : i + size] for i in range(0, len(items), size or 1)], render)

    def _start_next(self) -> None:
        k = len(self.helpers)
        first = self.ends[k - 1] if k else 0
        self.helpers.append(Helper.start(self.parts[k], self.render, (self.claims, first)))

    def receive(self, number: int) -> bytes | None:
        """Item `number` from a helper, or None if the caller is to render it itself."""
        if number in self.ready:
            return self.ready.pop(number)
        found = self.where.get(number)
        if found is None:
            return None
        part, position = found
        # The next helper starts once the one before has started its last item.
        while len(self.helpers) < len(self.parts) and (
            len(self.helpers) <= part or self.claims.helper >= self.ends[len(self.helpers) - 1]
        ):
            self._start_next()
        for earlier in self.helpers[:part]:  # the caller is past their parts
            if earlier is not None:
                earlier.stop()
        helper = self.helpers[part]
        if helper is not None and helper.alive and self.claims.helper > position:
            # A helper has it in hand: while it finishes, the caller themes what comes next.
            while True:
                arrived, body = helper.poll(number)
                if arrived or not self._render_ahead(position):
                    body = body if arrived else helper.receive(number)
                    self.helped += body is not None
                    return body
        self.claims.take(position)
        return None

    def _render_ahead(self, position: int) -> bool:
        """Take the next item no helper has started, render it and keep it for when the
        caller gets there; False if there is none near enough."""
        ahead = max(self.claims.helper, self.claims.caller, position + 1)
        if ahead >= len(self.items) or ahead - position > AHEAD:
            return False
        self.claims.take(ahead)
        number, item = self.items[ahead]
        try:
            self.ready[number] = self.render(item)
        except Exception:
            self.ready[number] = None  # rendered again in its turn, where it fails for good
        return True

    def stop(self) -> None:
        for helper in self.helpers:
            if helper is not None:
                helper.stop()
        self.helpers += [None] * (len(self.parts) - len(self.helpers))


def _serve(  # pragma: no cover - runs in the helper
    share: Sequence[tuple[int, T]],
    render: Callable[[T], bytes],
    writer: int,
    claims: tuple[Claims, int] | None,
) -> None:
    """Render and send each item of the share; with `claims`, only those the caller has not
    taken (the share is the run of a relay's list that starts at the given position)."""
    for index, (number, item) in enumerate(share):
        if claims is not None:
            shared, first = claims
            position = first + index
            if shared.caller > position:
                continue  # the caller took it
            shared.announce(position)
            if shared.caller > position:
                # The caller moved on meanwhile: it took this one, or one further ahead (which
                # one counter cannot tell). It may be waiting for this one: say it is not
                # coming, and the caller renders it.
                os.write(writer, _MESSAGE.pack(number, 0, 0))
                continue
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
