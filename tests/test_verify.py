"""`digest verify` end to end, against article pages served on 127.0.0.1."""

from __future__ import annotations

import difflib
import gzip
import json
import re
import shutil
import socket
import time
from pathlib import Path

import pytest
from pageserver import pages  # noqa: F401 - fixture
from quote_articles import NEWS, article_page

from digest.commands.cli import main
from digest.editor import http
from digest.editor.verify import closest_passage, normalise

REPO = Path(__file__).resolve().parent.parent
EXTRA = (
    "“Prices fell\u00a0— fast —\u00a0and then they stopped for good,” said Ann Example, "
    "a trader at Quux Markets."
)
PAGE = article_page(NEWS.title, (*NEWS.paragraphs, EXTRA))


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:
    """A content folder with the real taxonomies; the working directory (and so the page
    cache) is the test's own temporary folder."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "content"
    (root / "entries" / "2024").mkdir(parents=True)
    for name in ("topics.yml", "organizations.yml"):
        shutil.copy(REPO / "content" / name, root / name)
    return root


def write_entry(
    root: Path, slug: str, url: str, quotes: list[tuple[str, str]], archive: str | None = None
) -> Path:
    """Lines: 5 source.url, (6 archive), then topics, quotes:, and each quote's text on the
    line after the previous quote's speaker (first text on line 9, or 10 with an archive)."""
    lines = [
        "---",
        f"title: {json.dumps(slug)}",
        "date: 2024-05-06",
        "source:",
        f"  url: {url}",
        "  publisher: The Example Ledger",
    ]
    if archive:
        lines.insert(6, f"  archive: {archive}")
    lines += ["topics: [open-source]", "quotes:"]
    for text, speaker in quotes:
        lines += [
            f"  - text: {json.dumps(text, ensure_ascii=False)}",
            f"    speaker: {speaker}",
        ]
    lines += ["---", "Write-up.", ""]
    path = root / "entries" / "2024" / f"{slug}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["verify", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_verbatim_quotes_pass_whatever_the_typography(pages, content, capsys):
    url = pages.add("/story", PAGE)
    write_entry(
        content,
        "robots",
        url,
        [
            ("Our robots don't replace those workers.", "Maya Okafor"),  # straight apostrophe
            ('"We want to be the company that is still building these in twenty years."', "Okafor"),
            ("Prices fell -- fast - and then they stopped for good", "Ann Example"),  # dashes
            (
                "Every warehouse we walk into has the same problem […] not enough people to pick "
                "the orders",  # an elision
                "Maya Okafor",
            ),
            ("The hardware is getting cheap... is the hard part", "Priya Natarajan"),
        ],
    )
    code, out, err = run(capsys, "content/entries/2024/robots.md")
    assert (code, out) == (0, "")
    assert err == (
        "5 quotes in 1 entry: 5 verified, 0 not found in their source, "
        "0 not checked (source unreadable)\n"
    )


def test_a_quote_with_one_word_changed_is_an_error_showing_the_closest_passage(
    pages, content, capsys
):
    url = pages.add("/story", PAGE)
    write_entry(
        content,
        "tampered",
        url,
        [
            ("Our robots don’t replace those workers.", "Maya Okafor"),
            (
                "There is real demand, but there is also a lot of software that never makes it "
                "out of the pilot stage",
                "Daniel Reyes",
            ),
        ],
    )
    code, out, _ = run(capsys, "content/entries/2024/tampered.md")
    assert code == 1
    match = (
        "There is real demand, but there is also a lot of hardware that never makes it out of "
        "the pilot stage"
    )
    quote = match.replace("hardware", "software")
    percent = int(100 * difflib.SequenceMatcher(None, quote, match).ratio())
    assert percent == 96  # 4 characters of 100 differ: 2 * 96 / 200
    # The closest passage is the whole sentence; the words that differ are named.
    sentence = f'"{match}," said Daniel Reyes, a senior analyst at Fennimore Research.'
    assert out.splitlines() == [
        "content/entries/2024/tampered.md:11: error: quotes[1].text: not in the source; "
        f"closest: {sentence} (96%); words that differ (quote / source): "
        '"software" / "hardware"'
    ]


def test_a_speaker_the_article_does_not_name_is_a_warning(pages, content, capsys):
    url = pages.add("/story", PAGE)
    write_entry(
        content,
        "speaker",
        url,
        [
            ("Our robots don’t replace those workers.", "Maya Okafor"),
            ("They take the walking out of the job.", "Nadia Nobody"),
            ("the hard part", "Priya Q. Natarajan"),  # a middle initial the article leaves out
        ],
    )
    code, out, _ = run(capsys, "content/entries/2024/speaker.md")
    assert code == 0
    assert out.splitlines() == [
        'content/entries/2024/speaker.md:12: warning: quotes[1].speaker: "Nadia Nobody" is not '
        "named in the source"
    ]


