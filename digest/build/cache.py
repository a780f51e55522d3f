"""The build cache of one project, as one process uses it: where it lives, whether it is on, the
store, and what this process remembers between the rebuilds of `mkdocs serve`.

One switch for every cache: `DIGEST_CACHE=0` (or `false`, `no`, `off`), `--no-cache` and the
plugin's `cache: false` turn off the store of the build and of `digest check`, the fetched pages
of the editor's tools, and the memory of `mkdocs serve`: everything is made from scratch.

The cache folder must not be part of the repository: a branch that commits one (past
`.gitignore`) is refused by `digest check` and by the build (`tracked_cache_problem`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from digest.build.changes import ContentWatch
from digest.build.secret import load_secret, secret_problem
from digest.build.store import Store
from digest.content.entryfile import CheckOutcome, Outcome
from digest.content.files import EntryFile, Listed, Signature
from digest.content.loader import Loaded, display_path
from digest.model.entry import Entry, EntryRef
from digest.model.problems import Problem
from digest.model.taxonomy import Taxonomy

DEFAULT_DIR = Path(".cache") / "digest"
_OFF = {"0", "false", "no", "off"}
GIT_SECONDS = 10.0


def enabled(flag: bool = True, env: Mapping[str, str] | None = None) -> bool:
    """Caches are on unless turned off by the caller (`--no-cache`, the plugin's `cache:
    false`) or by DIGEST_CACHE=0/false/no/off."""
    env = os.environ if env is None else env
    return flag and env.get("DIGEST_CACHE", "1").strip().lower() not in _OFF


def cache_dir(
    project: Path, configured: str | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """DIGEST_CACHE_DIR, else the configured folder, else `.cache/digest`; relative paths are
    relative to the project folder (the one holding mkdocs.yml)."""
    env = os.environ if env is None else env
    chosen = env.get("DIGEST_CACHE_DIR") or configured or str(DEFAULT_DIR)
    path = Path(chosen).expanduser()
    return path if path.is_absolute() else project / path


def tracked_cache_problem(project: Path, directory: Path) -> Problem | None:
    """An error if git tracks any file under the cache folder (or under `.cache/`): a cache
    committed by a branch would be read as the build's own. None outside a git work tree."""
    git = shutil.which("git")
    if git is None:
        return None
    folders = {directory, project / ".cache"}
    inside = [f for f in folders if f.resolve().is_relative_to(project.resolve())]
    if not inside:
        return None
    try:
        found = subprocess.run(
            [git, "-C", str(project), "ls-files", "-z", "--", *map(str, inside)],
            capture_output=True,
            timeout=GIT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if found.returncode != 0 or not found.stdout.strip(b"\0"):
        return None
    first = found.stdout.split(b"\0", 1)[0].decode("utf-8", "replace")
    return Problem(
        path=display_path(project / first),
        line=1,
        severity="error",
        field="cache",
        message=(
            "the build cache is tracked by git: a cache folder must never be committed (it "
            "would be read as this build's own). Remove it with `git rm -r --cached "
            f"{display_path(directory)}` and keep it in .gitignore"
        ),
    )


@dataclass
class Tally:
    """What the last check of every entry file collected (under `mkdocs serve`), and where
    each file's part went (-1: nowhere), so that a rebuild after an edit puts the edited
    files' parts in place instead of going over 100,000 outcomes again."""

    context: str  # what every entry's validation depended on besides its file
    files: list[EntryFile]
    outcomes: Sequence[Outcome | CheckOutcome]
    prints: list[bytes | None]
    keys: list[str | None]
    problems: list[Problem] = field(default_factory=list)
    refs: list[EntryRef] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    links: list[tuple[str, tuple[tuple[str, int], ...]]] = field(default_factory=list)
    fingerprints: dict[str, bytes] = field(default_factory=dict)
    ref_at: list[int] = field(default_factory=list)
    entry_at: list[int] = field(default_factory=list)  # in entries and links alike
    shared_slugs: bool = False  # a slug held by two files: the tally is not patched


class Cache:
    """A project's store, and what this process keeps between the builds of `mkdocs serve`."""

    def __init__(self, directory: Path, project: Path, env: Mapping[str, str] | None = None):
        self.directory = directory
        self.store = Store.open(directory, load_secret(project, directory, env))
        problem = secret_problem(env)
        if problem is not None:
            self.store.errors.append(problem)
        # Entry files' keys by path, while the file's signature and the setting it was keyed
        # in (every other input of an entry: the taxonomy files, the software) are unchanged.
        self.file_keys: dict[Path, tuple[Signature, str, str]] = {}
        # Decoded records by key, kept under `mkdocs serve` (one build reads each once).
        self.decoded: dict[str, object] = {}
        # Parsed taxonomy, page and edition files by path, while unchanged.
        self.loaded: dict[Path, tuple[Signature, Loaded]] = {}
        # The taxonomy made of the two parsed files above (the same objects while unchanged),
        # and its problems: 1,000 organizations validated once, not on every rebuild.
        self.taxonomy: tuple[Loaded | None, Loaded | None, Taxonomy, list[Problem]] | None = None
        # The entry files the last walk found, by path under the content folder (under
        # `mkdocs serve`, the next walk reuses those whose signature is unchanged).
        self.walked: dict[str, EntryFile] = {}
        # Its folders of entries as it listed them, and what serve's file watcher saw change
        # since (`digest.build.changes`): the next walk reads again only what changed.
        self.folders: dict[str, Listed] = {}
        self.watch: ContentWatch | None = None
        self.tally: Tally | None = None
        self.keep = False  # set under `mkdocs serve`: remember decoded records

    @property
    def errors(self) -> list[str]:
        return self.store.errors

    def begin(self) -> None:
        self.store.begin()

    def finish(self, *, evict: bool = True) -> None:
        self.store.finish(evict=evict)

    def close(self) -> None:
        self.store.close()
