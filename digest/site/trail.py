"""Where a page sits in the site: the section (tab) it belongs to and its breadcrumb trail.

Derived from the page's URL alone, so every generated page, including kinds added later
(e.g. editions), gets a section and a trail without being listed here.
"""

from __future__ import annotations

import re

Crumb = tuple[str, str]  # (name, URL from the site's root: "" is the home page)

# Names of the sections the digest generates (as in mkdocs.yml's nav). A section not named here
# is named after its folder ("editions/" reads "Editions").
SECTION_TITLES = {
    "topics/": "Topics",
    "organizations/": "Organizations",
    "people/": "People",
    "archive/": "Archive",
    "feeds/": "Feeds",
}
HOME = "Home"
# Pages of the home listing and entries belong to the home section.
_HOME_FOLDERS = frozenset({"page", "entries"})
_PAGED = re.compile(r"^(?P<base>(?:[^/]+/)*?)page/(?P<number>[0-9]{1,9})/$")


def section_of(url: str) -> str:
    """The section URL a page belongs to: its first folder ("topics/"), or "" for home's."""
    first = url.split("/", 1)[0]
    if not first or first in _HOME_FOLDERS or "/" not in url:
        return ""
    return f"{first}/"


def split_page(url: str) -> tuple[str, int]:
    """A listing page's URL as (URL of its first page, page number)."""
    match = _PAGED.match(url)
    if match is None:
        return url, 1
    return match["base"], int(match["number"])


def section_title(section: str) -> str:
    if section == "":
        return HOME
    known = SECTION_TITLES.get(section)
    if known is not None:
        return known
    return section.strip("/").replace("-", " ").replace("_", " ").capitalize()


def trail(url: str, title: str) -> tuple[Crumb, ...]:
    """Home › section › page (› Page n): each crumb a name and a URL from the site's root.

    `title` names the page (its first page, for a listing: "Open source", not "... (page 2)").
    """
    base, number = split_page(url)
    section = section_of(base)
    crumbs: list[Crumb] = [(HOME, "")]
    if section and base != section:
        crumbs.append((section_title(section), section))
    if base:
        crumbs.append((title, base))
    if number > 1:
        crumbs.append((f"Page {number}", url))
    return tuple(crumbs)
