"""The proposer on the quote corpus (tests/quote_corpus/): per pattern, recall with the right
speaker and role, and false proposals, on the tuning and the held-out articles.

Run with `-s` to see the tables (`python -m benchmarks.quotes` prints the same). The thresholds
are the issue's: at least 90% of the quotes a careful editor would take, with the right speaker
and role, on the held-out split and overall, and no false proposal.
"""

from __future__ import annotations

import pytest

from benchmarks.quotes import PATTERNS, SPLITS, Score, load_corpus, measure, table

# Quotes the proposer cannot get right because the article's text reaches it without what it
# needs: a loss in `digest/editor/articles.py`, not in the proposer. Each must still be wrong
# (the test says so once it is fixed, so that the entry goes) and is left out of the counts.
EXTRACTION_LOSSES: set[tuple[str, str]] = set()


def _is_loss(note: str) -> bool:
    return any(note.startswith(f"{name}: ") and text in note for name, text in EXTRACTION_LOSSES)


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, Score]:
    return {split: measure(split) for split in SPLITS}


def test_the_corpus_covers_every_pattern_with_a_third_held_out():
    articles = {split: load_corpus(split) for split in SPLITS}
    total = sum(len(found) for found in articles.values())
    assert len(articles["heldout"]) * 3 >= total
    for split, found in articles.items():
        patterns = {quote.pattern for article in found for quote in article.quotes}
        assert patterns >= set(PATTERNS) - {"british"}, split
    for pattern in set(PATTERNS) - {"british"}:
        written = [a for found in articles.values() for a in found if a.pattern == pattern]
        assert len(written) >= 4, pattern


def test_recall_and_false_proposals_per_pattern(scores):
    overall = Score()
    print()
    for split, score in scores.items():
        print(table(score, f"{split} split"), end="\n\n")
        for note in score.notes:
            print("   ", note)
        for name, row in score.rows.items():
            overall.rows[name].add(row)
    print(table(overall, "both splits"))
    held_out = scores["heldout"].total
    losses = [note for score in scores.values() for note in score.notes if _is_loss(note)]
    assert len(losses) == len(EXTRACTION_LOSSES), "an extraction loss is fixed: remove it"
    wrong = sum(" wrong: " in note or " false " in note for note in losses)
    assert held_out.recall >= 0.9
    assert overall.total.recall >= 0.9
    assert held_out.false - wrong == 0
    assert overall.total.false - wrong == 0


def test_a_corpus_file_out_of_format_is_named_with_every_problem_and_no_traceback(tmp_path):
    """A writer's file with a pattern outside the ten (a batch used `after`), a quote with no
    speaker, a layout that does not exist and a file that is not YAML: `benchmarks.quotes`
    says each on a line of its own, with the file, and exits 2 before measuring anything."""
    import subprocess
    import sys

    corpus = tmp_path / "quote_corpus"
    (corpus / "heldout").mkdir(parents=True)
    (corpus / "layouts").mkdir()
    (corpus / "layouts" / "wire.html").write_text("@@BODY@@", encoding="utf-8")
    (corpus / "heldout" / "a-b99-wire.yml").write_text(
        "layout: wire\npattern: after\nbody: <p>x</p>\nquotes:\n"
        "  - {text: A quote of some words., speaker: Ann Lee, pattern: after}\n"
        "  - {text: Another quote of words., pattern: before}\n",
        encoding="utf-8",
    )
    (corpus / "heldout" / "b-b99-paper.yml").write_text(
        "layout: paper\npattern: before\nbody: x\nquotes: []\n", encoding="utf-8"
    )
    (corpus / "heldout" / "c-b99-wire.yml").write_text("layout: [unclosed\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.quotes", "--corpus", str(corpus), "--batch", "99"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    named = "before, split, dash, interview, social, pronoun, role, marks, british, anonymous"
    assert run.returncode == 2
    assert "Traceback" not in run.stderr + run.stdout
    lines = run.stderr.splitlines()
    first = "error: quote_corpus/heldout/a-b99-wire.yml:"
    assert lines[:5] == [
        f"{first} pattern 'after' is not one of {named}",
        f"{first} quote 1: pattern 'after' is not one of {named}",
        f"{first} quote 2 has no speaker",
        "error: quote_corpus/heldout/b-b99-paper.yml: layout 'paper' is none of "
        "tests/quote_corpus/layouts/",
        lines[4],
    ]
    assert lines[4].startswith("error: quote_corpus/heldout/c-b99-wire.yml: cannot be read: ")
    assert len(lines) == 5
    assert run.stdout == ""
