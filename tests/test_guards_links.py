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


@pytest.mark.parametrize(
    ("target", "refused"),
    [
        ("../../people/ada-example/index.md", False),  # quoted in this very entry
        ("../../people/grace-other/index.md", False),  # quoted in another entry
        ("../../people/nobody-quoted/index.md", True),
        ("../../people/ada-example/extra/index.md", True),
        ("../../topics/open-source/index.md", False),
        ("../../topics/no-such-topic/index.md", True),
        ("../../organizations/meta/index.md", False),
        ("../../index.md", False),  # the home page
        ("../2021/x.md", True),  # an entry under another year
    ],
)
def test_a_link_to_a_page_of_the_site_is_judged_by_what_the_site_publishes(
    content, write_entry, valid_entry, target, refused
):
    other = valid_entry.replace("Ada Example", "Grace Other").replace("articles/one", "articles/2")
    write_entry(content, "entries/2022/other.md", other)
    body = f"See [the page]({target}).\n"
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.\n", body))
    lines = [str(p) for p in check_content(Layout(content)).problems]
    assert len(lines) == (1 if refused else 0), lines
    if refused:
        assert lines[0].startswith("content/entries/2022/x.md:14: error: body: links to ")


@pytest.mark.parametrize(
    ("target", "refused"),
    [
        ("../later/", "/entries/2022/later/"),  # scheduled for later, by its page's URL
        ("../later", "/entries/2022/later"),
        ("../later/index.html", "/entries/2022/later/"),
        ("../later/#a-heading", "/entries/2022/later/"),
        ("../draft-one/", "/entries/2022/draft-one/"),
        ("../no-such-entry/", "/entries/2022/no-such-entry/"),
        ("../../../people/nobody-quoted/", "/people/nobody-quoted/"),
        ("../../../topics/no-such-topic/", "/topics/no-such-topic/"),
        ("../published/", None),
        ("../../../people/ada-example/", None),
        ("../../../topics/open-source/", None),
        ("../../../organizations/meta/", None),
        ("../../../topics/page/2/", None),  # a listing's later page: not an entry's URL
        ("../../../feed.xml", None),
        # From the domain's root, and under a folder the site may be published in.
        ("/entries/2022/later/", "/entries/2022/later/"),
        ("/digest/entries/2022/draft-one/", "/entries/2022/draft-one/"),
        ("/entries/2022/no-such-entry/index.html", "/entries/2022/no-such-entry/"),
        ("/people/nobody-quoted", "/people/nobody-quoted/"),
        ("/topics/no-such-topic/#top", "/topics/no-such-topic/"),
        ("/entries/2022/published/", None),
        ("/digest/people/ada-example/", None),
        ("/topics/page/2/", None),
        ("/feed.xml", None),
    ],
)
def test_a_link_written_as_a_pages_url_is_judged_as_its_md_link_is(
    content, write_entry, valid_entry, target, refused
):
    """Hostile round 6 (F5): `[x](../later/)` led to an entry scheduled for later (a 404 that
    gives its slug away) where `[x](later.md)` was refused. From the page's own URL,
    /entries/2022/x/."""
    later = valid_entry.replace("date: 2022-09-15", "date: 2022-09-15\nadded: 2099-01-01")
    write_entry(content, "entries/2022/later.md", later.replace("articles/one", "articles/later"))
    draft = valid_entry.replace("date: 2022-09-15", "date: 2022-09-15\ndraft: true")
    write_entry(content, "entries/2022/draft-one.md", draft.replace("articles/one", "articles/d"))
    published = valid_entry.replace("articles/one", "articles/published")
    write_entry(content, "entries/2022/published.md", published)
    body = f"See [the page]({target}).\n"
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.\n", body))
    lines = [str(p) for p in check_content(Layout(content)).problems]
    expected = (
        [
            f"content/entries/2022/x.md:14: error: body: links to {refused!r}, which is not a "
            "published page of the site"
        ]
        if refused
        else []
    )
    assert lines == expected
