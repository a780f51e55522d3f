"""`digest links`: is every source URL still alive?

Run weekly by a workflow that files one tracking issue, never on pull requests: the web changes
under us, and a dead link elsewhere must not block an editor's merge.
"""

from __future__ import annotations

import argparse
import http.client
import socket
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .loader import load_markdown
from .pipeline import Layout, find_entry_files
from .problems import Problem

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

    def redirect_request(self, req, fp, code, msg, headers, newurl):
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


def _problems(links: list[Link], results: list[Result]) -> list[Problem]:
    problems: list[Problem] = []
    for link, result in zip(links, results, strict=True):
        for path, line in link.places:
            if result.status == "dead":
                message = f"{link.url} is dead: {result.detail}"
                problems.append(
                    Problem(
                        path=path, line=line, severity="error", field="source.url", message=message
                    )
                )
            elif result.status == "blocked":
                message = f"{link.url} refused the checker ({result.detail}); check it by hand"
                problems.append(
                    Problem(
                        path=path,
                        line=line,
                        severity="warning",
                        field="source.url",
                        message=message,
                    )
                )
    return sorted(problems, key=lambda p: (p.path, p.line))


def _md(text: str) -> str:
    """Escape for a Markdown table cell in a GitHub issue."""
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text.replace("@", "&#64;")  # no accidental @mentions


def _md_url(url: str) -> str:
    """An autolink that cannot break out of its table cell."""
    for char, code in (("<", "%3C"), (">", "%3E"), ("|", "%7C"), (" ", "%20"), ("`", "%60")):
        url = url.replace(char, code)
    return f"<{url}>"


def format_markdown(links: list[Link], results: list[Result]) -> str:
    dead = [(lk, r) for lk, r in zip(links, results, strict=True) if r.status == "dead"]
    blocked = [(lk, r) for lk, r in zip(links, results, strict=True) if r.status == "blocked"]
    moved = [
        (lk, r)
        for lk, r in zip(links, results, strict=True)
        if r.status == "ok" and r.final_url is not None
    ]
    out = ["## Link health", ""]
    out.append(
        f"Checked {len(links)} source URLs: {len(dead)} dead, {len(blocked)} refused the checker, "
        f"{len(moved)} redirected."
    )
    out.append("")

    def table(title: str, rows, note: str) -> None:
        out.extend(
            [f"### {title}", "", note, "", "| Entry | URL | Result |", "| --- | --- | --- |"]
        )
        for link, result in rows:
            where = "<br>".join(f"`{path.replace('`', '')}:{line}`" for path, line in link.places)
            detail = result.detail
            if result.final_url:
                detail += f" → {result.final_url}"
            out.append(f"| {where} | {_md_url(link.url)} | {_md(detail)} |")
        out.append("")

    if dead:
        table(
            "Dead links",
            dead,
            "Replace each with the article's new address, or with an archived copy "
            "(e.g. the Wayback Machine).",
        )
    else:
        out.extend(["No dead links. ✅", ""])
    if blocked:
        table("Refused the checker", blocked, "Probably alive; check these by hand.")
    if moved:
        table("Redirected", moved, "Alive; consider updating to the final address.")
    return "\n".join(out)


def cmd_links(args: argparse.Namespace) -> int:
    root = Path(args.content)
    if not root.is_dir():
        print(
            f"{root}:1: error: file: content folder not found (use --content DIR)", file=sys.stderr
        )
        return 2
    links = collect_links(Layout(root))
    results = check_links(
        links, concurrency=args.concurrency, timeout=args.timeout, retries=args.retries
    )
    problems = _problems(links, results)
    dead = sum(r.status == "dead" for r in results)
    if args.format == "markdown":
        print(format_markdown(links, results))
    else:
        for problem in problems:
            print(problem)
        print(
            f"{len(links)} source URLs checked; {dead} dead, "
            f"{sum(r.status == 'blocked' for r in results)} refused the checker",
            file=sys.stderr,
        )
    return 1 if dead else 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 300:
        raise argparse.ArgumentTypeError("must be between 0 and 300 seconds")
    return value


def register(subparsers) -> None:
    links = subparsers.add_parser(
        "links",
        help="check that every source URL still answers; exit 1 if any is dead",
        description="Request every entry's source URL (HEAD, then GET when HEAD is refused), "
        "following redirects, with bounded concurrency, timeouts and retries. Dead links are "
        "errors; servers that refuse robots (401, 403, 429) are warnings.",
    )
    links.add_argument("--content", default="content", metavar="DIR", help="default: content")
    links.add_argument(
        "--concurrency", type=_positive_int, default=8, metavar="N", help="default: 8"
    )
    links.add_argument(
        "--timeout", type=_seconds, default=10.0, metavar="S", help="per request (default 10)"
    )
    links.add_argument(
        "--retries", type=_non_negative_int, default=2, metavar="N", help="default: 2"
    )
    links.add_argument("--format", choices=("text", "markdown"), default="text")
    links.set_defaults(func=cmd_links)
