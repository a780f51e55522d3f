"""`digest changed`: the entries this branch adds or changes, and with --verify their quotes
checked against their sources: what `make check` runs before a pull request.

The base is origin/main, else main (the first that exists), or --base. Outside git, or without
a base, there is nothing to compare with: it says so and passes. A quote that is not in its
source fails; a source that cannot be read is a warning, and when none of them can be read
(no network) it says that only the content was checked, and passes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digest.commands.arguments import CONTENT_HELP, content_folder, missing_folder, seconds
from digest.editor.articles import default_cache, now_iso
from digest.editor.gitbase import GitError, branch_base, changed_files
from digest.editor.verify import verify_files
from digest.model.termtext import clean
from digest.model.wording import count


def say(message: str) -> None:
    print(message, file=sys.stderr)


def _changed(content: Path, base: str | None) -> tuple[str | None, list[Path]] | None:
    """(the base, the changed entry files); None when there is nothing to compare with."""
    try:
        base = base or branch_base(content)
        if base is None:
            say("no origin/main or main branch to compare with: no entries to verify")
            return None
        return base, changed_files(content, base)
    except GitError as error:
        say(f"{clean(error)}: no entries to verify")
        return None


def cmd_changed(args: argparse.Namespace) -> int:
    content = content_folder(args.content)
    if not content.is_dir():
        return missing_folder(content)
    found = _changed(content, args.base)
    if found is None:
        return 0
    base, files = found
    say(f"{count(len(files), 'entry', 'entries')} added or changed since {clean(base)}")
    if not args.verify:
        for path in files:
            print(clean(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path))
        return 0
    if not files:
        return 0
    checked_at = now_iso()
    report = verify_files(
        files, offline=args.offline, cache=default_cache(not args.no_cache),
        timeout=args.timeout,
        checked_at=checked_at,
    )  # fmt: skip
    for problem in report.problems:
        print(str(problem))
    read = [q for q in report.quotes if q.verified is not None]
    if report.quotes and not read:
        say(
            f"offline: none of the sources of the {count(len(files), 'entry', 'entries')} "
            "could be read (see above), so only the content was checked; run `make check` "
            "again once the network is back"
        )
        return 0
    errors = sum(p.severity == "error" for p in report.problems)
    verified = sum(q.verified is True for q in report.quotes)
    say(
        f"{count(len(report.quotes), 'quote')} in {count(len(files), 'entry', 'entries')}: "
        f"{verified} verified, {sum(q.verified is False for q in report.quotes)} not found in "
        f"their source, {len(report.quotes) - len(read)} not checked (source unreadable)"
    )
    return 1 if errors else 0


def register(subparsers: Any) -> None:
    changed = subparsers.add_parser(
        "changed",
        help="the entries this branch adds or changes; --verify checks their quotes",
        description="List the entry files added or changed since the branch left origin/main "
        "(or main), committed or not. With --verify, check their quotes word for word against "
        "their sources, as `digest verify` does; without a network, say so and pass.",
    )
    changed.add_argument(
        "--base", metavar="REF", help="compare with REF (default: origin/main, else main)"
    )
    changed.add_argument(
        "--verify", action="store_true", help="check their quotes against their sources"
    )
    changed.add_argument(
        "--no-cache", action="store_true", help="neither read nor keep fetched pages"
    )
    changed.add_argument(
        "--offline", action="store_true", help="with --verify: use only the page cache"
    )
    changed.add_argument(
        "--timeout", type=seconds, default=10.0, metavar="S", help="per request (default 10)"
    )
    changed.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    changed.set_defaults(func=cmd_changed)
