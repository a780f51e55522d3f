"""An editor's Markdown as the reader gets it: rendered with the site's Markdown configuration,
within limits, then sanitized by the allow-list.

The same function serves validation (which refuses what the allow-list would change) and the
build (which serves the sanitized HTML it returns), so no difference between what is checked
and what is published can exist. Engine-neutral: the MkDocs adapter and `digest generate` both
publish this HTML rather than converting the Markdown again.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import unquote, urlsplit

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from pygments.token import STANDARD_TYPES

from digest.content import sanitizer
from digest.content.limits import TimeLimit, deadline
from digest.content.linktext import link_warnings
from digest.content.reads import Reads, read_inputs, recording
from digest.model.urls import page_url_for, relative_url
from digest.model.weburl import site_path
from digest.model.writeup import Heading, Removal, Rendered

MAX_BODY_CHARS = 64 * 1024  # a write-up is a few paragraphs; 64 KiB is some 10,000 words
MAX_ELEMENTS = 5_000  # HTML parsers slow down on deep nesting: bound the work
MAX_DEPTH = 100  # nesting, too: themes' and search indexers' parsers slow down on it
RENDER_SECONDS = 1.0
# Where a write-up's images live, and their kinds (content/files.py admits the same files).
IMAGES = "images"
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})

# What MkDocs always adds to `markdown_extensions`, so a configuration read from mkdocs.yml
# renders exactly as MkDocs would.
BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")


@dataclass(frozen=True)
class MarkdownConfig:
    """The site's Markdown: extension names and their settings (mkdocs.yml's
    `markdown_extensions`), as plain data."""

    extensions: tuple[str, ...] = ("attr_list", "md_in_html", "admonition", *BUILTIN_EXTENSIONS)
    configs: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = (
        ("toc", (("permalink", True),)),
    )

    @classmethod
    def from_settings(
        cls, extensions: Sequence[Any], configs: Mapping[str, Mapping[str, Any]]
    ) -> MarkdownConfig:
        names = [e for e in extensions if isinstance(e, str)]
        names += [e for e in BUILTIN_EXTENSIONS if e not in names]
        frozen = tuple(
            (name, tuple(sorted((str(k), _freeze(v)) for k, v in configs[name].items())))
            for name in names
            if configs.get(name)
        )
        return cls(tuple(names), frozen)

    def settings(self) -> dict[str, dict[str, Any]]:
        """The extensions' settings as Markdown takes them (lists and mappings again)."""
        return {name: {k: _thaw(v) for k, v in items} for name, items in self.configs}

    def key(self) -> str:
        """A stable text form, for cache keys: the same settings give the same text in every
        process (a function named in a setting by its module and name, not its address)."""
        return repr((self.extensions, _stable(self.configs)))

    def modules(self) -> list[str]:
        """The modules whose code renders with these settings: the extensions, and the modules
        of functions named in their settings (`toc: slugify: !!python/name:...`)."""
        found = list(self.extensions)
        _callables(self.configs, found)
        return found


class _Map(tuple[Any, ...]):
    """A mapping of the settings, frozen as its items (so that a configuration can be hashed)."""


