"""People pages on a small corpus built in-process (no MkDocs), expected values by hand.

README: people are identified by the speaker's name as written; their page shows the role and
organization given with their newest quote (never a mix of two quotes), and their quotes
across entries, newest first.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from guard_entries import write_entry

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.settings import Settings

SETTINGS = Settings("Site", "https://digest.example.org/", page_size=3)


def _entry(content: Path, slug: str, added: str, quote: list[str]) -> None:
    write_entry(content, slug, added=added, quote=quote)


def _pages(content: Path) -> dict[str, BeautifulSoup]:
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    site = build_site(corpus, SETTINGS, parallel=False)
    return {
        built.page.url: BeautifulSoup(site.body(built).decode("utf-8"), "html.parser")
        for built in site.pages
        if built.page.url.startswith("people/")
    }


def test_the_newest_quote_naming_only_an_organization_sets_the_persons_line(content):
    # Older: a role and no organization. Newest: an organization and no role. The page shows
    # the newest quote's organization, not the older role (and not both mixed).
    _entry(content, "older", "2022-02-01", ["role: Analyst at Example Research"])
    _entry(content, "newer", "2022-03-01", ["organization: meta"])
    _entry(content, "plain", "2022-02-15", [])  # neither: does not count
    page = _pages(content)["people/ada-example/"]
    line = page.select_one(".digest-person__role")
    assert line is not None
    assert line.get_text(" ", strip=True) == "Meta"
    assert line.a["href"].endswith("organizations/meta/")
    titles = [a.get_text() for a in page.select(".digest-person__entry .digest-card__title a")]
    assert titles == ["Entry newer", "Entry plain", "Entry older"]


def _speakers(content: Path, names: list[str]) -> None:
    path = content / "entries" / "2022" / "speakers.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    quotes = [line for i, name in enumerate(names)
              for line in (f"  - text: Quote {i}", f"    speaker: {name}")]  # fmt: skip
    lines = [
        "---",
        "title: Speakers",
        "date: 2022-01-01",
        "source:",
        "  url: https://example.com/speakers",
        "  publisher: Example News",
        "topics: [open-source]",
        "quotes:",
        *quotes,
        "---",
        "The write-up.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_names_that_differ_only_in_non_latin_digits_are_two_people(content):
    # Arabic-Indic one and two: no ASCII form, so each slug keeps a hash of the name.
    _speakers(content, ["Unit \u0661", "Unit \u0662"])
    pages = _pages(content)
    first = [p for url, p in pages.items() if p.h1 and p.h1.get_text() == "Unit \u0661"]
    second = [p for url, p in pages.items() if p.h1 and p.h1.get_text() == "Unit \u0662"]
    assert len(first) == 1 and len(second) == 1
    assert len([url for url in pages if url.count("/") == 2]) == 2  # two people/<slug>/ pages


def test_a_long_name_cut_makes_no_trailing_dash_and_ends_with_a_hash(content):
    # Slugs are cut at 80 characters, the last seven a dash and six hexadecimal digits; here the
    # 74th character is the space before "Example".
    _speakers(content, ["A" * 73 + " Example"])
    (url,) = set(_pages(content)) - {"people/"}
    assert re.fullmatch("people/" + "a" * 73 + "-[0-9a-f]{6}/", url), url


def test_two_long_names_that_agree_in_their_first_80_characters_are_two_people(content):
    """Hostile round 7 (F6): the slug was cut at 80 characters, so a second speaker whose name
    began as the first's was published on the first one's page, under the first one's name."""
    first, second = "Alice " * 39 + "Alice", "Alice " * 39 + "Bobby"
    _speakers(content, [first, second])
    pages = {url: page for url, page in _pages(content).items() if url != "people/"}
    assert len(pages) == 2
    by_name = {page.h1.get_text(): page for page in pages.values()}
    assert set(by_name) == {first, second}
    assert "Quote 0" in by_name[first].get_text() and "Quote 1" not in by_name[first].get_text()
    assert "Quote 1" in by_name[second].get_text() and "Quote 0" not in by_name[second].get_text()
    assert all(len(url) <= len("people/") + 80 + 1 for url in pages)
