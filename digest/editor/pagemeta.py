"""What an article's page says about itself: <title>, <meta> tags and JSON-LD, for `digest new`.

Someone else's page may hold anything, so every step is bounded: the download (the shared
client `digest.http`: size, one deadline for connecting, redirects and reading, web schemes
only, unknown charsets fall back), the HTML parsing (libxml2 through lxml, linear and with
a depth limit), the JSON-LD (size, nesting depth and object count, walked without recursion),
and every value (escape sequences, controls and invisible characters removed, length capped).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.etree

from digest.editor import http
from digest.editor.articles import Page, now_iso
from digest.model.usererror import UserError

MAX_PAGE_BYTES = 1024 * 1024
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
def fetch_page(url: str, timeout: float) -> Page:
    """The start of the page at `url` (enough for its metadata and article), through the shared
    HTTP client: one deadline for connecting, redirects and reading, web schemes only, at most
    MAX_PAGE_BYTES read. UserError when it cannot be had."""
    try:
        response = http.get(
            url, timeout=timeout, deadline=timeout, max_bytes=MAX_PAGE_BYTES, truncate=True
        )
    except http.FetchError as error:
        raise UserError(f"--fetch: could not reach {url}: {error}") from None
    kind = response.content_type or "text/html"
    return Page(url, response.url, kind, response.text, now_iso())
