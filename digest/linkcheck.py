"""Is every source URL still alive? The requests behind `digest links`.

HEAD first, GET when HEAD is refused; redirects only to web addresses; retries for what may be
transient. Reporting lives in `digest.commands.links`.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .loader import load_markdown
from .pipeline import Layout, find_entry_files

USER_AGENT = "Mozilla/5.0 (compatible; digest-links/0.1; link-health check of a news digest)"
# Statuses that mean "the server refuses robots", not "the page is gone": reported, not failed.
BLOCKED = {401, 403, 429, 999}
# Statuses after which another try may succeed.
TRANSIENT = {408, 425, 429, 500, 502, 503, 504}
MAX_REDIRECTS = 10


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


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects with the same method (HEAD stays HEAD), to web addresses only."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise urllib.error.HTTPError(
                req.full_url, code, f"redirect to a non-web address {newurl}", headers, fp
            )
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and req.get_method() == "HEAD":
            new.method = "HEAD"
        return new


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_Redirects())


def _request_once(url: str, method: str, timeout: float) -> tuple[int, str, str]:
    """(status, reason, final URL); HTTPError statuses are returned, not raised."""
    request = urllib.request.Request(
        url,
        method=method,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"},
    )
    try:
        with _opener().open(request, timeout=timeout) as response:
            if method == "GET":
                response.read(1024)  # enough to know the server sends a body
            return response.status, response.reason or "", response.geturl()
    except urllib.error.HTTPError as error:
        error.close()
        return error.code, str(error.reason or ""), error.geturl() or url


def _network_reason(error: BaseException, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError) or isinstance(error, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


_NETWORK_ERRORS = (urllib.error.URLError, http.client.HTTPException, OSError, ValueError)


def _unreachable(error: BaseException) -> bool:
    """No server there at all (no such host, nothing listening): GET will not do better."""
    reason = getattr(error, "reason", error)
    return isinstance(reason, socket.gaierror | ConnectionRefusedError) or isinstance(
        error, ValueError
    )


def check_url(
    url: str,
    *,
    timeout: float = 10.0,
    retries: int = 2,
    backoff: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
) -> Result:
    """HEAD first (cheap), GET when HEAD is refused or fails; retry what may be transient."""
    attempts = 0
    result = Result(url, "dead", "not checked")
    for attempt in range(retries + 1):
        if attempt:
            sleep(backoff * 2 ** (attempt - 1))
        attempts += 1
        try:
            try:
                status, reason, final = _request_once(url, "HEAD", timeout)
            except _NETWORK_ERRORS as error:
                if _unreachable(error):
                    raise
                status = 0  # some servers hang up on HEAD: ask with GET before giving up
            if status == 0 or status >= 400:  # many servers refuse or mishandle HEAD
                status, reason, final = _request_once(url, "GET", timeout)
        except _NETWORK_ERRORS as error:
            result = Result(url, "dead", _network_reason(error, timeout), attempts=attempts)
            continue
        moved = final if final and final != url else None
        if status < 400:
            return Result(url, "ok", f"HTTP {status}", moved, attempts)
        detail = f"HTTP {status} {reason}".strip()
        kind = "blocked" if status in BLOCKED else "dead"
        result = Result(url, kind, detail, moved, attempts)
        if status not in TRANSIENT:
            return result
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
