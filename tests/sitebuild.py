"""Builds real sites for the tests: the shipped content, and a synthetic corpus with hostile text.

Session-scoped: each site is built once with the real `mkdocs build` command and shared by the
site, feed and browser tests. Nothing here is ever written under content/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.synthetic import generate

REPO = Path(__file__).resolve().parent.parent
SYNTHETIC_ENTRIES = 240
PAGE_SIZE = 20

# The golden site's search index with `search_part_records: 3`, as parts.json lists it: its 12
# records (four entries, four people, two topics, two organizations) are ten of 10 January 2025
# and two of 1 March 2024, so two parts of one day each, newest first. Written by hand.
GOLDEN_PARTS_A_DAY = [
    {
        "path": "",
        "label": "2025-01-10",
        "first": "2025-01-10",
        "last": "2025-01-10",
        "records": 10,
    },
    {
        "path": "2024-03-01/",
        "label": "2024-03-01",
        "first": "2024-03-01",
        "last": "2024-03-01",
        "records": 2,
    },
]

# Text an attacker or a careless paste could put in front matter. Must reach readers literally.
HOSTILE_TITLE = "<script>alert('t')</script> & \"Quotes\" — 日本語 🚀 </title><b>x</b>"
HOSTILE_PUBLISHER = "<b>Bold</b> & Co <digest-base>"  # the marker listings place cards with
HOSTILE_QUOTE = "</blockquote><img src=x onerror=alert(1)> 5 < 6 && ‘smart’ عربى"
HOSTILE_SPEAKER = '<i>Eve</i> "the hacker"'
HOSTILE_ROLE = "CEO & <u>founder</u>"
HOSTILE_SUMMARY = "Summary with <em>markup</em>, an & and a ]]> CDATA end."


def golden_config(root: Path, *, site_url: str | None = None, digest_options: str = "") -> Path:
    """The golden fixture site's mkdocs.yml written into `root`, reading its content and the
    project's overrides where they are; `digest_options` are YAML lines added to the plugin's
    settings (e.g. "search_part_records: 3")."""
    golden = REPO / "tests" / "golden"
    config = (golden / "mkdocs.yml").read_text(encoding="utf-8")
    if site_url is not None:
        assert "site_url: https://golden.example.org/\n" in config
        config = config.replace("https://golden.example.org/", site_url)
    config = config.replace("custom_dir: ../../overrides", f"custom_dir: {REPO / 'overrides'}")
    config = config.replace("docs_dir: content", f"docs_dir: {golden / 'content'}")
    for line in digest_options.splitlines():
        config = config.replace("  - digest:\n", f"  - digest:\n      {line}\n")
    path = root / "mkdocs.yml"
    path.write_text(config, encoding="utf-8")
    return path


def empty_digest(root: Path, *, site_url: str | None = None) -> Path:
    """The golden site without a single entry, as a new digest is before its first article:
    its content folder copied without entries and editions; returns its mkdocs.yml."""
    golden = REPO / "tests" / "golden"
    shutil.copytree(
        golden / "content",
        root / "content",
        ignore=shutil.ignore_patterns("entries", "editions"),
    )
    (root / "content" / "about.md").write_text("# About\n\nA new digest.\n", encoding="utf-8")
    path = golden_config(root, site_url=site_url)
    config = path.read_text(encoding="utf-8")
    path.write_text(
        config.replace(f"docs_dir: {golden / 'content'}", f"docs_dir: {root / 'content'}"),
        encoding="utf-8",
    )
    return path


def mkdocs(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def digest_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def _y(text: str) -> str:
    """A YAML string literal (JSON is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def write_hostile_entries(content: Path) -> None:
    year = content / "entries" / "2024"
    year.mkdir(parents=True, exist_ok=True)
    (year / "hostile-entry.md").write_text(
        f"""---
title: {_y(HOSTILE_TITLE)}
date: 2024-06-01
added: 2024-06-02T09:30:00+02:00
source:
  url: "https://hostile.example.org/a?x=1&y=2"
  publisher: {_y(HOSTILE_PUBLISHER)}
  author: "O'Brien <ob@example.org>"
topics: [topic-000]
organizations: [org-0000]
quotes:
  - text: {_y(HOSTILE_QUOTE)}
    speaker: {_y(HOSTILE_SPEAKER)}
    role: {_y(HOSTILE_ROLE)}
summary: {_y(HOSTILE_SUMMARY)}
---
The write-up is Markdown: **bold** and a [link](https://example.org/).
""",
        encoding="utf-8",
    )
    for slug, added in (
        ("tz-east", "2024-06-01T01:00:00+02:00"),
        ("tz-utc", "2024-05-31T23:30:00Z"),
    ):
        # Near a month's end in two time zones: the archive must group them by one clock.
        (year / f"{slug}.md").write_text(
            f"""---
title: "Time zone {slug}"
date: 2024-05-31
added: {added}
source: {{url: "https://tz.example.org/{slug}", publisher: Zones}}
topics: [topic-000]
organizations: [org-0000]
quotes: [{{text: "Midnight somewhere", speaker: Zone Speaker, role: Timekeeper}}]
---
Around midnight.
""",
            encoding="utf-8",
        )
    (year / "draft-entry.md").write_text(
        """---
title: "A draft that must not be published"
date: 2024-06-03
source: {url: "https://drafts.example.org/x", publisher: Drafts}
topics: [topic-000]
quotes: [{text: "Not yet", speaker: Draft Speaker}]
draft: true
---
Draft body.
""",
        encoding="utf-8",
    )
    (year / "scheduled-entry.md").write_text(
        """---
title: "Scheduled for the far future"
date: 2024-06-04
added: 2099-01-01
source: {url: "https://scheduled.example.org/x", publisher: Later}
topics: [topic-000]
quotes: [{text: "Later", speaker: Future Speaker}]
---
Scheduled body.
""",
        encoding="utf-8",
    )


@dataclass
class BuiltSite:
    root: Path
    site: Path
    result: subprocess.CompletedProcess
    site_url: str

    def html(self, url: str) -> str:
        return (self.site / url / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def synthetic_site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("synthetic")
    content = generate(
        root, SYNTHETIC_ENTRIES, page_size=PAGE_SIZE, seed=7, overrides=str(REPO / "overrides")
    )
    write_hostile_entries(content)
    result = mkdocs("build", "--strict", cwd=root)
    assert result.returncode == 0, result.stderr
    return BuiltSite(root, root / "site", result, "https://digest.example.org/")


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory) -> BuiltSite:
    """The repository's own content, built exactly as `make build` does, into a temp folder."""
    out = tmp_path_factory.mktemp("shipped") / "site"
    result = mkdocs(
        "build",
        "--strict",
        "--site-dir",
        str(out),
        cwd=REPO,
        env={"SITE_URL": "https://digest.example.org/"},
    )
    assert result.returncode == 0, result.stderr
    return BuiltSite(REPO, out, result, "https://digest.example.org/")


def copy_content(dest: Path) -> Path:
    """A copy of the shipped content and config, to break on purpose."""
    shutil.copytree(REPO / "content", dest / "content")
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", dest / "overrides")
    return dest / "content"
