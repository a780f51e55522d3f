"""What one entry may make the site carry: a bounded number of quotes and of speakers.

Each quote is copied onto the entry's page, its speaker's page and the feeds; each speaker gets
a page of their own. Without a bound, one 250 KB file with 3,900 quotes by 3,900 speakers made
4,015 pages and 105 MB of site. News articles quote a handful of people (the README's rules
give the figures), so the bounds refuse only what no article carries.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from digest.content.loader import Document
from digest.model.problems import Problem

MAX_QUOTES = 30
MAX_SPEAKERS = 20
# Pages one entry adds to the site: its own, and one per speaker.
MAX_PAGES_PER_ENTRY = 1 + MAX_SPEAKERS


def check_bounds(doc: Document, data: Any) -> list[Problem]:
    """At most MAX_QUOTES quotes and MAX_SPEAKERS distinct speakers (names compared as the
    site compares them, after NFKC and case folding), each refused at the first line over."""
    quotes = data.get("quotes") if isinstance(data, dict) else None
    if not isinstance(quotes, list):
        return []
    problems = []
    if len(quotes) > MAX_QUOTES:
        message = (
            f"is quote {MAX_QUOTES + 1} of {len(quotes):,}; an entry holds at most {MAX_QUOTES} "
            "quotes: keep the key ones"
        )
        problems.append(doc.problem(("quotes", MAX_QUOTES), f"quotes[{MAX_QUOTES}]", message))
    speakers: set[str] = set()
    for index, quote in enumerate(quotes):
        speaker = quote.get("speaker") if isinstance(quote, dict) else None
        if not isinstance(speaker, str) or not speaker.strip():
            continue
        speakers.add(unicodedata.normalize("NFKC", " ".join(speaker.split())).casefold())
        if len(speakers) > MAX_SPEAKERS:
            message = (
                f"is speaker {MAX_SPEAKERS + 1}; an entry quotes at most {MAX_SPEAKERS} people "
                f"(each gets a page: an entry makes at most {MAX_PAGES_PER_ENTRY} pages)"
            )
            location = ("quotes", index, "speaker")
            problems.append(doc.problem(location, f"quotes[{index}].speaker", message))
            break
    return problems
