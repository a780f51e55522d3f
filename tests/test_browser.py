"""The site in a real browser: headless Chromium (Debian's package) driven by Playwright.

`playwright install` cannot download browsers here, so the test uses /usr/bin/chromium. Without
it the tests skip with a message, except under CI=true, where a missing browser is a failure
(`.ci/run` installs it). CHROMIUM_PATH points at another Chromium-based browser.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading

import pytest
from sitebuild import REPO, mkdocs, synthetic_site  # noqa: F401 - a fixture, by name

CHROMIUM = (
    os.environ.get("CHROMIUM_PATH")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
    or "/usr/bin/chromium"
)
SEED = "entries/2022/pytorch-foundation-research-open-source-roots/"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        message = "Chromium not found: install Debian's chromium package (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The shipped site, built for and served at the same address, as it is in production."""
    site = tmp_path_factory.mktemp("browser") / "site"
    site.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    result = mkdocs("build", "--strict", "--site-dir", str(site), cwd=REPO, env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield url
    httpd.shutdown()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.errors = []
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.foreign = []
    page.on(
        "request",
        lambda request: (
            request.url.startswith(("http://", "https://"))
            and not request.url.startswith("http://127.0.0.1:")
            and page.foreign.append(request.url)
        ),
    )
    yield page
    context.close()


@pytest.mark.parametrize(
    "path",
    ["", SEED, "topics/open-source/", "people/jim-zemlin/", "editions/", "editions/2022-w37/"],
)
def test_pages_load_without_console_errors_or_third_party_requests(page, server, path):
    response = page.goto(server + path, wait_until="networkidle")
    assert response.status == 200
    assert page.locator("article h1").first.inner_text().strip()
    assert page.errors == []
    assert page.foreign == []


def test_entry_page_shows_quotes_and_source(page, server):
    page.goto(server + SEED, wait_until="networkidle")
    assert page.locator("figure.digest-quote").count() == 8
    assert page.locator("figure.digest-quote cite").first.inner_text() == "Ronald Schmelzer"
    link = page.get_by_role("link", name="Read the original at The New Stack")
    assert link.get_attribute("href").startswith("https://thenewstack.io/")


def test_search_finds_the_seed_entry_by_a_word_from_a_quote(page, server):
    page.goto(server, wait_until="networkidle")
    page.keyboard.press("s")  # Material's shortcut, kept for the site's search (Pagefind)
    page.wait_for_function("document.activeElement.matches('[data-digest-search-input]')")
    page.keyboard.type("exuberance", delay=20)
    # The results of the whole word, not those of a prefix typed on the way ("e" finds people).
    status = page.get_by_role("status").filter(has_text="1 result for “exuberance”.")
    status.wait_for(timeout=15000)
    result = page.locator(".digest-search__result-title").first
    result.wait_for(state="attached", timeout=15000)
    assert result.get_attribute("href") == "/" + SEED
    assert "PyTorch" in result.inner_text()
    assert page.errors == []
    assert page.foreign == []


def test_readable_on_a_phone(browser, server):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(server + SEED, wait_until="networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"page scrolls sideways on a phone ({width}px)"
    context.close()


def test_home_leads_to_the_latest_edition_and_its_picks(page, server):
    page.goto(server, wait_until="networkidle")
    teaser = page.locator("aside.digest-edition-teaser a.digest-edition-teaser__link")
    assert teaser.inner_text() == "Week 37, 2022: PyTorch gets a foundation"
    teaser.click()
    page.wait_for_load_state("networkidle")
    assert page.url == server + "editions/2022-w37/"
    assert page.locator("article h1").first.inner_text() == (
        "Week 37, 2022: PyTorch gets a foundation"
    )
    pick = page.locator("article.digest-pick .digest-card__title a").first
    assert pick.inner_text() == "PyTorch Takes AI/ML Back to Its Research, Open Source Roots"
    pick.click()
    page.wait_for_load_state("networkidle")
    assert page.url == server + SEED
    assert page.locator("figure.digest-quote").count() == 8
    assert page.errors == []
    assert page.foreign == []


# --- The reader's experience (issue 15): axe-core, the active tab, the keyboard --------------

AXE_PAGES = [
    "",
    SEED,
    "topics/open-source/",
    "organizations/meta/",
    "people/jim-zemlin/",
    "archive/",
    "feeds/",
    "topics/",
    "editions/",
    "editions/2022-w37/",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}
SCHEMES = {"light": "default", "dark": "slate"}


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()  # axe-core ships inside the package: nothing is fetched


def serious_violations(browser, axe, url: str, scheme: str, viewport: str) -> list[str]:
    """axe-core's serious and critical findings on a page, one line each."""
    context = browser.new_context(
        viewport=VIEWPORTS[viewport],
        is_mobile=viewport == "phone",
        color_scheme=scheme,
    )
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        # Material picks the palette from the reader's preference: this is the scheme under test.
        shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert shown == SCHEMES[scheme]
        results = axe.run(page)
    finally:
        context.close()
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:5])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("path", AXE_PAGES)
def test_no_serious_accessibility_violations(browser, server, axe, path, scheme, viewport):
    assert serious_violations(browser, axe, server + path, scheme, viewport) == []


