"""The environment a build runs in, as hashes: derived from what is there, never from a list.

- `software()`: every installed distribution's name and version (`importlib.metadata`), every
  file of the distributions the digest depends on (found from its own `Requires-Dist`, so a
  library edited in place at the same version changes it too), the digest package's own files
  (code and templates, which an editable install changes without a new version) and the Python
  that runs them. A library upgraded, added, removed or edited changes it.
- `module_digests()`: the code of the Markdown extensions the configuration names (and of the
  functions their settings name) that the above does not hold: a project's own on PYTHONPATH
  with the modules beside it, or a distribution installed beside the digest's own.
- A dependency's module that Python would import from elsewhere (a copy first on PYTHONPATH)
  counts by that copy's files: what runs, not what is installed.
- `folder_digest()`: the names and bytes of every file under a folder (the theme's template
  folders, the project's `custom_dir`); unchanged files are recognised by their size, times and
  inode, so only what changed is read again (in this process, and across builds through the
  store's `file` records).
- `environment_variables()`: the values of the variables a config file reads (`!ENV` tags in
  `mkdocs.yml`), whatever they are named.
"""

from __future__ import annotations

import base64
import csv
import functools
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import stat
import sys
import sysconfig
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from packaging.requirements import InvalidRequirement, Requirement

from digest.build.keys import digest_of
from digest.build.store import Store
from digest.content.files import signature

PACKAGE = Path(__file__).resolve().parent.parent  # the digest package: code and templates


_SOFTWARE: list[str] = []  # this process's `software()`, once made


def software(store: Store | None = None, *, again: bool = False) -> str:
    """Every installed distribution, the bytes of every file of those the digest runs on (a
    library edited in place, at the same version, changes pages too), the digest's own files
    and the Python version. Made once a process; `store` keeps the files' hashes across
    processes, so a build reads only the files that changed since (by size, times, inode).
    `again`: made anew (a benchmark checking that nothing changed between two builds)."""
    if again:
        _SOFTWARE.clear()
    if not _SOFTWARE:
        hashes = FileHashes(store)
        parts: list[str | bytes] = [sys.version, sys.implementation.cache_tag or ""]
        parts += installed()
        parts += dependency_digests(hashes)
        parts.append(hashes.folder(PACKAGE))
        parts.append(f"libyaml {hasattr(yaml, 'CSafeLoader')}")
        _SOFTWARE.append(digest_of(*parts))
    return _SOFTWARE[0]


ROOT_DISTRIBUTION = "digest"


def dependencies(root: str = ROOT_DISTRIBUTION) -> list[importlib.metadata.Distribution]:
    """The distributions the digest depends on, directly or not (its `Requires-Dist`, with the
    extras asked for, markers evaluated here); every installed one if the digest itself is not
    installed (run from a checkout without `pip install -e`)."""
    found: dict[str, tuple[importlib.metadata.Distribution, set[str]]] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while todo:
        name, extras = todo.pop()
        key = _normal(name)
        known = found.get(key)
        if known is not None and extras <= known[1]:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        wanted = set(extras) | (known[1] if known else set())
        found[key] = (dist, wanted)
        for text in core_metadata(dist)[2]:
            try:
                requirement = Requirement(text)
            except InvalidRequirement:
                continue
            marker = requirement.marker
            if marker is None or any(
                marker.evaluate({"extra": extra}) for extra in (sorted(wanted) or [""])
            ):
                todo.append((requirement.name, frozenset(requirement.extras)))
    if _normal(root) not in found:
        return list(importlib.metadata.distributions())
    return [dist for key, (dist, _) in sorted(found.items()) if key != _normal(root)]


def core_metadata(dist: importlib.metadata.Distribution) -> tuple[str, str, list[str]]:
    """Name, version and `Requires-Dist` of a distribution: from the headers of its `METADATA`
    (read as lines: the email parser `dist.metadata` uses cost 0.2 s a process for these
    56), else from what `importlib.metadata` makes of an older install."""
    text = dist.read_text("METADATA")
    if text is None:
        return str(dist.metadata["Name"]), dist.version, list(dist.requires or ())
    fields = _headers(text)
    name = (fields.get("name") or [""])[0]
    version = (fields.get("version") or [""])[0]
    return name, version, fields.get("requires-dist", [])


