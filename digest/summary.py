"""`digest summary --base REF`: what a branch adds or changes, as Markdown for the PR comment.

The base content is exported with `git archive` into a temporary folder and checked with the same
pipeline as the branch, so that the comment lists only the problems this pull request brings.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .loader import display_path, load_markdown, load_yaml_file
from .pipeline import Layout, check_content, find_entry_files
from .problems import Problem

MARKER = "<!-- digest-summary -->"
MAX_ITEMS = 50  # per list: a PR comment is at most 65,536 characters
EXCERPT = 160


class GitError(Exception):
    """git could not answer: printed as one line."""


# --- Getting the base content ------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False, timeout=120
        )
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took too long") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def export_base(content: Path, ref: str, into: Path) -> Path:
    """Write the content folder as it is at `ref` under `into`; return its path there."""
    content = content.resolve()
    try:
        top = Path(_git(content, "rev-parse", "--show-toplevel").decode().strip())
    except GitError as error:
        if "not a git repository" in str(error):
            raise GitError(f"{content} is not inside a git repository") from None
        raise
    try:
        _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except GitError:
        raise GitError(
            f"unknown git revision {ref!r} (fetch it first, e.g. git fetch origin main)"
        ) from None
    relative = content.relative_to(top.resolve()).as_posix()
    base_root = into / relative
    base_root.mkdir(parents=True, exist_ok=True)
    if not _git(top, "ls-tree", "--name-only", ref, "--", relative).strip():
        return base_root  # the content folder did not exist yet: everything is new
    archive = _git(top, "archive", "--format=tar", ref, "--", relative)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                continue  # symlinks and the like are not content
            try:
                tar.extract(member, into, filter="data")
            except (tarfile.TarError, OSError):
                continue
    return base_root


# --- Comparing ---------------------------------------------------------------------------------


@dataclass
class EntryInfo:
    rel: str  # path under the content folder
    display: str
    data: dict[str, Any]
    body: str

    @property
    def title(self) -> str:
        title = self.data.get("title")
        return title.strip() if isinstance(title, str) and title.strip() else self.rel

    @property
    def url(self) -> str | None:
        source = self.data.get("source")
        url = source.get("url") if isinstance(source, dict) else None
        ok = isinstance(url, str) and url.strip().lower().startswith(("http://", "https://"))
        return url.strip() if ok else None

    @property
    def publisher(self) -> str | None:
        source = self.data.get("source")
        value = source.get("publisher") if isinstance(source, dict) else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    @property
    def quotes(self) -> list[tuple[str, str]]:
        out = []
        for quote in self.data.get("quotes") or []:
            if isinstance(quote, dict):
                text, speaker = quote.get("text"), quote.get("speaker")
                out.append(
                    (
                        text.strip() if isinstance(text, str) else "",
                        speaker.strip() if isinstance(speaker, str) else "",
                    )
                )
        return out


def _entries(root: Path) -> dict[str, EntryInfo]:
    files, _ = find_entry_files(Layout(root))
    out: dict[str, EntryInfo] = {}
    for path in files:
        doc, _ = load_markdown(path)
        data = doc.data if isinstance(doc.data, dict) else {}
        rel = path.relative_to(root).as_posix()
        out[rel] = EntryInfo(rel, doc.display, data, doc.body)
    return out


def _records(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    data = load_yaml_file(path)[0].data
    return data if isinstance(data, dict) else {}


def _problem_key(problem: Problem, root: Path) -> tuple[str, str, str, str]:
    """A problem's identity regardless of where the folder is and of shifted line numbers."""
    try:
        rel = Path(os.path.abspath(problem.path)).relative_to(root.resolve()).as_posix()
    except ValueError:
        rel = problem.path
    return (rel, problem.severity, problem.field, problem.message)


@dataclass
class Summary:
    added: list[EntryInfo] = field(default_factory=list)
    changed: list[tuple[EntryInfo, list[tuple[str, str]], list[tuple[str, str]]]] = field(
        default_factory=list
    )  # (entry, quotes added, quotes removed)
    removed: list[EntryInfo] = field(default_factory=list)
    taxonomy: dict[str, dict[str, list[tuple[str, Any]]]] = field(default_factory=dict)
    new_problems: list[Problem] = field(default_factory=list)
    head_entries: int = 0


