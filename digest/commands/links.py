"""`digest links`: is every source URL still alive?

Run weekly by a workflow that files one tracking issue, never on pull requests: the web changes
under us, and a dead link elsewhere must not block an editor's merge.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digest.commands.arguments import missing_folder, non_negative_int, positive_int, seconds
from digest.content.layout import Layout
from digest.editor.linkcheck import Link, Result, check_links, collect_links
from digest.editor.mdtext import md_code, md_link, md_text
from digest.model.problems import Problem, Severity
from digest.model.wording import count


def link_problems(links: list[Link], results: list[Result]) -> list[Problem]:
    """One problem per place that cites a dead or refusing URL."""
    problems: list[Problem] = []
    for link, result in zip(links, results, strict=True):
        for path, line in link.places:
            severity: Severity
            if result.status == "dead":
                severity, message = "error", f"{link.url} is dead: {result.detail}"
            elif result.status == "blocked":
                severity = "warning"
                message = f"{link.url} refused the checker ({result.detail}); check it by hand"
            else:
                continue
            problems.append(
                Problem(
                    path=path, line=line, severity=severity, field="source.url", message=message
                )
            )
    return sorted(problems, key=lambda p: (p.path, p.line))


def _table(title: str, note: str, rows: list[tuple[Link, Result]]) -> list[str]:
    out = [f"### {title}", "", note, "", "| Entry | URL | Result |", "| --- | --- | --- |"]
    for link, result in rows:
        where = "<br>".join(md_code(f"{path}:{line}", in_table=True) for path, line in link.places)
        url = md_link(md_text(link.url), link.url)
        detail = md_text(result.detail)
        if result.final_url:
            detail += " → " + md_link(md_text(result.final_url), result.final_url)
        out.append(f"| {where} | {url} | {detail} |")
    return [*out, ""]


def format_markdown(links: list[Link], results: list[Result]) -> str:
    """The body of the tracking issue: counts, then a table per kind of finding."""
    pairs = list(zip(links, results, strict=True))
    dead = [(lk, r) for lk, r in pairs if r.status == "dead"]
    blocked = [(lk, r) for lk, r in pairs if r.status == "blocked"]
    moved = [(lk, r) for lk, r in pairs if r.status == "ok" and r.final_url is not None]
    out = [
        "## Link health",
        "",
        f"Checked {count(len(links), 'source URL')}: {len(dead)} dead, "
        f"{len(blocked)} refused the checker, "
        f"{len(moved)} redirected.",
        "",
    ]
    if dead:
        note = (
            "Replace each with the article's new address, or with an archived copy "
            "(e.g. the Wayback Machine)."
        )
        out += _table("Dead links", note, dead)
    else:
        out += ["No dead links. ✅", ""]
    if blocked:
        out += _table("Refused the checker", "Probably alive; check these by hand.", blocked)
    if moved:
        out += _table("Redirected", "Alive; consider updating to the final address.", moved)
    return "\n".join(out)


def cmd_links(args: argparse.Namespace) -> int:
    root = Path(args.content)
    if not root.is_dir():
        return missing_folder(root)
    links = collect_links(Layout(root))
    results = check_links(
        links, concurrency=args.concurrency, timeout=args.timeout, retries=args.retries
    )
    dead = sum(r.status == "dead" for r in results)
    if args.format == "markdown":
        print(format_markdown(links, results))
    else:
        for problem in link_problems(links, results):
            print(problem)
        print(
            f"{count(len(links), 'source URL')} checked; {dead} dead, "
            f"{sum(r.status == 'blocked' for r in results)} refused the checker",
            file=sys.stderr,
        )
    return 1 if dead else 0


def register(subparsers: Any) -> None:
    links = subparsers.add_parser(
        "links",
        help="check that every source URL still answers; exit 1 if any is dead",
        description="Request every entry's source URL (the first kilobyte of it), "
        "following redirects, with bounded concurrency, timeouts and retries. Dead links are "
        "errors; servers that refuse robots (401, 403, 429) are warnings.",
    )
    links.add_argument("--content", default="content", metavar="DIR", help="default: content")
    links.add_argument(
        "--concurrency", type=positive_int, default=8, metavar="N", help="default: 8"
    )
    links.add_argument(
        "--timeout", type=seconds, default=10.0, metavar="S", help="per request (default 10)"
    )
    links.add_argument(
        "--retries", type=non_negative_int, default=2, metavar="N", help="default: 2"
    )
    links.add_argument("--format", choices=("text", "markdown"), default="text")
    links.set_defaults(func=cmd_links)
