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


def test_a_limited_preview_picks_the_newest_entries_as_the_site_orders_them(
    content, write_entry, valid_entry
):
    """The preview's newest N (digest.model.corpus.newest) are the first N the site lists:
    newest `added`, then newest `date`, then slug; ties at the edge go by slug."""
    from digest.model.corpus import newest

    for slug, added, date in [
        ("b", "2022-09-20", "2022-09-15"),
        ("a", "2022-09-20", "2022-09-15"),
        ("c", "2022-09-20", "2022-09-18"),
        ("d", "2022-09-21", "2022-09-01"),
        ("e", "2022-09-19", "2022-09-30"),
    ]:
        text = valid_entry.replace("articles/one", f"articles/{slug}")
        text = text.replace("date: 2022-09-15", f"date: {date}\nadded: {added}")
        write_entry(content, f"entries/2022/{slug}.md", text)
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, problems
    site_order = ["d", "c", "a", "b", "e"]
    for entries in (corpus.entries, corpus.entries[::-1]):
        for count in range(7):
            assert [e.slug for e in newest(entries, count)] == site_order[:count]
