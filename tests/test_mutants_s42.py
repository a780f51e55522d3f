"""Regressions found by breaking code on purpose (mutation testing by hand, round s42).

Each test pins a behaviour a user would notice that no other test held (each kills a mutant
that survived the suite): what robots.txt lets crawlers fetch, the link-preview text, the dates
and byline the feeds give, the values `digest check` accepts at their limits, the store a build
sets aside, the picks of an edition and of its scaffold, the plain-text email, the pull-request
summary at its cap. Expected values are written by hand from the README and SPEC.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.robotparser import RobotFileParser

import feedparser
import html5lib
import pytest
import yaml
from sitebuild import empty_digest, mkdocs

from digest.commands.cli import main

SITE_URL = "https://golden.example.org/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NS = {"h": "http://www.w3.org/1999/xhtml"}

# Two summaries of whole words, written by hand: 60 words of four letters and a space make
# 299 characters, plus "s" makes exactly 300; one more letter makes 301.
SUMMARY_300 = " ".join(["word"] * 59 + ["words"])
SUMMARY_301 = " ".join(["word"] * 59 + ["wordss"])
assert (len(SUMMARY_300), len(SUMMARY_301)) == (300, 301)


def _entry(
    *,
    title: str,
    date: str,
    added: str,
    slug: str,
    author: str | None = None,
    summary: str | None = None,
    quotes: tuple[tuple[str, str], ...] = (("A quote.", "Ada Example"),),
) -> str:
    lines = [
        "---",
        f"title: {json.dumps(title)}",
        f"date: {date}",
        f"added: {added}",
        "source:",
        f"  url: https://news.example.com/{slug}",
        "  publisher: Example News",
        *([f"  author: {author}"] if author else []),
        "topics: [models]",
        "quotes:",
        *(f"  - text: {json.dumps(text)}\n    speaker: {who}" for text, who in quotes),
        *([f"summary: {json.dumps(summary)}"] if summary else []),
        "---",
        f"The write-up of {slug}.",
        "",
    ]
    return "\n".join(lines)


ENTRIES = {
    # Published by its source in 2022, added to the digest on 2 June 2024 (07:30 UTC).
    "late-addition": _entry(
        title="A late addition",
        date="2022-09-15",
        added="2024-06-02T09:30:00+02:00",
        slug="late-addition",
        author="Jane Roe",
        summary=SUMMARY_300,
    ),
    "long-summary": _entry(
        title="A long summary",
        date="2024-01-10",
        added="2024-01-10T12:00:00Z",
        slug="long-summary",
        summary=SUMMARY_301,
    ),
    # Monday 3 June 01:00 at +02:00 is Sunday 2 June 23:00 UTC: ISO week 2024-W22.
    "sunday-night-utc": _entry(
        title="Added on Sunday night UTC",
        date="2024-06-01",
        added="2024-06-03T01:00:00+02:00",
        slug="sunday-night-utc",
    ),
    # Two quotes; published 1 May, added 4 June: the email must date it by the source.
    "two-quotes": _entry(
        title="Two quotes",
        date="2024-05-01",
        added="2024-06-04T10:00:00Z",
        slug="two-quotes",
        quotes=(("The first thing said.", "First Speaker"), ("The last thing said.", "Last Sp")),
    ),
}
EDITIONS = {
    "2024-W22": "---\ntitle: Week 22\n---\nThe week of 27 May.\n",
    "2024-W23": "---\ntitle: Week 23\n---\nThe week of 3 June.\n",
    "2024-W10": (
        "---\ntitle: Week ten\npicks: [two-quotes]\n---\n"
        "Read [our report](https://example.org/r) first.\n"
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The golden site without its entries, with the entries and editions above, built with
    `mkdocs build`; returns the project folder (site in `site/`)."""
    root = tmp_path_factory.mktemp("s42-site")
    empty_digest(root, site_url=SITE_URL)
    content = root / "content"
    for slug, text in ENTRIES.items():
        year = re.search(r"^date: (\d{4})", text, re.M).group(1)  # the folder of its year
        path = content / "entries" / year / f"{slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (content / "editions").mkdir(exist_ok=True)
    for week, text in EDITIONS.items():
        (content / "editions" / f"{week}.md").write_text(text, encoding="utf-8")
    done = mkdocs("build", "-d", str(root / "site"), cwd=root)
    assert done.returncode == 0, done.stderr
    return root


