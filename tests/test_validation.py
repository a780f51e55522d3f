"""Every validation rule, each with a failing case: the exact line printed and its line number.

Each case edits the valid synthetic entry (see conftest.VALID_ENTRY for its line numbers) and
checks the problems `digest check` would print, in order, and whether the entry stays valid.
"""

from __future__ import annotations

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout

ENTRY = "entries/2022/x.md"
P = f"content/{ENTRY}"


def check(root):
    checked = check_content(Layout(root))
    return checked, [str(problem) for problem in checked.problems]


# (old text, new text, expected problem lines, entry still valid?)
CASES = {
    # --- required fields and types ---------------------------------------------------------
    "missing title": (
        "title: A synthetic entry\n",
        "",
        [f"{P}:2: error: title: is required"],
        False,
    ),
    "title is a number": (
        "title: A synthetic entry",
        "title: 42",
        [f"{P}:2: error: title: must be text, not a number; put it in quotes"],
        False,
    ),
    "title is a YAML boolean": (
        "title: A synthetic entry",
        "title: no",
        [f"{P}:2: error: title: must be text, not true/false; put it in quotes"],
        False,
    ),
    "title left blank": (
        "title: A synthetic entry",
        "title:",
        [f"{P}:2: error: title: must not be empty"],
        False,
    ),
    "title is an empty string": (
        "title: A synthetic entry",
        'title: ""',
        [f"{P}:2: error: title: must not be empty or only whitespace"],
        False,
    ),
    "title on two lines": (
        "title: A synthetic entry",
        'title: "A\\nB"',
        [f"{P}:2: error: title: must be a single line"],
        False,
    ),
    "missing source.publisher": (
        "  publisher: Example News\n",
        "",
        [f"{P}:4: error: source.publisher: is required"],
        False,
    ),
    "source is text": (
        "source:\n  url: https://example.com/articles/one\n  publisher: Example News",
        "source: Example News",
        [f"{P}:4: error: source: must be a mapping of keys to values, not text"],
        False,
    ),
    "topics empty": (
        "topics: [open-source]",
        "topics: []",
        [f"{P}:7: error: topics: must have at least one item"],
        False,
    ),
    "topics not a list": (
        "topics: [open-source]",
        "topics: open-source",
        [f"{P}:7: error: topics: must be a list, not text"],
        False,
    ),
    "topic written as its name": (
        "topics: [open-source]",
        "topics: [Open Source]",
        [
            f"{P}:7: error: topics[0]: 'Open Source' is not a topic's slug: write 'open-source' "
            "(the topic 'Open source')"
        ],
        False,
    ),
    "unknown topic written as a name": (
        "topics: [open-source]",
        "topics: [Agentic AI]",
        [
            f"{P}:7: error: topics[0]: unknown topic 'Agentic AI': write its slug 'agentic-ai' "
            'here; add it with: digest new-topic agentic-ai --name "Agentic AI"'
        ],
        False,
    ),
    "unknown topic whose slug is the site's own": (
        "topics: [open-source]",
        "topics: [page]",
        [
            f"{P}:7: error: topics[0]: unknown topic 'page', and its slug 'page' is the site's own "
            "(/topics/page/<n>/ holds the later pages of the topics listing): write 'page-topic' "
            'here; add it with: digest new-topic page-topic --name "Page"'
        ],
        False,
    ),
    "topic not a slug": (
        "topics: [open-source]",
        "topics: [Open source!]",
        [
            f"{P}:7: error: topics[0]: 'Open source!' is not a topic's slug: write 'open-source' "
            "(the topic 'Open source')"
        ],
        False,
    ),
    "topic with nothing to make a slug of": (
        "topics: [open-source]",
        'topics: ["???"]',
        [
            f"{P}:7: error: topics[0]: '???' is not a slug: use lowercase a-z, 0-9 and "
            "single hyphens, e.g. 'open-source'"
        ],
        False,
    ),
    "organizations not a list": (
        "organizations: [meta]",
        "organizations: meta",
        [f"{P}:8: error: organizations: must be a list, not text"],
        False,
    ),
    "missing quotes": (
        'quotes:\n  - text: "A quote."\n    speaker: Ada Example\n    role: Analyst\n',
        "",
        [f"{P}:2: error: quotes: is required"],
        False,
    ),
    "quotes empty": (
        'quotes:\n  - text: "A quote."\n    speaker: Ada Example\n    role: Analyst',
        "quotes: []",
        [f"{P}:9: error: quotes: must have at least one item"],
        False,
    ),
    "quote without speaker": (
        "    speaker: Ada Example\n",
        "",
        [f"{P}:10: error: quotes[0].speaker: is required"],
        False,
    ),
    "empty quote": (
        '"A quote."',
        '""',
        [f"{P}:10: error: quotes[0].text: must not be empty or only whitespace"],
        False,
    ),
    "whitespace-only quote": (
        '"A quote."',
        '"  \\t "',
        [f"{P}:10: error: quotes[0].text: must not be empty or only whitespace"],
        False,
    ),
    "whitespace-only speaker": (
        "speaker: Ada Example",
        'speaker: "   "',
        [f"{P}:11: error: quotes[0].speaker: must not be empty or only whitespace"],
        False,
    ),
    "whitespace-only publisher": (
        "publisher: Example News",
        'publisher: " "',
        [f"{P}:6: error: source.publisher: must not be empty or only whitespace"],
        False,
    ),
    "whitespace-only organization name": (
        "organizations: [meta]",
        'organizations: [" "]',
        [f"{P}:8: error: organizations[0]: must not be empty or only whitespace"],
        False,
    ),
    "draft not a boolean": (
        "topics: [open-source]",
        "topics: [open-source]\ndraft: maybe",
        [f"{P}:8: error: draft: must be true or false, not 'maybe'"],
        False,
    ),
    "draft is a list": (
        "topics: [open-source]",
        "topics: [open-source]\ndraft: [yes]",
        [f"{P}:8: error: draft: must be true or false, not a list"],
        False,
    ),
    "title is binary": (
        "title: A synthetic entry",
        "title: !!binary aGk=",
        [f"{P}:2: error: title: is tagged !!binary; content is plain YAML: remove the tag"],
        False,
    ),
    # --- unknown keys ------------------------------------------------------------------------
    "typo qoutes": (
        "quotes:",
        "qoutes:",
        [
            f"{P}:2: error: quotes: is required",
            f"{P}:9: error: qoutes: unknown key; did you mean 'quotes'?",
        ],
        False,
    ),
    "typo in source": (
        "  url: https",
        "  ulr: https",
        [
            f"{P}:4: error: source.url: is required",
            f"{P}:5: error: source.ulr: unknown key; did you mean 'url'?",
        ],
        False,
    ),
    "typo in a quote": (
        "    role: Analyst",
        "    rol: Analyst",
        [f"{P}:12: error: quotes[0].rol: unknown key; did you mean 'role'?"],
        False,
    ),
    "unknown key with no near match": (
        "topics: [open-source]",
        "topics: [open-source]\nweather: sunny",
        [f"{P}:8: error: weather: unknown key"],
        False,
    ),
    # --- dates -------------------------------------------------------------------------------
    "date that does not exist": (
        "date: 2022-09-15",
        "date: 2022-02-30",
        [f"{P}:3: error: date: '2022-02-30' is not a real date: day is out of range for month"],
        False,
    ),
    "month 13": (
        "date: 2022-09-15",
        "date: 2022-13-01",
        [f"{P}:3: error: date: '2022-13-01' is not a real date: month must be in 1..12"],
        False,
    ),
    "hour 25": (
        "date: 2022-09-15",
        "date: 2022-09-15T25:00:00Z",
        [f"{P}:3: error: date: '2022-09-15T25:00:00Z' is not a real date: hour must be in 0..23"],
        False,
    ),
    "offset of a day": (
        "date: 2022-09-15",
        "date: 2022-09-15T10:00:00+24:00",
        [
            f"{P}:3: error: date: '2022-09-15T10:00:00+24:00' is not a real date: "
            "the time-zone offset must be less than 24 hours"
        ],
        False,
    ),
    "date in words": (
        "date: 2022-09-15",
        "date: September 15, 2022",
        [f"{P}:3: error: date: 'September 15, 2022' is not written YYYY-MM-DD: write 2022-09-15"],
        False,
    ),
    "date as a number": (
        "date: 2022-09-15",
        "date: 20220915",
        [f"{P}:3: error: date: '20220915' is not written YYYY-MM-DD: write 2022-09-15"],
        False,
    ),
    "date left blank": (
        "date: 2022-09-15",
        "date:",
        [f"{P}:3: error: date: must not be empty"],
        False,
    ),
    "year typo": (
        "date: 2022-09-15",
        "date: 1022-09-15",
        [f"{P}:3: error: date: '1022-09-15' is not between 1900 and 2100; is the year a typo?"],
        False,
    ),
    "bad added": (
        "date: 2022-09-15",
        "date: 2022-09-15\nadded: 2022-09-31",
        [f"{P}:4: error: added: '2022-09-31' is not a real date: day is out of range for month"],
        False,
    ),
    "naive datetime": (
        "date: 2022-09-15",
        "date: 2022-09-15T10:00",
        [
            f"{P}:3: warning: date: has no time zone and is read as UTC; "
            "add one, e.g. 'Z' or '+02:00'"
        ],
        True,
    ),
    "naive added": (
        "date: 2022-09-15",
        "date: 2022-09-15T10:00:00+02:00\nadded: 2022-09-16 08:00:00",
        [
            f"{P}:4: warning: added: has no time zone and is read as UTC; "
            "add one, e.g. 'Z' or '+02:00'"
        ],
        True,
    ),
    "year folder mismatch": (
        "date: 2022-09-15",
        "date: 2021-12-31",
        [f"{P}:3: warning: date: is in 2021 but the file is in the 2022 folder"],
        True,
    ),
    # --- URLs --------------------------------------------------------------------------------
    **{
        f"url {name}": (
            "https://example.com/articles/one",
            url,
            [f"{P}:5: error: source.url: {message}"],
            False,
        )
        for name, url, message in [
            ("javascript:", "javascript:alert(1)", "must be an absolute http:// or https:// URL"),
            ("data:", "data:text/html,hi", "must be an absolute http:// or https:// URL"),
            ("relative", "/articles/one", "must be an absolute http:// or https:// URL"),
            ("relative no slash", "articles/one", "must be an absolute http:// or https:// URL"),
            (
                "protocol-relative",
                "//example.com/articles/one",
                "must be an absolute http:// or https:// URL",
            ),
            ("ftp", "ftp://example.com/one", "must be an absolute http:// or https:// URL"),
            ("no host", "https:///one", "must be an absolute http:// or https:// URL"),
            (
                "double-quote break-out",
                "'https://example.com/a\"onmouseover=\"alert(1)'",
                "contains a character that is not allowed in a URL: '\"'",
            ),
            (
                "single-quote break-out",
                "\"https://example.com/a'onclick='alert(1)\"",
                'contains a character that is not allowed in a URL: "\'"',
            ),
            (
                "angle-bracket break-out",
                "https://example.com/a><script>alert(1)</script>",
                "contains a character that is not allowed in a URL: '>'",
            ),
            (
                "backtick",
                "https://example.com/`a`",
                "contains a character that is not allowed in a URL: '`'",
            ),
            (
                "space",
                '"https://example.com/a b"',
                "contains a character that is not allowed in a URL: ' '",
            ),
            ("broken IPv6 host", "https://[::1/a", "is not a valid URL: invalid IPv6 URL"),
            (
                "port out of range",
                "https://example.com:99999/a",
                "is not a valid URL: port out of range 0-65535",
            ),
        ]
    },
    # --- references --------------------------------------------------------------------------
    "unknown topic": (
        "topics: [open-source]",
        "topics: [open-sauce]",
        [
            f"{P}:7: error: topics[0]: unknown topic 'open-sauce'; did you mean 'open-source'? "
            'Or add it with: digest new-topic open-sauce --name "Open sauce"'
        ],
        False,
    ),
    "unknown topic close to a name": (
        "topics: [open-source]",
        "topics: [open-source, govrnance]",
        [
            f"{P}:7: error: topics[1]: unknown topic 'govrnance'; did you mean 'governance'? "
            'Or add it with: digest new-topic govrnance --name "Govrnance"'
        ],
        False,
    ),
    "unknown organization close to an alias": (
        "organizations: [meta]",
        "organizations: [Facebok]",
        [
            f"{P}:8: error: organizations[0]: unknown organization 'Facebok'; "
            "did you mean 'Facebook' (meta)? Or add it with: digest new-org \"Facebok\""
        ],
        False,
    ),
    "unknown organization with no near match": (
        "organizations: [meta]",
        "organizations: [meta, Zyxwvut]",
        [
            f"{P}:8: error: organizations[1]: unknown organization 'Zyxwvut'"
            '; add it with: digest new-org "Zyxwvut"'
        ],
        False,
    ),
    "unknown quote organization": (
        "    role: Analyst",
        "    role: Analyst\n    organization: Gogle",
        [
            f"{P}:13: error: quotes[0].organization: unknown organization 'Gogle'; "
            "did you mean 'google'? Or add it with: digest new-org \"Gogle\""
        ],
        False,
    ),
    "organization twice": (
        "organizations: [meta]",
        "organizations: [meta, Facebook]",
        [f"{P}:8: warning: organizations[1]: 'Facebook' is listed twice (as 'meta')"],
        True,
    ),
    "topic twice": (
        "topics: [open-source]",
        "topics: [open-source, open-source]",
        [f"{P}:7: warning: topics[1]: 'open-source' is listed twice"],
        True,
    ),
    # --- YAML --------------------------------------------------------------------------------
    "unclosed flow list": (
        "topics: [open-source]",
        "topics: [open-source",
        [
            f"{P}:8: error: yaml: does not parse: did not find expected ',' or ']' "
            "(in the flow sequence that starts on line 7)"
        ],
        False,
    ),
    "bad indentation": (
        "  publisher: Example News",
        "   publisher: Example News",
        [f"{P}:6: error: yaml: does not parse: mapping values are not allowed in this context"],
        False,
    ),
    "tab indentation": (
        "  publisher: Example News",
        "\tpublisher: Example News",
        [
            f"{P}:6: error: yaml: does not parse: found a tab character that violates "
            "indentation (in the plain scalar that starts on line 5)"
        ],
        False,
    ),
    "reserved character": (
        "publisher: Example News",
        "publisher: @example",
        [
            f"{P}:6: error: yaml: does not parse: found '@', which cannot start a value; "
            "put the value in quotes"
        ],
        False,
    ),
    "duplicate key": (
        "topics: [open-source]",
        "topics: [open-source]\ntopics: [governance]",
        [f"{P}:8: error: topics: duplicate key (first on line 7); YAML would keep only the last"],
        False,
    ),
    "number as a key": (
        "topics: [open-source]",
        "topics: [open-source]\n2022: x",
        [f"{P}:8: error: yaml: key '2022' must be text, not a number; put it in quotes"],
        False,
    ),
}


