"""Slugs are refused only where their URL collides with one the site uses, namespace by namespace.

"Search" is one of the main topics of AI news: a topic `search` lives at `/topics/search/` and
collides with nothing there. One real `mkdocs build` of a project whose topics, organizations,
entries and people are called like the site's root files (`search`, `feed`, `sitemap`,
`assets`) shows every such page built; the same build, with small listing pages, shows which
names under each prefix the site itself uses, and those are exactly the reserved ones. Real
collisions (an entry `index`, a topic or organization `page`) are refused at their line, with a
message that says why; a speaker whose name collides gets a suffixed page.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pytest

from digest.commands.cli import main
from digest.model.namespaces import RESERVED
from tests.attacklib import build, check, project, write

# Names of the site's own root files and folders, now free under each prefix.
ROOT_NAMES = ["search", "feed", "sitemap", "assets", "feeds", "atom", "rss", "images", "index"]
ENTRY_SLUGS = ["search", "feed", "sitemap", "assets", "page", "rss"]


def _entry(slug: str, *, topics: list[str], orgs: list[str], speaker: str) -> str:
    return (
        "---\n"
        f"title: {json.dumps(f'Entry called {slug}')}\n"
        "date: 2022-09-15\n"
        "source:\n"
        f"  url: https://example.com/namespaces/{slug}\n"
        "  publisher: Example News\n"
        f"topics: {json.dumps(topics)}\n"
        f"organizations: {json.dumps(orgs)}\n"
        "quotes:\n"
        '  - text: "A quote long enough to read."\n'
        f"    speaker: {json.dumps(speaker)}\n"
        "---\n"
        "The body.\n"
    )


def _taxonomies(content: Path) -> None:
    topics = content / "topics.yml"
    topics.write_text(
        topics.read_text(encoding="utf-8")
        + "".join(f"{name}:\n  name: Topic {name}\n" for name in ROOT_NAMES),
        encoding="utf-8",
    )
    orgs = content / "organizations.yml"
    orgs.write_text(
        orgs.read_text(encoding="utf-8")
        + "".join(f"{name}:\n  name: Org {name}\n" for name in ROOT_NAMES),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project using the root's names in every namespace, built with two items a listing
    page (so that every listing has later pages)."""
    tmp = tmp_path_factory.mktemp("namespaces")
    content = project(tmp)
    config = (tmp / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp / "mkdocs.yml").write_text(
        config.replace("page_size: 50", "page_size: 2"), encoding="utf-8"
    )
    _taxonomies(content)
    speakers = ["Search", "Feed", "Sitemap", "Assets", "Page", "Rss"]
    for slug, speaker in zip(ENTRY_SLUGS, speakers, strict=True):
        write(
            content,
            f"entries/2022/{slug}.md",
            _entry(slug, topics=ROOT_NAMES, orgs=[f"Org {n}" for n in ROOT_NAMES], speaker=speaker),
        )
    ran = build(tmp)
    ran.no_traceback()
    assert ran.result.returncode == 0, ran.output[-3000:]
    return tmp / "site"


def _h1(page: Path) -> str:
    tree = html5lib.parse(page.read_text(encoding="utf-8"), namespaceHTMLElements=False)
    return "".join(tree.find(".//h1").itertext()).strip()


def _rss_title(feed: Path) -> str:
    return ET.parse(feed).getroot().findtext("channel/title") or ""


def _names_under(site: Path, prefix: str) -> set[str]:
    """The folders directly under `prefix` in the built site."""
    return {p.name for p in (site / prefix).iterdir() if p.is_dir()}


# --- the names now allowed, namespace by namespace ----------------------------------------------


def test_topics_named_like_the_sites_root_files_get_their_pages(built):
    for name in ROOT_NAMES:
        assert _h1(built / "topics" / name / "index.html") == f"Topic {name}"
        assert f"Topic {name}" in _rss_title(built / "topics" / name / "feed.xml")
        # Six entries at two a page: the topic's own listing has later pages in its folder.
        assert (built / "topics" / name / "page" / "3" / "index.html").is_file()
    listing = [built / "topics" / "index.html", *(built / "topics" / "page").glob("*/index.html")]
    assert any('href="../../../topics/search/"' in p.read_text(encoding="utf-8") for p in listing)


