"""`digest summary --base REF` in a throwaway git repository with synthetic entries."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from digest.commands.cli import main

REPO = Path(__file__).resolve().parent.parent
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, **GIT_ENV, "HOME": str(repo.parent)}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def entry(
    root: Path,
    slug: str,
    *,
    title: str,
    url: str,
    quotes: list[tuple[str, str]],
    topics: str = "[open-source]",
    year: str = "2024",
) -> Path:
    path = root / "entries" / year / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    quote_lines = "".join(f'  - text: "{text}"\n    speaker: "{who}"\n' for text, who in quotes)
    path.write_text(
        f'---\ntitle: "{title}"\ndate: {year}-03-04\nsource:\n  url: {url}\n'
        f"  publisher: Example News\ntopics: {topics}\nquotes:\n{quote_lines}---\nBody.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    """A repository whose `main` has the real content plus one entry that is already broken."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copytree(REPO / "content", repo / "content")
    entry(
        repo / "content",
        "old-broken",
        title="Old",
        url="https://example.com/old",
        quotes=[("An old synthetic quote.", "Someone")],
        topics="[no-such-topic]",
    )
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(repo)
    return repo


def rendered(out: str) -> BeautifulSoup:
    """The comment as GitHub would show it (Python-Markdown with tables, as a stand-in)."""
    return BeautifulSoup(markdown.markdown(out, extensions=["tables"]), "html.parser")


def shown(out: str) -> str:
    """The comment's visible text, whitespace collapsed."""
    return " ".join(rendered(out).get_text().split())


