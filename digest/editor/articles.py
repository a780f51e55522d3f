"""An article's text, from a URL (through `digest.http` and a page cache) or a local file.

Main text comes from trafilatura, a library made to tell an article from the navigation, ads and
comments around it. Besides it we keep every visible text of the page, so that a quote the
extractor left out can still be found when verifying. Extraction is bounded: pages with more
elements than trafilatura handles in a few seconds are read as plain visible text instead.

The quote proposer reads the main text, so it keeps the little structure attribution depends on,
in Markdown's notation: a heading's line starts with `# `, a block quote's lines with `> `, and a
block quote's own attribution (`<cite>`, `<footer>`, a figure's caption), which trafilatura
would drop, stays in the block quote as a line starting with a dash.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from digest.build.cache import cache_dir, enabled
from digest.build.secret import load_secret
from digest.build.store import Store
from digest.editor import http
from digest.editor.quotemarks import spans

FETCHED = "fetched"  # the store's kind for fetched pages
KEEP_FETCHED = 30 * 24 * 3600  # seconds a fetched page stays (offline use) before it is dropped
CACHE_MAX_AGE = 24 * 3600.0  # seconds a cached page is reused when online
MAX_ELEMENTS = 20_000  # above this, trafilatura may take minutes: read visible text instead
_HTML = {"text/html", "application/xhtml+xml"}
_TEXT = {"text/plain"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "button"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
# Control and invisible formatting characters (soft hyphens, bidi overrides, zero-width
# spaces): never part of what a reader sees, and unsafe in a terminal or an entry.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_extract_lock = threading.Lock()


class ArticleError(Exception):
    """The article could not be read; `kind` says why, `str()` is one line for the editor."""

    def __init__(self, reason: str, kind: str = "unreachable") -> None:
        super().__init__(reason)
        self.kind = kind  # "unreachable", "offline", "unsupported", "empty" or "file"


@dataclass(frozen=True)
class Page:
    """A fetched page as the cache keeps it."""

    url: str  # as asked for
    final_url: str
    content_type: str
    text: str
    fetched_at: str  # UTC, ISO 8601
    from_cache: bool = False


@dataclass(frozen=True)
class Article:
    location: str  # the URL or path asked for
    url: str | None  # where the page was found after redirects; None for a file
    text: str  # the main text, one paragraph a line
    page_text: str  # every visible text of the page, one block a line
    title: str | None = None
    date: str | None = None  # from the page's metadata (YYYY-MM-DD), when it states one
    author: str | None = None
    fetched_at: str | None = None
    from_cache: bool = False


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def is_url(location: str) -> bool:
    return urlsplit(location.strip()).scheme.lower() in ("http", "https")


# --- the page cache ----------------------------------------------------------------------------


class PageCache:
    """Fetched pages by URL, in the project's one store (`.cache/digest/digest.sqlite`, kind
    "fetched"), each record MAC'd with the build's secret: a page planted in a committed or
    restored cache never reaches `digest verify`, which would take its text for the source's.

    Online, a page is reused for `max_age` seconds; offline, whatever age it has. A store that
    cannot be opened or written, or a record that does not decode, is a miss, never an error.
    Threads share it (verify fetches several sources at once): one lock around the store.
    """

    def __init__(self, folder: Path | None = None, max_age: float = CACHE_MAX_AGE) -> None:
        self.folder = cache_dir(Path.cwd()) if folder is None else folder
        self.max_age = max_age
        self._store: Store | None = None
        self._lock = threading.Lock()

    def _opened(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.folder, load_secret(Path.cwd(), self.folder))
        return self._store

    def get(self, url: str, *, any_age: bool = False) -> Page | None:
        with self._lock:
            value = self._opened().get(FETCHED, url)
        if value is None or len(value) > 4 * http.MAX_BYTES:
            return None
        try:
            record = json.loads(value)
            page = Page(
                url=str(record["url"]),
                final_url=str(record["final_url"]),
                content_type=str(record["content_type"]),
                text=str(record["text"]),
                fetched_at=str(record["fetched_at"]),
                from_cache=True,
            )
            fetched = dt.datetime.fromisoformat(page.fetched_at.replace("Z", "+00:00"))
            age = (dt.datetime.now(dt.UTC) - fetched).total_seconds()
        except (ValueError, KeyError, TypeError):
            return None
        if page.url != url:
            return None
        if not any_age and not 0 <= age <= self.max_age:
            return None
        return page

    def put(self, page: Page) -> None:
        """Store `page` at once (one transaction); a store that cannot be written skips it."""
        record = {
            "url": page.url,
            "final_url": page.final_url,
            "content_type": page.content_type,
            "fetched_at": page.fetched_at,
            "text": page.text,
        }
        now = int(time.time())
        with self._lock:
            store = self._opened()
            value = json.dumps(record, ensure_ascii=False).encode("utf-8")
            store.put(FETCHED, page.url, value, used=now)
            store.flush()
            store.drop(FETCHED, used_before=now - KEEP_FETCHED)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def default_cache(use: bool = True) -> PageCache | None:
    """The page cache, unless `--no-cache` (`use=False`) or DIGEST_CACHE=0/false/no/off turns
    every cache off."""
    return PageCache() if enabled(use) else None


# --- fetching ----------------------------------------------------------------------------------


def fetch_page(
    url: str,
    *,
    offline: bool = False,
    cache: PageCache | None = None,
    timeout: float = 10.0,
    deadline: float = 30.0,
) -> Page:
    """The page at `url`: from the cache when fresh (or, offline, at any age), else fetched."""
    if cache is not None:
        cached = cache.get(url, any_age=offline)
        if cached is not None:
            return cached
    if offline:
        raise ArticleError("not in the page cache, and --offline forbids fetching it", "offline")
    try:
        response = http.get(url, timeout=timeout, deadline=deadline)
    except http.FetchError as error:
        raise ArticleError(str(error), "unreachable") from None
    kind = response.content_type or _sniff(response.body)
    if kind not in _HTML and kind not in _TEXT:
        raise ArticleError(f"not a web page or text: {kind[:60]}", "unsupported")
    page = Page(url, response.url, kind, _clean(response.text), now_iso())
    if cache is not None:
        cache.put(page)
    return page


def _sniff(body: bytes) -> str:
    head = body[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<p", b"<div")):
        return "text/html"
    return "application/octet-stream" if b"\x00" in head else "text/plain"


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return _INVISIBLE.sub("", text.replace("\u2029", "\n"))


def read_file(path: Path) -> Page:
    """A local HTML or text file as a Page (for `digest quotes FILE`)."""
    try:
        with path.open("rb") as file:
            body = file.read(http.MAX_BYTES + 1)
    except OSError as error:
        raise ArticleError(f"cannot be read: {error.strerror or error}", "file") from None
    if len(body) > http.MAX_BYTES:
        raise ArticleError(f"is larger than {http.MAX_BYTES // (1024 * 1024)} MiB", "file")
    suffix = path.suffix.lower()
    kind = "text/html" if suffix in (".html", ".htm", ".xhtml") else _sniff(body)
    if kind not in _HTML and kind not in _TEXT:
        raise ArticleError("is not an HTML or text file", "unsupported")
    text = http.decode(body, None, html=kind in _HTML)
    return Page(str(path), str(path), kind, _clean(text), now_iso())


# --- extraction --------------------------------------------------------------------------------


def load_article(
    location: str,
    *,
    offline: bool = False,
    cache: PageCache | None = None,
    timeout: float = 10.0,
    deadline: float = 30.0,
) -> Article:
    """The article at a URL or in a local file; raises ArticleError with one line of reason."""
    if is_url(location):
        page = fetch_page(
            location, offline=offline, cache=cache, timeout=timeout, deadline=deadline
        )
        url: str | None = page.final_url
    else:
        path = Path(location)
        if not path.is_file():
            raise ArticleError("is neither a web address nor a readable file", "file")
        page = read_file(path)
        url = None
    return article_from_page(page, location, url)


def article_from_page(page: Page, location: str, url: str | None) -> Article:
    if page.content_type in _TEXT:
        text = _paragraphs(page.text)
        return Article(
            location, url, text, text, None, None, None, page.fetched_at, page.from_cache
        )
    main, visible, meta = extract_html(page.text, url)
    if not main.strip() and not visible.strip():
        raise ArticleError("has no readable text", "empty")
    return Article(
        location,
        url,
        main or visible,
        visible,
        meta.get("title"),
        meta.get("date"),
        meta.get("author"),
        page.fetched_at,
        page.from_cache,
    )


def _paragraphs(text: str) -> str:
    """One paragraph a line, blank lines dropped, spaces within a line collapsed."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def extract_html(html_text: str, url: str | None = None) -> tuple[str, str, dict[str, str]]:
    """(main text, visible text, metadata) of an HTML page; both texts one block a line."""
    from lxml import etree
    from lxml import html as lxml_html

    html_text = re.sub(r"^\s*<\?xml[^>]{0,200}\?>", "", html_text)  # lxml refuses it in text
    data = html_text.encode("utf-8", "replace")
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return "", "", {}
    visible, elements = _visible_text(tree)
    if elements > MAX_ELEMENTS:
        return visible, visible, {}
    import trafilatura
    from trafilatura.xml import xmltotxt

    _mark_inline_quotes(tree)
    _join_quoted_breaks(tree)
    _keep_quote_attributions(tree)
    marked = _article_lines(tree)  # before trafilatura changes the tree
    with _extract_lock:
        try:
            doc = trafilatura.bare_extraction(
                tree,
                url=url,
                fast=True,
                favor_recall=True,
                include_comments=False,
                include_tables=True,
                include_formatting=True,  # bold paragraphs: an interview's questions
                with_metadata=True,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        except (ValueError, TypeError, etree.LxmlError, RecursionError):
            doc = None
    if doc is None:
        return marked or visible, visible, {}
    meta = {}
    for key in ("title", "date", "author"):
        value = getattr(doc, key, None)
        if isinstance(value, str) and value.strip():
            meta[key] = _clean(" ".join(value.split()))
    body = getattr(doc, "body", None)  # trafilatura's Document (a dict only with as_dict)
    text: object = getattr(doc, "text", None)
    if body is not None:
        _mark_structure(body)
        text = xmltotxt(body, False)
    main = _paragraphs(_clean(text if isinstance(text, str) else ""))
    if "\n" not in main and marked.count("\n") > 1:
        main = marked  # trafilatura's flat fallback for a short page: keep the structure
    elif len(marked) > LOST_SHARE * len(main):
        # A live blog or a page of several posts: trafilatura keeps the first post and drops
        # the rest, which the page's own <article> (or <main>) still holds.
        main = marked
    return main, visible, meta


_SPACES = re.compile(r"\s+")
LOST_SHARE = 1.5  # the article's own text this many times trafilatura's: trafilatura lost posts
_NOT_ARTICLE = _SKIP | {"nav", "aside", "footer", "form", "header", "figure", "menu"}
# Blocks that pages put inside their <article> without being the article: readers' comments,
# related and promoted links, sharing and sign-up boxes (named so in their class or id).
_FURNITURE = re.compile(
    r"comment|related|recommend|newsletter|share|sharing|promo|most-read|mostread|outbrain"
    r"|taboola|subscribe|signup|sign-up|advert|sponsor|complementary"
)


def _furniture(element: Any) -> bool:
    if element.get("role") == "complementary":
        return True
    named = f"{element.get('class') or ''} {element.get('id') or ''}"[:500].lower()
    return bool(named.strip()) and _FURNITURE.search(named) is not None


_LINES = _BLOCKS - {"article", "main", "section", "div"} | {"p", "blockquote"}


def _article_lines(tree: Any) -> str:
    """The text of the page's `<article>` (or `<main>`, or body), one block a line, headings and
    block quotes marked as in the main text: what a short page keeps when trafilatura, finding
    too little text, flattens it into one line. Navigation, asides, headers and footers out.
    A live blog whose posts are `<article>`s side by side: all its posts, in order."""
    posts = _live_posts(tree)
    if len(posts) > 1:
        return "\n".join(filter(None, (_block_lines(post) for post in posts)))
    root = next(tree.iter("article"), None)
    if root is None:
        root = next(tree.iter("main"), None)
    if root is None:
        root = tree
    return _block_lines(root)


def _block_lines(root: Any) -> str:
    """The text of `root`, one block a line, headings and block quotes marked."""
    from lxml import etree

    parts: list[str] = []
    skipping = 0
    quoting = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = _tag(element)
        if event == "start":
            if skipping or (element is not root and (tag in _NOT_ARTICLE or _furniture(element))):
                skipping += 1
                continue
            if tag == "blockquote":
                quoting += 1
            if tag in _LINES or tag in _BLOCKS:
                parts.append("\n")
                if quoting:
                    parts.append("> ")
                if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    parts.append("# ")
            if element.text:  # the source's line breaks inside a block are spaces
                parts.append(_SPACES.sub(" ", element.text))
        else:
            if skipping:
                skipping -= 1
                if skipping:
                    continue
            elif tag in _BLOCKS:
                parts.append("\n")
                if tag == "blockquote":
                    quoting -= 1
            if element.tail and element is not root:
                tail = element.tail
                parts.append(("> " if quoting and tag in _BLOCKS else "") + tail)
    lines = (" ".join(line.split()) for line in _clean("".join(parts)).split("\n"))
    return "\n".join(line for line in lines if line.strip("> #"))


_MAX_POSTS = 2_000  # a live blog's posts read at most (any page ends in bounded time)
# A post's time as printed first in it: `1:29 p.m.`, `14:05`, `9.40am`, `10am`.
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)
_LIVE_SCHEMA = re.compile(r"LiveBlogPosting|liveBlogUpdate")


