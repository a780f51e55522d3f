"""Pagefind's bundle made reproducible: filter values in a fixed order, files named by content.

Pagefind 1.5 writes each filter's values, and the list of filters in its metadata file, in
hash-map order, which changes from run to run: two builds of the same content would differ,
and a deploy would upload the filter files every time. The site promises byte-identical
builds, so the filter files are rewritten sorted by value (the reader's filter panel lists
them alphabetically too), renamed after their content, and the metadata file and the entry
file that name them follow. Everything else Pagefind writes is already reproducible.

The files are Pagefind's own format: gzip around a 12-byte signature and CBOR
(`[name, [[value, [page, ...]], ...]]` for a filter). Any other shape is left as it is.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Mapping
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"
_META_FILTERS = 3  # position of [[filter name, file hash], ...] in the metadata file


def _decode(data: bytes) -> Any:
    raw = gzip.decompress(data) if not data.startswith(SIGNATURE) else data
    if not raw.startswith(SIGNATURE):
        raise ValueError("not a Pagefind data file")
    return cbor2.loads(raw[len(SIGNATURE) :])


def _encode(value: Any) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), compresslevel=9, mtime=0)


def _digest(data: bytes, length: int) -> str:
    return hashlib.sha256(data).hexdigest()[:length]


def reproducible(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """The bundle (path under the bundle folder -> bytes) with its filter files sorted and
    every name that depends on them derived from their content."""
    entry_name = "pagefind-entry.json"
    if entry_name not in files:
        return dict(files)
    out = dict(files)
    entry = json.loads(files[entry_name])
    for language in entry.get("languages", {}).values():
        old_hash = language["hash"]  # e.g. "en_4514e7df5e"
        meta_path = f"pagefind.{old_hash}.pf_meta"
        if meta_path not in out:
            continue
        meta = _decode(out.pop(meta_path))
        prefix = old_hash.split("_", 1)[0]
        renamed: list[list[str]] = []
        for name, file_hash in sorted(meta[_META_FILTERS]):
            old_path = f"filter/{file_hash}.pf_filter"
            name_and_values = _decode(out.pop(old_path))
            name_and_values[1].sort(key=lambda item: item[0])
            data = _encode(name_and_values)
            new_hash = f"{prefix}_{_digest(data, len(file_hash) - len(prefix) - 1)}"
            out[f"filter/{new_hash}.pf_filter"] = data
            renamed.append([name, new_hash])
        meta[_META_FILTERS] = renamed
        meta_data = _encode(meta)
        new_meta_hash = f"{prefix}_{_digest(meta_data, len(old_hash) - len(prefix) - 1)}"
        out[f"pagefind.{new_meta_hash}.pf_meta"] = meta_data
        language["hash"] = new_meta_hash
    out[entry_name] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
    return out


def pack(files: Mapping[str, bytes]) -> bytes:
    """A folder of files as one value (for the build's store), in a fixed order."""
    return cbor2.dumps({rel: files[rel] for rel in sorted(files)})


def unpack(packed: bytes) -> dict[str, bytes]:
    """The files `pack` packed, by path under their folder; only relative, plain paths."""
    files = cbor2.loads(packed)
    if not isinstance(files, dict):
        raise ValueError("not a packed folder")
    for rel, data in files.items():
        parts = rel.split("/") if isinstance(rel, str) else [""]
        if not isinstance(data, bytes) or any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"not a file of a packed folder: {rel!r}")
    return files
