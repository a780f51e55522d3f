"""The loader: files to data with the line of every key, refusing what YAML would silently accept.

Every case goes through `check_content`, as `digest check` and the MkDocs build do, and checks the
exact lines printed.
"""

from __future__ import annotations

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout
from digest.content.loader import MAX_FILE_BYTES, load_markdown

ENTRY = "entries/2022/x.md"
P = f"content/{ENTRY}"


def lines_for(root):
    checked = check_content(Layout(root))
    return checked, [str(problem) for problem in checked.problems]


def test_bom_and_crlf_are_valid(content, write_entry, valid_entry):
    data = b"\xef\xbb\xbf" + valid_entry.replace("\n", "\r\n").encode()
    write_entry(content, ENTRY, data)
    checked, lines = lines_for(content)
    assert lines == []
    assert checked.entries[0].title == "A synthetic entry"
    assert checked.entries[0].writeup.html == "<p>The body.</p>"


def test_bom_and_crlf_keep_line_numbers(content, write_entry, valid_entry):
    text = valid_entry.replace("speaker: Ada Example", 'speaker: ""').replace(
        "The body.", "Fine.\n\n<script>x</script>"
    )
    write_entry(content, ENTRY, b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    _, lines = lines_for(content)
    assert lines == [
        f"{P}:11: error: quotes[0].speaker: must not be empty or only whitespace",
        f"{P}:16: error: body: <script> is not allowed in a write-up",
    ]


def test_old_mac_line_endings(content, write_entry, valid_entry):
    write_entry(
        content, ENTRY, valid_entry.replace("date: 2022-09-15", "date: x").replace("\n", "\r")
    )
    _, lines = lines_for(content)
    assert lines == [f"{P}:3: error: date: 'x' is not a date (YYYY-MM-DD) or an ISO 8601 datetime"]


def test_blank_lines_and_comments_after_the_opening_line(content, write_entry, valid_entry):
    text = valid_entry.replace("---\n", "---\n\n  \n# a comment\n", 1)
    write_entry(content, ENTRY, text.replace("title: A synthetic entry", "title: 7"))
    _, lines = lines_for(content)
    assert lines == [f"{P}:5: error: title: must be text, not a number; put it in quotes"]


def test_schema_comment_line_and_trailing_spaces_on_boundaries(content, write_entry, valid_entry):
    text = valid_entry.replace(
        "---\n", "---  \n# yaml-language-server: $schema=../../../schema/entry.schema.json\n", 1
    ).replace("\n---\n", "\n----\n")
    write_entry(content, ENTRY, text)
    checked, lines = lines_for(content)
    assert lines == []
    assert checked.entries[0].writeup.html == "<p>The body.</p>"


def test_body_lines_count_from_the_file_start(content, write_entry, valid_entry):
    text = valid_entry.replace("The body.", "One.\n\nTwo.\n\n[x](javascript:alert(1))")
    write_entry(content, ENTRY, text)
    doc, _ = load_markdown(content / ENTRY)
    assert doc.body_line == 14
    _, lines = lines_for(content)
    assert lines == [
        f"{P}:18: error: body: href='javascript:alert(1)' on <a> is not allowed: "
        "links must be http(s) or relative"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "1: error: front matter: missing: the file must start with a '---' line"),
        (
            "title: x\n---\nbody\n",
            "1: error: front matter: missing: the file must start with a '---' line",
        ),
        (
            "\n---\ntitle: x\n---\n",
            "1: error: front matter: missing: the file must start with a '---' line",
        ),
        (
            "---\ntitle: x\nbody\n",
            "1: error: front matter: is not closed: add a '---' line after it",
        ),
        ("---\n---\nbody\n", "1: error: front matter: is empty"),
        ("---\n# only a comment\n---\nbody\n", "1: error: front matter: is empty"),
        (
            "---\n- title: x\n- date: 2022-09-15\n---\n",
            "2: error: front matter: must be a mapping of keys to values, not a list",
        ),
        (
            "---\njust a sentence\n---\n",
            "2: error: front matter: must be a mapping of keys to values, not text",
        ),
        (
            "---\n42\n---\n",
            "2: error: front matter: must be a mapping of keys to values, not a number",
        ),
    ],
    ids=[
        "empty file",
        "no opening line",
        "blank line before the opening line",
        "not closed",
        "empty",
        "only a comment",
        "a list",
        "a sentence",
        "a number",
    ],
)
def test_front_matter_shape(content, write_entry, text, expected):
    write_entry(content, ENTRY, text)
    checked, lines = lines_for(content)
    assert lines == [f"{P}:{expected}"]
    assert checked.entries == []