def _live_posts(tree: Any) -> list[Any]:
    """A live blog's posts, in order, when the page prints each as an `<article>`: several
    `<article>`s of the same class side by side in one container (or each alone in its own
    item: `<li><article>`), each mostly the page's own text (not a teaser's link), and marked
    as posts: each opens with its time (`<time>`, or a clock time as its first line), or the
    page says it is a live blog (schema.org's `LiveBlogPosting`, `liveBlogUpdate`). Otherwise
    none: a story's `<article>` and the teasers beside it are not one text."""
    articles: list[Any] = []
    for article in tree.iter("article"):
        if len(articles) >= _MAX_POSTS:
            return []
        if any(_tag(up) == "article" for up in article.iterancestors()):
            continue  # a post's own embedded article (a quoted post, a card)
        articles.append(article)
    if len(articles) < 2:
        return []
    first = articles[0]
    if any(_tag(up) in _NOT_ARTICLE or _furniture(up) for up in first.iterancestors()):
        return []

    def holder(article: Any) -> Any:
        parent = article.getparent()
        if parent is not None and _tag(parent) == "li":  # `<ol><li><article>…</li><li>…`
            return parent.getparent()
        return parent

    container = holder(first)
    kind = first.get("class") or ""
    posts = [a for a in articles if holder(a) is container and (a.get("class") or "") == kind]
    if len(posts) < 2 or any(_furniture(post) for post in posts):
        return []
    for post in posts:
        text = " ".join(post.text_content().split())
        links = [a for a in post.iter("a") if not (a.get("href") or "").startswith("#")]
        linked = sum(len(" ".join(a.text_content().split())) for a in links)
        if not text or linked * 2 > len(text) or _teaser(post):
            return []  # teasers: headlines that link to other stories; or whole stories
    if _declared_live(tree) or all(_timed(post) for post in posts):
        return posts
    return []


