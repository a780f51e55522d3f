"""Article text: the story without its surroundings, a page cache, bounded extraction."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pageserver import pages  # noqa: F401 - fixture
from quote_articles import NEWS, article_page

from digest.editor.articles import (
    ArticleError,
    PageCache,
    default_cache,
    extract_html,
    load_article,
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
    cache = PageCache(tmp_path / ".cache" / "digest" / "pages")
    first = load_article(url, cache=cache)
    second = load_article(url, cache=cache)
    assert pages.hits["/cached"] == 1
    assert not first.from_cache and second.from_cache
    assert second.text == first.text
    assert list((tmp_path / ".cache" / "digest" / "pages").glob("*.json"))
    del pages.routes["/cached"]  # the page is gone from the web: offline still reads it
    assert load_article(url, cache=cache, offline=True).text == first.text
    with pytest.raises(ArticleError) as caught:
        load_article(pages.url("/never-fetched"), cache=cache, offline=True)
    assert caught.value.kind == "offline"
    assert "not in the page cache" in str(caught.value)


def test_stale_pages_are_fetched_again_and_a_damaged_cache_file_is_ignored(pages, tmp_path):
    url = pages.add("/stale", article_page("Stale", ["Some text of the stale page."]))
    cache = PageCache(tmp_path / "c", max_age=0)
    load_article(url, cache=cache)
    load_article(url, cache=cache)
    assert pages.hits["/stale"] == 2
    for file in (tmp_path / "c").glob("*.json"):
        file.write_text("{not json", encoding="utf-8")
    assert load_article(url, cache=PageCache(tmp_path / "c")).text


def test_digest_cache_0_turns_the_page_cache_off(monkeypatch):
    assert default_cache() is not None
    monkeypatch.setenv("DIGEST_CACHE", "0")
    assert default_cache() is None


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
