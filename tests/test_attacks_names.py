"""Issue 10, look-alike names.

Invisible formatting characters (zero-width, bidi controls) are refused in organization and
topic names, aliases, slugs, speakers and titles; two topics or organizations whose names
normalise alike (NFKC, case, spaces) are refused. Each is an error line naming the file and the
line. (Slugs that clash with the site's URLs: tests/test_namespaces.py.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.attacklib import check, entry_text, project, write

ZW = {"zwsp": "\u200b", "zwj": "\u200d", "bom": "\ufeff", "rlo": "\u202e", "lri": "\u2066"}


def _append(path: Path, text: str) -> tuple[int, int]:
    """Append YAML to a taxonomy file; the 1-based line range the addition occupies."""
    before = path.read_text(encoding="utf-8")
    if not before.endswith("\n"):
        before += "\n"
    path.write_text(before + text, encoding="utf-8")
    first = before.count("\n") + 1
    return first, first + text.count("\n") - 1


def _org(slug: str, name: str, aliases: list[str] | None = None) -> str:
    return (
        f"{slug}:\n"
        f"  name: {json.dumps(name)}\n"
        f"  aliases: {json.dumps(aliases or [])}\n"
        f"  url: https://example.org/{slug}\n"
        "  description: A look-alike.\n"
    )


def _topic(slug: str, name: str) -> str:
    return f"{slug}:\n  name: {json.dumps(name)}\n  description: A look-alike.\n"


# case -> (taxonomy file, YAML to append)
TAXONOMY: dict[str, tuple[str, str]] = {
    **{
        f"org-name-{k}": ("organizations.yml", _org(f"meta-{k}", f"Me{c}ta")) for k, c in ZW.items()
    },
    "org-name-trailing-zwsp": ("organizations.yml", _org("meta-x", "Meta\u200b")),
    "org-name-bidi-wrapped": ("organizations.yml", _org("meta-y", "\u2066Meta\u2069")),
    "org-alias-zwsp": ("organizations.yml", _org("look-1", "Look Alike One", ["Face\u200bbook"])),
    "org-alias-rlo": ("organizations.yml", _org("look-2", "Look Alike Two", ["\u202ekoobecaF"])),
    "org-slug-zwsp": ("organizations.yml", _org("me\u200bta", "Look Alike Three")),
    "org-same-name-case": ("organizations.yml", _org("meta-2", "META")),
    "org-same-name-spaces": ("organizations.yml", _org("linux-2", "Linux  Foundation")),
    "org-same-name-fullwidth": ("organizations.yml", _org("meta-3", "Ｍｅｔａ")),
    "org-name-equals-alias": ("organizations.yml", _org("facebook", "Facebook")),
    "topic-name-zwsp": ("topics.yml", _topic("open-source-2", "Open\u200b source")),
    "topic-name-bom": ("topics.yml", _topic("x-topic", "\ufeffGovernance")),
    "topic-name-rlo": ("topics.yml", _topic("y-topic", "\u202eecnanrevoG")),
    "topic-slug-zwj": ("topics.yml", _topic("open\u200d-source", "Another topic")),
    "topic-same-name-case-spaces": ("topics.yml", _topic("open-source-3", "OPEN  SOURCE")),
    "topic-same-name-fullwidth": ("topics.yml", _topic("open-source-4", "Ｏｐｅｎ source")),
    "topic-same-name-nbsp": ("topics.yml", _topic("open-source-5", "Open\u00a0source")),
}


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    """All look-alikes appended to one copy of the taxonomies (unique slugs), checked once."""
    root = tmp_path_factory.mktemp("look-alikes")
    content = project(root)
    ranges = {case: _append(content / name, text) for case, (name, text) in TAXONOMY.items()}
    return check(root), ranges


@pytest.mark.parametrize("case", sorted(TAXONOMY))
def test_look_alike_taxonomy_name_is_refused_at_its_line(taxonomy, case):
    ran, ranges = taxonomy
    first, last = ranges[case]
    ran.no_traceback()
    assert ran.result.returncode == 1, ran.output
    errors = ran.errors_for(f"content/{TAXONOMY[case][0]}")
    assert any(first <= p.line <= last for p in errors), ran.output


# Entry fields: (line in entry_text, text to replace, replacement).
ENTRY_FIELDS: dict[str, tuple[int, str, str]] = {
    "speaker-trailing-zwsp": (10, "Ada Example", "Soumith Chintala\u200b"),
    "speaker-zwj": (10, "Ada Example", "Soumith\u200d Chintala"),
    "speaker-rlo": (10, "Ada Example", "\u202eSoumith Chintala"),
    "title-rlo": (2, '"Attack x-entry"', '"Harmless \u202egnp.exe"'),
    "title-lri": (2, '"Attack x-entry"', '"Title \u2066hidden\u2069"'),
    "title-zwsp": (2, '"Attack x-entry"', '"Py\u200bTorch"'),
    "title-bom": (2, '"Attack x-entry"', '"\ufeffPyTorch"'),
    "organization-alias-zwsp": (
        7,
        "topics: [open-source]",
        'topics: [open-source]\norganizations: ["Face\u200bbook"]',
    ),
}


@pytest.mark.parametrize("case", sorted(ENTRY_FIELDS))
def test_invisible_characters_in_entry_names_are_refused(tmp_path, case):
    content = project(tmp_path)
    line, old, new = ENTRY_FIELDS[case]
    text = entry_text("Body.\n", slug="x-entry")
    assert old in text
    write(content, "entries/2022/x-entry.md", text.replace(old, new))
    if case.startswith("speaker"):
        # The real speaker exists beside the look-alike.
        other = entry_text("Body.\n", slug="y-entry").replace("Ada Example", "Soumith Chintala")
        write(content, "entries/2022/y-entry.md", other)
    ran = check(tmp_path)
    ran.no_traceback()
    assert ran.result.returncode == 1, ran.output
    errors = ran.errors_for("content/entries/2022/x-entry.md")
    assert [p for p in errors if line <= p.line <= line + 1], ran.output
