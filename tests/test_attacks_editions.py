"""Hostile input, round three (issue 26): the email and editions-feed copy of an introduction.

The introduction is made self-contained (links absolute, images replaced by their text) for
email and feed readers. The rewrite worked by patterns over the HTML, so it rewrote `href="..."`
written in the text, and cut an image whose alternative text holds `>`. It now reads the HTML
as HTML: only real attributes change, and text stays text.
"""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from digest.commands.cli import main

SITE = "https://digest.example.org/"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
PROSE = 'In the code, write href="page.html" or src="chart.png" yourself.'
INTRO = f"""\
{PROSE}

![growth > 10% & "rising"](../images/chart.png) after the chart.

See [the pick](../entries/2022/x.md) and [a query](https://example.com/?a=1&b=2).
"""


@pytest.fixture
def edition(content, write_entry, valid_entry):
    (content.parent / "mkdocs.yml").write_text(
        f"site_name: Test\nsite_url: {SITE}\ndocs_dir: content\n", encoding="utf-8"
    )
    (content / "images").mkdir()
    (content / "images" / "chart.png").write_bytes(PNG)
    write_entry(content, "entries/2022/x.md", valid_entry)
    head = "---\ntitle: Week 37\npicks: [x]\n---\n"
    write_entry(content, "editions/2022-W37.md", head + INTRO)
    return content


def render(capsys, content, kind: str) -> str:
    code = main(["edition", "render", "2022-W37", kind, "--content", str(content)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def intro_of(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [" ".join(p.get_text().split()) for p in soup.find_all("p")]


def test_text_that_looks_like_an_attribute_stays_text(edition, capsys):
    html = render(capsys, edition, "--email")
    assert PROSE in intro_of(html)
    text = render(capsys, edition, "--text")
    assert PROSE in " ".join(text.split())


def test_an_image_becomes_its_whole_alternative_text(edition, capsys):
    html = render(capsys, edition, "--email")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("img") is None
    assert 'growth > 10% & "rising" after the chart.' in intro_of(html)


def test_links_become_absolute_and_keep_their_query(edition, capsys):
    soup = BeautifulSoup(render(capsys, edition, "--email"), "html.parser")
    hrefs = {a.get_text(): a["href"] for a in soup.find_all("a")}
    assert hrefs["the pick"] == SITE + "entries/2022/x/"
    assert hrefs["a query"] == "https://example.com/?a=1&b=2"


def test_the_editions_feed_carries_the_same_introduction(edition, capsys, monkeypatch):
    monkeypatch.setenv("SITE_URL", SITE)
    monkeypatch.chdir(edition.parent)
    assert main(["generate", "out", "-f", "mkdocs.yml"]) == 0
    capsys.readouterr()
    feed = json.loads((edition.parent / "out/docs/editions/feed.json").read_text("utf-8"))
    html = feed["items"][0]["content_html"]
    paragraphs = intro_of(html)
    assert PROSE in paragraphs
    assert 'growth > 10% & "rising" after the chart.' in paragraphs
