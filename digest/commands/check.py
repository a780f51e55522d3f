"""`digest check`: validate the content folder and print one line per problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digest.build.cache import Cache, cache_dir, enabled, tracked_cache_problem
from digest.build.pipeline import check_content, scheduled_notes
from digest.commands.arguments import content_folder, missing_folder, strict_build
from digest.content.files import find_entry_files
from digest.content.siteconfig import layout_for
from digest.model.fixes import once_each
from digest.model.problems import Problem
from digest.model.termtext import clean
from digest.model.wording import count


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


def _entry_files(root: Path, selected: list[Path]) -> set[Path]:
    """The entry files checked: every one of the content folder, or those under the paths
    given (an entry file given by name counts even where it does not belong)."""
    found = {path.resolve() for path in find_entry_files(layout_for(root))[0]}
    if not selected or any(p == root.resolve() for p in selected):
        return found
    chosen = {path for path in found if any(path == p or p in path.parents for p in selected)}
    entries = (root / "entries").resolve()
    chosen |= {p for p in selected if p.suffix == ".md" and p.is_file() and entries in p.parents}
    return chosen


def _usage_problem(args: argparse.Namespace, path: Path, message: str) -> int:
    """A path the check cannot take: one line (an annotation under `--format github`), exit 2."""
    problem = Problem(path=str(path), line=1, severity="error", field="file", message=message)
    if args.format == "github":
        print(problem.github())
    else:
        print(clean(str(problem)), file=sys.stderr)
    return 2


def cmd_check(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            return _usage_problem(args, path, "does not exist")
    root = Path(args.content) if args.content else _content_root(paths, content_folder(None))
    if not root.is_dir():
        return missing_folder(root)
    for path in paths:
        inside = path.resolve()
        if inside != root.resolve() and root.resolve() not in inside.parents:
            message = (
                f"is not in the content folder ({root}): "
                "digest check reads entries, pages and taxonomies there"
            )
            return _usage_problem(args, path, message)
    project = root.parent if (root.parent / "mkdocs.yml").is_file() else Path.cwd()
    directory = cache_dir(project)
    cache = Cache(directory, project) if enabled(not args.no_cache) else None
    try:
        if cache is not None:
            cache.begin()
        checked = check_content(layout_for(root), check_only=True, cache=cache)
    finally:
        if cache is not None:
            cache.finish()
            cache.close()
            for message in cache.errors:
                print(f"digest: {clean(message)}", file=sys.stderr)
    tracked = tracked_cache_problem(project, directory)
    if tracked is not None:
        checked.problems.insert(0, tracked)
    problems = checked.problems
    if checked.ok:
        problems = problems + scheduled_notes(checked)
    resolved = [p.resolve() for p in paths]
    if resolved and not any(p == root.resolve() for p in resolved):
        problems = [p for p in problems if _selected(p, resolved)]
    if args.format == "github":
        lines = [problem.github() for problem in problems]
    else:  # each command that adds a missing topic or organization, once
        lines = [str(p) for p in problems]
        lines = once_each(lines)
    for line in lines:
        print(line)
    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)
    if args.format == "text":
        others: list[str] = []  # files given that are not entries (a taxonomy, a page)
        if resolved and not any(p == root.resolve() for p in resolved):
            chosen = _entry_files(root, resolved)
            entries = len(chosen)
            valid = len(chosen & {(root / ref.src).resolve() for ref in checked.refs})
            others = [
                clean(str(g))
                for g, r in zip(paths, resolved, strict=True)
                if r.is_file() and r not in chosen
            ]
        else:  # the whole folder: the files the check walked (no second walk, no realpath)
            entries = len(checked.signatures)
            valid = len(checked.signatures.keys() & {ref.src for ref in checked.refs})
        what = f"{count(entries, 'entry', 'entries')} checked, {valid:,} valid"
        if others:
            named = ", ".join(others)
            what = f"{named} checked" if not entries else f"{what}; {named} checked too"
        strict = ""
        if warnings and not errors and strict_build():  # the strict build refuses them too
            strict = " (mkdocs.yml has strict: true: the build fails on warnings too)"
        print(
            f"{what}; {count(errors, 'error')}, {count(warnings, 'warning')}{strict}",
            file=sys.stderr,
        )
    return 1 if errors else 0


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
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
        help="the content folder (default: found from PATH, else docs_dir of ./mkdocs.yml, "
        "else ./content)",
    )
    check.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="'github' prints GitHub Actions annotations",
    )
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="validate every file again, without reading or writing the build cache "
        "(.cache/digest beside mkdocs.yml, or DIGEST_CACHE_DIR; DIGEST_CACHE=0 also turns it off)",
    )
    check.set_defaults(func=cmd_check)
