"""How readers and crawlers find pages: the search bundle, the sitemaps and robots.txt.

Static files like the feeds, made from the model and the pages every engine publishes, so the
MkDocs plugin and `digest generate` ship the same ones (`build_site` adds them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from digest.model.corpus import Corpus
from digest.site.feeds import FeedFile
from digest.site.page import GeneratedPage
from digest.site.search import search_files
from digest.site.settings import Settings
from digest.site.sitemaps import sitemap_files


def discovery_files(
    corpus: Corpus, settings: Settings, pages: Sequence[GeneratedPage]
) -> list[FeedFile]:
    """The sitemap index, its sitemaps, robots.txt and the Pagefind bundle."""
    updated = corpus.updated.astimezone(dt.UTC).date() if corpus.updated else None
    files = sitemap_files(pages, settings.site_url, updated, max_urls=settings.sitemap_max_urls)
    files += search_files(corpus, settings)
    return [FeedFile(path, content) for path, content in files]
