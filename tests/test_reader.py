"""What readers and their tools get from the built site (issue 15): link previews (OpenGraph,
Twitter), structured data (JSON-LD, read with extruct as crawlers read it), breadcrumbs, the
active tab, accessible pagination and the day-grouped listings. Expected values by hand."""

from __future__ import annotations

import json

import extruct
import html5lib
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
    shipped_site,
    synthetic_site,
)
from test_site import site_path

from digest.build.pipeline import load_corpus
from digest.content.layout import Layout
from digest.site.paging import Pager
from digest.site.trail import section_of, split_page, trail

SITE = "https://digest.example.org/"
SEED = "entries/2022/pytorch-foundation-research-open-source-roots/"
SEED_TITLE = "PyTorch Takes AI/ML Back to Its Research, Open Source Roots"
HOSTILE = "entries/2024/hostile-entry/"


@pytest.fixture(scope="module")
def corpus(synthetic_site):
    result, problems = load_corpus(Layout(synthetic_site.root / "content"))
    assert result is not None, problems
    return result


def extract(site: BuiltSite, url: str) -> dict:
    return extruct.extract(
        site.html(url),
        base_url=SITE + url,
        syntaxes=["json-ld", "opengraph"],
        uniform=False,
    )


def opengraph(data: dict) -> list[tuple[str, str]]:
    return [pair for item in data["opengraph"] for pair in item["properties"]]


def graph(data: dict) -> list[dict]:
    """The page's JSON-LD nodes: one script, one @graph."""
    assert len(data["json-ld"]) == 1, data["json-ld"]
    document = data["json-ld"][0]
    assert document["@context"] == "https://schema.org"
    return document["@graph"]


def node(nodes: list[dict], kind: str) -> dict:
    found = [n for n in nodes if n["@type"] == kind]
    assert len(found) == 1, (kind, [n["@type"] for n in nodes])
    return found[0]


def crumbs(nodes: list[dict]) -> list[tuple[str, str]]:
    items = node(nodes, "BreadcrumbList")["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    return [(item["name"], item["item"]) for item in items]


def twitter(site: BuiltSite, url: str) -> dict[str, str]:
    page = BeautifulSoup(site.html(url), "html.parser")
    return {
        tag["name"]: tag["content"]
        for tag in page.head.find_all("meta", attrs={"name": True})
        if tag["name"].startswith("twitter:")
    }


# --- Link previews ------------------------------------------------------------------------------


def test_seed_entry_has_an_article_preview(shipped_site):
    tags = opengraph(extract(shipped_site, SEED))
    assert tags == [
        ("og:type", "article"),
        ("og:title", SEED_TITLE),
        (
            "og:description",
            "Meta is handing PyTorch to a new PyTorch Foundation under the Linux Foundation, "
            "with a governing board drawn from AMD, AWS, Google Cloud, Meta, Microsoft Azure and "
            "Nvidia. The New Stack reads the move as a sign that the framework has matured and is "
            "returning to its research and open-source roots.",
        ),
        ("og:url", SITE + SEED),
        ("og:site_name", "AI Industry Digest"),
        ("article:published_time", "2022-09-15T00:00:00+00:00"),
        ("article:tag", "Open source"),
        ("article:tag", "AI frameworks"),
        ("article:tag", "Governance"),
        ("article:tag", "AI market"),
    ]
    assert twitter(shipped_site, SEED) == {"twitter:card": "summary"}


def test_every_entry_page_has_preview_tags(synthetic_site, corpus):
    for entry in corpus.entries:
        tags = dict(opengraph(extract(synthetic_site, entry.url)))
        assert tags["og:type"] == "article", entry.url
        assert tags["og:title"] == entry.title
        assert tags["og:url"] == SITE + entry.url
        assert tags["og:site_name"] == "Synthetic Digest"
        assert tags["og:description"]
        assert tags["article:published_time"] == entry.added.isoformat()
        assert twitter(synthetic_site, entry.url) == {"twitter:card": "summary"}


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("", "Latest entries"),
        ("topics/open-source/", "Open source"),
        ("organizations/meta/", "Meta"),
        ("people/jim-zemlin/", "Jim Zemlin"),
        ("archive/", "Archive"),
        ("feeds/", "Feeds"),
        ("topics/", "Topics"),
        ("about/", "About the digest"),
    ],
)
def test_other_pages_have_a_website_preview(shipped_site, url, title):
    tags = dict(opengraph(extract(shipped_site, url)))
    assert tags["og:type"] == "website"
    assert tags["og:title"] == title
    assert tags["og:url"] == SITE + url
    assert tags["og:site_name"] == "AI Industry Digest"
    assert twitter(shipped_site, url) == {"twitter:card": "summary"}


