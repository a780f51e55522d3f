"""Hostile input, round three (issue 26): servers that drip, and requests to the inside.

Real local servers only (127.0.0.1): a raw socket server that drips its status line, a header
or a chunk-size line a byte at a time, and redirects to loopback and link-local addresses. Each
command must end within its deadline plus a small margin, and say why.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from pageserver import pages, trusted  # noqa: F401 - fixture

from digest.commands.cli import main
from digest.editor import http
from digest.editor.http import FetchError, get

MARGIN = 2.0  # seconds beyond a deadline: a loaded machine's scheduling, never the server's drip


@contextlib.contextmanager
def dripping(head: bytes, drip: bytes, every: float = 0.4) -> Iterator[str]:
    """A server on 127.0.0.1 (trusted) that answers each request with `head` at once, then
    `drip` one byte every `every` seconds, for at most 30 s: never quite an answer."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def answer(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            with contextlib.suppress(OSError):
                request = b""
                while b"\r\n\r\n" not in request and len(request) < 65536:
                    request += conn.recv(4096) or b"\r\n\r\n"
                conn.sendall(head)
                end = time.monotonic() + 30
                for byte in drip:
                    if stop.is_set() or time.monotonic() > end:
                        break
                    conn.sendall(bytes([byte]))
                    time.sleep(every)

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with trusted(port):
            yield f"http://127.0.0.1:{port}/article"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


STATUS = b"HTTP/1.1 200 OK\r\n"
HEADERS = b"Content-Type: text/html\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n"
CHUNKED = STATUS + b"Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
DRIPS = {
    "the status line": (b"", STATUS + HEADERS),
    "a header": (STATUS, HEADERS),
    "a chunk-size line": (CHUNKED, b"1" * 100),
    "a chunk's body": (CHUNKED + b"100000\r\n", b"x" * 100),
}


@pytest.mark.parametrize("what", DRIPS)
def test_a_server_dripping_ends_at_the_deadline(what):
    head, drip = DRIPS[what]
    with dripping(head, drip) as url:
        start = time.monotonic()
        with pytest.raises(FetchError) as caught:
            get(url, timeout=1.0, deadline=2.0)
        elapsed = time.monotonic() - start
    assert str(caught.value) == "took longer than 2 s in all"
    assert elapsed < 2.0 + MARGIN


def test_digest_new_fetch_ends_within_its_timeout(content, capsys):
    """`digest new --fetch --timeout 3`: the whole fetch within 3 s, then the scaffold."""
    with dripping(b"", STATUS + HEADERS) as url:
        start = time.monotonic()
        code = main(["new", url, "--fetch", "--timeout", "3", "--content", str(content)])
        elapsed = time.monotonic() - start
    err = capsys.readouterr().err
    assert code == 0 and elapsed < 3 + MARGIN, (elapsed, err)
    assert "took longer than 3 s in all" in err


def test_digest_quotes_ends_within_three_timeouts(capsys):
    with dripping(CHUNKED, b"1" * 100) as url:
        start = time.monotonic()
        code = main(["quotes", url, "--timeout", "1"])
        elapsed = time.monotonic() - start
    err = capsys.readouterr().err
    assert code == 1 and elapsed < 3 + MARGIN, (elapsed, err)
    assert "took longer than 3 s in all" in err


def test_digest_links_ends_within_three_timeouts(content, capsys, write_entry, valid_entry):
    with dripping(STATUS, HEADERS) as url:
        write_entry(
            content,
            "entries/2022/x.md",
            valid_entry.replace("https://example.com/articles/one", url),
        )
        start = time.monotonic()
        code = main(["links", "--content", str(content), "--timeout", "1", "--retries", "0"])
        elapsed = time.monotonic() - start
    out = capsys.readouterr().out
    assert code == 1 and elapsed < 3 + MARGIN, (elapsed, out)
    assert "took longer than 3 s in all" in out


# --- requests to the inside --------------------------------------------------------------------


