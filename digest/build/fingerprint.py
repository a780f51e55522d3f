"""The environment a build runs in, as hashes: derived from what is there, never from a list.

- `software()`: every installed distribution's name and version (`importlib.metadata`), the
  digest package's own files (code and templates, which an editable install changes without a
  new version) and the Python that runs them. A library upgraded, added or removed changes it.
- `folder_digest()`: the names and bytes of every file under a folder (the theme's template
  folders, the project's `custom_dir`); unchanged files are recognised by their size, times and
  inode, so only what changed is read again (in this process, and across builds through the
  store's `file` records).
- `environment_variables()`: the values of the variables a config file reads (`!ENV` tags in
  `mkdocs.yml`), whatever they are named.
"""

from __future__ import annotations

import functools
import hashlib
import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from digest.build.keys import digest_of
from digest.build.store import Store
from digest.content.files import signature

PACKAGE = Path(__file__).resolve().parent.parent  # the digest package: code and templates


@functools.cache
def software() -> str:
    """Every installed distribution, the digest's own files and the Python version."""
    parts: list[str | bytes] = [sys.version, sys.implementation.cache_tag or ""]
    parts += installed()
    parts.append(folder_digest(PACKAGE))
    parts.append(f"libyaml {hasattr(yaml, 'CSafeLoader')}")
    return digest_of(*parts)


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
    fields = {}
    for line in head.split(b"\n"):
        key, _, value = line.partition(b":")
        if key in (b"Name", b"Version") and key not in fields:
            fields[key] = value.strip().decode("utf-8", "replace")
        if not line.strip():
            break  # the headers end at the first empty line
    name = fields.get(b"Name", os.path.basename(folder)).lower().replace("_", "-")
    return f"{name}=={fields.get(b'Version', '?')}"


class FileHashes:
    """Folders' digests, reused while nothing in the folder changed: in this process, and
    across processes through the store (kind `folder`) when one is given."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store
        self.known: dict[str, tuple[str, str]] = {}  # folder -> (listing, digest)

    def folder(self, folder: Path) -> str:
        listing, files, links = _listing(folder)
        known = self.known.get(str(folder))
        if known is not None and known[0] == listing:
            return known[1]
        key = digest_of("folder", str(folder), listing)
        stored = self.store.get("folder", key) if self.store is not None else None
        if stored is not None:
            value = stored.decode("ascii", "replace")
        else:
            parts: list[str | bytes] = list(links)
            for name, path in files:
                try:
                    with open(path, "rb") as file:
                        parts += [name, hashlib.blake2b(file.read(), digest_size=16).digest()]
                except OSError:
                    parts += [name, "unreadable"]
            value = digest_of(*parts)
            if self.store is not None:
                self.store.put("folder", key, value.encode("ascii"))
        self.known[str(folder)] = (listing, value)
        return value


def _listing(folder: Path) -> tuple[str, list[tuple[str, str]], list[str]]:
    """A folder's files without reading them: a hash of every file's name and signature (if
    it is unchanged, so is every file), the files (name, path) and its symlinks (named by
    their target, never followed); `__pycache__` left out."""
    h = hashlib.blake2b(digest_size=20)
    files: list[tuple[str, str]] = []
    links: list[str] = []
    stack = [(str(folder), "")]
    while stack:
        path, prefix = stack.pop()
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
            elif stat.S_ISDIR(info.st_mode):
                if entry.name != "__pycache__":
                    stack.append((entry.path, name + "/"))
            elif stat.S_ISREG(info.st_mode):
                files.append((name, entry.path))
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