def _page(built: Path, url: str):
    text = (built / "site" / url / "index.html").read_text(encoding="utf-8")
    return html5lib.parse(text, namespaceHTMLElements=True)


def _meta(doc, prop: str) -> list[str]:
    return [m.get("content") for m in doc.iter(f"{{{NS['h']}}}meta") if m.get("property") == prop]


# --- M07: robots.txt ------------------------------------------------------------------------


def test_robots_txt_lets_every_crawler_fetch_every_page_of_the_sitemaps(built: Path):
    """M07: robots.txt with `Disallow: /` keeps every search engine off the whole site."""
    robots = RobotFileParser()
    robots.parse((built / "site" / "robots.txt").read_text(encoding="utf-8").splitlines())
    assert robots.site_maps() == [f"{SITE_URL}sitemap.xml"]
    index = ET.parse(built / "site" / "sitemap.xml")
    locs = []
    for sitemap in index.iter(f"{SITEMAP}loc"):
        name = (sitemap.text or "").removeprefix(SITE_URL)
        tree = ET.parse(built / "site" / name)
        locs += [loc.text or "" for loc in tree.iter(f"{SITEMAP}loc")]
    assert f"{SITE_URL}entries/2022/late-addition/" in locs
    for loc in locs:
        assert robots.can_fetch("*", loc), loc
        assert robots.can_fetch("Googlebot", loc), loc


# --- M08: the link preview's description ----------------------------------------------------


def test_a_summary_of_exactly_300_characters_is_the_whole_preview_description(built: Path):
    """M08: a summary that fits the 300-character og:description is not cut: a link preview
    shows its last word, with no `…`; one character more is cut at a word and marked."""
    fits = _page(built, "entries/2022/late-addition/")
    assert _meta(fits, "og:description") == [SUMMARY_300]
    (cut,) = _meta(_page(built, "entries/2024/long-summary/"), "og:description")
    assert cut.endswith("…")
    assert len(cut) <= 300
    assert SUMMARY_301.startswith(cut.removesuffix("…"))
    assert SUMMARY_301[len(cut) - 1] == " "  # cut between two words


# --- M13, M15: the feeds' dates and byline ---------------------------------------------------


def test_every_feed_dates_an_item_by_when_it_was_added(built: Path):
    """M13: Atom's `<published>` is when the entry was added (2 June 2024), not when its source
    published the article (2022): a reader would file a new item as two years old.

    M13 itself (`fe.published(entry.published)`) turned out EQUIVALENT: feedgen's `pubDate()`,
    called next with `entry.added`, is another name for `published()` and sets it again, so the
    feeds are byte for byte the same. This test holds the behaviour for the pair of calls: a
    slip in the `pubDate` line (or both) fails it, in all three formats of a real build."""
    url = f"{SITE_URL}entries/2022/late-addition/"
    added = "2024-06-02T07:30:00+00:00"
    atom = ET.parse(built / "site" / "atom.xml")
    (item,) = [e for e in atom.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}id") == url]
    for tag in ("published", "updated"):
        moment = item.findtext(f"{ATOM}{tag}") or ""
        assert _utc(moment) == added, tag
    rss = feedparser.parse((built / "site" / "feed.xml").read_bytes())
    (entry,) = [e for e in rss.entries if e.id == url]
    assert _utc(email.utils.parsedate_to_datetime(entry.published).isoformat()) == added
    data = json.loads((built / "site" / "feed.json").read_text(encoding="utf-8"))
    (json_item,) = [i for i in data["items"] if i["id"] == url]
    assert _utc(json_item["date_published"]) == added


