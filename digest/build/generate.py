"""`digest generate`: the whole site as an engine-neutral docs folder, for engines without plugins.

Zensical (Material's successor) and any other engine that reads `mkdocs.yml` build the files
they find; they run no digest plugin. This writes those files: every page as Markdown with
front matter whose body is the core's sanitized HTML, the feeds, OPML, section sitemaps and the
schema as static files, the images, the theme overrides, and a `mkdocs.yml` without the digest
plugin. The files come from `digest.build.site.build_site`, as the MkDocs plugin's do, through
the same cache.

The folder is written whole or not at all: in a temporary folder beside it, renamed into place
at the end. It never writes into the content folder, nor into a folder it did not make.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from digest.build.cache import Cache, cache_dir, enabled, tracked_cache_problem
from digest.build.pipeline import load_corpus
from digest.build.site import Site, build_site
from digest.content.siteconfig import SiteConfig, load_mkdocs_yml, read_site_config
from digest.model.problems import Problem
from digest.model.usererror import UserError
from digest.site.page import GeneratedPage, document
from digest.site.settings import Settings
from digest.site.sitemaps import MAX_URLS

MARKER = ".digest-generated"
DOCS = "docs"
OVERRIDES = "overrides"
SITE = "site"
CONFIG = "mkdocs.yml"

_MARKER_TEXT = (
    "This folder was written by `digest generate`; the next run replaces it whole.\n"
    "Edit content/ and mkdocs.yml instead.\n"
)
_CONFIG_HEADER = (
    "# Written by `digest generate` from {source}: edit that file, not this one.\n"
    "# The digest's pages are already generated into docs/, so no digest plugin runs here.\n"
)


@dataclass(frozen=True)
class Generated:
    """What a run wrote, for the summary line."""

    root: Path
    pages: int
    static: int
    images: int


def settings_from(config: SiteConfig) -> Settings:
    """Page and feed settings as the plugin reads them (its defaults, MkDocs' site_url rule)."""
    options = config.plugin or {}
    url = config.site_url
    if url and not url.endswith("/"):
        url += "/"  # MkDocs reads site_url as a folder: feeds must match its build byte for byte
    defaults = Settings(site_name=config.site_name, site_url=url)
    return Settings(
        site_name=config.site_name,
        site_url=url,
        site_description=config.site_description,
        language=str(options.get("language", defaults.language)),
        page_size=_positive(options, "page_size", defaults.page_size),
        feed_items=_positive(options, "feed_items", defaults.feed_items),
        taxonomy_feed_items=_positive(options, "taxonomy_feed_items", defaults.taxonomy_feed_items),
        sitemap_max_urls=min(
            _positive(options, "sitemap_max_urls", defaults.sitemap_max_urls), MAX_URLS
        ),
        search_part_records=_positive(options, "search_part_records", defaults.search_part_records),
    )


def _positive(options: dict[str, Any], name: str, default: int) -> int:
    value = options.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise UserError(f"digest: {name} must be a whole number of at least 1")
    return value


def output_src(page: GeneratedPage) -> str:
    """Where a page's file goes: `<url>index.md`. Engines resolve relative links against the
    Markdown file's folder; in a folder named like its URL they mean what the core meant."""
    return f"{page.url}index.md"


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_target(out: Path, docs_dir: Path) -> None:
    """Refuse the content folder (or any folder around it) and folders this did not make."""
    if out.is_symlink():
        raise UserError(f"{out}: refusing to write through a symlink")
    target = out.resolve()
    docs = docs_dir.resolve()
    if _inside(target, docs) or _inside(docs, target):
        raise UserError(
            f"{out}: refusing to write into or over the content folder ({docs_dir}); "
            "choose a folder of its own, e.g. build/zensical"
        )
    if target.exists() and not target.is_dir():
        raise UserError(f"{out}: exists and is not a folder")
    if target.is_dir() and any(target.iterdir()):
        marker = target / MARKER
        if marker.is_symlink() or not marker.is_file():
            raise UserError(
                f"{out}: refusing to replace a folder that `digest generate` did not write "
                f"(no {MARKER} in it); choose an empty or new folder"
            )


def _safe_parts(rel: str) -> PurePosixPath:
    """A path the core produced, checked once more: relative, no `..`, no empty parts."""
    path = PurePosixPath(rel)
    if path.is_absolute() or not path.parts or any(p in ("..", ".", "") for p in path.parts):
        raise ValueError(f"not a site path: {rel!r}")
    return path


def _write(root: Path, rel: str, data: bytes) -> None:
    path = root.joinpath(*_safe_parts(rel).parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as file:  # two files at one path would be a bug: never overwrite
        file.write(data)


def _rewrite_nav(nav: Any, moved: dict[str, str]) -> Any:
    """The nav with each page named by its generated file."""
    if isinstance(nav, str):
        return moved.get(str(PurePosixPath(nav)), nav)
    if isinstance(nav, list):
        return [_rewrite_nav(item, moved) for item in nav]
    if isinstance(nav, dict):
        return {key: _rewrite_nav(value, moved) for key, value in nav.items()}
    return nav


def _without_digest(plugins: Any) -> list[Any]:
    kept: list[Any] = []
    for item in plugins if isinstance(plugins, list) else []:
        if item == "digest" or (isinstance(item, dict) and "digest" in item):
            continue
        kept.append(item)
    return kept


def engine_config(
    data: dict[str, Any], settings: Settings, moved: dict[str, str], overrides: bool
) -> dict[str, Any]:
    """The project's mkdocs.yml for the generated folder: the same site name, URL, theme,
    nav and Markdown settings; the digest plugin gone, since its pages are files now."""
    config = dict(data)
    config["site_url"] = settings.site_url  # as the feeds were built: !ENV read once, here
    config["docs_dir"] = DOCS
    config["site_dir"] = SITE
    if "nav" in config:
        config["nav"] = _rewrite_nav(config["nav"], moved)
    config["plugins"] = _without_digest(config.get("plugins"))
    theme = config.get("theme")
    if isinstance(theme, dict):
        theme = dict(theme)
        if overrides:
            theme["custom_dir"] = OVERRIDES
        else:
            theme.pop("custom_dir", None)
        # Zensical's `material` theme defaults to its new look; `classic` is Material's.
        theme.setdefault("variant", "classic")
        config["theme"] = theme
    return config


def _write_tree(
    tmp: Path,
    site: Site,
    config: SiteConfig,
    data: dict[str, Any],
    settings: Settings,
    source: Path,
) -> None:
    docs = tmp / DOCS
    moved: dict[str, str] = {}
    for built, body in zip(site.pages, site.bodies(site.pages), strict=True):
        dest = output_src(built.page)
        moved[built.page.src] = dest
        _write(docs, dest, document(built.page, body).encode("utf-8", "surrogatepass"))
    for static in site.static:
        _write(docs, static.path, static.content)
    for image in site.images:
        path = config.layout.root / image
        if path.is_symlink():  # validation refuses symlinks; checked again before reading
            raise UserError(f"{path}: is a symlink")
        _write(docs, image, path.read_bytes())
    theme = data.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    overrides = source.parent / str(custom) if custom else None
    if overrides is not None and overrides.is_dir():
        shutil.copytree(overrides, tmp / OVERRIDES, symlinks=False)
    engine = engine_config(data, settings, moved, overrides is not None and overrides.is_dir())
    text = _CONFIG_HEADER.format(source=source.name) + yaml.safe_dump(
        engine, allow_unicode=True, sort_keys=False, width=1_000_000
    )
    (tmp / CONFIG).write_text(text, encoding="utf-8")
    (tmp / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")


def _swap_in(tmp: Path, out: Path) -> None:
    """Put the finished folder at `out`; an older generated folder there goes only after."""
    if not out.exists():
        tmp.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    out.rename(old)
    try:
        tmp.rename(out)
    except OSError:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def generate(
    mkdocs_yml: Path,
    out: Path,
    report: Callable[[Problem], None] = lambda problem: None,
    *,
    use_cache: bool = True,
) -> Generated | None:
    """Validate the content, then write the folder; None (and nothing written) on any error.
    Refusals and unreadable configuration raise UserError."""
    if not mkdocs_yml.is_file():
        raise UserError(f"{mkdocs_yml}: not found (use --config-file PATH)")
    try:
        data = load_mkdocs_yml(mkdocs_yml)
        config = read_site_config(mkdocs_yml)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise UserError(f"{mkdocs_yml}: cannot read: {error}") from None
    if not config.site_url:
        raise UserError(f"{mkdocs_yml}: site_url is not set; feeds need absolute URLs")
    check_target(out, config.layout.root)
    settings = settings_from(config)
    project = mkdocs_yml.resolve().parent
    configured = (config.plugin or {}).get("cache_dir")
    directory = cache_dir(project, configured if isinstance(configured, str) else None)
    tracked = tracked_cache_problem(project, directory)
    if tracked is not None:
        report(tracked)
        return None
    cache = Cache(directory, project) if enabled(use_cache) else None
    try:
        if cache is not None:
            cache.begin()
        fingerprints: dict[str, bytes] = {}
        corpus, problems = load_corpus(config.layout, cache=cache, fingerprints=fingerprints)
        for problem in problems:
            report(problem)
        if corpus is None:
            return None
        site = build_site(corpus, settings, cache, fingerprints)
        return _write_site(site, out, config, data, settings, mkdocs_yml)
    finally:
        if cache is not None:
            cache.finish()
            cache.close()


def _write_site(
    site: Site,
    out: Path,
    config: SiteConfig,
    data: dict[str, Any],
    settings: Settings,
    mkdocs_yml: Path,
) -> Generated:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        site.static.extend(site.later())  # the search bundle, made while the pages were
        _write_tree(tmp, site, config, data, settings, mkdocs_yml)
        os.chmod(tmp, 0o755)
        _swap_in(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return Generated(out, len(site.pages), len(site.static), len(site.images))
