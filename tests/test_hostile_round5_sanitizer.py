"""The allow-list never changes a write-up silently (hostile round 5).

What the reader's browser gets (the sanitized HTML) is compared with what the editor wrote (the
rendered HTML before sanitizing), both parsed: a link whose address the sanitizer cannot parse
and drops, a table cell's style it rewrites, and markup nodes it drops with the editor's words
(`<![CDATA[`, `<?`, `<!DOCTYPE`) are refused by `digest check`, one line each, at the body line
they are written on. Expected lines are written by hand.
"""

from __future__ import annotations

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout

P = "content/entries/2022/x.md"
LINE = 14  # the valid entry's body starts on line 14
UNPARSED = (
    "it is not an address a browser can follow (the link would be published without it); "
    "write the host without spaces, tabs, %-escapes or brackets, and %-encode spaces in the "
    "path (%20)"
)


def problems(content, write_entry, valid_entry, body: str) -> list[str]:
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.\n", body))
    return [str(p) for p in check_content(Layout(content)).problems]


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("Read [the report](<https://exa mple.com/report>).\n", "https://exa mple.com/report"),
        # (Markdown expands the tab to the next tab stop: the address as rendered is shown)
        ('Read <a href="https://exa\tmple.com/">the other</a>.\n', "https://exa   mple.com/"),
        ("Read [the report](https://exa%00mple.com/).\n", "https://exa%00mple.com/"),
        ("Read [the report](https://[::1/x).\n", "https://[::1/x"),
    ],
)
def test_a_link_the_sanitizer_cannot_parse_is_refused(
    content, write_entry, valid_entry, body, shown
):
    assert problems(content, write_entry, valid_entry, "First.\n\n" + body) == [
        f"{P}:{LINE + 2}: error: body: href={shown!r} on <a> is not allowed: {UNPARSED}"
    ]


def test_a_rewritten_cell_style_is_refused(content, write_entry, valid_entry):
    body = (
        "First.\n\n"
        '<table><tr><td style="text-align: expression(alert(1))">a</td></tr></table>\n\n'
        '<table><tr><td style="text-align: center!important">b</td></tr></table>\n'
    )
    assert sorted(problems(content, write_entry, valid_entry, body)) == [
        f"{P}:{LINE + 2}: error: body: style 'text-align: expression(alert(1))' on <td> would be "
        "published changed: write text-align: left, center, right or justify, and nothing more",
        f"{P}:{LINE + 4}: error: body: style 'text-align: center!important' on <td> would be "
        "published changed: write text-align: left, center, right or justify, and nothing more",
    ]


def test_an_alignment_as_the_tables_extension_writes_it_is_fine(content, write_entry, valid_entry):
    body = (
        "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n"
        '<table><tr><td style="text-align:  right ;">x</td></tr></table>\n'
    )
    assert problems(content, write_entry, valid_entry, body) == []


@pytest.mark.parametrize(
    ("markup", "what", "instead"),
    [
        ("<![CDATA[Words the editor wrote]]>", "<![CDATA[", "write its words as text"),
        ("<?php words the editor wrote ?>", "<?...?>", "write its words as text"),
        ("<!DOCTYPE html>", "<!DOCTYPE>", "remove it"),
    ],
)
def test_markup_nodes_dropped_with_their_words_are_refused(
    content, write_entry, valid_entry, markup, what, instead
):
    body = f"First.\n\n<div>\n{markup}\n</div>\n"
    (line,) = problems(content, write_entry, valid_entry, body)
    assert line.startswith(
        f"{P}:{LINE + 3}: error: body: {what} is not shown by browsers and not allowed in a "
        f"write-up: {instead}"
    )


def test_an_html_comment_stays_a_silent_note(content, write_entry, valid_entry):
    body = "First.\n\n<!-- A note to the next editor. -->\n\nSecond.\n"
    assert problems(content, write_entry, valid_entry, body) == []
