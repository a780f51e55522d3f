"""`digest edition render`: an edition for a newsletter tool, as email HTML or plain text.

Email clients ignore or strip `<style>` and `<link>`, lay out tables more reliably than CSS
boxes, and block images: the HTML has its CSS inlined (css-inline), a table-based layout on
light colours, no images and only absolute links. The text alternative gives every pick's
title and URL. Output depends on the content only (dates come from it, never from the clock).
"""

from __future__ import annotations

import re
import textwrap
from html.parser import HTMLParser

import css_inline

from digest.content.rendering import MARKED_IN_TEXT, raised
from digest.model.edition import Edition
from digest.model.urls import absolute_url
from digest.site.edition_html import edition_context
from digest.site.jinja import environment
from digest.site.settings import Settings

MAX_EMAIL_BYTES = 100 * 1024
# URLs stay whole: text is never broken inside a word or at a hyphen.
_INLINER = css_inline.CSSInliner(
    keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False
)


def email_html(edition: Edition, settings: Settings) -> str:
    """One HTML document with inline styles only."""
    context = edition_context(edition, settings)
    context["feed_url"] = absolute_url(settings.site_url, "editions/feed.xml")
    document = environment().get_template("email/edition.html.j2").render(context)
    return _INLINER.inline(document)


def email_text(edition: Edition, settings: Settings) -> str:
    """The plain-text alternative: the introduction, then each pick's title, source, summary,
    first quote and URL."""
    context = edition_context(edition, settings)
    monday, sunday = edition.days
    lines = [
        edition.title,
        f"{settings.site_name} · week {edition.number} of {edition.year} · "
        f"{monday.day} {monday:%B %Y} – {sunday.day} {sunday:%B %Y}",
        "",
    ]
    intro = html_to_text(str(context["intro_html"]))
    if intro:
        lines += [intro, ""]
    number = 0
    for section in edition.sections:
        if section.heading:
            lines += [section.heading.upper(), ""]
        for entry in section.entries:
            number += 1
            quote = entry.quotes[0]
            by = f", {quote.role}" if quote.role else ""
            lines.append(f"{number}. {entry.title}")
            lines.append(
                f"   {entry.source.publisher} · {entry.published.day} {entry.published:%B %Y}"
            )
            if entry.summary:
                lines += _wrap(entry.summary)
            lines += _wrap(f"“{quote.text}” — {quote.speaker}{by}")
            lines.append(f"   {absolute_url(settings.site_url, entry.url)}")
            lines.append("")
    if not edition.entries:
        lines += ["No entries were added to the digest this week.", ""]
    lines.append(f"Read this edition on the web: {context['edition_url']}")
    lines.append(f"All editions: {context['editions_url']}")
    return "\n".join(lines) + "\n"


def _wrap(text: str) -> list[str]:
    lines = textwrap.wrap(
        text,
        76,
        initial_indent="   ",
        subsequent_indent="   ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [""]


class _Text(HTMLParser):
    """Sanitized HTML to text: blocks become paragraphs, links keep their URL."""

    BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS or tag == "br":
            self.flush()
        if tag in MARKED_IN_TEXT:  # struck and raised text, as the summary writes them
            self.current.append(MARKED_IN_TEXT[tag][0])
        if tag == "li":
            self.current.append("- ")
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in MARKED_IN_TEXT:
            self.current.append(MARKED_IN_TEXT[tag][1])
        if tag == "a" and self.links:
            href = self.links.pop()
            if href:
                self.current.append(f" ({href})")
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)

    def flush(self) -> None:
        text = raised(re.sub(r"\s+", " ", "".join(self.current)).strip())
        if text:
            self.blocks.append(text)
        self.current = []


def html_to_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    parser.flush()
    return "\n\n".join(
        textwrap.fill(block, 76, break_long_words=False, break_on_hyphens=False)
        for block in parser.blocks
    )


__all__ = ["MAX_EMAIL_BYTES", "email_html", "email_text", "html_to_text"]
