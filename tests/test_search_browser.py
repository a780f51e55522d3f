"""Search in a real browser: the golden fixture site (four invented entries) built, served and
searched through the header's search box, with and without filters, in both orders, with its
index in one part and in a part a day; axe-core on the open dialog. Expected results are
written by hand from tests/golden/content/."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading

import pytest
from sitebuild import GOLDEN_PARTS_A_DAY, REPO, empty_digest, golden_config, mkdocs
from test_browser import CHROMIUM, axe, browser, page  # noqa: F401 - fixtures, by name

pytestmark = pytest.mark.browser
GOLDEN = REPO / "tests" / "golden"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _server(root):
    """A server for `root/site` (not started yet), and its address: the site is built for
    the address it is served at, as in production."""
    site = root / "site"
    site.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/", site


def _served(tmp_path_factory, index: str):
    """The golden site, with its search index in one part or in a part for each of its two
    days (10 January 2025 and 1 March 2024)."""
    root = tmp_path_factory.mktemp("golden-browser")
    httpd, url, site = _server(root)
    options = "search_part_records: 3" if index == "a part a day" else ""
    golden_config(root, site_url=url, digest_options=options)
    result = mkdocs("build", "--strict", "--site-dir", str(site), cwd=root)
    assert result.returncode == 0, result.stderr
    parts = json.loads((site / "pagefind" / "parts.json").read_text(encoding="utf-8"))["parts"]
    # 12 records (four entries, four people, two topics, two organizations), two of 2024
    expected = [
        {
            "path": "",
            "label": "2024-03-01_2025-01-10",
            "first": "2024-03-01",
            "last": "2025-01-10",
            "records": 12,
        }
    ]
    if index == "a part a day":
        expected = GOLDEN_PARTS_A_DAY
    assert parts == expected
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield url
    httpd.shutdown()


@pytest.fixture(scope="module")
def golden_server(tmp_path_factory):
    """The golden site, its index in one part (the dialog's own behaviour is tested here)."""
    yield from _served(tmp_path_factory, "one part")


@pytest.fixture(scope="module")
def golden_in_parts(tmp_path_factory):
    yield from _served(tmp_path_factory, "a part a day")


@pytest.fixture(params=["one part", "a part a day"])
def any_server(request):
    """Each search's results, with the index in one part and in a part a day
    (`search_part_records: 3`): the same expected results either way."""
    name = "golden_server" if request.param == "one part" else "golden_in_parts"
    return request.getfixturevalue(name)


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory):
    """A digest without entries yet, built and served."""
    root = tmp_path_factory.mktemp("empty-browser")
    httpd, url, site = _server(root)
    empty_digest(root, site_url=url)
    result = mkdocs("build", "--strict", "--site-dir", str(site), cwd=root)
    assert result.returncode == 0, result.stderr
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield url
    httpd.shutdown()


def search(page, server: str, query: str, *, path: str = "") -> None:
    """Open the site, open search from the header's button and type `query`."""
    page.goto(server + path, wait_until="networkidle")
    page.get_by_role("button", name="Search").click()
    page.wait_for_function("document.activeElement.matches('[data-digest-search-input]')")
    page.keyboard.type(query, delay=20)


def shown(page, count: int) -> list[str]:
    """The result titles once the status says `count` results (all shown: at most ten)."""
    noun = "result" if count == 1 else "results"
    page.get_by_role("status").filter(has_text=f"{count} {noun} ").wait_for(timeout=15000)
    titles = page.locator(".digest-search__result-title")
    assert titles.count() == count
    return [t.strip() for t in titles.all_inner_texts()]


def choose(page, filter_name: str, value: str) -> None:
    filters = page.locator("details.digest-search__filters")
    if not filters.evaluate("d => d.open"):
        filters.locator("summary").click()
    page.get_by_label(filter_name, exact=True).fill(value)


