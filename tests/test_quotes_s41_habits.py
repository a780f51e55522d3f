"""The proposer on straight double quotes nested in a straight-quoted passage (an outside
tester's round 41): `"Here is a "double" quote," said NAME` (and with a CMS's backslash-escaped
`\\"`). Closing the passage at the inner mark cut it in two and gave its first half to whoever
spoke in the paragraph before. Invented people and pages; expected values written by hand.
"""

from __future__ import annotations

import yaml
from quote_articles import found

from digest.commands.cli import main

_BEFORE = (
    "Tomas Ferrante, a researcher at Example Polytechnic, said the tests went well. "
    "“The results hold up,” he said."
)


def _quotes_yaml(tmp_path, body: str, capsys) -> list[dict[str, str]]:
    """What `digest quotes FILE` prints for a page whose article is `body`."""
    page = tmp_path / "page.html"
    page.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>T</title></head><body>'
        f"<article><p>The lab published its numbers on Monday.</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    assert main(["quotes", str(page), "--no-cache"]) == 0
    return yaml.safe_load(capsys.readouterr().out)


def test_a_nested_straight_quote_keeps_the_passage_whole_for_its_speaker(tmp_path, capsys):
    body = f'<p>{_BEFORE}</p><p>"We call it a "stress test" for a reason," said Ines Vardy.</p>'
    assert _quotes_yaml(tmp_path, body, capsys) == [
        {
            "text": "The results hold up",
            "speaker": "Tomas Ferrante",
            "role": "researcher at Example Polytechnic",
        },
        {"text": 'We call it a "stress test" for a reason', "speaker": "Ines Vardy"},
    ]


def test_backslash_escaped_marks_inside_a_passage_are_its_text(tmp_path, capsys):
    body = f'<p>{_BEFORE}</p><p>"We call it a \\"stress test\\" for a reason," said Ines Vardy.</p>'
    got = _quotes_yaml(tmp_path, body, capsys)
    assert got[1:] == [
        {"text": 'We call it a \\"stress test\\" for a reason', "speaker": "Ines Vardy"}
    ]


def test_no_fragment_is_given_to_the_speaker_before():
    for text in (
        f'{_BEFORE}\n\n"Nobody expected a "quick win" here, not even us," said Ines Vardy.',
        f'{_BEFORE}\n\n"Nobody expected a \\"quick win\\" here, not even us," said Ines Vardy.',
    ):
        assert all(speaker != "Tomas Ferrante" for _, speaker, _ in found(text)[1:]), text


def test_a_missing_closing_mark_is_not_read_as_a_nested_quote():
    # guard: one mark left after the inner opener cannot close both the inner quote and the
    # passage, so the pairing stays as printed (and nothing here reads as attributed)
    assert found('"We ship in May. "It will be late," said Ines Vardy.') == []
