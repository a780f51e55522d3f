"""Regressions found by breaking recently added code on purpose (mutation testing by hand).

Each test pins a behaviour a user would notice that no other test held (each kills a mutant
that survived the suite): what `digest check` prints and exits with, what a build publishes,
what `mkdocs serve` walks, the collector threshold a program gets back. Expected values are
written by hand.
"""

from __future__ import annotations

import gc
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sitebuild import REPO, golden_config, mkdocs

from digest.build.collector import THRESHOLD, Collector
from digest.commands.cli import main


def _check(capsys) -> tuple[int, list[str]]:
    """`digest check` in the working directory, without `--content` (the commands find the
    folder themselves): its exit code and the lines it wrote to stderr."""
    capsys.readouterr()
    code = main(["check"])
    return code, capsys.readouterr().err.splitlines()


def test_a_second_build_in_one_process_relaxes_the_collector_and_restores_the_new_threshold():
    """A program that builds twice and changes its own threshold in between gets that one back."""
    saved = gc.get_threshold()
    try:
        collector = Collector()
        gc.set_threshold(700, 10, 10)
        collector.relax()
        assert gc.get_threshold() == (THRESHOLD, 10, 10)
        collector.restore()
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(500, 7, 7)  # the program's own choice, between two builds
        collector.relax()
        assert gc.get_threshold() == (THRESHOLD, 7, 7)
        collector.restore()
        assert gc.get_threshold() == (500, 7, 7)
    finally:
        gc.set_threshold(*saved)


@pytest.mark.parametrize("blank", ["   ", "\n"], ids=["spaces", "newline"])
def test_a_blank_cache_secret_is_no_secret_and_nothing_is_said(
    content, write_entry, valid_entry, capsys, monkeypatch, blank
):
    """DIGEST_CACHE_SECRET set to white space (an empty repository secret) is unset, as the
    store reads it: no warning that it 'has 0 bytes'."""
    write_entry(content, "entries/2022/one.md", valid_entry)
    monkeypatch.setenv("DIGEST_CACHE_SECRET", blank)
    code, said = _check(capsys)
    assert (code, said) == (0, ["1 entry checked, 1 valid; 0 errors, 0 warnings"])


@pytest.mark.parametrize(
    "config",
    [
        "site_name: Broken\ndocs_dir: [unclosed\n",  # not YAML at all
        'site_name: Empty\ndocs_dir: ""\n',  # names no folder
        "site_name: Blank\ndocs_dir: '   '\n",
    ],
    ids=["broken-yaml", "empty-name", "blank-name"],
)
def test_a_mkdocs_yml_without_a_usable_docs_dir_leaves_the_content_folder(
    content, write_entry, valid_entry, capsys, config
):
    """`digest check` without `--content` reads ./content when ./mkdocs.yml cannot name another
    folder: no traceback for a broken file, not the project folder for an empty name."""
    write_entry(content, "entries/2022/one.md", valid_entry)
    (content.parent / "mkdocs.yml").write_text(config, encoding="utf-8")
    code, said = _check(capsys)
    assert (code, said) == (0, ["1 entry checked, 1 valid; 0 errors, 0 warnings"])


# --- One small site built once: the golden fixture with links and an image. -----------------

LINKING_BODY = """
See [the first story](same-day-a.md#earlier-slug) and [the 2024 one](../2024/first-model.md).

![a chart](../../images/a.png)
"""
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (1).to_bytes(4, "big") * 2 + b"\x08\x06"


class _Refs(HTMLParser):
    """Every <a href> and <img src> of a page, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "img" and values.get("src"):
            self.images.append(values["src"] or "")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("linking-site")
    shutil.copytree(REPO / "tests" / "golden" / "content", root / "content")
    (root / "content" / "images").mkdir()
    (root / "content" / "images" / "a.png").write_bytes(PNG + b"\x00" * 16)
    entry = root / "content" / "entries" / "2025" / "same-day-b.md"
    entry.write_text(entry.read_text(encoding="utf-8") + LINKING_BODY, encoding="utf-8")
    config = golden_config(root).read_text(encoding="utf-8")
    config = config.replace(
        f"docs_dir: {REPO / 'tests' / 'golden' / 'content'}", "docs_dir: content"
    )
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    done = mkdocs("build", "-d", str(root / "site"), cwd=root)
    assert done.returncode == 0, done.stderr
    return root / "site"


def test_a_link_to_another_entry_keeps_its_fragment_and_an_image_resolves(built: Path):
    """`[x](same-day-a.md#earlier-slug)` leads to that entry's page at that heading; an image
    written relative to the Markdown file is found from the page's own URL (a folder deeper)."""
    refs = _Refs()
    refs.feed((built / "entries" / "2025" / "same-day-b" / "index.html").read_text("utf-8"))
    assert "../../../entries/2025/same-day-a/#earlier-slug" in refs.links
    assert "../../../entries/2024/first-model/" in refs.links
    assert "../../../images/a.png" in refs.images
    assert (built / "entries" / "2025" / "same-day-b" / "../../../images/a.png").resolve().is_file()


