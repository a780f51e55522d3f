"""YAML that editors read and the loader reads back exactly as meant.

Files are built as data: every value is written by PyYAML's safe dumper (which quotes whatever
needs quoting: colons, `#`, leading `!&*%@`, `---`, `yes`, numbers...), and comments are only
ever our own text, added beside or above a dumped value. `read_back` then parses the result
with the project's own loader, so a caller can prove the file holds exactly its data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.content.loader import Loaded, parse_markdown_text, parse_yaml_text


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, with lists of plain values on one line (`aliases: [A, B]`)."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(not isinstance(item, list | dict) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


@dataclass(frozen=True)
class Field:
    """One key of a mapping: a value, a nested mapping or a list of mappings, and a comment."""

    key: str
    value: Any = None
    comment: str = ""
    children: tuple[Field, ...] = ()  # a nested mapping
    items: tuple[tuple[Field, ...], ...] = ()  # a list of mappings


def dump(data: Any) -> str:
    """Block-style YAML for `data`, flow style for lists of scalars, unicode kept readable."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1 << 30,
    )


def _with_comment(lines: list[str], comment: str) -> list[str]:
    if not comment:
        return lines
    if "\n" in comment:
        raise ValueError("a comment is one line")
    if len(lines) == 1:
        return [f"{lines[0]}  # {comment}"]
    indent = len(lines[0]) - len(lines[0].lstrip())
    return [" " * indent + f"# {comment}", *lines]


def _leaf(field: Field) -> list[str]:
    lines = dump({field.key: field.value}).splitlines()
    if lines == [f"{field.key}: null"]:
        lines = [f"{field.key}:"]  # the same null, and an obvious blank to fill in
    return lines


def render(fields: Sequence[Field], indent: int = 0) -> list[str]:
    """The lines of a mapping of `fields`, each indented by `indent` spaces."""
    pad = " " * indent
    out: list[str] = []
    for field in fields:
        if field.children:
            out += _with_comment([f"{pad}{field.key}:"], field.comment)
            out += render(field.children, indent + 2)
        elif field.items:
            out += _with_comment([f"{pad}{field.key}:"], field.comment)
            for item in field.items:
                lines = render(item, indent + 4)
                lines[0] = f"{pad}  - {lines[0][indent + 4 :]}"
                out += lines
        else:
            out += _with_comment([pad + line for line in _leaf(field)], field.comment)
    return out


def as_data(fields: Sequence[Field]) -> dict[str, Any]:
    """The data `fields` stand for, as the project's loader reads it (dates as ISO strings)."""
    data: dict[str, Any] = {}
    for field in fields:
        if field.children:
            data[field.key] = as_data(field.children)
        elif field.items:
            data[field.key] = [as_data(item) for item in field.items]
        elif isinstance(field.value, dt.date):
            data[field.key] = field.value.isoformat()
        else:
            data[field.key] = field.value
    return data


def read_back(text: str, *, markdown: bool) -> Loaded:
    """`text` parsed exactly as `digest check` will parse the file (a Markdown entry with front
    matter, or a YAML file)."""
    path = Path("check.md" if markdown else "check.yml")
    return parse_markdown_text(text, path) if markdown else parse_yaml_text(text, path)
