"""A write-up's relative link to another entry, as `digest check` judges it. README: relative
links to `.md` files must name a published page of the site: not a draft, nor an entry
scheduled for later (the link would lead nowhere and give its slug away)."""

from __future__ import annotations

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout


@pytest.mark.parametrize(
    ("front", "refused"),
    [
        ("added: 2099-01-01", True),  # scheduled for later
        ("draft: true", True),
        ("added: 2022-09-16", False),  # published
    ],
)
def test_a_link_to_an_entry_not_yet_published_is_refused(
    content, write_entry, valid_entry, front, refused
):
    other = valid_entry.replace("date: 2022-09-15", f"date: 2022-09-15\n{front}")
    write_entry(content, "entries/2022/later.md", other.replace("articles/one", "articles/later"))
    body = "See [the later one](later.md).\n"
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.\n", body))
    lines = [str(p) for p in check_content(Layout(content)).problems]
    assert lines == (
        [
            "content/entries/2022/x.md:14: error: body: links to 'entries/2022/later.md', "
            "which is not a published page of the site"
        ]
        if refused
        else []
    )
