"""Hostile input, round three (issue 26): the weekly link report stays within GitHub's limits.

One redirect with a 60,000-character Location made the report longer than an issue body may be
(65,536 characters), so the weekly issue failed. Every line the report writes is now bounded,
links included, and so is the whole report (the workflow adds at most 30,000 characters of
quotes to it).
"""

from __future__ import annotations

import html
import re

from pageserver import pages  # noqa: F401 - fixture

from digest.commands.cli import main
from digest.commands.links import format_markdown
from digest.editor.linkcheck import Link, Result

ISSUE_LIMIT = 65_536
QUOTES_PART = 30_000  # .github/scripts/code_block.py's limit


def test_a_60000_character_location_keeps_the_report_small(
    pages, content, capsys, write_entry, valid_entry
):
    url = pages.add("/moved", status=301, headers={"Location": "/x" + "a" * 60_000})
    write_entry(
        content,
        "entries/2022/x.md",
        valid_entry.replace("https://example.com/articles/one", url),
    )
    code = main(["links", "--content", str(content), "--format", "markdown", "--retries", "0"])
    out = capsys.readouterr().out
    assert code == 1
    assert len(out) + QUOTES_PART < ISSUE_LIMIT - 1_000
    assert "redirected to an address of 60,002 characters (at most 2,000)" in html.unescape(out)


def test_every_line_and_the_whole_report_are_bounded():
    links, results = [], []
    for n in range(3_000):
        url = f"https://example.com/{n}/" + "p" * 1_990
        links.append(Link(url, [(f"content/entries/2022/e{n}-{k}.md", 5) for k in range(40)]))
        results.append(
            Result(
                url,
                ["dead", "blocked", "ok"][n % 3],
                "x" * 5_000,
                final_url="https://example.org/" + "q" * 60_000,
            )
        )
    report = format_markdown(links, results)
    assert len(report) <= 30_000
    assert max(len(line) for line in report.splitlines()) <= 1_500
    assert "### Dead links" in report and "### Redirected: 1000 (the run's log lists" in report
    assert re.search(r"… and \d[\d,]* more \(the run's log lists them all\)\.", report)
    # a link's target is never longer than the URLs content may hold
    assert all(len(target) <= 500 for target in re.findall(r"\]\(([^)]*)\)", report))
