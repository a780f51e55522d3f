"""One build at a time writes a site folder.

MkDocs empties the site folder and writes it again with no lock of its own: two builds of one
project at once (a save hook and a terminal, two terminals) removed each other's files, and one
stopped with a traceback in MkDocs' clean-up. The second build now waits for the first to end,
and says so. The lock is the kernel's (`flock`), so a build killed outright frees it; it lives
in the system's temporary folder, named after the site folder, never in the site itself.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # not POSIX: builds are not serialised
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("mkdocs.plugins.digest")


def lock_path(site_dir: str) -> Path:
    name = hashlib.sha256(os.fsencode(os.path.realpath(site_dir))).hexdigest()[:20]
    return Path(tempfile.gettempdir()) / f"digest-site-{name}.lock"


class SiteLock:
    """Held from before the site folder is emptied until the build ends, well or not."""

    def __init__(self) -> None:
        self._file: BinaryIO | None = None

    def acquire(self, site_dir: str) -> None:
        if fcntl is None or self._file is not None:
            return
        try:
            file = open(lock_path(site_dir), "ab")  # noqa: SIM115 - held across hooks
        except OSError:
            return  # a temporary folder this user cannot write: build as MkDocs does
        try:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("digest: another build is writing %s; waiting for it to end", site_dir)
            fcntl.flock(file, fcntl.LOCK_EX)
        except OSError:  # a file system without locks
            file.close()
            return
        self._file = file

    def release(self) -> None:
        if self._file is not None and fcntl is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
        self._file = None
