"""Adding a record to topics.yml or organizations.yml without disturbing the rest of the file.

The new record is dumped by PyYAML and inserted in slug order between the existing records, so
the file's header comments and hand formatting stay as they are. The result is read back with
the project's loader and must hold exactly the old records plus the new one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from digest.content.loader import load_yaml_file
from digest.editor.yamltext import dump, read_back
from digest.model.names import invisible_char, name_key
from digest.model.schema import Organization, Topic, slug_problem
from digest.model.usererror import UserError

MODELS: dict[str, type[BaseModel]] = {"topic": Topic, "organization": Organization}
NAMESPACES = {"topic": "topics", "organization": "organizations"}
_TOP_LEVEL_KEY = re.compile(r"^([^\s#][^:]*):")


def _validated(kind: str, slug: str, record: dict[str, Any]) -> None:
    problem = slug_problem(slug, NAMESPACES[kind])
    if problem is not None:
        raise UserError(f"{slug!r} {problem}")
    try:
        MODELS[kind].model_validate(record)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UserError(f"{where}: {first['msg'].removeprefix('Value error, ')}") from None
    for key in ("name", "aliases"):
        values = record.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and (char := invisible_char(value)) is not None:
                message = f"{value!r} contains the invisible character U+{ord(char):04X}"
                raise UserError(f"{key}: {message}")


def _names(slug: str, record: Any, kind: str) -> list[str]:
    """Every way entries may name this record: for an organization its slug, name and aliases;
    for a topic its name (topics are referred to by slug, which must match exactly)."""
    if not isinstance(record, dict):
        return [slug] if kind == "organization" else []
    names = [record.get("name")]
    if kind == "organization":
        aliases = record.get("aliases")
        names = [slug, *names, *(aliases if isinstance(aliases, list) else [])]
    return [n for n in names if isinstance(n, str)]


def _refuse_clashes(
    path: Path, kind: str, slug: str, record: dict[str, Any], data: dict[str, Any]
) -> None:
    """No two records may share a name once normalised (case, width, spaces, Unicode form)."""
    owners = {
        name_key(name): other for other, rec in data.items() for name in _names(other, rec, kind)
    }
    for name in _names(slug, record, kind):
        owner = owners.get(name_key(name))
        if owner is not None and owner != slug:
            raise UserError(f"{path}: {name!r} already names {kind} {owner!r}")


def _current(path: Path) -> tuple[str, dict[str, Any]]:
    """The file's text and data as `digest check` reads them; UserError while it is broken."""
    if not path.exists():
        return "", {}
    doc, problems = load_yaml_file(path)
    if problems:
        raise UserError(f"fix {path} first: {problems[0]}")
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        raise UserError(f"fix {path} first: it must be a mapping of slug: record")
    text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n"), data


def _inserted(text: str, slug: str, record_text: str) -> str:
    """`text` with `record_text` placed before the first top-level record sorting after `slug`.

    A record is a top-level key line and every line up to the next one; lines before the first
    record (the header comments) stay first.
    """
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    for index, line in enumerate(lines):
        match = _TOP_LEVEL_KEY.match(line)
        if match and match.group(1).strip().strip("'\"") > slug:
            return "".join([*lines[:index], record_text, *lines[index:]])
    return "".join([*lines, record_text])


def add_record(path: Path, kind: str, slug: str, record: dict[str, Any]) -> None:
    """Insert a validated record in slug order, keeping the header comments and the rest as is."""
    _validated(kind, slug, record)
    text, data = _current(path)
    if slug in data:
        raise UserError(f"{path}: {kind} {slug!r} already exists")
    _refuse_clashes(path, kind, slug, record, data)
    out = _inserted(text, slug, dump({slug: record}))
    check, problems = read_back(out, markdown=False)
    if problems or check.data != {**data, slug: record}:
        raise UserError(f"could not write {slug!r} into {path} safely; add it by hand")
    path.write_text(out, encoding="utf-8", newline="\n")
