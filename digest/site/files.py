"""Every file the site publishes, from the digest model: one list for every engine.

The MkDocs plugin hands these files to MkDocs; `digest generate` writes them to a folder that
any engine reads. Both call `build_site`, so the two builds cannot drift apart: the same pages,
the same feeds byte for byte, the same schema.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from digest.build.cache import PageCache, cached_feeds
from digest.model.corpus import Corpus
from digest.model.schema import entry_json_schema
from digest.site.feeds import FeedFile
from digest.site.page import GeneratedPage
from digest.site.pages import render_pages
from digest.site.settings import Settings

SCHEMA_PATH = "schema/entry.schema.json"


@dataclass(frozen=True)
class SiteFiles:
    """What the digest adds to a site; the engine adds its theme."""

    pages: list[GeneratedPage]  # generated pages and the editors' nav pages, rendered
    static: list[FeedFile]  # feeds, OPML, section sitemaps and the schema, as published
    images: Sequence[str]  # files under the docs folder, published as they are


def schema_bytes() -> bytes:
    """The entry schema as the site publishes it (and `digest schema` prints it)."""
    return (json.dumps(entry_json_schema(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def build_site(
    corpus: Corpus, settings: Settings, cache: PageCache | None = None, *, parallel: bool = True
) -> SiteFiles:
    """With a `cache` (the build cache's pages), what is unchanged since an earlier build is
    not rendered again. `parallel`: pages may be rendered by a forked helper (not in a process
    that runs threads, such as `mkdocs serve`)."""
    static = cached_feeds(corpus, settings, cache)
    static.append(FeedFile(SCHEMA_PATH, schema_bytes()))
    pages = render_pages(corpus, settings, cache, parallel=parallel)
    return SiteFiles(pages, static, tuple(corpus.images))
