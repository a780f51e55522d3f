"""The quote proposer on hand-written text, and `digest quotes` on pages and files."""

from __future__ import annotations

import json
import time

import pytest
import yaml
from pageserver import pages  # noqa: F401 - fixture
from quote_articles import NEWS, article_page

from digest.commands.cli import main
from digest.editor.quotes import Proposal, commented_proposals, propose, to_yaml


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.text, p.speaker, p.role) for p in propose(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We will ship the model in June,” said Ann Example, an analyst for The Daily Bit.",
            [("We will ship the model in June", "Ann Example", "analyst for The Daily Bit")],
            id="said NAME, ROLE",
        ),
        pytest.param(
            "“We will ship the model in June,” Ann Example said on Monday.",
            [("We will ship the model in June", "Ann Example", None)],
            id="NAME said (after)",
        ),
        pytest.param(
            "Ann Example said: “We will ship the model in June.”",
            [("We will ship the model in June.", "Ann Example", None)],
            id="NAME said (before)",
        ),
        pytest.param(
            "“The market has turned for good this year,” according to Bo Sample, "
            "chief economist at Quux Bank.",
            [
                (
                    "The market has turned for good this year",
                    "Bo Sample",
                    "chief economist at Quux Bank",
                )
            ],
            id="according to NAME (after)",
        ),
        pytest.param(
            "According to Bo Sample, “the market has turned for good this year.”",
            [("the market has turned for good this year.", "Bo Sample", None)],
            id="according to NAME (before)",
        ),
        pytest.param(
            "Cy Person, Zeta's founder, posted on her blog on Friday, stating, “Our data "
            "centre runs on wind power alone.”",
            [("Our data centre runs on wind power alone.", "Cy Person", "Zeta's founder")],
            id="NAME ..., stating, “…”",
        ),
        pytest.param(
            "Cy Person: “Our data centre runs on wind power alone.”",
            [("Our data centre runs on wind power alone.", "Cy Person", None)],
            id="NAME: “…”",
        ),
        pytest.param(
            "“Chips are the new oil for every economy,” said Acme CEO Di Maker.",
            [("Chips are the new oil for every economy", "Di Maker", "Acme CEO")],
            id="CEO NAME",
        ),
        pytest.param(
            "“Chips are the new oil for every economy,” Di Maker, Acme’s CEO, told reporters.",
            [("Chips are the new oil for every economy", "Di Maker", "Acme’s CEO")],
            id="NAME, Org's CEO",
        ),
        pytest.param(
            '"Open models will win in the end," said Ed Open, a researcher at Lab Nine.',
            [("Open models will win in the end", "Ed Open", "researcher at Lab Nine")],
            id="straight quotation marks",
        ),
        pytest.param(
            "‘Open models will win in the end,’ said Ed Open.",
            [("Open models will win in the end", "Ed Open", None)],
            id="single quotation marks",
        ),
    ],
)
def test_attribution_forms(text, expected):
    assert _found(text) == expected


def test_pronouns_go_to_the_nearest_person_named_before():
    text = (
        "Fay Farrow, the chief executive of Alpha Labs, opened the conference.\n"
        "Gus Grant, an analyst at Beta Research, said the numbers looked weak. “Nobody is "
        "paying for these models yet,” he said.\n"
        "Later, Farrow returned to the stage. “We are paying for them ourselves,” she said."
    )
    assert _found(text) == [
        ("Nobody is paying for these models yet", "Gus Grant", "analyst at Beta Research"),
        ("We are paying for them ourselves", "Fay Farrow", "chief executive of Alpha Labs"),
    ]


def test_pronouns_skip_organisations_quoted_in_between():
    text = (
        "Gus Grant, an analyst at Beta Research, doubts the plan.\n"
        "“We disagree with that assessment completely,” Zeta Corp said in a statement.\n"
        "“They will run out of money within a year,” he said."
    )
    assert [(p.text, p.speaker) for p in propose(text)] == [
        ("We disagree with that assessment completely", "Zeta Corp"),
        ("They will run out of money within a year", "Gus Grant"),
    ]


def test_surnames_resolve_to_the_full_name_and_its_role():
    text = (
        "Hal Third, a partner at Gamma Ventures, has backed three chip start-ups.\n"
        "“Inference is where the money will be made,” Third said."
    )
    assert _found(text) == [
        ("Inference is where the money will be made", "Hal Third", "partner at Gamma Ventures")
    ]


def test_split_quotes_stay_separate_with_the_same_speaker():
    text = (
        "“We are not selling the company,” said Ivy Fourth, “and we are not raising money "
        "either.” “That is final,” she added."
    )
    assert _found(text) == [
        ("We are not selling the company", "Ivy Fourth", None),
        ("and we are not raising money either.", "Ivy Fourth", None),
        ("That is final", "Ivy Fourth", None),
    ]


