"""The floor: MkDocs + Material building the very same entry files, without the digest plugin.

The entries are copied as they are (MkDocs reads their YAML front matter as page meta) into a
docs folder of their own, next to a one-line home page. The nav holds the home page only, as
the digest's nav holds sections only: a nav that grows with the entries makes every Material
build quadratic. The theme and Markdown extensions are the digest's, minus our overrides; the
only plugin is `search`. What the digest costs above this is its own work.
"""

from __future__ import annotations

import shutil
from pathlib import Path

FLOOR_YML = """site_name: Synthetic Digest (floor)
site_url: https://digest.example.org/
docs_dir: docs
theme:
  name: material
  font: false
nav:
  - Home: index.md
not_in_nav: |
  /entries/
plugins:
  - search
markdown_extensions:
  - attr_list
  - md_in_html
  - toc:
      permalink: true
"""


def make_floor(content: Path, root: Path) -> Path:
    """Write `root/docs` (a copy of `content/entries` plus a home page) and `root/mkdocs.yml`.

    Returns the path of the floor's mkdocs.yml.
    """
    docs = root / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True)
    shutil.copytree(content / "entries", docs / "entries")
    (docs / "index.md").write_text("# Synthetic Digest (floor)\n", encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(FLOOR_YML, encoding="utf-8")
    return config
