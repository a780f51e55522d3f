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

import json
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from digest.commands.cli import main
from tests.sitebuild import digest_cli

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
    # Since hostile round 8 a write-up or introduction may carry no class but an admonition's
    # and a permalink's: the template's old names are refused at their lines.
    check = main(["check", "--content", str(edition)])
    out, err = capsys.readouterr()
    assert check == 1, out + err
    refused = set(
        re.findall(r"class '([a-z-]+)' on <[a-z0-9]+> is not one a write-up may use", out)
    )
    assert refused and refused <= set(OLD_CLASSES), out
    # Without the classes, the introduction's own tags still look like no part of the template.
    intro_file = edition / "editions" / "2022-W37.md"
    text = intro_file.read_text(encoding="utf-8")
    intro_file.write_text(re.sub(r' class="[^"]*"', "", text), encoding="utf-8")
    soup = _email(capsys, edition)
    intro = _intro(soup)
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


# --- F3: names that look alike ------------------------------------------------------------------

# VALID_ENTRY's lines: 2 title, 6 publisher, 11 speaker, 12 role (an author goes in at 7).
INVISIBLE = {
    "cgj": ("speaker", "Soumith Chint\u034fala", 11, "U+034F (COMBINING GRAPHEME JOINER)"),
    "braille": ("speaker", "Jim Zemlin\u2800", 11, "U+2800 (BRAILLE PATTERN BLANK)"),
    "vs16": ("speaker", "Jim Zemlin\ufe0f", 11, "U+FE0F (VARIATION SELECTOR-16)"),
    "vs17": ("speaker", "Jim Zemlin\U000e0100", 11, "U+E0100 (VARIATION SELECTOR-17)"),
    "filler": ("speaker", "Jim\u3164Zemlin", 11, "U+3164 (HANGUL FILLER)"),
    "half-filler": ("role", "Chief\uffa0Executive", 12, "U+FFA0 (HALFWIDTH HANGUL FILLER)"),
    "choseong": ("publisher", "Example\u115fNews", 6, "U+115F (HANGUL CHOSEONG FILLER)"),
    "jungseong": ("author", "Ada\u1160Lovelace", 7, "U+1160 (HANGUL JUNGSEONG FILLER)"),
    "title": ("title", "Title\u2800\u2800\u2800", 2, "U+2800 (BRAILLE PATTERN BLANK)"),
    "tag": ("title", "Title\U000e0041", 2, "U+E0041 (TAG LATIN CAPITAL LETTER A)"),
}
LOOKALIKE = {
    "cyrillic-a": ("speaker", "Soumith Chint\u0430la", 11, "\u0430", "0430", "a", "Chintala"),
    "cyrillic-e": ("publisher", "M\u0435ta News", 6, "\u0435", "0435", "e", "Meta"),
    "cyrillic-o": ("role", "Head of vide\u043e", 12, "\u043e", "043E", "o", "video"),
    "greek-rho": ("title", "\u03a1ython news", 2, "\u03a1", "03A1", "P", "Python"),
    "cyrillic-dze": ("author", "\u0405am Altman", 7, "\u0405", "0405", "S", "Sam"),
}


def _entry(valid_entry: str, slug: str, field: str, value: str) -> str:
    text = valid_entry.replace("articles/one", f"articles/{slug}")
    shown = json.dumps(value, ensure_ascii=False)  # a YAML string, the character as typed
    if field == "author":
        return text.replace("  publisher: Example News\n", f"  publisher: X\n  author: {shown}\n")
    old = {
        "title": "title: A synthetic entry",
        "publisher": "  publisher: Example News",
        "speaker": "    speaker: Ada Example",
        "role": "    role: Analyst",
    }[field]
    return text.replace(old, old.split(":")[0] + ": " + shown)


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return digest_cli("check", "--content", "content", cwd=root)


def test_invisible_characters_of_every_kind_are_refused_at_their_line(
    content, write_entry, valid_entry
):
    for slug, (field, value, _, _) in INVISIBLE.items():
        write_entry(content, f"entries/2022/{slug}.md", _entry(valid_entry, slug, field, value))
    write_entry(
        content, "editions/2022-W37.md", '---\ntitle: "Week 37 \u3164\u034f"\npicks: []\n---\n'
    )
    result = _check(content.parent)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    for slug, (field, _, line, described) in INVISIBLE.items():
        where = "source." + field if field in ("publisher", "author") else field
        where = "quotes[0]." + field if field in ("speaker", "role") else where
        expected = (
            f"content/entries/2022/{slug}.md:{line}: error: {where}: "
            f"contains the invisible character {described}\n"
        )
        assert expected in out, (slug, out)
    assert (
        "content/editions/2022-W37.md:2: error: title: contains the invisible character "
        "U+3164 (HANGUL FILLER)\n" in out
    ), out


