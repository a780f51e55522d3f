"""An edition as self-contained HTML, for feed readers and RSS-to-email services.

Self-contained: every link absolute (the HTML is read away from the site), no images (none
would load in most mail clients without a request to the site), no scripts, no stylesheets.
The editor's introduction arrives sanitized; here its relative links are made absolute.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

from digest.model.edition import Edition
from digest.model.urls import absolute_url
from digest.site.jinja import environment
from digest.site.settings import Settings

# Sanitized HTML (nh3) quotes every attribute with double quotes: these patterns are linear.
_LINK_ATTR = re.compile(r'(\s(?:href|src))="([^"<>]*)"')
_IMAGE = re.compile(r"<img\b[^>]*>")
_ALT = re.compile(r'\salt="([^"<>]*)"')


def absolute_html(fragment: str, page_url: str) -> str:
    """Sanitized HTML with every link absolute (resolved against `page_url`) and each image
    replaced by its alternative text."""

    def alt(match: re.Match[str]) -> str:
        found = _ALT.search(match.group())
        return found.group(1) if found else ""

    def absolute(match: re.Match[str]) -> str:
        target = urljoin(page_url, html.unescape(match.group(2)))
        return f'{match.group(1)}="{html.escape(target, quote=True)}"'

    return _LINK_ATTR.sub(absolute, _IMAGE.sub(alt, fragment))


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
