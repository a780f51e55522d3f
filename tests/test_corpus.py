"""The digest model: what readers see derived from entries (summaries, people, organizations)."""

from __future__ import annotations

import pytest

from digest.build.pipeline import load_corpus
from digest.content.layout import Layout
from digest.content.rendering import MarkdownConfig, render


def first_paragraph(body: str) -> str:
    return render(body, "entries/2022/x.md", MarkdownConfig()).summary


@pytest.mark.parametrize(
    ("body", "summary"),
    [
        ("Plain words.\n\nSecond paragraph.", "Plain words."),
        ("Tom &amp; Jerry &lt;3 cheese.", "Tom & Jerry <3 cheese."),
        (r"Use \*stars\* and \_underscores\_.", "Use *stars* and _underscores_."),
        (
            "A [link](https://example.org/) and <https://auto.example/>.",
            "A link and https://auto.example/.",
        ),
        ("**Bold**, _em_ and `code`.", "Bold, em and code."),
        (
            "# A heading\n\nThe first real paragraph\non two lines.",
            "The first real paragraph on two lines.",
        ),
        ("", ""),
    ],
)
def test_default_summary_is_the_first_paragraph_as_a_reader_sees_it(body, summary):
    assert first_paragraph(body) == summary


def _entry(valid: str, *, url: str, date: str, quote: str) -> str:
    return (
        valid.replace("https://example.com/articles/one", url)
        .replace("date: 2022-09-15", f"date: {date}")
        .replace('  - text: "A quote."\n    speaker: Ada Example\n    role: Analyst\n', quote)
    )


def test_a_person_shows_role_and_organization_from_the_same_quote(
    content, write_entry, valid_entry
):
    write_entry(
        content,
        "entries/2022/older.md",
        _entry(
            valid_entry,
            url="https://example.com/a",
            date="2022-01-01",
            quote="  - text: Old\n    speaker: Jane Doe\n    role: CTO\n    organization: meta\n",
        ),
    )
    write_entry(
        content,
        "entries/2022/newer.md",
        _entry(
            valid_entry,
            url="https://example.com/b",
            date="2022-06-01",
            quote='  - text: New\n    speaker: Jane Doe\n    role: "CEO, NewCo"\n',
        ),
    )
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, problems
    person = corpus.people["jane-doe"]
    assert [quote.text for _, quote in person.quotes] == ["New", "Old"]
    assert person.latest is not None
    assert (person.latest.role, person.latest.organization) == ("CEO, NewCo", None)


def test_a_speakers_organization_lists_the_entry(content, write_entry, valid_entry):
    write_entry(
        content,
        "entries/2022/quoted.md",
        _entry(
            valid_entry,
            url="https://example.com/c",
            date="2022-02-02",
            quote="  - text: Hi\n    speaker: Sam\n    organization: Facebook\n",
        ).replace("organizations: [meta]", "organizations: [openai]"),
    )
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, problems
    entry = next(e for e in corpus.entries if e.slug == "quoted")
    assert entry.organizations == ("openai", "meta")
    assert corpus.organizations["meta"].entries == [entry]