# --- Structured data ----------------------------------------------------------------------------


def test_seed_entry_json_ld_names_source_publisher_quotes_and_speakers(shipped_site):
    nodes = graph(extract(shipped_site, SEED))
    article = node(nodes, "Article")
    assert article["headline"] == SEED_TITLE
    assert article["url"] == SITE + SEED
    assert article["datePublished"] == "2022-09-15T00:00:00+00:00"
    assert article["publisher"] == {
        "@type": "Organization",
        "name": "AI Industry Digest",
        "url": SITE,
    }
    source = article["citation"]
    assert source["@type"] == "CreativeWork"
    assert source["url"] == (
        "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/"
    )
    assert source["publisher"] == {"@type": "Organization", "name": "The New Stack"}
    assert source["datePublished"] == "2022-09-15"
    assert [t["name"] for t in article["about"]] == [
        "Open source",
        "AI frameworks",
        "Governance",
        "AI market",
    ]
    mentioned = {m["name"] for m in article["mentions"]}
    assert {"Meta", "Linux Foundation", "AWS", "PyTorch Foundation"} <= mentioned
    quotes = article["hasPart"]
    assert len(quotes) == 8
    assert all(q["@type"] == "Quotation" for q in quotes)
    first = quotes[0]
    assert first["text"].startswith("Open source has been gaining much faster adoption")
    assert first["spokenByCharacter"]["@type"] == "Person"
    assert first["spokenByCharacter"]["name"] == "Ronald Schmelzer"
    assert first["spokenByCharacter"]["jobTitle"] == "Principal analyst, Cognilytica"
    assert first["spokenByCharacter"]["worksFor"]["name"] == "Cognilytica"
    assert first["creator"] == first["spokenByCharacter"]
    speakers = [q["creator"]["name"] for q in quotes]
    assert speakers[-2:] == ["Soumith Chintala", "Soumith Chintala"]
    assert crumbs(nodes) == [("Home", SITE), (SEED_TITLE, SITE + SEED)]


def test_every_entry_json_ld_names_its_source_and_speakers(synthetic_site, corpus):
    for entry in corpus.entries:
        article = node(graph(extract(synthetic_site, entry.url)), "Article")
        assert article["headline"] == entry.title
        assert article["citation"]["url"] == entry.source.url
        assert article["citation"]["publisher"]["name"] == entry.source.publisher
        assert [(q["text"], q["spokenByCharacter"]["name"]) for q in article["hasPart"]] == [
            (q.text, q.speaker) for q in entry.quotes
        ]


def test_hostile_text_stays_inert_in_json_ld(synthetic_site):
    raw = synthetic_site.html(HOSTILE)
    document = html5lib.parse(raw, namespaceHTMLElements=False)
    scripts = document.findall(".//script[@type='application/ld+json']")
    assert len(scripts) == 1
    text = scripts[0].text
    # Nothing in the block can end it or start markup: the browser's parser agrees.
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text
    # The page after the block is intact: its heading and quote are where they should be.
    h1 = document.find(".//h1")
    assert "".join(h1.itertext()) == HOSTILE_TITLE
    assert document.find(".//img") is None
    article = node(json.loads(text)["@graph"], "Article")
    assert article["headline"] == HOSTILE_TITLE
    assert article["description"] == HOSTILE_SUMMARY
    assert article["citation"]["publisher"]["name"] == HOSTILE_PUBLISHER
    quote = article["hasPart"][0]
    assert quote["text"] == HOSTILE_QUOTE
    assert quote["spokenByCharacter"]["name"] == HOSTILE_SPEAKER
    assert quote["spokenByCharacter"]["jobTitle"] == HOSTILE_ROLE
    tags = dict(opengraph(extract(synthetic_site, HOSTILE)))
    assert tags["og:title"] == HOSTILE_TITLE
    assert tags["og:description"] == HOSTILE_SUMMARY


