"""How good is the proposer? Recall and precision on article pages of different styles, against
the quotes a careful editor would take (hand-written in quote_articles.py).

A proposal counts when its text is the expected passage and its speaker the expected person.
Run with `-s` to see the figures.
"""

from __future__ import annotations

import json

import pytest
from pageserver import pages  # noqa: F401 - fixture
from quote_articles import SAMPLES, article_page

from digest.commands.cli import main


@pytest.fixture
def measured(pages, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    rows = []
    for sample in SAMPLES:
        url = pages.add(f"/{sample.slug}", article_page(sample.title, sample.paragraphs))
        assert main(["quotes", url, "--format", "json"]) == 0
        proposed = {(q["text"], q["speaker"]) for q in json.loads(capsys.readouterr().out)}
        expected = set(sample.expected)
        rows.append((sample, expected, proposed, expected & proposed))
    return rows


def test_recall_and_precision(measured):
    print()
    print(f"{'article':<16} {'style':<58} expected proposed right")
    for sample, expected, proposed, right in measured:
        print(
            f"{sample.slug:<16} {sample.style:<58} {len(expected):>8} {len(proposed):>8} "
            f"{len(right):>5}"
        )
        for text, speaker in sorted(expected - right):
            print(f"    missed: {speaker}: {text[:70]}")
        for text, speaker in sorted(proposed - right):
            print(f"    wrong:  {speaker}: {text[:70]}")
    expected = sum(len(row[1]) for row in measured)
    proposed = sum(len(row[2]) for row in measured)
    right = sum(len(row[3]) for row in measured)
    recall, precision = right / expected, right / proposed
    print(
        f"recall {right}/{expected} = {recall:.0%}, precision {right}/{proposed} = {precision:.0%}"
    )
    assert recall >= 0.9
    assert precision >= 0.8
    for sample, expected_here, _, right_here in measured:
        assert len(right_here) / len(expected_here) >= 0.75, sample.slug
