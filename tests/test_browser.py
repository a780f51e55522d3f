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
from sitebuild import REPO, mkdocs

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
    page.keyboard.press("s")  # Material's shortcut that opens search
    page.keyboard.type("exuberance", delay=20)
    result = page.locator(".md-search-result__item a").first
    result.wait_for(state="attached", timeout=15000)
    assert SEED in result.get_attribute("href")
    assert "PyTorch" in page.locator(".md-search-result__item").first.inner_text()
    assert page.errors == []


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
    pick = page.locator("article.digest-pick h2 a").first
    assert pick.inner_text() == "PyTorch Takes AI/ML Back to Its Research, Open Source Roots"
    pick.click()
    page.wait_for_load_state("networkidle")
    assert page.url == server + SEED
    assert page.locator("figure.digest-quote").count() == 8
    assert page.errors == []
    assert page.foreign == []
