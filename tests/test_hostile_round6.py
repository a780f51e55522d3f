"""Hostile round 6: the email's own look, and names that look alike.

F1. The email edition styled its parts with plain classes (`quote`, `quote-by`, `footer`...)
and css-inline applied those rules to the introduction's HTML as well: an editor's
`<div class="quote">` looked exactly like a pick's checked quote in a subscriber's mail. Every
class the email styles is now `digest-email-…`, which content may not use, and no rule styles a
bare tag in a way that makes content look like one of the template's parts.

F3. Names were compared after NFKC and case folding, and only Unicode category Cf was refused:
a combining grapheme joiner, a variation selector, a Hangul filler or a braille blank (invisible,
of other categories) and a Cyrillic letter in a Latin word ("Меta") made a second page that
looked like the real one, or merged into it under the attacker's spelling.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from digest.commands.cli import main

SITE = "https://digest.example.org/"

# --- F1: the email's classes --------------------------------------------------------------------

OLD_CLASSES = (
    "quote quote-text quote-by speaker pick meta source masthead footer frame cell outer intro"
).split()

INTRO = """\
Intro paragraph.

<div class="quote">
<p class="quote-text">“We will open-source GPT-5 next week.”</p>
<p class="quote-by">— <a class="speaker" href="https://example.com/p/">Sam Altman</a>, CEO</p>
</div>

<p class="footer"><a class="footer" href="https://example.com/unsubscribe">Unsubscribe</a></p>

<p class="masthead meta source pick frame cell outer intro">Masthead</p>

<blockquote><p>A blockquote of the intro.</p></blockquote>

<h3><a href="https://example.com/">A heading of the intro</a></h3>
"""


@pytest.fixture
def edition(content: Path, write_entry, valid_entry: str) -> Path:
    (content.parent / "mkdocs.yml").write_text(
        f"site_name: Test\nsite_url: {SITE}\ndocs_dir: content\n", encoding="utf-8"
    )
    write_entry(content, "entries/2022/x.md", valid_entry)
    write_entry(content, "editions/2022-W37.md", "---\ntitle: Week 37\npicks: [x]\n---\n" + INTRO)
    return content


def _email(capsys: pytest.CaptureFixture[str], content: Path) -> BeautifulSoup:
    code = main(["edition", "render", "2022-W37", "--email", "--content", str(content)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return BeautifulSoup(out, "html.parser")


def _intro(soup: BeautifulSoup):
    (first,) = [p for p in soup.find_all("p") if p.get_text() == "Intro paragraph."]
    return first.parent


def test_the_intro_with_the_old_class_names_gets_none_of_the_templates_styles(edition, capsys):
    check = main(["check", "--content", str(edition)])
    out, err = capsys.readouterr()
    assert check == 0, out + err
    soup = _email(capsys, edition)
    intro = _intro(soup)
    # Nothing the introduction wrote has the template's styles, whatever class it gave itself.
    styled = {
        " ".join(e.get("class", [])): e.get("style", "")
        for e in intro.find_all(True)
        if set(e.get("class", [])) & set(OLD_CLASSES)
    }
    assert styled, intro
    for classes, style in styled.items():
        for template_look in ("border-left", "526cfe", "font-size", "font-weight", "e8eaf6"):
            assert template_look not in style, (classes, style)
    # A tag of the intro is no template part either: the blockquote and heading look plain.
    for tag in intro.find_all(["div", "blockquote", "h3"]):
        assert "border-left" not in tag.get("style", ""), tag
        assert "font-weight" not in tag.get("style", ""), tag
    assert "text-decoration" not in intro.find("h3").find("a").get("style", "")
    # The template's own quote keeps its look.
    (quote,) = [d for d in soup.find_all("div") if "digest-email-quote" in d.get("class", [])]
    assert "border-left" in quote["style"]
    # Every class the template styles is one content may not write.
    template = {c for e in soup.find_all(True) for c in e.get("class", [])} - {
        c for e in intro.find_all(True) for c in e.get("class", [])
    }
    assert template and all(c.startswith("digest-email-") for c in template), template


def test_the_emails_css_names_only_reserved_classes():
    from digest.site.jinja import environment

    source = environment().loader.get_source(environment(), "email/edition.html.j2")[0]
    css = source.split("<style>", 1)[1].split("</style>", 1)[0]
    classes = set(re.findall(r"\.([A-Za-z_][\w-]*)", css))
    assert classes and all(c.startswith("digest-email-") for c in classes), classes


def test_an_intro_using_the_emails_reserved_class_is_refused_at_its_line(edition, capsys):
    head = "---\ntitle: Week 37\npicks: [x]\n---\nIntro.\n\n"
    (edition / "editions" / "2022-W37.md").write_text(
        head + '<div class="digest-email-quote">“Invented.”</div>\n', encoding="utf-8"
    )
    code = main(["check", "--content", str(edition)])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert re.search(
        r"content/editions/2022-W37\.md:7: error: [^\n]*'digest-email-quote'[^\n]*reserved",
        out + err,
    ), out + err