def summarize(head_root: Path, base_root: Path) -> Summary:
    summary = Summary()
    head, base = _entries(head_root), _entries(base_root)
    summary.head_entries = len(head)
    for rel, entry in sorted(head.items()):
        before = base.get(rel)
        if before is None:
            summary.added.append(entry)
        elif (before.data, before.body) != (entry.data, entry.body):
            new_quotes = [q for q in entry.quotes if q not in before.quotes]
            gone_quotes = [q for q in before.quotes if q not in entry.quotes]
            summary.changed.append((entry, new_quotes, gone_quotes))
    summary.removed = [
        EntryInfo(rel, display_path(head_root / rel), entry.data, entry.body)
        for rel, entry in sorted(base.items())
        if rel not in head
    ]
    for kind, name in (("topic", "topics.yml"), ("organization", "organizations.yml")):
        now, then = _records(head_root / name), _records(base_root / name)
        summary.taxonomy[kind] = {
            "added": [(k, now[k]) for k in now if k not in then],
            "changed": [(k, now[k]) for k in now if k in then and now[k] != then[k]],
            "removed": [(k, then[k]) for k in then if k not in now],
        }
    head_problems = check_content(Layout(head_root)).problems
    base_keys = Counter(
        _problem_key(p, base_root) for p in check_content(Layout(base_root)).problems
    )
    for problem in head_problems:
        key = _problem_key(problem, head_root)
        if base_keys[key] > 0:
            base_keys[key] -= 1
        else:
            summary.new_problems.append(problem)
    return summary


# --- Markdown ----------------------------------------------------------------------------------


