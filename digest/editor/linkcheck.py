"""Is every source URL still alive? The requests behind `digest links`.

The first kilobyte of each page through the shared HTTP client (`digest.http`: redirects only
to web addresses, one deadline per request); retries for what may be transient. Reporting lives
in `digest.commands.links`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from digest.content.files import find_entry_files
from digest.content.layout import Layout
from digest.content.loader import load_markdown
from digest.editor import http

# Statuses that mean "the server refuses robots", not "the page is gone": reported, not failed.
BLOCKED = {401, 403, 429, 999}
# Statuses after which another try may succeed.
TRANSIENT = {408, 425, 429, 500, 502, 503, 504}


@dataclass
class Link:
    """One source URL and every place that cites it."""

    url: str
    places: list[tuple[str, int]] = field(default_factory=list)  # (display path, line)


@dataclass
class Result:
    url: str
    status: str  # "ok", "dead" or "blocked"
    detail: str  # e.g. "HTTP 404 Not Found", "no answer within 10 s"
    final_url: str | None = None  # where redirects led, when elsewhere
    attempts: int = 1


def collect_links(layout: Layout) -> list[Link]:
    """Every entry's source URL, drafts and invalid entries included, each URL once."""
    files, _ = find_entry_files(layout)
    links: dict[str, Link] = {}
    for path in files:
        doc, _ = load_markdown(path)
        data = doc.data if isinstance(doc.data, dict) else {}
        source = data.get("source")
        url = source.get("url") if isinstance(source, dict) else None
        if not isinstance(url, str) or urlsplit(url.strip()).scheme not in ("http", "https"):
            continue
        url = url.strip()
        links.setdefault(url, Link(url)).places.append((doc.display, doc.line(("source", "url"))))
    return list(links.values())


def check_url(
    url: str,
    *,
    timeout: float = 10.0,
    retries: int = 2,
    backoff: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
) -> Result:
    """GET the first kilobyte through the shared client (`digest.http`: redirects to web
    addresses only, one deadline); retry what may be transient."""
    attempts = 0
    result = Result(url, "dead", "not checked")
    for attempt in range(retries + 1):
        if attempt:
            sleep(backoff * 2 ** (attempt - 1))
        attempts += 1
        try:
            response = http.get(
                url, timeout=timeout, deadline=timeout * 3, max_bytes=1024, truncate=True
            )
        except http.FetchError as error:
            if error.status is None:
                result = Result(url, "dead", error.reason, attempts=attempts)
                if error.final:
                    return result  # no server there at all: another try will not do better
                continue
            kind = "blocked" if error.status in BLOCKED else "dead"
            result = Result(url, kind, error.reason, attempts=attempts)
            if error.status not in TRANSIENT:
                return result
            continue
        moved = response.url if response.url != url else None
        return Result(url, "ok", f"HTTP {response.status}", moved, attempts)
    return result


def check_links(
    links: list[Link], *, concurrency: int = 8, timeout: float = 10.0, retries: int = 2
) -> list[Result]:
    """Check every link with at most `concurrency` requests in flight; results in link order."""
    if not links:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(links)))) as pool:
        return list(
            pool.map(lambda link: check_url(link.url, timeout=timeout, retries=retries), links)
        )
