"""Descriptions from content reach feed readers as text, never as markup (hostile round 5).

A topic's or organization's description (topics.yml, organizations.yml) and the site's
description are the channel description of RSS feeds, which readers render as HTML (feedparser
reports it text/html): markup there must arrive as the characters the editor typed, escaped
twice like item descriptions. Atom's subtitle and JSON Feed's description are plain text and
carry the text as it is. Titles are plain text in every format (RSS 2.0 allows markup in
descriptions only; feedparser reads a title as text/plain) and are escaped once, for XML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import html5lib
import yaml
from guard_entries import write_entry

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.settings import Settings

SITE = "https://digest.example.org/"
MARKUP = 'Models <img src="https://tracker.example/pixel.png" onerror="alert(1)"> & <b>bold</b>'
ATOM = "{http://www.w3.org/2005/Atom}"


def _set_description(path: Path, slug: str, description: str) -> None:
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    records[slug]["description"] = description
    path.write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")


def _files(content: Path, site_description: str = "") -> dict[str, bytes]:
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    settings = Settings("Site", SITE, site_description=site_description)
    site = build_site(corpus, settings, parallel=False)
    return {static.path: static.content for static in site.static}


def _elements(html: str) -> list[str]:
    """The elements an HTML renderer makes of `html` (as a reader renders a description)."""
    doc = html5lib.parse(html, namespaceHTMLElements=False)
    body = doc.find("body")
    assert body is not None
    return [element.tag for element in body.iter() if element is not body]


def _assert_channel_description_is_text(data: bytes, expected: str) -> None:
    raw = ET.fromstring(data).findtext("channel/description")
    assert raw is not None
    # What an RSS reader renders: the description as HTML. No element, the characters shown.
    assert _elements(raw) == []
    assert "<img" not in raw and "&lt;img" in raw
    feed = feedparser.parse(data)
    assert feed.bozo == 0
    assert feed.feed.subtitle_detail.type == "text/html"
    assert feed.feed.subtitle == expected.replace("&", "&amp;").replace("<", "&lt;").replace(
        ">", "&gt;"
    )  # feedparser gives HTML: the escaped characters, which a reader shows as typed


def test_topic_and_organization_descriptions_reach_rss_readers_as_text(content):
    _set_description(content / "topics.yml", "open-source", MARKUP)
    _set_description(content / "organizations.yml", "meta", MARKUP)
    path = write_entry(content, "one", added="2022-03-05T10:00:00+00:00")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("topics:", "organizations: [meta]\ntopics:", 1), encoding="utf-8")
    files = _files(content)
    for feed_path in ("topics/open-source/feed.xml", "organizations/meta/feed.xml"):
        _assert_channel_description_is_text(files[feed_path], MARKUP)


def test_site_description_is_text_in_rss_atom_and_json(content):
    write_entry(content, "one", added="2022-03-05T10:00:00+00:00")
    files = _files(content, site_description=MARKUP)
    _assert_channel_description_is_text(files["feed.xml"], MARKUP)

    # Atom: the subtitle is a text construct (no type attribute = text): the text as it is.
    atom = feedparser.parse(files["atom.xml"])
    assert atom.feed.subtitle_detail.type == "text/plain"
    assert atom.feed.subtitle == MARKUP
    subtitle = ET.fromstring(files["atom.xml"]).find(f"{ATOM}subtitle")
    assert subtitle is not None and subtitle.get("type") in (None, "text")
    assert subtitle.text == MARKUP

    # JSON Feed: `description` is a plain string, the text as typed.
    assert json.loads(files["feed.json"])["description"] == MARKUP


def test_rss_item_titles_are_plain_text_escaped_once(content):
    path = write_entry(content, "one", added="2022-03-05T10:00:00+00:00")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Entry one", "title: 'A <b> & c'", 1), encoding="utf-8")
    files = _files(content)
    rss = feedparser.parse(files["feed.xml"])
    assert rss.entries[0].title_detail.type == "text/plain"
    assert rss.entries[0].title == "A <b> & c"
    assert ET.fromstring(files["feed.xml"]).findtext("channel/item/title") == "A <b> & c"
    # The editions' feed describes itself with fixed words, escaped as text too.
    editions = ET.fromstring(files["editions/feed.xml"]).findtext("channel/description")
    assert editions is not None and _elements(editions) == []
