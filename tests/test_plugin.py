"""The MkDocs plugin: the same validation as `digest check`, failing the build cleanly."""

from __future__ import annotations

import re
from pathlib import Path

from sitebuild import copy_content, digest_cli, mkdocs

BROKEN = {
    "entries/2023/typo-key.md": """---
title: A typo
date: 2023-01-05
source: {url: "https://example.com/a", publisher: P}
topics: [open-source]
qoutes: [{text: t, speaker: s}]
---
""",
    "entries/2023/bad-url.md": """---
title: Bad URL
date: 2023-01-06
source: {url: "javascript:alert(1)", publisher: P}
topics: [open-sorce]
quotes: [{text: t, speaker: s}]
---
""",
    "entries/2023/not-yaml.md": "---\ntitle: [unclosed\n---\n",
    "entries/2023/no-front-matter.md": "Just text.\n",
}


def _lines(text: str) -> list[str]:
    return re.findall(r"content/entries/\S+:\d+: (?:error|warning): .+", text)


def test_mkdocs_build_fails_with_the_same_messages_as_digest_check(tmp_path):
    content = copy_content(tmp_path)
    for rel, text in BROKEN.items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(text, encoding="utf-8")
    check = digest_cli("check", cwd=tmp_path)
    assert check.returncode == 1
    expected = _lines(check.stdout)
    assert len(expected) >= 6
    assert {line.split(":")[0] for line in expected} == {f"content/{rel}" for rel in BROKEN}
    for strict in ([], ["--strict"]):
        build = mkdocs("build", *strict, cwd=tmp_path)
        assert build.returncode == 1
        assert _lines(build.stderr) == expected
        assert "Traceback" not in build.stderr + build.stdout
        assert "nothing was built" in build.stderr
        assert not (tmp_path / "site" / "feed.xml").exists()


def test_a_build_refused_for_its_content_leaves_the_last_site_as_it_was(tmp_path):
    """An editor's broken entry must not take away the site the last good build made."""
    content = copy_content(tmp_path)
    assert mkdocs("build", cwd=tmp_path).returncode == 0
    site = tmp_path / "site"
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert Path("index.html") in before and Path("feed.xml") in before
    broken = content / "entries/2023/bad-url.md"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text(BROKEN["entries/2023/bad-url.md"], encoding="utf-8")
    build = mkdocs("build", cwd=tmp_path)
    assert build.returncode == 1
    assert "nothing was built" in build.stderr
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before


def test_a_warning_fails_only_the_strict_build(tmp_path):
    """And the strict build it fails leaves the last good site as it was (MkDocs itself would
    fail it only after writing the whole site over the last one)."""
    content = copy_content(tmp_path)
    assert mkdocs("build", "--strict", cwd=tmp_path).returncode == 0
    site = tmp_path / "site"
    good = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    seed = next((content / "entries/2022").glob("*.md"))
    moved = content / "entries/2023" / seed.name
    moved.parent.mkdir()
    seed.rename(moved)
    check = digest_cli("check", cwd=tmp_path)
    assert check.returncode == 0
    assert "warning: date: is in 2022 but the file is in the 2023 folder" in check.stdout
    assert check.stderr.endswith(
        "0 errors, 1 warning (mkdocs.yml has strict: true: the build fails on warnings too)\n"
    )
    strict = mkdocs("build", "--strict", cwd=tmp_path)
    assert strict.returncode == 1
    assert "warning: date: is in 2022" in strict.stderr
    assert "1 warning in the content (listed above), and the build is strict" in strict.stderr
    assert {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()} == good
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(config.replace("strict: true", "strict: false"))
    assert mkdocs("build", cwd=tmp_path).returncode == 0
    assert (site / "entries" / "2023" / moved.stem / "index.html").is_file()


def test_taxonomy_files_are_not_published(tmp_path):
    copy_content(tmp_path)
    assert mkdocs("build", "--strict", cwd=tmp_path).returncode == 0
    assert not (tmp_path / "site" / "topics.yml").exists()
    assert not (tmp_path / "site" / "organizations.yml").exists()
    assert (tmp_path / "site" / "schema" / "entry.schema.json").is_file()


def test_serve_shows_drafts_with_a_mark_and_build_leaves_them_out(tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    content = copy_content(tmp_path)
    draft = content / "entries/2023/a-draft.md"
    draft.parent.mkdir()
    draft.write_text(
        """---
title: A draft entry
date: 2023-03-01
source: {url: "https://example.com/draft", publisher: P}
topics: [open-source]
quotes: [{text: Soon, speaker: Someone}]
draft: true
---
Draft write-up.
""",
        encoding="utf-8",
    )
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "preview"))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    page = (tmp_path / "preview/entries/2023/a-draft/index.html").read_text(encoding="utf-8")
    assert "digest-draft-banner" in page
    assert mkdocs("build", "--strict", cwd=tmp_path).returncode == 0
    assert not (tmp_path / "site/entries/2023/a-draft").exists()


def test_the_table_of_contents_is_handed_ids_escaped():
    """Material prints toc ids as they are: the plugin escapes them (the sanitizer already
    refuses ids with such characters; this is the second wall)."""
    from digest.model.writeup import Heading
    from digest.plugin.plugin import _toc_tokens

    (token,) = _toc_tokens((Heading(2, 'a"b<c', "A <b> title"),))
    assert token["id"] == "a&quot;b&lt;c"
    assert token["name"] == "A &lt;b&gt; title"
