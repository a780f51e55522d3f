"""The editor's path on an outside tester's findings (round 42): what `digest check` tells an
editor who pasted an attribution into a quote's value, a role into a speaker's name, or named a
topic the file does not have yet. Expected lines written by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from digest.commands.cli import main

REPO = Path(__file__).resolve().parent.parent
ENTRY = "content/entries/2022/pytorch-foundation-research-open-source-roots.md"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DIGEST_CACHE", "0")
    return tmp_path


def _edit(project: Path, old: str, new: str) -> int:
    """Replace the first `old` in the shipped entry; the line it is on."""
    path = project / ENTRY
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def _lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().out.splitlines() if ENTRY in line]


@pytest.mark.parametrize("mark", ['"', "'"])
def test_words_pasted_after_a_quoted_value_are_named(project, capsys, mark):
    """`text: "We are ready," said NAME` gave libyaml's `did not find expected key`."""
    text = (project / ENTRY).read_text(encoding="utf-8")
    first = text.split("  - text: ", 1)[1].split("\n", 1)[0]
    value = first.strip('"').replace("'", "''") if mark == "'" else first.strip('"')
    line = _edit(project, f"  - text: {first}", f"  - text: {mark}{value}{mark} said Ann Reyes")
    assert main(["check"]) == 1
    assert _lines(capsys) == [
        f"{ENTRY}:{line}: error: yaml: does not parse: has words after the closing quote of its "
        "value ('said Ann Reyes'): a value in quotes ends at its closing mark; put them inside "
        "the quotes, or delete them"
    ]


@pytest.mark.parametrize(
    ("after", "warned"),
    [(", staff engineer", True), (", Example Labs", True), (", Jr.", False), (" Jr", False)],
)
def test_a_role_pasted_into_the_speakers_name_is_said(project, capsys, after, warned):
    """`speaker: NAME, staff engineer` passed, and made a person page of the whole text."""
    line = _edit(project, "    speaker: Ronald Schmelzer", "    speaker: Ronald Schmelzer" + after)
    assert main(["check"]) == 0
    rest = after.lstrip(", ")
    assert _lines(capsys) == (
        [
            f"{ENTRY}:{line}: warning: quotes[0].speaker: holds a comma: is {rest!r} a role or an "
            "organization? The speaker is the name alone ('Ronald Schmelzer'); write the rest "
            "under role: or organization:"
        ]
        if warned
        else []
    )


def test_a_new_topics_name_keeps_the_spelling_the_file_gives_its_words(project, capsys):
    """`digest new-topic ai-infrastructure --name "Ai infrastructure"` was printed, and run as
    printed it published 'Ai'; topics.yml spells the word 'AI' (`AI frameworks`)."""
    line = _edit(project, "topics: [", "topics: [ai-infrastructure, ")
    assert main(["check"]) == 1
    assert _lines(capsys) == [
        f"{ENTRY}:{line}: error: topics[0]: unknown topic 'ai-infrastructure'; add it with: "
        'digest new-topic ai-infrastructure --name "AI infrastructure"'
    ]


SAVED = """<!doctype html><html><head><meta charset="utf-8">
<title>Clinics trial a triage model | Example Ledger</title>
<meta property="og:site_name" content="Example Ledger">
<meta name="author" content="Tomasz Okafor-Lind">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
</head><body><article><h1>Clinics trial a triage model</h1>
<p>Three clinics began a trial of a triage model on Monday.</p>
<p>“We read every recommendation before a patient sees it,” said Ines Varga-Holm, chief
nursing officer at the Lindqvist clinics.</p>
</article></body></html>
"""


def _new_from_saved(project: Path, tmp_path: Path) -> tuple[Path, str, Path]:
    """`digest new URL --page saved.html` on SAVED: the saved page, the URL, the entry."""
    saved = tmp_path / "saved.html"
    saved.write_text(SAVED, encoding="utf-8")
    url = "https://news.example.com/2025/03/clinics-triage"
    assert main(["new", url, "--page", str(saved)]) == 0
    (target,) = (project / "content" / "entries" / "2025").glob("*.md")
    return saved, url, target


def test_new_reads_a_page_saved_from_a_browser(project, tmp_path, capsys):
    """An outside editor found no way to start an entry from an article behind a paywall or
    without a network: `--page FILE` reads the page as saved, the URL staying its address."""
    _, url, target = _new_from_saved(project, tmp_path)
    text = target.read_text(encoding="utf-8")
    data = yaml.safe_load(text.split("---\n")[1])
    assert data["title"] == "Clinics trial a triage model"
    assert data["source"] == {
        "url": url,
        "publisher": "Example Ledger",
        "author": "Tomasz Okafor-Lind",
    }
    assert '  # - text: "We read every recommendation before a patient sees it"' in text
    assert "  #   speaker: Ines Varga-Holm" in text
    assert main(["new", url + "-2", "--page", str(tmp_path / "missing.html")]) == 2
    assert (
        capsys.readouterr()
        .err.splitlines()[-1]
        .startswith(f"error: --page {tmp_path / 'missing.html'}: cannot be read")
    )


def test_verify_reads_a_page_saved_from_a_browser(project, tmp_path, capsys):
    """The same editor could not verify such an entry's quotes: `digest verify ENTRY --page
    FILE` reads the saved page in place of the source's URL."""
    saved, _, target = _new_from_saved(project, tmp_path)
    text = target.read_text(encoding="utf-8")
    kept = text.replace(
        '  # - text: "We read every recommendation before a patient sees it"\n'
        "  #   speaker: Ines Varga-Holm\n",
        '  - text: "We read every recommendation before a patient sees it"\n'
        "    speaker: Ines Varga-Holm\n"
        '  - text: "We read every line of it"\n'
        "    speaker: Ines Varga-Holm\n",
    )
    assert kept != text
    target.write_text(kept, encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", str(target), "--page", str(saved)]) == 1
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    assert ": error: quotes[1].text: not in the source; closest:" in line
    assert err.splitlines()[-1].startswith("2 quotes in 1 entry: 1 verified, 1 not found")
    assert main(["verify", "--page", str(saved)]) == 2
    assert "--page is one entry's source" in capsys.readouterr().err


def test_new_leaves_tracking_parameters_out_of_the_url(project, capsys):
    """`digest new` kept `?utm_source=newsletter` in source.url, and nothing said so."""
    url = "https://news.example.com/a/story?id=7&utm_source=newsletter&fbclid=x1"
    assert main(["new", url, "--title", "A story", "--date", "2025-03-04"]) == 0
    (target,) = (project / "content" / "entries" / "2025").glob("*.md")
    data = yaml.safe_load(target.read_text(encoding="utf-8").split("---\n")[1])
    assert data["source"]["url"] == "https://news.example.com/a/story?id=7"
    assert "note: left utm_source, fbclid out of the URL (tracking)" in capsys.readouterr().err
