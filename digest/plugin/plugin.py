"""The MkDocs plugin: config in, generated pages and feeds out, content errors as build errors.

Every hook is thin; the work happens in the core (`digest.build.pipeline` and
`digest.build.site` over the site layer's plan), which never imports MkDocs. The core renders
and sanitizes every editor's Markdown itself, so MkDocs converts nothing the digest serves:
each page's body is the core's HTML, and only the front matter (title, description, theme
options) goes through MkDocs.
"""

from __future__ import annotations

import datetime as dt
import gc
import html
import logging
import os
from collections.abc import Callable, Hashable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import write_file

from digest.build.cache import Cache, cache_dir, enabled, tracked_cache_problem
from digest.build.collector import Collector
from digest.build.pipeline import load_corpus
from digest.build.site import BuiltPage, Site, build_site
from digest.build.sitelock import SiteLock
from digest.content.layout import Layout
from digest.content.rendering import MarkdownConfig
from digest.content.siteconfig import nav_pages
from digest.model.corpus import Corpus
from digest.model.entry import Entry
from digest.model.usererror import UserError
from digest.model.writeup import Heading
from digest.plugin.config import DigestConfig
from digest.plugin.errors import ErrorSite, report
from digest.plugin.page import GeneratedPageView
from digest.plugin.preview import PREVIEW_AUTO_ABOVE, Preview
from digest.plugin.servedocs import ServeDocs
from digest.plugin.servewatch import ServeWatch
from digest.plugin.themed import CONTEXT_NAME, MemoryBytecodeCache, ThemedPages
from digest.site.page import GeneratedPage
from digest.site.settings import Settings
from digest.site.sitemaps import MAX_URLS

log = logging.getLogger("mkdocs.plugins.digest")


class _Loaded(NamedTuple):
    """The content as `on_pre_build` read it, for `on_files` to build from."""

    corpus: Corpus
    fingerprints: dict[str, bytes]
    cache: Cache | None
    layout: Layout


