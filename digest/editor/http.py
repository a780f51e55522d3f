"""The project's one HTTP client: every page the `digest` command reads comes through `get`.

Standard library only, so that every limit is ours to enforce: a timeout on each network wait, a
deadline on the whole exchange that the socket itself honours (every read and write of the
status line, headers, chunk sizes and body waits at most what is left of it, so a server
dripping a byte at a time cannot hold us), a cap on the bytes received and on the bytes
decompressed, requests to the public web only (no loopback, private or link-local address,
whatever a name resolves to, redirects included), and one `FetchError` with a one-line reason
instead of a traceback.
"""

from __future__ import annotations

import codecs
import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from typing import Any

from ada_url import join_url

from digest.model.weburl import address_problem, host_problem, parse, trusted

USER_AGENT = "Mozilla/5.0 (compatible; digest/0.1; reads articles for a curated news digest)"
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 10
MAX_LOCATION = 2_000  # characters of a redirect's target: as long as a URL content may hold
ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A page that could not be read; `str()` is one line an editor can act on."""

    def __init__(
        self, url: str, reason: str, status: int | None = None, *, final: bool = False
    ) -> None:
        super().__init__(reason)
        self.url = url
        self.reason = reason
        self.status = status
        self.final = final  # no server there at all, or no address: another try will not help

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class Response:
    """A successful (2xx) answer, after redirects."""

    url: str  # the final URL
    status: int
    content_type: str  # media type only, lower case, e.g. "text/html"
    charset: str | None  # as declared by the server, if at all
    body: bytes  # decompressed

    @property
    def text(self) -> str:
        return decode(self.body, self.charset, html=self.content_type in _HTML_TYPES)


_HTML_TYPES = {"text/html", "application/xhtml+xml"}


# --- decoding ----------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _text_codec(name: str | None) -> str | None:
    """The codec for a declared charset, or None when it is unknown or not a text encoding
    (`base64`, `rot13` and friends are codecs too, but not charsets)."""
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or not _WEB_CHARSET.fullmatch(info.name):
        return None  # Python codecs that no web page means (unicode_escape, idna...)
    return info.name


# The charsets web pages declare, by the names Python's codec registry gives them.
_WEB_CHARSET = re.compile(
    r"(utf-8|utf-16(-[lb]e)?|ascii|latin-1|iso8859-\d+|cp\d+|koi8-[ru]|mac-[a-z]+|shift_jis"
    r"|euc_jp|iso2022_jp|gb2312|gbk|gb18030|big5|big5hkscs|euc_kr|johab|tis-620|hz)"
)


def decode(body: bytes, charset: str | None, *, html: bool = False) -> str:
    """Bytes to text: byte-order mark, then the declared charset, then (for HTML) the page's
    own `<meta charset>`, then UTF-8; anything unknown or bogus falls back to UTF-8 and then
    Windows-1252, the web's de-facto default. Never raises."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace").lstrip("\ufeff")
    candidates: list[str | None] = [_text_codec(charset)]
    if html:
        match = _META_CHARSET.search(body[:4096])
        candidates.append(_text_codec(match.group(1).decode("ascii")) if match else None)
    for candidate in candidates:
        if candidate is None:
            continue
        name = "utf-8" if candidate == "ascii" else candidate  # ascii understates: its superset
        try:
            return body.decode(name, errors="strict")
        except (UnicodeError, LookupError, ValueError):
            try:
                return body.decode(name, errors="replace")
            except (UnicodeError, LookupError, ValueError):
                continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


# --- connections -------------------------------------------------------------------------------


def _resolve(host: str, port: int, wait: float) -> list[tuple[Any, ...]]:
    """DNS look-up with a time limit (getaddrinfo has none of its own): run in a daemon thread."""
    result: list[Any] = []

    def work() -> None:
        try:
            result.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            result.append(error)

    thread = threading.Thread(target=work, daemon=True, name="digest-dns")
    thread.start()
    thread.join(wait)
    if not result:
        raise TimeoutError("name look-up")
    if isinstance(result[0], BaseException):
        raise result[0]
    found: list[tuple[Any, ...]] = result[0]
    return found


class _Refused(Exception):
    """An address off the public web; `str()` says which and why."""


def _connect(host: str, port: int, timeout: float, deadline: float) -> socket.socket:
    """A socket to the first public address `host` resolves to. Judged on the addresses
    themselves, so a public name that resolves to 127.0.0.1 or 169.254.169.254 gets nowhere."""
    error: OSError | None = None
    refused: str | None = None
    for family, kind, proto, _, address in _resolve(host, port, _remaining(deadline, timeout)):
        ip = str(address[0]).split("%", 1)[0]
        problem = address_problem(ipaddress.ip_address(ip))
        if problem is not None and not trusted(ip, port):
            refused = refused or f"{host} resolves to {ip}, {problem}"
            continue
        sock = _DeadlineSocket(family, kind, proto)
        sock.arm(deadline, timeout)
        try:
            sock.connect(address)
            return sock
        except OSError as failure:
            error = failure
            sock.close()
    if error is None and refused is not None:
        raise _Refused(refused)
    raise error or OSError("no address")


