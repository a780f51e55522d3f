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
from urllib.parse import urlsplit

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
    publisher_is_host: bool = False  # the page named none: the publisher is its address


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
    h1: str | None = None
    byline: str | None = None


# A class naming a byline or an author: `byline`, `author`, `c-byline__name`, `article-author`.
_BYLINE_CLASS = re.compile(r"(?:^|[-_])(?:byline|author)(?:[-_]|$)", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"(?:^|[-_])(?:bio|avatar|image|img|photo|pic|icon)(?:[-_]|$)", re.I)


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


# Elements that start a new line of a byline: `Jane Doe<br>Updated 3 hours ago` is a name and
# a note, not the words `Jane DoeUpdated`.
_BREAKS = frozenset(
    "br time div p li ul ol dl dt dd section header footer h1 h2 h3 h4 h5 h6 button figure "
    "table tr td".split()
)


def _byline_text(element: Any) -> str:
    """The element's text with its lines kept apart by ` | ` (which ends a byline's names); a
    line that is only `By` joins the next. Walked without recursion (pages nest deeply)."""
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        if node is element:
            if event == "start":
                parts.append(node.text or "")
            continue
        if event == "start":
            if isinstance(node.tag, str):
                if node.tag in _BREAKS:
                    parts.append("\n")
                parts.append(node.text or "")
        else:
            if isinstance(node.tag, str) and node.tag in _BREAKS:
                parts.append("\n")
            parts.append(node.tail or "")
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    joined: list[str] = []
    for line in filter(None, lines):
        if joined and _BY.fullmatch(joined[-1] + " "):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return " | ".join(joined)


def _byline(root: Any) -> str | None:
    """The article's visible byline: a rel=author link, an itemprop=author, else an element
    whose class says byline or author (the first that yields a name)."""
    linked = [_text(a) for a in root.iter("a") if "author" in (a.get("rel") or "").split()]
    candidates = [", ".join(name for name in linked if name)] if linked else []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if "author" in (element.get("itemprop") or "").split():
            named = [e for e in element.iter() if "name" in (e.get("itemprop") or "").split()]
            source = named[0] if named else element
            candidates.append(source.get("content") or _text(source))
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script", "img"):
            continue
        tokens = (element.get("class") or "").split()
        if any(_BYLINE_CLASS.search(t) and not _NOT_A_NAME.search(t) for t in tokens):
            candidates.append(_byline_text(element))
    for candidate in candidates:
        names = byline_names(candidate)
        if names:
            return names
    return None


_BY = re.compile(r"^(?:(?:written|words|story|reporting|text|posted)\s+)?by\s+", re.IGNORECASE)
_BYLINE_END = re.compile(
    r"\s*(?:[|•·—–/]|\s-\s|\bon\s|\bupdated\b|\bpublished\b|\bposted\b|\d).*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’-]*|de|da|del|der|di|du|la|le|van|von|bin|al)$")


_ROLE_WORDS = frozenset(
    "staff writer reporter editor correspondent contributor columnist senior deputy chief "
    "desk team news analyst producer freelance contributing associate managing".split()
)


def _name_word(word: str) -> bool:
    """'Roe', 'da', 'O’Brien', 'J.': not 'STAFF' (capitals only: a label, or a name we
    cannot write as the article does)."""
    initial = re.fullmatch(r"[A-Z]\.", word) is not None
    return bool(_NAME_WORD.match(word)) and (initial or word != word.upper())


def byline_names(text: str) -> str | None:
    """'By Jane Roe and John Doe | 3 March 2026' -> 'Jane Roe, John Doe'; None when what is
    left does not read as people's names."""
    text = _BYLINE_END.sub("", _BY.sub("", " ".join(text.split())[:300]))
    names: list[str] = []
    for part in re.split(r",\s*|\s+and\s+|\s*&\s*", text):
        words = part.split()
        if any(w.casefold() in _ROLE_WORDS for w in words):
            if names:
                continue  # 'Ada Roe, Staff Writer': the role after a name
            return None
        if not 2 <= len(words) <= 5 or not all(_name_word(w) for w in words):
            return None
        names.append(" ".join(words))
    return plain(", ".join(dict.fromkeys(names))) if names else None


