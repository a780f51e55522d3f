"""The allow-list as an editor meets it in `digest check`, expected lines written by hand from
the README: `style` only as a `text-align` on table cells (never elsewhere, whether written as
HTML or with an attribute list); ids and classes starting with `__`, `md-` or `md_` reserved
for the theme; links `http`, `https` and relative only (no `mailto:`)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from digest.build.pipeline import check_content
from digest.content.layout import Layout

P = "content/entries/2022/x.md"


def problems(content, write_entry, valid_entry, body: str) -> list[str]:
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.\n", body))
    return [str(p) for p in check_content(Layout(content)).problems]


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ('<p style="text-align: center">Centred.</p>\n', 14),
        ('A paragraph.\n{: style="text-align: right" }\n', 15),
    ],
)
def test_an_alignment_outside_a_table_cell_is_refused(
    content, write_entry, valid_entry, body, line
):
    assert problems(content, write_entry, valid_entry, body) == [
        f"{P}:{line}: error: body: style on <p> is not allowed (only text-align, on table cells)"
    ]


def test_an_alignment_on_a_table_cell_is_served(content, write_entry, valid_entry):
    body = "| a | b |\n|:-:|--:|\n| 1 | 2 |\n"
    assert problems(content, write_entry, valid_entry, body) == []
    (entry,) = check_content(Layout(content)).entries
    cells = BeautifulSoup(entry.writeup.html, "html.parser").find_all("td")
    styles = [c.get("style", "").replace(" ", "").rstrip(";") for c in cells]
    assert styles == ["text-align:center", "text-align:right"]


def test_a_theme_class_with_an_underscore_is_refused(content, write_entry, valid_entry):
    assert problems(content, write_entry, valid_entry, '<p class="md_x">x</p>\n') == [
        f"{P}:14: error: body: class 'md_x' on <p> is reserved for the theme "
        "(names starting with __, md-, md_, digest-, digest_, pagefind are not allowed)"
    ]


def test_a_mailto_link_is_refused(content, write_entry, valid_entry):
    body = "[mail](mailto:a@example.com)\n"
    assert problems(content, write_entry, valid_entry, body) == [
        f"{P}:14: error: body: href='mailto:a@example.com' on <a> is not allowed: "
        "links must be http(s) or relative"
    ]
