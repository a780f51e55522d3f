"""`digest generate OUT_DIR`: the site as an engine-neutral docs folder (issue 16).

Run as editors run it (`python -m digest generate` in a copy of the repository); checked
through the files it writes: their layout, the mkdocs.yml for other engines, and that a plain
Python-Markdown engine publishes each generated page as exactly the core's HTML.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup
from sitebuild import copy_content, write_hostile_entries

from benchmarks.synthetic import generate as synthetic

ENTRY = "entries/2022/pytorch-foundation-research-open-source-roots"
SITE_URL = "https://digest.example.org/"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SITE_URL": SITE_URL}
    return subprocess.run(
        [sys.executable, "-m", "digest", "generate", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def listing(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    copy_content(tmp_path)
    return tmp_path


def front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def test_refuses_the_content_folder_and_folders_inside_it(repo: Path) -> None:
    before = listing(repo / "content")
    for target in ("content", "content/entries", "content/new-folder", "."):
        result = run(target, cwd=repo)
        assert result.returncode == 2, (target, result.stderr)
        refusal = f"error: {target}: refusing to write into or over the content folder"
        assert result.stderr.startswith(refusal)
        assert "Traceback" not in result.stderr
    assert listing(repo / "content") == before
    assert not (repo / "content" / "new-folder").exists()
    assert not (repo / "content" / "docs").exists()


def test_refuses_a_non_empty_folder_it_did_not_write(repo: Path) -> None:
    foreign = repo / "notes"
    foreign.mkdir()
    (foreign / "todo.txt").write_text("mine\n", encoding="utf-8")
    result = run("notes", cwd=repo)
    assert result.returncode == 2
    assert result.stderr.startswith("error: notes: refusing to replace a folder")
    assert listing(foreign) == {"todo.txt": b"mine\n"}
    # A file in the way is refused too.
    (repo / "a-file").write_text("x", encoding="utf-8")
    assert run("a-file", cwd=repo).returncode == 2
    assert (repo / "a-file").read_text(encoding="utf-8") == "x"
    assert sorted(p.name for p in repo.iterdir()) == [
        "a-file",
        "content",
        "mkdocs.yml",
        "notes",
        "overrides",
    ]


def test_invalid_content_writes_nothing(repo: Path) -> None:
    (repo / "content" / "entries" / "2022" / "bad-entry.md").write_text(
        "---\ntitle: Bad\ndate: 2022-09-15\nsource:\n  url: https://example.com/bad\n"
        "  publisher: Example\ntopics: [no-such-topic]\nquotes:\n  - text: A quote.\n"
        "    speaker: Ada\n---\nBody.\n",
        encoding="utf-8",
    )
    result = run("build/out", cwd=repo)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(
        "content/entries/2022/bad-entry.md:7: error: topics[0]: unknown topic 'no-such-topic'"
    )
    assert lines[-1] == "1 error in the content (listed above); nothing was written to build/out"
    assert result.stdout == ""
    # Nothing at all: no output folder, not even its parent, no temporary folder (the build
    # cache, .cache/, is the cache's own).
    left = sorted(p.name for p in repo.iterdir() if p.name != ".cache")
    assert left == ["content", "mkdocs.yml", "overrides"]


def test_writes_the_whole_site_and_replaces_its_own_folder(repo: Path) -> None:
    (repo / "out").mkdir()  # an empty folder is fine
    result = run("out", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote out: ")
    out = repo / "out"
    files = set(listing(out))
    expected = {
        ".digest-generated",
        "mkdocs.yml",
        "overrides/main.html",
        "overrides/assets/stylesheets/digest.css",
        "docs/index.md",
        "docs/about/index.md",
        f"docs/{ENTRY}/index.md",
        "docs/topics/index.md",
        "docs/topics/open-source/index.md",
        "docs/organizations/index.md",
        "docs/organizations/meta/index.md",
        "docs/people/index.md",
        "docs/people/ronald-schmelzer/index.md",
        "docs/archive/index.md",
        "docs/feeds/index.md",
        "docs/feed.xml",
        "docs/atom.xml",
        "docs/feed.json",
        "docs/feeds.opml",
        "docs/schema/entry.schema.json",
        "docs/topics/open-source/feed.xml",
        "docs/organizations/meta/feed.xml",
    }
    assert expected <= files, expected - files
    # Only pages, static files and the theme: no taxonomy file, no entry source.
    assert not any(f.endswith((".yml", ".yaml")) for f in files - {"mkdocs.yml"})
    assert f"docs/{ENTRY}.md" not in files

    meta, body = front_matter(out / "docs" / ENTRY / "index.md")
    assert meta["title"] == "PyTorch Takes AI/ML Back to Its Research, Open Source Roots"
    soup = BeautifulSoup(body, "html5lib")
    link = soup.select_one(".digest-source__link a")
    assert link["href"] == (
        "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/"
    )
    quotes = [q.get_text() for q in soup.select("blockquote")]
    assert "This is a Facebook + Google + AWS vs Microsoft story" in quotes
    # Relative links are written for the page's URL, which is also its file's folder.
    person = soup.select_one("figcaption cite a")["href"]
    assert person == "../../../people/ronald-schmelzer/"

    config = yaml.safe_load((out / "mkdocs.yml").read_text(encoding="utf-8"))
    source = yaml.safe_load((repo / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    assert config["site_url"] == SITE_URL
    assert config["docs_dir"] == "docs"
    assert config["site_dir"] == "site"
    assert config["site_name"] == source["site_name"]
    assert config["markdown_extensions"] == source["markdown_extensions"]
    assert config["plugins"] == ["search"]
    assert config["theme"]["custom_dir"] == "overrides"
    assert config["theme"]["palette"] == source["theme"]["palette"]
    assert {"About": "about/index.md"} in config["nav"]
    assert {"Home": "index.md"} in config["nav"]

    # A second run replaces its own folder whole: a stray file does not survive.
    (out / "docs" / "stray.md").write_text("old", encoding="utf-8")
    again = run("out", cwd=repo)
    assert again.returncode == 0, again.stderr
    assert not (out / "docs" / "stray.md").exists()
    assert set(listing(out)) == files
    hidden = [p.name for p in repo.iterdir() if p.name.startswith(".") and p.name != ".cache"]
    assert hidden == []  # no temporary folder left behind


def test_a_plain_markdown_engine_publishes_the_core_html_unchanged(tmp_path: Path) -> None:
    """Generated bodies are HTML blocks: Python-Markdown with the site's extensions (what
    Zensical runs) must pass every one through as it is, hostile text and rich write-ups too."""
    content = synthetic(tmp_path, 12, page_size=5, seed=3)
    write_hostile_entries(content)
    (content / "entries" / "2024" / "rich-writeup.md").write_text(
        """---