def _read_html(page: str) -> _Head:
    """<title>, <meta name|property content>, JSON-LD scripts, the first <h1> and the byline,
    by libxml2's HTML parser."""
    head = _Head(None, {}, [])
    parser = lxml.etree.HTMLParser(recover=True, no_network=True, remove_comments=True)
    try:
        root = lxml.etree.fromstring(page, parser)
    except (lxml.etree.LxmlError, ValueError):
        return head
    if root is None:
        return head
    for element in root.iter("title", "meta", "script", "h1", "time"):
        if "datepublished" in (element.get("itemprop") or "").lower().split():
            # Microdata: <time itemprop="datePublished" datetime="..."> or <meta itemprop ...>.
            when = element.get("datetime") or element.get("content")
            if when is not None:
                head.meta.setdefault("itemprop:datepublished", when)
        if element.tag == "title" and head.title is None:
            head.title = element.text or ""
        elif element.tag == "h1" and head.h1 is None:
            head.h1 = plain(_text(element))
        elif element.tag == "meta":
            key = (element.get("property") or element.get("name") or "").strip().lower()
            content = element.get("content")
            if key and content is not None:
                head.meta.setdefault(key, content)
        elif (element.get("type") or "").strip().lower() == "application/ld+json":
            head.json_ld.append(element.text or "")
    head.byline = _byline(root)
    return head


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _host_names(url: str | None) -> list[str]:
    """'https://www.example-wire.co.uk/x' -> ['example-wire.co.uk', 'example-wire']; nothing
    for an address that names no site (an IP address, a single label such as localhost)."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return []
    host = host.removeprefix("www.")
    if "." not in host or re.fullmatch(r"[\d.]+|.*:.*", host):
        return []
    return [host, host.split(".")[0]]


def strip_site(title: str, sites: list[str], h1: str | None = None) -> str:
    """'Headline | Site', 'Headline - Site', 'Site | Headline' become 'Headline' when 'Site'
    is one of `sites` (compared without case, spaces or punctuation) or the page's own <h1>
    is the rest."""
    known = {_squash(site) for site in sites if site and _squash(site)}
    changed = True
    while changed:
        changed = False
        for separator in _SEPARATORS:
            head, found, tail = title.rpartition(separator)
            if found and head.strip() and _squash(tail) in known:
                title, changed = head.rstrip(), True
            head, found, tail = title.partition(separator)
            if found and tail.strip() and _squash(head) in known:
                title, changed = tail.lstrip(), True
    if h1 and title != h1:
        for separator in _SEPARATORS:
            if title.startswith(h1 + separator) or title.endswith(separator + h1):
                return h1
    return title


def parse_page_meta(page: str, url: str | None = None) -> PageMeta:
    """The article's own description of itself. Title: JSON-LD headline, OpenGraph, Twitter,
    <title>, without the site's name. Publisher: og:site_name, the JSON-LD publisher, else the
    host of `url`. Author: the visible byline, JSON-LD, then the author meta tags."""
    head = _read_html(page[: MAX_PAGE_BYTES * 2])
    title = ld_publisher = ld_author = date = None
    for obj in ld_objects(head.json_ld):
        if _is_article(obj):
            title = title or _name(obj.get("headline"))
            ld_publisher = ld_publisher or _name(obj.get("publisher"))
            ld_author = ld_author or _name(obj.get("author"))
            date = date or article_date(obj.get("datePublished"))
    m = head.meta
    title = title or _name(m.get("og:title")) or _name(m.get("twitter:title")) or plain(head.title)
    site_name = _name(m.get("og:site_name"))
    hosts = _host_names(url)
    publisher = site_name or ld_publisher
    from_host = publisher is None and bool(hosts)
    if from_host:
        publisher = hosts[0]
    publishers = {p.casefold() for p in (site_name, ld_publisher, publisher) if p}
    authors = (head.byline, ld_author, _name(m.get("author")), _name(m.get("article:author")))
    # The site named as its own author (`<meta name="author" content="Example Wire">`) is no
    # byline: the next source may name a person.
    author = next((a for a in authors if a and a.casefold() not in publishers), None)
    for key in (
        "article:published_time",
        "og:published_time",
        "itemprop:datepublished",
        "date",
        "pubdate",
        "dc.date",
    ):
        date = date or article_date(m.get(key))
    if title:
        sites = [site_name, ld_publisher, _name(m.get("application-name")), *hosts]
        title = strip_site(title, [s for s in sites if s], head.h1)
    return PageMeta(
        title=title, publisher=publisher, author=author, date=date, publisher_is_host=from_host
    )


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
