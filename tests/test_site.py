"""The reader's site, as built by `mkdocs build`: parsed with an HTML parser, never grepped."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from sitebuild import (  # noqa: F401 - fixtures are imported by name
    HOSTILE_PUBLISHER,
    HOSTILE_QUOTE,
    HOSTILE_ROLE,
    HOSTILE_SPEAKER,
    HOSTILE_SUMMARY,
    HOSTILE_TITLE,
    PAGE_SIZE,
    BuiltSite,
    mkdocs,
    shipped_site,
    synthetic_site,
)

from digest.build.pipeline import load_corpus
from digest.content.layout import Layout

SEED = "entries/2022/pytorch-foundation-research-open-source-roots/"


def soup(site: BuiltSite, url: str) -> BeautifulSoup:
    return BeautifulSoup(site.html(url), "html.parser")


def content(page: BeautifulSoup):
    return page.select_one("article.md-content__inner")


def walk_pages(site: BuiltSite, url: str):
    """A paginated listing from its first page, following rel="next"."""
    seen = []
    while url is not None:
        assert url not in seen, f"pagination loops at {url}"
        seen.append(url)
        page = soup(site, url)
        yield url, page
        nxt = page.select_one('a[rel="next"]')
        url = site_path(url, nxt["href"]) if nxt else None


def site_path(page_url: str, href: str) -> str:
    """Resolve a relative href on page `page_url` to a site path like 'topics/x/'."""
    resolved = urljoin("https://h/" + page_url, href)
    return urlsplit(resolved).path.lstrip("/")


def card_links(site: BuiltSite, url: str, page: BeautifulSoup) -> list[str]:
    return [site_path(url, a["href"]) for a in page.select(".digest-card__title a")]


@pytest.fixture(scope="module")
def corpus(synthetic_site):
    result, problems = load_corpus(Layout(synthetic_site.root / "content"))
    assert result is not None, problems
    return result


# --- The shipped content -------------------------------------------------------------------


def test_seed_entry_page_shows_source_quotes_and_taxonomies(shipped_site):
    page = soup(shipped_site, SEED)
    body = content(page)
    assert body.h1.get_text(strip=True) == (
        "PyTorch Takes AI/ML Back to Its Research, Open Source Roots"
    )
    source = body.select_one(".digest-source")
    assert "The New Stack" in source.get_text()
    assert source.select_one("time")["datetime"].startswith("2022-09-15")
    link = source.select_one("a")
    assert link["href"] == (
        "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/"
    )
    quotes = body.select("figure.digest-quote")
    assert len(quotes) >= 5
    speakers = {q.cite.get_text(strip=True) for q in quotes}
    assert {
        "Ronald Schmelzer",
        "Lawrence E. Hecht",
        "Holger Mueller",
        "Jim Zemlin",
        "Soumith Chintala",
    } <= speakers
    first = quotes[0]
    assert first.blockquote.get_text(strip=True).startswith("Open source has been gaining")
    assert "Principal analyst, Cognilytica" in first.figcaption.get_text()
    assert site_path(SEED, first.cite.a["href"]) == "people/ronald-schmelzer/"
    topics = [site_path(SEED, a["href"]) for a in body.select(".digest-chip--topic")]
    assert "topics/open-source/" in topics
    orgs = [site_path(SEED, a["href"]) for a in body.select(".digest-chip--org")]
    assert {"organizations/meta/", "organizations/aws/", "organizations/linux-foundation/"} <= set(
        orgs
    )


def test_shipped_sections_exist_and_list_the_seed(shipped_site):
    for start in ("", "topics/open-source/", "organizations/meta/", "archive/"):
        links = [
            site_path(url, a["href"])
            for url, page in walk_pages(shipped_site, start)
            for a in content(page).select("a")
        ]
        assert SEED in links, start
    person = content(soup(shipped_site, "people/soumith-chintala/"))
    assert person.h1.get_text() == "Soumith Chintala"
    quoted_in = [  # each quote under the heading of its article (issue 25)
        site_path("people/soumith-chintala/", f.find_parent("article").h2.a["href"])
        for f in person.select("figure.digest-quote")
    ]
    assert quoted_in.count(SEED) == 2
    about = content(soup(shipped_site, "about/"))
    assert "contribut" in about.get_text().lower()


def test_navigation_holds_sections_not_entries(shipped_site, synthetic_site):
    def nav_targets(site):
        page = soup(site, "")
        return [a.get("href") for a in page.select("nav.md-nav--primary a.md-nav__link")]

    shipped = nav_targets(shipped_site)
    synthetic = nav_targets(synthetic_site)
    assert not any("entries/" in (href or "") for href in synthetic)
    assert len(synthetic) == len(shipped) - 1  # the synthetic config has no About page


# --- Listings over a few hundred synthetic entries ----------------------------------------------


def test_home_lists_every_entry_newest_first(synthetic_site, corpus):
    listed = []
    for url, page in walk_pages(synthetic_site, ""):
        cards = card_links(synthetic_site, url, page)
        assert 0 < len(cards) <= PAGE_SIZE
        listed += cards
    assert listed == [entry.url for entry in corpus.entries]
    assert listed[0] == "entries/2024/hostile-entry/"


@pytest.mark.parametrize("kind", ["topics", "organizations"])
def test_every_entry_appears_once_on_each_of_its_taxonomy_pages(synthetic_site, corpus, kind):
    index_counts = {}
    for url, page in walk_pages(synthetic_site, f"{kind}/"):
        for item in content(page).select("ul.digest-index li"):
            target = site_path(url, item.a["href"])
            count = int(re.match(r"\d+", item.select_one(".digest-index__count").get_text())[0])
            index_counts[target] = count
    groups = corpus.topics if kind == "topics" else corpus.organizations
    assert set(index_counts) == {group.url for group in groups.values()}
    for group in groups.values():
        listed = Counter()
        pages = 0
        for url, page in walk_pages(synthetic_site, group.url):
            pages += 1
            listed.update(card_links(synthetic_site, url, page))
        expected = [entry.url for entry in group.entries]
        assert listed == Counter(expected), group.slug
        assert index_counts[group.url] == len(expected)
        assert pages == max(1, -(-len(expected) // PAGE_SIZE))


def test_person_pages_list_each_quote_once_newest_first(synthetic_site, corpus):
    people_listed = set()
    for url, page in walk_pages(synthetic_site, "people/"):
        people_listed |= {
            site_path(url, a["href"]) for a in content(page).select("ul.digest-index a")
        }
    assert people_listed == {person.url for person in corpus.people.values()}
    for person in list(corpus.people.values())[:40]:
        quotes = []
        for url, page in walk_pages(synthetic_site, person.url):
            for figure in content(page).select("figure.digest-quote"):
                entry_link = figure.find_parent("article").h2.a  # its article's heading
                quotes.append(
                    (site_path(url, entry_link["href"]), figure.blockquote.get_text(strip=True))
                )
        assert quotes == [(entry.url, quote.text) for entry, quote in person.quotes]


def test_archive_groups_every_entry_by_month(synthetic_site, corpus):
    listed = []
    for url, page in walk_pages(synthetic_site, "archive/"):
        headings = [h.get_text(strip=True) for h in content(page).select("section h2")]
        assert len(headings) == len(set(headings)), (url, headings)  # one section per month
        for section in content(page).select("section.digest-archive__month"):
            month = section.h2.get_text(strip=True)
            for a in section.select("li a"):
                listed.append((site_path(url, a["href"]), month))
    assert listed == [(e.url, f"{e.added_utc:%B %Y}") for e in corpus.entries]
    months = [month for _, month in listed]
    runs = [m for i, m in enumerate(months) if i == 0 or months[i - 1] != m]
    assert len(runs) == len(set(runs)), runs  # no month comes back after another
    # 2024-06-01T01:00+02:00 is 31 May in UTC: it sits with May, not in a second June.
    assert ("entries/2024/tz-east/", "May 2024") in listed


def test_pagination_links_in_head_and_body(synthetic_site):
    page = soup(synthetic_site, "page/2/")
    head_prev = page.head.select_one('link[rel="prev"]')["href"]
    head_next = page.head.select_one('link[rel="next"]')["href"]
    assert site_path("page/2/", head_prev) == ""
    assert site_path("page/2/", head_next) == "page/3/"
    assert site_path("page/2/", page.select_one('a[rel="prev"]')["href"]) == ""
    first = soup(synthetic_site, "")
    assert first.head.select_one('link[rel="prev"]') is None


def test_entry_pages_show_related_entries(synthetic_site, corpus):
    for entry in corpus.entries[:30]:
        page = content(soup(synthetic_site, entry.url))
        related = [site_path(entry.url, a["href"]) for a in page.select(".digest-related li a")]
        assert 3 <= len(related) <= 5, entry.slug
        assert entry.url not in related
        for url in related:
            other = next(e for e in corpus.entries if e.url == url)
            shared = (set(other.topics) & set(entry.topics)) | (
                set(other.organizations) & set(entry.organizations)
            )
            assert shared, (entry.slug, other.slug)


def test_drafts_and_scheduled_entries_are_not_published(synthetic_site):
    assert not (synthetic_site.site / "entries/2024/draft-entry").exists()
    assert not (synthetic_site.site / "entries/2024/scheduled-entry").exists()
    everything = "".join(p.read_text(encoding="utf-8") for p in synthetic_site.site.rglob("*.html"))
    assert "A draft that must not be published" not in everything
    assert "Scheduled for the far future" not in everything


# --- Safety -----------------------------------------------------------------------------------


def test_front_matter_markup_is_shown_as_text(synthetic_site):
    url = "entries/2024/hostile-entry/"
    page = soup(synthetic_site, url)
    body = content(page)
    assert body.h1.get_text() == HOSTILE_TITLE
    assert page.title.get_text().startswith(HOSTILE_TITLE)
    assert body.select_one(".digest-source__publisher").get_text() == HOSTILE_PUBLISHER
    quote = body.select_one("figure.digest-quote")
    assert quote.blockquote.get_text(strip=True) == HOSTILE_QUOTE
    assert quote.cite.get_text() == HOSTILE_SPEAKER
    assert HOSTILE_ROLE in quote.figcaption.get_text()
    assert page.find("meta", attrs={"name": "description"})["content"] == HOSTILE_SUMMARY
    # None of it became an element.
    for tag in ("b", "i", "u", "em", "img"):
        assert body.find(tag) is None, tag
    # JSON-LD holds the title as data (tests/test_reader.py proves it inert); no other script may.
    assert all(
        script.get("src") or not script.string or "alert" not in script.string
        for script in page.find_all("script")
        if script.get("type") != "application/ld+json"
    )
    assert not page.find_all(attrs={"onerror": True})
    # The Markdown body is still Markdown.
    assert body.select_one(".digest-writeup strong").get_text() == "bold"


def test_hostile_text_is_literal_on_listings(synthetic_site):
    home = content(soup(synthetic_site, ""))
    card = home.select_one("article.digest-card")
    assert card.h3.get_text(strip=True) == HOSTILE_TITLE
    assert card.select_one(".digest-card__publisher").get_text() == HOSTILE_PUBLISHER
    assert card.select_one(".digest-card__quote p").get_text() == HOSTILE_QUOTE
    assert card.find("img") is None
    person = next(
        p for p in (synthetic_site.site / "people").iterdir() if "eve" in p.name and p.is_dir()
    )
    page = content(BeautifulSoup((person / "index.html").read_text(), "html.parser"))
    assert page.h1.get_text() == HOSTILE_SPEAKER


# --- The whole output ---------------------------------------------------------------------------


def _local_targets(site: BuiltSite):
    for path in site.site.rglob("*.html"):
        rel = path.relative_to(site.site).as_posix()
        page_url = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in page.find_all(tag):
                value = element.get(attr)
                if value:
                    yield rel, page_url, tag, value


@pytest.mark.parametrize("which", ["shipped_site", "synthetic_site"])
def test_every_internal_link_resolves_and_nothing_loads_from_elsewhere(which, request):
    site: BuiltSite = request.getfixturevalue(which)
    broken, foreign = [], []
    for rel, page_url, tag, value in _local_targets(site):
        if value.startswith(site.site_url):
            target = value[len(site.site_url) :]
        elif value.startswith(("http://", "https://", "//")):
            if tag != "a":
                foreign.append((rel, value))
            continue
        elif value.startswith(("mailto:", "#")):
            continue
        else:
            target = site_path(page_url, value)
        target = urldefrag(target)[0].split("?")[0]
        path = site.site / target
        if target == "" or target.endswith("/"):
            path = path / "index.html"
        if not path.is_file():
            broken.append((rel, value))
    assert not broken, broken[:10]
    assert not foreign, foreign[:10]


def test_no_generated_page_grows_without_bound(synthetic_site):
    for path in synthetic_site.site.rglob("index.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert len(page.select("article.digest-card")) <= PAGE_SIZE
        assert len(page.select("figure.digest-quote")) <= max(PAGE_SIZE, 3)


def test_two_builds_are_byte_identical_on_any_day(synthetic_site, tmp_path):
    # The second build believes it is 2033: nothing in the output may depend on the clock.
    result = mkdocs(
        "build",
        "--strict",
        "--site-dir",
        str(tmp_path / "again"),
        cwd=synthetic_site.root,
        env={"SOURCE_DATE_EPOCH": "2000000000"},
    )
    assert result.returncode == 0, result.stderr
    first = {
        p.relative_to(synthetic_site.site): p.read_bytes()
        for p in synthetic_site.site.rglob("*")
        if p.is_file()
    }
    second = {
        p.relative_to(tmp_path / "again"): p.read_bytes()
        for p in (tmp_path / "again").rglob("*")
        if p.is_file()
    }
    assert first.keys() == second.keys()
    differ = [str(p) for p in first if first[p] != second[p]]
    assert not differ, differ[:10]