def test_a_number_longer_than_python_reads_is_said_in_the_editors_words(
    content, write_entry, valid_entry
):
    write_entry(
        content, ENTRY, valid_entry.replace("title: A synthetic entry", "title: " + "9" * 5000)
    )
    _, lines = lines_for(content)
    assert len(lines) == 1
    assert lines[0].endswith(
        "error: yaml: does not parse: a number has more than 4,300 digits; put it in quotes if "
        "it is text"
    ), lines
    assert "sys." not in lines[0]


def test_duplicate_keys_are_refused(content, write_entry, valid_entry):
    text = valid_entry.replace(
        "  publisher: Example News", "  publisher: Example News\n  url: https://example.com/b"
    )
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    assert lines == [
        f"{P}:7: error: source.url: duplicate key (first on line 5); YAML would keep only the last"
    ]


def test_duplicate_keys_written_differently(content, write_entry, valid_entry):
    text = valid_entry.replace("topics: [open-source]", 'topics: [open-source]\n"title": Other')
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    assert lines == [
        f"{P}:8: error: title: duplicate key (first on line 2); YAML would keep only the last"
    ]


def test_alias_is_refused_at_its_line(content, write_entry, valid_entry):
    text = valid_entry.replace("title: A synthetic entry", "title: &t A synthetic entry").replace(
        "publisher: Example News", "publisher: *t"
    )
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    assert lines == [f"{P}:6: error: yaml: aliases (*name) are not allowed; write the value out"]


def test_billion_laughs_is_refused(content, write_entry):
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    write_entry(content, ENTRY, "---\n" + "\n".join(levels) + "\n---\n")
    checked, lines = lines_for(content)
    assert lines == [f"{P}:3: error: yaml: aliases (*name) are not allowed; write the value out"]
    assert checked.entries == []


def test_merge_keys_are_refused(content, write_entry):
    write_entry(content, ENTRY, "---\nbase: &b {title: x}\n<<: *b\n---\n")
    _, lines = lines_for(content)
    assert lines == [f"{P}:3: error: yaml: aliases (*name) are not allowed; write the value out"]


def test_complex_keys_are_refused_and_the_rest_is_still_checked(content, write_entry):
    """A list or mapping as a key is said at its line and left out; the file's other problems
    are listed in the same run (here a misspelt key and fields the schema requires)."""
    text = "---\ntitle: x\n? [a, b]\n: c\n? {k: v}\n: d\nqoutes: []\n---\nBody.\n"
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    refused = "yaml: keys must be plain names (no merge keys, lists or mappings as keys)"
    assert f"{P}:3: error: {refused}" in lines
    assert f"{P}:5: error: {refused}" in lines
    assert f"{P}:7: error: qoutes: unknown key; did you mean 'quotes'?" in lines
    assert f"{P}:2: error: quotes: is required" in lines


@pytest.mark.parametrize(
    ("key", "kind"),
    [("1", "a number"), ("1.5", "a number"), ("true", "true/false"), ("~", "empty")],
)
def test_keys_must_be_text(content, write_entry, valid_entry, key, kind):
    write_entry(content, ENTRY, valid_entry.replace("title:", f"{key}: y\ntitle:"))
    _, lines = lines_for(content)
    assert lines == [f"{P}:2: error: yaml: key {key!r} must be text, not {kind}; put it in quotes"]


