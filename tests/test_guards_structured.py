"""An entry page's schema.org JSON-LD, as the site plans it for the theme to print, on a small
corpus built in-process. README: an entry is an `Article` (published on the digest when it
was `added`) citing its source `CreativeWork`, published on the article's `date`: a date
without a time stays a date (midnight UTC would be the day before in the Americas)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.settings import Settings

SETTINGS = Settings("Site", "https://digest.example.org/", page_size=3)


def _article(content: Path, date: str, added: str) -> dict:
    path = content / "entries" / "2022" / "dated.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\ntitle: Dated\ndate: {date}\nadded: {added}\n"
        "source: {url: 'https://example.com/dated', publisher: Example News}\n"
        "topics: [open-source]\nquotes: [{text: A quote., speaker: Ada Example}]\n"
        "---\nThe write-up.\n",
        encoding="utf-8",
    )
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    site = build_site(corpus, SETTINGS, parallel=False)
    (page,) = [b.page for b in site.pages if b.page.url == "entries/2022/dated/"]
    (node,) = [n for n in page.meta["digest"]["jsonld"]["@graph"] if n["@type"] == "Article"]
    return node


@pytest.mark.parametrize(
    ("date", "cited"),
    [
        ("2022-01-10", "2022-01-10"),
        ("2022-01-10T08:15:00-05:00", "2022-01-10T08:15:00-05:00"),
    ],
)
def test_the_article_and_its_source_carry_their_own_dates(content, date, cited):
    node = _article(content, date, "2022-01-12T09:00:00+01:00")
    assert node["datePublished"] == "2022-01-12T09:00:00+01:00"  # added, on the digest
    assert node["citation"]["datePublished"] == cited  # the source's, as written


def test_a_listings_items_are_numbered_across_its_pages(content):
    for day in range(1, 6):  # five entries, three a page: 1-3 on page 1, 4-5 on page 2
        path = content / "entries" / "2022" / f"e{day}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Entry {day}\ndate: 2022-01-0{day}\n"
            f"source: {{url: 'https://example.com/e{day}', publisher: Example News}}\n"
            "topics: [open-source]\nquotes: [{text: A quote., speaker: Ada Example}]\n"
            "---\nThe write-up.\n",
            encoding="utf-8",
        )
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    pages = {b.page.url: b.page for b in build_site(corpus, SETTINGS, parallel=False).pages}

    def numbered(url: str) -> list[tuple[int, str]]:
        graph = pages[url].meta["digest"]["jsonld"]["@graph"]
        (node,) = [n for n in graph if n["@type"] == "CollectionPage"]
        elements = node["mainEntity"]["itemListElement"]
        return [(e["position"], e["name"]) for e in elements]

    assert numbered("") == [(1, "Entry 5"), (2, "Entry 4"), (3, "Entry 3")]
    assert numbered("page/2/") == [(4, "Entry 2"), (5, "Entry 1")]
    assert numbered("topics/open-source/page/2/") == [(4, "Entry 2"), (5, "Entry 1")]
