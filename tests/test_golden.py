"""The golden site: a small fixture digest (tests/golden/) built with `mkdocs build`, whose pages
and feeds are compared with committed expected files, so that any change in output shows in
review. Pages are normalised to what the digest controls: the title, the feed and pagination
links and the description in <head>, and the page's <article>.

After an intended change, rewrite the expected files and review their diff:

    DIGEST_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sitebuild import mkdocs

GOLDEN = Path(__file__).parent / "golden"
EXPECTED = GOLDEN / "expected"
FEEDS = (
    "feed.xml",
    "atom.xml",
    "feed.json",
    "feeds.opml",
    "topics/chips/feed.xml",
    "editions/feed.xml",
)


def normalise(html: str) -> str:
    """The parts of a built page that the digest decides, one per line."""
    soup = BeautifulSoup(html, "html.parser")
    lines = [f"title: {soup.title.get_text()}"]
    description = soup.find("meta", attrs={"name": "description"})
    if description is not None:
        lines.append(f"description: {description['content']}")
    for link in soup.head.find_all("link", rel=["alternate", "prev", "next"]):
        lines.append(f"link {' '.join(link['rel'])}: {link.get('title', '')} {link['href']}")
    article = soup.select_one("article.md-content__inner")
    lines.append(article.decode_contents().strip() if article else "(no article)")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def golden_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("golden")
    shutil.copytree(GOLDEN / "content", root / "content")
    config = (GOLDEN / "mkdocs.yml").read_text(encoding="utf-8")
    overrides = Path(__file__).resolve().parent.parent / "overrides"
    (root / "mkdocs.yml").write_text(
        config.replace("custom_dir: ../../overrides", f"custom_dir: {overrides}"), encoding="utf-8"
    )
    result = mkdocs("build", "--strict", cwd=root, env={"SOURCE_DATE_EPOCH": "1767225600"})
    assert result.returncode == 0, result.stderr
    return root / "site"


def built_files(site: Path) -> dict[str, str]:
    """Expected-file name -> normalised content, for every page and the feeds."""
    out = {}
    for page in sorted(site.rglob("index.html")):
        url = page.parent.relative_to(site).as_posix()
        if url.startswith(("assets", "search")):
            continue
        name = "pages/" + (url.replace("/", "__") if url != "." else "home") + ".txt"
        out[name] = normalise(page.read_text(encoding="utf-8"))
    for feed in FEEDS:
        out["feeds/" + feed.replace("/", "__")] = (site / feed).read_text(encoding="utf-8")
    return out


def test_built_site_matches_the_golden_files(golden_site):
    built = built_files(golden_site)
    if os.environ.get("DIGEST_UPDATE_GOLDEN") == "1":
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for name, text in built.items():
            path = EXPECTED / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    expected = {
        path.relative_to(EXPECTED).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(EXPECTED.rglob("*"))
        if path.is_file()
    }
    assert sorted(built) == sorted(expected), "pages appeared or disappeared"
    for name, text in expected.items():
        assert built[name] == text, f"{name} differs from tests/golden/expected/{name}"
