"""Themed pages: the theme's rendering of each generated page, reused and shared with workers.

MkDocs renders the theme template for every page in every build (1.5-2 ms a page with
Material), and that is most of a warm build. The plugin takes that step over for the pages the
digest generates, without changing what is written:

- each page gets a key, derived from what its rendering reads: the page as MkDocs holds it
  (title, meta, outline, URL, neighbours, parents), the key of its body (`digest.build.site`),
  the nav, the whole MkDocs configuration with every plugin's settings, every file of every
  theme folder (Material's own templates and the project's `custom_dir`), the variables
  `mkdocs.yml` reads, and the software (`digest.build.fingerprint`). A page whose key is in the
  store is copied from it, not rendered;
- the page's template is swapped for a one-line template that prints what the plugin hands it,
  so MkDocs still runs every event, writes the file and builds the sitemap and search index;
- the pages the store lacks are themed by forked workers (`digest.build.workers`), which make
  each page's body too, while MkDocs goes through its pages; a page they have not reached is
  themed here;
- the stored pages are written into the site by another process (`digest.build.sitewriter`)
  from the moment they are known: MkDocs gets an empty page for each, which it leaves unwritten
  (its note saying so is not shown), and the files it would have written are the same.

Only with plugins known to leave a page's template context alone (`search` and the digest):
with any other plugin, every page is rendered by MkDocs as usual.
"""

from __future__ import annotations

import json
import logging
import marshal
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.theme import Theme
from mkdocs.utils import get_build_datetime

from digest.build.fingerprint import (
    FileHashes,
    covered_by_software,
    environment_variables,
    folder_digest,
    module_digests,
    software,
)
from digest.build.keys import digest_of
from digest.build.site import BuiltPage, Site
from digest.build.sitewriter import SiteWriter, Stored, write
from digest.build.store import Store
from digest.build.workers import cpu_count, ordered
from digest.content.rendering import MarkdownConfig
from digest.plugin.memo import ThemeMemo

log = logging.getLogger("mkdocs.plugins.digest")

KIND = "themed"  # the store's kind for themed pages
SEEN = "themed site"  # a record for each site whose pages the store holds
PASSTHROUGH = "digest/themed.html"
CONTEXT_NAME = "digest_themed"
TEMPLATES = Path(__file__).resolve().parent / "templates"
# Plugins whose on_page_context and on_post_page leave the template's context alone (Material's
# search only reads the page, and strips attributes the digest never ships).
SAFE_PLUGINS = frozenset({"search", "material/search", "digest"})
# Configuration that does not reach any page (where the site is written, how MkDocs runs).
_NOT_RENDERED = frozenset({"site_dir", "config_file_path", "watch", "dev_addr", "strict"})
PARALLEL_FROM = 64  # missing pages, below which forking workers costs more than it saves
PREFETCH = 32  # stored pages read in one query
CHUNK = 8
# Pages each set of theming workers makes before fresh ones are forked: a worker grows as it
# touches the build's objects (each read writes a reference count, so the page is copied) and
# keeps cards. At 10,000 short entries the process tree's peak was 1,090-1,109 MB renewed every
# 6,000 pages, 1,004-1,007 every 3,000 and 972-974 every 2,000, in no more time
# (docs/performance.md, "Sixth round").
RENEW = 2000
# Processes writing the stored pages: creating files is the kernel's work, on every core. At
# 10,000 short entries one took 14.7 s for 25,169 pages, about 12 s of it after the build's own
# process had nothing left to do but wait.
WRITERS = min(2, cpu_count())


@dataclass(frozen=True)
class _Plan:
    index: int
    key: str | None  # None without a store: rendered every time
    template: str
    built: BuiltPage


