"""The site's configuration as the core needs it, read from mkdocs.yml without MkDocs.

The `digest` command validates exactly what the build publishes: the same nav pages and the
same Markdown extensions. mkdocs.yml is read as plain data (PyYAML's safe loader; `!ENV` tags
take their variable or default; other tags are ignored, never executed).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from digest.content.layout import Layout
from digest.content.rendering import MarkdownConfig


class _Loader(yaml.SafeLoader):
    pass


def _env(loader: _Loader, node: yaml.Node) -> Any:
    """`!ENV [NAME, default]` or `!ENV NAME`, as MkDocs reads it."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        values = loader.construct_sequence(node)  # type: ignore[arg-type]
        names, default = values[:-1] or values, values[-1] if len(values) > 1 else None
    for name in names:
        value = os.environ.get(str(name))
        if value is not None:
            return value
    return default


def _ignore(loader: _Loader, suffix: str, node: yaml.Node) -> None:
    return None


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("", _ignore)


@dataclass(frozen=True)
class SiteConfig:
    """What mkdocs.yml says that the core needs."""

    layout: Layout
    site_name: str = "Digest"
    site_url: str = ""
    site_description: str = ""
    plugin: dict[str, Any] | None = None  # the digest plugin's options


def nav_pages(nav: Any) -> Iterable[str]:
    """Every page file that a nav names (not external links)."""
    stack = [nav]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.endswith(".md") and "://" not in item:
                yield str(PurePosixPath(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def markdown_config(extensions: Any) -> MarkdownConfig:
    """mkdocs.yml's `markdown_extensions` (names, or one-key mappings to settings)."""
    names: list[str] = []
    configs: dict[str, dict[str, Any]] = {}
    for item in extensions or []:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            for name, settings in item.items():
                names.append(str(name))
                if isinstance(settings, dict):
                    configs[str(name)] = settings
    return MarkdownConfig.from_settings(names, configs)


def load_mkdocs_yml(mkdocs_yml: Path) -> dict[str, Any]:
    """mkdocs.yml as plain data: `!ENV` resolved, other tags read as null."""
    with mkdocs_yml.open(encoding="utf-8") as file:
        data = yaml.load(file, Loader=_Loader)
    return data if isinstance(data, dict) else {}


def read_site_config(mkdocs_yml: Path) -> SiteConfig:
    data = load_mkdocs_yml(mkdocs_yml)
    docs = mkdocs_yml.parent / str(data.get("docs_dir") or "docs")
    plugin: dict[str, Any] = {}
    for item in data.get("plugins") or []:
        if isinstance(item, dict) and isinstance(item.get("digest"), dict):
            plugin = item["digest"]
    layout = Layout(
        docs,
        nav_pages=frozenset(nav_pages(data.get("nav"))),
        markdown=markdown_config(data.get("markdown_extensions")),
        entries=str(plugin.get("entries_dir", "entries")),
        topics=str(plugin.get("topics_file", "topics.yml")),
        organizations=str(plugin.get("organizations_file", "organizations.yml")),
    )
    return SiteConfig(
        layout,
        site_name=str(data.get("site_name") or "Digest"),
        site_url=str(data.get("site_url") or ""),
        site_description=str(data.get("site_description") or ""),
        plugin=plugin,
    )


def layout_for(root: Path) -> Layout:
    """The layout of the content folder `root`: from the mkdocs.yml beside it whose docs_dir it
    is, else the defaults (no nav pages, the default Markdown extensions)."""
    for candidate in (root.parent / "mkdocs.yml", Path("mkdocs.yml")):
        if not candidate.is_file():
            continue
        try:
            config = read_site_config(candidate)
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            continue
        if config.layout.root.resolve() == root.resolve():
            return Layout(
                root,
                nav_pages=config.layout.nav_pages,
                markdown=config.layout.markdown,
                entries=config.layout.entries,
                topics=config.layout.topics,
                organizations=config.layout.organizations,
            )
    return Layout(root)
