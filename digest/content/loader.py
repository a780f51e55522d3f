"""Files to plain data, keeping the line of every key so that problems point at it.

Each file is read once. YAML is parsed with libyaml's C parser where available, composed to
nodes (which carry line numbers), checked for what PyYAML would silently accept (duplicate keys,
aliases that expand into huge documents), then constructed with the safe constructor.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from digest.model.problems import Problem, Severity
from digest.model.schema import forbidden_char

MAX_FILE_BYTES = 512 * 1024
MAX_YAML_NODES = 20_000
MAX_YAML_DEPTH = 32

Location = tuple[str | int, ...]

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that leaves dates as strings: the schema parses them and reports bad ones."""

    def resolve(self, kind: type[yaml.Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        # Quoted scalars are strings: skip the resolver's generic path (hundreds of thousands
        # of calls per corpus). Everything else is resolved as PyYAML does.
        if kind is yaml.ScalarNode and not implicit[0] and implicit[1]:
            return _STR
        tag: str = super().resolve(kind, value, implicit)
        return tag


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}

_BOUNDARY = YAMLHandler.FM_BOUNDARY  # the `---` line, as python-frontmatter and Jekyll define it


@dataclass(frozen=True)
class Document:
    """One parsed YAML file or Markdown file (front matter and body), with the line of every
    value. Immutable: validators read it and return their problems."""

    path: Path
    display: str  # the path as printed in problems
    data: Any = None
    lines: Mapping[Location, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1

    def line(self, location: Location) -> int:
        """The line of `location`, or of its nearest parent that has one."""
        location = tuple(location)
        while location:
            if location in self.lines:
                return self.lines[location]
            location = location[:-1]
        return self.lines.get((), 1)

    def problem(
        self, location: Location, field: str, message: str, severity: Severity = "error"
    ) -> Problem:
        return self.problem_at(self.line(location), field, message, severity)

    def problem_at(
        self, line: int, field: str, message: str, severity: Severity = "error"
    ) -> Problem:
        return Problem(
            path=self.display, line=line, severity=severity, field=field, message=message
        )


Loaded = tuple[Document, list[Problem]]


class _Parse:
    """What one file's parse collects before it becomes an immutable Document."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.display = display_path(path)
        self.data: Any = None
        self.lines: dict[Location, int] = {}
        self.body = ""
        self.body_line = 1
        self.problems: list[Problem] = []

    def error_at(self, line: int, field: str, message: str) -> None:
        self.problems.append(
            Problem(path=self.display, line=line, severity="error", field=field, message=message)
        )

    def error(self, location: Location, field: str, message: str) -> None:
        self.error_at(self.lines.get(tuple(location), self.lines.get((), 1)), field, message)

    def done(self) -> Loaded:
        doc = Document(self.path, self.display, self.data, self.lines, self.body, self.body_line)
        return doc, self.problems


def field_name(location: Location) -> str:
    """('quotes', 0, 'speaker') -> 'quotes[0].speaker'."""
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "front matter"


def display_path(path: Path) -> str:
    """Paths in messages are relative to the working directory when they can be."""
    text = str(path)
    if not path.is_absolute() and ".." not in path.parts and not text.startswith("."):
        return text  # already relative to the working directory (the common case: fast)
    try:  # the folder's relative path once, not once per file (10,000 entries in a few folders)
        folder = _relative_folder(os.path.dirname(text), os.getcwd())
    except ValueError:  # another drive on Windows
        return text
    name = os.path.basename(text)
    return name if folder == os.curdir else os.path.join(folder, name)


@functools.lru_cache(maxsize=1024)
def _relative_folder(folder: str, cwd: str) -> str:
    return os.path.relpath(folder, cwd)


def read_limited(path: Path) -> tuple[bytes, int]:
    """The file's bytes, never more than the limit and one (so that `read_text` refuses it),
    and its size. Raises OSError."""
    with path.open("rb") as file:  # never more than the limit in memory
        return file.read(MAX_FILE_BYTES + 1), os.fstat(file.fileno()).st_size


def read_text(path: Path, doc: _Parse, read: tuple[bytes, int] | None = None) -> str | None:
    """The file's text, or None with a problem recorded: too big, binary or not UTF-8. `read`:
    what `read_limited` gave, when the caller needs the very bytes that were loaded."""
    try:
        raw, size = read if read is not None else read_limited(path)
    except OSError as error:
        doc.error((), "file", f"cannot be read: {error.strerror or error}")
        return None
    if len(raw) > MAX_FILE_BYTES:
        size = max(size, len(raw))
        doc.error((), "file", f"is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
        return None
    if b"\x00" in raw:
        doc.error((), "file", "is binary, not a UTF-8 text file")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        doc.error_at(line, "file", f"is not valid UTF-8 (byte {error.start})")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_yaml(text: str, doc: _Parse, first_line: int = 1) -> None:
    """Parse `text` (which starts at file line `first_line`) into `doc.data` and `doc.lines`."""
    bad = forbidden_char(text)
    if bad is not None:
        # Refused before parsing: libyaml counts some of these (U+0085, U+2028) as line breaks,
        # which would make every later line number wrong.
        line = first_line + text.count("\n", 0, text.index(bad))
        doc.error_at(
            line,
            "yaml",
            f"contains the control character U+{ord(bad):04X}, which is not allowed in content",
        )
        return
    if "*" in text and _refuse_alias(text, doc, first_line):
        return
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            doc.data = None
            return
        indexer = _Indexer(doc, first_line - 1)
        if not indexer.node(node, (), 0):
            return
        doc.data = _construct(node, loader, indexer.dropped)
    except yaml.MarkedYAMLError as error:
        doc.problems.append(_parse_problem(error, doc, text, first_line))
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as error:
        doc.error((), "yaml", f"does not parse: {_said(error)}")
    finally:
        loader.dispose()


def _said(error: Exception) -> str:
    """Python's message in the editor's words where it speaks of Python."""
    if isinstance(error, ValueError) and "integer string conversion" in str(error):
        return "a number has more than 4,300 digits; put it in quotes if it is text"
    return str(error)


_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))


def _construct(node: yaml.Node, loader: Any, dropped: set[int]) -> Any:
    """Plain strings, lists and mappings built directly (most of a front matter); anything
    else goes through the safe constructor, which also refuses unsafe tags.

    Keys were already checked by `_Indexer`: plain strings, no aliases; the values it refused
    (`dropped`: a duplicate key's, a value of another type) are left out of a mapping and are
    None in a list (so the later items keep their index and line), and the rest of the file is
    still checked.
    """
    kind = type(node)
    if kind is yaml.ScalarNode:
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if kind is yaml.SequenceNode and node.tag == _SEQ:
        return [
            None if id(item) in dropped else _construct(item, loader, dropped)
            for item in node.value
        ]
    if kind is yaml.MappingNode and node.tag == _MAP:
        return {
            key.value: _construct(value, loader, dropped)
            for key, value in node.value
            if id(value) not in dropped
        }
    return loader.construct_object(node, deep=True)


def _refuse_alias(text: str, doc: _Parse, first_line: int) -> bool:
    """Refuse the first alias (`*name`) at its own line, before anything is expanded.

    A composed alias is the anchored node itself, so only the events know where it was written.
    """
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                doc.error_at(
                    first_line + (event.start_mark.line if event.start_mark else 0),
                    "yaml",
                    "aliases (*name) are not allowed; write the value out",
                )
                return True
    except yaml.MarkedYAMLError as error:
        doc.problems.append(_parse_problem(error, doc, text, first_line))
        return True
    except yaml.YAMLError as error:
        doc.error((), "yaml", f"does not parse: {error}")
        return True
    return False


def _parse_problem(error: yaml.MarkedYAMLError, doc: _Parse, text: str, first_line: int) -> Problem:
    """libyaml's message, at the line where it gave up, with where the broken part began."""
    mark = error.problem_mark or error.context_mark
    line = first_line + (mark.line if mark else 0)
    message = str(error.problem or error.context or "is not valid YAML")
    if "cannot start any token" in message and mark is not None:
        char = text[mark.index : mark.index + 1]
        if char == "\t":
            message = "found a tab; indent YAML with spaces"
        elif char:
            message = f"found {char!r}, which cannot start a value; put the value in quotes"
    context = re.match(r"while (?:parsing|scanning) an? (.+)", str(error.context or ""))
    if context and error.context_mark is not None and error.problem:
        start = first_line + error.context_mark.line
        where = f" that starts on line {start}" if start != line else ""
        message += f" (in the {context.group(1)}{where})"
    after = _after_closing_quote(text, mark) if mark is not None else None
    if after is not None:  # `text: "We are ready," said NAME`: the attribution pasted in too
        message = (
            f"has words after the closing quote of its value ({after!r}): a value in quotes "
            "ends at its closing mark; put them inside the quotes, or delete them"
        )
    runaway = _runaway_quote(text, mark) if mark is not None else None
    if runaway is not None:  # the editor's slip is where the quote opened, not where it broke
        quote = text[runaway.index]
        message = (
            f"the value in quotes that starts on this line is not closed on it (a {quote} "
            f"missing?); the file stops making sense on line {line}: {message}"
        )
        line = first_line + runaway.line
    return Problem(
        path=doc.display,
        line=line,
        severity="error",
        field="yaml",
        message=f"does not parse: {message}",
    )


# `key: "value" more words` (or in a list item): a closed quoted value with text after it.
_AFTER_QUOTE = re.compile(
    r"""^[ ]*(?:-[ ]+)?[^\s:#'"][^:]{0,200}:[ ]+(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ ]*"""
    r"(?P<rest>[^\s#].*)$"
)


def _after_closing_quote(text: str, problem: yaml.Mark) -> str | None:
    """The words after a quoted value's closing mark on the line where libyaml gave up."""
    lines = text.split("\n")
    if problem.line >= len(lines):
        return None
    found = _AFTER_QUOTE.match(lines[problem.line][:2000])
    return found.group("rest").strip()[:60] if found else None


def _runaway_quote(text: str, problem: yaml.Mark) -> yaml.Mark | None:
    """Where a quoted value opened, if it ran over lines and closed on the line where libyaml
    gave up: legal YAML, but in front matter a closing quote forgotten, which libyaml notices
    only lines later. One pass of the scanner (linear), up to the problem."""
    try:
        for token in yaml.scan(text, Loader=_Loader):
            start, end = token.start_mark, token.end_mark
            if start is None or end is None or start.index >= problem.index:
                return None
            quoted = isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
            if quoted and start.line != end.line and end.line == problem.line:
                opened: yaml.Mark = start
                return opened
    except yaml.YAMLError:
        return None
    return None


class _Indexer:
    """Records the line of every value, and refuses what PyYAML would accept silently: aliases,
    duplicate keys, keys that are not text, types beyond plain data, and huge or deep documents.
    Recursion is bounded by MAX_YAML_DEPTH."""

    def __init__(self, doc: _Parse, offset: int) -> None:
        self.doc, self.offset, self.count = doc, offset, 0
        self.seen: set[int] = set()
        self.dropped: set[int] = set()  # value nodes refused, left out (see `_construct`)

    def line(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.offset

    def node(self, node: yaml.Node, location: Location, depth: int) -> bool:
        self.count += 1
        line = self.line(node)
        if depth > MAX_YAML_DEPTH:
            message = f"is nested more than {MAX_YAML_DEPTH} levels deep; refusing to read it"
            return self.refuse(line, "yaml", message)
        if self.count > MAX_YAML_NODES:
            message = f"has more than {MAX_YAML_NODES:,} values; refusing to read it"
            return self.refuse(line, "yaml", message)
        self.doc.lines.setdefault(location, line)
        if node.tag not in _PLAIN_TAGS:
            # Sets, ordered maps, binary data, timestamps and custom tags are not plain data:
            # they would reach the schema as Python objects it was not written for.
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            listed = tag in ("!!set", "!!omap", "!!pairs")
            said = (
                f"is tagged {tag}; write a plain YAML list instead"
                if listed
                else f"is tagged {tag}; content is plain YAML: remove the tag"
            )
            where = field_name(location) if location else "yaml"
            if not location:
                return self.refuse(line, where, said)
            self.drop(node, line, where, said)
            return True
        if id(node) in self.seen:
            return self.refuse(line, "yaml", "aliases (*name) are not allowed; write the value out")
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, location, depth)
        if isinstance(node, yaml.SequenceNode):
            return all(
                self.node(item, (*location, index), depth + 1)
                for index, item in enumerate(node.value)
            )
        return True

    def mapping(self, node: yaml.MappingNode, location: Location, depth: int) -> bool:
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            line = self.line(key_node)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                message = "keys must be plain names (no merge keys, lists or mappings as keys)"
                self.drop(value_node, line, "yaml", message)  # the rest is still checked
                continue
            key = key_node.value
            if key_node.tag != "tag:yaml.org,2002:str":
                kind = key_node.tag.rsplit(":", 1)[-1]
                message = (
                    f"key {key!r} must be text, not {_KEY_KINDS.get(kind, kind)}; put it in quotes"
                )
                self.drop(value_node, line, "yaml", message)
                continue
            if key in first_line:
                name = ".".join(str(p) for p in (*location, key))
                first = first_line[key]
                message = f"duplicate key (first on line {first}); YAML would keep only the last"
                self.drop(value_node, line, name, message)  # the first is kept and checked
                continue
            first_line[key] = line
            self.doc.lines[(*location, key)] = line
            if not self.node(value_node, (*location, key), depth + 1):
                return False
        return True

    def refuse(self, line: int, field: str, message: str) -> bool:
        """A problem that stops the reading (the rest could not be trusted or bounded)."""
        self.doc.error_at(line, field, message)
        return False

    def drop(self, node: yaml.Node, line: int, field: str, message: str) -> None:
        """A problem with one value: it is left out, and the rest of the file still read."""
        self.doc.error_at(line, field, message)
        self.dropped.add(id(node))


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
_KEY_KINDS = {"int": "a number", "float": "a number", "bool": "true/false", "null": "empty"}


def load_yaml_file(path: Path) -> Loaded:
    """A taxonomy file (or any YAML file) as a Document."""
    doc = _Parse(path)
    text = read_text(path, doc)
    if text is not None:
        parse_yaml(text, doc, 1)
        _check_modelines(text, doc, 1, own=False)
    return doc.done()


def parse_yaml_text(text: str, path: Path) -> Loaded:
    """YAML given as text (a file about to be written, for instance), parsed as files are."""
    doc = _Parse(path)
    parse_yaml(text, doc, 1)
    return doc.done()


def load_markdown(
    path: Path, *, front_matter_required: bool = True, read: tuple[bytes, int] | None = None
) -> Loaded:
    """An entry or page: YAML front matter between `---` lines, then the Markdown body (from
    `read`, the file's bytes as `read_limited` gave them, when given)."""
    doc = _Parse(path)
    text = read_text(path, doc, read)
    if text is None:
        return doc.done()
    return split_markdown(text, doc, front_matter_required)


def parse_markdown_text(text: str, path: Path) -> Loaded:
    """A Markdown document given as text, parsed as files are."""
    return split_markdown(text, _Parse(path), True)


def split_markdown(text: str, doc: _Parse, front_matter_required: bool) -> Loaded:
    boundaries = _BOUNDARY.finditer(text)
    first = next(boundaries, None)
    if first is None or first.start() != 0:
        if not front_matter_required:
            doc.body = text
            return doc.done()
        doc.error((), "front matter", "missing: the file must start with a '---' line")
        return doc.done()
    second = next(boundaries, None)
    if second is None:
        doc.error((), "front matter", "is not closed: add a '---' line after it")
        return doc.done()
    front = text[first.end() : second.start()]
    body = text[second.end() :]
    doc.body = body[1:] if body.startswith("\n") else body
    doc.body_line = text.count("\n", 0, second.end()) + 2
    # An empty write-up: the closing `---` swallowed the last newline, so the line after it is
    # past the end of the file; a problem with the body is said at the file's last line.
    doc.body_line = min(doc.body_line, text.count("\n") + (not text.endswith("\n")))
    # The boundary pattern may swallow blank lines after the opening `---`: count them.
    first_line = text.count("\n", 0, first.end()) + 1
    parse_yaml(front, doc, first_line=first_line)
    _check_modelines(front, doc, first_line)
    return doc.done()


# `# yaml-language-server: $schema=...` (or `# $schema: ...`, also after a value): which schema
# editors' tooling loads for the file. Only the project's own, in an entry's front matter (`digest
# new` writes it): another would be fetched by every reviewer who opens the file, and its checks,
# hints and defaults would stand in for the project's. Spaces as the tooling reads them (any
# Unicode space, a byte-order mark).
_MODELINE = re.compile(r"(?:^|\s)#[\s\ufeff]*(yaml-language-server|\$schema)[\s\ufeff]*:(.*)$")
_OWN_SCHEMA = re.compile(r"[ \t]*\$schema=(?:\.\./){1,8}schema/entry\.schema\.json[ \t]*")


def _check_modelines(text: str, doc: _Parse, first_line: int, *, own: bool = True) -> None:
    """`own`: the project's schema may be named (an entry's front matter)."""
    if "yaml-language-server" not in text and "$schema" not in text:
        return  # every file but the few that name a schema: no line-by-line pass
    for number, line in enumerate(text.split("\n")):
        found = _MODELINE.search(line[:2000])
        if found is None:
            continue
        if own and found.group(1) == "yaml-language-server" and _OWN_SCHEMA.fullmatch(found[2]):
            continue
        written = found.group(0).strip()[:80]
        instead = "write `$schema=../../../schema/entry.schema.json` or " if own else ""
        message = (
            f"{written!r} points editors' YAML tooling at another schema than the project's: "
            f"{instead}remove the comment"
        )
        doc.error_at(first_line + number, "front matter" if own else "comment", message)


def file_key(path: Path) -> tuple[int, int] | None:
    """What the cache compares: modification time and size."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)