# "chip" and "chips" are one word to Pagefind: the chip story (title, summary), the model entry
# (its write-up links "the chip story"), the Chips topic, and Globex (a chip maker).
CHIPS = [
    "Acme releases its first model",
    "Chips",
    "Chips <in short supply> & prices rise",
    "Globex",
]


def test_a_word_finds_entries_by_title_summary_and_writeup_and_the_pages_named_so(page, any_server):
    search(page, any_server, "chips")
    assert sorted(shown(page, 4)) == CHIPS
    assert page.get_by_role("status").inner_text() == "4 results for “chips”."
    assert page.errors == []
    assert page.foreign == []


def test_a_filter_narrows_the_results(page, any_server):
    search(page, any_server, "chips")
    shown(page, 4)
    choose(page, "Topic", "Models")
    assert sorted(shown(page, 2)) == [
        "Acme releases its first model",
        "Chips <in short supply> & prices rise",
    ]
    assert page.get_by_role("status").inner_text() == ("2 results for “chips” with topic: Models.")
    assert page.errors == []


def test_every_quote_by_one_person(page, any_server):
    """A speaker filter without a word: every entry quoting them, with their words."""
    search(page, any_server, "")
    choose(page, "Speaker", "Pat Example")
    titles = shown(page, 2)
    assert sorted(titles) == ["Acme releases its first model", "Second story of the day"]
    choose(page, "Speaker", "pat example")  # as typed: matched to the name as written
    assert sorted(shown(page, 2)) == sorted(titles)
    choose(page, "Speaker", "Nobody Known")
    page.get_by_role("status").filter(has_text="No speaker “Nobody Known”").wait_for()
    assert page.locator(".digest-search__result").count() == 0


def test_a_word_within_one_speaker(page, any_server):
    search(page, any_server, "open")
    choose(page, "Speaker", "Pat Example")
    assert shown(page, 1) == ["Acme releases its first model"]
    excerpt = page.locator(".digest-search__excerpt").first.inner_text()
    assert "We built it in the open" in excerpt


def test_newest_or_oldest_first(page, any_server):
    search(page, any_server, "chips")
    choose(page, "Topic", "Models")
    shown(page, 2)
    order = page.get_by_label("Order")
    order.select_option("desc")
    page.wait_for_function(
        "() => document.querySelector('.digest-search__result-title')?.textContent"
        ".startsWith('Chips')"
    )
    assert shown(page, 2) == [
        "Chips <in short supply> & prices rise",
        "Acme releases its first model",
    ]
    order.select_option("asc")
    page.wait_for_function(
        "() => document.querySelector('.digest-search__result-title')?.textContent"
        ".startsWith('Acme')"
    )
    assert shown(page, 2) == [
        "Acme releases its first model",
        "Chips <in short supply> & prices rise",
    ]


def test_dates_order_results_across_the_years(page, any_server):
    """Three entries of Example News: two of 10 January 2025 (in either order: the same date),
    then the model entry of 1 March 2024; and the other way round."""
    search(page, any_server, "")
    choose(page, "Publisher", "Example News")
    page.get_by_label("Order").select_option("desc")
    page.get_by_role("status").filter(has_text="3 results with publisher").wait_for()
    newest = shown(page, 3)
    assert sorted(newest[:2]) == ["First story of the day", "Second story of the day"]
    assert newest[2] == "Acme releases its first model"
    page.get_by_label("Order").select_option("asc")
    page.wait_for_function(
        "() => document.querySelector('.digest-search__result-title')?.textContent"
        ".startsWith('Acme')"
    )
    oldest = shown(page, 3)
    assert oldest[0] == "Acme releases its first model"
    assert sorted(oldest[1:]) == ["First story of the day", "Second story of the day"]


def _as_if_parts_held(page, *records: int) -> None:
    """Serve parts.json as if its parts (newest first) held these numbers of records:
    search.js searches the newest parts until they hold 5,000 records (AT_ONCE), and the older
    ones when the reader asks for them."""

    def bigger(route):
        response = route.fetch()
        listed = response.json()
        for part, count in zip(listed["parts"], records, strict=True):
            part["records"] = count
        route.fulfill(response=response, json=listed)

    page.route("**/pagefind/parts.json", bigger)


