"""Feeds as subscribers' readers see them: parsed by feedparser and an XML parser."""

from __future__ import annotations

import email.utils
import json
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from sitebuild import (  # noqa: F401 - fixtures are imported by name
    HOSTILE_QUOTE,
    HOSTILE_SPEAKER,
    HOSTILE_SUMMARY,
    HOSTILE_TITLE,
    BuiltSite,
    mkdocs,
    shipped_site,
    synthetic_site,
)

from digest.build.pipeline import load_corpus
from digest.content.layout import Layout

ATOM = "{http://www.w3.org/2005/Atom}"
SEED = "entries/2022/pytorch-foundation-research-open-source-roots/"


@pytest.fixture(scope="module")
def corpus(synthetic_site):
    result, problems = load_corpus(Layout(synthetic_site.root / "content"))
    assert result is not None, problems
    return result


def parse(site: BuiltSite, path: str):
    data = (site.site / path).read_bytes()
    ET.fromstring(data)  # well-formed XML, or this raises
    feed = feedparser.parse(data)
    assert feed.bozo == 0, (path, feed.get("bozo_exception"))
    return feed


def test_seed_entry_reaches_a_feed_reader_with_its_quotes(shipped_site):
    for path in (
        "feed.xml",
        "atom.xml",
        "topics/open-source/feed.xml",
        "organizations/meta/feed.xml",
    ):
        feed = parse(shipped_site, path)
        item = next(e for e in feed.entries if e.link == shipped_site.site_url + SEED)
        assert item.title == "PyTorch Takes AI/ML Back to Its Research, Open Source Roots"
        html = BeautifulSoup(item.content[0].value, "html.parser")
        quotes = html.find_all("blockquote")
        assert len(quotes) == 8
        assert quotes[0].cite.get_text() == "Ronald Schmelzer"
        links = [a["href"] for a in html.find_all("a")]
        assert (
            "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots/"
            in links
        )
        assert shipped_site.site_url + SEED in links


def test_rss_has_required_elements_and_rfc822_dates(synthetic_site, corpus):
    root = ET.fromstring((synthetic_site.site / "feed.xml").read_bytes())
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for name in ("title", "link", "description", "lastBuildDate"):
        assert channel.findtext(name), name
    assert channel.findtext("link") == synthetic_site.site_url
    newest = corpus.entries[0].added
    assert email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate")) == newest
    items = channel.findall("item")
    assert len(items) == 50
    for item, entry in zip(items, corpus.entries, strict=False):
        assert item.findtext("title") == entry.title
        assert item.findtext("link") == synthetic_site.site_url + entry.url
        guid = item.find("guid")
        assert guid.text == synthetic_site.site_url + entry.url
        assert guid.get("isPermaLink") == "true"
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate")) == entry.added
        assert [c.text for c in item.findall("category")] == [
            corpus.topics[t].name for t in entry.topics
        ]


def test_atom_has_required_elements_and_rfc3339_dates(synthetic_site, corpus):
    root = ET.fromstring((synthetic_site.site / "atom.xml").read_bytes())
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{name}"), name
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links["self"] == synthetic_site.site_url + "atom.xml"
    # RFC 4287: a feed without an author in every entry needs one at the feed level.
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Synthetic Digest"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 50
    first = entries[0]
    for name in ("id", "title", "updated"):
        assert first.findtext(f"{ATOM}{name}"), name
    # RFC 3339 with the entry's own zone: added: 2024-06-02T09:30:00+02:00
    assert first.findtext(f"{ATOM}updated") == "2024-06-02T09:30:00+02:00"
    assert first.find(f"{ATOM}content").get("type") == "html"