def _teaser(post: Any) -> bool:
    """Is the `<article>` a teaser or a story of its own rather than a live post: a heading
    that is a link to another page, or a story's own headline (`<h1>`)?"""
    for heading in post.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if _tag(heading) == "h1":
            return True
        text = " ".join(heading.text_content().split())
        linked = " ".join(
            " ".join(a.text_content().split())
            for a in heading.iter("a")
            if not (a.get("href") or "").startswith("#")
        )
        if text and linked == text:
            return True
    parent = post.getparent()
    return parent is not None and _tag(parent) == "a"  # a card that is one link


def _timed(post: Any) -> bool:
    """Does the post carry its time: a `<time>` element, or a clock time as its first line?"""
    if next(post.iter("time"), None) is not None:
        return True
    for element in post.iter():
        if element is post or _tag(element) not in _BLOCKS:
            continue
        first = " ".join(element.text_content().split())
        if first:
            return len(first) <= 40 and _CLOCK.match(first) is not None
    return False


def _declared_live(tree: Any) -> bool:
    """Does the page say it is a live blog (schema.org's LiveBlogPosting, in JSON-LD or
    microdata)?"""
    for script in tree.iter("script"):
        data = (script.get("type") or "").lower() == "application/ld+json"
        if data and _LIVE_SCHEMA.search((script.text or "")[:200_000]):
            return True
    for element in tree.iter():
        if _tag(element) and _LIVE_SCHEMA.search(
            f"{element.get('itemtype') or ''} {element.get('itemprop') or ''}"[:300]
        ):
            return True
    return False


