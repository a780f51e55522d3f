"""`digest links`: is every source URL still alive?

Run weekly by a workflow that files one tracking issue, never on pull requests: the web changes
under us, and a dead link elsewhere must not block an editor's merge.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from digest.commands.arguments import (
    CONTENT_HELP,
    content_folder,
    missing_folder,
    non_negative_int,
    positive_int,
    seconds,
)
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


# GitHub refuses an issue body over 65,536 characters; the weekly workflow puts this report and
# the quotes' (at most 30,000) in one. Every line is bounded, and so is the whole.
MAX_REPORT_CHARS = 30_000
MAX_LINE_CHARS = 1_500
MAX_LINKED_URL = 500  # longer URLs are shown (cut) but not linked
MAX_PLACES = 5  # entries named per URL


def _url(url: str) -> str:
    return md_link(md_text(url, 120), url if len(url) <= MAX_LINKED_URL else None)


def _row(link: Link, result: Result) -> str:
    places = [md_code(f"{path}:{line}", in_table=True) for path, line in link.places[:MAX_PLACES]]
    if len(link.places) > MAX_PLACES:
        places.append(f"… and {len(link.places) - MAX_PLACES} more")
    detail = md_text(result.detail, 200)
    if result.final_url:
        detail += " → " + _url(result.final_url)
    row = f"| {'<br>'.join(places)} | {_url(link.url)} | {detail} |"
    return (
        row
        if len(row) <= MAX_LINE_CHARS
        else f"| {places[0]} | {md_text(link.url, 120)} | {detail[:200]} |"
    )


def _table(title: str, note: str, rows: list[tuple[Link, Result]], budget: int) -> list[str]:
    """The table, its rows while they fit in `budget` characters, then how many did not."""
    out = [f"### {title}", "", note, "", "| Entry | URL | Result |", "| --- | --- | --- |"]
    used = sum(len(line) + 1 for line in out)
    for shown, (link, result) in enumerate(rows):
        row = _row(link, result)
        if used + len(row) + 1 > budget:
            out += ["", f"… and {len(rows) - shown} more (the run's log lists them all)."]
            break
        out.append(row)
        used += len(row) + 1
    return [*out, ""]


def format_markdown(links: list[Link], results: list[Result]) -> str:
    """The body of the tracking issue: counts, then a table per kind of finding, in at most
    MAX_REPORT_CHARS characters."""
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
    budget = MAX_REPORT_CHARS - 500  # room for the tables that no longer fit, one line each
    if not dead:
        out += ["No dead links. ✅", ""]
    tables = [
        (
            "Dead links",
            "Replace each with the article's new address, or with an archived copy "
            "(e.g. the Wayback Machine).",
            dead,
        ),
        ("Refused the checker", "Probably alive; check these by hand.", blocked),
        ("Redirected", "Alive; consider updating to the final address.", moved),
    ]
    for title, note, rows in tables:
        if not rows:
            continue
        left = budget - sum(len(line) + 1 for line in out)
        if left < 1_000:
            out += [f"### {title}: {len(rows)} (the run's log lists them all)", ""]
        else:
            out += _table(title, note, rows, left)
    return "\n".join(out)


def cmd_links(args: argparse.Namespace) -> int:
    root = content_folder(args.content)
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
    links.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
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