@pytest.mark.parametrize(("old", "new", "expected", "valid"), CASES.values(), ids=CASES.keys())
def test_rule(content, write_entry, valid_entry, old, new, expected, valid):
    assert old in valid_entry
    write_entry(content, ENTRY, valid_entry.replace(old, new, 1))
    checked, lines = check(content)
    assert lines == expected
    assert len(checked.entries) == (1 if valid else 0)
    assert checked.ok is valid


def test_valid_entry_has_no_problems(content, write_entry, valid_entry):
    write_entry(content, ENTRY, valid_entry)
    checked, lines = check(content)
    assert lines == []
    assert [entry.slug for entry in checked.entries] == ["x"]


def test_zoned_datetime_is_valid(content, write_entry, valid_entry):
    text = valid_entry.replace("date: 2022-09-15", "date: 2022-09-15T10:00:00+02:00")
    write_entry(content, ENTRY, text)
    checked, lines = check(content)
    assert lines == []
    assert checked.entries[0].published.utcoffset().total_seconds() == 7200


def test_alias_resolves_to_its_organization(content, write_entry, valid_entry):
    text = valid_entry.replace(
        "organizations: [meta]", "organizations: [Facebook, Amazon Web Services]"
    )
    text = text.replace("    role: Analyst", "    role: Analyst\n    organization: facebook")
    write_entry(content, ENTRY, text)
    checked, lines = check(content)
    assert lines == []
    assert checked.entries[0].organizations == ("meta", "aws")
    assert [q.organization for q in checked.entries[0].quotes] == ["meta"]


