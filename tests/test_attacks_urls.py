"""Hostile input, round three (issue 26): URLs as a browser reads them.

Every URL from content (source, archive, an organization's, links and images in a write-up) is
read the way the WHATWG URL standard does, then judged: links http(s) to public hosts without
credentials, images files of the site under images/, duplicates compared on that reading.
Each attack of the issue has a test of its own here, through `digest check` (the same
validation `mkdocs build` runs).
"""

from __future__ import annotations

import json

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout

ENTRY = "entries/2022/x.md"
P = f"content/{ENTRY}"


def lines(root):
    return [str(problem) for problem in check_content(Layout(root)).problems]


def with_url(valid_entry: str, url: str) -> str:
    return valid_entry.replace("https://example.com/articles/one", json.dumps(url))


# --- source URLs: the inside of the network ----------------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/iam/", "169.254.169.254 is a link-local address"),
        ("http://127.0.0.1:2375/containers/json", "127.0.0.1 is a loopback address"),
        ("http://0x7f.1/", "127.0.0.1 is a loopback address"),  # the browser's reading
        ("http://2130706433/admin", "127.0.0.1 is a loopback address"),
        ("http://[::ffff:169.254.169.254]/", "[::ffff:a9fe:a9fe] is a link-local address"),
        ("http://[::1]:8080/", "[::1] is a loopback address"),
        # IPv4-compatible IPv6 (deprecated, still routed by some stacks) and the rest of ::/8
        ("http://[::127.0.0.1]/a", "[::7f00:1] is a loopback address"),
        ("http://[::10.0.0.7]/", "[::a00:7] is a private address"),
        ("http://[::8.8.8.8]/", "[::808:808] is a reserved address"),
        ("http://10.0.0.7/wiki", "10.0.0.7 is a private address"),
        ("https://192.168.1.1/", "192.168.1.1 is a private address"),
        ("http://localhost:8000/", "localhost is a local or reserved name, not a public host"),
        ("http://localhost.:8000/", "localhost. is a local or reserved name, not a public host"),
        ("http://wiki/start", "wiki is not a public host name (it has no dot)"),
        ("http://app.localhost/", "app.localhost is a local or reserved name, not a public host"),
        (
            "http://metadata.google.internal/computeMetadata/v1/",
            "metadata.google.internal is a local or reserved name, not a public host",
        ),
    ],
)
def test_a_source_on_an_inside_host_is_refused(content, write_entry, valid_entry, url, reason):
    write_entry(content, ENTRY, with_url(valid_entry, url))
    assert lines(content) == [f"{P}:5: error: source.url: must point at the public web: {reason}"]


def test_an_archive_on_an_inside_host_is_refused(content, write_entry, valid_entry):
    entry = valid_entry.replace(
        "  publisher: Example News",
        "  publisher: Example News\n  archive: http://127.0.0.1:8080/x",
    )
    write_entry(content, ENTRY, entry)
    assert (
        f"{P}:7: error: source.archive: must point at the public web: "
        "127.0.0.1 is a loopback address"
    ) in lines(content)


def test_an_organization_url_on_an_inside_host_is_refused(content):
    path = content / "organizations.yml"
    with path.open("a", encoding="utf-8") as file:
        file.write("acme:\n  name: Acme\n  url: http://169.254.169.254/\n")
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert lines(content) == [
        f"content/organizations.yml:{line}: error: acme.url: must point at the public web: "
        "169.254.169.254 is a link-local address"
    ]


# --- credentials and look-alike hosts --------------------------------------------------------


def test_credentials_in_a_source_url_are_refused(content, write_entry, valid_entry):
    write_entry(content, ENTRY, with_url(valid_entry, "https://openai.com@evil.example/news"))
    assert lines(content) == [
        f"{P}:5: error: source.url: must not carry a user name or password before '@': a "
        "browser goes to evil.example, not to what comes before the '@'"
    ]


def test_an_idn_host_must_be_written_in_punycode(content, write_entry, valid_entry):
    """'оpenai.com' with a Cyrillic 'о': the error shows reviewers the punycode."""
    write_entry(content, ENTRY, with_url(valid_entry, "https://оpenai.com/blog/x"))
    assert lines(content) == [
        f"{P}:5: error: source.url: has the internationalised host оpenai.com: write it as "
        "browsers send it, https://xn--penai-iye.com/blog/x, so that reviewers see any "
        "look-alike letters"
    ]


def test_a_punycode_host_is_shown_to_reviewers_with_its_letters(content, write_entry, valid_entry):
    write_entry(content, ENTRY, with_url(valid_entry, "https://xn--penai-iye.com/blog/x"))
    assert lines(content) == [
        f"{P}:5: warning: source.url: the host xn--penai-iye.com is the internationalised name "
        "'оpenai.com' (Cyrillic letters among Latin ones): check that it is the publisher's own"
    ]


# --- duplicates on the browser's reading ------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "https://thenewstack.io./pytorch-takes-ai-ml-back/",  # the root's trailing dot
        "https://thenewstack%2Eio/pytorch-takes-ai-ml-back",  # a percent-encoded host
        "https://THENEWSTACK.io/pytorch%2Dtakes-ai-ml-back",  # an escaped unreserved letter
        "https://www.thenewstack.io:443/pytorch-takes-ai-ml-back?utm_source=x",
    ],
)
def test_the_same_article_is_found_under_another_spelling(
    content, write_entry, valid_entry, second
):
    first = "https://thenewstack.io/pytorch-takes-ai-ml-back/"
    write_entry(content, "entries/2022/a.md", with_url(valid_entry, first))
    write_entry(content, "entries/2022/b.md", with_url(valid_entry, second))
    found = lines(content)
    assert "content/entries/2022/b.md:5: error: source.url: the same article is also in " in (
        "\n".join(found)
    ), found


