"""Hostile input, round three (issue 26) and issue 23: what `digest verify` trusts and prints.

An "archive" must be a known web archive's copy of the source; the closest passage is whole
sentences, briefly, and only when it is close; a near miss names the words that differ; the
search for it is bounded however large the page.
"""

from __future__ import annotations

import json

import pytest
from pageserver import pages  # noqa: F401 - fixture
from quote_articles import NEWS, article_page
from test_verify import content, run, wayback_is_local, write_entry  # noqa: F401 - fixtures

from digest.build.pipeline import check_content
from digest.content.layout import Layout
from digest.editor import verify
from digest.editor.verify import closest_passage, normalise

QUOTE = "Our robots don’t replace those workers."
FABRICATED = "We will replace every one of those workers by June."


# --- archives are archives -------------------------------------------------------------------


def test_a_fabricated_quote_does_not_verify_against_any_page_called_an_archive(
    pages, content, capsys
):
    """The issue's attack: source unreachable, `source.archive` a page the author controls."""
    fake = pages.add("/my-archive", article_page("Archive", [FABRICATED]))
    write_entry(content, "fake", pages.url("/gone"), [(FABRICATED, "Maya Okafor")], fake)
    code, out, err = run(capsys)
    assert code == 1
    assert out.splitlines() == [
        "content/entries/2024/fake.md:7: error: source.archive: not used: must be a copy in a "
        "known web archive (the Wayback Machine: https://web.archive.org/web/<date>/<source.url>;"
        " archive.today: https://archive.ph/<date>/<source.url>)",
        "content/entries/2024/fake.md:5: warning: source.url: could not be read (HTTP 404 Not "
        "Found): 1 quote not verified",
    ]
    assert "0 verified" in err
    assert pages.hits["/my-archive"] == 0  # never even read


def test_an_archive_of_another_page_is_not_used(pages, content, capsys, monkeypatch):
    other = "https://example.com/another-story"
    copy = f"/web/20240101000000/{other}"
    pages.add(copy, article_page("Another", [FABRICATED]))
    wayback_is_local(monkeypatch)
    archive = f"http://web.archive.org:{pages.port}{copy}"
    write_entry(content, "other", pages.url("/gone"), [(FABRICATED, "Maya Okafor")], archive)
    code, out, _ = run(capsys)
    assert code == 1
    assert (
        "content/entries/2024/other.md:7: error: source.archive: not used: is the Wayback "
        f"Machine's copy of {other}, not of source.url"
    ) in out.splitlines()
    assert pages.hits[copy] == 0


def test_a_quote_found_only_in_the_archive_is_verified_and_names_it(
    pages, content, capsys, monkeypatch
):
    """The source was edited after publication: the archived copy still has the quote."""
    original = pages.add("/edited", article_page("Edited", ["The article was rewritten."]))
    copy = f"/web/20240506120000/{original}"
    pages.add(copy, article_page(NEWS.title, NEWS.paragraphs))
    wayback_is_local(monkeypatch)
    archive = f"http://web.archive.org:{pages.port}{copy}"
    write_entry(content, "edited", original, [(QUOTE, "Maya Okafor")], archive)
    code, out, err = run(capsys, "--json")
    assert code == 0
    report = json.loads(out)
    [quote] = report["quotes"]
    assert quote["verified"] is True and quote["archive"] == "the Wayback Machine"
    assert quote["source"] == archive and quote["source_kind"] == "archive"
    assert [p["message"] for p in report["problems"]] == [
        f"found only in the Wayback Machine's copy ({archive}): the source has changed since "
        "it was archived"
    ]
    assert "1 verified (1 in an archived copy)" in err


@pytest.mark.parametrize(
    ("archive", "message"),
    [
        (
            "https://archive.example.net/web/2024/https://example.com/articles/one",
            "must be a copy in a known web archive (the Wayback Machine: "
            "https://web.archive.org/web/<date>/<source.url>; archive.today: "
            "https://archive.ph/<date>/<source.url>)",
        ),
        (
            "https://archive.ph/AbC12",
            "does not say which page it is a copy of; use archive.today's long form, "
            "https://archive.ph/<date>/<source.url>",
        ),
        (
            "https://web.archive.org/web/2024/https://example.com/articles/two",
            "is the Wayback Machine's copy of https://example.com/articles/two, not of source.url",
        ),
    ],
)
def test_check_refuses_an_archive_that_is_not_a_copy_of_the_source(
    content, write_entry_file, archive, message
):
    write_entry_file(content, archive)
    found = [str(p) for p in check_content(Layout(content)).problems]
    assert found == [f"content/entries/2024/a.md:7: error: source.archive: {message}"]