_DASHES = "—–―-"
_BREAK_READ = 2_000_000  # characters of blocks read for line breaks at most (bounded time)
_OPENING = "“\"„«‘'"


def _join_quoted_breaks(tree: Any) -> None:
    """A line break (`<br>`) inside a quoted passage is a space: the quote is one passage, as
    printed (`"… still full.<br>We need …" —NAME`). A break before or after a quote, two breaks
    in a row (a new paragraph) and a break before an opening mark stay line breaks."""
    from lxml import etree

    blocks: dict[Any, list[Any]] = {}
    for br in tree.iter("br"):
        block = br.getparent()
        while block is not None and _tag(block) not in _BLOCKS:
            block = block.getparent()
        if block is not None:
            blocks.setdefault(block, []).append(br)
    budget = _BREAK_READ
    for block, breaks in blocks.items():
        parts: list[str] = []
        at: dict[Any, int] = {}
        wanted = set(breaks)
        size = 0
        for event, element in etree.iterwalk(block, events=("start", "end")):
            if event == "start":
                if element in wanted:
                    at[element] = size
                    parts.append("\n")
                    size += 1
                elif element.text and isinstance(element.tag, str):
                    parts.append(element.text)
                    size += len(element.text)
            elif element is not block and element.tail:
                parts.append(element.tail)
                size += len(element.tail)
            if size > budget:
                return
        budget -= size
        text = "".join(parts)
        inside = [(s.open, s.close) for s in spans(text) if s.closed]
        post = _in_block_quote(block)
        k = 0
        for br in breaks:
            if br not in at:
                continue
            i = at[br]
            while k < len(inside) and inside[k][1] < i:
                k += 1
            quoted = k < len(inside) and inside[k][0] < i
            if not quoted and not (post and _sentence_on(text, i)):
                continue
            after = text[i + 1 : i + 40].lstrip(" \t\r")
            before = text[max(0, i - 40) : i].rstrip(" \t\r")
            if not after or after[0] in _OPENING + "\n" or not before or before[-1] == "\n":
                continue
            _drop_break(br)


