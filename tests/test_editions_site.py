"""Editions as readers and subscribers get them: built pages (html5lib), the editions feeds
(feedparser and the W3C validator's rules that can be checked offline), email HTML and text,
and `digest edition new`. Expected values are written by hand.
"""

from __future__ import annotations

import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import html5lib
import pytest
from sitebuild import copy_content, mkdocs

SITE_URL = "https://digest.example.org/"
NS = {"h": "http://www.w3.org/1999/xhtml"}
SEED = "entries/2022/pytorch-foundation-research-open-source-roots/"
HOSTILE = "<b>Bold</b> & “week” 38"


# The smallest valid PNG: a 1x1 transparent pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _entry(slug: str, added: str, title: str) -> str:
    return f"""---
title: "{title}"
date: 2022-09-19
added: {added}
source:
  url: https://example.com/{slug}
  publisher: Example News
  author: Ann Author
topics: [open-source]
quotes:
  - text: "First quote of {slug}."
    speaker: Ada Example
    role: Analyst
  - text: "Second quote of {slug}."
    speaker: Bob Example
summary: "Summary of {slug}."
---
Body of {slug}.
"""


W38 = f"""---
title: {json.dumps(HOSTILE, ensure_ascii=False)}
date: 2022-09-24T08:00:00Z
picks: [third-entry]
sections:
  - heading: Also this week
    picks: [entries/2022/second-entry.md]
---
Two picks; the [second](../entries/2022/second-entry.md) came first. ![a chart](../images/chart.png)
"""


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        cwd=cwd,
        env={**os.environ, "SITE_URL": SITE_URL, **env},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("editions")
    content = copy_content(root)
    entries = content / "entries" / "2022"
    (entries / "second-entry.md").write_text(
        _entry("second-entry", "2022-09-20", "Second entry"), encoding="utf-8"
    )
    (entries / "third-entry.md").write_text(
        _entry("third-entry", "2022-09-22", "Third entry"), encoding="utf-8"
    )
    (content / "images").mkdir()
    (content / "images" / "chart.png").write_bytes(PNG)
    (content / "editions" / "2022-W38.md").write_text(W38, encoding="utf-8")
    (content / "editions" / "2022-W40.md").write_text(
        "---\ntitle: A quiet week\n---\nNothing was added this week.\n", encoding="utf-8"
    )
    result = mkdocs("build", "--strict", cwd=root, env={"SITE_URL": SITE_URL})
    assert result.returncode == 0, result.stderr
    return root


def page(site: Path, url: str):
    text = (site / "site" / url / "index.html").read_text(encoding="utf-8")
    return html5lib.parse(text, namespaceHTMLElements=True)


def article(doc):
    return doc.find(".//h:article", NS)