@pytest.mark.parametrize(
    "archive",
    [
        "https://web.archive.org/web/20240506120000/https://example.com/articles/one",
        "https://web.archive.org/web/20240506120000id_/http://www.example.com/articles/one/",
        "https://archive.ph/20240506120000/https://example.com/articles/one",
        "https://archive.today/newest/https://example.com/articles/one?utm_source=x",
    ],
)
def test_check_accepts_known_archives_of_the_source(content, write_entry_file, archive):
    write_entry_file(content, archive)
    assert [str(p) for p in check_content(Layout(content)).problems] == []


@pytest.fixture
def write_entry_file():
    def write(root, archive):
        text = (
            "---\ntitle: T\ndate: 2024-05-06\nsource:\n"
            "  url: https://example.com/articles/one\n  publisher: P\n"
            f"  archive: {archive}\ntopics: [open-source]\nquotes:\n"
            '  - text: "A quote."\n    speaker: Ada Example\n---\nThe write-up.\n'
        )
        (root / "entries" / "2024" / "a.md").write_text(text, encoding="utf-8")

    return write


# --- what is printed of a source ---------------------------------------------------------------


def test_a_near_miss_names_the_words_that_differ(pages, content, capsys):
    said = "“We must change how the industry’s behaviour is measured,” said Ann Example."
    url = pages.add("/spelling", article_page("Spelling", [said]))
    write_entry(
        content, "spelling", url, [("We must change how the industry's behavior is measured", "A")]
    )
    code, out, _ = run(capsys)
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith("content/entries/2024/spelling.md:9: error: quotes[0].text: not in")
    assert line.endswith('words that differ (quote / source): "behavior" / "behaviour"')
    assert 'closest: "We must change how the industry\'s behaviour is measured," said Ann ' in (
        line
    )


def test_nothing_of_the_source_is_shown_when_nothing_is_close(pages, content, capsys):
    secret = "The internal token is 8f1c2e9a7b and the admin password is hunter2."
    url = pages.add("/unrelated", article_page("Unrelated", [secret]))
    write_entry(content, "far", url, [("Completely different words about chips.", "A")])
    code, out, _ = run(capsys, "--json")
    assert code == 1
    report = json.loads(out)
    [problem] = [p for p in report["problems"] if p["field"] == "quotes[0].text"]
    assert problem["message"].startswith("not in the source; nothing in it comes close (best ")
    assert "8f1c2e9a7b" not in out and "hunter2" not in out
    assert report["quotes"][0]["closest"] is None


def test_the_excerpt_is_short_even_when_the_sentence_is_not():
    words = " ".join(f"filler{i}" for i in range(3_000))  # one 'sentence' of 30,000 characters
    source = normalise(f"{words} the rollout will start in June across all regions {words}")
    closest = closest_passage("the rollout will start in July across all regions", source)
    assert 0.9 < closest.ratio < 1
    assert len(closest.passage) <= verify.MAX_EXCERPT + 4
    assert closest.passage.startswith("… ") and closest.passage.endswith(" …")
    assert "the rollout will start in June across all regions" in closest.passage
    assert closest.differences == (("July", "June"),)


def test_the_search_aligns_a_bounded_number_of_bounded_passages(monkeypatch):
    """A 5 MB page of near-identical sentences: the fuzzy alignment (the costly part) runs on
    at most CANDIDATES passages of a few sentences each, whatever the page's size."""
    sentence = "The rollout will start in June across all regions of the world. "
    source = normalise(sentence * (5_000_000 // len(sentence)))
    calls = []
    real = verify.fuzz.partial_ratio_alignment

    def counted(quote, text, **kwargs):
        calls.append(len(text))
        return real(quote, text, **kwargs)

    monkeypatch.setattr(verify.fuzz, "partial_ratio_alignment", counted)
    closest = closest_passage("The rollout will start in July across all regions.", source)
    assert 0.9 < closest.ratio < 1
    assert len(calls) <= verify.CANDIDATES
    assert max(calls) <= 8 * verify.MAX_SENTENCE