def _in_block_quote(element: Any) -> bool:
    """Is the element a block quote or inside one (a few levels up at most)?"""
    for _ in range(8):
        if element is None:
            return False
        if _tag(element) == "blockquote":
            return True
        element = element.getparent()
    return False


def _sentence_on(text: str, i: int) -> bool:
    """Does the line break at text[i], in a block quote, only go on to the next sentence of one
    paragraph (`… out loud.<br>If your …` in an embedded post): a sentence ended before it, and
    a whole sentence after it? Not a name or a date line after a post."""
    before = text[max(0, i - 40) : i].rstrip(" \t\r")
    end = text.find("\n", i + 1, i + 2_000)
    line = text[i + 1 : end if end >= 0 else i + 2_000].strip()
    if not before or before[-1] not in ".!?…" or not line[:1].isupper():
        return False
    return line[-1] in ".!?…" and len(line.split()) >= 3


def _drop_break(br: Any) -> None:
    """Remove `br`, a space and its tail joined to the text before it."""
    tail = " " + (br.tail or "").lstrip()
    previous = br.getprevious()
    parent = br.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "").rstrip() + tail
    else:
        parent.text = (parent.text or "").rstrip() + tail
    parent.remove(br)


def _keep_quote_attributions(tree: Any) -> None:
    """A block quote's `<cite>`, `<footer>` or figure caption becomes a paragraph of the quote
    starting with a dash (trafilatura drops footers and captions, and figures with them)."""
    whole: list[str] = []  # the page's text, read once if a caption needs it
    for figure in list(tree.iter("figure")):
        quote = next(figure.iter("blockquote"), None)
        if quote is None:
            _keep_quoting_caption(figure, tree, whole)
            continue
        figure.tag = "div"
        for caption in list(figure.iter("figcaption")):
            if quote not in caption.iterancestors():
                quote.append(caption)  # moves it into the quote
    for quote in list(tree.iter("blockquote")):
        found = list(quote.iter("cite", "footer", "figcaption"))
        inside = set(found)
        for element in found:
            if any(above in inside for above in element.iterancestors()):
                continue  # `<footer>— <cite>NAME</cite>, ROLE</footer>`: the footer is the line
            parent = element.getparent()
            alone = parent is quote or (
                parent is not None
                and parent.tag == "p"
                and len(parent) == 1
                and not (parent.text or "").strip(" " + _DASHES)
            )
            if not alone:
                continue  # a title cited inside a sentence
            element.tag = "p"
            if not element.text_content().lstrip().startswith(tuple(_DASHES)):
                element.text = "— " + (element.text or "").lstrip()


