"""The theme parts rendered once per place (digest/plugin/memo.py) change nothing a reader
gets: a site themed with them is byte-identical to the same site themed by MkDocs alone, on
every page kind (entries, listings, people, sections in the nav, the About page, editions).

MkDocs themes every page itself when a plugin the digest does not know is configured; the
test adds a plugin that does nothing, builds both ways and compares every file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest
from mkdocs.plugins import BasePlugin

from benchmarks.synthetic import generate
from digest.plugin import themed

EPOCH = "1767225600"


class Nothing(BasePlugin):  # type: ignore[type-arg]
    """A plugin that changes nothing, and that the digest does not know."""


def _build(root: Path, out: Path, extra: bool) -> Any:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    MkDocsConfig.plugins.plugin_cache.clear()
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(out))
    if extra:
        config.plugins["nothing"] = Nothing()
        config.plugins["digest"].on_config(config)  # sees the other plugin
    build(config)
    return config.plugins["digest"]


def test_the_theme_memo_changes_no_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root = tmp_path / "site"
    generate(root, 30, topics=3, organizations=4, people=5, words=40, page_size=4, shape="short")
    (root / "content" / "about.md").write_text("# About\n\nA page.\n", encoding="utf-8")
    yml = root / "mkdocs.yml"
    text = yml.read_text(encoding="utf-8").replace(
        "  - Feeds: feeds/index.md\n", "  - Feeds: feeds/index.md\n  - About: about.md\n"
    )
    yml.write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("DIGEST_CACHE", "0")
    monkeypatch.setattr(themed, "PARALLEL_FROM", 10**9)  # every page themed here: hits counted
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    memo = _build(root, tmp_path / "memo", extra=False)
    plain = _build(root, tmp_path / "plain", extra=True)
    assert memo.themed.allowed and memo.themed.memo is not None
    assert memo.themed.memo.hits > 0  # the memo was used
    assert not plain.themed.allowed  # MkDocs themed every page itself

    def files(folder: Path) -> dict[str, bytes]:
        return {
            os.path.relpath(p, folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()
        }

    left, right = files(tmp_path / "memo"), files(tmp_path / "plain")
    assert left.keys() == right.keys()
    assert [name for name in left if left[name] != right[name]] == []