def _utc(moment: str) -> str:
    return dt.datetime.fromisoformat(moment).astimezone(dt.UTC).isoformat()


def test_the_json_feed_names_the_articles_author_not_its_publisher(built: Path):
    """M15: a JSON Feed reader shows the byline `authors` gives: the article's author
    (`Jane Roe`), never the publisher; an entry without an author has no `authors`."""
    data = json.loads((built / "site" / "feed.json").read_text(encoding="utf-8"))
    items = {i["id"].removeprefix(SITE_URL): i for i in data["items"]}
    assert items["entries/2022/late-addition/"]["authors"] == [{"name": "Jane Roe"}]
    assert "authors" not in items["entries/2024/sunday-night-utc/"]
    atom = feedparser.parse((built / "site" / "atom.xml").read_bytes())
    (entry,) = [e for e in atom.entries if e.id.endswith("entries/2022/late-addition/")]
    assert entry.author == "Jane Roe"


# --- N09: an edition holds the entries added in its week, in UTC ----------------------------


def _links(doc) -> list[str]:
    main_part = doc.find(".//h:article", NS)
    assert main_part is not None
    return [a.get("href") or "" for a in main_part.iter(f"{{{NS['h']}}}a")]


def test_an_entry_added_sunday_night_utc_is_in_that_weeks_edition(built: Path):
    """N09: `added: 2024-06-03T01:00:00+02:00` is Sunday 2 June, 23:00 UTC: the automatic
    edition of 2024-W22 holds it and 2024-W23's does not (its week is taken in UTC, whatever
    offset the editor wrote)."""
    w22 = _links(_page(built, "editions/2024-w22/"))
    w23 = _links(_page(built, "editions/2024-w23/"))
    assert any("entries/2024/sunday-night-utc/" in href for href in w22), w22
    assert not any("entries/2024/sunday-night-utc/" in href for href in w23), w23
    assert any("entries/2024/two-quotes/" in href for href in w23), w23  # added 4 June


# --- N10, N11, N12: the plain-text email ----------------------------------------------------


def _render(built: Path, capsys, kind: str) -> str:
    capsys.readouterr()
    args = ["edition", "render", "2024-W10", kind, "--site-url", SITE_URL]
    code = main([*args, "--content", str(built / "content")])
    out = capsys.readouterr().out
    assert code == 0
    return out


def test_the_text_email_quotes_the_same_first_quote_as_the_html_email(built: Path, capsys):
    """N10: the plain-text part of the newsletter quotes a pick's first quote (its key quote,
    the one the HTML part shows), not its last."""
    text = _render(built, capsys, "--text")
    assert "   “The first thing said.” — First Speaker\n" in text
    assert "The last thing said." not in text
    doc = html5lib.parse(_render(built, capsys, "--email"), namespaceHTMLElements=False)
    shown = re.sub(r"\s+", " ", "".join(doc.find(".//body").itertext()))
    assert "The first thing said." in shown
    assert "The last thing said." not in shown


def test_the_text_email_dates_a_pick_by_its_sources_date(built: Path, capsys):
    """N11: the plain-text email dates a pick as its source did (1 May 2024), like the HTML
    email and the pages, not by the day it was added to the digest (4 June)."""
    text = _render(built, capsys, "--text")
    assert "1. Two quotes\n   Example News · 1 May 2024\n" in text
    assert "June" not in text.split("1. Two quotes")[1]


def test_the_text_email_keeps_the_url_of_a_link_in_the_introduction(built: Path, capsys):
    """N12: a text-only subscriber can follow the introduction's link: its URL is written
    after its words."""
    text = _render(built, capsys, "--text")
    assert "Read our report (https://example.org/r) first." in text


# --- M32, M33: values at their limits pass `digest check` -----------------------------------

