"""CONTRIBUTING.md followed as a new user would (issue 23), on three articles in three layouts
served from 127.0.0.1 (tests/walkthrough_articles.py: invented people, firms and sites).

At every step the entry is a file the checker reads (no YAML error, no traceback) and the
checker lists only what is left to fill in; the user never repairs YAML syntax: they run the
commands CONTRIBUTING gives, uncomment proposed quotes with a toggle-comment, and type values
(a topic slug, the write-up). At the end `digest check` passes and `make check` verifies every
quote against the article. The commands and outputs CONTRIBUTING shows are what the commands
really print.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from digest.commands.cli import main
from digest.content.loader import load_markdown
from digest.editor.handover import uncomment
from tests.conftest import REPO
from tests.pageserver import pages  # noqa: F401 - the fixture
from tests.walkthrough_articles import BLOG, NEWS, TRADE

GUIDE = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
VENV = Path(sys.executable).parent.parent
PROBLEM = re.compile(
    r"^(?P<path>\S+\.md):(?P<line>\d+): (?P<severity>error|warning): (?P<field>[^:]+): "
)
GIT_ENV = {
    "GIT_AUTHOR_NAME": "New Editor",
    "GIT_AUTHOR_EMAIL": "editor@example.org",
    "GIT_COMMITTER_NAME": "New Editor",
    "GIT_COMMITTER_EMAIL": "editor@example.org",
}


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, env={**os.environ, **GIT_ENV}
    )


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh clone's layout (the taxonomies and the seed, not entries added since), on a
    branch of its own, as step 1 leaves it."""
    (tmp_path / "content" / "entries").mkdir(parents=True)
    for name in ("topics.yml", "organizations.yml"):
        shutil.copy(REPO / "content" / name, tmp_path / "content" / name)
    shutil.copytree(REPO / "content/entries/2022", tmp_path / "content/entries/2022")
    shutil.copy(REPO / "content/about.md", tmp_path / "content/about.md")
    for name in ("mkdocs.yml", "Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy(REPO / name, tmp_path / name)
        os.utime(tmp_path / name, (0, 0))  # older than the installed environment
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "The digest")
    _git(tmp_path, "switch", "-q", "-c", "add-an-article")
    monkeypatch.chdir(tmp_path)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DIGEST_CACHE", "0")
    return tmp_path


def _blocks(after: str) -> list[str]:
    """The ```text blocks of CONTRIBUTING.md after the first line containing `after`."""
    rest = GUIDE[GUIDE.index(after) :]
    return [textwrap.dedent(b) for b in re.findall(r"```text\n(.*?)```", rest, re.DOTALL)]


def _run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def _step_check(capsys, target: Path, allowed: set[str]) -> list[tuple[int, str]]:
    """`digest check FILE`: the file reads as YAML and every line it prints is a problem of one
    of the `allowed` fields (a to-do), never a syntax error; (line, field) of each error."""
    doc, problems = load_markdown(target)
    assert problems == [] and isinstance(doc.data, dict), problems
    code, out, err = _run(capsys, "check", str(target))
    found = []
    for line in out:
        match = PROBLEM.match(line)
        assert match, line
        assert match["field"] in allowed, line
        if match["severity"] == "error":
            found.append((int(match["line"]), match["field"]))
    assert err[-1].startswith("1 entry checked, ")
    assert code == (1 if found else 0)
    return found


def _uncomment_proposals(target: Path) -> int:
    """Step 4, quotes: every proposal's lines (`  # - text: ...` and the `  #   key: ...`
    lines under it) uncommented, as an editor's toggle-comment does; how many there were."""
    lines = target.read_text(encoding="utf-8").split("\n")
    opened, inside = 0, False
    for i, line in enumerate(lines):
        if line.startswith("  # - text:"):
            opened, inside = opened + 1, True
        elif not (inside and line.startswith("  #   ")):
            inside = False
            continue
        lines[i] = uncomment(line)
    target.write_text("\n".join(lines), encoding="utf-8")
    return opened


def _type_value(target: Path, old: str, new: str) -> None:
    """The user types a value where the scaffold left it empty."""
    text = target.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    target.write_text(text.replace(old, new), encoding="utf-8")


def _write_up(target: Path) -> None:
    text = target.read_text(encoding="utf-8")
    body_start = text.index("<!-- Your write-up")
    target.write_text(
        text[:body_start] + "What the article says, in my own words.\n", encoding="utf-8"
    )


def _make_check(cwd: Path) -> subprocess.CompletedProcess[str]:
    if not (VENV / ".installed-stamp").exists():
        pytest.skip("the tests do not run from the project's .venv")
    return subprocess.run(
        ["make", "--no-print-directory", "check", f"VENV={VENV}"],
        cwd=cwd, capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "DIGEST_CACHE": "0"},
    )  # fmt: skip


def test_contributing_shows_what_the_commands_print(clone, pages, capsys):
    command = re.search(r"\.venv/bin/digest (new https://\S+ .*)", GUIDE).group(1)
    shown_url = shlex.split(command)[1]
    url = pages.add("/lumen", NEWS)
    new_block, check_block = _blocks("2. **Scaffold the entry**")[:2]
    code, out, err = _run(capsys, *[url if w == shown_url else w for w in shlex.split(command)])
    assert code == 0
    assert sorted(out + err) == sorted(new_block.strip().splitlines())
    target = re.search(r"digest check (content/entries/\S+\.md)", GUIDE).group(1)
    code, out, err = _run(capsys, "check", target)
    assert code == 1
    assert out + err == check_block.strip().splitlines()


LAYOUTS = {
    # name: (page, what the page leaves to the user to type: (scaffold text, value))
    "news": (NEWS, []),
    "blog": (BLOG, [("  publisher: ''", "  publisher: Northwind Blog")]),
    "trade": (TRADE, []),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_new_user_follows_contributing_to_a_verified_entry(clone, pages, capsys, layout):
    page, values = LAYOUTS[layout]
    url = pages.add(f"/{layout}", page)
    # Step 2: scaffold from the URL, as CONTRIBUTING writes it.
    code, out, err = _run(capsys, "new", url, "--fetch", "--add-missing")
    assert code == 0, err
    (written,) = [line for line in out if line.startswith("wrote ")]
    target = Path(written.removeprefix("wrote "))
    assert target.parent.parent == Path("content/entries")
    assert not any(line.startswith("warning:") for line in err), err
    # Step 3: the checker lists what is left; nothing else.
    todo = {"topics", "quotes", "body"} | {v[0].split(":")[0].strip() for v in values}
    todo |= {"source.publisher"} if values else set()
    left = {field for _, field in _step_check(capsys, target, todo)}
    assert {"topics", "quotes"} <= left
    # Step 4: keep the proposed quotes, type the values, write the write-up; check after each.
    assert _uncomment_proposals(target) >= 2
    left = {field for _, field in _step_check(capsys, target, todo)}
    assert "quotes" not in left
    for old, new in values:
        _type_value(target, old, new)
        _step_check(capsys, target, todo)
    _type_value(target, "topics: []", "topics: [ai-market]")
    _step_check(capsys, target, todo)
    _write_up(target)
    assert _step_check(capsys, target, set()) == []
    # Step 5: make check verifies every quote against the article.
    ran = _make_check(clone)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    quotes = load_markdown(target)[0].data["quotes"]
    n = len(quotes)
    assert f"{n} quotes in 1 entry: {n} verified, 0 not found" in ran.stderr, ran.stderr
    assert pages.hits[f"/{layout}"] == 2  # once by `digest new`, once by `make check`
