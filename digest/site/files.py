"""Every file the site publishes, from the digest model: one plan for every engine.

The MkDocs plugin hands these files to MkDocs; `digest generate` writes them to a folder that
any engine reads. Both plan the site here and have the build layer make the files, so the two
builds cannot drift apart: the same pages, the same feeds byte for byte, the same schema.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from digest.model.corpus import Corpus
from digest.model.schema import entry_json_schema
from digest.site.discovery import plan_discovery, plan_search
from digest.site.feeds import PlannedFile, plan_feeds
from digest.site.page import GeneratedPage
from digest.site.pages import labels_of, plan_pages
from digest.site.render import Job
from digest.site.settings import Settings
from digest.site.views import SchemaView

SCHEMA_PATH = "schema/entry.schema.json"


@dataclass(frozen=True)
class SitePlan:
    """What the digest adds to a site (the engine adds its theme), not yet rendered."""

    pages: list[GeneratedPage]  # generated pages and the editors' nav pages
    static: list[PlannedFile]  # feeds, OPML, sitemaps, robots.txt, the schema
    images: Sequence[str]  # files under the docs folder, published as they are


def schema_bytes(view: SchemaView | None = None) -> bytes:
    """The entry schema as the site publishes it (and `digest schema` prints it)."""
    return (json.dumps(entry_json_schema(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def plan_site(corpus: Corpus, settings: Settings) -> SitePlan:
    """Every page and file of the site, each with the job that makes it."""
    labels = labels_of(corpus)
    static = plan_feeds(corpus, settings, labels)
    static.append(PlannedFile(SCHEMA_PATH, Job(schema_bytes, SchemaView())))
    pages = plan_pages(corpus, settings, labels)
    static += plan_discovery(corpus, settings, pages)  # sitemaps, robots.txt
    return SitePlan(pages, static, tuple(corpus.images))


def plan_folders(corpus: Corpus, settings: Settings) -> list[PlannedFile]:
    """Files made at once as a folder (path ending in "/"; the search bundle): the longest
    jobs, planned apart so that a build can start them first."""
    return plan_search(corpus, settings)
