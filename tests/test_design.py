"""The site reads like a news digest (issue 25), checked in headless Chromium from what a reader
gets: computed styles and boxes, not class names. Contrast is WCAG's formula on the colours the
browser computed, blended over the backgrounds behind them; the reading column is the width of
the page's text at 1280 px. The golden fixture site (invented entries) is built with the shipped
palettes, a source repository and a licence, plus one more edition and quote, so that every
page kind is there."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest
from sitebuild import REPO, mkdocs
from test_browser import THEME, browser  # noqa: F401 - fixtures, by name

pytestmark = pytest.mark.browser
GOLDEN = REPO / "tests" / "golden"
REPO_URL = "https://code.example.org/digest/site"
LICENCE = "Write-ups: Example Licence 1.0"
EXTRA_EDITION = """---
title: "Week 1: a quiet week"
---
A fixture edition with no picks.
"""
EXTRA_QUOTE = """  - text: "Open weights are the default now."
    speaker: Lee Analyst
    role: Analyst, Example Research
"""
PAGE_KINDS = {
    "home": "",
    "home, page 2": "page/2/",
    "entry": "entries/2024/first-model/",  # its write-up has a heading: a table of contents
    "entry, no headings": "entries/2025/chip-shortage/",
    "topic": "topics/chips/",
    "organization": "organizations/acme/",
    "person": "people/lee-analyst/",
    "edition": "editions/2025-w02/",
    "editions": "editions/",
    "archive": "archive/",
    "topics": "topics/",
    "people": "people/",
    "feeds": "feeds/",
}
SCHEMES = ("light", "dark")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The golden site with a repository and a licence set, built for its address and served."""
    root = tmp_path_factory.mktemp("design")
    shutil.copytree(GOLDEN / "content", root / "content")
    (root / "content/editions/2025-W01.md").write_text(EXTRA_EDITION, encoding="utf-8")
    entry = root / "content/entries/2024/first-model.md"
    text = entry.read_text(encoding="utf-8")
    marker = '  - text: "The numbers speak for themselves."\n'
    assert marker in text
    entry.write_text(text.replace(marker, EXTRA_QUOTE + marker), encoding="utf-8")
    out = root / "site"
    out.mkdir()
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out))
    )
    url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    config = (GOLDEN / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("https://golden.example.org/", url)
    config = config.replace("custom_dir: ../../overrides", f"custom_dir: {REPO / 'overrides'}")
    assert "  features: [navigation.tabs]\n" in config
    config = config.replace("  features: [navigation.tabs]\n", THEME)  # the shipped palettes
    config += f"repo_url: {REPO_URL}\ncopyright: '{LICENCE}'\n"
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = mkdocs("build", "--strict", "--site-dir", str(out), cwd=root)
    assert result.returncode == 0, result.stderr
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield url
    httpd.shutdown()


@pytest.fixture
def open_page(browser):
    """open_page(url, scheme="light", width=1280) -> a loaded page; its requests in .requests."""
    contexts = []

    def open_(url: str, scheme: str = "light", width: int = 1280):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=scheme, is_mobile=width < 500
        )
        contexts.append(context)
        page = context.new_page()
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.goto(url, wait_until="networkidle")
        return page

    yield open_
    for context in contexts:
        context.close()


# WCAG 2.x contrast of an element's text: its colour, with alpha, blended over every background
# behind it (the element's and its ancestors', the page's white or slate last).
CONTRAST = """(el) => {
  const parse = (css) => {
    const m = css.match(/rgba?\\(([^)]+)\\)/);
    if (!m) throw new Error("unexpected colour " + css);
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const layers = [];
  for (let node = el; node; node = node.parentElement) {
    layers.push(parse(getComputedStyle(node).backgroundColor));
  }
  let background = [255, 255, 255, 1];
  for (const layer of layers.reverse()) background = over(layer, background);
  const text = over(parse(getComputedStyle(el).color), background);
  const lum = ([r, g, b]) => {
    const c = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const [hi, lo] = [lum(text), lum(background)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}"""
HEADLINES = "article.md-content__inner :is(h1, h2, h3)"
QUOTES = "article.md-content__inner figure.digest-quote blockquote p"


def contrasts(page, selector: str) -> list[tuple[str, float]]:
    """(text, contrast) of every element matched, and of the links inside headlines."""
    found = []
    for element in page.locator(selector).all():
        targets = [element, *element.locator("a:not(.headerlink)").all()]
        for target in targets:
            found.append((target.inner_text()[:40], round(target.evaluate(CONTRAST), 2)))
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(
    "kind", ["home", "entry", "topic", "organization", "person", "edition", "archive"]
)
def test_headlines_and_quotes_reach_aaa_contrast(open_page, site, kind, scheme):
    page = open_page(site + PAGE_KINDS[kind], scheme)
    shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == {"light": "default", "dark": "slate"}[scheme]
    headlines = contrasts(page, HEADLINES)
    assert headlines, "no headline found"
    quotes = contrasts(page, QUOTES)
    if kind in ("home", "entry", "topic", "organization", "person", "edition"):
        assert quotes, "no quote found"
    low = [(text, ratio) for text, ratio in headlines + quotes if ratio < 7]
    assert low == [], f"below 7:1 in the {scheme} scheme: {low}"


