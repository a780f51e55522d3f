"""Images are the site's own files: under content/images/, linked relative to the entry."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from sitebuild import copy_content, digest_cli, mkdocs

# The smallest valid PNG: a 1x1 transparent pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
ENTRY = """---
title: An entry with a chart
date: 2024-05-01
source:
  url: https://example.com/chart-story
  publisher: Example News
topics: [open-source]
quotes:
  - text: A quote.
    speaker: Ada Example
---
The chart says it all.

![A rising line](../../images/chart.png)
"""


def test_an_image_of_the_site_is_published_and_linked(tmp_path):
    content = copy_content(tmp_path)
    (content / "images").mkdir()
    (content / "images/chart.png").write_bytes(PNG)
    (content / "entries/2024").mkdir(parents=True, exist_ok=True)
    (content / "entries/2024/chart.md").write_text(ENTRY, encoding="utf-8")
    check = digest_cli("check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    built = mkdocs("build", "--strict", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    page = tmp_path / "site/entries/2024/chart/index.html"
    img = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one(
        ".digest-writeup img"
    )
    assert img["alt"] == "A rising line"
    target = urlsplit(urljoin("https://h/entries/2024/chart/", img["src"])).path
    assert target == "/images/chart.png"
    assert (tmp_path / "site/images/chart.png").read_bytes() == PNG


def test_an_image_that_is_not_there_is_named(tmp_path):
    content = copy_content(tmp_path)
    (content / "entries/2024").mkdir(parents=True, exist_ok=True)
    (content / "entries/2024/chart.md").write_text(ENTRY, encoding="utf-8")
    check = digest_cli("check", cwd=tmp_path)
    assert check.returncode == 1
    assert check.stdout.splitlines() == [
        "content/entries/2024/chart.md:14: error: body: shows the image 'images/chart.png', "
        "which is not a file under content/images/"
    ]
