"""Check every quote of the given entries, word for word, against the article it comes from.

Only typography is forgiven: curly and straight quotes and apostrophes, the kind of dash, spaces
(non-breaking ones included), Unicode compatibility forms, and a final comma or full stop that
an editor closing a quote may change. `…` or `[…]` in a quote stands for words left out. A quote
not found is an error that shows the closest passage of the article, so that the editor sees the
difference; a source that cannot be read is a warning that says so, never a pass.
"""

from __future__ import annotations

import difflib
import heapq
import re
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from digest.content.files import find_entry_files
from digest.content.layout import Layout
from digest.content.loader import load_markdown
from digest.editor.articles import Article, ArticleError, PageCache, is_url, load_article, now_iso
from digest.model.problems import Problem

MAX_QUOTE_WORDS = 120  # words of a quote compared when looking for the closest passage
CANDIDATES = 6  # best windows (by shared words) compared character by character
MAX_GAP = 2000  # characters an elision may stand for

_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»″〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛′`´‹›ʼ", "'"),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    }
)
_DASH = re.compile(r"\s*-{1,3}\s*")
_ELISION = re.compile(r"\s*\[?\s*\.{3,}\s*\]?\s*")
_WORD = re.compile(r"\S+")


def normalise(text: str) -> str:
    """Typography only: compatibility forms (NBSP, `…`, ligatures), quote marks, dashes, spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    text = " ".join(text.split())
    return _DASH.sub("-", text)


def _segments(quote: str) -> list[str]:
    """The quote's parts between elisions, its own outer quote marks and final `,` or `.` off."""
    text = normalise(quote).strip().strip('"').strip()
    if text[-1:] in ",.;:" and not text.endswith("..."):
        text = text[:-1].rstrip()
    return [part for part in _ELISION.split(text) if part.strip()]


def find_quote(quote: str, source: str) -> bool:
    """Is `quote` in `source` (already normalised), its parts in order, elisions bridged?"""
    parts = _segments(quote)
    if not parts:
        return False
    start = 0
    for _ in range(200):  # occurrences of the first part tried, at most
        first = source.find(parts[0], start)
        if first < 0:
            return False
        end = first + len(parts[0])
        for part in parts[1:]:
            found = source.find(part, end, end + MAX_GAP + len(part))
            if found < 0:
                break
            end = found + len(part)
        else:
            return True
        start = first + 1
    return False


def closest_passage(quote: str, source: str) -> tuple[str, float]:
    """The passage of `source` most like `quote` (both normalised) and its similarity (0–1).

    Bounded: one linear pass counts shared words in a sliding window; only the few best windows
    are compared character by character (difflib), each with a few boundary shifts.
    """
    quote_words = _WORD.findall(" ".join(_segments(quote)) or quote)[:MAX_QUOTE_WORDS]
    spans = [(m.start(), m.end()) for m in _WORD.finditer(source)]
    if not quote_words or not spans:
        return "", 0.0
    wanted = {w.lower().strip(".,;:!?\"'()") for w in quote_words}
    hits = [0]
    for a, b in spans:
        word = source[a:b].lower().strip(".,;:!?\"'()")
        hits.append(hits[-1] + (word in wanted))
    m = min(len(quote_words), len(spans))
    scores = ((hits[i + m] - hits[i], -i) for i in range(len(spans) - m + 1))
    starts: list[int] = []
    for score, neg in heapq.nlargest(CANDIDATES * 8, scores):
        i = -neg
        if score and all(abs(i - j) >= max(1, m // 2) for j in starts):
            starts.append(i)
        if len(starts) == CANDIDATES:
            break
    target = " ".join(quote_words)
    best, best_ratio = "", 0.0
    for i in starts or [0]:
        for lo in range(max(0, i - 2), min(len(spans), i + 3)):
            for hi in range(max(lo + 1, lo + m - 2), min(len(spans), lo + m + 2) + 1):
                passage = source[spans[lo][0] : spans[hi - 1][1]].strip('"').rstrip(",;:")
                matcher = difflib.SequenceMatcher(None, target, passage, autojunk=False)
                if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                    continue
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    best, best_ratio = passage, ratio
    return best, best_ratio


def name_in(name: str, source_folded: str) -> bool:
    """Does the article name this person? Whole name, or every part of it (a middle initial
    may be missing); `source_folded` is normalised and case-folded."""
    folded = normalise(name).casefold()
    if not folded.strip():
        return True
    if folded in source_folded:
        return True
    parts = [p.strip(".,") for p in folded.split()]
    parts = [p for p in parts if len(p) > 1]
    return bool(parts) and all(
        re.search(rf"(?<!\w){re.escape(p)}(?!\w)", source_folded) for p in parts
    )


def _shorten(text: str, limit: int = 160) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 60].rstrip() + " … " + text[-50:].lstrip()


# --- entries -----------------------------------------------------------------------------------


@dataclass
class QuoteResult:
    """What `--json` reports for one quote."""

    path: str
    line: int
    index: int
    text: str
    speaker: str | None
    verified: bool | None  # None: the source could not be read
    similarity: float | None = None  # 1.0 when found; else the closest passage's
    closest: str | None = None
    speaker_named: bool | None = None
    source: str | None = None  # the URL checked against
    source_kind: str | None = None  # "original" or "archive"
    from_cache: bool | None = None
    fetched_at: str | None = None  # when that copy of the page was fetched
    verified_at: str | None = None  # when this check found the quote, UTC


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    quotes: list[QuoteResult] = field(default_factory=list)

    def as_json(self, checked_at: str) -> dict[str, Any]:
        return {
            "checked_at": checked_at,
            "quotes": [asdict(q) for q in self.quotes],
            "problems": [asdict(p) for p in self.problems],
        }


Loader = Callable[[str], Article]


def entry_files(root: Path) -> list[Path]:
    """Every entry file of a content folder. (The one place that knows how entries are found.)"""
    files, _ = find_entry_files(Layout(root))
    return files


def verify_entry(path: Path, load: Loader, checked_at: str) -> Report:
    """Check the quotes of one entry; `load` reads an article by URL (or raises ArticleError)."""
    report = Report()
    doc, _ = load_markdown(path)

    def problem(location: tuple[str | int, ...], severity: str, fld: str, message: str) -> None:
        report.problems.append(
            Problem(
                path=doc.display,
                line=doc.line(location),
                severity=severity,  # type: ignore[arg-type]
                field=fld,
                message=message,
            )
        )

    data = doc.data if isinstance(doc.data, dict) else None
    if data is None:
        problem((), "warning", "file", "cannot be verified: the front matter does not load")
        return report
    raw_quotes = data.get("quotes")
    quotes = raw_quotes if isinstance(raw_quotes, list) else []
    items = [
        (i, q)
        for i, q in enumerate(quotes)
        if isinstance(q, dict) and isinstance(q.get("text"), str) and q["text"].strip()
    ]
    if not items:
        return report
    raw_source = data.get("source")
    source: dict[str, Any] = raw_source if isinstance(raw_source, dict) else {}
    url = source.get("url") if isinstance(source.get("url"), str) else None
    archive = source.get("archive") if isinstance(source.get("archive"), str) else None
    article, kind, used = _read_source(url, archive, load, problem, len(items))

    page = folded = ""
    if article is not None:
        page = normalise(article.text)
        whole = normalise(article.page_text)
        folded = whole.casefold()
    for i, quote in items:
        speaker = quote.get("speaker") if isinstance(quote.get("speaker"), str) else None
        result = QuoteResult(
            path=doc.display,
            line=doc.line(("quotes", i, "text")),
            index=i,
            text=quote["text"],
            speaker=speaker,
            verified=None,
        )
        report.quotes.append(result)
        if article is None:
            continue
        result.source, result.source_kind = used, kind
        result.from_cache, result.fetched_at = article.from_cache, article.fetched_at
        _compare(result, quote["text"], page, whole, kind, checked_at, problem)
        if speaker is not None:
            result.speaker_named = name_in(speaker, folded)
            if not result.speaker_named:
                problem(
                    ("quotes", i, "speaker"),
                    "warning",
                    f"quotes[{i}].speaker",
                    f'"{speaker}" is not named in the source',
                )
    return report


def _compare(
    result: QuoteResult,
    text: str,
    page: str,
    whole: str,
    kind: str | None,
    checked_at: str,
    problem: Callable[[tuple[str | int, ...], str, str, str], None],
) -> None:
    """The quote against the article's text (then the whole page's): verified, or an error
    that shows the closest passage and how similar it is."""
    i = result.index
    if find_quote(text, page) or find_quote(text, whole):
        result.verified, result.similarity, result.verified_at = True, 1.0, checked_at
        return
    passage, ratio = closest_passage(text, whole)
    result.verified, result.similarity = False, round(ratio, 3)
    result.closest = passage or None
    where = " the archived copy" if kind == "archive" else " the source"
    closest = f'; closest: "{_shorten(passage)}" ({int(ratio * 100)}%)' if passage else ""
    problem(("quotes", i, "text"), "error", f"quotes[{i}].text", f"not in{where}{closest}")


def _read_source(
    url: str | None,
    archive: str | None,
    load: Loader,
    problem: Callable[[tuple[str | int, ...], str, str, str], None],
    count: int,
) -> tuple[Article | None, str | None, str | None]:
    """(article, "original" or "archive", URL used): the original first, the archive if not."""
    quotes = f"{count} quote{'s' if count != 1 else ''}"
    if url is None or not is_url(url):
        problem(
            ("source", "url"), "warning", "source.url", f"no web address: {quotes} not verified"
        )
        return None, None, None
    try:
        return load(url), "original", url
    except ArticleError as error:
        reason = str(error)
    if archive is not None and is_url(archive):
        try:
            article = load(archive)
        except ArticleError as error:
            problem(
                ("source", "url"),
                "warning",
                "source.url",
                f"could not be read ({reason}), nor its archived copy ({error}): "
                f"{quotes} not verified",
            )
            return None, None, None
        problem(
            ("source", "url"),
            "warning",
            "source.url",
            f"could not be read ({reason}); {quotes} checked against source.archive instead",
        )
        return article, "archive", archive
    problem(
        ("source", "url"),
        "warning",
        "source.url",
        f"could not be read ({reason}): {quotes} not verified",
    )
    return None, None, None


def verify_files(
    paths: Sequence[Path],
    *,
    offline: bool = False,
    cache: PageCache | None = None,
    timeout: float = 10.0,
    deadline: float = 30.0,
    concurrency: int = 8,
    checked_at: str | None = None,
) -> Report:
    """Check every entry in `paths`, a few at a time; problems and quotes in input order."""
    stamp = checked_at or now_iso()

    def load(url: str) -> Article:
        return load_article(url, offline=offline, cache=cache, timeout=timeout, deadline=deadline)

    total = Report()
    if not paths:
        return total
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(paths)))) as pool:
        for report in pool.map(lambda p: verify_entry(p, load, stamp), paths):
            total.problems.extend(report.problems)
            total.quotes.extend(report.quotes)
    return total
