"""`digest check`: exit codes, one line per problem, every problem at once, GitHub annotations,
PATH filtering, and never a traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from digest.commands.cli import main

REPO = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^[^:\n]+:\d+: (error|warning|note): [^:\n]+: [^\n]+$")
GITHUB = re.compile(r"^::(error|warning|notice) file=[^,\n]+,line=\d+,title=[^:\n]+::[^\n]+$")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The installed command, as CI runs it."""
    digest = Path(sys.executable).with_name("digest")
    command = [str(digest)] if digest.exists() else [sys.executable, "-m", "digest"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*command, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60
    )


def replace(text: str, *pairs: str) -> str:
    for old, new in zip(pairs[::2], pairs[1::2], strict=True):
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def broken_corpus(root: Path, write_entry, valid: str) -> list[str]:
    """A dozen differently broken entries and one valid one; returns the expected lines."""
    e = "content/entries/2022"
    files = {
        "good.md": (valid, []),
        "no-title.md": (
            replace(valid, "title: A synthetic entry\n", "", "articles/one", "articles/2"),
            [f"{e}/no-title.md:2: error: title: is required"],
        ),
        "bad-date.md": (
            replace(valid, "2022-09-15", "2022-02-29", "articles/one", "articles/3"),
            [
                f"{e}/bad-date.md:3: error: date: '2022-02-29' is not a real date: "
                "day is out of range for month"
            ],
        ),
        "js-url.md": (
            replace(valid, "https://example.com/articles/one", "javascript:alert(1)"),
            [f"{e}/js-url.md:5: error: source.url: must be an absolute http:// or https:// URL"],
        ),
        "unknown-topic.md": (
            replace(valid, "[open-source]", "[open-sorce]", "articles/one", "articles/5"),
            [
                f"{e}/unknown-topic.md:7: error: topics[0]: unknown topic 'open-sorce'; "
                "did you mean 'open-source'? Or add it with: digest new-topic open-sorce "
                '--name "Open sorce"'
            ],
        ),
        "unknown-org.md": (
            replace(valid, "[meta]", "[Nvida]", "articles/one", "articles/6"),
            [
                f"{e}/unknown-org.md:8: error: organizations[0]: unknown organization 'Nvida'; "
                "did you mean 'nvidia'? Or add it with: digest new-org \"Nvida\""
            ],
        ),
        "typo-key.md": (
            replace(valid, "quotes:", "qoutes:", "articles/one", "articles/7"),
            [
                f"{e}/typo-key.md:2: error: quotes: is required",
                f"{e}/typo-key.md:9: error: qoutes: unknown key; did you mean 'quotes'?",
            ],
        ),
        "empty-quote.md": (
            replace(valid, '"A quote."', '"  "', "articles/one", "articles/8"),
            [f"{e}/empty-quote.md:10: error: quotes[0].text: must not be empty or only whitespace"],
        ),
        "bad-yaml.md": (
            replace(valid, "[open-source]", "[open-source", "articles/one", "articles/9"),
            [
                f"{e}/bad-yaml.md:8: error: yaml: does not parse: did not find expected ',' "
                "or ']' (in the flow sequence that starts on line 7)"
            ],
        ),
        "original.md": (
            replace(valid, "articles/one", "articles/dup"),
            [f"{e}/original.md:5: error: source.url: the same article is also in {e}/same-url.md"],
        ),
        "same-url.md": (
            replace(
                valid,
                "https://example.com/articles/one",
                "http://www.example.com/articles/dup/?utm_source=x",
            ),
            [f"{e}/same-url.md:5: error: source.url: the same article is also in {e}/original.md"],
        ),
        "bad-body.md": (
            replace(valid, "The body.", "Hi <img src=x onerror=alert(1)>", "articles/one", "15"),
            [
                f"{e}/bad-body.md:14: error: body: event handler onerror= on <img> is not allowed",
                f"{e}/bad-body.md:14: error: body: image 'x' is not a file of the site: images go "
                "in content/images/",
            ],
        ),
        "no-front-matter.md": (
            "Just some text.\n",
            [
                f"{e}/no-front-matter.md:1: error: front matter: missing: "
                "the file must start with a '---' line"
            ],
        ),
        "wrong-year.md": (
            replace(valid, "2022-09-15", "2021-09-15T10:00", "articles/one", "articles/13"),
            [
                f"{e}/wrong-year.md:3: warning: date: has no time zone and is read as UTC; "
                "add one, e.g. 'Z' or '+02:00'",
                f"{e}/wrong-year.md:3: warning: date: is in 2021 but the file is in the "
                "2022 folder",
            ],
        ),
        "Bad Name.md": (
            replace(valid, "articles/one", "articles/14"),
            [
                f"{e}/Bad Name.md:1: error: file name: 'Bad Name.md' must be <slug>.md with a "
                "lowercase a-z0-9- slug"
            ],
        ),
    }
    expected: list[str] = []
    for name, (text, lines) in files.items():
        write_entry(root, f"entries/2022/{name}", text)
        expected.extend(lines)
    return expected