def test_python_tags_are_refused(content, write_entry, valid_entry):
    tagged = "title: !!python/object/apply:os.system ['true']"
    write_entry(content, ENTRY, valid_entry.replace("title: A synthetic entry", tagged))
    checked, lines = lines_for(content)
    # Refused once, at its line: not again as a missing title.
    assert lines == [
        f"{P}:2: error: title: is tagged !!python/object/apply:os.system; content is plain "
        "YAML: remove the tag"
    ]
    assert checked.entries == []


@pytest.mark.parametrize(
    ("front", "refused"),
    [
        (
            "title: x\ntitle: y\ndate: 2023-01-01",
            "3: error: title: duplicate key (first on line 2); YAML would keep only the last",
        ),
        (
            "title: !!python/object/apply:os.system ['true']\ndate: 2023-01-01",
            "2: error: title: is tagged !!python/object/apply:os.system; content is plain YAML: "
            "remove the tag",
        ),
        (
            "title: x\n2023: y\ndate: 2023-01-01",
            "3: error: yaml: key '2023' must be text, not a number; put it in quotes",
        ),
    ],
)
def test_a_refused_value_does_not_hide_the_files_other_problems(
    content, write_entry, front, refused
):
    write_entry(content, ENTRY, f"---\n{front}\n---\nbody\n")
    checked, lines = lines_for(content)
    assert sorted(lines) == sorted(
        [
            f"{P}:{refused}",
            f"{P}:2: error: source: is required",
            f"{P}:2: error: topics: is required",
            f"{P}:2: error: quotes: is required",
        ]
    )
    assert checked.entries == []


@pytest.mark.parametrize(
    ("value", "tag", "instead"),
    [
        ("!!set {open-source, governance}", "!!set", "write a plain YAML list instead"),
        ("!!omap [{a: 1}]", "!!omap", "write a plain YAML list instead"),
        ("!!pairs [{a: 1}]", "!!pairs", "write a plain YAML list instead"),
        ("!!binary aGVsbG8=", "!!binary", "content is plain YAML: remove the tag"),
        ("!custom x", "!custom", "content is plain YAML: remove the tag"),
    ],
)
def test_yaml_types_beyond_plain_data_are_refused(
    content, write_entry, valid_entry, value, tag, instead
):
    """`topics: !!set {...}` once passed the check and crashed the build."""
    write_entry(content, ENTRY, valid_entry.replace("topics: [open-source]", f"topics: {value}"))
    checked, lines = lines_for(content)
    assert lines == [f"{P}:7: error: topics: is tagged {tag}; {instead}"]
    assert checked.entries == []


def test_deep_nesting_is_refused(content, write_entry):
    write_entry(content, ENTRY, "---\ntitle: " + "[" * 200 + "]" * 200 + "\n---\n")
    _, lines = lines_for(content)
    assert lines == [f"{P}:2: error: yaml: is nested more than 32 levels deep; refusing to read it"]


def test_too_many_values_are_refused(content, write_entry):
    write_entry(content, ENTRY, "---\ntopics: [" + ",".join(["a"] * 30_000) + "]\n---\n")
    _, lines = lines_for(content)
    assert lines == [f"{P}:2: error: yaml: has more than 20,000 values; refusing to read it"]