def text_of(element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def test_editions_index_lists_every_edition_newest_first(site):
    doc = page(site, "editions")
    links = [a.get("href") for a in article(doc).findall(".//h:ul/h:li/h:a", NS)]
    assert links == ["../editions/2022-w40/", "../editions/2022-w38/", "../editions/2022-w37/"]
    nav = [text_of(a) for a in doc.findall(".//h:nav//h:a", NS)]
    assert "Editions" in nav


def test_edition_page_shows_intro_sections_and_picks(site):
    doc = page(site, "editions/2022-w38")
    body = article(doc)
    assert text_of(body.find(".//h:h1", NS)) == HOSTILE  # escaped: shown as written
    assert body.find(".//h:h1/h:b", NS) is None
    intro = body.find(".//h:div[@class='digest-writeup digest-edition__intro']", NS)
    assert intro.find(".//h:a", NS).get("href") == "../../entries/2022/second-entry/"
    assert [text_of(h) for h in body.findall(".//h:h2", NS)] == ["Third entry", "Also this week"]
    picks = body.findall(".//h:article", NS) or [
        a for a in body.iter() if a.get("class") == "digest-card digest-pick"
    ]
    assert len(picks) == 2
    first = picks[0]
    assert first.find(".//h:a", NS).get("href") == "../../entries/2022/third-entry/"
    assert "Example News · Ann Author · 19 September 2022" in text_of(first)
    assert "Summary of third-entry." in text_of(first)
    assert "First quote of third-entry." in text_of(first)
    assert "Second quote" not in text_of(first)
    assert picks[1].find(".//h:h3/h:a", NS).get("href") == "../../entries/2022/second-entry/"
    nav = body.find(".//h:nav[@aria-label='Editions']", NS)
    assert [(a.get("rel"), a.get("href")) for a in nav.findall("h:a", NS)] == [
        ("prev", "../../editions/2022-w37/"),  # older on the left (issue 25)
        (None, "../../editions/"),
        ("next", "../../editions/2022-w40/"),
    ]
    alternates = {
        link.get("href"): link.get("type")
        for link in doc.findall(".//h:head/h:link", NS)
        if "alternate" in link.get("rel", "").split()  # "alternate feed"
    }
    assert alternates[SITE_URL + "editions/feed.xml"] == "application/rss+xml"
    assert alternates[SITE_URL + "editions/feed.json"] == "application/feed+json"


def test_an_empty_week_says_so(site):
    body = article(page(site, "editions/2022-w40"))
    assert "No entries were added to the digest this week." in text_of(body)
    assert "0 entries" in text_of(body)


def test_home_shows_the_latest_edition_above_the_entries(site):
    body = article(page(site, ""))
    teaser = body.find(".//h:aside[@aria-label='Latest edition']", NS)
    assert teaser.find(".//h:a", NS).get("href") == "editions/2022-w40/"
    order = [el.tag.split("}")[1] for el in body if el.tag.split("}")[1] in ("aside", "div")]
    assert order[0] == "aside"


def test_entry_pages_link_their_editions(site):
    body = article(page(site, SEED))
    links = body.findall(".//h:p[@class='digest-entry__editions']/h:a", NS)
    assert [(a.get("href"), text_of(a)) for a in links] == [
        ("../../../editions/2022-w37/", "Week 37, 2022: PyTorch gets a foundation")
    ]
    assert (
        article(page(site, "entries/2022/second-entry"))
        .find(".//h:p[@class='digest-entry__editions']/h:a", NS)
        .get("href")
        == "../../../editions/2022-w38/"
    )


def test_feeds_page_and_opml_list_the_editions_feeds(site):
    body = article(page(site, "feeds"))
    hrefs = [a.get("href") for a in body.findall(".//h:a", NS)]
    assert "../editions/feed.xml" in hrefs and "../editions/feed.json" in hrefs
    opml = ET.parse(site / "site" / "feeds.opml")
    urls = [o.get("xmlUrl") for o in opml.iter("outline")]
    assert SITE_URL + "editions/feed.xml" in urls


RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"\d{4} \d{2}:\d{2}:\d{2} (\+|-)\d{4}$"
)


def test_editions_rss_feed_is_valid(site):
    raw = (site / "site" / "editions" / "feed.xml").read_bytes()
    parsed = feedparser.parse(raw)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert [e.link for e in parsed.entries] == [
        SITE_URL + "editions/2022-w40/",
        SITE_URL + "editions/2022-w38/",
        SITE_URL + "editions/2022-w37/",
    ]
    assert parsed.entries[1].title == HOSTILE
    # The W3C validator's rules for RSS 2.0, as far as they can be checked offline.
    channel = ET.fromstring(raw).find("channel")
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), required
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert (self_link.get("rel"), self_link.get("href")) == ("self", SITE_URL + "editions/feed.xml")
    dates = [channel.findtext("lastBuildDate")] + [
        i.findtext("pubDate") for i in channel.iter("item")
    ]
    assert dates == [
        "Sun, 09 Oct 2022 00:00:00 +0000",
        "Sun, 09 Oct 2022 00:00:00 +0000",
        "Sat, 24 Sep 2022 08:00:00 +0000",
        "Sun, 18 Sep 2022 00:00:00 +0000",
    ]
    assert all(RFC822.match(d) and email.utils.parsedate_to_datetime(d) for d in dates)
    for item in channel.iter("item"):
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "true" and guid.text == item.findtext("link")
        assert item.findtext("link").startswith(SITE_URL)
        content = item.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
        fragment = html5lib.parseFragment(content, namespaceHTMLElements=False)
        assert not [e for e in fragment.iter() if e.tag in ("script", "style", "link", "img")]
        hrefs = [e.get("href") for e in fragment.iter() if e.get("href") is not None]
        assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    w38 = channel.findall("item")[1].findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
    assert (
        SITE_URL + "entries/2022/second-entry/" in w38
    )  # the intro's relative link, made absolute
    assert "a chart" in w38 and "chart.png" not in w38


