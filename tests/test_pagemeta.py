"""What `digest new --fetch` reads from an article's page (issue 23): the publisher
(og:site_name, the JSON-LD publisher, else the site's address), the author (the visible
byline, JSON-LD, the author meta tags), and the title without the site's name, in the layouts
news sites use. Pages are written here by hand, with invented people and sites."""

from __future__ import annotations

import pytest

from digest.editor.newentry import title_slug
from digest.editor.pagemeta import byline_names, parse_page_meta

URL = "https://www.examplewire.example/2026/03/lab-opens-model"


def _page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


LD = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD headline",
"publisher": {"@type": "Organization", "name": "LD Publisher"},
"author": {"@type": "Person", "name": "Lena Ledger"}}</script>"""


def test_the_publisher_is_og_site_name_first():
    page = _page('<meta property="og:site_name" content="Example Wire">' + LD)
    meta = parse_page_meta(page, URL)
    assert (meta.publisher, meta.publisher_is_host) == ("Example Wire", False)


def test_then_the_json_ld_publisher():
    assert parse_page_meta(_page(LD), URL).publisher == "LD Publisher"


def test_else_the_sites_address_and_it_says_so():
    meta = parse_page_meta(_page("<title>Lab opens its model</title>"), URL)
    assert (meta.publisher, meta.publisher_is_host) == ("examplewire.example", True)
    # An address that names no site gives no publisher.
    assert parse_page_meta(_page(), "http://127.0.0.1:8000/x").publisher is None
    assert parse_page_meta(_page(), "http://localhost/x").publisher is None


@pytest.mark.parametrize(
    ("body", "author"),
    [
        ('<p class="byline">By Jane Roe and John Doe | 3 March 2026</p>', "Jane Roe, John Doe"),
        ('<div class="c-byline__name">Written by Priya Natarajan-Hale</div>',
         "Priya Natarajan-Hale"),
        ('<span>By <a rel="author" href="/p/mo">Mo Ferreira da Silva</a></span>',
         "Mo Ferreira da Silva"),
        (
            '<div itemprop="author" itemscope><span itemprop="name">Ines Obi</span>'
            "<span>Senior reporter</span></div>",
            "Ines Obi",
        ),
        ('<address class="author">Tomasz Wren, Ana Lima &amp; Kofi Mensah</address>',
         "Tomasz Wren, Ana Lima, Kofi Mensah"),
        ('<p class="article-author">By Sam Okoro on March 3, 2026</p>', "Sam Okoro"),
        # Elements with no space between them are separate lines, not one run of words.
        ('<div class="author">Jane Doe<br>Updated 3 hours ago</div>', "Jane Doe"),
        ('<div class="byline"><a href="/p/jd">Jane Doe</a><time>May 3, 2024</time></div>',
         "Jane Doe"),
        ('<div class="byline"><span>By</span><div><a href="/p/jd">Jane Doe</a></div></div>',
         "Jane Doe"),
    ],
)  # fmt: skip
def test_the_visible_byline_wins_over_json_ld(body, author):
    assert parse_page_meta(_page(LD, body), URL).author == author


@pytest.mark.parametrize(
    "body",
    [
        '<div class="author-bio">Jane writes about chips and the people who make them.</div>',
        '<p class="byline">Staff</p>',
        '<img class="author" src="x.png" alt="Jane Roe">',
    ],
)
def test_a_byline_that_names_nobody_falls_back_to_json_ld_then_meta(body):
    assert parse_page_meta(_page(LD, body), URL).author == "Lena Ledger"
    meta_author = '<meta name="author" content="Meta Author">'
    assert parse_page_meta(_page(meta_author, body), URL).author == "Meta Author"


def test_the_site_named_as_its_own_author_is_no_author():
    head = '<meta property="og:site_name" content="Example Wire">'
    assert (
        parse_page_meta(_page(head + '<meta name="author" content="Example Wire">'), URL).author
        is None
    )
    both = (
        head
        + '<meta name="author" content="Example Wire">'
        + '<meta property="article:author" content="Ada Roe">'
    )
    assert parse_page_meta(_page(both), URL).author == "Ada Roe"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<title>Lab opens its model | Example Wire</title>"
         '<meta property="og:site_name" content="Example Wire">', "Lab opens its model"),
        ("<title>Lab opens its model - ExampleWire</title>", "Lab opens its model"),
        ("<title>Example Wire — Lab opens its model</title>"
         '<meta property="og:site_name" content="Example Wire">', "Lab opens its model"),
        ('<meta property="og:title" content="Lab opens its model – Example Wire">' + LD,
         "Lab opens its model"),
        ("<title>Lab opens its model | AI | Example Wire</title>"
         '<meta property="og:site_name" content="Example Wire">', "Lab opens its model"),
        # A dash inside the headline stays.
        ("<title>Chips - and the people who make them</title>",
         "Chips - and the people who make them"),
    ],
)  # fmt: skip
def test_the_title_loses_the_sites_name(head, title):
    body = "<h1>Lab opens its model</h1>" if "Lab" in title else ""
    assert parse_page_meta(_page(head.replace(LD, ""), body), URL).title == title


def test_byline_names_reads_names_only():
    assert byline_names("BY ADA ROE") is None  # shouting is not a name we can check
    assert byline_names("By Ada Roe, Staff Writer") == "Ada Roe"
    assert byline_names("Staff Writer") is None
    assert byline_names("Ada Roe and Bo Li") == "Ada Roe, Bo Li"


def test_the_slug_keeps_the_titles_meaningful_words():
    assert title_slug("OpenAI’s new model: what it means") == "openai-new-model-what-it-means"
    assert title_slug("Lab opens its model") == "lab-opens-its-model"
    long = (
        "Why the world’s largest chip makers are racing to build the next generation of AI "
        "accelerators"
    )
    slug = title_slug(long)
    assert slug == "world-largest-chip-makers-racing-build-next-generation-ai"


def test_a_microdata_date_is_read():
    body = '<article><time itemprop="datePublished" datetime="2025-04-09T10:00:00Z">9 April</time>'
    assert parse_page_meta(_page("", body), URL).date == "2025-04-09"
    head = '<meta itemprop="datePublished" content="2025-04-10">'
    assert parse_page_meta(_page(head), URL).date == "2025-04-10"
