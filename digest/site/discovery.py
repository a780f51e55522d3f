"""How readers and crawlers find pages: the search bundle, the sitemaps and robots.txt.

Static files like the feeds, planned from the model and the pages every engine publishes, so
the MkDocs plugin and `digest generate` ship the same ones (`plan_site` adds them). The
sitemaps are cheap and made as they are planned; the search bundle is one job (Pagefind's run
over every record), keyed like any other by its whole view, so a build whose records did not
change takes the bundle from the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from digest.model.corpus import Corpus
from digest.site.feeds import PlannedFile
from digest.site.page import GeneratedPage
from digest.site.render import Job
from digest.site.search import BUNDLE, part_views, search_bundle
from digest.site.settings import Settings
from digest.site.sitemaps import sitemap_files


@dataclass(frozen=True)
class Given:
    """A file whose bytes are known when it is planned."""

    content: bytes


def given(view: Given) -> bytes:
    return view.content


def plan_discovery(
    corpus: Corpus, settings: Settings, pages: Sequence[GeneratedPage]
) -> list[PlannedFile]:
    """The sitemap index, its sitemaps and robots.txt."""
    updated = corpus.updated.astimezone(dt.UTC).date() if corpus.updated else None
    sitemaps = sitemap_files(pages, settings.site_url, updated, max_urls=settings.sitemap_max_urls)
    return [PlannedFile(path, Job(given, Given(content))) for path, content in sitemaps]


def plan_search(corpus: Corpus, settings: Settings) -> list[PlannedFile]:
    """The Pagefind bundle (`pagefind/`), one folder made at once for each part of the index
    (`pagefind/` the newest, `pagefind/<years>/` the others): it needs only the model, so a
    build can start it before it plans the pages, and an edit makes again only its part."""
    return [
        PlannedFile(f"{BUNDLE}/{folder}", Job(search_bundle, view))
        for folder, view in part_views(corpus, settings.language, settings.search_part_records)
    ]