def _mark_inline_quotes(tree: Any) -> None:
    """`<q>…</q>`, which a browser shows between quotation marks, gets its marks in the text
    (single ones inside another `<q>`)."""
    marked = [(e, any(a.tag == "q" for a in e.iterancestors())) for e in tree.iter("q")]
    for element, nested in marked:
        opening, closing = ("‘", "’") if nested else ("“", "”")
        element.tag = "span"
        element.text = opening + (element.text or "")
        if len(element):
            last = element[-1]
            last.tail = (last.tail or "") + closing
        else:
            element.text += closing


_CAPTION_QUOTE = re.compile(
    r"[“\"‘][^“”\"‘’]{12,}[”\"’],?\s+(?:(?:he|she|they)\s+(?:says|said)\b"
    r"|(?:says|said)\s+(?:[a-z-]+\s+){0,3}[A-Z][\w’'-]+\s+[A-Z])"
    # (an apostrophe inside the quote, and the speaker named in full after an office of up to
    # four words: `“… I’d written …,” said one second-year history student, NAME SURNAME`)
    r"|[“\"‘](?:[^“”\"‘’]|(?<=\w)’(?=\w)){12,}[”\"’],?\s+(?:says|said)\s+"
    r"(?:[a-z-]+,?\s+){0,4}[A-Z][\w’'-]+\s+[A-Z]"
    # (a name in full, where they are, a colon and the quote: `Co-op volunteer NAME SURNAME at
    # the solar farm: ‘…’`; every part bounded, so each start reads at most a short way)
    r"|\b[A-Z][a-z’'-]{1,30}\s[A-Z][a-z’'-]{1,40}\b[^“”\"‘’:\n]{0,60}:\s{1,3}[“\"‘]"
    r"[^“”\"‘’]{12,300}[”\"’]"
    # (a quote, a dash and a name in full: `“…” — NAME SURNAME, ROLE. Photo: …`)
    r"|[“\"‘][^“”\"‘’]{12,300}[”\"’]\s{0,3}[—–]\s{0,3}[A-Z][\w’'-]{1,40}\s[A-Z]"
)


def _keep_quoting_caption(figure: Any, tree: Any, whole: list[str]) -> None:
    """A photo's caption that quotes the person pictured (`NAME in the lab. “…,” she says.`,
    `The site from the lane. “…,” says neighbour NAME`) is a paragraph of the article;
    trafilatura drops figures and their captions."""
    for caption in list(figure.iter("figcaption")):
        text = caption.text_content().strip()
        if (
            _CAPTION_QUOTE.search(text)
            or _CAPTION_NAMING.match(text)
            or _pictured_named_later(tree, whole, text)
        ):
            figure.tag = "div"
            caption.tag = "p"


# A caption that opens with a person's name in full and where they are (`NAME SURNAME at home in
# Fall River.`, `Dr NAME SURNAME in her lab.`): every part bounded.
_CAPTION_PICTURED = re.compile(
    r"(?:(?:Prof|Dr|Sir|Dame|Mr|Mrs|Ms|Mx)\.? )?[A-Z][a-zà-ÿ’'-]{1,30}"
    r"((?: (?:(?:de|del|della|di|da|du|des|la|le|van|von|der|den|ter|dos|das|bin|ibn) ){0,2}"
    r"[A-Z][\wà-ÿ’'-]{1,40}){1,3}) (?:at|in|outside|inside|on|during|with|near|beside) "
)  # (`Interpreter NAME de la SURNAME in booth 4.`: a surname's particles in lower case)


