"""Errors that say what to type (issue 23): the command that adds a missing topic or
organization, once per name; `digest check FILE` counts what it checked, in good English.

Each printed command is run exactly as a shell would split it, and the entry then passes:
the command is the one that fixes the error, whatever characters the name holds.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess

import pytest

from digest.commands.cli import main

ENTRY = """\
---
title: {title}
date: 2024-03-01
source:
  url: https://example.com/fix/{slug}
  publisher: Example News
topics: {topics}
organizations: {orgs}
quotes:
  - text: "A quote long enough to read."
    speaker: Ada Example
---
The body.
"""


def _entry(slug: str, topics: list[str], orgs: list[str]) -> str:
    return ENTRY.format(
        title=json.dumps(f"Entry {slug}"),
        slug=slug,
        topics=json.dumps(topics),
        orgs=json.dumps(orgs, ensure_ascii=False),
    )


def _check(content, capsys, *paths: str) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = main(["check", *paths] if paths else ["check", "--content", str(content)])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def _commands(lines: list[str]) -> list[str]:
    return [m.group(1) for line in lines if (m := re.search(r"add it with: (digest .*)$", line))]


def test_each_missing_name_gets_its_command_once(content, write_entry, capsys):
    write_entry(content, "entries/2024/one.md", _entry("one", ["robotics"], ["Acme Robotics"]))
    write_entry(
        content,
        "entries/2024/two.md",
        _entry("two", ["robotics", "open-source"], ["Acme Robotics", "Meta"]),
    )
    code, lines, _ = _check(content, capsys)
    assert code == 1
    assert _commands(lines) == [
        'digest new-topic robotics --name "Robotics"',
        'digest new-org "Acme Robotics"',
    ]
    assert lines == [
        "content/entries/2024/one.md:7: error: topics[0]: unknown topic 'robotics'; "
        'add it with: digest new-topic robotics --name "Robotics"',
        "content/entries/2024/one.md:8: error: organizations[0]: unknown organization "
        "'Acme Robotics'; add it with: digest new-org \"Acme Robotics\"",
        "content/entries/2024/two.md:7: error: topics[0]: unknown topic 'robotics'; "
        "add it (the command is above)",
        "content/entries/2024/two.md:8: error: organizations[0]: unknown organization "
        "'Acme Robotics'; add it (the command is above)",
    ]


@pytest.mark.parametrize(
    "name",
    ["Acme Robotics", 'Quote "Labs"', "Dollar $HOME & Co", "Back`tick` (Ltd)", "Ünïcode GmbH"],
)
def test_the_printed_command_is_exactly_what_fixes_the_entry(content, write_entry, capsys, name):
    write_entry(content, "entries/2024/one.md", _entry("one", ["open-source"], [name]))
    code, lines, _ = _check(content, capsys)
    assert code == 1
    (command,) = _commands(lines)
    words = _as_a_shell_reads(command)
    assert words == ["digest", "new-org", name]
    assert main([*words[1:], "--content", str(content)]) == 0
    code, lines, _ = _check(content, capsys)
    assert code == 0, lines


def _as_a_shell_reads(command: str) -> list[str]:
    """The words a real POSIX shell makes of `command` (expansions and all), one a line."""
    shown = subprocess.run(
        ["sh", "-c", "printf '%s\\n' " + command],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": os.environ["PATH"], "HOME": "/home/someone"},
    )
    words = shown.stdout.splitlines()
    assert words == shlex.split(command)
    return words


def test_the_topic_command_adds_the_slug_the_entry_names(content, write_entry, capsys):
    write_entry(content, "entries/2024/one.md", _entry("one", ["humanoid-robots"], []))
    _, lines, _ = _check(content, capsys)
    (command,) = _commands(lines)
    assert command == 'digest new-topic humanoid-robots --name "Humanoid robots"'
    assert main([*shlex.split(command)[1:], "--content", str(content)]) == 0
    assert "name: Humanoid robots" in (content / "topics.yml").read_text(encoding="utf-8")
    assert _check(content, capsys)[0] == 0


def test_new_org_takes_just_a_name(content, capsys):
    assert main(["new-org", "Hugging Face", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "added organization 'hugging-face' (Hugging Face) to" in out
    assert "hugging-face:\n  name: Hugging Face\n" in (content / "organizations.yml").read_text()


@pytest.mark.parametrize("command", ["new-org", "new-topic"])
def test_a_name_with_nothing_to_make_a_slug_from_is_refused(content, capsys, command):
    before = (content / "organizations.yml").read_text(), (content / "topics.yml").read_text()
    assert main([command, "!!!", "--content", str(content)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "error: '!!!' has no letter or digit to make a slug from: "
        f"give one, digest {command} SLUG --name '!!!'\n"
    )
    after = (content / "organizations.yml").read_text(), (content / "topics.yml").read_text()
    assert after == before


# --- counts -------------------------------------------------------------------------------------


def test_check_file_counts_only_that_file_and_never_calls_a_broken_one_valid(
    content, write_entry, valid_entry, capsys
):
    write_entry(content, "entries/2022/good.md", valid_entry)
    bad = write_entry(
        content,
        "entries/2024/bad.md",
        _entry("bad", ["robotics"], ["Meta"]).replace("2024-03-01", "2024-3-1"),
    )
    code, lines, err = _check(content, capsys, str(bad))
    assert code == 1 and len(lines) == 2
    assert err == "1 entry checked, 0 valid; 2 errors, 0 warnings\n"
    code, lines, err = _check(content, capsys, str(content / "entries" / "2022" / "good.md"))
    assert (code, lines, err) == (0, [], "1 entry checked, 1 valid; 0 errors, 0 warnings\n")
    code, lines, err = _check(content, capsys)
    assert err == "2 entries checked, 1 valid; 2 errors, 0 warnings\n"


def test_a_folder_named_like_an_entry_is_no_entry(content, write_entry, valid_entry, capsys):
    """`entries/2022/dir.md/` (a folder): checking it counts no entry, so no "0 valid" of one."""
    folder = content / "entries" / "2022" / "dir.md"
    folder.mkdir(parents=True)
    code, lines, err = _check(content, capsys, str(folder))
    assert (code, lines, err) == (0, [], "0 entries checked, 0 valid; 0 errors, 0 warnings\n")


def test_counts_agree_with_their_numbers(content, write_entry, valid_entry, capsys):
    write_entry(content, "entries/2022/good.md", valid_entry.replace("2022-09-15", "2021-09-15"))
    _, _, err = _check(content, capsys)
    assert err == "1 entry checked, 1 valid; 0 errors, 1 warning\n"


def test_a_name_whose_slug_is_the_sites_own_gets_a_command_that_works(content, write_entry, capsys):
    """'page' is the folder of a listing's later pages (/topics/page/2/): the printed commands
    add the records under a free slug, and, run as printed, make the entry valid."""
    write_entry(content, "entries/2024/one.md", _entry("one", ["page"], ["Page"]))
    code, lines, _ = _check(content, capsys)
    assert code == 1
    assert _commands(lines) == [
        'digest new-topic page-topic --name "Page"',
        'digest new-org page-org --name "Page"',
    ]
    assert "write 'page-topic' here" in lines[0]
    for command in _commands(lines):
        assert main([*shlex.split(command)[1:], "--content", str(content)]) == 0
    text = (content / "entries/2024/one.md").read_text(encoding="utf-8")
    write_entry(content, "entries/2024/one.md", text.replace('["page"]', '["page-topic"]'))
    code, lines, _ = _check(content, capsys)
    assert code == 0, lines


def test_the_free_slug_offered_for_a_reserved_name_is_free_of_existing_records(
    content, write_entry, capsys
):
    """With `page-topic` and `page-org` already taken by other records, the commands offered
    for the name "Page" must not point at them: they add `page-topic-2` and `page-org-2`, and
    run as printed they work; `digest new-org Page` refused says the same command."""
    assert main(["new-topic", "page-topic", "--name", "Pages", "--content", str(content)]) == 0
    assert main(["new-org", "page-org", "--name", "Pages Inc", "--content", str(content)]) == 0
    capsys.readouterr()
    write_entry(content, "entries/2024/one.md", _entry("one", ["page"], ["Page"]))
    code, lines, _ = _check(content, capsys)
    assert code == 1
    assert _commands(lines) == [
        'digest new-topic page-topic-2 --name "Page"',
        'digest new-org page-org-2 --name "Page"',
    ]
    assert main(["new-org", "Page", "--content", str(content)]) == 2
    said = capsys.readouterr().err.rstrip()
    assert said.endswith('choose another slug, e.g. digest new-org page-org-2 --name "Page"')
    for command in _commands(lines):
        assert main([*shlex.split(command)[1:], "--content", str(content)]) == 0


def test_one_command_for_a_name_spelt_in_several_cases_and_widths(content, write_entry, capsys):
    """Names compare after NFKC and case folding: one record, so one command, which (run)
    makes every spelling resolve."""
    spellings = [
        "Example Research",
        "example research",
        "EXAMPLE RESEARCH",
        "Ｅｘａｍｐｌｅ Research",
    ]
    write_entry(content, "entries/2024/one.md", _entry("one", ["open-source"], spellings[:2]))
    write_entry(content, "entries/2024/two.md", _entry("two", ["open-source"], spellings[2:]))
    code, lines, _ = _check(content, capsys)
    assert code == 1
    assert _commands(lines) == ['digest new-org "Example Research"']
    assert sum("add it (the command is above)" in line for line in lines) == 3
    assert main(["new-org", "Example Research", "--content", str(content)]) == 0
    code, lines, _ = _check(content, capsys)
    assert code == 0, lines


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Open Source", "'Open Source' is not a topic's slug: write 'open-source'"),
        ("OPEN-SOURCE", "'OPEN-SOURCE' is not a topic's slug: write 'open-source'"),
        ("Agentic AI", 'add it with: digest new-topic agentic-ai --name "Agentic AI"'),
    ],
)
def test_a_topic_written_as_a_name_is_told_its_slug(
    content, write_entry, capsys, written, expected
):
    write_entry(content, "entries/2024/one.md", _entry("one", [written], []))
    code, lines, _ = _check(content, capsys)
    assert code == 1
    assert len(lines) == 1 and expected in lines[0], lines


def test_a_broken_taxonomy_file_still_has_every_problem_listed(content, write_entry, capsys):
    """A duplicate key in topics.yml is said and left out; the file's other records and the
    entries are still checked in the same run, and an entry naming a record with errors is
    told to fix that record, not to add it again."""
    topics = content / "topics.yml"
    topics.write_text(
        topics.read_text(encoding="utf-8")
        + "open-source:\n  name: Again\nweird:\n  name: [a list]\nBad Slug:\n  name: Bad\n",
        encoding="utf-8",
    )
    write_entry(content, "entries/2024/one.md", _entry("one", ["weird", "nope"], []))
    code, lines, _ = _check(content, capsys)
    assert code == 1
    text = "\n".join(lines)
    assert "topics.yml" in text and "duplicate key" in text
    assert "weird.name: must be text, not a list" in text
    assert "Bad Slug: is not a slug" in text
    assert "topics[0]: topic 'weird' has errors in topics.yml; fix its record there" in text
    assert "topics[1]: unknown topic 'nope'; add it with: digest new-topic nope" in text


def test_checking_a_taxonomy_file_says_that_file_was_checked(content, write_entry, capsys):
    """`digest check content/topics.yml` checks no entry of its own: the summary names the
    file it checked rather than "0 entries checked"."""
    code, _, err = _check(content, capsys, str(content / "topics.yml"))
    assert code == 0
    assert err == f"{content / 'topics.yml'} checked; 0 errors, 0 warnings\n"


def test_an_entry_naming_a_record_with_errors_is_told_to_fix_that_record(
    content, write_entry, capsys
):
    """A record refused for its own errors (a bad value, a key that is not a slug) is in the
    file: the entry naming it is not told to add it again."""
    orgs = content / "organizations.yml"
    orgs.write_text(
        orgs.read_text("utf-8") + "broken-co:\n  name: Broken Co\n  url: 12\n", encoding="utf-8"
    )
    topics = content / "topics.yml"
    topics.write_text(topics.read_text("utf-8") + "Bad Slug:\n  name: Bad\n", encoding="utf-8")
    write_entry(content, "entries/2024/one.md", _entry("one", ["Bad Slug"], ["Broken Co"]))
    code, lines, _ = _check(content, capsys)
    assert code == 1
    text = "\n".join(lines)
    assert "organization 'broken-co' has errors in organizations.yml; fix its record there" in text
    assert "topic 'Bad Slug' has errors in topics.yml; fix its record there" in text
    assert _commands(lines) == []
