"""Search in a real browser: the golden fixture site (four invented entries) built, served and
searched through the header's search box, with and without filters, in both orders; axe-core
on the open dialog. Expected results are written by hand from tests/golden/content/."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest
from sitebuild import REPO, mkdocs
from test_browser import CHROMIUM, axe, browser, page  # noqa: F401 - fixtures, by name

pytestmark = pytest.mark.browser
GOLDEN = REPO / "tests" / "golden"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def golden_server(tmp_path_factory):
    """The golden site, built for the address it is served at (as in production)."""
    root = tmp_path_factory.mktemp("golden-browser")
    site = root / "site"
    site.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    config = (GOLDEN / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: https://golden.example.org/\n" in config
    config = config.replace("https://golden.example.org/", url)
    config = config.replace("custom_dir: ../../overrides", f"custom_dir: {REPO / 'overrides'}")
    config = config.replace("docs_dir: content", f"docs_dir: {GOLDEN / 'content'}")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = mkdocs("build", "--strict", "--site-dir", str(site), cwd=root)
    assert result.returncode == 0, result.stderr
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield url
    httpd.shutdown()


def search(page, server: str, query: str, *, path: str = "") -> None:
    """Open the site, open search from the header's button and type `query`."""
    page.goto(server + path, wait_until="networkidle")
    page.get_by_role("button", name="Search").click()
    page.locator(".pagefind-ui__search-input").wait_for()
    page.keyboard.type(query, delay=20)
    page.locator(".pagefind-ui__message").filter(has_text=" for ").wait_for(timeout=15000)


def shown(page, count: int) -> list[str]:
    """The result titles once the message says `count` results."""
    noun = "result" if count == 1 else "results"
    page.locator(".pagefind-ui__message").filter(has_text=f"{count} {noun} for").wait_for()
    page.wait_for_function(
        "n => document.querySelectorAll('.pagefind-ui__result-title').length === n", arg=count
    )
    return [t.strip() for t in page.locator(".pagefind-ui__result-title").all_inner_texts()]


def choose(page, filter_name: str, value: str) -> None:
    page.locator("summary.pagefind-ui__filter-name", has_text=filter_name).click()
    page.get_by_label(value, exact=False).first.check()


def test_a_word_finds_entries_by_title_summary_and_writeup_and_the_pages_named_so(
    page, golden_server
):
    search(page, golden_server, "chips")
    # "chip" and "chips" are one word to Pagefind: the chip story (title, summary), the model
    # entry (its write-up links "the chip story"), the Chips topic, and Globex (a chip maker).
    assert sorted(shown(page, 4)) == [
        "Acme releases its first model",
        "Chips",
        "Chips <in short supply> & prices rise",
        "Globex",
    ]
    assert page.errors == []
    assert page.foreign == []


def test_a_filter_narrows_the_results(page, golden_server):
    search(page, golden_server, "chips")
    shown(page, 4)
    choose(page, "Topic", "Models")
    assert sorted(shown(page, 2)) == [
        "Acme releases its first model",
        "Chips <in short supply> & prices rise",
    ]
    assert page.errors == []


def test_every_quote_by_one_person(page, golden_server):
    search(page, golden_server, "example")
    choose(page, "Speaker", "Pat Example")
    titles = shown(page, 2)
    assert sorted(titles) == ["Acme releases its first model", "Second story of the day"]
    excerpts = page.locator(".pagefind-ui__result-excerpt").all_inner_texts()
    assert all("Pat Example" in text for text in excerpts), excerpts


def test_newest_or_oldest_first(page, golden_server):
    search(page, golden_server, "chips")
    choose(page, "Topic", "Models")
    shown(page, 2)
    page.get_by_label("Order").select_option("desc")
    page.wait_for_function(
        "() => document.querySelector('.pagefind-ui__result-title')?.textContent.includes('Chips')"
    )
    assert shown(page, 2) == [
        "Chips <in short supply> & prices rise",
        "Acme releases its first model",
    ]
    page.get_by_label("Order").select_option("asc")
    page.wait_for_function(
        "() => document.querySelector('.pagefind-ui__result-title')?.textContent.includes('Acme')"
    )
    assert shown(page, 2) == [
        "Acme releases its first model",
        "Chips <in short supply> & prices rise",
    ]


def test_keyboard_only_search_from_an_entry_page_opens_a_result(page, golden_server):
    page.goto(golden_server + "entries/2025/same-day-a/", wait_until="networkidle")
    opener = page.get_by_role("button", name="Search")
    opener.focus()
    page.keyboard.press("Enter")
    page.locator(".pagefind-ui__search-input").wait_for()
    page.wait_for_function("document.activeElement.matches('.pagefind-ui__search-input')")
    page.keyboard.press("Escape")
    assert not page.locator("#digest-search").evaluate("d => d.open")
    assert opener.evaluate("b => b === document.activeElement")  # focus back where it was
    page.keyboard.press("/")  # as in Material: "/", "s" or "f" open search
    page.wait_for_function("document.activeElement.matches('.pagefind-ui__search-input')")
    page.keyboard.type("fab", delay=20)
    first = page.locator(".pagefind-ui__result-link").first
    first.wait_for()
    assert first.get_attribute("href") == "/entries/2025/chip-shortage/"
    for _ in range(40):
        page.keyboard.press("Tab")
        if first.evaluate("a => a === document.activeElement"):
            break
    else:
        pytest.fail("the first result was never reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/entries/2025/chip-shortage/")
    assert page.errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_open_search_passes_axe(browser, axe, golden_server, scheme, viewport):
    sizes = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}
    context = browser.new_context(
        viewport=sizes[viewport], is_mobile=viewport == "phone", color_scheme=scheme
    )
    try:
        page = context.new_page()
        page.goto(golden_server, wait_until="networkidle")
        page.get_by_role("button", name="Search").click()
        page.locator(".pagefind-ui__search-input").fill("chips")
        page.locator(".pagefind-ui__result-title").first.wait_for(timeout=15000)
        page.locator("summary.pagefind-ui__filter-name", has_text="Speaker").click()
        results = axe.run(page)
    finally:
        context.close()
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:5])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