def test_person_page_is_a_profile(shipped_site):
    nodes = graph(extract(shipped_site, "people/jim-zemlin/"))
    profile = node(nodes, "ProfilePage")
    assert profile["mainEntity"]["@type"] == "Person"
    assert profile["mainEntity"]["name"] == "Jim Zemlin"
    assert profile["mainEntity"]["jobTitle"] == "Executive director, The Linux Foundation"
    assert profile["mainEntity"]["worksFor"]["name"] == "Linux Foundation"
    assert crumbs(nodes) == [
        ("Home", SITE),
        ("People", SITE + "people/"),
        ("Jim Zemlin", SITE + "people/jim-zemlin/"),
    ]


def test_organization_page_is_a_collection_about_the_organization(shipped_site):
    nodes = graph(extract(shipped_site, "organizations/meta/"))
    page = node(nodes, "CollectionPage")
    assert page["about"]["@type"] == "Organization"
    assert page["about"]["name"] == "Meta"
    listed = page["mainEntity"]["itemListElement"]
    assert [(i["position"], i["name"], i["url"]) for i in listed] == [(1, SEED_TITLE, SITE + SEED)]
    assert crumbs(nodes) == [
        ("Home", SITE),
        ("Organizations", SITE + "organizations/"),
        ("Meta", SITE + "organizations/meta/"),
    ]


def test_topic_page_is_a_collection_about_the_topic(shipped_site):
    nodes = graph(extract(shipped_site, "topics/open-source/"))
    page = node(nodes, "CollectionPage")
    assert page["about"]["name"] == "Open source"
    assert page["mainEntity"]["itemListElement"][0]["url"] == SITE + SEED


def test_listing_items_are_numbered_across_pages(synthetic_site, corpus):
    first = node(graph(extract(synthetic_site, "")), "CollectionPage")["mainEntity"]
    second = node(graph(extract(synthetic_site, "page/2/")), "CollectionPage")["mainEntity"]
    assert [i["position"] for i in first["itemListElement"]] == list(range(1, 21))
    assert [i["position"] for i in second["itemListElement"]] == list(range(21, 41))
    assert second["itemListElement"][0]["url"] == SITE + corpus.entries[PAGE_SIZE].url
    assert crumbs(graph(extract(synthetic_site, "page/2/"))) == [
        ("Home", SITE),
        ("Page 2", SITE + "page/2/"),
    ]


def test_every_page_has_one_breadcrumb_list_ending_at_itself(synthetic_site):
    for path in synthetic_site.site.rglob("index.html"):
        url = path.parent.relative_to(synthetic_site.site).as_posix() + "/"
        url = "" if url == "./" else url
        if url.startswith(("search/", "assets/")):
            continue
        nodes = graph(extract(synthetic_site, url))
        trail_ = crumbs(nodes)
        assert trail_[0] == ("Home", SITE), url
        assert trail_[-1][1] == SITE + url, url


# --- Navigation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("topics/open-source/", [("Home", ""), ("Topics", "topics/"), ("Open source", None)]),
        ("organizations/aws/", [("Home", ""), ("Organizations", "organizations/"), ("AWS", None)]),
        (
            "people/soumith-chintala/",
            [("Home", ""), ("People", "people/"), ("Soumith Chintala", None)],
        ),
        (SEED, [("Home", ""), (SEED_TITLE, None)]),
        ("archive/", [("Home", ""), ("Archive", None)]),
    ],
)
def test_breadcrumb_is_shown(shipped_site, url, expected):
    page = BeautifulSoup(shipped_site.html(url), "html.parser")
    nav = page.select_one("article nav.digest-breadcrumb[aria-label='Breadcrumb']")
    shown = []
    for item in nav.select("li"):
        link = item.a
        shown.append((item.get_text(strip=True), site_path(url, link["href"]) if link else None))
    assert shown == expected
    assert nav.select("li")[-1].span["aria-current"] == "page"


def test_home_has_no_breadcrumb_but_its_later_pages_do(synthetic_site):
    home = BeautifulSoup(synthetic_site.html(""), "html.parser")
    assert home.select_one("nav.digest-breadcrumb") is None
    later = BeautifulSoup(synthetic_site.html("topics/topic-004/page/2/"), "html.parser")
    names = [li.get_text(strip=True) for li in later.select("nav.digest-breadcrumb li")]
    assert names == ["Home", "Topics", "Topic 004", "Page 2"]