def test_organizations_named_like_the_sites_root_files_get_their_pages(built):
    for name in ROOT_NAMES:
        assert _h1(built / "organizations" / name / "index.html") == f"Org {name}"
        assert f"Org {name}" in _rss_title(built / "organizations" / name / "feed.xml")


def test_entries_named_like_the_sites_root_files_get_their_pages(built):
    for slug in ENTRY_SLUGS:
        assert _h1(built / "entries" / "2022" / slug / "index.html") == f"Entry called {slug}"


def test_people_named_like_the_sites_root_files_get_their_pages(built):
    for name in ("Search", "Feed", "Sitemap", "Assets", "Rss"):
        assert _h1(built / "people" / name.lower() / "index.html") == name
    # `page` is taken under /people/ (the listing's later pages): that speaker is suffixed.
    (suffixed,) = [p for p in (built / "people").glob("page-*") if p.is_dir()]
    assert _h1(suffixed / "index.html") == "Page"
    assert all(p.name.isdigit() for p in (built / "people" / "page").iterdir())


# --- the names the site itself uses under each prefix are exactly the reserved ones -------------


def test_the_reserved_names_are_the_ones_the_site_uses_under_each_prefix(built):
    topics = set(ROOT_NAMES) | {"ai-frameworks", "ai-market", "governance", "open-source"}
    assert _names_under(built, "topics") - topics == RESERVED["topics"] == {"page"}
    orgs = {p.name for p in (built / "organizations").iterdir() if p.is_dir()}
    own = orgs - {"page"}
    assert all((built / "organizations" / o / "feed.xml").is_file() for o in own)
    assert orgs - own == RESERVED["organizations"]
    people = _names_under(built, "people")
    assert {p for p in people if not (built / "people" / p / "index.html").is_file()} == {"page"}
    assert RESERVED["people"] == {"page"}
    # Nothing of the site's own lives beside the entries of a year; `index` is refused because
    # entries/<YYYY>/index.md would be the year folder's own page (test below).
    year = built / "entries" / "2022"
    assert _names_under(built, "entries/2022") == set(ENTRY_SLUGS) | {
        "pytorch-foundation-research-open-source-roots"
    }
    assert not (year / "index.html").exists()
    assert RESERVED["entries"] == {"index"}


# --- real collisions: refused at their line, saying why -----------------------------------------


def _check_refuses(tmp: Path, path: str, line: int, field: str, why: str) -> None:
    ran = check(tmp)
    ran.no_traceback()
    assert ran.result.returncode == 1, ran.output
    found = [p for p in ran.errors_for(path) if p.field == field]
    assert found, ran.output
    assert found[0].line == line
    assert "is taken by the site's own URLs" in found[0].message
    assert why in found[0].message


def test_an_entry_called_index_is_refused(tmp_path):
    content = project(tmp_path)
    write(content, "entries/2022/index.md", _entry("index", topics=["open-source"], orgs=[],
                                                     speaker="Ada Example"))  # fmt: skip
    _check_refuses(
        tmp_path, "content/entries/2022/index.md", 1, "file name", "the year folder's own page"
    )
    ran = build(tmp_path)
    assert ran.result.returncode != 0 and ran.errors_for("content/entries/2022/index.md")


@pytest.mark.parametrize("kind", ["topics", "organizations"])
def test_a_topic_or_organization_called_page_is_refused(tmp_path, kind):
    content = project(tmp_path)
    path = content / f"{kind}.yml"
    text = path.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    path.write_text(text + "page:\n  name: Page\n", encoding="utf-8")
    _check_refuses(tmp_path, f"content/{kind}.yml", line, "page", f"/{kind}/page/<n>/")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new-topic", "page", "--name", "Pages"], "'page' is taken by the site's own URLs"),
        (["new-org", "page", "--name", "Page Inc"], "'page' is taken by the site's own URLs"),
        (["new", "https://example.com/x", "--slug", "index"], "the slug 'index' is taken"),
    ],
)
def test_the_commands_refuse_a_colliding_slug(tmp_path, capsys, args, message):
    content = project(tmp_path)
    assert main([*args, "--content", str(content)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_the_commands_accept_a_topic_called_search(tmp_path, capsys):
    content = project(tmp_path)
    assert main(["new-topic", "search", "--name", "Search", "--content", str(content)]) == 0
    assert main(["new-org", "feed", "--name", "Feed Labs", "--content", str(content)]) == 0
    assert main(["check", "--content", str(content)]) == 0, capsys.readouterr()