class ThemedPages:
    """One build's plan: which generated pages are copied, themed here or by the workers."""

    def __init__(self) -> None:
        self.store: Store | None = None
        self.allowed = False  # with the configured plugins (see allow)
        self.rendered = 0  # pages themed in this build (the rest came from the store)
        self.from_workers = 0  # of which by the workers
        self._plans: dict[str, _Plan] = {}
        self._env: jinja2.Environment | None = None
        self._site: Site | None = None
        self._note = ""
        self._results: Iterator[tuple[int, bytes]] | None = None
        self._ahead: dict[int, bytes] = {}
        self._hashes = FileHashes()
        self._stored: list[str] = []  # keys the store holds, in the order MkDocs builds them
        self._position: dict[str, int] = {}
        self._fetched: dict[str, bytes] = {}
        self.memo: ThemeMemo | None = None
        self._writer: SiteWriter | None = None
        self._handed: dict[str, tuple[_Plan, Page]] = {}  # by key: pages the writer writes
        self._written: set[str] = set()  # by source: pages a theming worker wrote itself
        self._theme: _Theme | None = None
        self._marker: str | None = None
        self._skipped = _Skipped(self._is_handed)

    def prepare(
        self,
        *,
        config: MkDocsConfig,
        files: Files,
        nav: Navigation,
        env: jinja2.Environment,
        site: Site,
        note: str,
        store: Store | None,
        serving: bool,
    ) -> None:
        """At on_env, when every page is read and the nav is final: swap in the pass-through
        template for each generated page, key it, start the workers for the missing pages.
        `note`: what is served above every body (the limited preview's note)."""
        self.close()
        self._plans, self.store, self._site, self._note = {}, store, site, note
        self._marker = None
        self.rendered = self.from_workers = 0
        if not self.allowed:
            return
        _add_passthrough(env)
        self.memo = ThemeMemo(nav)
        self.memo.install(env)
        self._env = env
        self._hashes.store = store
        context = site_key(config, nav, self._hashes, serving) if store is not None else ""
        # A site the store has never seen (a first build, a cache folder removed, another
        # theme or setting) has no page in it to find: its pages are keyed as they are
        # stored, by whoever themes them, not all here first (2.3 s on one core at 10,000
        # short entries). Only speed depends on the marker: a stored page is found by its key.
        marker = self._marker = digest_of("site seen", context) if store is not None else None
        later = store is not None and marker is not None and not store.has(SEEN, [marker])
        by_src = {built.page.src: built for built in site.pages}
        inclusion = InclusionLevel.is_in_serve if serving else InclusionLevel.is_included
        doc_files = files.documentation_pages(inclusion=inclusion)
        plans: list[tuple[_Plan, Page]] = []
        for index, file in enumerate(doc_files):
            page = file.page
            built = by_src.get(file.src_uri)
            if page is None or built is None or _excluded(file):
                continue
            template = str(page.meta.get("template", "main.html"))
            page.meta["template"] = PASSTHROUGH
            key = None
            if store is not None and built.key is not None and not later:
                key = page_key(context, page, template, built.key, note)
            plan = _Plan(index, key, template, built)
            self._plans[file.src_uri] = plan
            plans.append((plan, page))
        stored = store.has(KIND, [p.key for p, _ in plans if p.key]) if store is not None else set()
        missing = [(plan, page) for plan, page in plans if plan.key not in stored]
        self._theme = theme = _Theme(config, nav, doc_files, env, site, note, store)
        theme.context = context if later else None
        self._stored = []
        if serving:  # written here, as MkDocs goes (a rebuild writes few)
            self._stored = [plan.key for plan, _ in plans if plan.key in stored and plan.key]
        else:
            self._hand_over([(p, page) for p, page in plans if p.key in stored], store)
        self._position = {key: index for index, key in enumerate(self._stored)}
        self._fetched = {}
        many = len(missing) >= PARALLEL_FROM and not serving
        if many:
            self._results = ordered(
                _Writing(theme),
                missing,
                chunk=CHUNK,
                parallel=True,
                after_fork=store.reopen_after_fork if store is not None else None,
                flush=store.flush if store is not None else None,
                renew=RENEW,
            )

    def follow(self, quiet: Callable[[str], bool] | None) -> None:
        """Under `mkdocs serve`: `quiet(folder)` says nothing changed under a theme folder
        since it was last asked, so its files need not be listed again for the site's key."""
        self._hashes.quiet = quiet

    def _hand_over(self, pages: list[tuple[_Plan, Page]], store: Store | None) -> None:
        """The stored pages to the site writer: MkDocs writes none of them."""
        self._handed.update((plan.key, (plan, page)) for plan, page in pages if plan.key)
        tasks = [
            Stored(KIND, key, page.file.abs_dest_path) for key, (_, page) in self._handed.items()
        ]
        self._writer = SiteWriter(tasks, store, processes=WRITERS)
        _BUILD_LOG.addFilter(self._skipped)

    def _is_handed(self, src: str) -> bool:
        if src in self._written:
            return True
        plan = self._plans.get(src)
        return plan is not None and plan.key in self._handed

    def allow(self, config: MkDocsConfig) -> None:
        """Take the theming over only with plugins known to leave a page's context alone."""
        others = sorted(set(config.plugins) - SAFE_PLUGINS)
        self.allowed = not others
        if others:
            log.info(f"digest: pages are themed by MkDocs as usual (with plugins {others})")

    def html(self, page: Page, context: Any) -> Markup | None:
        """The themed HTML of a planned page: from the store, the workers, or themed here."""
        plan = self._plans.get(page.file.src_uri)
        if plan is None:
            return None
        if plan.key in self._handed:
            return Markup("")  # the site writer's: MkDocs writes nothing for it
        stored = self._from_store(plan.key)
        if stored is not None:
            return Markup(stored.decode("utf-8", "surrogatepass"))
        received = self._receive(plan.index)
        self.rendered += 1
        if received is not None:
            self.from_workers += 1
            if received == WRITTEN:  # the worker wrote it: MkDocs writes nothing for it
                self._written.add(page.file.src_uri)
                return Markup("")
            return Markup(received.decode("utf-8", "surrogatepass"))
        assert self._env is not None and self._site is not None
        page.content = self._note + self._site.body(plan.built).decode("utf-8", "surrogatepass")
        html = self._env.get_template(plan.template).render(context)
        key = self._theme.key(plan, page) if self._theme is not None else None
        if self.store is not None and key is not None:
            self.store.put(KIND, key, html.encode("utf-8", "surrogatepass"))
        return Markup(html)

    def _from_store(self, key: str | None) -> bytes | None:
        """A stored page, read with the next few the build will ask for (one query each
        PREFETCH pages, not one a page)."""
        if key is None or self.store is None or key not in self._position:
            return None
        if key not in self._fetched:
            start = self._position[key]
            self._fetched = self.store.get_many(KIND, self._stored[start : start + PREFETCH])
        return self._fetched.pop(key, None)

    def _receive(self, index: int) -> bytes | None:
        """The workers' rendering of page `index`, if it is one of theirs (in order)."""
        found = self._ahead.pop(index, None)
        if found is not None or self._results is None:
            return found
        for number, html in self._results:
            if number == index:
                return html
            if number > index:
                self._ahead[number] = html
                return None
        self._results = None
        return None

    def finish(self) -> None:
        """Wait for the site writer; write what it did not (read again, or themed here)."""
        writer, self._writer = self._writer, None
        if writer is not None:
            for task in writer.finish():
                plan, page = self._handed[task.key]
                data = self.store.get(KIND, task.key) if self.store is not None else None
                if data is None and self._theme is not None:  # gone from the store since
                    data = self._theme((plan, page))[1]
                    self.rendered += 1
                write(task.path, data or b"")
        if self.store is not None and self._marker is not None:
            self.store.put(SEEN, self._marker, b"")  # this site's pages are in the store
        self.close()

    def stop_workers(self) -> None:
        results, self._results = self._results, None
        self._ahead = {}
        if results is not None and hasattr(results, "close"):
            results.close()

    def close(self) -> None:
        self.stop_workers()
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        _BUILD_LOG.removeFilter(self._skipped)
        self._handed.clear()
        self._written.clear()
        self._theme = None