# MkDocs' base classes are not fully typed (their __init_subclass__ has no annotations).
class DigestPlugin(BasePlugin[DigestConfig]):  # type: ignore[no-untyped-call]
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        # Pages by source path: a dict, never `page in list` (MkDocs compares pages by title,
        # which can mean parsing them: quadratic).
        self.pages: dict[str, BuiltPage] = {}
        self.site: Site | None = None
        # The sitemap's date for pages without one of their own: the newest entry's.
        self.site_updated: dt.date | None = None
        self.cache: Cache | None = None  # kept across `mkdocs serve` rebuilds
        self.preview: Preview | None = None
        self.errors: ErrorSite | None = None  # the content is invalid (under mkdocs serve)
        self.themed = ThemedPages()
        self._nav: Navigation | None = None
        self._compiled = MemoryBytecodeCache()  # theme templates, across serve's rebuilds
        self._docs: Path | None = None  # the content folder, where MkDocs walks another one
        self._serve_docs = ServeDocs()
        self._frozen = False  # the first serve build's objects, out of the collector's passes
        self._watch: ServeWatch | None = None  # the content's changes, under mkdocs serve
        self._collector = Collector()  # fewer collector passes during a build (not serve)
        self._loaded: _Loaded | None = None  # the content read before the build, for on_files
        self._site_lock = SiteLock()

    def on_startup(self, *, command: str, dirty: bool) -> None:
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
        for name in ("page_size", "feed_items", "taxonomy_feed_items", "search_part_records"):
            if self.config[name] < 1:
                raise PluginError(f"digest: {name} must be at least 1")
        if not 1 <= self.config.sitemap_max_urls <= MAX_URLS:
            raise PluginError(f"digest: sitemap_max_urls must be between 1 and {MAX_URLS:,}")
        self.themed.allow(config)
        if not self.serving:
            self._collector.relax()
        # The core publishes the sitemap index (sitemap.xml), its sitemaps and robots.txt:
        # the theme's one-file sitemap (and its .gz) would replace the index.
        config.theme.static_templates.discard("sitemap.xml")
        self._docs = Path(config.docs_dir)
        if self.serving:  # MkDocs walks the content without its entries (plugin/servedocs.py)
            project = Path(config.config_file_path or ".").resolve().parent
            where = cache_dir(project, self.config.cache_dir) / "serve-docs"
            folder = where if enabled(self.config.cache) else None
            linked = self._serve_docs.refresh(self._docs, self.config.entries_dir, folder)
            config.docs_dir = str(linked)
            config.watch.append(str(self._docs))
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """The content is read and validated here, before MkDocs empties the site folder: a
        build refused for its content leaves the last good site as it was."""
        self._loaded = None
        if not self.config.enabled:
            return
        if not self.serving:  # serve builds into a folder of its own, one build at a time
            self._site_lock.acquire(config.site_dir)
        project = Path(config.config_file_path or ".").resolve().parent
        directory = cache_dir(project, self.config.cache_dir)
        tracked = tracked_cache_problem(project, directory)
        cache = self._cache(directory, project)
        fingerprints: dict[str, bytes] = {}
        layout = self._layout(config)
        corpus, problems = load_corpus(
            layout,
            include_drafts=self.serving and self.config.drafts_in_serve,
            cache=cache,
            parallel=not self.serving,
            select=self._select if self.serving else None,
            fingerprints=fingerprints,
        )
        if tracked is not None:
            problems = [tracked, *problems]
        report(problems, serving=self.serving)
        failed = corpus is None or tracked is not None
        self.errors = ErrorSite(problems, config.site_name) if failed and self.serving else None
        if failed and self.errors is None:
            count = sum(p.severity == "error" for p in problems)
            raise PluginError(
                f"digest: {count} error{'s' if count != 1 else ''} in the content (listed above); "
                "nothing was built. Run `digest check` to see them again."
            )
        warned = sum(p.severity == "warning" for p in problems)
        if warned and config.strict and not self.serving:
            # MkDocs would fail a strict build for them only after writing the whole site
            # over the last good one: refused here, before the site folder is emptied.
            raise PluginError(
                f"digest: {warned} warning{'s' if warned != 1 else ''} in the content (listed "
                "above), and the build is strict; nothing was built. Fix them, or build without "
                "--strict (and without strict: true in mkdocs.yml) to publish with them."
            )
        if corpus is not None and not failed:
            self._loaded = _Loaded(corpus, fingerprints, cache, layout)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        if self.errors is not None:  # the preview shows the errors: digest/plugin/errors.py
            self.pages, self.site = {}, None
            return self.errors.files(files, config)
        assert self._loaded is not None  # on_pre_build read valid content, or raised
        corpus, fingerprints, cache, layout = self._loaded
        self._loaded = None
        settings = self._settings(config)
        self.site_updated = corpus.updated.astimezone(dt.UTC).date() if corpus.updated else None
        try:
            site = build_site(
                corpus,
                settings,
                cache,
                fingerprints,
                parallel=not self.serving,
                site_dir=config.site_dir,  # the stored search bundle written from now on
            )
        except UserError as error:  # the search bundle could not be made: say why, in one line
            raise PluginError(f"digest: {error}") from None
        self.site = site
        self.pages = {built.page.src: built for built in site.pages}
        _keep_only(files, config, set(self.pages) | set(site.images))
        _add_pages(
            files,
            config,
            [built.page for built in site.pages],
            layout.nav_pages,
            sources=layout.root if self.serving else None,
        )
        for static in site.static:
            _add_static(files, config, static.path, static.content)
        return files

    @event_priority(-100)  # the nav as the theme will see it, after any other plugin's changes
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> None:
        self._nav = nav

    @event_priority(-100)
    def on_env(
        self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment | None:
        """Every page is read: plan the generated pages' theming (digest/plugin/themed.py)."""
        if not self.config.enabled or self._nav is None or self.site is None:
            return None
        if self.serving and env.bytecode_cache is None:
            env.bytecode_cache = self._compiled
        self.themed.prepare(
            config=config,
            files=files,
            nav=self._nav,
            env=env,
            site=self.site,
            note=self.preview.note if self.preview is not None else "",
            store=self.cache.store if self.cache is not None else None,
            serving=self.serving,
        )
        return None

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.errors is not None:
            self.errors.write(config.site_dir)
        self.themed.stop_workers()  # every page is themed: their memory is given back
        if self.site is not None:
            # The search bundle, made in the background while MkDocs built the pages (written
            # while the site writer may still be writing the stored pages).
            try:
                for static in self.site.later():
                    write_file(static.content, os.path.join(config.site_dir, static.path))
            except UserError as error:
                raise PluginError(f"digest: {error}") from None
        self.themed.finish()
        if self.cache is not None:
            # Under `mkdocs serve`, nothing is removed (its site differs from the build's).
            self.cache.finish(evict=not self.serving)
            self._report_cache()
            if not self.serving:  # done with it; MkDocs' build() alone never calls on_shutdown
                self.cache.close()  # its counts stay readable; the next build opens anew
        if self.serving and not self._frozen:
            self._freeze()
        self._collector.restore()
        self._site_lock.release()

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer | None:
        """The content followed by the system's file events, not polled by MkDocs; what they
        say changed is all the next walk reads again (digest/plugin/servewatch.py)."""
        if not self.config.enabled or self._docs is None:
            return server
        if self._watch is not None:
            self._watch.stop()
        self._watch = ServeWatch(self._docs)
        changes = self._watch.start(server, config.watch, list(config.theme.dirs))
        if self.cache is not None:
            self.cache.watch = changes
        self.themed.follow(self._watch.quiet)
        return server

    def on_build_error(self, *, error: Exception) -> None:
        self._site_lock.release()
        self._collector.restore()
        self.themed.close()
        if self.site is not None:
            self.site.close()
        if self.cache is not None:
            self.cache.store.flush()

    def on_shutdown(self) -> None:
        self._site_lock.release()
        if self._watch is not None:
            self._watch.stop()
        if self.cache is not None:
            self.cache.close()
        self._serve_docs.close()
        if self._frozen:
            gc.unfreeze()

    def _freeze(self) -> None:
        """After serve's first build: what it keeps for the session (every entry's outcome,
        at 100,000 entries about 1.6 million objects) moves out of the garbage collector's
        reach, so that a rebuild's own garbage no longer sets off a full pass over all of it
        (1.3-1.4 s, every other rebuild). Its garbage is collected first; what it keeps and
        later drops is freed as usual unless caught in a reference cycle."""
        self._frozen = True
        gc.collect()
        gc.freeze()

    def _report_cache(self) -> None:
        if self.cache is None:
            return
        for message in self.cache.errors:
            log.info(f"digest: {message}")
        self.cache.errors.clear()

    def _cache(self, directory: Path, project: Path) -> Cache | None:
        if not enabled(self.config.cache):
            self.cache = None
            return None
        if self.cache is None or self.cache.directory != directory or not self.serving:
            if self.cache is not None:
                self.cache.close()
            self.cache = Cache(directory, project)
            self.cache.keep = self.serving
            self.cache.watch = self._watch.changes if self._watch is not None else None
        self.cache.begin()
        self._report_cache()
        return self.cache

    def _layout(self, config: MkDocsConfig) -> Layout:
        return Layout(
            self._docs or Path(config.docs_dir),
            nav_pages=frozenset(nav_pages(config.nav)),
            markdown=MarkdownConfig.from_settings(
                config.markdown_extensions, config.mdx_configs or {}
            ),
            entries=self.config.entries_dir,
            topics=self.config.topics_file,
            organizations=self.config.organizations_file,
        )

    def _settings(self, config: MkDocsConfig) -> Settings:
        return Settings(
            site_name=config.site_name,
            site_url=config.site_url or "",
            site_description=config.site_description or "",
            language=self.config.language,
            page_size=self.config.page_size,
            feed_items=self.config.feed_items,
            taxonomy_feed_items=self.config.taxonomy_feed_items,
            sitemap_max_urls=self.config.sitemap_max_urls,
            search_part_records=self.config.search_part_records,
        )

    def _select(self, entries: list[Entry], signatures: Mapping[str, Hashable]) -> list[Entry]:
        """Under `mkdocs serve`: the limited preview, when it is on (`signatures`: each entry
        file's signature, by its path under the docs folder)."""
        limit = self.config.preview_limit
        if limit is False or (limit == "auto" and len(entries) <= PREVIEW_AUTO_ABOVE):
            self.preview = None
            return entries
        if self.preview is None:
            self.preview = Preview(self.config.preview_entries)
        return self.preview.select(entries, signatures)

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Nothing for MkDocs to convert: the core has rendered and sanitized every body."""
        built = self.pages.get(page.file.src_uri)
        generated = built.page if built is not None else None
        # Sitemap dates from the content, not the clock: builds are byte-identical on any day.
        updated = (generated.updated if generated is not None else None) or self.site_updated
        if updated is not None:
            page.update_date = updated.isoformat()
        if generated is None:
            return None
        # The core's meta as data (nothing to re-parse). A copy of its top level, which this
        # plugin changes (digest/plugin/themed.py); the values are shared, not copied: with
        # 15,000 pages, copying them cost 100 MB. No theme or allowed plugin changes them.
        page.meta = dict(generated.meta)
        return ""

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        built = self.pages.get(page.file.src_uri)
        if built is None:
            return None
        page.toc = get_toc(_toc_tokens(built.page.toc))  # type: ignore[arg-type]  # a TypedDict
        # With the theming taken over (digest/plugin/themed.py), MkDocs never reads the body.
        return "" if self.themed.allowed else self._document(built)

    def _document(self, built: BuiltPage) -> str:
        """A generated page's HTML as served (the limited preview's note first)."""
        assert self.site is not None
        note = self.preview.note if self.preview is not None else ""
        return note + self.site.body(built).decode("utf-8", "surrogatepass")

    @event_priority(-100)
    def _page_view(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> None:
        built = self.pages.get(page.file.src_uri)
        if built is None:
            return
        themed = self.themed.html(page, context)
        if themed is None:
            page.content = self._document(built)  # MkDocs themes it
        else:
            context[CONTEXT_NAME] = themed
            page.content = ""  # read by nothing after this: not kept to the end of the build

    on_page_context = _page_view


def _add_pages(
    files: Files,
    config: MkDocsConfig,
    pages: Iterable[GeneratedPage],
    in_nav: frozenset[str],
    sources: Path | None = None,
) -> None:
    """MkDocs reads nothing from the files: each page's meta is handed over as data by
    on_page_markdown (no YAML to write and parse again), and its body is served by
    on_page_content, without a second copy. `sources`: the content folder, when MkDocs walked
    another (under serve): an entry's page gets the `File` MkDocs' walk would have made."""
    by_uri = files.src_uris
    for page in pages:
        file = by_uri.get(page.src)
        if file is None and sources is not None and page.url.startswith("entries/"):
            file = File(page.src, str(sources), config.site_dir, config.use_directory_urls)
            files.append(file)
        if file is not None:
            file.content_string = ""
            if page.url.startswith("entries/"):
                file.inclusion = InclusionLevel.NOT_IN_NAV
        else:
            inclusion = InclusionLevel.UNDEFINED if page.nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.src, content="", inclusion=inclusion)
            files.append(file)
        if not page.nav and page.src not in in_nav:  # a nav page takes its title from the nav
            GeneratedPageView(None, file, config)


def _toc_tokens(headings: tuple[Heading, ...]) -> list[dict[str, Any]]:
    """The core's outline as Python-Markdown's toc tokens; names and ids escaped (themes print
    them as they are)."""
    return [
        {
            "level": h.level,
            "id": html.escape(h.id),
            "name": html.escape(h.text),
            "children": _toc_tokens(h.children),
        }
        for h in headings
    ]


def _keep_only(files: Files, config: MkDocsConfig, allowed: set[str]) -> None:
    """Publish from the docs folder only what the core validated: drafts, scheduled entries,
    taxonomy files and anything else the content holds stay out. Theme files stay."""
    docs = os.path.realpath(config.docs_dir)
    written = os.path.abspath(config.docs_dir) + os.sep
    for file in list(files):
        source = file.abs_src_path
        if file.generated_by is not None or source is None or file.src_uri in allowed:
            continue
        # Under the docs folder as written (fast: no realpath for each of 10,000 entries),
        # or once symlinks are resolved.
        if source.startswith(written) or os.path.realpath(source).startswith(docs + os.sep):
            files.remove(file)


def _add_static(files: Files, config: MkDocsConfig, path: str, content: bytes) -> None:
    existing = files.get_file_from_path(path)
    if existing is not None:
        files.remove(existing)
    files.append(File.generated(config, str(PurePosixPath(path)), content=content))
