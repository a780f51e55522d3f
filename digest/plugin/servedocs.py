"""Under `mkdocs serve`, the folder MkDocs walks: the content folder without its entries.

MkDocs walks the whole docs folder at every rebuild and makes a `File` for each file in it: at
100,000 entries, 1.3 s of a rebuild, plus the digest's removal of all those files again and two
full collections of Python's garbage collector for the objects made (2.9 s), where the limited
preview shows fifty entries. So while serving, MkDocs is pointed at a folder of its own that
links to every top-level item of the content folder but the entries' folder; the digest, which
finds and validates the entries itself, gives MkDocs a `File` for each entry it shows, the one
MkDocs' walk would have made. The content folder itself is added to what serve watches.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


class ServeDocs:
    """One folder for a serve session, its links brought up to date before every rebuild."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self._temporary = False

    def refresh(self, docs: Path, entries: str, folder: Path | None = None) -> Path:
        """The folder to walk: a link to each top-level item of `docs` but `entries` (hidden
        names left out, as MkDocs leaves them out). `folder`: where, the same for every serve
        of the project (MkDocs' settings, this folder among them, are part of each page's key
        in the store: a new folder each time would theme every page again); else a temporary
        one, removed at the end. Where links cannot be made (Windows without the right to make
        them, a read-only cache folder), `docs` itself: MkDocs walks it all, as it would."""
        try:
            return self._linked(docs, entries, folder)
        except OSError:
            return docs

    def _linked(self, docs: Path, entries: str, folder: Path | None) -> Path:
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            self.folder, self._temporary = folder, False
        elif self.folder is None or not self.folder.is_dir():
            self.folder = Path(tempfile.mkdtemp(prefix="digest-serve-docs-"))
            self._temporary = True
        wanted = {
            name: Path(os.path.abspath(docs / name))
            for name in _names(docs)
            # A symlink in the content is refused by the validation: never walked meanwhile
            # (MkDocs follows links, and it could name `/`).
            if name != entries and not name.startswith(".") and not (docs / name).is_symlink()
        }
        for name in _names(self.folder):
            link = self.folder / name
            if link.is_symlink() and name in wanted and os.readlink(link) == str(wanted[name]):
                continue
            if link.is_dir() and not link.is_symlink():
                shutil.rmtree(link)  # not a link of ours: nothing MkDocs should walk
            else:
                link.unlink()
        for name, target in wanted.items():
            link = self.folder / name
            if not link.is_symlink():
                link.symlink_to(target)
        return self.folder

    def close(self) -> None:
        if self.folder is not None and self._temporary:
            shutil.rmtree(self.folder, ignore_errors=True)  # the links, never what they name
        self.folder = None


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []
