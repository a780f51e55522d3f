"""Dates written in another format say what to write instead (issue 23).

`04/12/2026` is 12 April in one country and 4 December in another: the checker names both
readings rather than guess; a date with one reading says how to write it; `2026-12-4` says to
pad with zeros. The messages reach the editor through `digest check` (at the line) and
`digest new --date`.
"""

from __future__ import annotations

import pytest

from digest.commands.cli import main

ENTRY = """\
---
title: A dated entry
date: {date}
source:
  url: https://example.com/dates/one
  publisher: Example News
topics: [open-source]
quotes:
  - text: "A quote long enough to read."
    speaker: Ada Example
---
The body.
"""

CASES = {
    "04/12/2026": "'04/12/2026' can be read two ways: write 2026-04-12 (12 April) or "
    "2026-12-04 (4 December), as YYYY-MM-DD",
    "04.12.2026": "'04.12.2026' can be read two ways: write 2026-04-12 (12 April) or "
    "2026-12-04 (4 December), as YYYY-MM-DD",
    "13/04/2026": "'13/04/2026' is not written YYYY-MM-DD: write 2026-04-13",
    "04/13/2026": "'04/13/2026' is not written YYYY-MM-DD: write 2026-04-13",
    "05/05/2026": "'05/05/2026' is not written YYYY-MM-DD: write 2026-05-05",
    "2026/04/12": "'2026/04/12' is not written YYYY-MM-DD: write 2026-04-12",
    "2026-12-4": "'2026-12-4' needs two digits for the month and the day: pad them with zeros, "
    "2026-12-04",
    "2026-1-2T09:30:00Z": "'2026-1-2T09:30:00Z' needs two digits for the month and the day: "
    "pad them with zeros, 2026-01-02T09:30:00Z",
    "April 12, 2026": "'April 12, 2026' is not written YYYY-MM-DD: write 2026-04-12",
    "12 Apr 2026": "'12 Apr 2026' is not written YYYY-MM-DD: write 2026-04-12",
    "12-Apr-2026": "'12-Apr-2026' is not written YYYY-MM-DD: write 2026-04-12",
    "Sunday, 12 April 2026": "'Sunday, 12 April 2026' is not written YYYY-MM-DD: write 2026-04-12",
    "Sun, Apr 12, 2026": "'Sun, Apr 12, 2026' is not written YYYY-MM-DD: write 2026-04-12",
    "２０２６-12-04": "'２０２６-12-04' is written with characters that look like digits: "
    "write 2026-12-04",
    "2026-W49-5": "'2026-W49-5' is not written YYYY-MM-DD: write 2026-12-04",
    "2026-338": "'2026-338' is not written YYYY-MM-DD: write 2026-12-04",
    "2024-366": "'2024-366' is not written YYYY-MM-DD: write 2024-12-31",  # a leap year's last
    "999999999": "'999999999' looks like a Unix time: write 2001-09-09 (or 2001-09-09T01:46:39Z)",
    "２０２６/12/04": "'２０２６/12/04' is not written YYYY-MM-DD: write 2026-12-04",
    "1764806400": "'1764806400' looks like a Unix time: write 2025-12-04 (or 2025-12-04T00:00:00Z)",
    "4/12/26": "'4/12/26' is not written YYYY-MM-DD: write it with a four-digit year first",
    "next Tuesday": "'next Tuesday' is not a date (YYYY-MM-DD) or an ISO 8601 datetime",
    "2026-02-30": "'2026-02-30' is not a real date: day is out of range for month",
}


@pytest.mark.parametrize("written", sorted(CASES))
def test_check_says_what_to_write_at_the_line(content, write_entry, capsys, written):
    write_entry(content, "entries/2026/dated.md", ENTRY.format(date=f'"{written}"'))
    assert main(["check", "--content", str(content)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"content/entries/2026/dated.md:3: error: date: {CASES[written]}" in lines, lines


@pytest.mark.parametrize("written", ["04/12/2026", "2026-12-4"])
def test_digest_new_gives_the_same_message(content, capsys, written):
    assert main(["new", "https://example.com/x", "--date", written, "--content", "content"]) == 2
    assert capsys.readouterr().err == f"error: --date: {CASES[written]}\n"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("20261204", "'20261204' is not written YYYY-MM-DD: write 2026-12-04"),
        ("2026", "must be a date (YYYY-MM-DD) or an ISO 8601 datetime"),
        ("true", "must be a date (YYYY-MM-DD) or an ISO 8601 datetime"),
    ],
)
def test_a_date_yaml_reads_as_a_number_says_what_to_write(
    content, write_entry, capsys, written, said
):
    """Unquoted, `20261204` is a number to YAML: still the date it looks like."""
    write_entry(content, "entries/2026/dated.md", ENTRY.format(date=written))
    assert main(["check", "--content", str(content)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"content/entries/2026/dated.md:3: error: date: {said}" in lines, lines


def test_a_date_in_the_right_format_is_read_as_written(content, write_entry, capsys):
    write_entry(content, "entries/2026/dated.md", ENTRY.format(date="2026-04-12"))
    assert main(["check", "--content", str(content)]) == 0, capsys.readouterr().out