def test_every_problem_of_one_entry_at_once(content, write_entry, valid_entry):
    text = (
        valid_entry.replace("title: A synthetic entry", "title: 42")
        .replace("date: 2022-09-15", "date: 2022-02-30")
        .replace("https://example.com/articles/one", "javascript:alert(1)")
        .replace("topics: [open-source]", "topics: [open-sauce]")
        .replace("quotes:", "qoutes:")
        .replace("The body.", "<script>alert(1)</script>")
    )
    write_entry(content, "entries/2022/Bad_Name.md", text)
    _, lines = check(content)
    bad = "content/entries/2022/Bad_Name.md"
    assert lines == [
        f"{bad}:1: error: file name: 'Bad_Name.md' must be <slug>.md with a lowercase a-z0-9- slug",
        f"{bad}:2: error: quotes: is required",
        f"{bad}:2: error: title: must be text, not a number; put it in quotes",
        f"{bad}:3: error: date: '2022-02-30' is not a real date: day is out of range for month",
        f"{bad}:5: error: source.url: must be an absolute http:// or https:// URL",
        f"{bad}:7: error: topics[0]: unknown topic 'open-sauce'; did you mean 'open-source'? "
        'Or add it with: digest new-topic open-sauce --name "Open sauce"',
        f"{bad}:9: error: qoutes: unknown key; did you mean 'quotes'?",
        f"{bad}:14: error: body: <script> is not allowed in a write-up",
    ]


