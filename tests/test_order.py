"""The documented orders, with expected values written by hand for small fixtures.

README: newest `added` first, then newest `date`, then slug (a to z); related entries: up to
five sharing the most topics and organizations, among equals the nearest in time (`added`),
then by slug; an entry page shows the summary, then the quotes, then the write-up.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from digest.build.pipeline import load_corpus
from digest.build.site import build_site
from digest.content.layout import Layout
from digest.site.settings import Settings

SETTINGS = Settings("Site", "https://digest.example.org/", page_size=3)


def entry(
    slug: str,
    *,
    date: str,
    added: str | None = None,
    topics: str = "open-source",
    orgs: str = "",
    summary: str | None = None,
    body: str = "The write-up.",
) -> tuple[str, str]:
    lines = [
        "---",
        f"title: Entry {slug}",
        f"date: {date}",
        *([f"added: {added}"] if added else []),
        "source:",
        f"  url: https://example.com/{slug}",
        "  publisher: Example News",
        f"topics: [{topics}]",
        f"organizations: [{orgs}]",
        "quotes:",
        f"  - text: Quote of {slug}",
        "    speaker: Ada Example",
        *([f"summary: {summary}"] if summary else []),
        "---",
        body,
        "",
    ]
    return f"entries/{date[:4]}/{slug}.md", "\n".join(lines)


def build(content: Path, *entries: tuple[str, str]):
    for rel, text in entries:
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    corpus, problems = load_corpus(Layout(content))
    assert corpus is not None, [str(p) for p in problems]
    return corpus


def test_newest_added_then_newest_date_then_slug(content):
    corpus = build(
        content,
        entry("b-same", date="2022-01-01", added="2022-03-01"),
        entry("a-same", date="2022-01-01", added="2022-03-01"),
        entry("a-older", date="2021-12-01", added="2022-03-01"),
        entry("newest", date="2020-01-01", added="2022-04-01"),
        entry("oldest", date="2022-02-01"),
    )
    # added 04-01 first; three share added 03-01: the newest date first (2022-01-01 before
    # 2021-12-01, although a-older sorts first by slug), then a-same before b-same; last,
    # oldest (added defaults to its date, 02-01).
    expected = ["newest", "a-same", "b-same", "a-older", "oldest"]
    assert [e.slug for e in corpus.entries] == expected
    assert [e.slug for e in corpus.topics["open-source"].entries] == expected


def test_related_ranks_shared_topics_and_organizations_before_recency(content):
    corpus = build(
        content,
        entry("subject", date="2022-06-01", topics="open-source, governance", orgs="meta, aws"),
        # Shares 4 (both topics, both organizations), but is the furthest in time.
        entry("most-shared", date="2020-01-01", topics="open-source, governance", orgs="meta, aws"),
        # Shares 2; nearer in time than most-shared.
        entry("two-shared", date="2022-01-01", topics="open-source", orgs="meta"),
        # Shares 1, the nearest in time of all.
        entry("one-near", date="2022-06-02", topics="open-source"),
        # Shares 1, further.
        entry("one-far", date="2021-01-01", topics="governance"),
        # Shares 2, the same as two-shared but nearer in time: ranks before it.
        entry("two-nearer", date="2022-05-01", topics="governance", orgs="aws"),
        # Shares nothing.
        entry("unrelated", date="2022-06-01", topics="ai-market"),
    )
    related = [e.slug for e in corpus.related["subject"]]
    assert related == ["most-shared", "two-nearer", "two-shared", "one-near", "one-far"]


@pytest.mark.parametrize("newer", ["alpha", "zeta"])
def test_related_ties_in_time_are_broken_by_slug(content, newer):
    """Five days before and five days after: a to z, whichever of the two is newer (so that
    neither the corpus order nor its reverse passes for the tie-break)."""
    older = "zeta" if newer == "alpha" else "alpha"
    corpus = build(
        content,
        entry("subject", date="2022-06-10"),
        entry(older, date="2022-06-05"),
        entry(newer, date="2022-06-15"),
    )
    assert [e.slug for e in corpus.related["subject"]] == ["alpha", "zeta"]


def _order_of(html: str) -> list[str]:
    """The entry page's parts in document order, by their classes."""
    soup = BeautifulSoup(html, "html.parser")
    names = {
        "digest-summary": "summary",
        "digest-writeup--lead": "summary",
        "digest-quotes": "quotes",
        "digest-writeup": "write-up",
        "digest-entry__taxonomy": "taxonomy",
        "digest-related": "related",
    }
    order = []
    for element in soup.find_all(True):
        classes = element.get("class") or []
        for cls in classes:
            if cls in names and (cls != "digest-writeup" or "digest-writeup--lead" not in classes):
                order.append(names[cls])
    return order


