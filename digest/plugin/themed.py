"""Themed pages: the theme's rendering of each generated page, reused and parallelised.

MkDocs renders the theme template for every page in every build (about 1.5-2 ms a page with
Material), and that is most of a warm build. The plugin takes that step over for the pages the
digest generates, without changing what is written:

- each page gets a key: everything its rendering reads (the page's title, meta, body, outline,
  URL and neighbours; the nav; the MkDocs configuration, plugin settings and theme files; the
  digest's and the libraries' versions). A page whose key is in the store (`digest.filestore`)
  is copied from it, not rendered; with nothing stored for the site, pages are keyed only as
  they are stored;
- the page's template is swapped for a one-line template that prints what the plugin hands it,
  so MkDocs still runs every event, writes the file and builds the sitemap and search index;
- on a cold store, forked helpers (`digest.forked.Relay`, three one after another) theme the
  missing pages they get to first, while MkDocs indexes and writes every page and the build
  themes those the helpers have not started (this machine has 2 cores, and so do CI runners).

Only with plugins known to leave a page's template context alone (`search` and the digest):
with any other plugin, every page is rendered by MkDocs as usual. Pinned by tests/test_cache.py
(a warm build is byte-identical to a build without the cache after every kind of change) and
tests/test_themed.py.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
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

from digest.build.cache import code_fingerprint, digest_of
from digest.build.filestore import FileStore
from digest.build.forked import Relay, can_fork

log = logging.getLogger("mkdocs.plugins.digest")

FORMAT = 1
PASSTHROUGH = "digest/themed.html"
CONTEXT_NAME = "digest_themed"
TEMPLATES = Path(__file__).resolve().parent / "templates"
# Plugins whose on_page_context and on_post_page leave the template's context alone (Material's
# search only reads the page, and strips attributes the digest never ships).
SAFE_PLUGINS = frozenset({"search", "material/search", "digest"})
# Configuration that does not reach any page (where the site is written, how MkDocs runs).
_NOT_RENDERED = frozenset({"site_dir", "config_file_path", "watch", "dev_addr", "strict"})
PARALLEL_FROM = 100  # missing pages, below which a helper process costs more than it saves
HELPERS = 3  # one after another, each for a third of the missing pages (digest.forked.Relay)
KEY_LENGTH = 40  # a page key's hex digits (digest.cache.digest_of), ahead of a keyed rendering


@dataclass(frozen=True)
class _Plan:
    index: int
    key: str | None  # None: worked out only when the page is stored (see ThemedPages.prepare)
    template: str


class ThemedPages:
    """One build's plan: which generated pages are copied, rendered here, or by the helper."""

    def __init__(self) -> None:
        self.store: FileStore | None = None
        self.context = ""
        self.allowed = False  # with the configured plugins (see allow)
        self.rendered = 0  # pages themed in this build (the rest came from the store)
        self.from_helper = 0  # of which by the helpers
        self._plans: dict[str, _Plan] = {}
        self._env: jinja2.Environment | None = None
        self._parts: Callable[[str], Sequence[str | bytes]] | None = None
        self._keyed = False  # the relay's renderings start with their page's key
        self._helper: Relay[tuple[_Plan, Page]] | None = None

    def prepare(
        self,
        *,
        config: MkDocsConfig,
        files: Files,
        nav: Navigation,
        env: jinja2.Environment,
        parts: Callable[[str], Sequence[str | bytes]],
        store: FileStore | None,
        serving: bool,
    ) -> None:
        """At on_env, when every page is read and the nav is final: swap in the pass-through
        template for each generated page, key it when the store may hold it (on a cold store,
        pages are keyed as they are stored), start the helpers for the missing pages."""
        self.close()
        self._plans, self.store, self._keyed = {}, store, False
        self.rendered = self.from_helper = 0
        if not self.allowed:
            return
        _add_passthrough(env)
        self._env, self._parts = env, parts
        self.context = site_key(config, nav)
        if store is not None:
            store.begin(self.context)
        # Keying is 2 s at 10,000 entries, before the theming (and its helpers) can start. With
        # nothing stored for this site, nothing could be found by key: each page is keyed only
        # when it is stored, in the theming loop, which both cores share.
        lookup = store is not None and not store.empty
        inclusion = InclusionLevel.is_in_serve if serving else InclusionLevel.is_included
        doc_files = files.documentation_pages(inclusion=inclusion)
        missing: list[tuple[_Plan, Page]] = []
        for index, file in enumerate(doc_files):
            page = file.page
            if page is None or _excluded(file):
                continue
            try:
                content = parts(file.src_uri)
            except KeyError:
                continue  # not a generated page
            template = str(page.meta.get("template", "main.html"))
            page.meta["template"] = PASSTHROUGH  # before keying, as when keyed later
            key = page_key(self.context, page, template, content) if lookup else None
            plan = _Plan(index, key, template)
            self._plans[file.src_uri] = plan
            if store is None or key is None or not store.has(key):
                missing.append((plan, page))
        if len(missing) >= PARALLEL_FROM and not serving and can_fork():
            # The build also indexes and writes every page (about 1 ms each): the helpers theme
            # every missing page they get to first, the build those it reaches first.
            items = [(plan.index, (plan, page)) for plan, page in missing]
            # On a cold store, whoever themes a page keys it too (the build, when it waits for
            # the helpers, or the helpers): the work stays shared, whichever side is busier.
            self._keyed = store is not None and not lookup
            keyed = self.context if self._keyed else None
            render = _theme(config, nav, doc_files, env, parts, keyed)
            self._helper = Relay.start(items, render, parts=HELPERS)

    def allow(self, config: MkDocsConfig) -> None:
        """Take the theming over only with plugins known to leave a page's context alone."""
        others = sorted(set(config.plugins) - SAFE_PLUGINS)
        self.allowed = not others
        if others:
            log.info(f"digest: pages are themed by MkDocs as usual (with plugins {others})")

    def html(self, page: Page, context: Any, document: Callable[[], str]) -> Markup | None:
        """The themed HTML of a planned page (from the store, the helper or rendered here);
        `document` is the page's body, needed only when it is rendered here."""
        plan = self._plans.get(page.file.src_uri)
        if plan is None:
            return None
        stored = self.store.get(plan.key) if self.store is not None and plan.key else None
        if stored is not None:
            return Markup(stored.decode("utf-8", "surrogatepass"))
        received, key = None, plan.key
        if self._helper is not None:
            helped = self._helper.helped
            received = self._helper.receive(plan.index)
            self.from_helper += self._helper.helped - helped
        if received is not None:
            if self._keyed:
                key, received = received[:KEY_LENGTH].decode("ascii"), received[KEY_LENGTH:]
            html = received.decode("utf-8", "surrogatepass")
        else:
            assert self._env is not None
            page.content = document()
            html = self._env.get_template(plan.template).render(context)
            received = html.encode("utf-8", "surrogatepass")
        self.rendered += 1
        if self.store is not None:
            if key is None:
                assert self._parts is not None
                content = self._parts(page.file.src_uri)
                key = page_key(self.context, page, plan.template, content)
            self.store.put(key, received)
        return Markup(html)

    def finish(self) -> None:
        """After the build: list what it used, remove what no recent build did."""
        self.close()
        if self.store is not None and self._plans:
            self.store.finish()

    def close(self) -> None:
        if self._helper is not None:
            self._helper.stop()
            self._helper = None


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


