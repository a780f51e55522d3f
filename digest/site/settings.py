"""What pages and feeds need to know about the site, from whichever engine's configuration."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """What pages and feeds need to know about the site (from the engine's config)."""

    site_name: str
    site_url: str
    site_description: str = ""
    language: str = "en"
    page_size: int = 50
    feed_items: int = 50
    taxonomy_feed_items: int = 20
    sitemap_max_urls: int = 50_000  # URLs per sitemap file: the protocol's cap, or fewer
    search_part_records: int = 5_000  # records per part of the search index (whole days)