def test_unreadable_sources_are_warnings_that_say_so_never_a_pass(pages, content, capsys):
    write_entry(content, "gone", pages.url("/gone"), [("Some quote here.", "Ann Example")])
    slow = pages.add("/slow", PAGE, delay=3)
    write_entry(content, "slow", slow, [("Some quote here.", "Ann Example")])
    pdf = pages.add("/paper.pdf", b"%PDF-1.7", content_type="application/pdf")
    write_entry(content, "pdf", pdf, [("Some quote here.", "Ann Example")])
    elsewhere = pages.add("/elsewhere", status=302, headers={"Location": "ftp://example.com/a"})
    write_entry(content, "elsewhere", elsewhere, [("Some quote here.", "Ann Example")])
    start = time.monotonic()
    code, out, err = run(capsys, "--timeout", "0.5")
    assert time.monotonic() - start < 3
    assert code == 0
    assert out.splitlines() == [
        "content/entries/2024/elsewhere.md:5: warning: source.url: could not be read "
        "(redirected to a non-web address ('ftp://example.com/a')): 1 quote not verified",
        "content/entries/2024/gone.md:5: warning: source.url: could not be read "
        "(HTTP 404 Not Found): 1 quote not verified",
        "content/entries/2024/pdf.md:5: warning: source.url: could not be read "
        "(not a web page or text: application/pdf): 1 quote not verified",
        "content/entries/2024/slow.md:5: warning: source.url: could not be read "
        "(no answer within 0.5 s): 1 quote not verified",
    ]
    assert "4 quotes in 4 entries: 0 verified, 0 not found in their source, 4 not checked" in err