def test_a_large_index_searches_the_newest_days_first_and_the_older_ones_when_asked(
    page, golden_in_parts
):
    _as_if_parts_held(page, 5_000, 5_000)
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    search(page, golden_in_parts, "chips")
    # 10 January 2025 alone: the chip story, the Chips topic and Globex; the model entry
    # (1 March 2024) waits.
    status = "3 results for “chips” since 10 January 2025."
    page.get_by_role("status").filter(has_text=status).wait_for()
    assert sorted(shown(page, 3)) == ["Chips", "Chips <in short supply> & prices rise", "Globex"]
    assert not [url for url in fetched if "/pagefind/2024-03-01/" in url]  # nothing loaded
    earlier = page.get_by_role("button", name="Search before 10 January 2025 too")
    earlier.click()
    page.get_by_role("status").filter(has_text="4 results for “chips”.").wait_for()
    assert sorted(shown(page, 4)) == CHIPS
    assert page.get_by_role("status").inner_text() == "4 results for “chips”."
    assert not earlier.is_visible()
    assert page.errors == []


def test_a_small_newest_part_is_searched_with_the_next(page, golden_in_parts):
    _as_if_parts_held(page, 4_999, 5_000)
    search(page, golden_in_parts, "chips")
    page.get_by_role("status").filter(has_text="4 results for “chips”.").wait_for()
    assert sorted(shown(page, 4)) == CHIPS
    assert page.get_by_role("status").inner_text() == "4 results for “chips”."
    assert not page.get_by_role("button", name="Search before 10 January 2025 too").is_visible()
    assert page.errors == []


def test_earlier_entries_that_cannot_be_loaded_say_so_and_can_be_asked_again(page, golden_in_parts):
    _as_if_parts_held(page, 5_000, 5_000)
    page.route("**/pagefind/2024-03-01/**", lambda route: route.abort())
    search(page, golden_in_parts, "chips")
    status = "3 results for “chips” since 10 January 2025."
    page.get_by_role("status").filter(has_text=status).wait_for()
    page.get_by_role("button", name="Search before 10 January 2025 too").click()
    page.get_by_role("status").filter(has_text="could not be loaded").wait_for()
    assert page.get_by_role("status").inner_text() == (
        "The earlier entries could not be loaded. Check your connection and try again."
    )
    assert page.get_by_role("button", name="Search before 10 January 2025 too").is_visible()


def test_a_filter_or_the_oldest_first_searches_every_day_of_a_large_index(page, golden_in_parts):
    _as_if_parts_held(page, 5_000, 5_000)
    search(page, golden_in_parts, "chips")
    shown(page, 3)
    choose(page, "Topic", "Models")  # the model entry of 2024 has the topic too
    assert sorted(shown(page, 2)) == [
        "Acme releases its first model",
        "Chips <in short supply> & prices rise",
    ]
    assert page.get_by_role("status").inner_text() == ("2 results for “chips” with topic: Models.")
    search(page, golden_in_parts, "chips")  # the page again: the parts as at first
    shown(page, 3)
    page.get_by_label("Order").select_option("asc")
    page.wait_for_function(
        "() => document.querySelector('.digest-search__result-title')?.textContent"
        ".startsWith('Acme')"
    )
    assert shown(page, 4)[0] == "Acme releases its first model"
    assert page.errors == []


def test_markup_in_content_is_shown_as_text_in_results(page, golden_server):
    search(page, golden_server, "supply")
    # The chip story, and Sam Engineer (Head of supply, Globex).
    assert sorted(shown(page, 2)) == ["Chips <in short supply> & prices rise", "Sam Engineer"]
    result = page.locator(".digest-search__result").filter(has_text="Chips <in short supply>")
    # Only text and Pagefind's highlights inside an excerpt, whatever the content held.
    tags = result.locator(".digest-search__excerpt *").evaluate_all(
        "nodes => nodes.map(n => n.tagName)"
    )
    assert set(tags) <= {"MARK"}