title: "Rich write-up"
date: 2024-05-01
source: {url: "https://rich.example.org/a", publisher: Rich}
topics: [topic-000]
quotes: [{text: "Rich text", speaker: Rich Speaker}]
---
A lead paragraph with *emphasis*, `code <b>`, &amp; an entity and a [link](https://example.org/).

## A heading

    indented code

    after a blank line, <script>alert(1)</script>

```
fenced? not without the extension
```

1. one

    nested paragraph in a list item

2. two
    - deeper * star _under_

> a quote
>
> over two paragraphs

!!! note "An admonition"

    With a paragraph inside.

<details><summary>More</summary>

Markdown inside details.

</details>

Last line with a hard break\\
and more.
""",
        encoding="utf-8",
    )
    result = run("out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load((tmp_path / "out" / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions, configs = [], {}
    for item in config["markdown_extensions"]:
        name = item if isinstance(item, str) else next(iter(item))
        extensions.append(name)
        if isinstance(item, dict):
            configs[name] = item[name]
    engine = markdown.Markdown(extensions=extensions, extension_configs=configs)
    pages = sorted((tmp_path / "out" / "docs").rglob("*.md"))
    assert len(pages) > 40
    seen_rich = False
    for page in pages:
        _, body = front_matter(page)
        engine.reset()
        assert engine.convert(body).strip() == body.strip(), page
        seen_rich |= "digest-writeup" in body and "nested paragraph" in body
    assert seen_rich