class _DeadlineSocket(socket.socket):
    """A socket whose every wait ends by the exchange's deadline: each read and write gets
    the per-request timeout or what is left of the deadline, whichever is less. http.client
    reads the status line, headers and chunk sizes a line at a time through `recv_into`."""

    _end = 0.0
    _wait = 10.0

    def arm(self, end: float, wait: float) -> None:
        self._end, self._wait = end, wait
        self.settimeout(_remaining(end, wait))

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        self.settimeout(_remaining(self._end, self._wait))
        return super().recv_into(buffer, nbytes, flags)

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        self.settimeout(_remaining(self._end, self._wait))
        return super().recv(bufsize, flags)

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.settimeout(_remaining(self._end, self._wait))
        super().sendall(data, flags)


class _DeadlineTLSSocket(ssl.SSLSocket):
    """The same for TLS (the handshake is bounded by the timeout set before it)."""

    _end = 0.0
    _wait = 10.0

    def arm(self, end: float, wait: float) -> None:
        self._end, self._wait = end, wait

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        self.settimeout(_remaining(self._end, self._wait))
        return super().recv_into(buffer, nbytes, flags)

    def recv(self, buflen: int = 1024, flags: int = 0) -> bytes:
        self.settimeout(_remaining(self._end, self._wait))
        return super().recv(buflen, flags)

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.settimeout(_remaining(self._end, self._wait))
        super().sendall(data, flags)


def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.sslsocket_class = _DeadlineTLSSocket
    return context


def _remaining(deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _DeadlineExceeded
    return min(timeout, left)


class _DeadlineExceeded(Exception):
    pass


class _Connection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, timeout: float, deadline: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._deadline = deadline

    def connect(self) -> None:
        self.sock = _connect(self.host, self.port, self.timeout or 10.0, self._deadline)


class _TLSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, timeout: float, deadline: float) -> None:
        super().__init__(host, port, timeout=timeout, context=_tls_context())
        self._deadline = deadline

    def connect(self) -> None:
        wait = self.timeout or 10.0
        raw = _connect(self.host, self.port, wait, self._deadline)
        try:
            raw.settimeout(_remaining(self._deadline, wait))  # bounds the handshake
            sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]
        except BaseException:
            raw.close()
            raise
        sock.arm(self._deadline, wait)
        self.sock = sock


# --- the request -------------------------------------------------------------------------------


def get(
    url: str,
    *,
    timeout: float = 10.0,
    deadline: float = 30.0,
    max_bytes: int = MAX_BYTES,
    accept: str = ACCEPT_HTML,
    truncate: bool = False,
) -> Response:
    """GET `url`, following up to 10 http(s) redirects; a 2xx `Response` or a `FetchError`.

    `timeout` bounds each network wait, `deadline` the whole exchange, `max_bytes` the body
    both as sent and once decompressed. With `truncate`, a longer body is cut at `max_bytes`
    instead of failing (enough to know a page is there, e.g. for a link check).
    """
    end = time.monotonic() + deadline
    current = url
    try:
        for hop in range(MAX_REDIRECTS + 1):
            outcome = _exchange(current, timeout, end, max_bytes, accept, truncate, hop > 0)
            if isinstance(outcome, Response):
                return outcome
            current = _redirect_target(url, current, outcome)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
    except _Refused as refused:
        reason = f"refused: {refused}; digest reads only the public web"
        raise FetchError(url, reason, final=True) from None
    except _DeadlineExceeded:
        raise FetchError(url, f"took longer than {deadline:g} s in all") from None
    except TimeoutError:
        if time.monotonic() >= end - 0.05:  # the wait was cut short by the deadline
            raise FetchError(url, f"took longer than {deadline:g} s in all") from None
        raise FetchError(url, f"no answer within {timeout:g} s") from None
    except ssl.SSLError as error:
        raise FetchError(url, f"secure connection failed ({error.reason or error})") from None
    except socket.gaierror:
        parsed = parse(current)
        host = parsed.host if parsed is not None and parsed.host else _short(current)
        raise FetchError(url, f"no such host: {host}", final=True) from None
    except ConnectionRefusedError:
        raise FetchError(url, "connection refused", final=True) from None
    except (http.client.HTTPException, OSError) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise FetchError(url, f"connection failed ({reason})") from None


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _redirect_target(url: str, current: str, location: str) -> str:
    """Where a redirect leads, read as a browser reads it; a FetchError if not to the web."""
    if len(location) > MAX_LOCATION:
        raise FetchError(
            url, f"redirected to an address of {len(location):,} characters (at most 2,000)"
        )
    try:
        target = join_url(current, location)
    except ValueError:
        reason = f"redirected to an address that is not one ({_short(location)!r})"
        raise FetchError(url, reason) from None
    parsed = parse(target)
    if parsed is None or parsed.scheme not in ("http", "https"):
        raise FetchError(url, f"redirected to a non-web address ({_short(target)!r})")
    return target