def test_the_first_query_fetches_no_filter_file_until_the_filters_open(page, golden_server):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    search(page, golden_server, "chips")
    shown(page, 4)
    assert not [url for url in fetched if "/pagefind/filter/" in url]
    page.locator("details.digest-search__filters summary").click()
    page.wait_for_function(
        "document.querySelectorAll('#digest-search-speaker option').length === 4"
    )
    speakers = page.locator("#digest-search-speaker option").evaluate_all(
        "nodes => nodes.map(n => n.value)"
    )
    assert speakers == ["Kim Reporter", "Lee Analyst", "Pat Example", "Sam Engineer"]
    assert [url for url in fetched if "/pagefind/filter/" in url]


def test_keyboard_only_search_from_an_entry_page_opens_a_result(page, golden_server):
    page.goto(golden_server + "entries/2025/same-day-a/", wait_until="networkidle")
    opener = page.get_by_role("button", name="Search")
    opener.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.matches('[data-digest-search-input]')")
    page.keyboard.press("Escape")
    assert not page.locator("#digest-search").evaluate("d => d.open")
    assert opener.evaluate("b => b === document.activeElement")  # focus back where it was
    page.keyboard.press("/")  # as in Material: "/", "s" or "f" open search
    page.wait_for_function("document.activeElement.matches('[data-digest-search-input]')")
    page.keyboard.type("fab", delay=20)
    first = page.locator(".digest-search__result-title").first
    first.wait_for()
    assert first.get_attribute("href") == "/entries/2025/chip-shortage/"
    page.keyboard.press("ArrowDown")
    assert first.evaluate("a => a === document.activeElement")
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
        page.locator("[data-digest-search-input]").fill("chips")
        page.locator(".digest-search__result-title").first.wait_for(timeout=15000)
        page.locator("details.digest-search__filters summary").click()
        page.wait_for_function("document.querySelectorAll('#digest-search-topic option').length")
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


def test_a_digest_without_entries_says_there_is_nothing_to_search(page, empty_server):
    search(page, empty_server, "chips")
    status = "Nothing to search yet: the digest has no entries."
    page.get_by_role("status").filter(has_text=status).wait_for(timeout=15000)
    assert page.locator(".digest-search__result-title").count() == 0
    assert page.errors == []


@pytest.fixture(scope="module")
def quoted_server(tmp_path_factory):
    """The golden site with a speaker whose name holds double quotes and a publisher whose
    name holds text that looks like an entity, as real names do (`Andrew "Boz" Bosworth`)."""
    root = tmp_path_factory.mktemp("quoted-browser")
    httpd, url, site = _server(root)
    shutil.copytree(GOLDEN / "content", root / "content")
    entry = root / "content" / "entries" / "2025" / "same-day-b.md"
    text = entry.read_text(encoding="utf-8")
    text = text.replace("speaker: Pat Example", "speaker: 'Kim \"Boz\" Example'")
    text = text.replace("publisher: Example News", "publisher: 'Amp &amp; Weekly'")
    entry.write_text(text, encoding="utf-8")
    config = golden_config(root, site_url=url)
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            f"docs_dir: {GOLDEN / 'content'}", f"docs_dir: {root / 'content'}"
        ),
        encoding="utf-8",
    )
    result = mkdocs("build", "--strict", "--site-dir", str(site), cwd=root)
    assert result.returncode == 0, result.stderr
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield url
    httpd.shutdown()


@pytest.mark.parametrize(
    ("filter_name", "value"),
    [("Speaker", 'Kim "Boz" Example'), ("Publisher", "Amp &amp; Weekly")],
)
def test_a_filter_value_as_the_site_shows_it_finds_its_entry(
    page, quoted_server, filter_name, value
):
    """A filter value is the name as written: quotes and entity-like text included."""
    search(page, quoted_server, "")
    choose(page, filter_name, value)
    assert shown(page, 1) == ["Second story of the day"]
    assert page.errors == []
