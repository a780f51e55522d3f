"""The handover (issue 23): `digest new URL --fetch` writes the proposed quotes, commented out, in
place of the empty placeholder under `quotes:`, so that uncommenting any of them gives an entry
`digest check` accepts; an article already in the digest is refused before anything is fetched;
the organizations its speakers work for are listed, with --add-missing added.

The article is served from 127.0.0.1 and written here: invented people and firms.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml

from digest.commands.cli import main
from digest.content.loader import load_markdown
from digest.editor.handover import uncomment
from digest.editor.newentry import new_entry
from digest.editor.quotes import Proposal
from tests.pageserver import pages  # noqa: F401 - the fixture

ARTICLE = """<!doctype html><html><head><title>Northwind ships a robot arm | Example Ledger</title>
<meta property="og:site_name" content="Example Ledger">
<meta property="article:published_time" content="2025-06-03T08:00:00Z">
</head><body><article><h1>Northwind ships a robot arm</h1>
<p class="byline">By Cora Blythe</p>
<p>Northwind Robotics began shipping its first robot arm to warehouses on Tuesday.</p>
<p>"We built it for the boring jobs nobody wants," said Ilse Marrow, chief executive of
Northwind Robotics.</p>
<p>Customers had waited two years for the arm. "The first units are already moving boxes in
three of our sites," said Tobias Renn, an operations manager at Fernhill Logistics.</p>
<p>"It took: 'quotes', #hashes, and colons: in one line," said Ilse Marrow.</p>
<p>Not everyone is convinced. "Arms are easy, hands are hard," said Priya Castellan, an
analyst at Example Research.</p>
</article></body></html>"""

PROPOSED = [
    ("We built it for the boring jobs nobody wants", "Ilse Marrow"),
    ("The first units are already moving boxes in three of our sites", "Tobias Renn"),
    ("It took: 'quotes', #hashes, and colons: in one line", "Ilse Marrow"),
    ("Arms are easy, hands are hard", "Priya Castellan"),
]


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import shutil

    from tests.conftest import REPO

    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    monkeypatch.chdir(tmp_path)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    return root


def _fetch(content: Path, url: str, *args: str) -> Path:
    assert main(["new", url, "--fetch", "--timeout", "5", "--content", "content", *args]) == 0
    (target,) = (content / "entries" / "2025").glob("*.md")
    return target


def _items(lines: list[str]) -> list[list[int]]:
    """The line numbers (0-based) of each commented proposal."""
    items: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.startswith("  # - text:"):
            items.append([i])
        elif line.startswith("  #   ") and items and items[-1][-1] == i - 1:
            items[-1].append(i)
    return items


def _fill_in(text: str) -> str:
    """What the editor writes besides the quotes (never touching the quotes' lines)."""
    text = text.replace("topics: []", "topics: [ai-market]")
    return text.replace("<!-- Your write-up", "Northwind ships an arm.\n\n<!-- Your write-up")


def test_uncommenting_any_subset_of_the_proposals_gives_a_valid_entry(content, pages, capsys):
    url = pages.add("/northwind", ARTICLE)
    target = _fetch(content, url, "--add-missing")
    text = target.read_text(encoding="utf-8")
    lines = text.split("\n")
    items = _items(lines)
    assert len(items) == len(PROPOSED)
    assert "text: ''" not in text  # the placeholder went
    base = _fill_in(text)
    for size in range(1, len(items) + 1):
        for chosen in itertools.combinations(range(len(items)), size):
            opened = base.split("\n")
            for index in chosen:
                for number in items[index]:
                    opened[number] = uncomment(opened[number])
            target.write_text("\n".join(opened), encoding="utf-8")
            capsys.readouterr()
            assert main(["check", str(target)]) == 0, (chosen, capsys.readouterr().out)
            quotes = load_markdown(target)[0].data["quotes"]
            assert [(q["text"], q["speaker"]) for q in quotes] == [PROPOSED[i] for i in chosen]


def test_fetch_fills_the_metadata_and_the_organizations(content, pages, capsys):
    url = pages.add("/northwind-meta", ARTICLE)
    target = _fetch(content, url)
    err = capsys.readouterr().err
    front = load_markdown(target)[0].data
    assert target.name == "northwind-ships-a-robot-arm.md"
    assert front["title"] == "Northwind ships a robot arm"
    assert front["source"]["publisher"] == "Example Ledger"
    assert front["source"]["author"] == "Cora Blythe"
    assert front["date"] == "2025-06-03"
    # The speakers' employers, none of them in organizations.yml: listed with their commands.
    assert front["organizations"] == [
        "Northwind Robotics",
        "Fernhill Logistics",
        "Example Research",
    ]
    assert '  Northwind Robotics: digest new-org "Northwind Robotics"' in err
    assert "or use --add-missing" in err
    capsys.readouterr()
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out
    assert 'add it with: digest new-org "Fernhill Logistics"' in out


def test_add_missing_lists_then_adds_them(content, pages, capsys):
    url = pages.add("/northwind-add", ARTICLE)
    target = _fetch(content, url, "--add-missing")
    err = capsys.readouterr().err.splitlines()
    listed = err.index("organizations its speakers work for that are not in organizations.yml:")
    added = [i for i, line in enumerate(err) if line.startswith("added organization")]
    assert added and min(added) > listed
    orgs = yaml.safe_load((content / "organizations.yml").read_text(encoding="utf-8"))
    assert orgs["northwind-robotics"]["name"] == "Northwind Robotics"
    assert orgs["example-research"]["name"] == "Example Research"
    assert list(orgs) == sorted(orgs)
    capsys.readouterr()
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out
    assert "organization" not in out  # every organization it names now exists


def test_a_proposal_without_a_speaker_stays_a_to_do(content, capsys):
    proposals = [
        Proposal("Nobody will say who said this line", ""),
        Proposal("A quote whose speaker is known here", "Ilse Marrow", "chief executive"),
    ]
    target = new_entry(
        Path("content"), "https://example.com/unsure", title="Unsure", date="2025-01-02",
        publisher="Example Ledger", proposals=proposals,
    )  # fmt: skip
    lines = _fill_in(target.read_text(encoding="utf-8")).split("\n")
    (first, _) = _items(lines)
    assert "the proposer could not tell who said it" in lines[first[1]]
    for number in first:
        lines[number] = uncomment(lines[number])
    target.write_text("\n".join(lines), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{target}:{first[1] + 1}: error: quotes[0].speaker: must not be empty or only whitespace"
    ]


def test_no_proposals_keeps_the_placeholder_and_says_so(content, pages, capsys):
    url = pages.add("/no-quotes", "<title>A page without quotes</title><p>Nothing quoted.</p>")
    assert main(["new", url, "--fetch", "--date", "2025-01-01", "--content", "content"]) == 0
    (target,) = (content / "entries" / "2025").glob("*.md")
    text = target.read_text(encoding="utf-8")
    assert "  - text: ''" in text
    assert "found no attributed quotes" in text


@pytest.mark.parametrize(
    "variant",
    [
        "http://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots",
        "https://www.thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/",
        "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/"
        "?utm_source=feed&utm_medium=rss&fbclid=x#comments",
        "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/amp/",
        "https://thenewstack-io.cdn.ampproject.org/c/s/thenewstack.io/"
        "pytorch-takes-ai-ml-back-to-its-research-open-source-roots/",
    ],
)
def test_an_article_already_in_the_digest_is_refused_before_fetching(
    content, pages, capsys, variant
):
    before = sum(pages.hits.values())
    assert main(["new", variant, "--fetch", "--content", "content"]) == 2
    err = capsys.readouterr().err
    seed = "content/entries/2022/pytorch-foundation-research-open-source-roots.md"
    assert err == f"error: this article is already in the digest at {seed}\n"
    assert sum(pages.hits.values()) == before  # nothing was fetched (the page server saw none)
    assert not list((content / "entries").glob("20[!2]*/*.md"))


def test_the_local_copy_is_refused_before_fetching_too(content, pages, capsys):
    url = pages.add("/twice", ARTICLE)
    _fetch(content, url, "--date", "2025-01-01")
    assert pages.hits["/twice"] == 1
    capsys.readouterr()
    assert main(["new", url + "/?utm_campaign=x", "--fetch", "--content", "content"]) == 2
    assert re.match(
        r"error: this article is already in the digest at .*\.md\n", capsys.readouterr().err
    )
    assert pages.hits["/twice"] == 1


@pytest.mark.parametrize(
    ("role", "employer"),
    [
        ("head of data at Ben & Jerry's", "Ben & Jerry's"),
        ("a director at O'Brien & Sons", "O'Brien & Sons"),
        ("AT&T's chief scientist", "AT&T"),
        ("a partner at Hale & Dorr, the law firm", "Hale & Dorr"),
        ("an analyst at Example Research", "Example Research"),
    ],
)
def test_an_employer_with_an_ampersand_keeps_its_whole_name(role, employer):
    from digest.editor.orgfinder import found_in
    from digest.model.taxonomy import Taxonomy

    proposals = [Proposal("A quote long enough to be proposed", "Ada Roe", role)]
    assert found_in("", proposals, Taxonomy()) == ([], [employer])


@pytest.mark.parametrize(
    ("role", "known", "unknown"),
    [
        ("an analyst at Globex's rival Quillon Partners", ["globex"], []),
        ("an analyst at Globex’s rival Quillon Partners", ["globex"], []),
        ("an analyst at Globex' rival Quillon Partners", ["globex"], []),
        ("a director at Globex Cloud's Lisbon office", ["globex-cloud"], []),
        ("head of data at Umbra's research arm", [], ["Umbra"]),
    ],
)
def test_a_possessive_names_its_owner_not_a_new_organization(role, known, unknown):
    """`Meta's rival X`: the name ends at the possessive, so a known organization resolves
    and no `Meta's` is proposed for the taxonomy."""
    from digest.editor.orgfinder import found_in
    from digest.model.schema import Organization
    from digest.model.taxonomy import Taxonomy

    taxonomy = Taxonomy(
        organizations={
            "globex": Organization(name="Globex"),
            "globex-cloud": Organization(name="Globex Cloud"),
        },
        org_names={"globex": "globex", "globex cloud": "globex-cloud"},
    )
    proposals = [Proposal("A quote long enough to be proposed", "Ada Roe", role)]
    assert found_in("", proposals, taxonomy) == (known, unknown)


def test_a_quote_too_long_for_an_entry_is_named_when_left_out(content, pages, capsys):
    sentence = "The arm lifts a crate, turns, and sets it down where the scanner can read it. "
    long_quote = (sentence * 30).strip()  # about 2,300 characters: over the schema's 2,000
    page = ARTICLE.replace(
        "<p>Not everyone is convinced.",
        f'<p>"{long_quote}" said Ilse Marrow.</p><p>Not everyone is convinced.',
    )
    target = _fetch(content, pages.add("/northwind-long", page))
    err = capsys.readouterr().err
    assert "proposed 4 quotes from the article (commented out)" in err
    assert (
        "left out 1 proposal over 2,000 characters, too long for an entry: "
        "“The arm lifts a crate, turns, and sets it down where the…” (Ilse Marrow); "
        "take its key sentences by hand, with … where words are left out"
    ) in err.splitlines()
    assert long_quote[:40] not in target.read_text(encoding="utf-8")


def test_digest_quotes_shows_a_quote_too_long_for_an_entry_with_a_warning(tmp_path, capsys):
    sentence = "The arm lifts a crate, turns, and sets it down where the scanner can read it. "
    article = tmp_path / "article.txt"
    article.write_text(
        f'"{(sentence * 30).strip()}" said Ilse Marrow, chief executive of Northwind Robotics.\n',
        encoding="utf-8",
    )
    assert main(["quotes", str(article), "--no-cache"]) == 0
    out, err = capsys.readouterr()
    (proposal,) = yaml.safe_load(out)
    assert proposal["speaker"] == "Ilse Marrow"
    assert len(proposal["text"]) > 2000
    assert (
        "(“The arm lifts a crate, turns, and sets it down where the sc…”): longer "
        "than the 2,000 characters an entry's quote may hold: keep its key sentences, with … "
        "where words are left out"
    ) in err


PAGE_ARTICLE = """<!doctype html><html><head><title>A start-up named Page | Example Ledger</title>
<meta property="article:published_time" content="2025-06-04T08:00:00Z">
</head><body><article><h1>A start-up named Page</h1>
<p>A search start-up opened its first office on Tuesday.</p>
<p>"We index what others skip," said Juno Abernathy, chief executive of Page.</p>
</article></body></html>"""


def test_add_missing_gives_a_reserved_name_a_free_slug(content, pages, capsys):
    """An organization named "Page", whose slug would be the organizations listing's later
    pages: listed with a command that works, added under a free slug (not `page-org`, taken
    here), and the entry naming it is then valid."""
    assert main(["new-org", "page-org", "--name", "Pages Inc", "--content", str(content)]) == 0
    url = pages.add("/page-add", PAGE_ARTICLE)
    target = _fetch(content, url, "--add-missing")
    err = capsys.readouterr().err
    assert '  Page: digest new-org page-org-2 --name "Page"' in err
    orgs = yaml.safe_load((content / "organizations.yml").read_text(encoding="utf-8"))
    assert orgs["page-org-2"]["name"] == "Page"
    assert main(["check", str(target)]) == 1  # its topics are still to be filled in
    assert "organization" not in capsys.readouterr().out
