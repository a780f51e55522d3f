"""Hostile round 7: what a seventh hostile contributor got through, each now refused or made
harmless. Real `digest check` and `mkdocs build --strict` runs on a copy of the project."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import material

from digest.content.sanitizer import CLASSES, HIDDEN_BY_THEME, reserved_name
from tests.attacklib import BODY_LINE, build, check, entry_text, project, write

LONG_TOPIC = "a" * 260  # a folder name over the 255 bytes file systems allow
LONG_ORG = "b" * 101  # a name a file system takes, over the slug's 100 characters


def _site_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_slug_too_long_for_a_folder_is_refused_at_its_line_and_the_last_site_stays(tmp_path):
    """F1: a topic keyed by 260 letters passed `digest check`; the build then stopped with a
    traceback (`File name too long`) after MkDocs had emptied the site folder."""
    content = project(tmp_path)
    assert build(tmp_path).result.returncode == 0
    before = _site_files(tmp_path / "site")
    topics = content / "topics.yml"
    lines = topics.read_text(encoding="utf-8").count("\n")
    topics.write_text(
        topics.read_text(encoding="utf-8") + f"{LONG_TOPIC}:\n  name: Long topic\n",
        encoding="utf-8",
    )
    orgs = content / "organizations.yml"
    org_line = orgs.read_text(encoding="utf-8").count("\n") + 1
    orgs.write_text(
        orgs.read_text(encoding="utf-8") + f"{LONG_ORG}:\n  name: Long organization\n",
        encoding="utf-8",
    )
    body = "The body.\n"
    write(content, "entries/2022/long.md", entry_text(body, slug="long"))
    name = "c" * 101
    write(content, f"entries/2022/{name}.md", entry_text(body, slug="long-file"))

    checked = check(tmp_path)
    checked.no_traceback()
    assert checked.result.returncode == 1
    said = {(p.path, p.line): p.message for p in checked.problems if p.severity == "error"}
    assert said[("content/topics.yml", lines + 1)].endswith(
        "is 260 characters long; a slug has at most 100"
    ), said
    assert said[("content/organizations.yml", org_line)].endswith(
        "is 101 characters long; a slug has at most 100"
    ), said
    assert said[(f"content/entries/2022/{name}.md", 1)] == (
        f"'{name}.md': the slug is 101 characters long; at most 100"
    ), said

    built = build(tmp_path)
    built.no_traceback()
    assert built.result.returncode == 1
    assert _site_files(tmp_path / "site") == before


def _hidden_by_material() -> set[str]:
    """Classes without a reserved prefix that Material's stylesheet hides on the element that
    carries them: the subject of a rule that sets `display: none`, `visibility: hidden`,
    `opacity: 0` or `font-size: 0`, not behind `:not()`, a state or a pseudo-element."""
    folder = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    (sheet,) = folder.glob("main.*.min.css")
    hiding = re.compile(r"display:none|visibility:hidden|opacity:0(?![.\d])|font-size:0(?![.\d])")
    found = set()
    for rule in re.finditer(r"([^{}]+)\{([^{}]*)\}", sheet.read_text(encoding="utf-8")):
        if not hiding.search(rule.group(2)):
            continue
        for selector in rule.group(1).split(","):
            subject = re.split(r"[\s>+~]+", selector.strip())[-1]
            if "::" in subject or "[" in subject:
                continue
            subject = re.sub(r":not\([^)]*\)", "", subject)
            found |= {c for c in re.findall(r"\.(-?[_a-zA-Z][\w-]*)", subject)}
    return {name for name in found if not reserved_name(name)}


def test_every_class_material_hides_is_known_to_the_sanitizer():
    found = _hidden_by_material()
    assert {"tabbed-block", "footnote-backref", "headerlink"} <= found
    assert found <= HIDDEN_BY_THEME, found - HIDDEN_BY_THEME
    # Of the classes a write-up may carry, only the permalink's is hidden (and held to its use).
    assert found & CLASSES == {"headerlink"}


HIDDEN_BODY = """First paragraph, seen.

Second <span class="tabbed-block">unseen claims</span> and more.

<div class="footnote-backref" markdown>
Unseen **block** paragraph.
</div>

!!! giscus ""
    Unseen in an admonition.

Fourth <a class="headerlink" href="#top">unseen link text</a>.

## A heading keeps its permalink