def _headers(text: str) -> dict[str, list[str]]:
    """Core metadata's headers (lower-case names, each with its values in order): they end at
    the first empty line, where the description begins; a folded header goes on."""
    fields: dict[str, list[str]] = {}
    last: list[str] | None = None
    for line in text.splitlines():
        if not line.strip():
            break
        if line[0] in " \t" and last:
            last[-1] += " " + line.strip()
            continue
        key, _, value = line.partition(":")
        last = fields.setdefault(key.strip().lower(), [])
        last.append(value.strip())
    return fields


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dependency_digests(hashes: FileHashes) -> list[str]:
    """Each dependency's name, version and files by content: its top-level folders through
    `hashes`, its top-level files read (scripts installed outside its folder left out). A
    file unchanged since the installer wrote its hash into `RECORD` is known by that hash."""
    parts: list[str] = []
    for dist in dependencies():
        parts += distribution_digest(dist, hashes)
    return parts


def distribution_digest(dist: importlib.metadata.Distribution, hashes: FileHashes) -> list[str]:
    """One distribution's name, version and files by content; and, for each module of it that
    Python would import from elsewhere (a copy first on PYTHONPATH), that copy's files."""
    name, version, _ = core_metadata(dist)
    parts = [f"{name}=={version}"]
    recorded = _recorded(dist)
    tops = _tops(dist, recorded)
    base = os.path.realpath(str(dist.locate_file("")))
    for top in sorted(tops - {".."}):
        path = Path(str(dist.locate_file(top)))
        if path.is_dir():
            parts += [top, hashes.folder(path, recorded)]
            _HASHED_FOLDERS.add(os.path.realpath(path))
        else:
            parts += [top, file_digest(path)]
        module = top[:-3] if top.endswith(".py") else top
        if module.isidentifier():
            elsewhere = _imported_from(module)
            if elsewhere is not None and not _inside(elsewhere, base):
                parts += [f"{module} imported from {elsewhere}", _code_digest(elsewhere, hashes)]
    return parts


def _tops(dist: importlib.metadata.Distribution, recorded: Recorded | None) -> set[str]:
    """The first parts of the paths of a distribution's files (its top-level folders and files)."""
    if recorded is not None:
        return recorded[2]
    return {f.parts[0] for f in dist.files or () if f.parts}


# The real paths of the folders whose every file `software()` hashed in this process (each
# dependency's top-level folders), as it hashed them.
_HASHED_FOLDERS: set[str] = set()


def covered_by_software(folder: str) -> bool:
    """Whether every file under `folder` is one `software()` has hashed in this process: it
    lies, without a symlink on the way, inside a dependency's top-level folder (Material's own
    templates). A project's `custom_dir`, or a copy of a library first on PYTHONPATH, is not;
    nothing is before `software()` has run."""
    real = os.path.realpath(folder)
    if real != os.path.abspath(folder):
        return False
    return any(_inside(real, top) for top in _HASHED_FOLDERS)


def _imported_from(module: str) -> str | None:
    """Where Python imports a top-level module from (its file, or its package's folder),
    without importing it; None for a module it cannot find or that has no file."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    origin = spec.origin if spec is not None else None
    if not origin or origin in ("built-in", "frozen"):
        return None
    where = Path(origin)
    return os.path.realpath(where.parent if where.name == "__init__.py" else where)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _code_digest(path: str, hashes: FileHashes | None) -> str:
    where = Path(path)
    return folder_digest(where, hashes) if where.is_dir() else file_digest(where)


# Files as the installer recorded them (PEP 376/627): when `RECORD` was written; each file's
# path -> (size, its `sha256=` hash in unpadded URL-safe base64, or "" when none is recorded);
# the first parts of their paths (the distribution's top-level folders and files).
Recorded = tuple[int, dict[str, tuple[int, str]], set[str]]


def _recorded(dist: importlib.metadata.Distribution) -> Recorded | None:
    """What `RECORD` says of each file of `dist`, and when it was written: a file of that size
    neither modified nor changed since (an edit, even at the same size and with its
    modification time put back, leaves a later change time) is known by its recorded hash, so
    that a first build need not read 160 MB of libraries. None without a `RECORD` (an egg-info
    install)."""
    text = dist.read_text("RECORD")
    if text is None:
        return None
    base = str(dist.locate_file(""))
    found: dict[str, tuple[int, str]] = {}
    tops: set[str] = set()
    itself = ""  # RECORD lists itself, with no hash
    try:
        for row in csv.reader(text.splitlines()):
            if len(row) < 3 or not row[0]:
                continue
            if row[0].endswith(".dist-info/RECORD"):
                itself = row[0]
            tops.add(row[0].split("/", 1)[0])
            recorded = row[1] if row[1].startswith("sha256=") and row[2].isdigit() else ""
            found[base + os.sep + row[0]] = (int(row[2]) if recorded else -1, recorded)
        written = os.stat(os.path.join(base, itself)).st_mtime_ns if itself else None
    except (csv.Error, OSError):
        return None
    return (written, found, tops) if written is not None else None


def content_hash(data: bytes) -> str:
    """A file's hash as `RECORD` writes it, so a file read and a file recorded agree."""
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def file_digest(path: Path | None) -> str:
    """One file by content (a program, a module); "missing" when there is none."""
    if path is None:
        return "missing"
    try:
        with open(path, "rb") as file:
            return hashlib.blake2b(file.read(), digest_size=16).hexdigest()
    except OSError:
        return "unreadable"