_PICTURED_CHECKS = 8  # captions a page is read for (an article has a few photos)


def _pictured_named_later(tree: Any, whole: list[str], text: str) -> bool:
    """`NAME SURNAME at home in Fall River.` over a story that goes on to call her `SURNAME`:
    the person pictured is introduced in the caption, often nowhere else in full. (`whole`
    holds the page's text once read, then a mark for each caption checked.)"""
    found = _CAPTION_PICTURED.match(text)
    if found is None or any(mark in text for mark in '“”"‘«»„'):
        return False  # (a caption that quotes is kept, or not, for its quote: above)
    if len(whole) > _PICTURED_CHECKS:
        return False  # (a page of hostile captions: each check reads the page once)
    if not whole:
        root = tree.getroot() if hasattr(tree, "getroot") else tree
        whole.append(root.text_content())
    whole.append("")
    surname = found.group(1).split()[-1]
    return whole[0].count(surname) > text.count(surname) and whole[0].count(found.group(0)) == 1


# A caption that opens with a person's name in full and a comma, what they are after it
# (`Prof NAME SURNAME, who led the trial, at the gauge.`, `NAME SURNAME, chairman of …, at …`,
# `NAME SURNAME, FIRM's chief scientist, in …`): the person pictured is introduced there, often
# nowhere else in full.
_CAPTION_NAMING = re.compile(
    r"(?:(?:Prof|Dr|Sir|Dame|Mr|Mrs|Ms|Mx)\.? )?[A-Z][a-zà-ÿ’'-]{1,30}"
    r"(?: [A-Z][\wà-ÿ’'-]{1,40}){1,3}, (?:a |an |the |who |"
    r"(?:[A-Z][\w&.-]{0,30} ){0,4}[A-Z][\w-]{0,30}(?:['’]s|s['’]) )?[a-z]"
)


def _mark_structure(body: Any) -> None:
    """Mark headings (`# `), paragraphs all in bold (`**…**`, as interviews print questions) or
    italics (`*…*`, editors' notes) and the lines of block quotes (`> `) in trafilatura's
    text."""
    for head in body.iter("head"):
        head.text = "# " + (head.text or "").lstrip()
    for para in body.iter("p"):
        if len(para) == 1 and not (para.text or "").strip() and not (para[0].tail or "").strip():
            only = para[0]
            mark = {"#b": "**", "#strong": "**", "#i": "*", "#em": "*"}.get(only.get("rend", ""))
            if only.tag == "hi" and mark and len(only) == 0 and (only.text or "").strip():
                only.text = mark + (only.text or "").strip() + mark
    for quote in body.iter("quote"):
        if next(quote.iterancestors("quote"), None) is not None:
            continue
        for element in quote.iter():
            if element.tag in ("p", "quote", "head", "item") and (element.text or "").strip():
                element.text = "> " + element.text.lstrip().removeprefix("# ")
            if (
                element is not quote
                and (element.tail or "").strip()
                and element.tag in ("p", "quote", "head", "list", "lb")
            ):
                element.tail = "\n> " + element.tail.lstrip()


def _tag(element: Any) -> str:
    """An element's tag name, lower case, without a namespace ("" for comments and the like)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def _visible_text(tree: Any) -> tuple[str, int]:
    """Every text a reader sees, one block a line, and the number of elements (no recursion)."""
    from lxml import etree

    parts: list[str] = []
    count = 0
    skipping = 0
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = _tag(element)
        if event == "start":
            count += 1
            if skipping or tag in _SKIP:
                skipping += 1
                continue
            if tag in _BLOCKS:
                parts.append("\n")
            if element.text and isinstance(element.tag, str):
                parts.append(element.text)
        else:
            if skipping:
                skipping -= 1
                if skipping:
                    continue
            elif tag in _BLOCKS:
                parts.append("\n")
            if element.tail and element is not tree:
                parts.append(element.tail)
    return _paragraphs(_clean("".join(parts))), count