def test_json_feed_has_required_members(synthetic_site, corpus):
    data = json.loads((synthetic_site.site / "feed.json").read_text(encoding="utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["title"] and data["feed_url"] == synthetic_site.site_url + "feed.json"
    assert len(data["items"]) == 50
    for item, entry in zip(data["items"], corpus.entries, strict=False):
        assert item["id"] == synthetic_site.site_url + entry.url
        assert item["url"] == item["id"]
        assert item["external_url"] == entry.source.url
        assert item["content_html"]
        assert item["date_published"] == entry.added.isoformat()


def test_every_published_entry_is_in_its_taxonomy_feeds(synthetic_site, corpus):
    site_feed = [e.link for e in parse(synthetic_site, "feed.xml").entries]
    assert site_feed == [synthetic_site.site_url + e.url for e in corpus.entries[:50]]
    for kind, groups in (("topics", corpus.topics), ("organizations", corpus.organizations)):
        for group in groups.values():
            feed = parse(synthetic_site, f"{kind}/{group.slug}/feed.xml")
            links = [e.link for e in feed.entries]
            assert links == [synthetic_site.site_url + e.url for e in group.entries[:20]]


def test_drafts_and_scheduled_entries_are_never_in_a_feed(synthetic_site):
    for path in synthetic_site.site.rglob("*.xml"):
        text = path.read_text(encoding="utf-8")
        assert "draft-entry" not in text and "scheduled-entry" not in text, path
    assert "draft-entry" not in (synthetic_site.site / "feed.json").read_text(encoding="utf-8")


def test_hostile_text_stays_literal_in_every_feed_format(synthetic_site):
    for path in ("feed.xml", "atom.xml", "topics/topic-000/feed.xml"):
        item = parse(synthetic_site, path).entries[0]
        assert item.title == HOSTILE_TITLE
        html = BeautifulSoup(item.content[0].value, "html.parser")
        assert html.find("img") is None and html.find("script") is None
        assert html.blockquote.p.get_text() == HOSTILE_QUOTE
        assert html.blockquote.cite.get_text() == HOSTILE_SPEAKER
    rss_item = parse(synthetic_site, "feed.xml").entries[0]
    # RSS <description> is read as HTML: the summary's markup must arrive as text.
    description = BeautifulSoup(rss_item.summary, "html.parser")
    assert description.get_text() == HOSTILE_SUMMARY and description.find("em") is None
    channel = ET.fromstring((synthetic_site.site / "feed.xml").read_bytes()).find("channel")
    assert BeautifulSoup(channel.findtext("description"), "html.parser").get_text() == (
        "A synthetic digest for tests and benchmarks."
    )
    item = json.loads((synthetic_site.site / "feed.json").read_text(encoding="utf-8"))["items"][0]
    assert item["title"] == HOSTILE_TITLE
    html = BeautifulSoup(item["content_html"], "html.parser")
    assert html.find("img") is None and html.blockquote.p.get_text() == HOSTILE_QUOTE


def test_every_page_advertises_the_site_feeds_and_its_own(synthetic_site):
    for url in ("", "entries/2024/hostile-entry/", "topics/topic-000/", "people/", "archive/"):
        page = BeautifulSoup(synthetic_site.html(url), "html.parser")
        alternates = {
            link["href"]: link["type"]
            for link in page.head.find_all("link", rel="alternate")
            if link.get("type")
        }
        base = synthetic_site.site_url
        assert alternates[base + "feed.xml"] == "application/rss+xml"
        assert alternates[base + "atom.xml"] == "application/atom+xml"
        assert alternates[base + "feed.json"] == "application/feed+json"
    topic = BeautifulSoup(synthetic_site.html("organizations/org-0000/"), "html.parser")
    hrefs = [link["href"] for link in topic.head.find_all("link", rel="alternate")]
    assert synthetic_site.site_url + "organizations/org-0000/feed.xml" in hrefs


def test_feeds_page_and_opml_list_every_feed(synthetic_site, corpus):
    opml = ET.fromstring((synthetic_site.site / "feeds.opml").read_bytes())
    urls = [o.get("xmlUrl") for o in opml.iter("outline")]
    expected = [
        synthetic_site.site_url + "feed.xml",
        synthetic_site.site_url + "editions/feed.xml",
    ] + [
        synthetic_site.site_url + f"{g.url}feed.xml"
        for g in (*corpus.topics.values(), *corpus.organizations.values())
    ]
    assert urls == expected
    for url in urls:
        assert (synthetic_site.site / url[len(synthetic_site.site_url) :]).is_file()
    page = BeautifulSoup(synthetic_site.html("feeds/"), "html.parser")
    listed = [a["href"] for a in page.select("article.md-content__inner ul.digest-feeds a")]
    assert len(listed) == 3 + 2 + len(corpus.topics) + len(corpus.organizations)


def test_feeds_are_byte_identical_across_builds(synthetic_site, tmp_path):
    result = mkdocs(
        "build", "--strict", "--site-dir", str(tmp_path / "again"), cwd=synthetic_site.root
    )
    assert result.returncode == 0, result.stderr
    for path in synthetic_site.site.rglob("*"):
        if path.suffix in (".xml", ".json", ".opml") and "search" not in path.parts:
            again = tmp_path / "again" / path.relative_to(synthetic_site.site)
            assert path.read_bytes() == again.read_bytes(), path


def test_build_without_site_url_fails_with_a_clear_message(tmp_path):
    from sitebuild import copy_content

    copy_content(tmp_path)
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    config = "\n".join(line for line in config.splitlines() if not line.startswith("site_url"))
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = mkdocs("build", cwd=tmp_path)
    assert result.returncode == 1
    assert "site_url is not set" in result.stderr
    assert "Traceback" not in result.stderr
