"""Link previews for chat apps and social networks: OpenGraph and Twitter card tags, as data.

Each tag is a (key, value) pair of plain text; `pages.front_matter` escapes the values for the
theme, which prints them inside `<meta ... content="...">`. No image: a preview never makes
anyone fetch a file from elsewhere, and the `summary` card needs none.
"""

from __future__ import annotations

from digest.model.corpus import Corpus
from digest.model.entry import Entry

Tag = tuple[str, str]
DESCRIPTION_MAX = 300  # what previews show; longer text is cut at a word


def article(entry: Entry, corpus: Corpus, site_name: str, site_url: str) -> list[Tag]:
    """An entry page's preview: an article, dated when it entered the digest, tagged by topic."""
    tags = _common("article", entry.title, entry.summary, site_url + entry.url, site_name)
    tags.append(("article:published_time", entry.added.isoformat()))
    tags += [("article:tag", corpus.topics[slug].name) for slug in entry.topics]
    return tags


def website(title: str, description: str, url: str, site_name: str) -> list[Tag]:
    """Any other page's preview (home, listings, people, archive, feeds, editions)."""
    return _common("website", title, description, url, site_name)


def _common(kind: str, title: str, description: str, url: str, site_name: str) -> list[Tag]:
    tags = [("og:type", kind), ("og:title", title)]
    if description:
        tags.append(("og:description", shorten(description)))
    tags += [("og:url", url), ("og:site_name", site_name), ("twitter:card", "summary")]
    return tags


def shorten(text: str, limit: int = DESCRIPTION_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"
