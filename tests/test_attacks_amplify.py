"""Attacks found by a review of the finished work: amplification (one file inflating every
build), silent trimming by the allow-list, links to unpublished entries, look-alike digits,
deep nesting, and images that lie about their size. Each must be refused at its line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.build.pipeline import check_content
from digest.content.layout import Layout

ENTRY = "content/entries/2022/x.md"
NOW = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def lines(root: Path, **layout: object) -> list[str]:
    checked = check_content(Layout(root, **layout), now=NOW)  # type: ignore[arg-type]
    return [str(p) for p in checked.problems]


def test_a_flood_of_organizations_is_refused(content):
    with (content / "organizations.yml").open("a", encoding="utf-8") as file:
        for i in range(1_001):
            file.write(f"z{i}:\n  name: Org {i}\n")
    assert lines(content) == [
        "content/organizations.yml:3: error: file: has 1,018 records; the limit is 1,000"
    ]


def test_a_flood_of_topics_is_refused(content):
    with (content / "topics.yml").open("a", encoding="utf-8") as file:
        for i in range(200):
            file.write(f"t{i}:\n  name: Topic {i}\n")
    assert lines(content) == [
        "content/topics.yml:3: error: file: has 204 records; the limit is 200"
    ]


@pytest.mark.parametrize(
    ("field", "old", "new", "line", "limit"),
    [
        ("title", "title: A synthetic entry", "title: {}", 2, 300),
        ("quotes[0].role", "role: Analyst", "role: {}", 12, 300),
        ("quotes[0].text", 'text: "A quote."', "text: {}", 10, 2_000),
    ],
)
def test_values_copied_onto_many_pages_are_bounded(
    content, write_entry, valid_entry, field, old, new, line, limit
):
    write_entry(
        content, "entries/2022/x.md", valid_entry.replace(old, new.format("x" * (limit + 1)))
    )
    assert lines(content) == [
        f"{ENTRY}:{line}: error: {field}: is {limit + 1:,} characters long; the limit is {limit:,}"
    ]


def test_a_style_is_refused_not_trimmed_silently(content, write_entry, valid_entry):
    body = (
        '<table><tr><td style="text-align:left;position:fixed;'
        'background:url(https://evil.example/t.png)">x</td></tr></table>'
    )
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.", body))
    assert lines(content) == [
        f"{ENTRY}:14: error: body: style on <td> is not allowed (only text-align, on table cells)"
    ]


def test_image_sizes_in_attributes_are_numbers(content, write_entry, valid_entry):
    (content / "images").mkdir()
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (1).to_bytes(4, "big") * 2 + b"\x08\x06"
    (content / "images/a.png").write_bytes(png + b"\x00" * 16)
    body = '<img src="../../../images/a.png" alt="a" width="100000000">'
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.", body))
    assert lines(content) == [
        f"{ENTRY}:14: error: body: width='100000000' on <img> must be a number up to 9999"
    ]


def test_an_image_claiming_a_huge_size_is_refused(content):
    (content / "images").mkdir()
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (0xFFFFFFFF).to_bytes(4, "big") * 2
    (content / "images/b.png").write_bytes(header + b"<html><script>alert(1)</script>")
    assert lines(content) == [
        "content/images/b.png:1: error: file: claims 4294967295×4294967295 pixels; "
        "at most 10000 a side"
    ]


@pytest.mark.parametrize("unpublished", ["draft: true", "added: 2099-01-01"])
def test_a_link_to_an_unpublished_entry_is_refused(content, write_entry, valid_entry, unpublished):
    """It would lead nowhere once published, and give the embargoed entry's slug away."""
    secret = valid_entry.replace("date: 2022-09-15", f"date: 2022-09-15\n{unpublished}")
    write_entry(content, "entries/2022/secret.md", secret.replace("articles/one", "articles/2"))
    body = "Next: [the embargoed story](secret.md)."
    write_entry(content, "entries/2022/x.md", valid_entry.replace("The body.", body))
    assert (
        f"{ENTRY}:14: error: body: links to 'entries/2022/secret.md', which is not a published "
        "page of the site"
    ) in lines(content)


@pytest.mark.parametrize("name", ["２０２２-W38.md", "2022-W٣٩.md", "2022-W3８.md"])
def test_edition_names_take_ascii_digits_only(content, write_entry, name):
    write_entry(content, f"editions/{name}", "---\ntitle: A week\n---\nIntro.\n")
    found = lines(content)
    assert len(found) == 1 and found[0].startswith(f"content/editions/{name}:1: error: file name:")


def test_deep_nesting_in_a_page_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "content"
    (root / "entries").mkdir(parents=True)
    (root / "topics.yml").write_text("a:\n  name: A\n", encoding="utf-8")
    (root / "organizations.yml").write_text("{}\n", encoding="utf-8")
    (root / "about.md").write_text("<span>" * 150 + "deep" + "</span>" * 150, encoding="utf-8")
    assert lines(root, nav_pages=frozenset({"about.md"})) == [
        "content/about.md:1: error: body: nests elements more than 100 levels deep; flatten it"
    ]


