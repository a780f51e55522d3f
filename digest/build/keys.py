"""Keys derived from declared inputs: a hash of a job's function and its whole view.

Nobody lists what a page depends on. A job's view (`digest.site.views`) is everything its
template may read, and its key is a hash of the view's canonical form: every field of every
dataclass in it, by name, recursively. A field added to a view is in the key at once; a value
of a kind this module cannot put in canonical form is an error, never a silent omission.

Entries and editions appear in thousands of views: each is hashed once per build (an entry's
fingerprint is the hash of its stored record, the bytes `digest.build.codec` makes, so a build
that reads it from the store and one that validated it agree without hashing it again).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from digest.build import codec
from digest.model.edition import Edition
from digest.model.entry import Entry, Quote
from digest.site.render import Job
from digest.site.views import Labels

KEY_BYTES = 20


def digest_of(*parts: str | bytes) -> str:
    """A short hex hash of the parts, each length-prefixed (no two lists give the same input)."""
    h = hashlib.blake2b(digest_size=KEY_BYTES)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def fingerprint(record: bytes) -> bytes:
    """An entry's fingerprint: the hash of its record as stored."""
    return hashlib.blake2b(record, digest_size=KEY_BYTES).digest()


class Unkeyable(TypeError):
    """A view holds a value with no canonical form: a bug in the view, caught by the tests."""


class Keys:
    """Keys of one build's jobs. `context` is what every key of this build shares (the
    environment fingerprint and the site's settings)."""

    def __init__(self, context: str) -> None:
        self.context = context.encode()
        self._shared: dict[int, bytes] = {}  # id of an entry, edition or labels -> its hash
        self._alive: list[Any] = []  # what the ids above name: kept alive while they are used

    def known(self, entry: Entry, fingerprint: bytes) -> None:
        """An entry's fingerprint, from the record it was read from or stored as."""
        self._shared[id(entry)] = fingerprint
        self._alive.append(entry)

    def job(self, job: Job[Any]) -> str:
        make = job.make
        parts: list[bytes] = [self.context, f"{make.__module__}.{make.__qualname__}".encode()]
        self._feed(parts, job.view)
        return hashlib.blake2b(b"".join(parts), digest_size=KEY_BYTES).hexdigest()

    def _shared_hash(self, value: Any) -> bytes:
        found = self._shared.get(id(value))
        if found is None:
            if type(value) is Entry:
                found = fingerprint(codec.encode(value))
            else:
                parts: list[bytes] = []
                self._feed_object(parts, value)
                found = hashlib.blake2b(b"".join(parts), digest_size=KEY_BYTES).digest()
            self._shared[id(value)] = found
            self._alive.append(value)
        return found

    def _feed(self, out: list[bytes], value: Any) -> None:
        """The canonical form of `value`, each part tagged and length-prefixed."""
        kind = type(value)
        if kind is str:
            data = value.encode("utf-8", "surrogatepass")
            out.append(b"s%d:" % len(data))
            out.append(data)
        elif kind is tuple or kind is list:
            out.append(b"l%d:" % len(value))
            for item in value:
                self._feed(out, item)
        elif kind in _SHARED:
            out.append(b"e")
            out.append(self._shared_hash(value))
        elif kind is Quote:  # thousands of them, each in several views: fields in line
            for name in _QUOTE_FIELDS:
                self._feed(out, getattr(value, name))
        elif value is None:
            out.append(b"N")
        elif kind is bool:
            out.append(b"T" if value else b"F")
        elif kind is int:
            out.append(b"i%d;" % value)
        elif kind is float:
            out.append(b"f" + value.hex().encode() + b";")
        elif kind is bytes:
            out.append(b"b%d:" % len(value))
            out.append(value)
        elif kind is dt.datetime or kind is dt.date:
            self._feed(out, f"{kind.__name__}:{value.isoformat()}")
        elif isinstance(value, Mapping):
            out.append(b"m%d:" % len(value))
            for key in sorted(value, key=repr):
                self._feed(out, key)
                self._feed(out, value[key])
        else:
            self._feed_object(out, value)

    def _feed_object(self, out: list[bytes], value: Any) -> None:
        kind = type(value)
        known = _FIELDS.get(kind)
        if known is None:
            if isinstance(value, BaseModel):
                self._feed(out, kind.__qualname__)
                self._feed(out, value.model_dump(mode="python"))
                return
            if not (dataclasses.is_dataclass(value) and not isinstance(value, type)):
                raise Unkeyable(f"{kind.__qualname__} has no canonical form for a key")
            names = tuple(field.name for field in dataclasses.fields(value))
            tags = tuple(b"s%d:%s" % (len(n), n.encode()) for n in names)
            known = _FIELDS[kind] = (
                b"o%d:%s" % (len(kind.__qualname__), kind.__qualname__.encode()),
                tuple(zip(names, tags, strict=True)),
            )
        out.append(known[0])
        for name, tag in known[1]:
            out.append(tag)
            self._feed(out, getattr(value, name))


_SHARED = (Entry, Edition, Labels)  # hashed once per build, by identity
# Each dataclass's tag and field names (with their tags), in order.
_FIELDS: dict[type, tuple[bytes, tuple[tuple[str, bytes], ...]]] = {}
_QUOTE_FIELDS = tuple(field.name for field in dataclasses.fields(Quote))