def summary(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["summary", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_new_entries_quotes_and_taxonomy_records(repo, capsys):
    content = repo / "content"
    entry(
        content,
        "fresh",
        title="A *fresh* synthetic story @someone",
        url="https://example.com/fresh",
        quotes=[
            ("First synthetic quote.", "Ann Example"),
            ("Second synthetic quote.", "Bob Example"),
        ],
    )
    assert main(["new-topic", "llms", "--name", "Large language models"]) == 0
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "feature")
    code, out, _ = summary(capsys, "--base", "main")
    assert code == 0
    assert out.startswith("<!-- digest-summary -->\n## Digest summary")
    assert "✅ **No new errors.**" in out
    text = shown(out)
    assert "1 new entry, 0 changed entries, 2 new quotes, 1 new topic." in text
    (link,) = rendered(out).find_all("a")
    assert link["href"] == "https://example.com/fresh"
    # Shown literally; the zero-width space after @ keeps GitHub from notifying anyone.
    assert link.get_text() == "A *fresh* synthetic story @\u200bsomeone"
    assert "“First synthetic quote.” — Ann Example" in text
    assert "New topic llms: Large language models" in text
    # The problem that `main` already has is not this pull request's doing.
    assert "no-such-topic" not in out
    assert "New problems" not in out


def test_reports_only_problems_new_since_base(repo, capsys):
    content = repo / "content"
    entry(
        content,
        "broken",
        title="Broken",
        url="https://example.com/broken",
        quotes=[("", "Nobody")],
        topics="[open-sauce]",
    )
    code, out, _ = summary(capsys, "--base", "main")  # uncommitted work counts too
    assert code == 0
    text = shown(out)
    assert "❌ **2 new errors**" in out
    assert "### New problems" in out
    assert "content/entries/2024/broken.md:7 error topics[0]: unknown topic" in text
    assert "did you mean 'open-source'?" in text
    assert "quotes[0].text: must not be empty" in text
    assert "old-broken" not in out.split("### New problems")[1]


def test_changed_entries_show_added_and_removed_quotes(repo, capsys):
    content = repo / "content"
    path = content / "entries" / "2024" / "old-broken.md"
    path.write_text(
        path.read_text()
        .replace("[no-such-topic]", "[governance]")
        .replace(
            '  - text: "An old synthetic quote."\n    speaker: "Someone"\n',
            '  - text: "A newer synthetic quote."\n    speaker: "Someone Else"\n',
        )
    )
    code, out, _ = summary(capsys, "--base", "main")
    assert code == 0
    assert "0 new entries, 1 changed entry, 1 new quote." in out
    assert "### Changed entries" in out
    assert "(+1 quote, −1 quote)" in out
    assert "new: “A newer synthetic quote.” — Someone Else" in shown(out)
    assert "✅ **No new errors.**" in out


def test_removed_entries_and_taxonomy_records(repo, capsys):
    (repo / "content" / "entries" / "2024" / "old-broken.md").unlink()
    code, out, _ = summary(capsys, "--base", "main")
    assert code == 0
    assert "### Removed entries" in out and "entries/2024/old-broken.md" in out


def test_nothing_changed(repo, capsys):
    code, out, _ = summary(capsys, "--base", "main")
    assert code == 0
    assert "does not change any entry or taxonomy file" in out


def test_a_base_without_content_makes_everything_new(tmp_path, monkeypatch, capsys):
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text("empty\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "init")
    shutil.copytree(REPO / "content", repo / "content")
    monkeypatch.chdir(repo)
    code, out, _ = summary(capsys, "--base", "main")
    assert code == 0
    count = len(list((REPO / "content" / "entries").rglob("*.md")))
    assert (f"{count} new entry" if count == 1 else f"{count} new entries") in out
    assert "New organization meta: Meta (also: Facebook" in shown(out)


def test_bad_refs_and_folders_get_one_line(repo, tmp_path, capsys):
    code, out, err = summary(capsys, "--base", "no-such-branch")
    assert code == 2 and out == ""
    assert err.strip() == (
        "error: unknown git revision 'no-such-branch' (fetch it first, e.g. git fetch origin main)"
    )
    outside = tmp_path / "outside"
    outside.mkdir()
    code, _, err = summary(capsys, "--base", "main", "--content", str(outside))
    assert code == 2 and "not inside a git repository" in err
    code, _, err = summary(capsys, "--base", "main", "--content", str(tmp_path / "missing"))
    assert code == 2 and "content folder not found" in err


def test_an_edited_write_up_is_a_change_without_new_quotes(repo, capsys):
    seed = next((repo / "content" / "entries" / "2022").glob("*.md"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more synthetic sentence.\n")
    code, out, _ = summary(capsys, "--base", "main")
    assert code == 0
    assert "1 changed entry, 0 new quotes." in out
    assert f"`{seed.relative_to(repo).as_posix()}` (write-up or details edited)" in out


# --- Hostile values: the comment's structure is ours only (issue 10) ---------------------------

HOSTILE_NAME = (
    "x\n# Injected heading\n[link](javascript:alert(1)) @octocat `tick` <img src=x> |a|.md"
)


def _hostile_pull_request(content: Path) -> None:
    path = content / "entries" / "2024" / HOSTILE_NAME
    path.write_text(
        "---\n"
        'title: "T\\n## Title heading\\n![img](https://evil.example/i.png) @octocat #123 '
        'www.evil.example https://evil.example/ <script>x</script>"\n'
        "date: 2024-03-04\n"
        "source:\n"
        '  url: "https://example.com/a\\n# URL heading) [x](javascript:alert(1))"\n'
        '  publisher: "<img src=x onerror=alert(1)> | a | b |"\n'
        'topics: ["bad\\n# Topic heading"]\n'
        "quotes:\n"
        '  - text: "Q\\r# CR heading\\u2028# LS heading\\u202e @everyone"\n'
        '    speaker: "@octocat\\n- [x](https://evil.example)"\n'
        "---\nBody.\n",
        encoding="utf-8",
    )
    topics = content / "topics.yml"
    topics.write_text(
        topics.read_text(encoding="utf-8")
        + '"key\\n# Key heading @octocat":\n  name: "| a | b |\\n|---|---|\\n![i](https://evil.example/x.png)"\n',
        encoding="utf-8",
    )


def test_hostile_values_cannot_inject_markdown_into_the_comment(repo, capsys):
    _hostile_pull_request(repo / "content")
    code, out, _ = summary(capsys, "--base", "main")
    assert code == 0
    html = rendered(out)
    headings = [h.get_text() for h in html.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert headings == [
        "Digest summary",
        "New entries",
        "Topics and organizations",
        "New problems",
    ]
    assert not html.find_all(["img", "table", "script", "hr", "blockquote", "pre"])
    (link,) = html.find_all("a")  # the entry's title, to its (encoded) source URL, nothing else
    assert link["href"].startswith("https://example.com/a%0A#%20URL%20heading%29")
    assert "\n" not in link["href"] and " " not in link["href"]
    # Every line is one of ours: the raw text has no line break or control from content, and
    # the only lines starting with # are the four headings.
    assert all(ch == "\n" or ch.isprintable() for ch in out)
    assert [line for line in out.splitlines() if line.startswith("#")] == [
        "## Digest summary",
        "### New entries",
        "### Topics and organizations",
        "### New problems",
    ]
    text = html.get_text()
    assert "Key heading" in text and "CR heading" in text and "Title heading" in text
    assert "evil.example" not in out  # bare URLs would be autolinked by GitHub
    # File names and keys are shown exactly in code spans, line breaks as visible escapes...
    codes = [c.extract().get_text() for c in html.find_all("code")]
    assert "content/entries/2024/" + HOSTILE_NAME.replace("\n", "\\n") in codes
    assert "key\\n# Key heading @octocat" in codes
    # ...and outside code (where GitHub links them), no mention or issue reference.
    assert re.search(r"[@#]\w", html.get_text()) is None
