"""The editor's tools on an outside tester's findings (round 41), on text of our own: what the
editor sees from `digest new --fetch`, `digest quotes` and `digest verify`.

Every person, firm and page here is invented; the pages are served from 127.0.0.1.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from digest.commands.cli import main
from digest.content.loader import load_markdown
from tests.pageserver import pages  # noqa: F401 - the fixture

REPO = Path(__file__).resolve().parent.parent


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="og:site_name" content="Example Courier">'
        '<meta property="article:published_time" content="2025-03-04T08:00:00Z">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DIGEST_CACHE", "0")
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    return root


def _new(content: Path, url: str, *args: str) -> Path:
    argv = ["new", url, "--fetch", "--timeout", "5", "--content", "content", *args]
    assert main(argv) == 0
    (target,) = (content / "entries" / "2025").glob("*.md")
    return target


# --- an employer after `at the` ----------------------------------------------------------------

_INSTITUTE = _page(
    "Grant rules tighten",
    "<p>Funders are rewriting their rules for compute grants.</p>"
    "<p>“Every grant now comes with a audit of the compute it buys,” said Marit Osei-Lund, "
    "director of policy at the Halvorsen Institute.</p>",
)


def test_an_employer_after_at_the_is_listed_and_added(content, pages, capsys):
    target = _new(content, pages.add("/institute", _INSTITUTE), "--add-missing")
    err = capsys.readouterr().err
    assert load_markdown(target)[0].data["organizations"] == ["Halvorsen Institute"]
    assert '  Halvorsen Institute: digest new-org "Halvorsen Institute"' in err
    orgs = yaml.safe_load((content / "organizations.yml").read_text(encoding="utf-8"))
    assert orgs["halvorsen-institute"]["name"] == "Halvorsen Institute"


def test_the_article_before_a_common_noun_names_no_employer():
    from digest.editor.orgfinder import found_in
    from digest.editor.quotes import Proposal
    from digest.model.taxonomy import Taxonomy

    role = "an analyst at the firm"
    proposals = [Proposal("A quote long enough to be proposed", "Ada Roe", role)]
    assert found_in("", proposals, Taxonomy()) == ([], [])


# --- a `Posted by` byline ------------------------------------------------------------------------


def test_a_posted_by_byline_gives_the_author(content, pages, capsys):
    page = _page(
        "Small models on the shop floor",
        '<div class="author">Posted by Ilka Brennan-Moss<br>Updated 2 hours ago</div>'
        "<p>Small models now run on the line's own machines.</p>",
    )
    target = _new(content, pages.add("/posted", page))
    assert load_markdown(target)[0].data["source"]["author"] == "Ilka Brennan-Moss"


# --- `digest verify`: a near miss by case and punctuation only --------------------------------


def _entry(content: Path, url: str, quote: str, speaker: str) -> Path:
    (content / "entries" / "2024").mkdir(parents=True, exist_ok=True)
    path = content / "entries" / "2024" / "near-miss.md"
    path.write_text(
        "---\n"
        'title: "Near miss"\n'
        "date: 2024-05-06\n"
        "source:\n"
        f"  url: {url}\n"
        "  publisher: Example Courier\n"
        "topics: [open-source]\n"
        "quotes:\n"
        f"  - text: {json.dumps(quote, ensure_ascii=False)}\n"
        f"    speaker: {speaker}\n"
        "---\n"
        "Write-up.\n",
        encoding="utf-8",
    )
    return path


def test_a_near_miss_by_case_and_punctuation_names_what_differs(content, pages, capsys):
    page = _page(
        "Rivals will follow",
        "<p>“Every rival will copy this within a quarter; none of them can afford to wait,” "
        "said Joss Amberley, a partner at Example Capital.</p>",
    )
    url = pages.add("/rivals", page)
    quote = "every rival will copy this within a quarter, none of them can afford to wait"
    _entry(content, url, quote, "Joss Amberley")
    capsys.readouterr()
    assert main(["verify", "content/entries/2024/near-miss.md"]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert "(9" in line  # a near miss
    assert line.endswith(
        'words that differ (quote / source): "every" / "Every"; "quarter," / "quarter;"'
    )


# --- a pronoun after a sentence naming two people: the subject -------------------------------


def test_a_pronoun_after_a_subject_and_the_one_met_is_the_subject(tmp_path, capsys):
    """What the corpus labels (docs/quotes.md: the sentence's subject is meant, not the one met),
    with no warning: pinned, not changed."""
    article = tmp_path / "article.txt"
    article.write_text(
        "Halvard Neese, a researcher at Example Polytechnic, met Corin Vasquez-Hale, a director "
        "at Example Ventures, on Friday. “The figures speak for themselves,” he said.\n",
        encoding="utf-8",
    )
    assert main(["quotes", str(article), "--no-cache"]) == 0
    out, err = capsys.readouterr()
    assert yaml.safe_load(out) == [
        {
            "text": "The figures speak for themselves",
            "speaker": "Halvard Neese",
            "role": "researcher at Example Polytechnic",
        }
    ]
    assert "warning" not in err


# --- an article without a quote --------------------------------------------------------------


def test_an_article_without_a_quote_says_so_and_what_to_do(tmp_path, capsys):
    """Not "0 quotes proposed: keep the key ones": nothing is printed on stdout, and the one
    line says that none was found and that the editor copies them by hand."""
    article = tmp_path / "article.txt"
    article.write_text(
        "Example Fjordline said on Monday that it would open a second office in Bergen.\n",
        encoding="utf-8",
    )
    assert main(["quotes", str(article), "--no-cache"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "no quote found in the article: copy the key ones by hand, word for word, with the "
        "speaker the article names, then run `digest verify`\n"
    )
