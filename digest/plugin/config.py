"""The plugin's typed configuration (`plugins: - digest: {...}` in mkdocs.yml)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


# MkDocs' Config is not fully typed (its __init_subclass__ has no annotations).
class DigestConfig(Config):  # type: ignore[no-untyped-call]
    enabled = c.Type(bool, default=True)
    # Where content lives, relative to docs_dir.
    entries_dir = c.Type(str, default="entries")
    topics_file = c.Type(str, default="topics.yml")
    organizations_file = c.Type(str, default="organizations.yml")
    # Listing pages: entries (or quotes, or index items) per page.
    page_size = c.Type(int, default=50)
    # Items in the site-wide feeds, and in each topic's and organization's feed.
    feed_items = c.Type(int, default=50)
    taxonomy_feed_items = c.Type(int, default=20)
    # URLs per sitemap file (the sitemaps protocol allows at most 50,000).
    sitemap_max_urls = c.Type(int, default=50_000)
    # Records per part of the search index: each part is one Pagefind run over whole days,
    # so a build's memory, an edit's re-indexing and a first query stay bounded (docs/search.md).
    search_part_records = c.Type(int, default=5_000)
    # Show drafts (with a visible mark) under `mkdocs serve`; never in `mkdocs build`.
    drafts_in_serve = c.Type(bool, default=True)
    # Language of the feeds.
    language = c.Type(str, default="en")
    # The build cache (validated entries, rendered pages and feeds), relative to mkdocs.yml's
    # folder; DIGEST_CACHE_DIR overrides the folder, DIGEST_CACHE=0 turns the cache off.
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".cache/digest")
    # Under `mkdocs serve` only: preview the latest `preview_entries` entries plus every entry
    # changed since serve started (and their pages). "auto": when there are more than
    # PREVIEW_AUTO_ABOVE entries; true: always; false: never.
    preview_limit = c.Choice(("auto", True, False), default="auto")
    preview_entries = c.Type(int, default=50)
