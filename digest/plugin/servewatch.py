"""Under `mkdocs serve`, the content folder is followed by the system's file events, not polled.

MkDocs' server watches with watchdog's polling observer: every half second it takes a snapshot
of every watched file, a `stat` each. At 100,000 entries one snapshot took 0.68 s of CPU, so a
thread of the server was busy most of the time, holding the interpreter's lock while a rebuild
ran, and an edit waited up to 1.2 s before it was even seen. So the content folder is taken out
of what MkDocs polls and followed by watchdog's native observer instead (inotify, FSEvents,
ReadDirectoryChangesW): each event that changes a file asks the server for a rebuild, as the
server's own watcher does, and tells the next walk which folders to read again
(`digest.build.changes`). Reads are no change (a build opens every file it validates).

Where the native observer cannot start (a system without it, inotify's limits reached) or the
server is not one this knows how to ask, MkDocs polls the content as before, and its events
tell the walk all the same.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from digest.build.changes import READS, ContentWatch

log = logging.getLogger("mkdocs.plugins.digest")
STOP_SECONDS = 5.0
# The events that say something changed; the system is not even asked for the others (a file
# opened, a file closed unwritten): a rebuild reads the theme's 600 static files and its
# templates, and each read reported would wake the watcher's threads while the build runs.
CHANGES: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
]


class ServeWatch:
    """The content folder's watcher for one serve session."""

    def __init__(self, content: str | os.PathLike[str]) -> None:
        self.changes = ContentWatch(content)
        self._observer: Any = None
        self.native = False  # followed by the system's events (else MkDocs polls it)
        self._folders: dict[str, _Flag] = {}  # the theme's folders, when followed

    def start(self, server: Any, watched: list[str], folders: Sequence[str] = ()) -> ContentWatch:
        """Follow the content: natively, taking it out of `watched` (the paths MkDocs is about
        to poll: mkdocs.yml's `watch` list), else through the server's own observer. With the
        native observer, `folders` (the theme's) are followed too, for `quiet`."""
        root = self.changes.root
        request = rebuild_request(server)
        if request is not None:
            try:
                observer = Observer()
                observer.schedule(
                    _Asking(self.changes, request), root, recursive=True, event_filter=CHANGES
                )
                observer.daemon = True
                observer.start()
            except (OSError, RuntimeError) as error:
                log.debug(f"digest: the content is polled ({error})")
            else:
                self._observer, self.native = observer, True
                watched[:] = [p for p in watched if os.path.abspath(p) != root]
                for folder in folders:
                    self._follow(observer, folder)
        if not self.native:
            try:
                server.observer.schedule(self.changes, root, recursive=True)
            except (OSError, AttributeError, ValueError) as error:
                log.debug(f"digest: the content's changes are not followed ({error})")
                return self.changes
        self.changes.started()
        return self.changes

    def _follow(self, observer: Any, folder: str) -> None:
        handler = _Flag()
        try:
            observer.schedule(handler, folder, recursive=True, event_filter=CHANGES)
        except (OSError, RuntimeError, ValueError) as error:
            log.debug(f"digest: {folder} is listed at every rebuild ({error})")
            return
        self._folders[str(folder)] = handler

    def quiet(self, folder: str) -> bool:
        """Whether nothing changed under `folder` (one of the theme's) since the last time
        this was asked; False the first time, and for a folder not followed."""
        handler = self._folders.get(folder)
        return handler is not None and handler.take()

    def stop(self) -> None:
        self._folders = {}
        observer, self._observer = self._observer, None
        self.changes.stopped()
        if observer is not None:
            observer.stop()
            observer.join(STOP_SECONDS)


class _Asking(FileSystemEventHandler):
    """Each change is recorded for the walk, then a rebuild is asked."""

    def __init__(self, changes: ContentWatch, request: Callable[[], None]) -> None:
        super().__init__()
        self.changes, self.request = changes, request

    def dispatch(self, event: FileSystemEvent) -> None:
        if event.event_type in READS:
            return
        self.changes.dispatch(event)
        self.request()


class _Flag(FileSystemEventHandler):
    """Whether anything changed under a folder since `take` was last called (at first: yes,
    since nothing says what happened before the watch)."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._changed = True

    def dispatch(self, event: FileSystemEvent) -> None:
        if event.event_type not in READS:
            with self._lock:
                self._changed = True

    def take(self) -> bool:
        """True when nothing changed; the flag is cleared either way."""
        with self._lock:
            changed, self._changed = self._changed, False
        return not changed


def rebuild_request(server: Any) -> Callable[[], None] | None:
    """What MkDocs' live-reload server (1.6) does when its own watcher sees a change: set its
    flag under its condition and wake its build loop. None for a server without them."""
    condition = getattr(server, "_rebuild_cond", None)
    if not isinstance(condition, threading.Condition) or not hasattr(server, "_want_rebuild"):
        return None

    def request() -> None:
        with condition:
            server._want_rebuild = True
            condition.notify_all()

    return request