URL_2000 = "https://example.com/articles/one?q=" + "a" * (2000 - 35)
assert len(URL_2000) == 2000
# field -> (its line in VALID_ENTRY as written, the same line at exactly the limit)
AT_LIMIT = {
    "title": ("title: A synthetic entry", "title: " + "T" * 300),
    "publisher": ("  publisher: Example News", "  publisher: " + "P" * 300),
    "speaker": ("    speaker: Ada Example", "    speaker: " + "S" * 300),
    "quote": ('  - text: "A quote."', "  - text: " + "q" * 2000),
    "url": ("  url: https://example.com/articles/one", "  url: " + URL_2000),
    "summary": ("draft: false", "summary: " + "s" * 2000),
}


def _check(capsys) -> tuple[int, list[str], list[str]]:
    capsys.readouterr()
    code = main(["check", "--no-cache"])
    said = capsys.readouterr()
    return code, said.out.splitlines(), said.err.splitlines()


@pytest.mark.parametrize("field", AT_LIMIT)
def test_a_value_exactly_at_its_length_limit_is_accepted(
    content, write_entry, valid_entry, capsys, field
):
    """M32: the README's limits are maxima: a 300-character title, publisher or speaker, a
    2,000-character quote, summary or URL passes `digest check`; one character more is refused
    with its length."""
    old, new = AT_LIMIT[field]
    text = valid_entry.replace("---\nThe body.", "draft: false\n---\nThe body.")
    assert text.count(old) == 1
    write_entry(content, "entries/2022/one.md", text.replace(old, new))
    code, out, err = _check(capsys)
    assert (code, out, err) == (0, [], ["1 entry checked, 1 valid; 0 errors, 0 warnings"])
    longer = new[:-1] + new[-1] * 2
    write_entry(content, "entries/2022/one.md", text.replace(old, longer))
    code, out, _ = _check(capsys)
    assert code == 1
    limit = "2,000" if field in ("quote", "url", "summary") else "300"
    assert [line for line in out if f"; the limit is {limit}" in line], out


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("date: 2100-12-31", []),
        ("date: 1900-01-01", []),
        (
            "date: 2101-01-01",
            [
                "content/entries/2022/one.md:3: error: date: '2101-01-01' is not between 1900 "
                "and 2100; is the year a typo?"
            ],
        ),
    ],
    ids=["last-day-of-2100", "first-day-of-1900", "2101"],
)
def test_the_years_1900_and_2100_are_both_in_range(
    content, write_entry, valid_entry, capsys, line, said
):
    """M33: 'not between 1900 and 2100' is what the check says, so 2100 itself is allowed, as
    1900 is; 2101 is refused."""
    write_entry(content, "entries/2022/one.md", valid_entry.replace("date: 2022-09-15", line))
    code, out, _ = _check(capsys)
    assert (code, [o for o in out if ": error: " in o]) == (1 if said else 0, said)


# --- M39: a store file that is not a database is set aside ----------------------------------