# --- path conventions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        (
            "entries/2022/Upper-Case.md",
            "content/entries/2022/Upper-Case.md:1: error: file name: 'Upper-Case.md' must be "
            "<slug>.md with a lowercase a-z0-9- slug",
        ),
        (
            "entries/2022/café.md",
            "content/entries/2022/café.md:1: error: file name: 'café.md' must be "
            "<slug>.md with a lowercase a-z0-9- slug",
        ),
        (
            "entries/2022/two--hyphens.md",
            "content/entries/2022/two--hyphens.md:1: error: file name: 'two--hyphens.md' must be "
            "<slug>.md with a lowercase a-z0-9- slug",
        ),
        (
            "entries/x.md",
            "content/entries/x.md:1: error: file name: entries live in entries/<YYYY>/<slug>.md, "
            "not 'entries/x.md'",
        ),
        (
            "entries/2022/extra/x.md",
            "content/entries/2022/extra/x.md:1: error: file name: entries live in "
            "entries/<YYYY>/<slug>.md, not 'entries/2022/extra/x.md'",
        ),
        (
            "entries/twenty/x.md",
            "content/entries/twenty/x.md:1: error: file name: entries live in "
            "entries/<YYYY>/<slug>.md, not 'entries/twenty/x.md'",
        ),
    ],
)
def test_file_name_rules(content, write_entry, valid_entry, rel, expected):
    write_entry(content, rel, valid_entry)
    checked, lines = check(content)
    assert lines == [expected]
    assert checked.entries == []


