"""`make check` (issue 23): what an editor runs before a pull request. The content validated,
then the quotes of the entries the branch adds or changes checked against their sources (served
here from 127.0.0.1); without a network it says so and checks the content only; outside git
there is nothing to compare with. Each case runs in a throw-away git repository.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.pageserver import pages, trusted  # noqa: F401 - the fixture

VENV = Path(sys.executable).parent.parent
ARTICLE = """<html><head><title>A chip for small labs</title></head><body><article>
<h1>A chip for small labs</h1>
<p>Example Foundry showed a chip on Monday that it says small labs can afford.</p>
<p>"Small labs should not have to rent a data centre to train a model," said Rhea Moss,
the company's founder.</p>
<p>The chip ships in the autumn, the company said, and will cost less than a used car.</p>
</article></body></html>"""


def entry(url: str, quote: str) -> str:
    return f"""---
title: A chip for small labs
date: 2025-05-05
source:
  url: {url}
  publisher: Example Wire
topics: [ai-market]
quotes:
  - text: "{quote}"
    speaker: Rhea Moss
---
A chip small labs can afford, says its maker.
"""


def _git(cwd: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clone's layout: mkdocs.yml, the Makefile and content/ committed on main, and a branch."""
    shutil.copytree(REPO / "content", tmp_path / "content")
    for name in ("mkdocs.yml", "Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy(REPO / name, tmp_path / name)
        os.utime(tmp_path / name, (0, 0))  # older than the installed environment
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "base")
    _git(tmp_path, "switch", "-q", "-c", "add-chip")
    monkeypatch.chdir(tmp_path)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def make_check(cwd: Path) -> subprocess.CompletedProcess[str]:
    if not (VENV / ".installed-stamp").exists():
        pytest.skip("the tests do not run from the project's .venv")
    env = {**os.environ, "DIGEST_CACHE": "0"}
    return subprocess.run(
        ["make", "--no-print-directory", "check", f"VENV={VENV}"],
        cwd=cwd, capture_output=True, text=True, env=env, check=False, timeout=300,
    )  # fmt: skip


def test_a_quote_in_its_source_passes(repo, pages):
    url = pages.add("/chip", ARTICLE)
    quote = "Small labs should not have to rent a data centre to train a model"
    (repo / "content/entries/2025").mkdir(parents=True)
    (repo / "content/entries/2025/chip.md").write_text(entry(url, quote), encoding="utf-8")
    ran = make_check(repo)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 entry added or changed since main" in ran.stderr
    assert "1 quote in 1 entry: 1 verified, 0 not found" in ran.stderr
    assert pages.hits["/chip"] == 1


def test_a_misquote_fails_at_its_line(repo, pages):
    url = pages.add("/chip-misquoted", ARTICLE)
    quote = "Small labs should never have to rent a data centre to train a model"
    (repo / "content/entries/2025").mkdir(parents=True)
    (repo / "content/entries/2025/chip.md").write_text(entry(url, quote), encoding="utf-8")
    ran = make_check(repo)
    assert ran.returncode != 0
    assert "content/entries/2025/chip.md:9: error: quotes[0].text: not in the source" in ran.stdout


def test_only_the_branchs_entries_are_verified(repo, pages):
    # The seed entry (on main) is not fetched; a committed change on the branch is.
    url = pages.add("/chip-committed", ARTICLE)
    quote = "Small labs should not have to rent a data centre to train a model"
    (repo / "content/entries/2025").mkdir(parents=True)
    (repo / "content/entries/2025/chip.md").write_text(entry(url, quote), encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "Add: chip")
    ran = subprocess.run(
        [sys.executable, "-m", "digest", "changed"], cwd=repo, capture_output=True, text=True
    )
    assert ran.stdout.splitlines() == ["content/entries/2025/chip.md"]
    assert ran.stderr == "1 entry added or changed since main\n"


def test_offline_it_says_so_and_checks_the_content_only(repo):
    with socket.socket() as sock:  # a port nobody listens on any more
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (repo / "content/entries/2025").mkdir(parents=True)
    (repo / "content/entries/2025/chip.md").write_text(
        entry(f"http://127.0.0.1:{port}/chip", "Any quote at all here"), encoding="utf-8"
    )
    with trusted(port):  # the loopback address stands in for an unreachable public host
        ran = make_check(repo)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "offline: none of the sources of the 1 entry could be read" in ran.stderr
    assert "only the content was checked" in ran.stderr


def test_invalid_content_fails_before_anything_is_fetched(repo, pages):
    url = pages.add("/chip-invalid", ARTICLE)
    (repo / "content/entries/2025").mkdir(parents=True)
    text = entry(url, "Small labs").replace("topics: [ai-market]", "topics: []")
    (repo / "content/entries/2025/chip.md").write_text(text, encoding="utf-8")
    ran = make_check(repo)
    assert ran.returncode != 0
    assert "content/entries/2025/chip.md:7: error: topics: must have at least one item" in (
        ran.stdout
    )
    assert pages.hits["/chip-invalid"] == 0


def test_outside_git_there_is_nothing_to_compare_with(tmp_path, monkeypatch):
    shutil.copytree(REPO / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    ran = subprocess.run(
        [sys.executable, "-m", "digest", "changed", "--verify"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path.parent)},
    )  # fmt: skip
    assert ran.returncode == 0
    assert ran.stderr.endswith("is not inside a git repository: no entries to verify\n")