def module_digests(names: Iterable[str], hashes: FileHashes | None = None) -> list[str]:
    """The code of the modules the configuration names (Markdown extensions, functions their
    settings name) that the software's fingerprint does not already hold, found without
    importing them; a name that is not a module (`toc`, an entry point) adds nothing:

    - a module no installed distribution holds (a project's own, on PYTHONPATH): its package
      folder, or, for a one-file module, every module beside it (what it imports from there);
    - a module installed by a distribution the digest does not depend on (an extension
      installed beside it): that distribution's files, as the digest's own dependencies'.
    """
    hashes = hashes if hashes is not None else FileHashes()
    libraries = {
        os.path.realpath(sysconfig.get_path(kind)) for kind in ("purelib", "platlib", "stdlib")
    }
    parts: list[str] = []
    for name in sorted(set(names)):
        top = name.split(".", 1)[0]
        where = _imported_from(top)
        if where is None:
            continue
        if not any(_inside(where, base) for base in libraries):
            if os.path.isdir(where):
                parts += [top, folder_digest(Path(where), hashes)]
            else:
                parts += [top, *_modules_beside(Path(where))]
            continue
        dist = _distribution_of(top)
        if dist is not None and _normal(dist) not in _dependency_names():
            try:
                parts += distribution_digest(importlib.metadata.distribution(dist), hashes)
            except importlib.metadata.PackageNotFoundError:
                continue
    return parts


def _modules_beside(module: Path) -> list[str]:
    """A one-file module and the other modules of its folder, by name and content."""
    try:
        beside = sorted(p for p in module.parent.iterdir() if p.suffix == ".py" and p.is_file())
    except OSError:
        return [file_digest(module)]
    return [part for path in beside for part in (path.name, file_digest(path))]


@functools.cache
def _distribution_of(top: str) -> str | None:
    """The installed distribution that provides the top-level module `top`, if one does."""
    names = _providers().get(top) or []
    return names[0] if names else None


@functools.cache
def _providers() -> Mapping[str, list[str]]:
    return importlib.metadata.packages_distributions()


@functools.cache
def _dependency_names() -> frozenset[str]:
    return frozenset(_normal(core_metadata(dist)[0]) for dist in dependencies())


def installed() -> list[str]:
    """Every distribution installed where Python imports from, as `name==version` from its
    metadata (the head of each `METADATA` or `PKG-INFO`, where the standard puts both): what
    `importlib.metadata` would report, read without its machinery."""
    found: set[str] = set()
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                folders = [i.path for i in listing if i.name.endswith((".dist-info", ".egg-info"))]
        except OSError:
            continue
        for folder in folders:
            found.add(_name_and_version(folder))
    return sorted(found)


def _name_and_version(folder: str) -> str:
    head = b""
    for name in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(folder, name), "rb") as file:
                head = file.read(8192)
            break
        except OSError:
            continue
    fields = _headers(head.decode("utf-8", "replace"))
    name = (fields.get("name") or [os.path.basename(folder)])[0].lower().replace("_", "-")
    return f"{name}=={(fields.get('version') or ['?'])[0]}"


