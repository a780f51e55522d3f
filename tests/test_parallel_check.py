"""`digest check` validates large corpora in forked workers: the same problems as one core."""

from __future__ import annotations

import pytest

from digest.build import pipeline, workers
from digest.build.pipeline import check_content, scheduled_notes
from digest.content.layout import Layout


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
def test_parallel_check_reports_exactly_what_the_serial_check_does(
    content, write_entry, valid_entry, monkeypatch
):
    for i in range(12):
        write_entry(
            content, f"entries/2022/ok-{i}.md", valid_entry.replace("articles/one", f"articles/{i}")
        )
    write_entry(content, "entries/2022/dup.md", valid_entry)  # these two share a source URL
    write_entry(content, "entries/2022/same-url.md", valid_entry)
    write_entry(
        content,
        "entries/2023/ok-1.md",
        valid_entry.replace("articles/one", "articles/x").replace("2022-09-15", "2023-01-01"),
    )
    write_entry(
        content,
        "entries/2022/broken.md",
        valid_entry.replace("topics: [open-source]", "topics: [open-sorce]"),
    )
    write_entry(
        content,
        "entries/2022/later.md",
        valid_entry.replace("date: 2022-09-15", "date: 2022-09-15\nadded: 2099-01-01").replace(
            "articles/one", "articles/later"
        ),
    )
    serial = check_content(Layout(content))
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    monkeypatch.setattr(pipeline, "CHUNK", 2)
    parallel = check_content(Layout(content), check_only=True)
    # Hand-counted: 17 files; ok-1 twice (2022, 2023), dup and same-url share a URL, broken
    # has an unknown topic: 12 valid entries (ok-0, ok-2..ok-11, later).
    assert parallel.entries == [] and len(serial.entries) == 12
    assert parallel.problems == serial.problems
    errors = [(p.path, p.field) for p in parallel.problems if p.severity == "error"]
    assert errors == [
        ("content/entries/2022/broken.md", "topics[0]"),
        ("content/entries/2022/dup.md", "source.url"),
        ("content/entries/2022/ok-1.md", "file name"),
        ("content/entries/2022/same-url.md", "source.url"),
        ("content/entries/2023/ok-1.md", "file name"),
    ]
    assert parallel.refs == serial.refs
    assert scheduled_notes(parallel) == scheduled_notes(serial) != []
