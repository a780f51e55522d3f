"""The `digest` command: the core, for editors and CI, without MkDocs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .model import entry_json_schema
from .pipeline import Layout, check_content, scheduled_notes
from .problems import Problem


def _content_root(paths: list[Path], default: Path) -> Path:
    """The content folder the paths belong to: the folder holding `entries/` or the taxonomies."""
    for path in paths:
        candidate = path.resolve()
        for folder in (candidate, *candidate.parents):
            if (folder / "topics.yml").is_file() or (folder / "entries").is_dir():
                return folder
    return default


def _selected(problem: Problem, paths: list[Path]) -> bool:
    target = Path(problem.path).resolve()
    return any(target == p or p in target.parents for p in paths)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_check(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            print(f"{path}:1: error: file: does not exist", file=sys.stderr)
            return 2
    root = Path(args.content) if args.content else _content_root(paths, Path("content"))
    if not root.is_dir():
        print(
            f"{root}:1: error: file: content folder not found (use --content DIR)", file=sys.stderr
        )
        return 2
    checked = check_content(Layout(root), check_only=True)
    problems = checked.problems
    if checked.ok:
        problems = problems + scheduled_notes(checked)
    resolved = [p.resolve() for p in paths]
    if resolved and not any(p == root.resolve() for p in resolved):
        problems = [p for p in problems if _selected(p, resolved)]
    for problem in problems:
        print(problem.github() if args.format == "github" else str(problem))
    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)
    if args.format == "text":
        summary = (
            f"{_count(len(checked.entries), 'valid entry', 'valid entries')}; "
            f"{_count(errors, 'error', 'errors')}, {_count(warnings, 'warning', 'warnings')}"
        )
        print(summary, file=sys.stderr)
    return 1 if errors else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(entry_json_schema(), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest", description="Validate and scaffold entries of the AI-industry digest."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="validate entries and taxonomy files; exit 1 on any error",
        description="Validate every entry and taxonomy file of the content folder and print every "
        "problem as `path:line: severity: field: message`. With PATHs, report only the problems "
        "in those files or folders (duplicates are still checked against the whole corpus).",
    )
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to report on")
    check.add_argument(
        "--content",
        metavar="DIR",
        help="the content folder (default: found from PATH, else ./content)",
    )
    check.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="'github' prints GitHub Actions annotations",
    )
    check.set_defaults(func=cmd_check)

    schema = sub.add_parser("schema", help="print the entry front matter's JSON Schema")
    schema.set_defaults(func=cmd_schema)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands():
    """Commands that live in their own modules (scaffolding, summaries, link health)."""
    from . import links, scaffold, summary
    from .commands import quotes, verify

    return [scaffold.register, summary.register, links.register, quotes.register, verify.register]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