def test_the_archived_copy_is_used_when_the_original_is_gone(pages, content, capsys, monkeypatch):
    original = pages.url("/moved-away")
    copy = f"/web/20240506120000/{original}"
    pages.add(copy, PAGE)
    archive = f"http://web.archive.org:{pages.port}{copy}"
    wayback_is_local(monkeypatch)
    write_entry(
        content,
        "archived",
        original,
        [("Our robots don’t replace those workers.", "Maya Okafor")],
        archive=archive,
    )
    code, out, err = run(capsys, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["problems"] == [
        {
            "path": "content/entries/2024/archived.md",
            "line": 5,
            "severity": "warning",
            "field": "source.url",
            "message": "could not be read (HTTP 404 Not Found); 1 quote checked against "
            "the Wayback Machine's copy instead",
        }
    ]
    [quote] = report["quotes"]
    assert quote["verified"] is True
    assert (quote["source"], quote["source_kind"]) == (archive, "archive")
    assert quote["archive"] == "the Wayback Machine"
    assert "1 verified (1 in an archived copy)" in err


def wayback_is_local(monkeypatch):
    """web.archive.org resolves to the test server (on 127.0.0.1, trusted by `pages`)."""
    resolve = socket.getaddrinfo

    def local(host, port, *args, **kwargs):
        return resolve("127.0.0.1" if host == "web.archive.org" else host, port, *args, **kwargs)

    monkeypatch.setattr(http.socket, "getaddrinfo", local)


def test_json_reports_each_quote_its_source_similarity_and_when(pages, content, capsys):
    url = pages.add("/story", PAGE)
    write_entry(
        content,
        "json",
        url,
        [
            ("Our robots don’t replace those workers.", "Maya Okafor"),
            ("Our robots replace those workers.", "Maya Okafor"),
        ],
    )
    code, out, _ = run(capsys, "--json", "content/entries/2024/json.md")
    assert code == 1
    report = json.loads(out)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", report["checked_at"])
    good, bad = report["quotes"]
    assert (good["path"], good["line"], good["index"]) == ("content/entries/2024/json.md", 9, 0)
    assert good["verified"] is True and good["similarity"] == 1.0
    assert good["source"] == url and good["source_kind"] == "original"
    assert good["verified_at"] == report["checked_at"]
    assert good["fetched_at"] and good["from_cache"] is False and good["speaker_named"] is True
    assert bad["verified"] is False and 0.8 < bad["similarity"] < 1
    assert bad["closest"].startswith("\"Our robots don't replace those workers.")
    assert bad["differences"] is None  # under 90%: no word list
    assert bad["verified_at"] is None
    assert [p["field"] for p in report["problems"]] == ["quotes[1].text"]


def test_github_annotations(pages, content, capsys):
    url = pages.add("/story", PAGE)
    write_entry(content, "gh", url, [("Our robots will replace those workers.", "Maya Okafor")])
    code, out, _ = run(capsys, "--format", "github")
    assert code == 1
    assert out.startswith(
        "::error file=content/entries/2024/gh.md,line=9,title=quotes[0].text::quotes[0].text: "
        "not in the source; closest: "
    )


def test_offline_uses_only_the_page_cache(pages, content, capsys, tmp_path, monkeypatch):
    url = pages.add("/cached-story", PAGE)
    write_entry(content, "offline", url, [("Our robots don’t replace those workers.", "Maya")])
    assert run(capsys)[0] == 0
    del pages.routes["/cached-story"]
    code, out, err = run(capsys, "--offline")
    assert (code, out) == (0, "")
    assert "1 verified" in err
    monkeypatch.chdir(tmp_path / "content")  # another working directory: an empty cache
    code, out, _ = run(capsys, "--offline", "--content", ".")
    assert code == 0
    assert out == (
        "entries/2024/offline.md:5: warning: source.url: could not be read (not in the page "
        "cache, and --offline forbids fetching it): 1 quote not verified\n"
    )


def test_gzip_pages_and_control_characters_in_the_closest_passage(pages, content, capsys):
    evil = article_page(
        "Evil", ["“Our robots\x1b[2J don’t\u202e replace those workers,” said Maya Okafor."]
    )
    url = pages.add("/evil", gzip.compress(evil.encode()), headers={"Content-Encoding": "gzip"})
    write_entry(content, "evil", url, [("Our robots do replace those workers.", "Maya Okafor")])
    code, out, _ = run(capsys)
    assert code == 1
    assert "\x1b" not in out and "\u202e" not in out
    assert 'closest: "Our robots[2J don\'t replace those workers," said Maya Okafor. (' in out


def test_paths_that_do_not_exist_and_entries_that_do_not_load(content, capsys):
    code, _, err = run(capsys, "content/entries/2024/nope.md")
    assert code == 2
    assert err == "content/entries/2024/nope.md:1: error: file: does not exist\n"
    broken = content / "entries" / "2024" / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    code, out, _ = run(capsys, str(broken))
    assert code == 0
    assert out == (
        "content/entries/2024/broken.md:1: warning: file: cannot be verified: the front matter "
        "does not load\n"
    )


def test_the_closest_passage_search_is_bounded_on_huge_pages():
    from digest.editor.verify import closest_passage, find_quote, normalise

    filler = " ".join(f"word{i % 997} the of and" for i in range(100_000))  # about 2 MB
    source = normalise(filler + " The rollout will start in June across all regions. " + filler)
    quote = "The rollout will start in July across all regions."
    start = time.monotonic()
    assert not find_quote(quote, source)
    closest = closest_passage(quote, source)
    assert time.monotonic() - start < 10
    assert closest.passage.endswith("The rollout will start in June across all regions.")
    assert 0.9 < closest.ratio < 1


@pytest.mark.parametrize("who", ["Dr. Ada Ng", "Ada K. Ng", "Mr. Ng"])
def test_the_closest_passage_does_not_end_at_an_initial_or_a_title(who):
    source = normalise(
        f"The lab opened on Monday. “We will publish every result,” said {who}, its director. "
        "Nobody else spoke."
    )
    found = closest_passage("We will publish every results", source)
    assert found.passage == f'"We will publish every result," said {who}, its director.'


_REPORT = (
    "The cooperative reported its figures on Monday. Its revenue doubled in the second "
    "quarter, driven by demand for cold storage. Rivals were unimpressed. The region, they "
    "argued, is already served by three larger warehouses near the port."
)


@pytest.mark.parametrize(
    ("quote", "differences"),
    [
        # A word the quote left out, inside the sentence: only that word is named.
        (
            "Its revenue doubled in the quarter, driven by demand for cold storage",
            (("", "second"),),
        ),
        # Words the source has between the quote's first words and the rest.
        (
            "The region is already served by three larger warehouses near the port",
            (("", "they argued,"),),
        ),
        # A changed first word: that word against that word, not the sentence before it.
        (
            "His revenue doubled in the second quarter, driven by demand for cold storage",
            (("His", "Its"),),
        ),
    ],
)
def test_a_near_miss_names_only_the_words_that_differ(quote, differences):
    closest = closest_passage(quote, _REPORT)
    assert closest.ratio >= 0.9
    assert closest.differences == differences
