"""Editions: validation of the file name, the picks and the weeks, and what a build publishes.

Entries and editions are synthetic, written under tmp_path. Expected values are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.build.pipeline import check_content, load_corpus
from digest.content.layout import Layout

NOW = dt.datetime(2022, 10, 31, tzinfo=dt.UTC)


def entry(slug: str, added: str, *, draft: bool = False, year: str = "2022") -> tuple[str, str]:
    text = f"""---
title: Entry {slug}
date: 2022-09-01
added: {added}
source:
  url: https://example.com/{slug}
  publisher: Example News
topics: [open-source]
quotes:
  - text: "A quote from {slug}."
    speaker: Ada Example
draft: {"true" if draft else "false"}
---
Body of {slug}.
"""
    return f"entries/{year}/{slug}.md", text


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def week37(content: Path) -> None:
    """Three entries: two added in 2022-W37 (12 to 18 September), one in W38."""
    for slug, added in (
        ("alpha", "2022-09-13"),
        ("bravo", "2022-09-16T10:00:00Z"),
        ("charlie", "2022-09-20"),
    ):
        write(content, *entry(slug, added))


def lines(problems) -> list[str]:
    return [str(p) for p in problems]


def test_edition_with_picks_keeps_their_order(content):
    week37(content)
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitle: Week 37\npicks:\n  - charlie\n  - entries/2022/alpha.md\n---\nIntro *text*.\n",
    )
    corpus, problems = load_corpus(Layout(content), now=NOW)
    assert lines(problems) == []
    [edition] = corpus.editions
    assert (edition.week, edition.slug, edition.url) == (
        "2022-W37",
        "2022-w37",
        "editions/2022-w37/",
    )
    assert edition.title == "Week 37"
    assert edition.intro.html == "<p>Intro <em>text</em>.</p>"
    assert [e.slug for e in edition.entries] == ["charlie", "alpha"]
    assert edition.date == dt.datetime(2022, 9, 18, tzinfo=dt.UTC)  # the week's Sunday
    assert [e.week for e in corpus.appeared_in["alpha"]] == ["2022-W37"]
    assert "bravo" not in corpus.appeared_in


def test_edition_without_picks_holds_the_weeks_entries_newest_first(content):
    week37(content)
    write(content, *entry("delta", "2022-09-14", draft=True))  # drafts never appear
    write(content, "editions/2022-W37.md", "---\ntitle: Week 37\ndate: 2022-09-19\n---\nIntro.\n")
    corpus, problems = load_corpus(Layout(content), now=NOW)
    assert lines(problems) == []
    [edition] = corpus.editions
    assert [e.slug for e in edition.entries] == ["bravo", "alpha"]
    assert edition.date == dt.datetime(2022, 9, 19, tzinfo=dt.UTC)
    assert edition.picked is False


def test_sections_follow_the_picks_in_order(content):
    week37(content)
    write(
        content,
        "editions/2022-W38.md",
        """---
title: Week 38
picks: [charlie]
sections:
  - heading: Earlier
    picks: [bravo, alpha]