@contextlib.contextmanager
def never_contacted() -> Iterator[int]:
    """A listening port on 127.0.0.1 (not trusted) that must see no connection."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.3)
        yield listener.getsockname()[1]
        with pytest.raises(TimeoutError):
            listener.accept()


def test_a_redirect_to_the_metadata_service_is_refused(pages):
    target = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
    url = pages.add("/to-metadata", status=302, headers={"Location": target})
    start = time.monotonic()
    with pytest.raises(FetchError) as caught:
        get(url, timeout=5)
    assert time.monotonic() - start < 1.5  # refused, not tried
    assert str(caught.value) == (
        f"refused: redirected to {target}: 169.254.169.254 is a link-local address; digest "
        "reads only the public web"
    )


@pytest.mark.parametrize(
    "location",
    ["http://127.0.0.1:{port}/containers/json", "\\\\127.0.0.1:{port}/x", "http://0x7f.1:{port}/"],
)
def test_a_redirect_to_loopback_is_refused_before_connecting(pages, location):
    with never_contacted() as port:
        url = pages.add(
            "/to-loopback", status=302, headers={"Location": location.format(port=port)}
        )
        with pytest.raises(FetchError) as caught:
            get(url)
    assert "127.0.0.1 is a loopback address" in str(caught.value)


def test_a_public_name_that_resolves_to_loopback_is_refused(monkeypatch):
    with never_contacted() as port:

        def resolves_inside(host, port_, *args, **kwargs):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port_))]

        monkeypatch.setattr(http.socket, "getaddrinfo", resolves_inside)
        with pytest.raises(FetchError) as caught:
            get(f"http://innocent.example.com:{port}/news")
    assert str(caught.value) == (
        "refused: innocent.example.com resolves to 127.0.0.1, a loopback address; digest reads "
        "only the public web"
    )


def test_a_60000_character_location_is_refused(pages):
    location = "https://example.com/" + "a" * 60_000
    url = pages.add("/long-location", status=301, headers={"Location": location})
    with pytest.raises(FetchError) as caught:
        get(url)
    assert str(caught.value) == "redirected to an address of 60,020 characters (at most 2,000)"


def test_credentials_in_a_redirect_are_refused(pages):
    url = pages.add("/to-creds", status=302, headers={"Location": "/x"})
    pages.add("/x", status=302, headers={"Location": "http://admin:admin@example.com/"})
    with pytest.raises(FetchError) as caught:
        get(url)
    assert str(caught.value) == "the address carries a user name or password"


def test_verify_never_reads_or_prints_the_metadata_service(tmp_path, capsys, monkeypatch):
    """An entry whose source points inside (written past `digest check`): nothing is fetched,
    and nothing but the reason is printed."""
    monkeypatch.chdir(tmp_path)
    connected = []
    monkeypatch.setattr(http, "_connect", lambda *a, **k: connected.append(a))
    entry = tmp_path / "x.md"
    entry.write_text(
        "---\ntitle: T\ndate: 2022-09-15\nsource:\n"
        "  url: http://169.254.169.254/latest/meta-data/\n  publisher: P\n"
        'topics: [open-source]\nquotes:\n  - text: "ami-id"\n    speaker: S\n---\nBody.\n',
        encoding="utf-8",
    )
    code = main(["verify", str(entry), "--format", "github"])
    out = capsys.readouterr().out
    assert connected == []
    assert code == 0  # a warning: the quote is not verified, and says why
    assert "169.254.169.254 is a link-local address" in out
    assert "closest" not in out


def test_the_tests_loopback_ports_never_trust_another_address(monkeypatch):
    """The variable the tests set for the commands they run trusts 127.0.0.1 only."""
    from digest.model.weburl import TEST_PORTS_VARIABLE, content_url_problem

    monkeypatch.setenv(TEST_PORTS_VARIABLE, "80,2375")
    assert content_url_problem("http://127.0.0.1:2375/containers") is None
    assert content_url_problem("http://169.254.169.254/latest/meta-data/") == (
        "must point at the public web: 169.254.169.254 is a link-local address"
    )
    assert "loopback" in (content_url_problem("http://127.0.0.1:8080/") or "")