class FileHashes:
    """Folders' digests, reused while nothing in the folder changed: in this process, and
    across processes through the store (kind `folder`) when one is given."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store
        self.known: dict[str, tuple[str, str]] = {}  # folder -> (listing, digest)
        # Under `mkdocs serve`: whether a file watcher saw nothing change under a folder since
        # it was last asked (then the folder is not even listed again: Material's templates are
        # 15,000 files, 0.1-0.2 s of every rebuild). Trusted only for a folder without symlinks,
        # whose every file lies under it.
        self.quiet: Callable[[str], bool] | None = None
        self._linkless: set[str] = set()

    def folder(self, folder: Path, recorded: Recorded | None = None) -> str:
        """`recorded`: hashes of files known unchanged since they were installed."""
        name = str(folder)
        known = self.known.get(name)
        if known is not None and name in self._linkless and self.quiet and self.quiet(name):
            return known[1]
        listing, files, links = _listing(folder)
        if links:
            self._linkless.discard(name)
        else:
            self._linkless.add(name)
        if known is not None and known[0] == listing:
            return known[1]
        key = digest_of("folder", "sha256", str(folder), listing)
        stored = self.store.get("folder", key) if self.store is not None else None
        if stored is not None:
            value = stored.decode("ascii", "replace")
        else:
            parts: list[str | bytes] = list(links)
            written, recorded_files, _ = recorded if recorded is not None else (0, {}, set())
            for name, path, size, modified in files:
                size_and_hash = recorded_files.get(path)
                if size_and_hash is not None and size_and_hash[0] == size and modified <= written:
                    parts += [name, size_and_hash[1]]
                    continue
                try:
                    with open(path, "rb") as file:
                        parts += [name, content_hash(file.read())]
                except OSError:
                    parts += [name, "unreadable"]
            value = digest_of(*parts)
            if self.store is not None:
                self.store.put("folder", key, value.encode("ascii"))
        self.known[str(folder)] = (listing, value)
        return value


MAX_DEPTH = 32  # folders below a fingerprinted one (a symlink loop ends here, or at a repeat)


def _listing(folder: Path) -> tuple[str, list[tuple[str, str, int, int]], list[str]]:
    """A folder's files without reading them: a hash of every file's name and signature (if
    it is unchanged, so is every file), the files (name, path) and its symlinks (each named by
    its target, and followed as Jinja's loader follows it: the file or folder it points at is
    listed under the link's name; a broken link, or a folder already listed, by its target
    alone); `__pycache__` left out. Each file with its size and time."""
    h = hashlib.blake2b(digest_size=20)
    files: list[tuple[str, str, int, int]] = []  # name, path, size, last changed (ns)
    links: list[str] = []
    seen = {os.path.realpath(folder)}
    stack = [(str(folder), "", 0)]
    while stack:
        path, prefix, depth = stack.pop()
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            name = prefix + entry.name
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISLNK(info.st_mode):
                target = os.readlink(entry.path)
                links += [name, "link:" + target]
                h.update(f"{name}\0link\0{target}\n".encode("utf-8", "surrogateescape"))
                try:
                    info = os.stat(entry.path)  # what it points at
                except OSError:
                    continue  # broken: its target's name is all there is
                if stat.S_ISDIR(info.st_mode):
                    real = os.path.realpath(entry.path)
                    if real in seen:
                        continue
                    seen.add(real)
            if stat.S_ISDIR(info.st_mode):
                if entry.name != "__pycache__" and depth < MAX_DEPTH:
                    stack.append((entry.path, name + "/", depth + 1))
            elif stat.S_ISREG(info.st_mode):
                # The later of its modification and change times: a time put back (`touch -d`,
                # `cp -p`) leaves the change time, which no one can set, so a file edited at
                # its recorded size is never taken for the file its installer recorded.
                changed = max(info.st_mtime_ns, info.st_ctime_ns)
                files.append((name, entry.path, info.st_size, changed))
                line = f"{name}\0{signature(info)}\n"
                h.update(line.encode("utf-8", "surrogateescape"))
    files.sort()
    return h.hexdigest(), files, links


_HASHES = FileHashes()


def folder_digest(folder: Path, hashes: FileHashes | None = None) -> str:
    """Every file under `folder` by relative path and content (symlinks by their target;
    `__pycache__` left out)."""
    return (hashes or _HASHES).folder(folder)


class _EnvNames(yaml.SafeLoader):
    """Reads a YAML file only to collect the names its `!ENV` tags read."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.names: list[str] = []


def _env_tag(loader: _EnvNames, node: yaml.Node) -> None:
    if isinstance(node, yaml.ScalarNode):
        loader.names.append(str(node.value))
    elif isinstance(node, yaml.SequenceNode):
        loader.names += [
            str(item.value) for item in node.value[:-1] if isinstance(item, yaml.ScalarNode)
        ]
        if len(node.value) == 1 and isinstance(node.value[0], yaml.ScalarNode):
            loader.names.append(str(node.value[0].value))


_EnvNames.add_constructor("!ENV", _env_tag)
_EnvNames.add_multi_constructor("", lambda loader, suffix, node: None)


def environment_variables(config: Path, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each variable the config file reads with `!ENV`, and its value now ("" when unset)."""
    env = os.environ if env is None else env
    try:
        text = config.read_text(encoding="utf-8")
    except OSError:
        return {}
    loader = _EnvNames(text)
    try:
        loader.get_single_data()
    except yaml.YAMLError:
        return {}
    finally:
        loader.dispose()
    return {name: env.get(name, "") for name in sorted(set(loader.names))}