def test_binary_file_named_md(content, write_entry):
    write_entry(content, ENTRY, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    checked, lines = lines_for(content)
    assert lines == [f"{P}:1: error: file: is binary, not a UTF-8 text file"]
    assert checked.entries == []


def test_invalid_utf8_points_at_its_line(content, write_entry, valid_entry):
    data = valid_entry.encode().replace(b"Example News", b"Caf\xe9 News")
    write_entry(content, ENTRY, data)
    _, lines = lines_for(content)
    offset = data.index(b"\xe9")
    assert lines == [f"{P}:6: error: file: is not valid UTF-8 (byte {offset})"]


def test_file_over_the_size_limit(content, write_entry, valid_entry):
    size = MAX_FILE_BYTES + 1000
    text = valid_entry + "x" * (size - len(valid_entry.encode()))
    write_entry(content, ENTRY, text)
    checked, lines = lines_for(content)
    assert lines == [f"{P}:1: error: file: is {size:,} bytes; the limit is 524,288"]
    assert checked.entries == []


def test_file_just_under_the_size_limit_is_read(content, write_entry, valid_entry):
    padding = "# " + "x" * (MAX_FILE_BYTES - len(valid_entry.encode()) - 3) + "\n"
    text = valid_entry.replace("---\n", "---\n" + padding, 1)
    assert len(text.encode()) == MAX_FILE_BYTES
    write_entry(content, ENTRY, text)
    checked, lines = lines_for(content)
    assert lines == []
    assert len(checked.entries) == 1


def test_a_body_over_its_own_limit_is_refused_at_its_first_line(content, write_entry, valid_entry):
    text = valid_entry.replace("The body.", "word " * 13_200)
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    assert lines == [
        f"{P}:14: error: body: is 66,001 characters long; the limit is 65,536 "
        "(link to the article for the rest)"
    ]


@pytest.mark.parametrize(
    ("char", "code"),
    [("\x07", "0007"), ("\x1b", "001B"), ("\x85", "0085"), ("\u2028", "2028"), ("\ufffe", "FFFE")],
)
def test_raw_control_characters_in_front_matter(content, write_entry, valid_entry, char, code):
    text = valid_entry.replace("Ada Example", f"Ada{char}Example")
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    assert lines == [
        f"{P}:11: error: yaml: contains the control character U+{code}, "
        "which is not allowed in content"
    ]


def test_taxonomy_duplicate_slug(content):
    path = content / "topics.yml"
    path.write_text("ai:\n  name: AI\nml:\n  name: ML\nai:\n  name: Again\n", encoding="utf-8")
    _, lines = lines_for(content)
    assert lines == [
        "content/topics.yml:5: error: ai: duplicate key (first on line 1); "
        "YAML would keep only the last"
    ]


def test_every_key_has_its_line(content, write_entry, valid_entry):
    write_entry(content, ENTRY, valid_entry)
    doc, problems = load_markdown(content / ENTRY)
    assert problems == []
    assert {
        key: doc.lines[key] for key in [("title",), ("source", "url"), ("quotes", 0, "role")]
    } == {
        ("title",): 2,
        ("source", "url"): 5,
        ("quotes", 0, "role"): 12,
    }
    assert doc.data["date"] == "2022-09-15"  # dates stay text; the schema parses them


@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_quote_left_open_is_reported_where_it_opened(content, write_entry, valid_entry, quote):
    """libyaml notices a forgotten closing quote only lines later; the editor is sent to the
    line where the quote opened (line 2 here), not to where the file stopped making sense."""
    text = valid_entry.replace("title: A synthetic entry", f"title: {quote}A synthetic entry")
    if quote == "'":  # a later single quote closes it, as an apostrophe would
        text = text.replace("role: Analyst", "role: Analyst at Ada's")
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    assert len(lines) == 1, lines
    assert lines[0].startswith(
        f"{P}:2: error: yaml: does not parse: the value in quotes that starts on this line is "
        f"not closed on it (a {quote} missing?)"
    ), lines


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_an_empty_write_up_is_said_at_a_line_of_the_file(
    content, write_entry, valid_entry, newline
):
    """Front matter alone (13 lines, the last the closing `---`): the warning's line is one
    GitHub can annotate, the closing `---`, never a line past the end."""
    text = valid_entry.replace("The body.\n", "").replace("\n", newline)
    write_entry(content, ENTRY, text)
    _, lines = lines_for(content)
    expected = "warning: body: the write-up is empty: say in your own words what the article says"
    assert lines == [f"{P}:13: {expected}"]