def test_misnamed_entry_file_is_not_silently_ignored(content, write_entry, valid_entry):
    write_entry(content, "entries/2022/x.markdown", valid_entry)
    write_entry(content, "entries/2022/y.MD", valid_entry)
    _, lines = check(content)
    assert lines == [
        "content/entries/2022/x.markdown:1: error: file: is not an entry: "
        "entries are entries/<YYYY>/<slug>.md files",
        "content/entries/2022/y.MD:1: error: file: is not an entry: "
        "entries are entries/<YYYY>/<slug>.md files",
    ]


# --- across the corpus -------------------------------------------------------------------------


def test_duplicate_slug_across_years(content, write_entry, valid_entry):
    write_entry(content, "entries/2022/same.md", valid_entry)
    other = valid_entry.replace("date: 2022-09-15", "date: 2023-01-02").replace(
        "articles/one", "articles/two"
    )
    write_entry(content, "entries/2023/same.md", other)
    checked, lines = check(content)
    assert lines == [
        "content/entries/2022/same.md:1: error: file name: slug 'same' is also used by "
        "content/entries/2023/same.md",
        "content/entries/2023/same.md:1: error: file name: slug 'same' is also used by "
        "content/entries/2022/same.md",
    ]
    assert not checked.ok


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/articles/one",
        "https://www.example.com/articles/one",
        "https://example.com/articles/one/",
        "https://EXAMPLE.com/articles/one",
        "https://example.com/articles/one?utm_source=x&utm_medium=y",
        "https://example.com/articles/one?fbclid=abc",
        "https://example.com/articles/one#comments",
        "http://www.example.com:80/articles/one/?utm_campaign=z&gclid=1#top",
        "https://example.com/articles/one?_ga=2.1234.5678&_gl=1*abc",
        "https://example.com/articles/one?oly_enc_id=1&vero_id=2&wt_mc=3&s_cid=4&ito=5",
    ],
)
def test_same_source_url_after_normalisation(content, write_entry, valid_entry, url):
    write_entry(content, "entries/2022/first.md", valid_entry)
    write_entry(
        content,
        "entries/2022/second.md",
        valid_entry.replace("https://example.com/articles/one", url),
    )
    _, lines = check(content)
    assert lines == [
        "content/entries/2022/first.md:5: error: source.url: the same article is also in "
        "content/entries/2022/second.md",
        "content/entries/2022/second.md:5: error: source.url: the same article is also in "
        "content/entries/2022/first.md",
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/articles/two",
        "https://example.org/articles/one",
        "https://example.com/articles/one?id=2",
        "https://news.example.com/articles/one",
    ],
)
def test_different_articles_are_not_duplicates(content, write_entry, valid_entry, url):
    write_entry(content, "entries/2022/first.md", valid_entry)
    write_entry(
        content,
        "entries/2022/second.md",
        valid_entry.replace("https://example.com/articles/one", url),
    )
    checked, lines = check(content)
    assert lines == []
    assert len(checked.entries) == 2