def site_key(config: MkDocsConfig, nav: Navigation) -> str:
    """What every page's theming depends on: settings, plugins' settings, theme files, nav."""
    settings = {key: _data(value) for key, value in config.items() if key not in _NOT_RENDERED}
    return digest_of(
        f"themed {FORMAT}",
        code_fingerprint(),
        json.dumps(settings, sort_keys=True, ensure_ascii=False),
        _theme_files(config.theme),
        json.dumps(_nav_data(nav.items), ensure_ascii=False),
    )


def page_key(site: str, page: Page, template: str, content: Sequence[str | bytes]) -> str:
    """What the theme reads of the page itself (`content`: its body, in parts)."""
    return digest_of(
        site,
        template,
        page.file.src_uri,
        page.url,
        page.canonical_url or "",
        page.edit_url or "",
        str(page.update_date),
        str(page.title),
        json.dumps(page.meta, sort_keys=True, ensure_ascii=False, default=repr),
        digest_of(*content),
        json.dumps(_toc_data(page.toc), ensure_ascii=False),
        json.dumps([_link(page.previous_page), _link(page.next_page)], ensure_ascii=False),
        json.dumps([_link(item) for item in page.ancestors], ensure_ascii=False),
        repr((page.is_homepage, page.is_index)),
    )


def document(parts: Iterable[str | bytes]) -> str:
    """A page's HTML as served, from its parts (text, or UTF-8 bytes)."""
    return "".join(
        part.decode("utf-8", "surrogatepass") if isinstance(part, bytes) else part for part in parts
    )


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


def _theme_files(theme: Theme) -> str:
    """The theme's own folders are covered by the installed versions (in the code fingerprint);
    other folders (`custom_dir` overrides) by their files' names and bytes."""
    installed = [Path(module.__file__ or ".").resolve().parent for module in _theme_packages()]
    parts: list[str | bytes] = []
    for folder in map(Path, theme.dirs):
        resolved = folder.resolve()
        if any(resolved.is_relative_to(package) for package in installed):
            parts.append(str(folder))
            continue
        for path in sorted(resolved.rglob("*")):
            if path.is_file():
                parts += [path.relative_to(resolved).as_posix(), path.read_bytes()]
    return digest_of(*parts)


def _theme_packages() -> list[Any]:
    import material  # type: ignore[import-untyped]  # Material ships no type information
    import mkdocs

    return [material, mkdocs]


def _theme(
    config: MkDocsConfig,
    nav: Navigation,
    doc_files: Sequence[File],
    env: jinja2.Environment,
    parts: Callable[[str], Sequence[str | bytes]],
    keyed: str | None = None,
) -> Callable[[tuple[_Plan, Page]], bytes]:
    """MkDocs' own steps of `_build_page` up to the template, for the helper process. With
    `keyed` (the site key), each rendering starts with the page's key (KEY_LENGTH digits)."""

    def render(item: tuple[_Plan, Page]) -> bytes:
        """In a helper, or in the build ahead of MkDocs' own loop (digest.forked.Relay): the
        page MkDocs is building at that moment (a helper forked mid-build inherits it) is
        marked active, which would show in this page's nav; it is set aside meanwhile."""
        plan, page = item
        building = config._current_page
        was_active = building is not None and building is not page and building.active
        if was_active and building is not None:
            building.active = False  # and its sections
        config._current_page = page
        content = parts(page.file.src_uri)
        key = page_key(keyed, page, plan.template, content).encode() if keyed else b""
        page.content = document(content)
        page.active = True
        try:
            context = get_context(nav, doc_files, config, page)
            html = env.get_template(plan.template).render(context)
            return key + html.encode("utf-8", "surrogatepass")
        finally:
            page.active = False
            page.content = ""  # not kept: a helper would hold every body of its share
            config._current_page = building
            if was_active and building is not None:
                building.active = True

    return render
