"""Property: any text that passes validation renders into pages and feeds without markup leaking.

The whole path from file to output, without MkDocs: write an entry with arbitrary Unicode in
every text field, load and validate it, then render pages and feeds. Either validation refuses
it with clean problems, or the pages show the text literally and every feed stays well-formed.
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.settings import Settings

REPO = Path(__file__).resolve().parent.parent
# Mostly text validation accepts (no control characters), so the rendering is what is tested;
# the validation of control characters has its own property tests.
text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60
)
ACCEPTED = []
SETTINGS = Settings("Site <&>", "https://digest.example.org/", "Desc & <b>", page_size=5)


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=text, publisher=text, quote=text, speaker=text, role=text, summary=text)
def test_any_accepted_text_renders_literally_and_feeds_stay_well_formed(
    title, publisher, quote, speaker, role, summary
):
    root = Path(tempfile.mkdtemp())
    try:
        shutil.copy(REPO / "content/topics.yml", root / "topics.yml")
        shutil.copy(REPO / "content/organizations.yml", root / "organizations.yml")
        (root / "entries/2024").mkdir(parents=True)
        (root / "entries/2024/prop.md").write_text(
            f"---\ntitle: {_yaml(title)}\ndate: 2024-01-02\nsource:\n"
            f"  url: https://example.com/x\n  publisher: {_yaml(publisher)}\n"
            f"topics: [open-source]\nquotes:\n  - text: {_yaml(quote)}\n"
            f"    speaker: {_yaml(speaker)}\n    role: {_yaml(role)}\n"
            f"summary: {_yaml(summary)}\n---\nBody.\n",
            encoding="utf-8",
        )
        corpus, problems = load_corpus(Layout(root))
        if corpus is None:
            assert problems and all(str(p).startswith(str(p.path)) for p in problems)
            return
        entry = corpus.entries[0]
        ACCEPTED.append(entry.slug)
        site = build_site(corpus, SETTINGS, parallel=False)
        pages = {built.page.url: site.body(built).decode("utf-8") for built in site.pages}
        body = BeautifulSoup(pages[entry.url], "html.parser")
        assert body.h1.get_text() == entry.title
        assert body.select_one(".digest-source__publisher").get_text() == entry.source.publisher
        figure = body.select_one("figure.digest-quote")
        assert figure.blockquote.p.get_text() == entry.quotes[0].text
        assert figure.cite.get_text() == entry.quotes[0].speaker
        assert body.find("script") is None
        records = 0
        for feed in [*site.static, *site.later()]:
            if feed.path.startswith("pagefind/fragment/"):
                record = json.loads(gzip.decompress(feed.content)[len(b"pagefind_dcd") :])
                if record["url"] == "/" + entry.url:  # the entry's search record, as text
                    # (Pagefind writes any run of white space as one space.)
                    assert words(record["meta"]["title"]) == words(entry.title)
                    assert words(record["meta"]["publisher"]) == words(entry.source.publisher)
                    assert words(entry.quotes[0].speaker) in words(record["content"])
                    records += 1
                continue
            if feed.path.startswith(("schema/", "pagefind/")) or feed.path == "robots.txt":
                continue  # the entry schema, the search bundle, robots.txt: not feeds
            if feed.path.endswith(".json"):
                data = json.loads(feed.content)
                if feed.path != "editions/feed.json":  # no editions here: no items
                    assert data["items"][0]["title"] == entry.title
            else:
                ET.fromstring(feed.content)
        assert records == 1  # the entry's search record was read
        rss = ET.fromstring(next(f for f in site.static if f.path == "feed.xml").content)
        assert rss.find("channel/item/title").text == entry.title
    finally:
        shutil.rmtree(root)


def test_the_property_exercised_accepted_entries():
    """Guards the property above against only ever testing rejections (run again only where
    this process has not run it already, as with `-k`)."""
    if len(ACCEPTED) < 50:
        test_any_accepted_text_renders_literally_and_feeds_stay_well_formed()
    assert len(ACCEPTED) >= 50


def words(text: str) -> str:
    return " ".join(text.split())
