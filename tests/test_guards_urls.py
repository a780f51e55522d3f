"""The same article under two spellings of its URL is refused on both files, as `digest check`
prints it. README: URLs compared as a browser reads them, with percent-escaped unreserved
characters read as themselves (`pytorch%2Dtakes` is `pytorch-takes`; RFC 3986 6.2.2 names
letters, digits, `-`, `.`, `_` and `~`)."""

from __future__ import annotations

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout

URL = "https://example.com/articles/one"  # the valid entry's source
BOTH_REFUSED = [
    "content/entries/2022/first.md:5: error: source.url: the same article is also in "
    "content/entries/2022/second.md",
    "content/entries/2022/second.md:5: error: source.url: the same article is also in "
    "content/entries/2022/first.md",
]


def _problems(content, write_entry, valid_entry, first: str, second: str) -> list[str]:
    """What `digest check` says of two entries whose sources are `first` and `second`."""
    write_entry(content, "entries/2022/first.md", valid_entry.replace(URL, first))
    write_entry(content, "entries/2022/second.md", valid_entry.replace(URL, second))
    return [str(p) for p in check_content(Layout(content)).problems]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://example.com/~alice/post", "https://example.com/%7Ealice/post"),
        ("https://example.com/~alice/post", "https://example.com/%7ealice/post"),
        ("https://example.com/a_b/post", "https://example.com/a%5Fb/post"),
    ],
)
def test_escaped_unreserved_characters_name_the_same_article(
    content, write_entry, valid_entry, first, second
):
    assert _problems(content, write_entry, valid_entry, first, second) == BOTH_REFUSED


@pytest.mark.parametrize(
    "copy",
    [
        "https://example.com/articles/one/amp/",
        "https://amp.example.com/articles/one",
        "https://m.example.com/articles/one",
        "https://example.com/articles/one.amp",
        "https://example.com/articles/one?amp=1",
        "https://example.com/articles/one?outputType=amp",
        "https://example.com/articles/one/index.html",
        "https://example-com.cdn.ampproject.org/c/s/example.com/articles/one",
        "https://www.google.com/amp/s/example.com/articles/one/amp",
    ],
)
def test_an_articles_amp_and_mobile_copies_are_the_same_article(
    content, write_entry, valid_entry, copy
):
    """Links shared from phones and search results point at the AMP or mobile copy."""
    assert _problems(content, write_entry, valid_entry, URL, copy) == BOTH_REFUSED


@pytest.mark.parametrize(
    "other",
    [
        "https://amp.dev/articles/one",  # a site named amp, not a copy
        "https://example.com/articles/one?amp=0",
        "https://example.com/articles/one-amplified",
        "https://example.com/articles/one/page/2",
        "https://www.google.com/amp/s/www.google.com/amp/s/example.com/articles/one",
    ],
)
def test_what_only_looks_like_a_copy_is_another_article(content, write_entry, valid_entry, other):
    assert _problems(content, write_entry, valid_entry, URL, other) == []


@pytest.mark.parametrize(
    "shared",
    [
        "https://example.com/articles/one?CMP=twt_gu",  # the Guardian's share links
        "https://example.com/articles/one?ocid=msedgntp",  # MSN
        "https://example.com/articles/one?smid=url-share&smtyp=cur",  # The New York Times
        "https://example.com/articles/one?ftag=MSF0951a18",  # CBS, ZDNet
        "https://example.com/articles/one?si=aBcD1234",  # share ids (YouTube, Spotify)
    ],
)
def test_share_links_with_a_publishers_tracking_are_the_same_article(
    content, write_entry, valid_entry, shared
):
    assert _problems(content, write_entry, valid_entry, URL, shared) == BOTH_REFUSED