# --- taxonomy files ----------------------------------------------------------------------------


def _append(path, text):
    with path.open("a", encoding="utf-8") as file:
        file.write(text)
    return sum(1 for _ in path.open(encoding="utf-8"))


def test_taxonomy_bad_slug_key(content):
    last = _append(content / "topics.yml", "Machine Learning:\n  name: Machine learning\n")
    _, lines = check(content)
    assert lines == [
        f"content/topics.yml:{last - 1}: error: Machine Learning: is not a slug: "
        "use lowercase a-z, 0-9 and single hyphens, e.g. 'open-source'"
    ]


def test_taxonomy_unknown_key(content):
    last = _append(content / "topics.yml", "robotics:\n  nmae: Robotics\n")
    _, lines = check(content)
    assert lines == [
        f"content/topics.yml:{last - 1}: error: robotics.name: is required",
        f"content/topics.yml:{last}: error: robotics.nmae: unknown key; did you mean 'name'?",
    ]


def test_taxonomy_bad_org_url(content):
    last = _append(
        content / "organizations.yml",
        "acme:\n  name: Acme\n  url: javascript:alert(1)\n",
    )
    _, lines = check(content)
    assert lines == [
        f"content/organizations.yml:{last}: error: acme.url: "
        "must be an absolute http:// or https:// URL"
    ]


def test_taxonomy_alias_naming_two_organizations(content):
    last = _append(
        content / "organizations.yml",
        "zuck-corp:\n  name: Zuck Corp\n  aliases: [Facebook]\n",
    )
    _, lines = check(content)
    assert lines == [
        f"content/organizations.yml:{last}: error: zuck-corp.aliases[0]: "
        "'Facebook' already names organization 'meta'"
    ]


def test_taxonomy_name_clashing_with_another_slug(content):
    last = _append(content / "organizations.yml", "meta-2:\n  name: meta\n")
    _, lines = check(content)
    assert lines == [
        f"content/organizations.yml:{last}: error: meta-2.name: "
        "'meta' already names organization 'meta'"
    ]


@pytest.mark.parametrize("name", ["topics", "organizations"])
def test_taxonomy_missing_file(content, name):
    (content / f"{name}.yml").unlink()
    _, lines = check(content)
    assert lines == [
        f"content/{name}.yml:1: error: file: is missing: the {name} taxonomy is required"
    ]


def test_taxonomy_not_a_mapping(content):
    (content / "topics.yml").write_text("- ai\n- ml\n", encoding="utf-8")
    _, lines = check(content)
    assert lines == [
        "content/topics.yml:1: error: file: must be a mapping of slug: record, not a list"
    ]


def test_taxonomy_yaml_error(content):
    (content / "topics.yml").write_text("ai:\n  name: [AI\n", encoding="utf-8")
    _, lines = check(content)
    assert lines == [
        "content/topics.yml:3: error: yaml: does not parse: did not find expected ',' or ']' "
        "(in the flow sequence that starts on line 2)"
    ]