# --- a URL that feeds and their schemas accept -------------------------------------------------


@pytest.mark.parametrize(
    ("url", "char", "suggestion"),
    [
        ("https://example.com/a]b", "']'", "https://example.com/a%5Db"),
        ("https://example.com/list?ids[]=1", "'['", "https://example.com/list?ids%5B%5D=1"),
        ("https://example.com/a|b", "'|'", "https://example.com/a%7Cb"),
        ("https://example.com/Künstliche", "'ü'", "https://example.com/K%C3%BCnstliche"),
    ],
)
def test_characters_a_uri_cannot_hold_are_refused(
    content, write_entry, valid_entry, url, char, suggestion
):
    """`]` passed the URL rule and made feed.json fail the JSON Feed schema (format: uri)."""
    write_entry(content, ENTRY, with_url(valid_entry, url))
    assert lines(content) == [
        f"{P}:5: error: source.url: contains {char}, which a URL must percent-encode; write it "
        f"as browsers send it: {suggestion}"
    ]


# --- the write-up: links and images as the browser resolves them -------------------------------

NOT_A_FILE = "is not a file of the site: images go in content/images/"


@pytest.mark.parametrize(
    "body",
    [
        '<img src="\\\\evil.example/../../../../about.md" alt="x">',  # the pixel
        '<img src="\\/evil.example/pixel.png" alt="x">',
        '<img src="/\\evil.example/pixel.png" alt="x">',
        '<img src="&#92;&#92;evil.example/pixel.png" alt="x">',
        '<img src=" \t\\\\evil.example/pixel.png" alt="x">',
        "![x](\\\\\\\\evil.example/../../../../about.md)",  # the Markdown form
        "![x](\\\\\\\\evil.example/pixel.png)",
    ],
)
def test_a_backslash_image_is_not_a_file_of_the_site(content, write_entry, valid_entry, body):
    write_entry(content, ENTRY, valid_entry.replace("The body.", body))
    found = lines(content)
    assert len(found) == 1 and found[0].startswith(f"{P}:14: error: body: image "), found
    assert found[0].endswith(NOT_A_FILE), found


@pytest.mark.parametrize(
    "body",
    [
        "![chart](../../about.md)",  # a page, not an image: passes MkDocs, fails Zensical
        '<img src="../../../about/" alt="x">',
        "![chart](../../topics.yml)",
        "![chart](../../entries/2022/x.md)",
    ],
)
def test_an_image_must_be_an_image_file_under_images(content, write_entry, valid_entry, body):
    (content / "about.md").write_text("# About\n", encoding="utf-8")
    write_entry(content, ENTRY, valid_entry.replace("The body.", f"A chart.\n\n{body}"))
    found = [line for line in lines(content) if line.startswith(P)]
    assert len(found) == 1 and found[0].startswith(f"{P}:16: error: body: image "), found
    assert found[0].endswith(NOT_A_FILE), found


def test_an_image_under_images_is_still_fine(content, write_entry, valid_entry):
    (content / "images").mkdir()
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (1).to_bytes(4, "big") * 2 + b"\x08\x06"
    (content / "images/a.png").write_bytes(png + b"\x00" * 16)
    body = 'Text.\n\n![a chart](../../images/a.png)\n\n<img src="../../../images/a.png" alt="b">'
    write_entry(content, ENTRY, valid_entry.replace("The body.", body))
    assert lines(content) == []


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("[metadata](http://169.254.169.254/latest/meta-data/)", "169.254.169.254"),
        ('<a href="\\\\127.0.0.1:2375/containers">x</a>', "127.0.0.1"),
        ('<a href="http://0x7f.1/">x</a>', "127.0.0.1"),
        ("<http://localhost:8080/admin>", "localhost"),
    ],
)
def test_a_link_to_an_inside_host_is_refused(content, write_entry, valid_entry, body, host):
    write_entry(content, ENTRY, valid_entry.replace("The body.", body))
    found = lines(content)
    assert len(found) == 1 and found[0].startswith(f"{P}:14: error: body: "), found
    assert "public web" in found[0] and host in found[0], found


def test_a_link_with_credentials_is_refused(content, write_entry, valid_entry):
    body = "Read [OpenAI's post](https://openai.com@evil.example/blog)."
    write_entry(content, ENTRY, valid_entry.replace("The body.", body))
    found = lines(content)
    assert len(found) == 1 and "user name or password" in found[0], found


def test_ordinary_links_stay_fine(content, write_entry, valid_entry):
    body = (
        "See [the post](https://pytorch.org/blog/pytorch-foundation/), "
        '<a href="https://example.com/a?b=c#d">this</a> and [home](../../index.md).'
    )
    write_entry(content, ENTRY, valid_entry.replace("The body.", body))
    (content / "index.md").write_text("# Home\n", encoding="utf-8")
    assert [line for line in lines(content) if line.startswith(P)] == []


def test_the_pr_summary_links_an_idn_host_in_punycode():
    """Reviewers follow the summary's links: the look-alike host is shown as what it is."""
    from digest.editor.mdtext import md_link

    assert md_link("Title", "https://оpenai.com/blog/x") == (
        "[Title](https://xn--penai-iye.com/blog/x)"
    )