class _Theme:
    """MkDocs' own steps of `_build_page` up to the template, in a worker: the page's body
    made (or read from the store), the theme rendered and stored."""

    def __init__(
        self,
        config: MkDocsConfig,
        nav: Navigation,
        doc_files: Sequence[File],
        env: jinja2.Environment,
        site: Site,
        note: str,
        store: Store | None,
    ) -> None:
        self.config, self.nav, self.doc_files, self.env = config, nav, doc_files, env
        self.site, self.note, self.store = site, note, store
        self.context: str | None = None  # the site's key, when pages are keyed as stored

    def key(self, plan: _Plan, page: Page) -> str | None:
        """The page's key in the store: planned, or made now (from the same page, its
        template already swapped, so the same key either way)."""
        if plan.key is not None or self.context is None or plan.built.key is None:
            return plan.key
        return page_key(self.context, page, plan.template, plan.built.key, self.note)

    def __call__(self, item: tuple[_Plan, Page]) -> tuple[int, bytes]:
        plan, page = item
        config = self.config
        building = config._current_page
        config._current_page = page
        page.content = self.note + self.site.body(plan.built).decode("utf-8", "surrogatepass")
        page.active = True
        try:
            context = get_context(self.nav, self.doc_files, config, page)
            html = self.env.get_template(plan.template).render(context)
        finally:
            page.active = False
            page.content = ""  # not kept: a worker would hold every body of its share
            config._current_page = building
        data = html.encode("utf-8", "surrogatepass")
        key = self.key(plan, page)
        if self.store is not None and key is not None:
            self.store.put(KIND, key, data)
        return plan.index, data


