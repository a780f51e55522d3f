"""Hostile round 6: struck and raised text keeps its meaning in every text made of a write-up.

`OpenAI <del>did not</del> confirm; price $10<sup>6</sup>.` is right on the entry page; the
summary that listings, meta tags, JSON-LD, feeds and search show is text, and there it read
"OpenAI did not confirm; price $106." (the opposite, and a million times less). Written as
plain text writes them: `~~did not~~`, `10^6`.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from attacklib import build, check, entry_text, project, write
from bs4 import BeautifulSoup

from digest.commands.cli import main

BODY = "OpenAI <del>did not</del> confirm; price $10<sup>6</sup>, up from $10<sup>5</sup>.\n"
AS_TEXT = "OpenAI ~~did not~~ confirm; price $10^6, up from $10^5."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("struck")
    content = project(root)
    write(content, "entries/2022/struck.md", entry_text(BODY, slug="struck", title="Struck"))
    checked = check(root)
    assert checked.result.returncode == 0, checked.output
    built = build(root)
    assert built.result.returncode == 0, built.output
    return root / "site"


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_entry_page_keeps_the_markup(site: Path):
    page = _soup(site / "entries" / "2022" / "struck" / "index.html")
    assert [d.get_text() for d in page.find_all("del")] == ["did not"]
    assert [s.get_text() for s in page.find_all("sup")] == ["6", "5"]


def test_meta_tags_and_structured_data_say_it_as_text(site: Path):
    page = _soup(site / "entries" / "2022" / "struck" / "index.html")
    assert page.find("meta", attrs={"name": "description"})["content"] == AS_TEXT
    assert page.find("meta", attrs={"property": "og:description"})["content"] == AS_TEXT
    (script,) = page.find_all("script", attrs={"type": "application/ld+json"})
    graph = json.loads(script.string)["@graph"]
    (article,) = [node for node in graph if node["@type"] == "Article"]
    assert article["description"] == AS_TEXT


def test_the_feeds_say_it_as_text(site: Path):
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    (item,) = [i for i in feed["items"] if i["url"].endswith("/entries/2022/struck/")]
    assert item["summary"] == AS_TEXT
    for name in ("feed.xml", "atom.xml"):
        parsed = feedparser.parse((site / name).read_bytes())
        (entry,) = [e for e in parsed.entries if e.link.endswith("/entries/2022/struck/")]
        assert AS_TEXT in BeautifulSoup(entry.summary, "html.parser").get_text(), name


def test_the_home_pages_card_says_it_as_text(site: Path):
    cards = _soup(site / "index.html").select("article.digest-card")
    (card,) = [c for c in cards if c.find("a", string="Struck")]
    assert card.select_one(".digest-card__summary").get_text() == AS_TEXT


def test_the_email_editions_text_part_says_it_as_text(
    content: Path, write_entry, valid_entry: str, capsys: pytest.CaptureFixture[str]
):
    """The plain-text alternative of the email: its introduction read 'OpenAI did not confirm'
    where the HTML part struck 'did not'."""
    (content.parent / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: https://digest.example.org/\ndocs_dir: content\n",
        encoding="utf-8",
    )
    write_entry(content, "entries/2022/x.md", valid_entry)
    write_entry(content, "editions/2022-W37.md", "---\ntitle: Week 37\npicks: [x]\n---\n" + BODY)
    code = main(["edition", "render", "2022-W37", "--text", "--content", str(content)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert AS_TEXT in out.splitlines()


ZALGO = "Ada E" + "\u0301\u0308\u0303\u0304\u0306\u0307\u030a\u030b\u030c" * 3 + "xample"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("title: A synthetic entry", f"title: {ZALGO}"),
        ("speaker: Ada Example", f"speaker: {ZALGO}"),
        ("role: Analyst", f"role: {ZALGO}"),
    ],
)
def test_a_name_with_letters_buried_under_marks_is_refused(
    content: Path, write_entry, valid_entry: str, capsys: pytest.CaptureFixture[str], old, new
):
    """'Zalgo' text: 27 combining marks on one letter, which a browser draws over the lines
    above and below (a title that covers the page's header), refused at its line."""
    write_entry(content, "entries/2022/x.md", valid_entry.replace(old, new))
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    line = {"title": 2, "speaker": 11, "role": 12}[old.split(":")[0]]
    assert (
        f"content/entries/2022/x.md:{line}: error: " in out
        and "has a letter with more than 6 combining marks stacked on it" in out
    ), out


def test_names_with_a_few_marks_on_a_letter_are_fine(
    content: Path, write_entry, valid_entry: str, capsys: pytest.CaptureFixture[str]
):
    """Vietnamese, Yoruba and Tibetan put two to four marks on a letter: real names stay valid."""
    for number, name in enumerate(["Nguyễn Thị Ánh", "Adébáyọ̀ Okafor", "བསྒྲུབས"]):
        text = valid_entry.replace("Ada Example", name)
        text = text.replace("articles/one", f"articles/{number}")
        write_entry(content, f"entries/2022/x{number}.md", text)
    assert main(["check", "--content", str(content)]) == 0, capsys.readouterr().out