def _webp_lossy(width: int, height: int) -> bytes:
    """A WebP (RIFF, `VP8 ` chunk) whose frame header declares width × height (RFC 9649)."""
    frame = b"\x00\x00\x00" + b"\x9d\x01\x2a" + width.to_bytes(2, "little")
    frame += height.to_bytes(2, "little") + b"\x00" * 8
    chunk = b"VP8 " + len(frame).to_bytes(4, "little") + frame
    return b"RIFF" + (4 + len(chunk)).to_bytes(4, "little") + b"WEBP" + chunk


def _webp_extended(width: int, height: int) -> bytes:
    """A WebP with a `VP8X` chunk: the canvas is width-1 and height-1 in 24 bits each."""
    body = (
        b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    )
    chunk = b"VP8X" + len(body).to_bytes(4, "little") + body
    return b"RIFF" + (4 + len(chunk)).to_bytes(4, "little") + b"WEBP" + chunk


def _jpeg(width: int, height: int, frame: int = 0xC0) -> bytes:
    """A JPEG: SOI, a JFIF APP0 segment, a comment, then a baseline start-of-frame (SOF0)
    holding height then width (ITU T.81, B.2.2)."""
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    comment = b"made by hand" * 10
    sof = b"\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big") + b"\x01\x01\x11\x00"
    segments = b""
    for marker, data in ((0xE0, app0), (0xFE, comment), (frame, sof)):
        segments += bytes([0xFF, marker]) + (len(data) + 2).to_bytes(2, "big") + data
    return b"\xff\xd8" + segments + b"\xff\xd9"


def _webp_lossless(width: int, height: int) -> bytes:
    """A lossless WebP (`VP8L`): signature 0x2F, then width-1 and height-1 in 14 bits each."""
    bits = (width - 1) | ((height - 1) << 14)
    body = b"\x2f" + bits.to_bytes(4, "little")
    chunk = b"VP8L" + len(body).to_bytes(4, "little") + body
    return b"RIFF" + (4 + len(chunk)).to_bytes(4, "little") + b"WEBP" + chunk


@pytest.mark.parametrize(
    ("name", "data", "sides"),
    [
        ("lossy.webp", _webp_lossy(16383, 16383), "16383×16383"),
        ("canvas.webp", _webp_extended(20000, 10), "20000×10"),
        ("lossless.webp", _webp_lossless(10001, 10), "10001×10"),
        ("photo.jpg", _jpeg(12000, 9000), "12000×9000"),
        ("progressive.jpg", _jpeg(12000, 800, frame=0xC2), "12000×800"),
    ],
)
def test_a_webp_or_jpeg_claiming_a_huge_size_is_refused(content, name, data, sides):
    """A 40-byte file that makes every reader's browser allocate a gigabyte: the size its
    header declares is read for WebP and JPEG as for PNG and GIF."""
    (content / "images").mkdir()
    (content / "images" / name).write_bytes(data)
    assert lines(content) == [
        f"content/images/{name}:1: error: file: claims {sides} pixels; at most 10000 a side"
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("small.webp", _webp_lossy(640, 480)),
        ("scaled.webp", _webp_lossy(640 | 0x4000, 480 | 0x8000)),  # scale bits: not the size
        ("ext.webp", _webp_extended(800, 600)),
        ("lossless.webp", _webp_lossless(10000, 10)),
        ("photo.jpg", _jpeg(1200, 800)),
        ("progressive.jpg", _jpeg(1200, 800, frame=0xC2)),
    ],
)
def test_a_webp_or_jpeg_of_an_ordinary_size_is_published(content, name, data):
    (content / "images").mkdir()
    (content / "images" / name).write_bytes(data)
    assert lines(content) == []


@pytest.mark.timeout(30)  # minutes before: difflib against every spelling
def test_suggestions_for_many_unknown_names_among_many_spellings_end_in_bounded_time(
    content, write_entry, valid_entry
):
    """A pull request within every limit (300 organizations with 20 aliases each, entries that
    name 30 unknown organizations each, all alike) must not hold `digest check` for minutes:
    each unknown name gets its line, and its suggestion, at once."""
    with (content / "organizations.yml").open("a", encoding="utf-8") as file:
        for i in range(300):
            aliases = ", ".join(
                f'"Example Harrowgate Holdings International Semiconductor Group {i:03d}-{a:02d}"'
                for a in range(20)
            )
            file.write(f"harrowgate-{i:03d}:\n  name: Example Harrowgate {i:03d}\n")
            file.write(f"  aliases: [{aliases}]\n")
    names = [
        f"Example Harrowgate Holding International Semiconductor Group {n:03d}-x" for n in range(29)
    ]  # 30 with meta
    for e in range(3):
        text = valid_entry.replace("organizations: [", f"organizations: [{', '.join(names)}, ")
        text = text.replace("/articles/one", f"/articles/attack-{e}").replace(
            "title: A synthetic entry", f"title: Attack {e}"
        )
        write_entry(content, f"entries/2022/attack-{e}.md", text)
    found = lines(content)
    unknown = [line for line in found if "unknown organization" in line]
    assert len(unknown) == 3 * 29, found[:5]
    assert all("did you mean" in line for line in unknown), unknown[:3]
