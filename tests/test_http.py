"""The shared HTTP client against a local server: every failure is one FetchError line, fast."""

from __future__ import annotations

import gzip
import socket
import time
import zlib

import pytest
from pageserver import pages, trusted  # noqa: F401 - fixture

from digest.editor import http
from digest.editor.http import FetchError, decode, get

PAGE = "<html><head><title>t</title></head><body><p>Café “quoted” text</p></body></html>"


def test_a_page_is_decoded_and_the_final_url_reported_after_redirects(pages):
    pages.add("/final", PAGE)
    pages.add("/hop2", status=302, headers={"Location": "/final"})
    start = pages.add("/hop1", status=301, headers={"Location": pages.url("/hop2")})
    response = get(start)
    assert response.status == 200
    assert response.url == pages.url("/final")
    assert response.content_type == "text/html"
    assert "Café “quoted” text" in response.text
    assert "digest" in pages.user_agents[-1] and "Mozilla/5.0" in pages.user_agents[-1]


def test_gzip_and_both_kinds_of_deflate_are_unpacked(pages):
    body = PAGE.encode("utf-8")
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw_deflate = raw.compress(body) + raw.flush()
    pages.add("/gz", gzip.compress(body), headers={"Content-Encoding": "gzip"})
    pages.add("/zl", zlib.compress(body), headers={"Content-Encoding": "deflate"})
    pages.add("/rd", raw_deflate, headers={"Content-Encoding": "deflate"})
    for path in ("/gz", "/zl", "/rd"):
        assert "Café “quoted” text" in get(pages.url(path)).text, path


def test_a_compression_bomb_is_stopped_at_the_size_cap(pages):
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024))  # 8 MiB that packs into a few KiB
    url = pages.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as caught:
        get(url, max_bytes=1024 * 1024)
    assert str(caught.value) == "the page unpacks to more than 1 MiB"


def test_too_large_with_and_without_a_content_length(pages):
    url = pages.add("/big", b"x" * 300_000)
    with pytest.raises(FetchError) as caught:
        get(url, max_bytes=100_000)
    assert "larger than" in str(caught.value)
    url = pages.add("/big-dripless", b"y" * 300_000, headers={"Transfer-Encoding": "identity"})
    pages.routes["/big-dripless"].content_type = "text/plain"
    with pytest.raises(FetchError):
        get(url, max_bytes=100_000)


def test_truncate_keeps_the_first_bytes_instead_of_failing(pages):
    url = pages.add("/long", b"abcdef" * 100_000)
    assert get(url, max_bytes=10, truncate=True).body == b"abcdefabcd"
    bomb = gzip.compress(b"z" * (8 * 1024 * 1024))
    url = pages.add("/long-gz", bomb, headers={"Content-Encoding": "gzip"})
    assert get(url, max_bytes=1000, truncate=True).body == b"z" * 1000


@pytest.mark.parametrize("target", ["ftp://example.com/x", "file:///etc/passwd", "javascript:x"])
def test_a_redirect_to_a_non_web_scheme_is_refused(pages, target):
    url = pages.add("/to-elsewhere", status=302, headers={"Location": target})
    with pytest.raises(FetchError) as caught:
        get(url)
    assert str(caught.value).startswith("redirected to a non-web address")


def test_a_redirect_loop_ends(pages):
    url = pages.add("/loop", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError) as caught:
        get(url)
    assert str(caught.value) == "more than 10 redirects"
    assert pages.hits["/loop"] == 11


def test_http_errors_keep_their_status(pages):
    with pytest.raises(FetchError) as caught:
        get(pages.url("/nothing-here"))
    assert caught.value.status == 404
    assert str(caught.value) == "HTTP 404 Not Found"


def test_a_silent_server_times_out_quickly(pages):
    url = pages.add("/slow", PAGE, delay=3)
    start = time.monotonic()
    with pytest.raises(FetchError) as caught:
        get(url, timeout=0.3)
    assert str(caught.value) == "no answer within 0.3 s"
    assert time.monotonic() - start < 2


def test_a_dripping_server_hits_the_overall_deadline(pages):
    url = pages.add("/drip", PAGE * 20, drip=0.05)  # each byte arrives well within the timeout
    start = time.monotonic()
    with pytest.raises(FetchError) as caught:
        get(url, timeout=2, deadline=0.6)
    assert str(caught.value) == "took longer than 0.6 s in all"
    assert time.monotonic() - start < 2


def test_connection_refused_and_unknown_hosts(monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with trusted(port), pytest.raises(FetchError) as caught:
        get(f"http://127.0.0.1:{port}/")
    assert str(caught.value) == "connection refused"

    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(http.socket, "getaddrinfo", no_such_host)
    with pytest.raises(FetchError) as caught:
        get("https://no-such-host.invalid/article")
    assert str(caught.value) == "no such host: no-such-host.invalid"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x/y", "http://", "http://[::1"])
def test_non_web_or_broken_addresses(url):
    with pytest.raises(FetchError):
        get(url)


@pytest.mark.parametrize(
    ("body", "charset", "expected"),
    [
        ("Café".encode("latin-1"), "iso-8859-1", "Café"),
        ("Café".encode(), "x-no-such-charset", "Café"),  # unknown: UTF-8
        ("Café".encode(), "base64", "Café"),  # a codec, but not a charset
        ("Café".encode(), "rot13", "Café"),
        ("Café “x”".encode("cp1252"), None, "Café “x”"),  # not UTF-8: Windows-1252
        ("Café".encode(), "ascii", "Café"),  # a common understatement
        (b"\xef\xbb\xbfCaf\xc3\xa9", "latin-1", "Café"),  # the byte-order mark wins
    ],
)
def test_charsets_unknown_or_bogus_fall_back_safely(body, charset, expected):
    assert decode(body, charset) == expected


def test_the_page_meta_charset_is_used_when_the_server_says_nothing(pages):
    body = '<html><head><meta charset="windows-1252"></head><body>Café</body></html>'
    url = pages.add("/meta", body.encode("cp1252"), content_type="text/html")
    assert "Café" in get(url).text
