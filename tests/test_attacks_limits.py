"""Issue 10, total functions: every input within the size limit ends, in bounded time, in a
valid entry or in error lines. Never a traceback, never a hang.

YAML collections that are not lists (`!!set`, `!!omap`, `!!pairs`) are type errors. Bodies
built to hit recursion limits, quadratic regular expressions or Markdown's slow paths are
generated here (never committed) and must check in a few seconds and build in ~10 s (the
product's target is 2 s and 5 s).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.attacklib import (
    BODY_LINE,
    Run,
    check,
    entry_page,
    entry_text,
    page_dangers,
    project,
    write,
)

CHECK_SECONDS = 5.0
BUILD_SECONDS = 12.0
FILE_LIMIT = 512 * 1024

# --- YAML collections that are not lists -------------------------------------------------------

ENTRY = """\
---
title: A YAML collection attack
date: 2022-09-15
source:
  url: https://example.com/attacks/{slug}
  publisher: Example News
{fields}
---
Body.
"""
QUOTES = 'quotes:\n  - text: "A quote."\n    speaker: Ada Example'
# slug -> (front-matter fields, the field the error must name)
COLLECTIONS: dict[str, tuple[str, str]] = {
    "topics-set": ("topics: !!set {open-source, ai-frameworks}\n" + QUOTES, "topics"),
    "topics-set-unknown": ("topics: !!set {open-source, no-such-topic}\n" + QUOTES, "topics"),
    "organizations-set": (
        "topics: [open-source]\norganizations: !!set {meta, no-such-org}\n" + QUOTES,
        "organizations",
    ),
    "topics-omap": ("topics: !!omap [{open-source: 1}]\n" + QUOTES, "topics"),
    "topics-pairs": ("topics: !!pairs [{open-source: 1}]\n" + QUOTES, "topics"),
    "quotes-set": (
        'topics: [open-source]\nquotes: !!set {"A quote."}',
        "quotes",
    ),
    "quotes-omap": (
        'topics: [open-source]\nquotes: !!omap [{text: "A quote."}, {speaker: Ada}]',
        "quotes",
    ),
    "organizations-pairs": (
        "topics: [open-source]\norganizations: !!pairs [{meta: 1}]\n" + QUOTES,
        "organizations",
    ),
}


@pytest.fixture(scope="module")
def collections(tmp_path_factory):
    root = tmp_path_factory.mktemp("yaml-collections")
    content = project(root)
    for slug, (fields, _) in COLLECTIONS.items():
        write(content, f"entries/2022/{slug}.md", ENTRY.format(slug=slug, fields=fields))
    return check(root), timed_build(root)


@pytest.mark.parametrize("slug", sorted(COLLECTIONS))
def test_yaml_collection_is_a_type_error(collections, slug):
    field = COLLECTIONS[slug][1]
    for ran in collections:
        ran.no_traceback()
        assert ran.result.returncode != 0
        errors = ran.errors_for(f"content/entries/2022/{slug}.md")
        assert [p for p in errors if p.field.split(".")[0].split("[")[0] == field], (
            f"no {field} error: {errors}\n{ran.output[-2000:]}"
        )


# --- bodies that used to recurse, hang or crash ------------------------------------------------


def _nested_divs(depth: int) -> str:
    return '<div markdown="1">\n\n' * depth + "x\n\n" + "</div>\n\n" * depth


def _fill(unit: str, head: str = "") -> str:
    """A body of `unit` repeated to just under the file size limit (with the front matter)."""
    room = FILE_LIMIT - 1024 - len(head.encode())
    return head + unit * (room // len(unit.encode())) + "\n"


BODIES = {
    "nested-div-markdown": lambda: _nested_divs(2000),
    "stars-100k": lambda: "*" * 100_000 + "\n",
    "underscores-100k": lambda: "_" * 100_000 + "\n",
    "stars-words": lambda: "*a " * 40_000 + "\n",
    "nested-list-markers": lambda: "- " * 5000 + "x\n",
    "nested-list-indented": lambda: "".join("  " * i + "- x\n" for i in range(300)),
    "nested-blockquotes": lambda: ">" * 5000 + " x\n",
    "nested-blockquote-lines": lambda: "".join(">" * i + " x\n" for i in range(1, 600)),
    "brackets-20k": lambda: "[" * 20_000 + "\n",
    "brackets-parens": lambda: "[x](" * 10_000 + "\n",
    "comment-openers": lambda: _fill("<!--"),
    "anchor-openers": lambda: _fill("<a "),
    "char-ref-openers": lambda: _fill("&#"),
    "attr-list-openers": lambda: _fill("{: "),
    "backticks": lambda: _fill("`a"),
    "lt-runs": lambda: _fill("<"),
    "paragraph-first-words": lambda: _fill("word " * 20 + "\n"),
}


def _run(args: list[str], cwd: Path, budget: float) -> tuple[Run, float]:
    """`digest ...` or `mkdocs ...` in `cwd`: its result and the processor time it used.

    The budget is processor time (the command's and its workers'), as the render deadline is:
    the clock measures the machine's load as much as the work, and this suite runs beside others.
    A command still running after ten budgets of the clock is a hang, and fails at once.
    """
    module = "mkdocs" if args[0] == "mkdocs" else "digest"
    command = [sys.executable, "-m", module, *(args[1:] if module == "mkdocs" else args)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        result = subprocess.run(
            command,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=budget * 10,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`{' '.join(args)}` still running after {budget * 10} s")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(result), used


def timed_build(root: Path) -> Run:
    return _run(["mkdocs", "build", "--strict", "--site-dir", "site"], root, BUILD_SECONDS)[0]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", sorted(BODIES))
def test_hostile_body_ends_quickly_in_an_entry_or_errors(tmp_path, case):
    body = BODIES[case]()
    content = project(tmp_path)
    rel = f"entries/2022/{case}.md"
    write(content, rel, entry_text(body, slug=case))
    assert (content / rel).stat().st_size <= FILE_LIMIT
    path = f"content/{rel}"

    checked, seconds = _run(["check", "--content", "content"], tmp_path, CHECK_SECONDS)
    checked.no_traceback()
    assert seconds < CHECK_SECONDS
    errors = checked.errors_for(path)
    if checked.result.returncode != 0:
        assert errors, checked.output[-2000:]
        last = BODY_LINE + body.count("\n")
        assert all(p.field in {"body", "file"} for p in errors), errors
        assert all(1 <= p.line <= last for p in errors), errors
    else:
        assert errors == []

    built, seconds = _run(
        ["mkdocs", "build", "--strict", "--site-dir", "site"], tmp_path, BUILD_SECONDS
    )
    built.no_traceback()
    assert seconds < BUILD_SECONDS
    if checked.result.returncode != 0:
        assert built.result.returncode != 0
        assert built.errors_for(path), built.output[-2000:]
    else:
        assert built.result.returncode == 0, built.output[-2000:]
        page = entry_page(tmp_path / "site", "2022", case)
        assert page_dangers(page.read_text(encoding="utf-8")) == []


# --- the deadline counts the work, not the clock -----------------------------------------------


def test_the_render_deadline_counts_processor_time_not_the_clock():
    """A body's validity must not depend on the machine's load: time spent waiting (another
    process on the core, a stopped or swapped process) is not the body's work."""
    from digest.content.limits import TimeLimit, deadline

    with deadline(0.2):
        time.sleep(0.6)  # three deadlines of the clock, no work: not refused

    start = time.monotonic()
    with pytest.raises(TimeLimit), deadline(0.2):
        while time.monotonic() - start < 30:
            pass  # work: stopped once it has used its 0.2 s
    assert time.monotonic() - start < 30
