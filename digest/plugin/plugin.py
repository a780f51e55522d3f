"""The MkDocs plugin: config in, generated pages and feeds out, content errors as build errors.

Every hook is thin; the work happens in the core (`digest.pipeline`, `digest.pages`,
`digest.feeds`), which never imports MkDocs.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from ..feeds import render_feeds
from ..model import entry_json_schema
from ..pages import GeneratedPage, Settings, render_pages
from ..pipeline import DocumentCache, Layout, load_corpus
from .config import DigestConfig

log = logging.getLogger("mkdocs.plugins.digest")

_REST = "<!-- digest: the write-up continues -->"
# The generated pages that head a section; every other generated page stays out of the nav.
_SECTIONS = {
    "index.md",
    "topics/index.md",
    "organizations/index.md",
    "people/index.md",
    "archive/index.md",
    "feeds/index.md",
}


class DigestPlugin(BasePlugin[DigestConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self.cache = DocumentCache()
        # Generated pages by source path: a dict, never `page in list` (MkDocs compares pages
        # by title, which can mean parsing them: quadratic).
        self.pages: dict[str, GeneratedPage] = {}
        self._full_content: dict[int, str] = {}
        # The sitemap's date for pages we do not generate (e.g. About): the newest entry's.
        self.site_updated: dt.date | None = None

    def on_startup(self, *, command, dirty) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        if not config.site_url:
            raise PluginError(
                "digest: site_url is not set in mkdocs.yml; feeds need absolute URLs "
                "(e.g. site_url: https://example.org/digest/)"
            )
        if not config.use_directory_urls:
            raise PluginError(
                "digest: use_directory_urls must be true (URLs are /entries/<YYYY>/<slug>/)"
            )
        for name in ("page_size", "feed_items", "taxonomy_feed_items"):
            if self.config[name] < 1:
                raise PluginError(f"digest: {name} must be at least 1")
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        layout = Layout(
            Path(config.docs_dir),
            self.config.entries_dir,
            self.config.topics_file,
            self.config.organizations_file,
        )
        corpus, problems = load_corpus(
            layout, include_drafts=self.serving and self.config.drafts_in_serve, cache=self.cache
        )
        for problem in problems:
            {"error": log.error, "warning": log.warning}.get(problem.severity, log.info)(
                str(problem)
            )
        if corpus is None:
            count = sum(p.severity == "error" for p in problems)
            raise PluginError(
                f"digest: {count} error{'s' if count != 1 else ''} in the content (listed above); "
                "nothing was built. Run `digest check` to see them again."
            )
        settings = Settings(
            site_name=config.site_name,
            site_url=config.site_url or "",
            site_description=config.site_description or "",
            language=self.config.language,
            page_size=self.config.page_size,
            feed_items=self.config.feed_items,
            taxonomy_feed_items=self.config.taxonomy_feed_items,
        )

        # Entries not published (drafts, scheduled) and the taxonomy files leave the build.
        published = {entry.src for entry in corpus.entries}
        entries_prefix = f"{self.config.entries_dir}/"
        by_uri = files.src_uris
        for uri, file in list(by_uri.items()):
            is_entry = uri.startswith(entries_prefix) and uri.endswith(".md")
            is_taxonomy = uri in (self.config.topics_file, self.config.organizations_file)
            if (is_entry and uri not in published) or is_taxonomy:
                files.remove(file)

        self.site_updated = corpus.updated.astimezone(dt.UTC).date() if corpus.updated else None
        by_uri = files.src_uris
        self.pages = {}
        for page in render_pages(corpus, settings):
            self.pages[page.src] = page
            # The engine reads the front matter (title, meta) from the file; the body is served
            # from self.pages by on_page_markdown/on_page_content, without a second copy.
            content = page.front
            existing = by_uri.get(page.src)
            if existing is not None and existing.src_uri in published:
                existing.content_string = content
                existing.inclusion = InclusionLevel.NOT_IN_NAV
            elif existing is not None:
                raise PluginError(
                    f"digest: {config.docs_dir}/{page.src} would be overwritten by the "
                    f"generated page at /{page.url}; remove or rename it"
                )
            else:
                inclusion = (
                    InclusionLevel.UNDEFINED if page.src in _SECTIONS else InclusionLevel.NOT_IN_NAV
                )
                files.append(File.generated(config, page.src, content=content, inclusion=inclusion))
        for feed in render_feeds(corpus, settings):
            _add_static(files, config, feed.path, feed.content)
        schema = _schema_bytes()
        _add_static(files, config, "schema/entry.schema.json", schema)
        return files

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str | None:
        """Markdown is converted only where an editor wrote it: an entry's write-up."""
        generated = self.pages.get(page.file.src_uri)
        # Sitemap dates from the content, not the clock: builds are byte-identical on any day.
        updated = generated.updated if generated is not None else self.site_updated
        if updated is not None:
            page.update_date = updated.isoformat()
        if generated is None:
            return None
        if generated.html_body:
            return ""
        if generated.head is None:
            return None
        if generated.lead and generated.rest:
            return f"{generated.lead}\n\n{_REST}\n\n{generated.rest}\n"
        return (generated.lead or generated.rest) + "\n"

    def on_page_content(self, html: str, *, page, config, files) -> str | None:
        generated = self.pages.get(page.file.src_uri)
        if generated is None:
            return None
        if generated.html_body:
            return generated.body
        if generated.head is None:
            return None
        lead, rest = [*html.split(_REST, 1), ""][:2] if generated.lead else ("", html)
        parts = [generated.head]
        if generated.lead:
            parts.append(f'<div class="digest-writeup digest-writeup--lead">{lead}</div>')
        parts.append(generated.quotes)
        if generated.rest:
            parts.append(f'<div class="digest-writeup" data-search-exclude="true">{rest}</div>')
        parts.append(generated.foot or "")
        return "\n".join(parts)

    # Material's search indexes `page.content` in its on_page_context. Around it, this plugin
    # hands it only what readers search for (title, summary, quotes, people, topics and
    # organizations), then puts the page back: a small index, built fast.
    @event_priority(100)
    def _search_view(self, context, *, page, config, nav):
        generated = self.pages.get(page.file.src_uri)
        if generated is not None and generated.search_html is not None:
            self._full_content[id(page)] = page.content
            page.content = generated.search_html

    @event_priority(-100)
    def _page_view(self, context, *, page, config, nav):
        full = self._full_content.pop(id(page), None)
        if full is not None:
            page.content = full

    on_page_context = CombinedEvent(_search_view, _page_view)


def _add_static(files: Files, config: MkDocsConfig, path: str, content: bytes) -> None:
    existing = files.get_file_from_path(path)
    if existing is not None:
        files.remove(existing)
    files.append(File.generated(config, str(PurePosixPath(path)), content=content))


def _schema_bytes() -> bytes:
    import json

    return (json.dumps(entry_json_schema(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