WRITTEN = b""  # what a theming worker hands back for a page it wrote into the site itself


class _Writing:
    """A theming worker's job in a build that writes the site: theme the page and write its
    file there and then, as MkDocs would have (the same bytes the store keeps, which a warm
    build writes). Only the page's number goes back: not its HTML through a pipe to the
    build, which would decode it, encode it again and create the file, one page after another,
    while the workers wait for it (at 3,000 short entries, 7,556 files: the build's own
    process spent about 7 s creating them)."""

    def __init__(self, theme: _Theme) -> None:
        self.theme = theme

    def __call__(self, item: tuple[_Plan, Page]) -> tuple[int, bytes]:
        index, data = self.theme(item)
        if not data.strip():  # MkDocs leaves a page with empty output unwritten: so here
            return index, data
        write(item[1].file.abs_dest_path, data)
        return index, WRITTEN


# MkDocs notes each page it leaves unwritten for its empty output: the writer's are not news.
_BUILD_LOG = logging.getLogger("mkdocs.commands.build")


class _Skipped(logging.Filter):
    """Hides MkDocs' `Page skipped: 'SRC'. Generated empty output.` for the writer's pages."""

    def __init__(self, handed: Callable[[str], bool]) -> None:
        super().__init__()
        self.handed = handed

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not message.startswith("Page skipped: '"):
            return True
        return not self.handed(message[len("Page skipped: '") :].rsplit("'. ", 1)[0])


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled theme templates kept in memory across `mkdocs serve` rebuilds (MkDocs makes a
    new Jinja environment for each, and compiling Material's templates again cost 0.4 s). In
    memory only: compiled code on disk would be code a tampered cache folder could run. Jinja
    checks each template's source checksum, so an edited override is compiled again."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.compiled.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def _excluded(file: File) -> bool:
    """A draft page MkDocs marks itself (draft_docs): left to MkDocs."""
    return bool(file.inclusion.is_excluded())  # type: ignore[no-untyped-call]  # untyped in MkDocs


def _add_passthrough(env: jinja2.Environment) -> None:
    """Let `digest/themed.html` be found beside the theme's templates (once)."""
    loader = env.loader
    if isinstance(loader, jinja2.ChoiceLoader) and getattr(loader, "digest", False):
        return
    assert loader is not None
    choice = jinja2.ChoiceLoader(
        [jinja2.PrefixLoader({"digest": jinja2.FileSystemLoader(TEMPLATES)}), loader]
    )
    choice.digest = True  # type: ignore[attr-defined]
    env.loader = choice


# --- Keys ---------------------------------------------------------------------------------


def site_key(
    config: MkDocsConfig, nav: Navigation, hashes: FileHashes | None = None, serving: bool = False
) -> str:
    """What every page's theming depends on: the software, the settings and every plugin's,
    the variables mkdocs.yml reads, every file of every theme folder, the nav."""
    settings = {key: _data(value) for key, value in config.items() if key not in _NOT_RENDERED}
    variables = environment_variables(Path(config.config_file_path or "mkdocs.yml"))
    extensions = MarkdownConfig.from_settings(config.markdown_extensions, config.mdx_configs)
    return digest_of(
        "themed",
        software(hashes.store if hashes is not None else None),
        json.dumps(settings, sort_keys=True, ensure_ascii=False),
        json.dumps(variables, sort_keys=True),
        *module_digests(extensions.modules(), hashes),
        *[_theme_folder(folder, hashes, serving) for folder in config.theme.dirs],
        json.dumps(_nav_data(nav.items), ensure_ascii=False),
        _build_date(config.theme.dirs),
    )


def _theme_folder(folder: str, hashes: FileHashes | None, serving: bool) -> str:
    """A theme folder's files, as part of the key. One inside a dependency's folder (Material's
    own templates) is in the software's fingerprint already, file by file: listed once a build,
    not twice (about 0.3 s of every warm build, on a small site a third of it). Not under
    `mkdocs serve`, which fingerprints the software once a session: a template edited since
    must still count."""
    if not serving and covered_by_software(folder):
        return f"in the software: {os.path.realpath(folder)}"
    return folder_digest(Path(folder), hashes)


# What MkDocs hands every template about when the site was built: the key holds the date only
# where a theme's template reads it. (A page's `update_date` is its content's date, set by the
# plugin, and is in the page's own key.)
_DATED = (b"build_date_utc",)
_TEMPLATE_SUFFIXES = (".html", ".xml", ".j2", ".jinja", ".jinja2", ".txt")


def _build_date(folders: Iterable[str]) -> str:
    """This build's date (`SOURCE_DATE_EPOCH`, else now) when a template of the theme folders
    names it, else "": a page that prints it is then themed anew when it changes."""
    for folder in folders:
        for path, dirs, names in os.walk(folder):
            dirs[:] = [name for name in dirs if not name.startswith(".")]  # icons, not templates
            for name in names:
                if not name.endswith(_TEMPLATE_SUFFIXES):
                    continue
                try:
                    with open(os.path.join(path, name), "rb") as file:
                        text = file.read()
                except OSError:
                    continue
                if any(word in text for word in _DATED):
                    return get_build_datetime().isoformat()
    return ""


def page_key(site: str, page: Page, template: str, body: str, note: str = "") -> str:
    """What the theme reads of the page itself (`body`: the key of its body)."""
    return digest_of(
        site,
        template,
        page.file.src_uri,
        page.url,
        page.canonical_url or "",
        page.edit_url or "",
        str(page.update_date),
        str(page.title),
        _serialised(page.meta),
        body,
        note,
        _serialised(
            (
                _toc_data(page.toc),
                [_link(page.previous_page), _link(page.next_page)],
                [_link(item) for item in page.ancestors],
                (page.is_homepage, page.is_index),
            )
        ),
    )


def _serialised(value: Any) -> bytes:
    """Plain data as bytes, fast: `marshal` (C, one encoding per value and Python version,
    which the software fingerprint holds; version 0 marks neither shared objects nor interned
    strings, so equal data gives equal bytes however it was made), else JSON for the rest."""
    try:
        return b"m" + marshal.dumps(value, 0)
    except ValueError:
        return b"j" + json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr).encode()


def _link(item: Any) -> list[Any] | None:
    if item is None:
        return None
    return [type(item).__name__, str(item.title), getattr(item, "url", None)]


def _nav_data(items: Iterable[Any]) -> list[Any]:
    return [
        [*(_link(item) or []), _nav_data(item.children) if item.children else None]
        for item in items
    ]


def _toc_data(toc: Iterable[Any]) -> list[Any]:
    return [[item.level, item.id, item.title, _toc_data(item.children)] for item in toc]


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _data(value: Any, depth: int = 0) -> Any:
    """Settings as plain data for a key: plugins by their settings, the theme by its name,
    folders and options, anything else by its repr (without memory addresses)."""
    if depth > 30:
        return "…"
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, BasePlugin):
        return _data(dict(value.config), depth + 1)
    if isinstance(value, Theme):
        return {
            "name": value.name,
            "dirs": list(value.dirs),
            "static_templates": sorted(value.static_templates),
            "options": _data(dict(value), depth + 1),
        }
    if isinstance(value, Mapping):
        return {str(key): _data(item, depth + 1) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_data(item, depth + 1) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(repr(_data(item, depth + 1)) for item in value)
    return _ADDRESS.sub("", repr(value))
