"""Hostile round 7: what a seventh hostile contributor got through, each now refused or made
harmless. Real `digest check` and `mkdocs build --strict` runs on a copy of the project."""

from __future__ import annotations

from pathlib import Path

from tests.attacklib import build, check, entry_text, project, write

LONG_TOPIC = "a" * 260  # a folder name over the 255 bytes file systems allow
LONG_ORG = "b" * 101  # a name a file system takes, over the slug's 100 characters


def _site_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_slug_too_long_for_a_folder_is_refused_at_its_line_and_the_last_site_stays(tmp_path):
    """F1: a topic keyed by 260 letters passed `digest check`; the build then stopped with a
    traceback (`File name too long`) after MkDocs had emptied the site folder."""
    content = project(tmp_path)
    assert build(tmp_path).result.returncode == 0
    before = _site_files(tmp_path / "site")
    topics = content / "topics.yml"
    lines = topics.read_text(encoding="utf-8").count("\n")
    topics.write_text(
        topics.read_text(encoding="utf-8") + f"{LONG_TOPIC}:\n  name: Long topic\n",
        encoding="utf-8",
    )
    orgs = content / "organizations.yml"
    org_line = orgs.read_text(encoding="utf-8").count("\n") + 1
    orgs.write_text(
        orgs.read_text(encoding="utf-8") + f"{LONG_ORG}:\n  name: Long organization\n",
        encoding="utf-8",
    )
    body = "The body.\n"
    write(content, "entries/2022/long.md", entry_text(body, slug="long"))
    name = "c" * 101
    write(content, f"entries/2022/{name}.md", entry_text(body, slug="long-file"))

    checked = check(tmp_path)
    checked.no_traceback()
    assert checked.result.returncode == 1
    said = {(p.path, p.line): p.message for p in checked.problems if p.severity == "error"}
    assert said[("content/topics.yml", lines + 1)].endswith(
        "is 260 characters long; a slug has at most 100"
    ), said
    assert said[("content/organizations.yml", org_line)].endswith(
        "is 101 characters long; a slug has at most 100"
    ), said
    assert said[(f"content/entries/2022/{name}.md", 1)] == (
        f"'{name}.md': the slug is 101 characters long; at most 100"
    ), said

    built = build(tmp_path)
    built.no_traceback()
    assert built.result.returncode == 1
    assert _site_files(tmp_path / "site") == before