def test_editions_json_feed(site):
    data = json.loads((site / "site" / "editions" / "feed.json").read_text(encoding="utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == SITE_URL + "editions/feed.json"
    assert [i["id"] for i in data["items"]] == [
        SITE_URL + "editions/2022-w40/",
        SITE_URL + "editions/2022-w38/",
        SITE_URL + "editions/2022-w37/",
    ]
    assert data["items"][1]["date_published"] == "2022-09-24T08:00:00+00:00"
    assert "Third entry" in data["items"][1]["content_html"]
    sitemap = ET.parse(site / "site" / "editions" / "sitemap.xml")
    locs = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert SITE_URL + "editions/2022-w38/" in locs


def test_email_html_is_self_contained_and_small(site, tmp_path):
    out = tmp_path / "w38.html"
    result = run(["edition", "render", "2022-W38", "--email", "-o", str(out)], site)
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert len(raw) < 100 * 1024
    doc = html5lib.parse(raw, namespaceHTMLElements=False)
    assert not [e.tag for e in doc.iter() if e.tag in ("style", "link", "script", "img")]
    hrefs = [e.get("href") for e in doc.iter("a")]
    assert hrefs and all(
        h.startswith(SITE_URL) or h.startswith("https://example.com/") for h in hrefs
    )
    assert SITE_URL + "entries/2022/third-entry/" in hrefs
    assert SITE_URL + "entries/2022/second-entry/" in hrefs
    assert doc.find(".//table") is not None
    assert "font-size: 26px" in doc.find(".//h1").get("style")  # the CSS is inlined
    assert "".join(doc.find(".//h1").itertext()) == HOSTILE
    again = run(["edition", "render", "2022-W38", "--email"], site)
    assert again.stdout.encode("utf-8") == raw  # deterministic


def test_text_alternative_has_every_pick_title_and_url(site):
    result = run(["edition", "render", "2022-W38", "--text"], site)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for title, slug in (("Third entry", "third-entry"), ("Second entry", "second-entry")):
        assert title in text
        assert f"   {SITE_URL}entries/2022/{slug}/\n" in text
    assert text.index("Third entry") < text.index("ALSO THIS WEEK") < text.index("Second entry")
    assert f"Read this edition on the web: {SITE_URL}editions/2022-w38/" in text
    assert "<b>" in text  # plain text: the title as written, nothing escaped


def test_render_refuses_a_week_without_an_edition(site):
    result = run(["edition", "render", "2022-W39", "--text"], site)
    assert result.returncode == 2
    assert (
        result.stderr == "error: there is no published edition for 2022-W39 in content/editions/\n"
    )
    bad = run(["edition", "render", "2022-W60", "--text"], site)
    assert bad.returncode == 2
    assert "'2022-W60' is not an ISO week: write YYYY-Www, e.g. 2026-W49" in bad.stderr


def test_edition_new_scaffolds_the_weeks_entries(tmp_path):
    content = copy_content(tmp_path)
    (content / "entries" / "2022" / "second-entry.md").write_text(
        _entry("second-entry", "2022-09-20", "Second entry"), encoding="utf-8"
    )
    (content / "entries" / "2022" / "third-entry.md").write_text(
        _entry("third-entry", "2022-09-22", "Third entry"), encoding="utf-8"
    )
    # "Now" is Friday 23 September 2022: week 38.
    result = run(["edition", "new"], tmp_path, SOURCE_DATE_EPOCH="1663920000")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "wrote content/editions/2022-W38.md",
        "2 entries added in 2022-W38",
    ]
    text = (content / "editions" / "2022-W38.md").read_text(encoding="utf-8")
    assert text.startswith("---\n# Edition 2022-W38 (2022-09-19 to 2022-09-25).")
    assert text.endswith("title: Week 38, 2022\npicks:\n- third-entry\n- second-entry\n---\n")
    check = run(["check"], tmp_path)
    assert check.returncode == 0, check.stdout
    [warning] = check.stdout.splitlines()
    assert warning.startswith("content/editions/2022-W38.md:")
    assert warning.endswith(
        ": warning: body: the introduction is empty: say in a few lines what this week's picks "
        "are about"
    )
    again = run(["edition", "new", "--week", "2022-w38"], tmp_path)
    assert again.returncode == 2
    assert again.stderr == "error: content/editions/2022-W38.md already exists; edit it instead\n"
    empty = run(["edition", "new", "--week", "2022-W50"], tmp_path)
    assert empty.returncode == 0
    assert "no published entries were added in 2022-W50 yet" in empty.stdout
    text = (content / "editions" / "2022-W50.md").read_text(encoding="utf-8")
    assert text.endswith("the closing line.\ntitle: Week 50, 2022\n---\n")


# --- the newsletter never ships localhost links (issue 23) --------------------------------------

LOCAL = "a local preview address: every link in the newsletter would lead readers to their own"


@pytest.mark.parametrize(
    "address",
    ["http://127.0.0.1:8000/", "http://localhost:8000/digest/", "http://[::1]/", "http://0.0.0.0/"],
)
@pytest.mark.parametrize("kind", ["--email", "--text"])
def test_render_refuses_a_local_site_url(site, tmp_path, address, kind):
    out = tmp_path / "edition.out"
    result = run(["edition", "render", "2022-W38", kind, "-o", str(out)], site, SITE_URL=address)
    assert result.returncode == 2
    assert result.stderr == (
        f"error: site_url is {address}, {LOCAL} computer; pass the published site's address "
        "with --site-url, e.g. --site-url https://example.org/ (or set SITE_URL)\n"
    )
    assert result.stdout == "" and not out.exists()


def test_render_refuses_an_unset_site_url(site, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(site / "content", project / "content")
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "\n".join(line for line in config.splitlines() if not line.startswith("site_url:")),
        encoding="utf-8",
    )
    result = run(["edition", "render", "2022-W38", "--text"], project)
    assert result.returncode == 2
    assert result.stderr.startswith("error: no site_url in mkdocs.yml: the email needs absolute")
    assert "--site-url" in result.stderr


def test_site_url_option_gives_the_links_whatever_mkdocs_yml_says(site):
    given = "https://news.example.net/digest/"
    email = run(
        ["edition", "render", "2022-W38", "--email", "--site-url", given],
        site,
        SITE_URL="http://127.0.0.1:8000/",
    )
    assert email.returncode == 0, email.stderr
    doc = html5lib.parse(email.stdout, namespaceHTMLElements=False)
    ours = [a.get("href") for a in doc.iter("a") if "example.com" not in a.get("href")]
    assert ours and all(href.startswith(given) for href in ours)
    assert given + "entries/2022/third-entry/" in ours
    text = run(["edition", "render", "2022-W38", "--text", "--site-url", given], site)
    assert f"Read this edition on the web: {given}editions/2022-w38/" in text.stdout
    assert "127.0.0.1" not in email.stdout + text.stdout


def test_a_bad_site_url_option_is_one_clear_line(site):
    result = run(
        ["edition", "render", "2022-W38", "--text", "--site-url", "ftp://x.example/"], site
    )
    assert result.returncode == 2
    assert result.stderr == ("error: --site-url: must be an absolute http:// or https:// URL\n")


def test_the_email_frame_shrinks_on_phones(site):
    result = run(["edition", "render", "2022-W38", "--email"], site)
    doc = html5lib.parse(result.stdout, namespaceHTMLElements=False)
    (frame,) = [
        t for t in doc.iter("table") if "digest-email-frame" in (t.get("class") or "").split()
    ]
    style = {
        key.strip(): value.strip()
        for key, _, value in (part.partition(":") for part in frame.get("style").split(";"))
        if key.strip()
    }
    assert (style["width"], style["max-width"]) == ("100%", "600px")
    assert frame.get("width") == "100%"
