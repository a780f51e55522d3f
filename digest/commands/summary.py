"""`digest summary --base REF`: what a branch adds or changes, as Markdown for the PR comment.

Every value shown comes from the pull request (file names, titles, URLs, taxonomy keys,
quotes, problem messages), so each goes through `mdtext`: the comment's structure is ours only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from digest.commands.arguments import CONTENT_HELP, content_folder
from digest.editor.changes import Changes, EntryInfo, compare
from digest.editor.gitbase import GitError, export_base
from digest.editor.mdtext import md_code, md_link, md_text
from digest.model.termtext import clean

MARKER = "<!-- digest-summary -->"
MAX_ITEMS = 50  # per list: a PR comment is at most 65,536 characters
MAX_QUOTES = 5  # per entry
EXCERPT = 160
VERBS = {"added": "New", "changed": "Changed", "removed": "Removed"}


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def _capped(lines: list[str], count: int | None = None) -> list[str]:
    """At most MAX_ITEMS lines, then how many more there were."""
    count = len(lines) if count is None else count
    if count > MAX_ITEMS:
        return [*lines[:MAX_ITEMS], f"- … and {count - MAX_ITEMS} more"]
    return lines


def _title_link(entry: EntryInfo) -> str:
    return md_link(f"**{md_text(entry.title)}**", entry.url)


def _quote_line(prefix: str, text: str, speaker: str) -> str:
    said = f"“{md_text(_excerpt(text))}”" if text else "*(empty quote)*"
    who = md_text(speaker) if speaker else "*(no speaker yet)*"
    return f"  - {prefix}{said} — {who}"


def _headline(changes: Changes, base: str) -> list[str]:
    errors = sum(p.severity == "error" for p in changes.new_problems)
    if errors:
        verdict = (
            f"❌ **{_plural(errors, 'new error')}** to fix before this can be merged "
            "(see below, and the annotations on the changed files)."
        )
    else:
        verdict = "✅ **No new errors.** `digest check` passes for everything this PR changes."
    new_quotes = sum(1 for e in changes.added for text, _ in e.quotes if text)
    new_quotes += sum(1 for c in changes.changed for text, _ in c.quotes_added if text)
    counts = [
        _plural(len(changes.added), "new entry", "new entries"),
        _plural(len(changes.changed), "changed entry", "changed entries"),
        _plural(new_quotes, "new quote"),
    ]
    for kind in ("topic", "organization"):
        added = sum(r.kind == kind and r.what == "added" for r in changes.records)
        if added:
            counts.append(_plural(added, f"new {kind}"))
    return [verdict, "", f"Compared with {md_code(base)}: " + ", ".join(counts) + ".", ""]


def _added(changes: Changes) -> list[str]:
    lines = []
    for entry in changes.added[:MAX_ITEMS]:
        publisher = f" — {md_text(entry.publisher)}" if entry.publisher else ""
        lines.append(f"- {_title_link(entry)}{publisher} · {md_code(entry.display)}")
        lines += [_quote_line("", text, who) for text, who in entry.quotes[:MAX_QUOTES]]
        if len(entry.quotes) > MAX_QUOTES:
            lines.append(f"  - … and {len(entry.quotes) - MAX_QUOTES} more quotes")
    return ["### New entries", "", *_capped(lines, len(changes.added)), ""]


def _changed(changes: Changes) -> list[str]:
    lines = []
    for change in changes.changed[:MAX_ITEMS]:
        notes = []
        if change.quotes_added:
            notes.append(f"+{_plural(len(change.quotes_added), 'quote')}")
        if change.quotes_removed:
            notes.append(f"−{_plural(len(change.quotes_removed), 'quote')}")
        detail = ", ".join(notes) or "write-up or details edited"
        lines.append(f"- {_title_link(change.entry)} · {md_code(change.entry.display)} ({detail})")
        lines += [_quote_line("new: ", text, who) for text, who in change.quotes_added[:MAX_QUOTES]]
    return ["### Changed entries", "", *_capped(lines, len(changes.changed)), ""]


def _removed(changes: Changes) -> list[str]:
    lines = [f"- {md_text(e.title)} · {md_code(e.display)}" for e in changes.removed]
    return ["### Removed entries", "", *_capped(lines), ""]


def _record_label(record: Any, what: str) -> str:
    if not isinstance(record, dict):
        return ""
    name = record.get("name")
    label = f" {md_text(name)}" if isinstance(name, str) else ""
    aliases = record.get("aliases")
    if what != "removed" and isinstance(aliases, list) and aliases:
        label += " (also: " + ", ".join(md_text(a) for a in aliases[:MAX_ITEMS]) + ")"
    return label


def _records(changes: Changes) -> list[str]:
    lines = [
        f"- {VERBS[r.what]} {r.kind} {md_code(r.slug)}:{_record_label(r.record, r.what)}"
        for r in changes.records
    ]
    return ["### Topics and organizations", "", *_capped(lines), ""]


def _problems(changes: Changes, base: str) -> list[str]:
    problems = changes.new_problems
    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)
    lines = [
        f"- {md_code(f'{p.path}:{p.line}')} **{p.severity}** {md_code(p.field)}: "
        f"{md_text(p.message)}"
        for p in problems
    ]
    intro = (
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} that "
        f"{md_code(base)} does not have. Run `digest check` locally to see them too."
    )
    return ["### New problems", "", intro, "", *_capped(lines), ""]


def format_markdown(changes: Changes, base: str) -> str:
    """The whole comment: verdict and counts, then one section per kind of change."""
    out = [MARKER, "## Digest summary", "", *_headline(changes, base)]
    if changes.added:
        out += _added(changes)
    if changes.changed:
        out += _changed(changes)
    if changes.removed:
        out += _removed(changes)
    if changes.records:
        out += _records(changes)
    if changes.new_problems:
        out += _problems(changes, base)
    if not (changes.added or changes.changed or changes.removed or changes.records):
        out += ["This pull request does not change any entry or taxonomy file.", ""]
    out.append(
        "<sub>Posted by the digest workflow; it updates this comment on every push. "
        "See CONTRIBUTING.md for the quote policy.</sub>"
    )
    return "\n".join(out) + "\n"


def cmd_summary(args: argparse.Namespace) -> int:
    content = content_folder(args.content)
    if not content.is_dir():
        print(
            f"error: {clean(content)}: content folder not found (use --content DIR)",
            file=sys.stderr,
        )
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="digest-base-") as tmp:
            base_root = export_base(content, args.base, Path(tmp))
            changes = compare(content, base_root)
    except GitError as error:
        print(f"error: {clean(error)}", file=sys.stderr)
        return 2
    except ValueError:  # the content folder is not inside the repository
        print(f"error: {clean(content)} is not inside a git repository", file=sys.stderr)
        return 2
    print(format_markdown(changes, args.base), end="")
    return 0


def register(subparsers: Any) -> None:
    summary = subparsers.add_parser(
        "summary",
        help="what this branch adds or changes compared with REF, as Markdown",
        description="Compare the content folder with its state at a git revision: new and "
        "changed entries, their quotes, new topics and organizations, and only the problems "
        "that are new since REF. Prints Markdown for a pull-request comment.",
    )
    summary.add_argument("--base", required=True, metavar="REF", help="e.g. origin/main")
    summary.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    summary.set_defaults(func=cmd_summary)
