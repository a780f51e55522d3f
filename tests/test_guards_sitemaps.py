"""Sitemaps on a small corpus built in-process (no MkDocs), expected values written by hand.

README: `sitemap.xml` is an index naming sitemaps of at most 50,000 URLs, every page once with
its `lastmod` (dates from the entries' `added`); each topic and organization folder carries a
small, valid sitemap of its own pages (its listing's pages: `<listing>/page/<n>/`).
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

from guard_entries import write_entry

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.discovery import plan_discovery
from digest.site.settings import Settings

SITE = "https://digest.example.org/"
SETTINGS = Settings("Site", SITE, page_size=3)
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _entry(content: Path, slug: str, added: str, topics: str, draft: bool = False) -> None:
    write_entry(content, slug, added=added, topics=topics, draft=draft)


def _files(content: Path, *, include_drafts: bool = False) -> dict[str, bytes]:
    corpus, problems = load_corpus(Layout(content), include_drafts=include_drafts)
    assert corpus is not None, [str(p) for p in problems]
    site = build_site(corpus, SETTINGS, parallel=False)
    return {static.path: static.content for static in site.static}


def _locs(data: bytes) -> list[str]:
    return [loc.text or "" for loc in ET.fromstring(data).iter(f"{NS}loc")]


def test_a_topics_sitemap_names_every_page_of_its_listing(content):
    # Seven entries of governance at three a page: pages 1, 2 and 3 (the last holds one).
    for day in range(1, 8):
        _entry(content, f"gov-{day}", f"2022-02-0{day}", "governance")
    _entry(content, "open", "2022-02-08", "open-source")  # one page only
    files = _files(content)
    assert _locs(files["topics/governance/sitemap.xml"]) == [
        f"{SITE}topics/governance/",
        f"{SITE}topics/governance/page/2/",
        f"{SITE}topics/governance/page/3/",
    ]
    assert _locs(files["topics/open-source/sitemap.xml"]) == [f"{SITE}topics/open-source/"]


def test_the_index_dates_each_sitemap_by_its_newest_page(content):
    for day in range(1, 8):
        _entry(content, f"gov-{day}", f"2022-02-0{day}T23:30:00-05:00", "governance")
    files = _files(content)
    index = ET.fromstring(files["sitemap.xml"])
    sitemaps = index.findall(f"{NS}sitemap")
    assert [s.findtext(f"{NS}loc") for s in sitemaps] == [f"{SITE}sitemap-1.xml"]
    # The newest entry was added at 23:30 on 7 February in New York: 8 February in UTC.
    assert sitemaps[0].findtext(f"{NS}lastmod") == "2022-02-08"
    urls = {
        u.findtext(f"{NS}loc"): u.findtext(f"{NS}lastmod")
        for u in ET.fromstring(files["sitemap-1.xml"]).iter(f"{NS}url")
    }
    assert urls[f"{SITE}entries/2022/gov-1/"] == "2022-02-02"
    assert urls[f"{SITE}entries/2022/gov-7/"] == "2022-02-08"


def test_a_preview_with_drafts_keeps_them_out_of_the_sitemaps(content):
    """`mkdocs serve` shows drafts (with a mark); the sitemaps still name published pages only."""
    _entry(content, "published", "2022-02-01", "governance")
    _entry(content, "unfinished", "2022-02-02", "governance", draft=True)
    files = _files(content, include_drafts=True)
    locs = _locs(files["sitemap-1.xml"])
    assert f"{SITE}entries/2022/published/" in locs
    assert f"{SITE}entries/2022/unfinished/" not in locs


def test_a_page_without_a_date_of_its_own_takes_the_newest_entrys_utc_day(content):
    """An editor's page (about.md) carries no entry: its lastmod is the site's newest `added`,
    a day read in UTC like every other date of the sitemaps."""
    _entry(content, "late", "2022-02-07T23:30:00-05:00", "governance")  # 8 February in UTC
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    site = build_site(corpus, SETTINGS, parallel=False)
    home = next(b.page for b in site.pages if b.page.url == "")
    about = dataclasses.replace(home, src="about.md", url="about/", updated=None)
    files = {f.path: f.job.make(f.job.view) for f in plan_discovery(corpus, SETTINGS, [about])}
    (url,) = ET.fromstring(files["sitemap-1.xml"]).iter(f"{NS}url")
    assert url.findtext(f"{NS}loc") == f"{SITE}about/"
    assert url.findtext(f"{NS}lastmod") == "2022-02-08"


def test_listing_pages_are_dated_by_the_newest_entrys_utc_day(content):
    """The home page, the archive and a topic's listing carry no entry of their own: their
    lastmod is the newest entry's `added`, a day read in UTC (as its own page says)."""
    _entry(content, "late", "2022-02-07T23:30:00-05:00", "governance")  # 8 February in UTC
    files = _files(content)
    urls = {
        u.findtext(f"{NS}loc"): u.findtext(f"{NS}lastmod")
        for u in ET.fromstring(files["sitemap-1.xml"]).iter(f"{NS}url")
    }
    assert urls[f"{SITE}entries/2022/late/"] == "2022-02-08"
    for listing in ("", "archive/", "topics/governance/"):
        assert urls[f"{SITE}{listing}"] == "2022-02-08", listing