---
Intro.
""",
    )
    corpus, problems = load_corpus(Layout(content), now=NOW)
    assert lines(problems) == []
    [edition] = corpus.editions
    assert [(s.heading, [e.slug for e in s.entries]) for s in edition.sections] == [
        (None, ["charlie"]),
        ("Earlier", ["bravo", "alpha"]),
    ]


def test_a_missing_pick_is_an_error_at_its_line(content):
    week37(content)
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitle: Week 37\nsections:\n  - heading: One\n    picks:\n      - alpha\n"
        "      - bravvo\n      - entries/2021/alpha.md\n---\nIntro.\n",
    )
    checked = check_content(Layout(content), now=NOW)
    assert lines(checked.problems) == [
        "content/editions/2022-W37.md:7: error: sections[0].picks[1]: 'bravvo' is not an entry "
        "of the digest; did you mean 'bravo'?",
        "content/editions/2022-W37.md:8: error: sections[0].picks[2]: 'entries/2021/alpha.md' is "
        "not an entry of the digest; did you mean 'alpha'?",
    ]
    corpus, _ = load_corpus(Layout(content), now=NOW)
    assert corpus is None


def test_an_edition_with_an_error_of_its_own_still_has_its_picks_checked(content):
    """One run lists every problem: a broken title does not hide a pick that names nothing."""
    week37(content)
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitle: 42\nsections:\n  - heading: One\n    picks:\n      - alpha\n"
        "      - bravvo\n---\nIntro.\n",
    )
    checked = check_content(Layout(content), now=NOW)
    assert lines(checked.problems) == [
        "content/editions/2022-W37.md:2: error: title: must be text, not a number; "
        "put it in quotes",
        "content/editions/2022-W37.md:7: error: sections[0].picks[1]: 'bravvo' is not an entry "
        "of the digest; did you mean 'bravo'?",
    ]


def test_every_unknown_pick_is_said_and_the_first_fifty_get_a_suggestion(content):
    """A file may list thousands of picks, and each suggestion compares one with every entry's
    slug: every unknown pick gets its line, the first fifty a "did you mean" too."""
    week37(content)
    picks = "".join(f"  - bravvo-{n}\n" for n in range(60))
    write(content, "editions/2022-W37.md", f"---\ntitle: Many\npicks:\n{picks}---\nIntro.\n")
    checked = check_content(Layout(content), now=NOW)
    found = lines(checked.problems)
    assert len(found) == 60
    assert found[0] == (
        "content/editions/2022-W37.md:4: error: picks[0]: 'bravvo-0' is not an entry of the "
        "digest; did you mean 'bravo'?"
    )
    assert sum("did you mean" in line for line in found) == 50
    assert found[59] == (
        "content/editions/2022-W37.md:63: error: picks[59]: 'bravvo-59' is not an entry of the "
        "digest"
    )


def test_an_edition_with_a_duplicate_key_still_has_its_picks_checked(content):
    week37(content)
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitle: One\ntitle: Two\npicks:\n  - alpha\n  - bravvo\n---\nIntro.\n",
    )
    checked = check_content(Layout(content), now=NOW)
    assert lines(checked.problems) == [
        "content/editions/2022-W37.md:3: error: title: duplicate key (first on line 2); YAML "
        "would keep only the last",
        "content/editions/2022-W37.md:6: error: picks[1]: 'bravvo' is not an entry of the "
        "digest; did you mean 'bravo'?",
    ]


def test_an_entry_at_most_once_per_edition(content):
    week37(content)
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitle: Week 37\npicks:\n  - alpha\n  - bravo\n  - entries/2022/alpha.md\n"
        "---\nIntro.\n",
    )
    checked = check_content(Layout(content), now=NOW)
    assert lines(checked.problems) == [
        "content/editions/2022-W37.md:6: error: picks[2]: 'entries/2022/alpha.md' is already in "
        "this edition (line 4)",
    ]


def test_drafts_and_scheduled_entries_cannot_be_picked(content):
    write(content, *entry("hidden", "2022-09-13", draft=True))
    write(content, *entry("later", "2022-12-01"))
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitle: Week 37\npicks: [hidden, later]\n---\nIntro.\n",
    )
    checked = check_content(Layout(content), now=NOW)
    assert lines(checked.problems) == [
        "content/editions/2022-W37.md:3: error: picks[0]: 'hidden' is a draft; an edition picks "
        "published entries only",
        "content/editions/2022-W37.md:3: error: picks[1]: 'later' is scheduled for "
        "2022-12-01 00:00 UTC; an edition picks published entries only",
    ]


def test_a_pick_of_an_invalid_entry_points_at_the_entry(content):
    path, text = entry("broken", "2022-09-13")
    write(content, path, text.replace("publisher: Example News", "publisher: ''"))
    write(content, "editions/2022-W37.md", "---\ntitle: Week 37\npicks: [broken]\n---\nIntro.\n")
    checked = check_content(Layout(content), now=NOW)
    assert (
        "content/editions/2022-W37.md:3: error: picks[0]: 'broken' is not a valid entry: fix the "
        "errors in entries/2022/broken.md first"
    ) in lines(checked.problems)


def test_a_pick_blocked_by_a_broken_taxonomy_points_at_the_taxonomy(content):
    path, text = entry("fine", "2022-09-13")
    write(content, path, text)
    with (content / "topics.yml").open("a", encoding="utf-8") as file:
        file.write("broken: [\n")
    write(content, "editions/2022-W37.md", "---\ntitle: Week 37\npicks: [fine]\n---\nIntro.\n")
    checked = check_content(Layout(content), now=NOW)
    assert (
        "content/editions/2022-W37.md:3: error: picks[0]: 'fine' cannot be checked until the "
        "errors in topics.yml are fixed"
    ) in lines(checked.problems)
    # The entry itself has nothing to fix: no problem names it.
    assert not [line for line in lines(checked.problems) if line.startswith("content/entries/")]


def test_two_editions_for_one_week_are_both_refused(content):
    week37(content)
    write(content, "editions/2022-W37.md", "---\ntitle: One\n---\nIntro.\n")
    write(content, "editions/2022-w37.md", "---\ntitle: Two\n---\nIntro.\n")
    checked = check_content(Layout(content), now=NOW)
    assert lines(checked.problems) == [
        "content/editions/2022-W37.md:1: error: file name: 2022-W37 has another edition "
        "(content/editions/2022-w37.md); a week has at most one",
        "content/editions/2022-w37.md:1: error: file name: 2022-W37 has another edition "
        "(content/editions/2022-W37.md); a week has at most one",
    ]


def test_an_empty_week_is_fine(content):
    week37(content)
    write(content, "editions/2022-W40.md", "---\ntitle: A quiet week\n---\nNothing new.\n")
    corpus, problems = load_corpus(Layout(content), now=NOW)
    assert lines(problems) == []
    [edition] = corpus.editions
    assert edition.entries == ()


def test_file_names_must_be_real_iso_weeks(content):
    week37(content)
    for name in ("2021-W53.md", "2022-W00.md", "2022-W7.md", "weekly.md"):
        write(content, f"editions/{name}", "---\ntitle: Bad name\n---\nIntro.\n")
    write(content, "editions/2020-W53.md", "---\ntitle: 2020 had 53 weeks\n---\nIntro.\n")
    checked = check_content(Layout(content), now=NOW)
    hint = (
        "does not name an ISO week: editions are editions/<YYYY>-W<ww>.md, e.g. "
        "editions/2022-W37.md (weeks 01 to 52, or 53 in years that have it)"
    )
    assert lines(checked.problems) == [
        f"content/editions/{name}:1: error: file name: '{name}' {hint}"
        for name in ("2021-W53.md", "2022-W00.md", "2022-W7.md", "weekly.md")
    ]


def test_front_matter_is_checked_like_an_entrys(content):
    week37(content)
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitel: Week 37\npicks: []\n---\n<script>alert(1)</script>\n",
    )
    checked = check_content(Layout(content), now=NOW)
    found = lines(checked.problems)
    assert (
        "content/editions/2022-W37.md:2: error: titel: unknown key; did you mean 'title'?" in found
    )
    assert "content/editions/2022-W37.md:3: error: picks: must have at least one item" in found
    assert (
        "content/editions/2022-W37.md:5: error: body: <script> is not allowed in a write-up"
        in found
    )
    assert "content/editions/2022-W37.md:2: error: title: is required" in found


def test_a_date_before_the_week_is_a_warning(content):
    week37(content)
    write(content, "editions/2022-W37.md", "---\ntitle: Early\ndate: 2022-09-01\n---\nIntro.\n")
    corpus, problems = load_corpus(Layout(content), now=NOW)
    assert lines(problems) == [
        "content/editions/2022-W37.md:3: warning: date: is before the edition's week "
        "(2022-W37 starts on 2022-09-12)"
    ]
    assert [e.week for e in corpus.editions] == ["2022-W37"]


def test_an_edition_dated_later_waits_with_a_note(content):
    week37(content)
    write(content, "editions/2022-W44.md", "---\ntitle: Soon\ndate: 2022-11-04\n---\nIntro.\n")
    corpus, problems = load_corpus(Layout(content), now=NOW)
    assert corpus.editions == []
    assert lines(problems) == [
        "content/editions/2022-W44.md:1: note: date: scheduled for 2022-11-04 00:00 UTC; left "
        "out until then"
    ]


def test_intro_links_to_pages_are_checked(content):
    week37(content)
    write(
        content,
        "editions/2022-W37.md",
        "---\ntitle: Week 37\n---\nSee [alpha](../entries/2022/alpha.md) and [x](../nope.md).\n",
    )
    checked = check_content(Layout(content), now=NOW)
    assert lines(checked.problems) == [
        "content/editions/2022-W37.md:4: error: body: links to 'nope.md', which is not a "
        "published page of the site"
    ]
