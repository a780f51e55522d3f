"""Records as JSON: what the store keeps of a validated entry, and the bytes its key is made of.

Nothing is ever unpickled from disk. A record is plain JSON whose objects name their class;
`decode` builds only the classes listed in `RECORDS` (the model's frozen records), each through
its own constructor (pydantic models through their validation), so a stored record can make
nothing but the data it describes. `encode` is deterministic (keys sorted, no spaces): the same
record always gives the same bytes, which is what an entry's fingerprint is a hash of.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from pydantic import BaseModel

from digest.model.entry import Entry, EntryRef, Quote
from digest.model.problems import Problem
from digest.model.schema import Source
from digest.model.writeup import Heading, Removal, Rendered

RECORDS: dict[str, type] = {
    cls.__name__: cls
    for cls in (Entry, EntryRef, Quote, Problem, Source, Rendered, Heading, Removal)
}
CLASS = "$"  # the key naming an object's class


class RecordError(ValueError):
    """Bytes that are not a record this version can read (damaged, foreign or outdated)."""


def encode(value: Any) -> bytes:
    return json.dumps(
        _plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8", "surrogatepass")


def decode(data: bytes) -> Any:
    try:
        return _built(json.loads(data))
    except RecordError:
        raise
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise RecordError(str(error)) from None


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, list):
        return {CLASS: "list", "items": [_plain(item) for item in value]}
    if isinstance(value, dt.datetime):
        return {CLASS: "datetime", "iso": value.isoformat()}
    if isinstance(value, dt.date):
        return {CLASS: "date", "iso": value.isoformat()}
    name = type(value).__name__
    if RECORDS.get(name) is type(value):
        if isinstance(value, BaseModel):
            data = value.model_dump(mode="python")
        else:
            data = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}  # type: ignore[arg-type]
        return {CLASS: name, **{key: _plain(item) for key, item in data.items()}}
    raise TypeError(f"{type(value).__qualname__} is not a record the store keeps")


_PLAIN = (str, int, float, bool, type(None))


def _built(value: Any) -> Any:
    kind = type(value)
    if kind is list:
        return tuple([item if type(item) in _PLAIN else _built(item) for item in value])
    if kind is not dict:
        return value
    name = value.get(CLASS)
    if name == "list":
        return [_built(item) for item in value["items"]]
    if name == "datetime":
        return dt.datetime.fromisoformat(value["iso"])
    if name == "date":
        return dt.date.fromisoformat(value["iso"])
    cls = RECORDS.get(name) if isinstance(name, str) else None
    if cls is None:
        raise RecordError(f"unknown record {name!r}")
    fields = {
        key: item if type(item) in _PLAIN else _built(item)
        for key, item in value.items()
        if key != CLASS
    }
    if issubclass(cls, BaseModel):
        return cls.model_validate(fields)
    return cls(**fields)
