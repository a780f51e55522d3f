"""Article text: the story without its surroundings, a page cache, bounded extraction."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pageserver import pages  # noqa: F401 - fixture
from quote_articles import NEWS, article_page

from digest.build.secret import load_secret
from digest.build.store import Store
from digest.commands.cli import main
from digest.editor.articles import (
    ArticleError,
    PageCache,
    default_cache,
    extract_html,
    load_article,
    now_iso,
)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the page cache lives under the working directory


def test_the_main_text_leaves_out_navigation_ads_comments_and_scripts(pages):
    url = pages.add("/news", article_page(NEWS.title, NEWS.paragraphs))
    article = load_article(url)
    assert article.url == url
    assert "said Maya Okafor, Northwind’s chief executive." in article.text
    assert "“robot winter” of 2023" in article.text
    for noise in ("Cloudnine hosting", "Pat Commenter", "This is a script", "Privacy", "Markets"):
        assert noise not in article.text, noise
    # Everything a reader sees is kept apart, to look for quotes the extractor left out.
    assert "Cloudnine hosting" in article.page_text
    assert "This is a script" not in article.page_text
    assert article.title == NEWS.title


def test_pages_are_cached_by_url_and_offline_uses_only_the_cache(pages, tmp_path):
    url = pages.add("/cached", article_page("Cached", ["A paragraph of the cached article."]))
    first = load_article(url, cache=PageCache())
    second = load_article(url, cache=PageCache())  # another run: read back from the store
    assert pages.hits["/cached"] == 1
    assert not first.from_cache and second.from_cache
    assert second.text == first.text
    # The one store of the project (issue 22), not a folder of its own.
    assert (tmp_path / ".cache" / "digest" / "digest.sqlite").is_file()
    assert not (tmp_path / ".cache" / "digest" / "pages").exists()
    del pages.routes["/cached"]  # the page is gone from the web: offline still reads it
    assert load_article(url, cache=PageCache(), offline=True).text == first.text
    with pytest.raises(ArticleError) as caught:
        load_article(pages.url("/never-fetched"), cache=PageCache(), offline=True)
    assert caught.value.kind == "offline"
    assert "not in the page cache" in str(caught.value)


def test_stale_pages_are_fetched_again_and_a_damaged_record_is_ignored(pages, tmp_path):
    url = pages.add("/stale", article_page("Stale", ["Some text of the stale page."]))
    cache = PageCache(tmp_path / "c", max_age=0)
    load_article(url, cache=cache)
    load_article(url, cache=cache)
    assert pages.hits["/stale"] == 2
    cache.close()
    store = Store.open(tmp_path / "c", load_secret(tmp_path, tmp_path / "c"))
    store.put("fetched", url, b"{not json")  # a record with a good MAC that does not decode
    store.close()
    assert load_article(url, cache=PageCache(tmp_path / "c")).text
    assert pages.hits["/stale"] == 3


def test_a_page_planted_in_the_cache_without_the_secret_is_never_read(pages, tmp_path):
    """A committed or restored cache cannot hand `digest verify` a source text: the record's
    MAC needs the secret kept outside the repository and the cache (issue 26)."""
    url = pages.add("/planted", article_page("Real", ["What the article really says."]))
    planted = {
        "url": url,
        "final_url": url,
        "content_type": "text/html",
        "fetched_at": now_iso(),
        "text": "<p>A fabricated quote the article never had.</p>",
    }
    store = Store.open(tmp_path / ".cache" / "digest", b"another machine's secret!")
    store.put("fetched", url, json.dumps(planted).encode())
    store.close()
    article = load_article(url, cache=PageCache(), offline=False)
    assert "fabricated" not in article.text and "really says" in article.text
    assert not article.from_cache and pages.hits["/planted"] == 1


@pytest.mark.parametrize("value", ["0", "false", "No", "off"])
def test_digest_cache_off_turns_the_page_cache_off(monkeypatch, value):
    assert default_cache() is not None
    assert default_cache(False) is None  # --no-cache
    monkeypatch.setenv("DIGEST_CACHE", value)
    assert default_cache() is None


@pytest.mark.parametrize(
    ("args", "env", "hits"),
    [([], {}, 1), (["--no-cache"], {}, 2), ([], {"DIGEST_CACHE": "off"}, 2)],
)
def test_digest_quotes_fetches_again_only_with_the_cache_off(
    pages, monkeypatch, capsys, args, env, hits
):
    path = f"/q{len(args)}{len(env)}"  # the server outlives one test: a page of its own
    url = pages.add(path, article_page("Q", ["“We ship on Monday,” said Ada Vance, a founder."]))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for _ in range(2):
        assert main(["quotes", url, *args]) == 0
    assert pages.hits[path] == hits
    assert ("from the page cache" in capsys.readouterr().err) == (hits == 1)


def test_a_page_that_is_not_html_or_text_is_refused(pages):
    url = pages.add("/report.pdf", b"%PDF-1.7 binary", content_type="application/pdf")
    with pytest.raises(ArticleError) as caught:
        load_article(url)
    assert str(caught.value) == "not a web page or text: application/pdf"
    assert caught.value.kind == "unsupported"


def test_plain_text_pages_and_local_files_are_read_as_they_are(pages, tmp_path):
    text = "A headline\n\n“A quote of some words,” said Ann Example.\n"
    url = pages.add("/plain", text, content_type="text/plain; charset=utf-8")
    assert load_article(url).text == "A headline\n“A quote of some words,” said Ann Example."
    local = tmp_path / "article.txt"
    local.write_text(text, encoding="utf-8")
    assert load_article(str(local)).text == "A headline\n“A quote of some words,” said Ann Example."
    page = tmp_path / "article.html"
    page.write_text(article_page(NEWS.title, NEWS.paragraphs), encoding="utf-8")
    assert "said Maya Okafor" in load_article(str(page)).text
    with pytest.raises(ArticleError):
        load_article(str(tmp_path / "missing.html"))


def test_control_characters_from_a_page_never_reach_the_text(pages):
    body = article_page(
        "Control", ["“Bad\x1b[31m red \u202etext\x07 here in the quote,” said Ann Ex."]
    )
    url = pages.add("/control", body)
    article = load_article(url)
    for bad in ("\x1b", "\x07", "\u202e"):
        assert bad not in article.text and bad not in article.page_text


@pytest.mark.parametrize(
    "shape",
    [
        "<table><tr><td>a b c d e</td></tr></table>" * 6_000,  # just under the element cap
        "<table><tr><td>a b c d e</td></tr></table>" * 12_000,
        "<div><p>Some text in a div here with words.</p></div>" * 60_000,
        "<div>" * 100_000 + "deep" + "</div>" * 100_000,
        "<p><b><i><span>unclosed " * 50_000,
    ],
)
def test_pathological_html_ends_in_bounded_time(shape):
    start = time.monotonic()
    main, visible, _ = extract_html(f"<html><body>{shape}</body></html>")
    assert time.monotonic() - start < 15
    assert isinstance(main, str) and isinstance(visible, str)


def test_a_file_larger_than_the_cap_is_refused(tmp_path: Path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * (6 * 1024 * 1024))
    with pytest.raises(ArticleError) as caught:
        load_article(str(big))
    assert "larger than 5 MiB" in str(caught.value)


LIVE_POSTS = """\
<div class="post"><time>09:40</time><h3>Doors open</h3>
<p>The hall at the Orrin Works conference centre is full, and the company's founder, Mira
Okonjo, has walked on stage to loud applause from about 3,000 engineers.</p>
<p>She opened with a joke about the delays. Okonjo told the room: "You have waited two years for
these boards. You will wait one more week."</p></div>
<div class="post"><time>10:15</time><h3>The boards</h3>
<p>The boards are built on the company's own chips. Okonjo said they would ship only with a
support contract, and that the designs would stay closed.</p>
<p>Then the prices. In Okonjo's words:</p>
<p>"Every board costs less than the one it replaces, and if it does not, we will pay back the
difference to the customer."</p></div>
<div class="post"><time>11:30</time><h3>Reaction</h3>
<p>We asked Teodor Vance, who follows hardware makers for Kestrel Research, what he thought. His
view: "The boards are good, but the contract is the catch. You cannot leave."</p>
<p>After the keynote, the company's head of sales, Ines Arrow, disagreed. She said: "A contract
is what you sign when you expect to stay. Nobody is locked in."</p></div>
"""


def test_every_post_of_a_live_blog_reaches_the_main_text(pages):
    """A live blog: trafilatura keeps the first post and drops the others; the page's <main>
    still holds them, and the later posts' quotes are what an editor wants (issue 23)."""
    layout = (Path(__file__).parent / "quote_corpus" / "layouts" / "liveblog.html").read_text()
    fills = {
        "@@TITLE@@": "Orrin Works launch day - as it happened",
        "@@DEK@@": "The board maker showed its first products",
        "@@DATE@@": "2025-03-04",
        "@@BODY@@": LIVE_POSTS,
    }
    for mark, text in fills.items():
        layout = layout.replace(mark, text)
    text = load_article(pages.add("/orrin-live", layout)).text
    lines = text.splitlines()  # each quote whole on its line (the source's line breaks are spaces)
    for said in ("You will wait one more week", "pay back the difference", "Nobody is locked in"):
        assert any(said in line for line in lines), said
    for furniture in ("Most read", "Cookies", "Sign in"):
        assert furniture not in text, furniture