def test_a_quote_standing_alone_belongs_to_the_person_just_quoted():
    text = (
        "“We doubled revenue this year,” said Jo Fifth, the company’s finance chief.\n"
        "“Next year will be harder, because the big clouds are cutting prices.”"
    )
    assert [(p.text, p.speaker) for p in propose(text)] == [
        ("We doubled revenue this year", "Jo Fifth"),
        ("Next year will be harder, because the big clouds are cutting prices.", "Jo Fifth"),
    ]


def test_scare_quotes_titles_and_unattributed_quotes_are_not_proposed():
    text = (
        "“Totally wrong,” said Ann Example, who was not convinced.\n"
        "Investors spoke of “tens of thousands” of new users and an “AI winter” ahead.\n"
        "The report, titled “The State Of Open Models,” was published on Monday.\n"
        "“We have received a number of complaints,” a spokesperson for the regulator said.\n"
        "The board was unstructured and “like a scrappy startup,” the filing says."
    )
    assert propose(text) == []


def test_quotes_come_in_article_order_and_a_repeated_pull_quote_once():
    text = (
        "“Second in the story but short enough,” said Kim Sixth.\n"
        "“Third in the story, said after the first one,” said Lee Seventh.\n"
        "“Second in the story but short enough,” said Kim Sixth."
    )
    assert [p.speaker for p in propose(text)] == ["Kim Sixth", "Lee Seventh"]


def test_yaml_is_ready_to_paste_under_quotes():
    proposals = [
        Proposal("It’s a “big” deal: really, #1", "Ann Example", "CEO, Acme"),
        Proposal("No role here, just words", "Bo Sample"),
    ]
    block = to_yaml(proposals)
    entry = yaml.safe_load("quotes:\n" + block)
    assert entry == {
        "quotes": [
            {
                "text": "It’s a “big” deal: really, #1",
                "speaker": "Ann Example",
                "role": "CEO, Acme",
            },
            {"text": "No role here, just words", "speaker": "Bo Sample"},
        ]
    }
    commented = commented_proposals(proposals)
    assert all(line.startswith("# ") for line in commented.splitlines())
    uncommented = "".join(line[2:] + "\n" for line in commented.splitlines()[2:])
    assert yaml.safe_load("quotes:\n" + uncommented) == entry
    assert commented_proposals([]).startswith("# ")


@pytest.mark.parametrize(
    "text",
    [
        "“" * 200_000,
        '"a" ' * 100_000,
        "Ann Bo Cy Di Ed Fay Gus Hal " * 30_000,
        ("“Some words in a quote here,” said Ann Example. " * 10_000),
        ("said " * 100_000) + "“words words words words”",
        "‘" + "we’re " * 100_000,
        ("A. " * 100_000) + "“a quote with some words” he said",
    ],
)
def test_any_input_ends_in_linear_time(text):
    start = time.monotonic()
    propose(text)
    assert time.monotonic() - start < 15  # half a megabyte each; quadratic would take hours


def test_digest_quotes_on_a_page(pages, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = pages.add("/story", article_page(NEWS.title, NEWS.paragraphs))
    assert main(["quotes", url]) == 0
    out, err = capsys.readouterr()
    items = yaml.safe_load("quotes:\n" + out)["quotes"]
    assert items[0] == {
        "text": "Every warehouse we walk into has the same problem: there are not enough people "
        "to pick the orders",
        "speaker": "Maya Okafor",
        "role": "Northwind’s chief executive",
    }
    assert "proposed" in err
    assert main(["quotes", url, "--format", "json", "--offline"]) == 0
    as_json = json.loads(capsys.readouterr().out)
    assert [q["text"] for q in as_json] == [q["text"] for q in items]
    assert set(as_json[0]) == {"text", "speaker", "role"}
    assert pages.hits["/story"] == 1  # the second run read the cache


def test_digest_quotes_failures_are_one_line(pages, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["quotes", pages.url("/missing")]) == 1
    err = capsys.readouterr().err
    assert err == f"{pages.url('/missing')}: error: HTTP 404 Not Found\n"
    assert main(["quotes", str(tmp_path / "nope.html")]) == 1
    assert "is neither a web address nor a readable file" in capsys.readouterr().err
    assert main(["quotes", pages.url("/x"), "--offline"]) == 1
    assert "not in the page cache" in capsys.readouterr().err


def test_digest_quotes_output_carries_no_control_characters(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "evil.html"
    page.write_text(
        article_page(
            "Evil", ["“Look\x1b]0;owned\x07 at this \u202eclever trick,” said Ann \x1bEvil."]
        ),
        encoding="utf-8",
    )
    for fmt in ("yaml", "json"):
        assert main(["quotes", str(page), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "clever trick" in out