def md(text: Any) -> str:
    """Editor-written text, shown literally: no Markdown, HTML or @mentions from content."""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]()#+!|~":
        text = text.replace(char, "\\" + char)
    return text.replace("@", "&#64;")


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def _link(entry: EntryInfo) -> str:
    title = f"**{md(entry.title)}**"
    if entry.url:
        url = entry.url
        for char, code in (("(", "%28"), (")", "%29"), (" ", "%20"), ("<", "%3C"), (">", "%3E")):
            url = url.replace(char, code)
        title = f"[{title}]({url})"
    return title


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def _capped(lines: list[str], count: int) -> list[str]:
    if count > MAX_ITEMS:
        return [*lines[:MAX_ITEMS], f"- … and {count - MAX_ITEMS} more"]
    return lines


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def format_markdown(summary: Summary, base: str) -> str:
    errors = [p for p in summary.new_problems if p.severity == "error"]
    warnings = [p for p in summary.new_problems if p.severity == "warning"]
    out = [MARKER, "## Digest summary", ""]
    if errors:
        out.append(
            f"❌ **{_plural(len(errors), 'new error')}** to fix before this can be merged "
            "(see below, and the annotations on the changed files)."
        )
    else:
        out.append("✅ **No new errors.** `digest check` passes for everything this PR changes.")
    out.append("")
    new_quotes = sum(1 for e in summary.added for text, _ in e.quotes if text) + sum(
        1 for _, quotes, _ in summary.changed for text, _ in quotes if text
    )
    counts = [
        _plural(len(summary.added), "new entry", "new entries"),
        _plural(len(summary.changed), "changed entry", "changed entries"),
        _plural(new_quotes, "new quote"),
    ]
    for kind in ("topic", "organization"):
        added = len(summary.taxonomy.get(kind, {}).get("added", []))
        if added:
            counts.append(_plural(added, f"new {kind}"))
    out.extend([f"Compared with {_code(base)}: " + ", ".join(counts) + ".", ""])

    if summary.added:
        out.extend(["### New entries", ""])
        lines = []
        for entry in summary.added[:MAX_ITEMS]:
            publisher = f" — {md(entry.publisher)}" if entry.publisher else ""
            lines.append(f"- {_link(entry)}{publisher} · {_code(entry.display)}")
            for text, speaker in entry.quotes[:5]:
                who = md(speaker) if speaker else "*(no speaker yet)*"
                said = f"“{md(_excerpt(text))}”" if text else "*(empty quote)*"
                lines.append(f"  - {said} — {who}")
            if len(entry.quotes) > 5:
                lines.append(f"  - … and {len(entry.quotes) - 5} more quotes")
        if len(summary.added) > MAX_ITEMS:
            lines.append(f"- … and {len(summary.added) - MAX_ITEMS} more")
        out.extend([*lines, ""])
    if summary.changed:
        out.extend(["### Changed entries", ""])
        lines = []
        for entry, added, removed in summary.changed[:MAX_ITEMS]:
            notes = []
            if added:
                notes.append(f"+{_plural(len(added), 'quote')}")
            if removed:
                notes.append(f"−{_plural(len(removed), 'quote')}")
            if not notes:
                notes.append("write-up or details edited")
            detail = f" ({', '.join(notes)})" if notes else ""
            lines.append(f"- {_link(entry)} · {_code(entry.display)}{detail}")
            for text, speaker in added[:5]:
                lines.append(f"  - new: “{md(_excerpt(text))}” — {md(speaker)}")
        if len(summary.changed) > MAX_ITEMS:
            lines.append(f"- … and {len(summary.changed) - MAX_ITEMS} more")
        out.extend([*lines, ""])
    if summary.removed:
        out.extend(["### Removed entries", ""])
        lines = [f"- {md(e.title)} · {_code(e.display)}" for e in summary.removed]
        out.extend([*_capped(lines, len(lines)), ""])

    taxonomy_lines = []
    for kind in ("topic", "organization"):
        changes = summary.taxonomy.get(kind, {})
        for what in ("added", "changed", "removed"):
            for slug, record in changes.get(what, []):
                name = record.get("name") if isinstance(record, dict) else None
                label = f" {md(name)}" if isinstance(name, str) else ""
                aliases = record.get("aliases") if isinstance(record, dict) else None
                if what != "removed" and isinstance(aliases, list) and aliases:
                    label += " (also: " + ", ".join(md(a) for a in aliases) + ")"
                verb = {"added": "New", "changed": "Changed", "removed": "Removed"}[what]
                taxonomy_lines.append(f"- {verb} {kind} {_code(str(slug))}:{label}")
    if taxonomy_lines:
        out.extend(["### Topics and organizations", ""])
        out.extend([*_capped(taxonomy_lines, len(taxonomy_lines)), ""])

    if summary.new_problems:
        out.extend(
            [
                "### New problems",
                "",
                f"{_plural(len(errors), 'error')}, {_plural(len(warnings), 'warning')} that "
                f"{_code(base)} does not have. Run `digest check` locally to see them too.",
                "",
            ]
        )
        lines = [
            f"- {_code(f'{p.path}:{p.line}')} **{p.severity}** {_code(p.field)}: {md(p.message)}"
            for p in summary.new_problems
        ]
        out.extend([*_capped(lines, len(lines)), ""])
    if not (summary.added or summary.changed or summary.removed or taxonomy_lines):
        out.extend(["This pull request does not change any entry or taxonomy file.", ""])
    out.append(
        "<sub>Posted by the digest workflow; it updates this comment on every push. "
        "See CONTRIBUTING.md for the quote policy.</sub>"
    )
    return "\n".join(out) + "\n"


def cmd_summary(args: argparse.Namespace) -> int:
    content = Path(args.content)
    if not content.is_dir():
        print(f"error: {content}: content folder not found (use --content DIR)", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="digest-base-") as tmp:
            base_root = export_base(content, args.base, Path(tmp))
            summary = summarize(content, base_root)
    except GitError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ValueError:  # the content folder is not inside the repository
        print(f"error: {content} is not inside a git repository", file=sys.stderr)
        return 2
    print(format_markdown(summary, args.base), end="")
    return 0


def register(subparsers) -> None:
    summary = subparsers.add_parser(
        "summary",
        help="what this branch adds or changes compared with REF, as Markdown",
        description="Compare the content folder with its state at a git revision: new and "
        "changed entries, their quotes, new topics and organizations, and only the problems "
        "that are new since REF. Prints Markdown for a pull-request comment.",
    )
    summary.add_argument("--base", required=True, metavar="REF", help="e.g. origin/main")
    summary.add_argument("--content", default="content", metavar="DIR", help="default: content")
    summary.set_defaults(func=cmd_summary)