def test_a_store_file_that_is_not_a_database_is_set_aside_once(
    content, write_entry, valid_entry, capsys
):
    """M39: garbage where the store should be (SQLITE_NOTADB) is set aside and a new store
    started: the next `digest check` says nothing about the cache and uses the new store,
    instead of every run saying it cannot use the build cache until someone deletes it."""
    import sqlite3

    write_entry(content, "entries/2022/one.md", valid_entry)
    store = content.parent / ".cache" / "digest" / "digest.sqlite"
    store.parent.mkdir(parents=True)
    store.write_bytes(b"not a database\n" * 100)
    capsys.readouterr()
    assert main(["check"]) == 0
    first = capsys.readouterr().err
    assert "unreadable build cache" in first
    assert "cannot use the build cache" not in first
    assert main(["check"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "1 entry checked, 1 valid; 0 errors, 0 warnings"
    ]
    db = sqlite3.connect(store)
    try:
        (records,) = db.execute("SELECT count(*) FROM records").fetchone()
    finally:
        db.close()
    assert records > 0


# --- N08, N09: `digest edition new` lists the entries added in the week ---------------------


def _scaffold_picks(content: Path, week: str, capsys) -> tuple[list[str], list[str]]:
    capsys.readouterr()
    assert main(["edition", "new", "--week", week, "--content", str(content)]) == 0
    out = capsys.readouterr().out.splitlines()
    text = (content / "editions" / f"{week}.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    return front.get("picks", []), out


def test_the_edition_scaffold_picks_the_entries_added_that_week(content, write_entry, capsys):
    """N08: `digest edition new --week 2024-W23` lists the entries ADDED in that week (3 to 9
    June), newest first: an older article added on 4 June is in it, an article published on
    5 June but added on 20 June is not."""
    for slug, date, added in (
        ("a", "2024-05-01", "2024-06-04"),
        ("b", "2024-06-05", "2024-06-20"),
        ("c", "2024-06-06", "2024-06-06"),
    ):
        write_entry(content, f"entries/2024/{slug}.md", _plain_entry(slug, date, added))
    picks, out = _scaffold_picks(content, "2024-W23", capsys)
    assert picks == ["c", "a"]
    assert out[1] == "2 entries added in 2024-W23"


@pytest.mark.parametrize(
    ("added", "week", "not_week"),
    [
        ("2024-06-03T01:00:00+02:00", "2024-W22", "2024-W23"),  # Sunday 23:00 UTC
        ("2024-06-02T20:00:00-05:00", "2024-W23", "2024-W22"),  # Monday 01:00 UTC
    ],
    ids=["east-of-utc", "west-of-utc"],
)
def test_the_edition_scaffold_takes_an_entrys_week_in_utc(
    content, write_entry, capsys, added, week, not_week
):
    """N09: the week an entry was added in is taken in UTC, whatever offset `added` was
    written with, so an article does not move between editions with the editor's zone."""
    write_entry(content, "entries/2024/x.md", _plain_entry("x", "2024-05-01", added))
    assert _scaffold_picks(content, week, capsys)[0] == ["x"]
    assert _scaffold_picks(content, not_week, capsys)[0] == []


def _plain_entry(slug: str, date: str, added: str) -> str:
    return (
        f"---\ntitle: Entry {slug}\ndate: {date}\nadded: {added}\nsource:\n"
        f"  url: https://example.com/{slug}\n  publisher: Example News\n"
        "topics: [open-source]\nquotes:\n  - text: A quote.\n    speaker: Ada Example\n"
        "---\nThe body.\n"
    )


# --- N23: `digest summary` at exactly its cap -----------------------------------------------


def test_the_pr_summary_at_exactly_its_cap_lists_every_entry_and_no_more_line():
    """N23: a pull request adding exactly MAX_ITEMS (50) entries gets a comment listing all 50
    and no `- … and 0 more` line; with 51, the last line says `- … and 1 more`."""
    from digest.commands.summary import MAX_ITEMS, format_markdown
    from digest.editor.changes import Changes, EntryInfo

    assert MAX_ITEMS == 50

    def added(count: int) -> list[str]:
        infos = [
            EntryInfo(
                rel=f"entries/2024/e{n}.md",
                display=f"content/entries/2024/e{n}.md",
                data={"title": f"Entry {n}", "source": {"url": f"https://example.com/{n}"}},
                body="",
            )
            for n in range(count)
        ]
        out = format_markdown(Changes(added=infos), "origin/main").splitlines()
        section = out[out.index("### New entries") + 2 :]
        return section[: section.index("")]

    at_cap = added(50)
    assert len(at_cap) == 50
    assert all(line.startswith("- [**Entry ") for line in at_cap), at_cap[-1]
    over = added(51)
    assert len(over) == 51
    assert over[-1] == "- … and 1 more"
