"""`digest verify [PATH...]`: is every quote word for word in its source?"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from digest.commands.arguments import CONTENT_HELP, content_folder, missing_folder, seconds
from digest.editor.articles import default_cache, now_iso
from digest.editor.verify import entry_files, verify_files
from digest.model.termtext import clean
from digest.model.wording import count


def _entries(paths: list[Path], content: Path) -> list[Path] | None:
    """The entry files to check: all of the content folder's, or those under PATHs."""
    if not paths:
        return entry_files(content)
    files: list[Path] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif (path / "entries").is_dir():
            files.extend(entry_files(path))
        elif path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*.md"))
                if p.is_file() and not any(part.startswith(".") for part in p.parts[-2:])
            )
        else:
            print(f"{clean(str(path))}:1: error: file: does not exist", file=sys.stderr)
            return None
    return list(dict.fromkeys(files))


def cmd_verify(args: argparse.Namespace) -> int:
    content = content_folder(args.content)
    paths = [Path(p) for p in args.paths]
    if not paths and not content.is_dir():
        return missing_folder(content)
    files = _entries(paths, content)
    if files is None:
        return 2
    if args.page is not None and len(files) != 1:
        print("error: --page is one entry's source: name that entry's file", file=sys.stderr)
        return 2
    checked_at = now_iso()
    report = verify_files(
        files,
        offline=args.offline,
        cache=default_cache(not args.no_cache),
        timeout=args.timeout,
        deadline=3 * args.timeout,  # each fetch as a whole, a slow server included
        checked_at=checked_at,
        saved=args.page,
    )
    errors = sum(p.severity == "error" for p in report.problems)
    if args.json:
        print(json.dumps(report.as_json(checked_at), indent=2, ensure_ascii=True))
    else:
        for problem in report.problems:
            print(problem.github() if args.format == "github" else str(problem))
    verified = sum(q.verified is True for q in report.quotes)
    archived = sum(q.verified is True and q.source_kind == "archive" for q in report.quotes)
    in_archives = f" ({archived} in an archived copy)" if archived else ""
    missing = sum(q.verified is False for q in report.quotes)
    unchecked = sum(q.verified is None for q in report.quotes)
    print(
        f"{count(len(report.quotes), 'quote')} in {count(len(files), 'entry', 'entries')}: "
        f"{verified} verified{in_archives}, "
        f"{missing} not found in their source, {unchecked} not checked (source unreadable)",
        file=sys.stderr,
    )
    return 1 if errors else 0


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify",
        help="check every quote word for word against its source; exit 1 if any is not there",
        description="Fetch each entry's source (or, when it cannot be read, source.archive), "
        "extract the article's text and look for every quote in it, forgiving typography only "
        "(quote marks, apostrophes, dashes, spaces; `…` or `[…]` for words left out). A quote "
        "not found is an error showing the closest passage; a speaker the article does not name "
        "and a source that cannot be read are warnings. Fetched pages are kept in the "
        "build cache for a day (--no-cache or DIGEST_CACHE=0: not).",
    )
    verify.add_argument(
        "paths", nargs="*", metavar="PATH", help="entry files or folders (default: all entries)"
    )
    verify.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    verify.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="'github' prints GitHub Actions annotations",
    )
    verify.add_argument(
        "--no-cache", action="store_true", help="neither read nor keep fetched pages"
    )
    verify.add_argument("--offline", action="store_true", help="use only the page cache")
    verify.add_argument(
        "--page",
        type=Path,
        metavar="FILE",
        help="the entry's source page as saved from a browser (behind a paywall or a login, "
        "or without a network), read in place of its URL; one entry only",
    )
    verify.add_argument(
        "--json",
        action="store_true",
        help="print a JSON report: per quote, verified or not, the source used, the similarity "
        "and when it was verified",
    )
    verify.add_argument(
        "--timeout",
        type=seconds,
        default=10.0,
        metavar="S",
        help="per network wait (default 10); each fetch at most three times this",
    )
    verify.set_defaults(func=cmd_verify)