@pytest.mark.parametrize(
    ("url", "tab"),
    [
        ("", "Home"),
        (SEED, "Home"),
        ("topics/", "Topics"),
        ("topics/open-source/", "Topics"),
        ("organizations/meta/", "Organizations"),
        ("people/jim-zemlin/", "People"),
        ("archive/", "Archive"),
        ("feeds/", "Feeds"),
        ("about/", "About"),
    ],
)
def test_the_section_tab_is_active(shipped_site, url, tab):
    page = BeautifulSoup(shipped_site.html(url), "html.parser")
    active = page.select("nav.md-tabs li.md-tabs__item--active")
    assert [li.get_text(strip=True) for li in active] == [tab]


def test_pagination_is_announced(synthetic_site):
    url = "page/3/"
    page = BeautifulSoup(synthetic_site.html(url), "html.parser")
    nav = page.select_one("article nav.digest-pagination")
    assert nav["aria-label"] == "Pages of this listing"
    current = nav.select('[aria-current="page"]')
    assert [(a.name, a.get_text(strip=True)) for a in current] == [("a", "3")]
    numbers = [a.get_text(strip=True) for a in nav.select("ol a")]
    assert numbers == ["1", "2", "3", "4", "5", "13"]
    assert nav.select_one('a[rel="prev"]')["aria-label"] == "Newer: page 2 of 13"
    assert nav.select_one('a[rel="next"]')["aria-label"] == "Older: page 4 of 13"
    for link in nav.select("a"):
        assert link.get("href") and link.get("tabindex") in (None, "0")
    assert site_path(url, nav.select("ol a")[-1]["href"]) == "page/13/"


# --- A digest's look ----------------------------------------------------------------------------


def test_listings_are_grouped_by_day_newest_first(synthetic_site, corpus):
    added = {entry.url: entry.added_utc.date().isoformat() for entry in corpus.entries}
    for url in ("", "page/2/", "topics/topic-000/"):
        page = BeautifulSoup(synthetic_site.html(url), "html.parser")
        days = page.select("article section.digest-day")
        stamps = [day.select_one("h2 time")["datetime"] for day in days]
        assert stamps == sorted(set(stamps), reverse=True), url
        for day, stamp in zip(days, stamps, strict=True):
            for link in day.select(".digest-card__title a"):
                assert added[site_path(url, link["href"])] == stamp


def test_a_card_shows_publisher_date_lead_quote_speaker_and_topics(shipped_site):
    page = BeautifulSoup(shipped_site.html(""), "html.parser")
    day = page.select_one("section.digest-day")
    assert day.h2.get_text(strip=True) == "Thursday 15 September 2022"
    card = day.select_one("article.digest-card")
    assert card.h3.get_text(strip=True) == SEED_TITLE
    assert card.select_one(".digest-card__publisher").get_text() == "The New Stack"
    assert card.select_one(".digest-card__meta time")["datetime"] == "2022-09-15T00:00:00+00:00"
    quote = card.select_one("figure.digest-card__quote")
    assert quote.blockquote.get_text(strip=True).startswith("Open source has been gaining")
    assert quote.figcaption.cite.get_text() == "Ronald Schmelzer"
    assert "Quote by" in quote.figcaption.get_text()
    chips = [a.get_text() for a in card.select(".digest-chip--topic")]
    assert chips == ["Open source", "AI frameworks", "Governance", "AI market"]


# --- Units: trails, sections, page windows ------------------------------------------------------


def test_trail_and_section_from_urls():
    assert section_of("topics/open-source/") == "topics/"
    assert section_of("entries/2022/x/") == ""
    assert section_of("page/4/") == ""
    assert section_of("editions/2024-W23/") == "editions/"
    assert split_page("topics/x/page/12/") == ("topics/x/", 12)
    assert split_page("topics/x/") == ("topics/x/", 1)
    assert trail("editions/2024-W23/", "Week 23") == (
        ("Home", ""),
        ("Editions", "editions/"),
        ("Week 23", "editions/2024-W23/"),
    )
    assert trail("people/page/3/", "People") == (
        ("Home", ""),
        ("People", "people/"),
        ("Page 3", "people/page/3/"),
    )


@pytest.mark.parametrize(
    ("number", "count", "window"),
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (5, 12, [1, None, 3, 4, 5, 6, 7, None, 12]),
        (12, 12, [1, None, 10, 11, 12]),
        (4, 12, [1, 2, 3, 4, 5, 6, None, 12]),
    ],
)
def test_page_window(number, count, window):
    assert Pager(number, count, [], "topics/").window == window
