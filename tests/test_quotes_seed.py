"""The seed article, served as a news page: `digest quotes` finds the shipped entry's eight
quotes with their speakers, and `digest verify` passes the entry and fails a tampered copy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from pageserver import pages  # noqa: F401 - fixture
from quote_articles import article_page

from digest.commands.cli import main

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "pytorch-foundation-thenewstack.txt"
ENTRY = REPO / "content" / "entries" / "2022" / "pytorch-foundation-research-open-source-roots.md"
SOURCE = "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not here")


def seed_page() -> str:
    """The seed's paragraphs in an article page; its captured page furniture where a site has it."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    title = lines[1]
    paragraphs = []
    for line in lines[2:]:
        if line in ("Breaking News", "Group", "Created with Sketch.") or line.startswith("Source:"):
            continue  # navigation and an SVG's title in the captured page
        short = len(line.split()) < 6 and not line.endswith(".")
        paragraphs.append("## " + line if short else line)
    return article_page(title, paragraphs)


def shipped_quotes() -> list[dict]:
    front = ENTRY.read_text(encoding="utf-8").split("---\n")[1]
    return yaml.safe_load(front)["quotes"]


@pytest.fixture
def served(pages, tmp_path, monkeypatch) -> str:
    monkeypatch.chdir(tmp_path)
    return pages.add("/pytorch", seed_page())


def test_quotes_proposes_all_eight_shipped_quotes_with_their_speakers(served, capsys):
    assert main(["quotes", served, "--format", "json"]) == 0
    proposals = json.loads(capsys.readouterr().out)
    shipped = shipped_quotes()
    assert len(shipped) == 8
    for quote in shipped:
        # The editor trims: each shipped quote is part of a proposal by the same speaker.
        assert any(
            quote["text"] in p["text"] and p["speaker"] == quote["speaker"] for p in proposals
        ), quote["text"]
    assert {p["speaker"] for p in proposals} == {q["speaker"] for q in shipped}


def _copy_entry(tmp_path: Path, url: str, change: tuple[str, str] | None = None) -> Path:
    content = tmp_path / "content"
    (content / "entries" / "2022").mkdir(parents=True, exist_ok=True)
    for name in ("topics.yml", "organizations.yml"):
        shutil.copy(REPO / "content" / name, content / name)
    text = ENTRY.read_text(encoding="utf-8")
    assert SOURCE in text
    text = text.replace(SOURCE, url)
    if change is not None:
        assert change[0] in text
        text = text.replace(change[0], change[1])
    path = content / "entries" / "2022" / ENTRY.name
    path.write_text(text, encoding="utf-8")
    return path


def test_verify_passes_the_shipped_entry(served, tmp_path, capsys):
    _copy_entry(tmp_path, served)
    assert main(["check", "content"]) == 0  # the copy is a valid entry
    capsys.readouterr()
    assert main(["verify"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("8 quotes in 1 entry: 8 verified, 0 not found")


def test_verify_fails_a_copy_with_one_word_changed(served, tmp_path, capsys):
    original = "This is a Facebook + Google + AWS vs Microsoft story"
    path = _copy_entry(tmp_path, served, (original, original.replace("Microsoft", "Oracle")))
    line = 1 + path.read_text(encoding="utf-8").splitlines().index(
        '  - text: "This is a Facebook + Google + AWS vs Oracle story"'
    )
    assert main(["verify", str(path.relative_to(tmp_path))]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"content/entries/2022/{ENTRY.name}:{line}: error: quotes[3].text: not in the source; "
        # The whole sentence (issue 23), the initial "E." not taken for its end; the figure is
        # the quote against the words it matched: 2 × 44 shared characters / (52 + 49).
        f'closest: "{original}," said Lawrence E. Hecht, an analyst for The New Stack. (87%)'
    ]