@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_one_reading_column_and_no_empty_sidebar_on_a_desktop(open_page, site, kind):
    page = open_page(site + PAGE_KINDS[kind])
    box = page.locator("article.md-content__inner").bounding_box()
    assert 600 <= box["width"] <= 760, f"reading column {box['width']} px"
    # No empty sidebar: the navigation is the tabs; a table of contents only where there is one.
    assert not page.locator(".md-sidebar--primary").is_visible()
    toc = page.locator(".md-sidebar--secondary")
    if toc.count() and toc.is_visible():
        assert toc.locator("a.md-nav__link").count() > 0
    else:  # alone, the column stands in the middle of the window
        left, right = box["x"], 1280 - box["x"] - box["width"]
        assert abs(left - right) < 40, (left, right)


def test_the_column_fills_a_phone_without_scrolling_sideways(open_page, site):
    page = open_page(site + PAGE_KINDS["entry"], width=390)
    box = page.locator("article.md-content__inner").bounding_box()
    assert 340 <= box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


QUOTE_STYLE = """(p) => {
  const s = getComputedStyle(p), q = getComputedStyle(p.closest("blockquote"));
  return [s.color, s.fontStyle, getComputedStyle(p, "::before").content,
          getComputedStyle(p, "::after").content, q.borderLeftStyle, q.borderLeftColor];
}"""


def test_one_quote_component_everywhere(open_page, site):
    styles = {}
    for kind in ("entry", "home", "topic", "edition", "person"):
        page = open_page(site + PAGE_KINDS[kind])
        styles[kind] = page.locator(QUOTES).first.evaluate(QUOTE_STYLE)
    assert styles["entry"][2:4] == ['"“"', '"”"']
    assert styles["entry"][1] == "normal"
    assert all(style == styles["entry"] for style in styles.values()), styles


def test_the_speaker_is_linked_and_the_role_next_to_their_own_quote(open_page, site):
    page = open_page(site + PAGE_KINDS["entry"])
    figures = page.locator("figure.digest-quote")
    assert figures.count() == 3
    first, second = figures.nth(0), figures.nth(1)
    assert first.locator("figcaption cite a").inner_text() == "Pat Example"
    assert first.locator("figcaption cite a").get_attribute("href").endswith("people/pat-example/")
    assert "CEO" in first.locator("figcaption").inner_text()
    # The caption sits right under its quote, and the next quote is clearly further away.
    quote, caption = first.locator("blockquote").bounding_box(), first.locator("figcaption")
    gap_to_caption = caption.bounding_box()["y"] - (quote["y"] + quote["height"])
    caption_box = caption.bounding_box()
    gap_to_next = second.bounding_box()["y"] - (caption_box["y"] + caption_box["height"])
    assert 0 <= gap_to_caption < gap_to_next / 2, (gap_to_caption, gap_to_next)


def test_a_person_page_groups_quotes_by_article_with_the_role_once(open_page, site):
    page = open_page(site + PAGE_KINDS["person"])
    articles = page.locator("article.md-content__inner article")
    assert articles.count() == 1
    article = articles.first
    assert article.locator("h2").inner_text() == "Acme releases its first model"
    assert article.locator("time").inner_text() == "1 March 2024"
    assert [q.strip("“”") for q in article.locator("blockquote").all_inner_texts()] == [
        "Open weights are the default now.",
        "The numbers speak for themselves.",
    ]
    assert article.inner_text().count("Analyst, Example Research") == 1
    assert "Lee Analyst" not in article.inner_text()


def test_home_shows_the_latest_edition_as_a_card_and_requests_no_sitemap(open_page, site):
    page = open_page(site)
    card = page.locator("aside.digest-edition-teaser")
    assert card.locator(".admonition-title").count() == 0
    assert "admonition" not in (card.get_attribute("class") or "")
    assert card.get_by_role("heading").inner_text() == "Week 2: chips & models"
    assert card.locator("time").get_attribute("datetime") == "2025-01-12"  # the week's Sunday
    assert [t.strip() for t in card.locator("li a").all_inner_texts()] == [
        "Chips <in short supply> & prices rise",
        "First story of the day",
        "Second story of the day",
    ]
    for path in ("", "topics/chips/", "editions/2025-w02/"):
        requested = open_page(site + path).requests
        assert [url for url in requested if "sitemap" in url] == [], path


def test_the_footer_leads_to_feeds_editions_about_source_and_licence(open_page, site):
    page = open_page(site + PAGE_KINDS["topic"])
    footer = page.locator("footer.md-footer")
    links = {a.inner_text(): a.get_attribute("href") for a in footer.locator("a").all()}
    assert links["Feeds"] == "../../feeds/"
    assert links["Editions"] == "../../editions/"
    assert links["About"] == "../../about/"
    assert links["Source repository"] == REPO_URL
    assert LICENCE in footer.inner_text()
    assert "Made with" not in footer.inner_text()


def test_the_older_edition_is_on_the_left_and_its_arrow_points_left(open_page, site):
    page = open_page(site + "editions/2025-w02/")
    nav = page.locator('nav[aria-label="Editions"]')
    older = nav.locator('a[rel="prev"]')
    assert older.inner_text().startswith("← Older: Week 1")
    everything = nav.locator("a", has_text="All editions")
    assert older.bounding_box()["x"] < everything.bounding_box()["x"]
    page = open_page(site + "editions/2025-w01/")
    newer = page.locator('nav[aria-label="Editions"] a[rel="next"]')
    assert newer.inner_text().endswith("Week 2: chips & models →")