def _split(url: str, redirected: bool = False) -> tuple[str, str, int, str]:
    """(scheme, host, port, path?query) of a web address as a browser reads it, on the public
    web; a FetchError otherwise."""
    parsed = parse(url.strip())
    if parsed is None:
        raise FetchError(url, "not a valid address", final=True)
    if parsed.scheme not in ("http", "https"):
        raise FetchError(url, "not an http(s) address", final=True)
    if not parsed.host:
        raise FetchError(url, "the address has no host", final=True)
    if parsed.credentials:
        raise FetchError(url, "the address carries a user name or password", final=True)
    port = int(parsed.port) if parsed.port else (443 if parsed.scheme == "https" else 80)
    host = parsed.host.strip("[]")
    problem = host_problem(parsed.host, port)
    if problem is not None:
        where = f"redirected to {_short(parsed.href)}: " if redirected else ""
        raise _Refused(f"{where}{problem}")
    path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
    return parsed.scheme, host, port, path


def _exchange(
    url: str,
    timeout: float,
    end: float,
    max_bytes: int,
    accept: str,
    truncate: bool,
    redirected: bool = False,
) -> Response | str:
    """One request: a Response, or the Location of a redirect."""
    scheme, host, port, path = _split(url, redirected)
    kind = _TLSConnection if scheme == "https" else _Connection
    conn = kind(host, port, _remaining(end, timeout), end)
    try:
        conn.request(
            "GET",
            path,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": accept,
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "en;q=1.0, *;q=0.5",
                "Connection": "close",
            },
        )
        sock = conn.sock  # kept: http.client lets go of it once a response will close
        _set_timeout(sock, end, timeout)
        response = conn.getresponse()
        status = response.status
        if status in _REDIRECTS:
            location = response.getheader("Location")
            if not location:
                raise FetchError(url, f"HTTP {status} redirect without a Location", status)
            return location.strip()
        if not 200 <= status < 300:
            reason = (response.reason or "").strip()[:80]
            raise FetchError(url, f"HTTP {status} {reason}".strip(), status)
        length = response.getheader("Content-Length")
        if not truncate and length and length.strip().isdigit() and int(length) > max_bytes:
            raise FetchError(url, _too_large(max_bytes), status)
        body = _read(response, sock, end, timeout, max_bytes, url, truncate)
        media, charset = _content_type(response.getheader("Content-Type", ""))
        return Response(url, status, media, charset, body)
    finally:
        conn.close()


def _set_timeout(sock: socket.socket | None, end: float, timeout: float) -> None:
    """Each wait gets the per-request timeout, or what is left of the deadline if less."""
    left = _remaining(end, timeout)  # raises once the deadline has passed
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.settimeout(left)


def _too_large(max_bytes: int) -> str:
    return f"the page is larger than {max_bytes / 1024 / 1024:g} MiB"


def _read(
    response: http.client.HTTPResponse,
    sock: socket.socket | None,
    end: float,
    timeout: float,
    max_bytes: int,
    url: str,
    truncate: bool = False,
) -> bytes:
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    inflater: Any
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = _Deflate()
    elif encoding in ("identity", ""):
        inflater = None
    else:
        raise FetchError(url, f"the page is sent in an unsupported encoding ({encoding[:40]})")
    received = 0
    out: list[bytes] = []
    size = 0
    try:
        while True:
            _set_timeout(sock, end, timeout)
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            if not chunk:
                break
            received += len(chunk)
            if received > max_bytes and not truncate:
                raise FetchError(url, _too_large(max_bytes))
            if inflater is not None:
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)  # never more than that
            if size + len(chunk) > max_bytes:
                if truncate:
                    out.append(chunk[: max_bytes - size])
                    return b"".join(out)
                raise FetchError(url, f"the page unpacks to more than {_mib(max_bytes)} MiB")
            size += len(chunk)
            out.append(chunk)
        if inflater is not None:
            tail = inflater.flush()
            if size + len(tail) > max_bytes and not truncate:
                raise FetchError(url, f"the page unpacks to more than {_mib(max_bytes)} MiB")
            out.append(tail[: max_bytes - size])
    except zlib.error:
        raise FetchError(url, f"the page's {encoding} compression is corrupt") from None
    except http.client.IncompleteRead:
        raise FetchError(url, "the connection closed before the page was complete") from None
    return b"".join(out)


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:g}"


class _Deflate:
    """HTTP 'deflate' is zlib-wrapped by the standard, raw deflate by some servers: try both."""

    def __init__(self) -> None:
        self._inner: zlib._Decompress | None = None

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._inner is None:
            looks_zlib = (
                len(data) >= 2 and (data[0] & 0x0F) == 8 and (data[0] << 8 | data[1]) % 31 == 0
            )
            self._inner = zlib.decompressobj(zlib.MAX_WBITS if looks_zlib else -zlib.MAX_WBITS)
        return self._inner.decompress(data, max(1, max_length))

    def flush(self) -> bytes:
        return self._inner.flush() if self._inner is not None else b""


def _content_type(header: str) -> tuple[str, str | None]:
    """("text/html", "utf-8") from `text/html; charset="UTF-8"`."""
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")[:40] or None
    return media.strip().lower()[:100], charset
