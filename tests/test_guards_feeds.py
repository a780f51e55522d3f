"""Feeds as a subscriber's reader sees them, on a small corpus built in-process (no MkDocs).

Expected values are written by hand from the SPEC (§4: date = `added`; a stable GUID, the
entry's permalink) and the README (order: newest `added` first; topic and organization feeds
hold the latest 20; feed dates come from `added`, never from the build clock).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
from guard_entries import write_entry

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.settings import Settings

SITE = "https://digest.example.org/"
SETTINGS = Settings("Site", SITE, page_size=3)
ATOM = "{http://www.w3.org/2005/Atom}"


def _entry(content: Path, slug: str, date: str, added: str) -> None:
    write_entry(content, slug, date=date, added=added)


def _files(content: Path) -> dict[str, bytes]:
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    site = build_site(corpus, SETTINGS, parallel=False)
    return {static.path: static.content for static in site.static}


def test_every_feed_dates_an_item_by_added_not_by_the_articles_date(content):
    # The article is two months older than the day it entered the digest, in another zone.
    _entry(content, "late-addition", "2022-01-01", "2022-03-05T10:00:00+02:00")
    files = _files(content)

    atom = ET.fromstring(files["atom.xml"])
    (item,) = atom.findall(f"{ATOM}entry")
    assert item.findtext(f"{ATOM}published") == "2022-03-05T10:00:00+02:00"
    assert item.findtext(f"{ATOM}updated") == "2022-03-05T10:00:00+02:00"

    rss = feedparser.parse(files["feed.xml"])
    assert rss.entries[0].published == "Sat, 05 Mar 2022 10:00:00 +0200"

    data = json.loads(files["feed.json"])
    assert data["items"][0]["date_published"] == "2022-03-05T10:00:00+02:00"


def test_rss_and_atom_list_items_newest_added_first(content):
    _entry(content, "middle", "2022-02-01", "2022-02-10")
    _entry(content, "newest", "2021-01-01", "2022-03-01")  # the oldest article, added last
    _entry(content, "oldest", "2022-03-01", "2022-01-15")
    files = _files(content)
    expected = [f"{SITE}entries/{year}/{slug}/" for year, slug in
                (("2021", "newest"), ("2022", "middle"), ("2022", "oldest"))]  # fmt: skip

    rss = ET.fromstring(files["feed.xml"])
    assert [i.findtext("guid") for i in rss.iter("item")] == expected
    assert [i.findtext("link") for i in rss.iter("item")] == expected
    atom = ET.fromstring(files["atom.xml"])
    assert [e.findtext(f"{ATOM}id") for e in atom.findall(f"{ATOM}entry")] == expected
    assert [i["id"] for i in json.loads(files["feed.json"])["items"]] == expected
    topic = ET.fromstring(files["topics/open-source/feed.xml"])
    assert [i.findtext("guid") for i in topic.iter("item")] == expected
    # A feed was last changed when its newest item was added, not its oldest.
    for feed in (rss, topic):
        assert feed.findtext("channel/lastBuildDate") == "Tue, 01 Mar 2022 00:00:00 +0000"
    assert atom.findtext(f"{ATOM}updated") == "2022-03-01T00:00:00+00:00"