The end.
"""


def test_text_the_theme_would_hide_is_refused_at_its_line(tmp_path):
    """F2: `tabbed-block`, `footnote-backref` (and `giscus`, `headerlink`) are hidden by the
    theme's stylesheet; a write-up could put words in a page that search finds and no reader
    sees. Only a link of a character within the page (a heading's `¶`) may carry one."""
    content = project(tmp_path)
    write(content, "entries/2022/hidden.md", entry_text(HIDDEN_BODY, slug="hidden"))
    checked = check(tmp_path)
    checked.no_traceback()
    path = "content/entries/2022/hidden.md"
    said = {(p.line, p.message.split(" on ")[0]) for p in checked.errors_for(path)}
    first = BODY_LINE
    assert said == {
        (first + 2, "class 'tabbed-block'"),
        (first + 4, "class 'footnote-backref'"),
        (first + 8, "class 'giscus'"),
        (first + 11, "class 'headerlink'"),
    }, checked.output
    write(content, "entries/2022/hidden.md", entry_text("## A heading\n\nText.\n", slug="hidden"))
    assert check(tmp_path).result.returncode == 0


LINKS_BODY = """Read [https://openai.com/blog/](https://evil.example.com/openai.com/blog/) first.

Then [openai.com](https://xn--penai-iye.com/blog), a look-alike host.

Fine: [Character.AI](https://news.example.com/character-ai), [www.example.org/a](https://example.org/a),
[docs.example.org/b](https://example.org/b) and [example.com/c](https://web.archive.org/web/2022/https://example.com/c).
"""


def test_a_link_that_shows_one_address_and_leads_to_another_is_said(tmp_path):
    """F3: a write-up's link whose text is an address on one host led to another, and a link
    or an organization's url on a look-alike internationalised host, passed without a word."""
    content = project(tmp_path)
    write(content, "entries/2022/links.md", entry_text(LINKS_BODY, slug="links"))
    orgs = content / "organizations.yml"
    org_line = orgs.read_text(encoding="utf-8").count("\n") + 3
    orgs.write_text(
        orgs.read_text(encoding="utf-8")
        + "look-alike:\n  name: Look-alike\n  url: https://xn--penai-iye.com/\n",
        encoding="utf-8",
    )
    checked = check(tmp_path)
    checked.no_traceback()
    assert checked.result.returncode == 0  # warnings: a reviewer decides
    warned = {(p.path, p.line): p.message for p in checked.problems if p.severity == "warning"}
    path = "content/entries/2022/links.md"
    assert warned == {
        (path, BODY_LINE): "the link's text 'https://openai.com/blog/' names an address on "
        "openai.com, but the link leads to evil.example.com: write the address the link goes "
        "to, or words",
        (path, BODY_LINE + 2): "links to 'https://xn--penai-iye.com/blog': the host "
        "xn--penai-iye.com is the internationalised name 'оpenai.com' (Cyrillic letters among "
        "Latin ones); check that it is the site meant",
        ("content/organizations.yml", org_line): "the host xn--penai-iye.com is the "
        "internationalised name 'оpenai.com' (Cyrillic letters among Latin ones): check that "
        "it is the organization's own",
    }, checked.output
    assert build(tmp_path).result.returncode == 1  # mkdocs.yml is strict: warnings stop it


def test_two_builds_of_one_site_at_once_both_end_and_the_site_is_whole(tmp_path):
    """F4: two `mkdocs build` of one project at once removed each other's files; one stopped
    with a traceback in MkDocs' clean-up. The second now waits for the first, and says so."""
    project(tmp_path)
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DIGEST_CACHE": "0"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    runs = [
        subprocess.Popen(command, cwd=tmp_path, env=environment, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert not any("Traceback" in output for output in outputs), outputs
    assert sum("another build is writing" in output for output in outputs) == 1, outputs
    alone = build(tmp_path, site="alone", env={"DIGEST_CACHE": "0"})
    assert alone.result.returncode == 0
    assert _site_files(tmp_path / "site") == _site_files(tmp_path / "alone")


def test_an_entry_names_no_schema_but_the_projects(tmp_path):
    """F5: `# yaml-language-server: $schema=https://…` sent every reviewer's editor to a
    contributor's schema, in place of the project's; `digest check` said nothing."""
    content = project(tmp_path)
    own = "# yaml-language-server: $schema=../../../schema/entry.schema.json\n"
    remote = "# yaml-language-server: $schema=https://evil.example.com/track.json\n"
    rooted = "  #yaml-language-server:$schema=/etc/entry.schema.json\n"
    for slug, line in [("own", own), ("remote", remote), ("rooted", rooted)]:
        text = entry_text("The body.\n", slug=slug).replace("---\n", "---\n" + line, 1)
        write(content, f"entries/2022/{slug}.md", text)
    checked = check(tmp_path)
    checked.no_traceback()
    said = {(p.path, p.line, p.message.split(" points ")[0]) for p in checked.problems}
    assert said == {
        (
            "content/entries/2022/remote.md",
            2,
            "'# yaml-language-server: $schema=https://evil.example.com/track.json'",
        ),
        (
            "content/entries/2022/rooted.md",
            2,
            "'#yaml-language-server:$schema=/etc/entry.schema.json'",
        ),
    }, checked.output