# The shipped site's theme settings: tabs and the light/dark palette switch.
THEME = """  features: [navigation.tabs]
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      accent: indigo
      toggle: {icon: material/brightness-7, name: Switch to dark mode}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      accent: indigo
      toggle: {icon: material/brightness-4, name: Switch to light mode}
"""


@pytest.fixture(scope="module")
def synthetic_server(synthetic_site, tmp_path_factory):
    """The synthetic site (pagination, hostile text) with the shipped theme settings, served."""
    root = tmp_path_factory.mktemp("synthetic-themed")
    shutil.copytree(synthetic_site.root / "content", root / "content")
    config = (synthetic_site.root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  font: false\n" in config
    (root / "mkdocs.yml").write_text(config.replace("  font: false\n", "  font: false\n" + THEME))
    result = mkdocs("build", "--strict", cwd=root)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("path", ["page/2/", "entries/2024/hostile-entry/"])
def test_paginated_and_hostile_pages_pass_axe(
    browser, synthetic_server, axe, path, scheme, viewport
):
    assert serious_violations(browser, axe, synthetic_server + path, scheme, viewport) == []


def test_pagination_is_keyboard_reachable(page, synthetic_server):
    page.goto(synthetic_server + "page/2/", wait_until="networkidle")
    page.locator(".digest-pagination a").first.focus()
    reached = []
    for _ in range(12):
        reached.append(page.evaluate("document.activeElement.getAttribute('aria-label')"))
        page.keyboard.press("Tab")
    assert reached[:3] == ["Newer: page 1 of 13", "Page 1 of 13", "Page 2 of 13, current page"]
    assert "Older: page 3 of 13" in reached
    page.keyboard.press("Shift+Tab")
    page.locator('.digest-pagination a[rel="next"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/page/3/")


@pytest.mark.parametrize(
    ("path", "tab"),
    [("topics/open-source/", "Topics"), ("people/jim-zemlin/", "People"), (SEED, "Home")],
)
def test_generated_page_highlights_its_tab(page, server, path, tab):
    page.goto(server + path, wait_until="networkidle")
    active = page.locator(".md-tabs__item--active")
    assert active.count() == 1
    assert active.inner_text().strip() == tab
    # It looks active: Material shows the active tab at full opacity, the others dimmed.
    link = active.locator("a")
    others = page.locator(".md-tabs__item:not(.md-tabs__item--active) a").first
    opacity = "el => getComputedStyle(el).opacity"
    assert float(link.evaluate(opacity)) > float(others.evaluate(opacity))


def test_breadcrumb_is_reachable_by_keyboard(page, server):
    page.goto(server + "topics/open-source/", wait_until="networkidle")
    focused = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.textContent.trim()"))
        if focused[-1] == "Topics" and page.evaluate(
            "!!document.activeElement.closest('.digest-breadcrumb')"
        ):
            break
    else:
        pytest.fail(f"the breadcrumb's Topics link was never focused: {focused}")


# --- the newsletter on a phone (issue 23) -------------------------------------------------------

LONG_WORD = "Hyperparameterisationofmultimodalfoundationmodelsacrosseverybenchmarkimaginable"
PHONE_ENTRY = f"""---
title: "{LONG_WORD} and a title long enough to wrap on any phone"
date: 2022-09-16
source:
  url: https://example.com/{LONG_WORD.lower()}/{LONG_WORD.lower()}
  publisher: Example Ledger
topics: [open-source]
quotes:
  - text: "{LONG_WORD} is what every lab now promises, said nobody in particular."
    speaker: Ada Example
    role: Principal analyst at {LONG_WORD}
summary: "{LONG_WORD} in a summary."
---
The body.
"""
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > width + 0.5)
    .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
  return [document.documentElement.scrollWidth, wide];
}"""


def test_the_newsletter_fits_a_phone_and_keeps_600px_on_a_desktop(browser, tmp_path):
    import subprocess
    import sys

    from sitebuild import copy_content

    content = copy_content(tmp_path)
    (content / "entries" / "2022" / "long-words.md").write_text(PHONE_ENTRY, encoding="utf-8")
    edition = content / "editions" / "2022-W37.md"
    text = edition.read_text(encoding="utf-8")
    edition.write_text(text.replace("picks:\n", "picks:\n  - long-words\n"), encoding="utf-8")
    out = tmp_path / "email.html"
    rendered = subprocess.run(
        [sys.executable, "-m", "digest", "edition", "render", "2022-W37", "--email",
         "--site-url", "https://digest.example.org/", "-o", str(out)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert rendered.returncode == 0, rendered.stderr
    html = out.read_text(encoding="utf-8")
    assert LONG_WORD in html and "long-words" in html
    phone = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = phone.new_page()
    page.set_content(html)
    width, wide = page.evaluate(OVERFLOW)
    assert width <= 375, f"the email scrolls sideways on a phone ({width}px): {wide[:5]}"
    assert wide == []
    phone.close()
    desktop = browser.new_context(viewport={"width": 1280, "height": 900})
    page = desktop.new_page()
    page.set_content(html)
    frame = page.evaluate(
        "document.querySelector('table.digest-email-frame').getBoundingClientRect().width"
    )
    assert frame == 600
    desktop.close()