def test_a_word_mixing_look_alike_scripts_is_refused_at_its_line(content, write_entry, valid_entry):
    for slug, (field, value, *_) in LOOKALIKE.items():
        write_entry(content, f"entries/2022/{slug}.md", _entry(valid_entry, slug, field, value))
    result = _check(content.parent)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    for slug, (_, _, line, char, point, latin, word) in LOOKALIKE.items():
        (problem,) = [p for p in out.splitlines() if p.startswith(f"content/entries/2022/{slug}")]
        assert problem.startswith(f"content/entries/2022/{slug}.md:{line}: error: "), problem
        assert "mixes scripts" in problem, problem
        assert f"{char!r} (U+{point} " in problem, problem  # the letter and its code point
        assert f"looks like the Latin {latin!r} (U+{ord(latin):04X} " in problem, problem
        assert f"type {word!r}" in problem, problem  # what to type instead


def test_look_alike_organization_and_topic_names_are_refused_at_their_line(content):
    orgs = content / "organizations.yml"
    start = len(orgs.read_text(encoding="utf-8").splitlines())
    orgs.write_text(
        orgs.read_text(encoding="utf-8")
        + 'meta-2:\n  name: "Me\u034fta"\n  url: https://example.org/\n'
        + 'meta-3:\n  name: "\u041ceta"\n  url: https://example.net/\n'
        + 'meta-4:\n  name: Meta Four\n  aliases: ["F\u0430cebook"]\n  url: https://example.com/\n',
        encoding="utf-8",
    )
    topics = content / "topics.yml"
    topic_line = len(topics.read_text(encoding="utf-8").splitlines()) + 2
    topics.write_text(
        topics.read_text(encoding="utf-8")
        + 'open-sourc:\n  name: "\u039fpen source"\n  description: A look-alike.\n',
        encoding="utf-8",
    )
    result = _check(content.parent)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    lines = out.splitlines()
    assert (
        f"content/organizations.yml:{start + 2}: error: meta-2.name: contains the invisible "
        "character U+034F (COMBINING GRAPHEME JOINER)" in lines
    ), out
    for line, field, char in (
        (start + 5, "meta-3.name", "'\u041c' (U+041C"),
        (start + 9, "meta-4.aliases[0]", "'\u0430' (U+0430"),
    ):
        prefix = f"content/organizations.yml:{line}: error: {field}: the word "
        assert any(p.startswith(prefix) and char in p for p in lines), (prefix, char, lines)
    prefix = f"content/topics.yml:{topic_line}: error: open-sourc.name: the word "
    assert any(p.startswith(prefix) and "(U+039F " in p for p in lines), (prefix, out)


def test_the_taxonomy_editor_refuses_a_look_alike_name(content, capsys):
    code = main(["new-org", "meta-5", "--name", "M\u0435ta", "--content", str(content)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("error: name: the word 'M\u0435ta' mixes scripts"), err


GENUINE = {
    "cyrillic": "Владимир Путин",
    "greek": "Αλέξης Τσίπρας",
    "cjk": "习近平",
    "japanese": "孫正義",
    "arabic": "محمد بن سلمان",
    "devanagari": "नरेंद्र मोदी",
    "hangul": "이재용",
    "latin": "Zoë Ångström-Ørsted",
    "mixed-words": "Yandex (Яндекс) ΑΙ lab",
}


def test_real_names_in_other_scripts_are_valid(content, write_entry, valid_entry):
    for slug, name in GENUINE.items():
        text = _entry(valid_entry, slug, "speaker", name)
        write_entry(content, f"entries/2022/{slug}.md", text.replace("Analyst", name))
    orgs = content / "organizations.yml"
    orgs.write_text(
        orgs.read_text(encoding="utf-8")
        + "yandex:\n  name: Яндекс\n  aliases: [Yandex, Ελληνική εταιρεία]\n"
        + "  url: https://yandex.com/\n",
        encoding="utf-8",
    )
    result = _check(content.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout + result.stderr