def test_an_allowed_element_dropped_whole_is_said_once_not_its_attributes_too(
    content, write_entry, valid_entry, capsys
):
    """A `<td>` outside a table goes whole: the editor reads that, not that its (allowed)
    `title` is refused too; an event handler on an element that stays is still named."""
    body = '<td title="x">cell</td> and <b onclick="x()">bold</b>'
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.", body))
    capsys.readouterr()
    code = main(["check"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out == [
        "content/entries/2022/x.md:14: error: body: <td> is dropped where it is written (e.g. a "
        "table cell outside a table)",
        "content/entries/2022/x.md:14: error: body: event handler onclick= on <b> is not allowed",
    ]


# --- What `mkdocs serve` walks (digest/plugin/servedocs.py) ----------------------------------


def _walked(folder: Path) -> dict[str, Path]:
    """What MkDocs finds at the top of the folder it walks, and where each item really is."""
    return {item.name: item.resolve() for item in folder.iterdir()}


def test_the_serve_folder_follows_the_content_folder_it_is_refreshed_for(tmp_path: Path):
    """One serve folder (the cache folder's, shared by two projects through DIGEST_CACHE_DIR)
    refreshed for another content folder walks that folder's pages, not the first one's; the
    entries, hidden names and symlinks of the content are never walked."""
    from digest.plugin.servedocs import ServeDocs

    first, second = tmp_path / "one" / "content", tmp_path / "two" / "content"
    for docs in (first, second):
        (docs / "entries" / "2022").mkdir(parents=True)
        (docs / "about.md").write_text("# About\n", encoding="utf-8")
        (docs / "topics.yml").write_text("[]\n", encoding="utf-8")
        (docs / ".hidden").mkdir()
    (second / "root").symlink_to("/")
    folder = tmp_path / "cache" / "serve-docs"
    assert ServeDocs().refresh(first, "entries", folder) == folder
    assert _walked(folder) == {
        "about.md": first / "about.md",
        "topics.yml": first / "topics.yml",
    }
    assert ServeDocs().refresh(second, "entries", folder) == folder
    assert _walked(folder) == {
        "about.md": second / "about.md",
        "topics.yml": second / "topics.yml",
    }


# --- Look-alike hosts in a write-up's links (digest/model/weburl.py, `link_problem`) ----------


@pytest.mark.parametrize(
    ("link", "said"),
    [
        # Cyrillic а in the second label: the host a browser goes to is www.xn--pple-43d.com.
        (
            "https://www.\u0430pple.com/newsroom",
            [
                "content/entries/2022/x.md:14: error: body: href='https://www.\u0430pple.com/"
                "newsroom' on <a> is not allowed: has the internationalised host "
                "www.\u0430pple.com: write it as browsers send it, "
                "https://www.xn--pple-43d.com/newsroom, so that reviewers see any look-alike "
                "letters"
            ],
        ),
        # Already written as browsers send it (in capitals): accepted, and since the letters mix
        # scripts, a warning names them (hostile round 7, F3).
        (
            "https://XN--PPLE-43D.COM/newsroom",
            [
                "content/entries/2022/x.md:14: warning: body: links to "
                "'https://XN--PPLE-43D.COM/newsroom': the host xn--pple-43d.com is the "
                "internationalised name '\u0430pple.com' (Cyrillic letters among Latin ones); "
                "check that it is the site meant"
            ],
        ),
    ],
    ids=["unicode-in-a-later-label", "punycode-in-capitals"],
)
def test_a_look_alike_host_in_a_link_must_be_written_in_punycode(
    content, write_entry, valid_entry, capsys, link, said
):
    body = f"Read [the announcement]({link})."
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.", body))
    capsys.readouterr()
    code = main(["check"])
    errors = any(": error: " in line for line in said)
    assert (code, capsys.readouterr().out.splitlines()) == (1 if errors else 0, said)


def test_a_public_name_that_merely_ends_like_a_local_one_is_fine(
    content, write_entry, valid_entry, capsys
):
    """`.lan` is a local name; `.milan` (a public top-level domain) only ends with its letters."""
    body = "See [the city's news](https://www.comune.milan/notizie)."
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.", body))
    capsys.readouterr()
    code = main(["check"])
    assert (code, capsys.readouterr().out) == (0, "")
