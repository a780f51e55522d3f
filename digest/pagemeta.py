"""What an article's page says about itself: <title>, <meta> tags and JSON-LD, for `digest new`.

Someone else's page may hold anything, so every step is bounded: the download (size, one
deadline for connecting, redirects and reading, web schemes only), the decoding (unknown or
non-text charsets fall back to UTF-8), the HTML parsing (libxml2 through lxml, linear and with
a depth limit), the JSON-LD (size, nesting depth and object count, walked without recursion),
and every value (escape sequences, controls and invisible characters removed, length capped).
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import http.client
import json
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import lxml.etree

from .termtext import clean
from .usererror import UserError

USER_AGENT = "Mozilla/5.0 (compatible; digest-scaffold/0.1; metadata for a news digest entry)"
MAX_PAGE_BYTES = 1024 * 1024
MAX_REDIRECTS = 5
MAX_LD_BLOCKS = 16
MAX_LD_CHARS = 256 * 1024
MAX_LD_DEPTH = 16
MAX_LD_OBJECTS = 2000
MAX_VALUE_CHARS = 300
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report"}


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None  # YYYY-MM-DD


# --- Values ------------------------------------------------------------------------------------

# Terminal escape sequences (CSI, OSC, with their 8-bit forms), removed whole: linear patterns.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*+[ -/]*+[@-~]?|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*+(?:\x07|\x1b\\|\x9c)?"
)


def plain(value: Any) -> str | None:
    """A one-line, printable value, or None: escape sequences, controls and invisible
    formatting characters go, whitespace runs become one space, length is capped."""
    if not isinstance(value, str):
        return None
    text = _ESCAPE_SEQUENCE.sub("", value[: MAX_VALUE_CHARS * 8])
    kept = []
    for char in text:
        if char.isspace():
            kept.append(" ")
        elif char.isprintable():
            kept.append(char)
    text = " ".join("".join(kept).split())
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1].rstrip() + "…"
    return text or None


def _name(value: Any) -> str | None:
    """A person's or organization's name from a string, {"name": ...} or a list of those."""
    values = value[:20] if isinstance(value, list) else [value]
    names = []
    for item in values:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str) and not item.strip().startswith(("http:", "https:")):
            name = plain(html.unescape(item))
            if name:
                names.append(name)
    return plain(", ".join(dict.fromkeys(names)))


def article_date(value: Any) -> str | None:
    """The publisher's own calendar date (YYYY-MM-DD) from whatever form the page gives."""
    if not isinstance(value, str):
        return None
    match = re.match(r"\s{0,20}(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return match.group(1)


# --- JSON-LD -----------------------------------------------------------------------------------

_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*+"', re.DOTALL)


def _nesting(text: str) -> int:
    """How deeply the JSON text nests arrays and objects (strings skipped), in linear time."""
    depth = deepest = 0
    for bracket in re.findall(r"[\[\]{}]", _JSON_STRING.sub("", text)):
        depth = depth + 1 if bracket in "[{" else depth - 1
        deepest = max(deepest, depth)
    return deepest


def ld_objects(blocks: list[str]) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, lists and @graph flattened, within the limits."""
    queue: deque[tuple[Any, int]] = deque()
    for block in blocks[:MAX_LD_BLOCKS]:
        if len(block) > MAX_LD_CHARS or _nesting(block) > MAX_LD_DEPTH:
            continue
        try:
            queue.append((json.loads(block), 0))
        except (ValueError, RecursionError):
            continue
    seen = 0
    while queue and seen < MAX_LD_OBJECTS:
        item, depth = queue.popleft()
        seen += 1
        if isinstance(item, list) and depth < MAX_LD_DEPTH:
            queue.extend((child, depth + 1) for child in item)
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list) and depth < MAX_LD_DEPTH:
                queue.extend((child, depth + 1) for child in graph)


def _is_article(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    return any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds)


# --- HTML --------------------------------------------------------------------------------------


@dataclass
class _Head:
    title: str | None
    meta: dict[str, str]
    json_ld: list[str]


def _read_html(page: str) -> _Head:
    """<title>, <meta name|property content> and JSON-LD scripts, by libxml2's HTML parser."""
    head = _Head(None, {}, [])
    parser = lxml.etree.HTMLParser(recover=True, no_network=True, remove_comments=True)
    try:
        root = lxml.etree.fromstring(page, parser)
    except (lxml.etree.LxmlError, ValueError):
        return head
    if root is None:
        return head
    for element in root.iter("title", "meta", "script"):
        if element.tag == "title" and head.title is None:
            head.title = element.text or ""
        elif element.tag == "meta":
            key = (element.get("property") or element.get("name") or "").strip().lower()
            content = element.get("content")
            if key and content is not None:
                head.meta.setdefault(key, content)
        elif (element.get("type") or "").strip().lower() == "application/ld+json":
            head.json_ld.append(element.text or "")
    return head


def _strip_publisher(title: str, publisher: str) -> str:
    """'Headline | Publisher' (common in <title> and og:title) becomes 'Headline'."""
    for separator in (" | ", " - ", " – ", " — ", " :: "):
        suffix = separator + publisher
        if title.casefold().endswith(suffix.casefold()) and len(title) > len(suffix):
            return title[: -len(suffix)].rstrip()
    return title


def parse_page_meta(page: str) -> PageMeta:
    """The article's own description of itself: JSON-LD first, then OpenGraph, then <title>."""
    head = _read_html(page[: MAX_PAGE_BYTES * 2])
    title = publisher = author = date = None
    for obj in ld_objects(head.json_ld):
        if _is_article(obj):
            title = title or _name(obj.get("headline"))
            publisher = publisher or _name(obj.get("publisher"))
            author = author or _name(obj.get("author"))
            date = date or article_date(obj.get("datePublished"))
    m = head.meta
    title = title or _name(m.get("og:title")) or _name(m.get("twitter:title")) or plain(head.title)
    publisher = publisher or _name(m.get("og:site_name"))
    author = author or _name(m.get("author")) or _name(m.get("article:author"))
    for key in ("article:published_time", "og:published_time", "date", "pubdate", "dc.date"):
        date = date or article_date(m.get(key))
    if title and publisher:
        title = _strip_publisher(title, publisher)
    return PageMeta(title=title, publisher=publisher, author=author, date=date)


# --- Fetching ----------------------------------------------------------------------------------

# Charsets a web page may declare: text encodings only (no `unicode_escape`, `idna`, `base64`).
_WEB_CHARSET = re.compile(
    r"(utf-8|utf-16(-[lb]e)?|ascii|iso8859-\d+|cp\d+|koi8-[ru]|mac-[a-z]+|shift_jis|euc_jp"
    r"|iso2022_jp|gb2312|gbk|gb18030|big5|big5hkscs|euc_kr|johab|tis-620|hz)"
)


def decode_page(raw: bytes, charset: str | None) -> str:
    """The page as text in its declared charset when that is a web text encoding, else UTF-8."""
    try:
        name = codecs.lookup(charset).name if charset else "utf-8"
    except (LookupError, ValueError, TypeError):
        name = "utf-8"
    if not _WEB_CHARSET.fullmatch(name):
        name = "utf-8"
    try:
        return raw.decode(name, errors="replace")
    except (LookupError, UnicodeError, ValueError):
        return raw.decode("utf-8", errors="replace")


class _RedirectRefused(Exception):
    pass


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects to http(s) addresses only, at most MAX_REDIRECTS, none after the deadline."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise _RedirectRefused(f"redirected to a non-web address {clean(newurl, 200)}")
        if time.monotonic() >= self.deadline:
            raise TimeoutError
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _download(url: str, deadline: float) -> tuple[bytes, str | None]:
    """GET `url`: its first MAX_PAGE_BYTES bytes and declared charset, before `deadline`."""
    opener = urllib.request.build_opener(_WebRedirects(deadline))
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    )
    chunks: list[bytes] = []
    size = 0
    with opener.open(request, timeout=max(0.01, deadline - time.monotonic())) as response:
        while size < MAX_PAGE_BYTES:
            if time.monotonic() >= deadline:
                raise TimeoutError
            chunk = response.read1(min(64 * 1024, MAX_PAGE_BYTES - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks), response.headers.get_content_charset()


def _reason(url: str, error: BaseException, timeout: float) -> str:
    """One line saying why `url` could not be fetched (server text cleaned for the terminal)."""
    if isinstance(error, _RedirectRefused):
        return f"{url} {error}"
    if isinstance(error, urllib.error.HTTPError):
        return f"{url} answered HTTP {error.code} {clean(error.reason, 200)}"
    reason: Any = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError) or isinstance(error, TimeoutError):
        reason = f"no complete answer within {timeout:g} s"
    elif isinstance(reason, socket.gaierror):
        reason = "the host name does not resolve (offline?)"
    return f"could not reach {url}: {clean(str(reason) or type(reason).__name__, 200)}"


def fetch_html(url: str, timeout: float) -> str:
    """The page at `url` as text, all within `timeout` seconds; UserError when it cannot be had.

    The download runs in a daemon thread so that the deadline also bounds what socket timeouts
    cannot (a name lookup, a server that sends a byte at a time).
    """
    deadline = time.monotonic() + timeout
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["page"] = _download(url, deadline)
        except (
            _RedirectRefused, urllib.error.URLError, http.client.HTTPException, OSError, ValueError
        ) as error:  # fmt: skip
            outcome["error"] = error

    thread = threading.Thread(target=work, name="digest-fetch", daemon=True)
    thread.start()
    thread.join(timeout + 0.5)
    if "error" in outcome:
        raise UserError(f"--fetch: {_reason(url, outcome['error'], timeout)}")
    if "page" not in outcome:
        raise UserError(f"--fetch: could not reach {url}: no complete answer within {timeout:g} s")
    raw, charset = outcome["page"]
    return decode_page(raw, charset)


def fetch_page_meta(url: str, timeout: float) -> PageMeta:
    """What the page at `url` says about itself; UserError when it cannot be fetched."""
    return parse_page_meta(fetch_html(url, timeout))
