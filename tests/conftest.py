"""Shared fixtures: a throw-away content folder with the real taxonomies, and a way to add files.

Synthetic entries are only ever written under pytest's tmp_path, never into content/.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"

# The whole suite runs nine hours east of UTC (subprocesses too): a date read in the machine's
# local time instead of UTC shows as a wrong day or hour in what the tests assert.
os.environ["TZ"] = "Asia/Tokyo"
time.tzset()
# The build cache's secret (digest.build.secret) goes to a folder of this run, not the user's.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="digest-tests-state-")
os.environ.pop("DIGEST_CACHE_SECRET", None)


@pytest.fixture(autouse=True)
def _nothing_stays_frozen():
    """A serve build moves what it keeps out of the garbage collector's passes for the session
    (digest/plugin/plugin.py, `_freeze`); a test's session ends with the test."""
    yield
    import gc

    gc.unfreeze()


# A valid synthetic entry. Line numbers matter to tests: 2 title, 3 date, 4 source, 5 url,
# 6 publisher, 7 topics, 8 organizations, 9 quotes, 10 text, 11 speaker, 12 role, 14 body.
VALID_ENTRY = """\
---
title: A synthetic entry
date: 2022-09-15
source:
  url: https://example.com/articles/one
  publisher: Example News
topics: [open-source]
organizations: [meta]
quotes:
  - text: "A quote."
    speaker: Ada Example
    role: Analyst
---
The body.
"""


def _write_entry(root: Path, rel_path: str, text: str | bytes) -> Path:
    """Write `text` (str as UTF-8, or raw bytes) to `root/rel_path`, creating its folders."""
    path = root / rel_path
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


@pytest.fixture
def write_entry():
    """`write_entry(root, rel_path, text)`: write a file under a content folder."""
    return _write_entry


@pytest.fixture
def valid_entry() -> str:
    """The text of a valid synthetic entry (see VALID_ENTRY for its line numbers)."""
    return VALID_ENTRY


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`tmp_path/content` with copies of topics.yml and organizations.yml and an empty
    entries/ folder. The working directory is tmp_path, so problems print as
    `content/entries/...`."""
    root = tmp_path / "content"
    (root / "entries").mkdir(parents=True)
    for name in ("topics.yml", "organizations.yml"):
        shutil.copy(CONTENT / name, root / name)
    monkeypatch.chdir(tmp_path)
    return root