def test_entry_page_shows_summary_then_quotes_then_write_up(content):
    corpus = build(
        content,
        entry("lead", date="2022-01-01", body="The first paragraph.\n\nThe second paragraph."),
        entry("explicit", date="2022-01-02", summary="A summary.", body="The write-up."),
    )
    pages = rendered_pages(corpus)
    lead = pages["entries/2022/lead/"]
    assert _order_of(lead) == ["summary", "quotes", "write-up", "taxonomy", "related"]
    soup = BeautifulSoup(lead, "html.parser")
    assert soup.select_one(".digest-writeup--lead").get_text(strip=True) == "The first paragraph."
    rest = soup.select(".digest-writeup")[-1].get_text(strip=True)
    assert rest == "The second paragraph."  # the lead is shown once, as the summary
    explicit = pages["entries/2022/explicit/"]
    assert _order_of(explicit) == ["summary", "quotes", "write-up", "taxonomy", "related"]
    soup = BeautifulSoup(explicit, "html.parser")
    assert soup.select_one(".digest-summary").get_text() == "A summary."
    assert soup.select(".digest-writeup")[-1].get_text(strip=True) == "The write-up."


def test_listing_pages_hold_exactly_their_entries_in_order(content):
    corpus = build(
        content,
        entry("e1", date="2022-01-01", topics="governance"),
        entry("e2", date="2022-01-02", topics="governance, open-source"),
        entry("e3", date="2022-01-03", topics="open-source"),
        entry("e4", date="2022-01-04", topics="governance"),
        entry("e5", date="2022-01-05", topics="governance"),
    )
    pages = rendered_pages(corpus)

    def cards(url: str) -> list[str]:
        soup = BeautifulSoup(pages[url], "html.parser")
        return [a.get_text() for a in soup.select(".digest-card__title a")]

    assert cards("") == ["Entry e5", "Entry e4", "Entry e3"]
    assert cards("page/2/") == ["Entry e2", "Entry e1"]
    assert cards("topics/governance/") == ["Entry e5", "Entry e4", "Entry e2"]
    assert cards("topics/governance/page/2/") == ["Entry e1"]
    assert cards("topics/open-source/") == ["Entry e3", "Entry e2"]
    assert "topics/open-source/page/2/" not in pages


def rendered_pages(corpus) -> dict[str, str]:
    """Every generated page's body (HTML), by URL, as a build without a cache makes it."""
    site = build_site(corpus, SETTINGS, parallel=False)
    return {built.page.url: site.body(built).decode("utf-8") for built in site.pages}


def test_a_naive_added_time_is_utc_whatever_the_machines_zone(content):
    """`added: 2024-05-01 23:30:00` has no zone: the README says UTC. The suite runs under
    TZ=Asia/Tokyo (conftest), where reading it as local time would say 14:30 UTC."""
    import os
    import time

    assert os.environ["TZ"] == "Asia/Tokyo" and time.localtime(0).tm_hour == 9
    corpus = build(content, entry("late", date="2024-05-01", added="2024-05-01 23:30:00"))
    site = build_site(corpus, SETTINGS, parallel=False)
    files = {static.path: static.content for static in site.static}
    rss = feedparser.parse(files["feed.xml"])
    assert rss.entries[0].published == "Wed, 01 May 2024 23:30:00 +0000"
