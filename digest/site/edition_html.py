"""An edition as self-contained HTML, for feed readers and RSS-to-email services.

Self-contained: every link absolute (the HTML is read away from the site), no images (none
would load in most mail clients without a request to the site), no scripts, no stylesheets.
The editor's introduction arrives sanitized; here its relative links are made absolute.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from ada_url import join_url

from digest.model.edition import Edition
from digest.model.urls import absolute_url
from digest.site.jinja import environment
from digest.site.settings import Settings

_VOID = frozenset({"br", "hr", "img", "wbr"})  # the allowed elements without an end tag


class _SelfContained(HTMLParser):
    """Sanitized HTML read as HTML and written again: each link's `href` resolved against the
    page (as a browser resolves it), each image replaced by its alternative text, everything
    else (text included, whatever it says) as it was. One pass, linear."""

    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.out.append(html.escape(dict(attrs).get("alt") or "", quote=False))
            return
        written = []
        for name, value in attrs:
            if name == "href" and value is not None:
                value = _absolute(value, self.page_url)
            shown = "" if value is None else f'="{html.escape(value, quote=True)}"'
            written.append(f" {name}{shown}")
        self.out.append(f"<{tag}{''.join(written)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))


def _absolute(href: str, page_url: str) -> str:
    try:
        return join_url(page_url, href)
    except ValueError:
        return href  # not a URL a browser would follow either; the sanitizer let it through


def absolute_html(fragment: str, page_url: str) -> str:
    """Sanitized HTML with every link absolute (resolved against `page_url`) and each image
    replaced by its alternative text."""
    parser = _SelfContained(page_url)
    parser.feed(fragment)
    parser.close()
    return "".join(parser.out)


def edition_context(edition: Edition, settings: Settings) -> dict[str, object]:
    """What the feed and email templates read: absolute URLs and the introduction made
    self-contained."""
    page = absolute_url(settings.site_url, edition.url)
    monday, sunday = edition.days
    return {
        "edition": edition,
        "settings": settings,
        "edition_url": page,
        "editions_url": absolute_url(settings.site_url, "editions/"),
        "site_home": absolute_url(settings.site_url, ""),
        "intro_html": absolute_html(edition.intro.html, page),
        "entry_url": lambda entry: absolute_url(settings.site_url, entry.url),
        "monday": monday,
        "sunday": sunday,
        "page_url": "",
    }


def edition_feed_html(edition: Edition, settings: Settings) -> str:
    """The whole edition as one HTML fragment: a feed item's content."""
    template = environment().get_template("feeds/edition.html.j2")
    return template.render(edition_context(edition, settings))