def _freeze(value: Any) -> Any:
    """Settings as hashable data: lists as tuples, mappings as `_Map`s (undone by `_thaw`)."""
    if isinstance(value, Mapping):
        return _Map((str(k), _freeze(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, set | frozenset):
        return frozenset(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, _Map):
        return {k: _thaw(v) for k, v in value}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


def _stable(value: Any) -> Any:
    """`value` with functions and classes named by module and name, sets sorted, so that
    its repr is the same in every process."""
    if isinstance(value, tuple):  # a `_Map` too
        return tuple(_stable(v) for v in value)
    if isinstance(value, frozenset):
        return tuple(sorted(repr(_stable(v)) for v in value))
    if callable(value):
        return f"<{getattr(value, '__module__', '?')}.{getattr(value, '__qualname__', '?')}>"
    return value


def _callables(value: Any, found: list[str]) -> None:
    if isinstance(value, tuple | frozenset):
        for item in value:
            _callables(item, found)
    elif callable(value) and isinstance(getattr(value, "__module__", None), str):
        found.append(value.__module__)


class RenderError(Exception):
    """Markdown that cannot be rendered within the limits; the message is for the editor."""


# Classes a code highlighter writes (Python-Markdown's codehilite, pymdownx.highlight): its own
# class, its table's, and Pygments' token classes, read from Pygments itself.
_HIGHLIGHTERS = {"codehilite": "codehilite", "pymdownx.highlight": "highlight"}
_HIGHLIGHT_PARTS = frozenset({"linenos", "linenodiv", "lineno", "hll", "code", "filename"})


def classes_for(config: MarkdownConfig) -> frozenset[str]:
    """The classes a write-up may carry: those the site's Markdown extensions write (the
    sanitizer's own, a heading permalink's as configured, a code highlighter's)."""
    classes = set(sanitizer.CLASSES)
    settings = config.settings()
    permalink = settings.get("toc", {}).get("permalink_class")
    if isinstance(permalink, str):
        classes.update(permalink.split())
    used = [name for name in _HIGHLIGHTERS if name in config.extensions]
    if "pymdownx.superfences" in config.extensions and not used:
        used = ["pymdownx.highlight"]  # superfences highlights through it
    for name in used:
        own = settings.get(name, {}).get("css_class", _HIGHLIGHTERS[name])
        if isinstance(own, str):
            classes.update({own, own + "table"})
        classes |= _HIGHLIGHT_PARTS | {c for c in STANDARD_TYPES.values() if c}
    return frozenset(classes)


class _Renderer:
    """One Markdown instance per configuration, reused (building one costs milliseconds)."""

    def __init__(self, config: MarkdownConfig) -> None:
        self.config = config
        self.classes = classes_for(config)
        self.links = _LinkRewriter()
        # Files the extensions read as Markdown is set up (a word list, a glossary): inputs of
        # every write-up rendered with this configuration, not of the first one only.
        with recording() as opened:
            self.md = self._new()
        self.setup: Reads = read_inputs(opened, "")

    def _new(self) -> markdown.Markdown:
        return markdown.Markdown(
            extensions=[*self.config.extensions, self.links],
            extension_configs=self.config.settings(),
        )

    def convert(self, text: str, src: str) -> tuple[str, list[tuple[str, str]]]:
        self.links.start(src)
        self.md.reset()
        return self.md.convert(text), list(self.links.found)

    def reset_after_failure(self) -> None:
        self.md = self._new()  # interrupted half-way: never reuse its state


def setup_reads(config: MarkdownConfig) -> Reads:
    """The files the Markdown extensions of `config` read as they were set up, with hashes."""
    return _renderer(config, os.getcwd()).setup


@cache
def _renderer(config: MarkdownConfig, folder: str) -> _Renderer:
    """One renderer per Markdown configuration and working folder (a process renders with one
    or two): extensions resolve relative settings (`base_path: [snippets]`) against the folder
    they are set up in."""
    return _Renderer(config)


def render(body: str, src: str, config: MarkdownConfig, body_line: int = 1) -> Rendered:
    """Render and sanitize `body` (the Markdown of file `src` under the docs folder, starting at
    file line `body_line`). Raises RenderError when it is over the limits."""
    if len(body) > MAX_BODY_CHARS:
        raise RenderError(
            f"is {len(body):,} characters long; the limit is {MAX_BODY_CHARS:,} "
            "(link to the article for the rest)"
        )
    renderer = _renderer(config, os.getcwd())
    try:
        with deadline(RENDER_SECONDS):
            return _render(renderer, body, src, body_line)
    except TimeLimit:
        renderer.reset_after_failure()
        raise RenderError(
            f"takes more than {RENDER_SECONDS:g} s to render; simplify its Markdown "
            "(very long runs of [ ( * _ or deep nesting)"
        ) from None
    except RecursionError:
        renderer.reset_after_failure()
        raise RenderError(
            "is nested too deeply to render; flatten its lists, quotes or HTML"
        ) from None


def _render(renderer: _Renderer, body: str, src: str, body_line: int) -> Rendered:
    raw, links = renderer.convert(body, src)
    if raw.count("<") > MAX_ELEMENTS * 2:
        raise RenderError(f"has more than {MAX_ELEMENTS:,} HTML elements; simplify it")
    clean = sanitizer.sanitize(raw, renderer.classes)
    removed = [
        Removal(r.message, body_line + _line_of(body, r.needles))
        for r in sanitizer.differences(raw, clean, renderer.classes)
    ]
    outline = _Outline.read(clean)
    if outline.max_depth > MAX_DEPTH:
        raise RenderError(f"nests elements more than {MAX_DEPTH} levels deep; flatten it")
    # Images are the site's own image files: each must resolve, from the page's URL, as the
    # browser resolves it, to a file under images/ (whose existence is checked with the other
    # files). Anything else (a page, `\\host/...`, a folder above the site) is refused.
    page = page_url_for(src)
    for image in outline.images:
        target = site_path(image, page)
        written = renderer.links.images.get(image, image)  # as the editor wrote it
        needle = written.replace("\\", "/").rsplit("/", 1)[-1] or written
        if target is None or not is_image_path(target):
            shown = written if len(written) <= 40 else written[:39] + "…"
            message = f"image {shown!r} is not a file of the site: images go in content/images/"
            needles = (sanitizer.written("img", "src", written), needle, "<img", "](")
            removed.append(Removal(message, body_line + _line_of(body, needles)))
        else:
            links.append((target, needle))
    # Links written in HTML (`<a href="../x/">`) reach no Markdown tree processor: where they
    # land is judged as a Markdown link's is.
    for href, _ in outline.anchors:
        if href in renderer.links.judged:
            continue  # a Markdown link, judged already
        landing = page_landing(href, src)
        if landing is not None:
            links.append((PAGE_AT + landing, href))
    link_lines = tuple((target, body_line + _line_of(body, written)) for target, written in links)
    warned = []
    start = 0  # links are said in the order they are written: each found after the one before
    for written, message in link_warnings(outline.anchors):
        at = body.find(written, start)
        at = body.find(written) if at < 0 else at
        start = at + 1 if at >= 0 else start
        warned.append(Removal(message, body_line + (body.count("\n", 0, at) if at >= 0 else 0)))
    return Rendered(
        clean, outline.summary, outline.tree(), link_lines, tuple(removed), tuple(warned)
    )


def is_image_path(target: str) -> bool:
    """A path from the site's root that can be an image file of the content folder."""
    suffix = posixpath.splitext(target)[1].lower()
    return target.startswith(f"{IMAGES}/") and suffix in IMAGE_SUFFIXES


def _line_of(text: str, needles: Sequence[str | re.Pattern[str]] | str) -> int:
    """Lines after the first where the first of `needles` that occurs is (case-insensitively;
    a pattern as it is compiled)."""
    lowered = text.lower()
    for needle in (needles,) if isinstance(needles, str) else needles:
        if isinstance(needle, re.Pattern):
            # Line by line, as written and with its character references read (a scheme
            # hidden as `&#106;avascript:`), so that the first place it is written is found.
            for number, line in enumerate(text.split("\n")):
                if needle.search(line) or ("&" in line and needle.search(html.unescape(line))):
                    return number
            found = needle.search(text)  # an element written over several lines
            at = -1 if found is None else found.start()
            if found is not None and found.groupdict().get("at") is not None:
                at = found.start("at")  # the attribute's own line
        else:
            at = lowered.find(needle.lower()) if needle.strip() else -1
        if at >= 0:
            return text.count("\n", 0, at)
    return 0


_VOID = frozenset({"br", "hr", "img", "wbr"})  # the allowed elements that have no end tag
# Markup whose meaning plain text would lose, and turn around: `OpenAI <del>did not</del>
# confirm` read as "OpenAI did not confirm", `$10<sup>6</sup>` as "$106". In the text made of
# a write-up (the summary in listings, meta tags, JSON-LD, feeds, search) they are written as
# plain text writes them.
_ONE_RAISED = re.compile(r"\^\(([0-9A-Za-z]+)\)")
MARKED_IN_TEXT = {
    "del": ("~~", "~~"),
    "s": ("~~", "~~"),
    "sup": ("^(", ")"),
}


class _Outline(sanitizer.FragmentParser):
    """Headings (for the page's table of contents) and the first paragraph's text (the default
    summary), read from the sanitized HTML: what the reader sees, escaped once by our templates."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[int, str, list[str]]] = []
        self._heading: tuple[int, str, list[str]] | None = None
        self._in_permalink = False
        self._paragraph: list[str] | None = None
        self.summary = ""
        self.images: list[str] = []
        # Every link as served, with its text: where it lands (those written in HTML reach no
        # Markdown tree processor) and what its text shows.
        self.anchors: list[tuple[str, str]] = []
        self._anchor: tuple[str, list[str]] | None = None
        self.depth = self.max_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        names = dict(attrs)
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" and names.get("id"):
            self._heading = (int(tag[1]), names["id"] or "", [])
        elif tag == "a" and "headerlink" in (names.get("class") or "").split():
            self._in_permalink = True
        elif tag == "p" and not self.summary and self._paragraph is None:
            self._paragraph = []
        elif tag == "img" and names.get("src"):
            self.images.append(names["src"] or "")
        if tag == "a" and names.get("href"):
            self._anchor = (names["href"] or "", [])
        if self._paragraph is not None and tag in MARKED_IN_TEXT:
            self._paragraph.append(MARKED_IN_TEXT[tag][0])

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.depth -= 1
        if self._paragraph is not None and tag in MARKED_IN_TEXT:
            self._paragraph.append(MARKED_IN_TEXT[tag][1])
        if self._heading is not None and tag == f"h{self._heading[0]}":
            self.headings.append(self._heading)
            self._heading = None
        elif tag == "a":
            self._in_permalink = False
        if tag == "a" and self._anchor is not None:
            self.anchors.append((self._anchor[0], "".join(self._anchor[1])))
            self._anchor = None
        elif tag == "p" and self._paragraph is not None:
            self.summary = raised(" ".join("".join(self._paragraph).split()))
            self._paragraph = None

    def handle_data(self, data: str) -> None:
        if self._anchor is not None:
            self._anchor[1].append(data)
        if self._heading is not None and not self._in_permalink:
            self._heading[2].append(data)
        if self._paragraph is not None:
            self._paragraph.append(data)

    def tree(self) -> tuple[Heading, ...]:
        """Headings nested by level, as a table of contents."""
        root: list[Any] = []
        stack: list[tuple[int, list[Any]]] = [(0, root)]
        for level, anchor, parts in self.headings:
            while stack[-1][0] >= level:
                stack.pop()
            children: list[Any] = []
            stack[-1][1].append((level, anchor, " ".join("".join(parts).split()), children))
            stack.append((level, children))

        def freeze(items: list[Any]) -> tuple[Heading, ...]:
            return tuple(Heading(lv, a, t, freeze(c)) for lv, a, t, c in items)

        return freeze(root)


class _LinkRewriter(Extension):
    """Relative links to `.md` files become links to their pages, as MkDocs would make them;
    the targets are recorded so that validation can report links to pages that do not exist."""

    def __init__(self) -> None:
        super().__init__()
        self.src = ""
        self.found: list[tuple[str, str]] = []
        self.images: dict[str, str] = {}  # an image's rewritten src -> as the editor wrote it
        # Links judged here: the pages' URLs that `.md` links became, and links to pages.
        self.judged: set[str] = set()

    def start(self, src: str) -> None:
        self.src, self.found, self.images, self.judged = src, [], {}, set()

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_Links(md, self), "digest_links", 5)


# A link target recorded by its URL (`page:entries/2022/x/`), not by a source file.
PAGE_AT = "page:"
# The pages whose URLs say which source they come from, and which may not exist or not be
# published: an entry's, a person's, a topic's, an organization's (with or without the last /).
_CHECKED_PAGE_URL = re.compile(r"(?:entries/\d{4}|people|topics|organizations)/(?!page/)[^/]+/?")


class _Links(Treeprocessor):
    def __init__(self, md: markdown.Markdown, owner: _LinkRewriter) -> None:
        super().__init__(md)
        self.owner = owner

    def run(self, root: Any) -> None:
        for element in root.iter():
            attribute = {"a": "href", "img": "src"}.get(element.tag)
            value = element.get(attribute) if attribute else None
            if value:
                rewritten = self.rewrite(value, page=element.tag == "a")
                if rewritten is not None:
                    element.set(attribute, rewritten)
                    if element.tag == "img":
                        self.owner.images.setdefault(rewritten, value)

    def rewrite(self, href: str, *, page: bool) -> str | None:
        """A link to a `.md` file, or an image, relative to the Markdown file (as MkDocs reads
        them), made relative to the page's URL."""
        try:
            parts = urlsplit(href)
        except ValueError:  # not a URL Python can split (`http://[x`): the sanitizer judges it
            return None
        if parts.scheme or parts.netloc or not parts.path:
            return None
        if parts.path.startswith("/"):
            if page:
                self._landing(href, parts.path)
            return None
        if page and not parts.path.endswith(".md"):
            self._landing(href, parts.path)  # kept as written, and checked where it leads
            return None
        src = self.owner.src
        folder = posixpath.dirname(src)
        # As a browser reads it (`\\` is `/`): a reference that leaves the site is not the
        # site's, and is left for the sanitizer to judge.
        target = site_path(href, f"{folder}/" if folder else "")
        if target is None or not target:
            return None
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        if not page:
            return relative_url(target, page_url_for(src))
        self.owner.found.append((target, parts.path))
        rewritten = relative_url(page_url_for(target), page_url_for(src)) + fragment
        self.owner.judged.add(rewritten)
        return rewritten

    def _landing(self, href: str, written: str) -> None:
        """A link written as the page's URL (`../other-slug/`), not its `.md` file: recorded as
        a page to check (`PAGE_AT`) when it lands on an entry's, person's, topic's or
        organization's page, so that a link to a draft, to an entry scheduled for later or to no
        page at all is refused as the `.md` link to it is."""
        landing = page_landing(href, self.owner.src)
        if landing is not None:
            self.owner.found.append((PAGE_AT + landing, written))
            self.owner.judged.add(href)


def page_landing(href: str, src: str) -> str | None:
    """Where a link written as a page's URL lands (`entries/2022/x/`) when that is an entry's,
    a person's, a topic's or an organization's page, from the page of `src`; else None.

    A link from the domain's root (`/entries/2022/x/`, or the same under the folder the site is
    published in) is judged by its last segments, where such a URL ends: the folder is not known
    here, and a landing that is no published page is a broken link whatever the folder."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme or parts.netloc or not parts.path or parts.path.endswith(".md"):
        return None
    if not parts.path.startswith("/"):
        landing = site_path(href, page_url_for(src))
        if landing is None:
            return None
        if landing.endswith("/index.html"):
            landing = landing[: -len("index.html")]
        return landing if _CHECKED_PAGE_URL.fullmatch(landing) else None
    clean = posixpath.normpath(unquote(parts.path).replace("\\", "/"))
    if clean.endswith("/index.html"):
        clean = clean[: -len("/index.html")]
    segments = clean.strip("/").split("/")
    for count in (3, 2):
        landing = "/".join(segments[-count:]) + "/"
        if len(segments) >= count and _CHECKED_PAGE_URL.fullmatch(landing):
            return landing
    return None


def plain_text(fragment: str) -> str:
    """Text of an HTML fragment (sanitized), whitespace collapsed; struck and raised text marked
    as plain text writes them (see MARKED_IN_TEXT)."""
    return raised(html.unescape(re.sub(r"<[^>]*>", _as_text, fragment)).strip())


def raised(text: str) -> str:
    """`10^(6)` as `10^6`: the brackets only where the raised text is more than one word."""
    return _ONE_RAISED.sub(r"^\1", text)


def _as_text(tag: re.Match[str]) -> str:
    match = re.match(r"<(/?)([a-z]+)", tag.group(0))
    if match is None or match.group(2) not in MARKED_IN_TEXT:
        return ""
    return MARKED_IN_TEXT[match.group(2)][1 if match.group(1) else 0]