@pytest.mark.parametrize(
    ("name", "broken", "expected"),
    [
        (
            "topics",
            "[unclosed\n",
            "content/topics.yml:2: error: yaml: does not parse: did not find expected ',' or ']' "
            "(in the flow sequence that starts on line 1)",
        ),
        (
            "organizations",
            "- a list\n",
            "content/organizations.yml:1: error: file: must be a mapping of slug: record, "
            "not a list",
        ),
        (
            "organizations",
            None,
            "content/organizations.yml:1: error: file: is missing: "
            "the organizations taxonomy is required",
        ),
    ],
)
def test_broken_taxonomy_is_reported_once_not_per_entry(
    content, write_entry, valid_entry, name, broken, expected
):
    for i in range(3):
        write_entry(content, f"entries/2022/e{i}.md", valid_entry.replace("one", str(i)))
    path = content / f"{name}.yml"
    if broken is None:
        path.unlink()
    else:
        path.write_text(broken, encoding="utf-8")
    checked, lines = check(content)
    assert lines == [expected]
    assert checked.entries == []


def test_taxonomy_problem_fails_an_otherwise_valid_corpus(content, write_entry, valid_entry):
    write_entry(content, ENTRY, valid_entry)
    _append(content / "topics.yml", "Bad Slug:\n  name: Bad\n")
    checked, _ = check(content)
    assert not checked.ok


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        ('  name: " "\n', "name", "must not be empty or only whitespace"),
        (
            '  name: Acme\n  aliases: ["", Acme Corp]\n',
            "aliases[0]",
            "must not be empty or only whitespace",
        ),
        ("  name: Acme\n  aliases: Acme Corp\n", "aliases", "must be a list, not text"),
        ('  name: "Acme\\u0007"\n', "name", "contains the control character U+0007"),
    ],
)
def test_taxonomy_empty_and_broken_names(content, record, field, message):
    path = content / "organizations.yml"
    start = _append(path, "acme:\n") + 1
    last = _append(path, record)
    line = last if field != "name" else start
    _, lines = check(content)
    assert lines == [f"content/organizations.yml:{line}: error: acme.{field}: {message}"]


@pytest.mark.parametrize("name", ["FACEBOOK", "facebook", "Ｆａｃｅｂｏｏｋ", " Meta Platforms "])
def test_organization_names_compare_case_and_width_insensitively(
    content, write_entry, valid_entry, name
):
    write_entry(
        content, ENTRY, valid_entry.replace("organizations: [meta]", f"organizations: ['{name}']")
    )
    checked, lines = check(content)
    assert lines == []
    assert checked.entries[0].organizations == ("meta",)


def test_alias_clash_in_another_unicode_form(content):
    path = content / "organizations.yml"
    _append(path, "cafe-one:\n  name: Caf\u00e9 One\n")
    last = _append(path, "cafe-two:\n  name: Cafe Two\n  aliases: [Cafe\u0301 One]\n")
    _, lines = check(content)
    assert lines == [
        f"content/organizations.yml:{last}: error: cafe-two.aliases[0]: "
        "'Cafe\u0301 One' already names organization 'cafe-one'"
    ]


def test_added_before_the_article_date_is_a_warning(content, write_entry, valid_entry):
    write_entry(
        content,
        "entries/2022/early.md",
        valid_entry.replace("date: 2022-09-15", "date: 2022-09-15\nadded: 2022-09-14"),
    )
    checked, lines = check(content)
    assert lines == [
        "content/entries/2022/early.md:4: warning: added: is before the article's date "
        "(2022-09-15); is one of them a typo?"
    ]
    assert checked.ok


def test_an_empty_write_up_is_a_warning(content, write_entry, valid_entry):
    scaffolded = valid_entry.replace(
        "The body.\n", "<!-- Your write-up. Delete this comment. -->\n"
    )
    write_entry(content, "entries/2022/empty.md", scaffolded)
    checked, lines = check(content)
    assert lines == [
        "content/entries/2022/empty.md:14: warning: body: the write-up is empty: say in your own "
        "words what the article says"
    ]
    assert checked.ok


def _checked_body(content, write_entry, valid_entry, body: list[str]):
    """`body`'s lines as the valid entry's write-up, checked: (problem lines, the line of the
    file each written body line is on)."""
    text = valid_entry.rstrip("\n") + "\n\n" + "\n".join(body) + "\n"
    write_entry(content, ENTRY, text)
    _, lines = check(content)
    numbered = text.split("\n")
    return lines, lambda written: numbered.index(written) + 1


