"""Hostile input, round three (issue 26): one entry cannot inflate the site.

The issue's file: 250 KB, 3,900 quotes by 3,900 speakers, 4,015 pages and 105 MB of site. An
entry now holds at most 30 quotes by at most 20 people (README, "One file cannot inflate every
build"), each refused at the first line over the bound.
"""

from __future__ import annotations

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout

HEAD = """\
---
title: A roundup
date: 2022-09-15
source:
  url: https://example.com/articles/roundup
  publisher: Example News
topics: [open-source]
quotes:
"""
FIRST_QUOTE_LINE = HEAD.count("\n") + 1  # each quote takes two lines: text, then speaker


def entry(quotes: list[tuple[str, str]]) -> str:
    lines = [f'  - text: "{text}"\n    speaker: "{speaker}"\n' for text, speaker in quotes]
    return HEAD + "".join(lines) + "---\nThe editor's write-up.\n"


def lines(root):
    return [str(problem) for problem in check_content(Layout(root)).problems]


def test_the_issues_entry_is_refused_at_the_first_quote_and_speaker_over(content, write_entry):
    quotes = [(f"Statement number {n} about the market.", f"Person {n:04d}") for n in range(3900)]
    text = entry(quotes)
    assert len(text.encode()) > 150_000
    write_entry(content, "entries/2022/roundup.md", text)
    speaker_line = FIRST_QUOTE_LINE + 2 * 20 + 1
    quote_line = FIRST_QUOTE_LINE + 2 * 30
    assert lines(content) == [
        f"content/entries/2022/roundup.md:{speaker_line}: error: quotes[20].speaker: is speaker "
        "21; an entry quotes at most 20 people (each gets a page: an entry makes at most 21 "
        "pages)",
        f"content/entries/2022/roundup.md:{quote_line}: error: quotes[30]: is quote 31 of 3,900; "
        "an entry holds at most 30 quotes: keep the key ones",
    ]


def test_thirty_quotes_by_twenty_people_are_fine(content, write_entry):
    quotes = [(f"Statement number {n}.", f"Person {n % 20:02d}") for n in range(30)]
    write_entry(content, "entries/2022/roundup.md", entry(quotes))
    assert lines(content) == []


@pytest.mark.parametrize("variant", ["PERSON 00", "Ｐｅｒｓｏｎ 00", "person  00"])
def test_one_person_written_two_ways_is_one_speaker(content, write_entry, variant):
    quotes = [(f"Statement number {n}.", f"Person {n:02d}") for n in range(20)]
    quotes.append(("One more statement.", variant))
    write_entry(content, "entries/2022/roundup.md", entry(quotes))
    assert lines(content) == []
