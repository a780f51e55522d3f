"""Listing pages on a small corpus built in-process (no MkDocs), expected values by hand.

README: listings hold `page_size` items a page; page n lives at `<listing>/page/<n>/` and links
rel="prev"/rel="next"; the page links shown are the first, the last and two either side of
the current page, with a gap where numbers are left out.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from guard_entries import write_entry

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.settings import Settings

SETTINGS = Settings("Site", "https://digest.example.org/", page_size=1)


def _entry(content: Path, slug: str, added: str) -> None:
    write_entry(content, slug, added=added)


def test_the_page_links_are_the_ends_and_two_either_side(content):
    for day in range(1, 10):  # nine entries, one a page: pages 1 to 9
        _entry(content, f"e{day}", f"2022-02-0{day}")
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    site = build_site(corpus, SETTINGS, parallel=False)
    pages = {built.page.url: built for built in site.pages}

    def links(url: str) -> list[str]:
        soup = BeautifulSoup(site.body(pages[url]).decode("utf-8"), "html.parser")
        nav = soup.select_one(".digest-pagination__pages")
        return [li.get_text(strip=True) for li in nav.find_all("li")]

    assert links("page/5/") == ["1", "…", "3", "4", "5", "6", "7", "…", "9"]
    assert links("") == ["1", "2", "3", "…", "9"]
    assert links("page/9/") == ["1", "…", "7", "8", "9"]
    assert links("page/4/") == ["1", "2", "3", "4", "5", "6", "…", "9"]