def test_each_body_problem_points_at_its_own_line(content, write_entry, valid_entry):
    """A problem is found by how it is written (`<img src=x`, `](javascript:`), not by the
    first place its value occurs: an `x` in an earlier link's text is not the image."""
    body = [
        "[x](https://example.com/)",
        "",
        "<img src=x>",
        "",
        '<a href="&#106;avascript:alert(1)">a</a>',
        "",
        "[y](javascript:alert(1))",
        "",
        '<b onclick="go()">bold</b>',
    ]
    lines, line = _checked_body(content, write_entry, valid_entry, body)
    assert lines == [
        f"{P}:{line('<img src=x>')}: error: body: image 'x' is not a file of the site: "
        "images go in content/images/",
        f"{P}:{line(body[4])}: error: body: href='javascript:alert(1)' on <a> is not allowed: "
        "links must be http(s) or relative (2 times)",
        f"{P}:{line(body[8])}: error: body: event handler onclick= on <b> is not allowed",
    ]


def test_an_entry_names_a_bounded_number_of_organizations_and_topics(
    content, write_entry, valid_entry
):
    """Each reference is resolved against every name of the taxonomy (with a suggestion for
    an unknown one): an entry holds at most 30 organizations and 20 topics, and no more than
    those are looked up, so one file cannot make the check slow."""
    names = [f"Unknown Maker {i}" for i in range(40)]
    text = valid_entry.replace("organizations: [meta]", f"organizations: {names}".replace("'", '"'))
    assert text != valid_entry
    write_entry(content, ENTRY, text)
    _, lines = check(content)
    unknown = [line for line in lines if "unknown organization" in line]
    assert len(unknown) == 30
    assert any("organizations: " in line and "at most 30" in line for line in lines), lines


def test_a_link_is_found_by_its_markdown_form_not_by_its_address_in_a_code_span(
    content, write_entry, valid_entry
):
    body = ["Text `javascript:alert(1)` here.", "", "[z](javascript:alert(1))"]
    lines, line = _checked_body(content, write_entry, valid_entry, body)
    assert lines == [
        f"{P}:{line(body[2])}: error: body: href='javascript:alert(1)' on <a> is not allowed: "
        "links must be http(s) or relative"
    ]


def test_an_id_longer_than_128_characters_is_refused(content, write_entry, valid_entry):
    text = valid_entry.rstrip("\n") + "\n\n## Title {: id='" + "a" * 129 + "' }\n"
    write_entry(content, ENTRY, text)
    _, lines = check(content)
    assert [line.split(": error: body: ", 1)[1] for line in lines] == [
        "id '" + "a" * 39 + "…' on <h2> may hold only letters, digits and - _ . :"
    ]


def test_a_markdown_image_is_named_and_found_as_it_was_written(content, write_entry, valid_entry):
    """`![pic](x)` is rewritten relative to the page before it is judged: the editor is told
    of `x`, at its own line, not of the rewritten path or of an earlier `x`."""
    body = ["[x](https://example.com/)", "", "![pic](x)"]
    lines, line = _checked_body(content, write_entry, valid_entry, body)
    assert lines == [
        f"{P}:{line(body[2])}: error: body: image 'x' is not a file of the site: images go in "
        "content/images/"
    ]


def test_a_written_id_and_a_character_reference_are_both_said_at_their_lines(
    content, write_entry, valid_entry
):
    """Every problem of a write-up at once: an attribute list's id (found by its value, not by
    the first "id" in the text) and a reference to a control character after it."""
    body = ["Ideas first.", "", "## Next {: id='a\"><b>' }", "", "Red &#x1B;[31m."]
    lines, line = _checked_body(content, write_entry, valid_entry, body)
    assert lines == [
        f"{P}:{line(body[2])}: error: body: id 'a\"><b>' on <h2> may hold only letters, "
        "digits and - _ . :",
        f"{P}:{line(body[4])}: error: body: has a character reference to U+001B, a control or "
        "invisible character that is not allowed",
    ]


def test_too_many_topics_is_said_in_the_editors_words(content, write_entry, valid_entry):
    """Not pydantic's "List should have at most 20 items after validation, not 22"."""
    topics = ", ".join(["open-source"] * 22)
    write_entry(content, ENTRY, valid_entry.replace("topics: [open-source]", f"topics: [{topics}]"))
    lines = [str(p) for p in check_content(Layout(content)).problems]
    assert f"{P}:7: error: topics: has 22 items; at most 20 are allowed" in lines, lines
    assert not any("validation" in line or "List should" in line for line in lines), lines