def test_comments_and_related_links_inside_the_article_stay_out(pages):
    """When the page's own <article> is read (a live blog), readers' comments and related links
    inside it are not the article: a quote in a comment must never be proposed."""
    layout = (Path(__file__).parent / "quote_corpus" / "layouts" / "liveblog.html").read_text()
    comments = (
        '<section class="comments"><h2>Comments</h2>'
        + "".join(
            f'<div class="comment"><p>Reader {n} wrote: "I will believe it when the boards '
            f'arrive, and not a day before," said my neighbour {n}.</p></div>'
            for n in range(6)
        )
        + '</section><div class="related-stories"><a href="/x">Earlier: the plant delay</a></div>'
    )
    fills = {
        "@@TITLE@@": "Orrin Works launch day - as it happened",
        "@@DEK@@": "The board maker showed its first products",
        "@@DATE@@": "2025-03-04",
        "@@BODY@@": LIVE_POSTS + comments,
    }
    for mark, text in fills.items():
        layout = layout.replace(mark, text)
    text = load_article(pages.add("/orrin-live-comments", layout)).text
    assert "Nobody is locked in" in " ".join(text.split())
    assert "Reader" not in text and "plant delay" not in text


def test_a_footer_with_a_cite_is_one_attribution_line(pages):
    html = (
        "<html><head><title>Blocks</title></head><body><article><h1>Blocks</h1>"
        "<p>The maintainers of the Larkspur library met in Lisbon this week to plan a release "
        "that has been two years in the making, and to settle who pays for its servers.</p>"
        "<blockquote><p>We would rather ship late than ship something we cannot support.</p>"
        "<footer>— <cite>Mira Dobre</cite>, lead maintainer</footer></blockquote>"
        "<p>The release is now planned for the autumn, after a last round of testing by the "
        "companies that depend on the library most.</p></article></body></html>"
    )
    text = load_article(pages.add("/blocks", html)).text
    assert "> — Mira Dobre, lead maintainer" in text.splitlines()


def test_pages_fetched_more_than_thirty_days_ago_are_dropped(pages, tmp_path):
    """No build uses fetched pages, so no build removes them: the cache drops its own, a
    month after they were last fetched, when it stores another."""
    folder = tmp_path / ".cache" / "digest"
    old_url = pages.add("/old", article_page("Old", ["A page fetched long ago."]))
    load_article(old_url, cache=PageCache())
    store = Store.open(folder, load_secret(tmp_path, folder))
    value = store.get("fetched", old_url)
    assert value is not None
    store.put("fetched", old_url, value, used=int(time.time()) - 31 * 24 * 3600)
    store.close()
    assert load_article(old_url, cache=PageCache(), offline=True).from_cache  # still there
    load_article(
        pages.add("/new", article_page("New", ["A page fetched today."])), cache=PageCache()
    )
    with pytest.raises(ArticleError):
        load_article(old_url, cache=PageCache(), offline=True)