def test_shipped_content_passes():
    result = run("check", cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "0 errors" in result.stderr


def test_valid_folder_exits_0(content, write_entry, valid_entry, tmp_path):
    write_entry(content, "entries/2022/good.md", valid_entry)
    result = run("check", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == "1 entry checked, 1 valid; 0 errors, 0 warnings\n"


def test_warnings_alone_exit_0(content, write_entry, valid_entry, tmp_path):
    write_entry(content, "entries/2022/good.md", valid_entry.replace("2022-09-15", "2021-09-15"))
    result = run("check", "--content", "content", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == (
        "content/entries/2022/good.md:3: warning: date: is in 2021 but the file is in the "
        "2022 folder\n"
    )


def test_a_dozen_broken_entries_all_reported_at_once(content, write_entry, valid_entry, tmp_path):
    expected = broken_corpus(content, write_entry, valid_entry)
    result = run("check", "--content", "content", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sorted(lines) == sorted(expected)
    assert all(LINE.match(line) for line in lines), lines
    errors = sum(": error: " in line for line in expected)
    warnings = sum(": warning: " in line for line in expected)
    warned = "1 warning" if warnings == 1 else f"{warnings} warnings"
    assert result.stderr.endswith(f"; {errors} errors, {warned}\n")


def test_github_annotations(content, write_entry, valid_entry, tmp_path):
    expected = broken_corpus(content, write_entry, valid_entry)
    result = run("check", "--format", "github", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(expected)
    assert all(GITHUB.match(line) for line in lines), lines
    assert (
        "::error file=content/entries/2022/js-url.md,line=5,title=source.url::"
        "source.url: must be an absolute http%3A// or https%3A// URL"
    ) not in lines  # only properties escape ':'; the message keeps it
    assert (
        "::error file=content/entries/2022/js-url.md,line=5,title=source.url::"
        "source.url: must be an absolute http:// or https:// URL"
    ) in lines
    assert (
        "::warning file=content/entries/2022/wrong-year.md,line=3,title=date::"
        "date: is in 2021 but the file is in the 2022 folder"
    ) in lines
    assert result.stderr == ""


def test_github_annotation_escapes_properties(content, write_entry, valid_entry, tmp_path):
    write_entry(content, "entries/2022/a,b.md", valid_entry)
    result = run("check", "--format", "github", cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "::error file=content/entries/2022/a%2Cb.md,line=1,title=file name::"
        "file name: 'a,b.md' must be <slug>.md with a lowercase a-z0-9- slug"
    ]


def test_path_filters_the_report(content, write_entry, valid_entry, tmp_path):
    broken_corpus(content, write_entry, valid_entry)
    result = run("check", "content/entries/2022/js-url.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == (
        "content/entries/2022/js-url.md:5: error: source.url: "
        "must be an absolute http:// or https:// URL\n"
    )


def test_path_of_a_valid_file_exits_0_among_broken_ones(
    content, write_entry, valid_entry, tmp_path
):
    broken_corpus(content, write_entry, valid_entry)
    result = run("check", "content/entries/2022/good.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")


def test_path_still_checks_duplicates_against_the_corpus(
    content, write_entry, valid_entry, tmp_path
):
    broken_corpus(content, write_entry, valid_entry)
    result = run("check", "content/entries/2022/same-url.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == (
        "content/entries/2022/same-url.md:5: error: source.url: the same article is also in "
        "content/entries/2022/original.md\n"
    )


def test_several_paths_and_a_folder(content, write_entry, valid_entry, tmp_path):
    broken_corpus(content, write_entry, valid_entry)
    write_entry(content, "entries/2023/late.md", valid_entry.replace("articles/one", "late"))
    result = run("check", "content/entries/2023", "content/entries/2022/bad-date.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "content/entries/2022/bad-date.md:3: error: date: '2022-02-29' is not a real date: "
        "day is out of range for month",
        "content/entries/2023/late.md:3: warning: date: is in 2022 but the file is in the "
        "2023 folder",
    ]


def test_missing_path_is_a_usage_error(content, tmp_path):
    result = run("check", "content/entries/2022/nope.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "content/entries/2022/nope.md:1: error: file: does not exist\n"


def test_missing_path_in_github_format_is_an_annotation(content, tmp_path):
    result = run("check", "--format", "github", "content/entries/2022/nope.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == (
        "::error file=content/entries/2022/nope.md,line=1,title=file::file: does not exist\n"
    )


def test_a_file_outside_the_content_folder_is_a_usage_error(content, tmp_path):
    (tmp_path / "README.md").write_text("# Notes\n", encoding="utf-8")
    result = run("check", "README.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "README.md:1: error: file: is not in the content folder (content): "
        "digest check reads entries, pages and taxonomies there\n"
    )


def test_missing_content_folder_is_a_usage_error(tmp_path):
    result = run("check", "--content", "nowhere", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr == "nowhere:1: error: file: content folder not found (use --content DIR)\n"


def test_in_process_main_matches(content, write_entry, valid_entry, capsys):
    expected = broken_corpus(content, write_entry, valid_entry)
    assert main(["check", "--content", "content"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sorted(out) == sorted(expected)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02",
        b"---\n\xff\xfe\n---\n",
        b"---\na: &a [*a]\n---\n",
        b"---\n" + b"[" * 5000 + b"\n---\n",
        b"---\ntitle: \x1b[31mred\n---\n",
        b"---\n? [a]\n: b\n---\n",
    ],
    ids=["nul", "bad utf-8", "self alias", "deep", "escape", "complex key"],
)
def test_no_traceback_on_broken_files(content, write_entry, tmp_path, data):
    write_entry(content, "entries/2022/x.md", data)
    result = run("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(LINE.match(line) for line in lines), lines


def test_the_summary_counts_entries_checked_and_valid(content, write_entry, valid_entry, tmp_path):
    """Issue 23: a file with errors is not valid; a file given by name is one entry checked."""
    write_entry(content, "entries/2022/good.md", valid_entry)
    write_entry(content, "entries/2022/bad.md", valid_entry.replace("title:", "titel:", 1))
    whole = run("check", cwd=tmp_path)
    assert whole.returncode == 1
    assert whole.stderr.startswith("2 entries checked, 1 valid; ")
    one = run("check", "content/entries/2022/good.md", cwd=tmp_path)
    assert one.stderr.startswith("1 entry checked, 1 valid; ")
    bad = run("check", "content/entries/2022/bad.md", cwd=tmp_path)
    assert bad.stderr.startswith("1 entry checked, 0 valid; ")


def test_the_commands_find_the_content_where_mkdocs_yml_puts_it(tmp_path):
    """A project whose mkdocs.yml names another docs_dir: `digest check` and the editor's
    commands read and write that folder, as the build does, without `--content`."""
    import shutil

    shutil.copytree(REPO / "content", tmp_path / "articles")
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    assert "docs_dir: content\n" in config
    (tmp_path / "mkdocs.yml").write_text(
        config.replace("docs_dir: content\n", "docs_dir: articles\n")
    )
    checked = run("check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "content folder not found" not in checked.stderr
    assert re.search(r"\b1 entry\b", checked.stderr), checked.stderr
    added = run("new-topic", "Robotics", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "robotics" in (tmp_path / "articles" / "topics.yml").read_text("utf-8")
    assert not (tmp_path / "content").exists()
