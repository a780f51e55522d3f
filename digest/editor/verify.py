"""Check every quote of the given entries, word for word, against the article it comes from.

Only typography is forgiven: curly and straight quotes and apostrophes, the kind of dash, spaces
(non-breaking ones included), Unicode compatibility forms, and a final comma or full stop that
an editor closing a quote may change. `…` or `[…]` in a quote stands for words left out. A quote
not found is an error that shows the closest passage of the article, so that the editor sees the
difference; a source that cannot be read is a warning that says so, never a pass.
"""

from __future__ import annotations

import bisect
import difflib
import heapq
import re
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from digest.content.files import find_entry_files
from digest.content.layout import Layout
from digest.content.loader import load_markdown
from digest.editor.articles import Article, ArticleError, PageCache, is_url, load_article, now_iso
from digest.model.archives import archive_problem, archived_copy
from digest.model.problems import Problem

MAX_QUOTE_WORDS = 120  # words of a quote compared when looking for the closest passage
CANDIDATES = 12  # best runs of sentences (by shared words) aligned character by character
MAX_GAP = 2000  # characters an elision may stand for
MAX_SOURCE_CHARS = 6_000_000  # more than any page the client accepts (5 MiB)
MAX_SENTENCE = 1_000  # characters: longer "sentences" (no punctuation) are cut
MAX_EXCERPT = 300  # characters of the source ever shown: whole sentences, or a cut of them
SHOWN_FROM = 0.7  # below this similarity, nothing of the source is shown
NEAR_MISS = 0.9  # from this similarity, the words that differ are shown
_OPENING_MARKS = frozenset("\"“‘«„'")  # a passage starting with one is shown without ours

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
_EDGE = " \"'.,;:"  # spaces and punctuation a quote's edges may lose
# A full stop after an initial ("Lawrence E. Hecht") or a title ("Dr. Ng") ends no sentence.
_SENTENCE_END = re.compile(
    r"(?<![\s(][A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\bMrs)[.!?]+[\"')\]]*(?=\s)|\n|$"
)


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


@dataclass(frozen=True)
class Closest:
    """The passage of a source most like a quote: whole sentences, bounded in length."""

    passage: str  # whole sentences around the best match, or a cut of them marked with "…"
    ratio: float  # 0–1: the quote against the best-matching stretch of the passage
    differences: tuple[tuple[str, str], ...] = ()  # (quote's words, source's words), near misses


NO_MATCH = Closest("", 0.0)


def _sentence_spans(source: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `source` (normalised), in one pass; a sentence longer
    than MAX_SENTENCE is cut at word boundaries, so no span is unbounded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(source):
        end = match.end()
        while end - start > MAX_SENTENCE:
            cut = source.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            spans.append((start, cut))
            start = cut
        if source[start:end].strip():
            spans.append((start, end))
        start = end
    return spans


def closest_passage(quote: str, source: str) -> Closest:
    """The sentences of `source` most like `quote` (both normalised), how similar, and, for a
    near miss, the words that differ.

    Linear in the source, with a bounded amount of fuzzy matching: one pass counts each
    sentence's words shared with the quote; only the CANDIDATES best runs of sentences (about
    the quote's length) are aligned with the quote (rapidfuzz, in C++).
    """
    target = " ".join(_segments(quote)) or normalise(quote)
    target = " ".join(target.split()[:MAX_QUOTE_WORDS])
    source = source[:MAX_SOURCE_CHARS]
    spans = _sentence_spans(source)
    if not target or not spans:
        return NO_MATCH
    wanted = {_word(w) for w in target.split()}
    hits = [0]
    for a, b in spans:
        hits.append(hits[-1] + len(wanted.intersection(map(_word, source[a:b].split()))))
    windows = []  # (shared words, first sentence, one past the last)
    length = len(target)
    j = 0
    for i in range(len(spans)):
        j = max(j, i + 1)
        while j < len(spans) and spans[j - 1][1] - spans[i][0] < length and j - i < 8:
            j += 1
        windows.append((hits[j] - hits[i], -i, j))
    best, best_span, best_start, best_end = NO_MATCH, "", 0, 0
    for score, neg, j in heapq.nlargest(CANDIDATES, windows):
        if not score and best is not NO_MATCH:
            break
        lo, hi = spans[-neg][0], spans[j - 1][1]
        text = source[lo:hi]
        aligned = fuzz.partial_ratio_alignment(target, text)
        if aligned is not None and aligned.score / 100 > best.ratio:
            start, end = lo + aligned.dest_start, lo + aligned.dest_end
            best = Closest(_excerpt(source, spans, start, end), aligned.score / 100)
            # whole words: the alignment may start or end inside one
            while start > lo and not source[start - 1].isspace():
                start -= 1
            while end < hi and not source[end].isspace():
                end += 1
            best_span, best_start, best_end = source[start:end], start, end
    best_span, whole = _whole_words(target, best_span, source, best_end)
    if whole > best.ratio:
        best = Closest(best.passage, whole)
    if best.ratio >= NEAR_MISS:
        # Compared with the whole sentences around the match: the alignment may begin after
        # the quote's first words (`The market, they argued, is …`) and would name them.
        first = bisect.bisect_right([a for a, _ in spans], best_start) - 1
        last = bisect.bisect_left([b for _, b in spans], best_start + len(best_span))
        lo = max(spans[max(first, 0)][0], best_start - 2 * len(target))
        hi = min(spans[min(last, len(spans) - 1)][1], best_start + 3 * len(target))
        best = Closest(best.passage, best.ratio, _differences(target, source[lo:hi]))
    return best


def _whole_words(target: str, span: str, source: str, end: int) -> tuple[str, float]:
    """The aligned span run on by up to 30 more words of the source, at the word where it is
    most like the quote: an alignment scores equal-length windows, so "vs Oracle story" against
    "vs Microsoft story" stops before "story" (85%) where the editor's eye takes it (87%)."""
    best, score = span, fuzz.ratio(target, span.strip(_EDGE)) / 100 if span else 0.0
    for more in _WORD.finditer(source, end, end + len(target) + 200):
        if more.start() - end > len(target) or more.end() - end > 400:
            break
        longer = span + source[end : more.end()]
        ratio = fuzz.ratio(target, longer.strip(_EDGE)) / 100
        if ratio > score:
            best, score = longer, ratio
    return best, score


def _word(word: str) -> str:
    return word.lower().strip(".,;:!?\"'()")


def _excerpt(source: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """The whole sentences holding source[start:end]; if longer than MAX_EXCERPT, the match
    widened to word boundaries, its cuts marked with "…"."""
    first = bisect.bisect_right([a for a, _ in spans], start) - 1
    last = bisect.bisect_left([b for _, b in spans], end)
    lo = spans[max(first, 0)][0]
    hi = spans[min(last, len(spans) - 1)][1]
    whole = source[lo:hi].strip()
    if len(whole) <= MAX_EXCERPT:
        return whole
    room = max(0, (MAX_EXCERPT - (end - start)) // 2)
    lo2 = source.rfind(" ", max(lo, start - room), start + 1)
    hi2 = source.find(" ", end, min(hi, end + room))
    lo2 = lo if lo2 < 0 else lo2
    hi2 = hi if hi2 < 0 else hi2
    cut = source[lo2:hi2].strip()[:MAX_EXCERPT]
    return ("… " if lo2 > lo else "") + cut + (" …" if hi2 < hi else "")


_MARKS = "\"'()[]"


def _differences(quote: str, passage: str) -> tuple[tuple[str, str], ...]:
    """The words of a near miss that differ, quote's against source's (at most five)."""
    ours, theirs = quote.split()[:MAX_QUOTE_WORDS], passage.split()[: MAX_QUOTE_WORDS * 3]
    matcher = difflib.SequenceMatcher(
        None, [_word(w) for w in ours], [_word(w) for w in theirs], autojunk=False
    )
    codes = matcher.get_opcodes()
    # The passage's words before the quote's first and after its last are context, not
    # differences: a changed first or last word is set against as many words, no more.
    if codes and codes[0][0] in ("insert", "replace"):
        kind, a1, a2, b1, b2 = codes[0]
        codes[0] = (kind, a1, a2, max(b1, b2 - (a2 - a1)), b2)
    if codes and codes[-1][0] in ("insert", "replace"):
        kind, a1, a2, b1, b2 = codes[-1]
        codes[-1] = (kind, a1, a2, b1, min(b2, b1 + (a2 - a1)))
    found = []
    for kind, a1, a2, b1, b2 in codes:
        if kind != "equal" and (a1 < a2 or b1 < b2):
            found.append((" ".join(ours[a1:a2]), " ".join(theirs[b1:b2])))
    if not found:
        # The same words, told apart only by case or punctuation (`every` / `Every`,
        # `quarter,` / `quarter;`): those words, as each side writes them.
        # The source's quotation marks, and the comma or full stop the quote's last word
        # may drop, are its edges, no difference.
        for kind, a1, a2, b1, _ in codes:
            if kind != "equal":
                continue
            for k in range(a2 - a1):
                mine, source = ours[a1 + k].strip(_MARKS), theirs[b1 + k].strip(_MARKS)
                last = a1 + k == len(ours) - 1
                if mine != source and not (last and mine == source.rstrip(",.;:").strip(_MARKS)):
                    found.append((mine, source))
    return tuple(found[:5])


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
    closest: str | None = None  # whole sentences of the source, at most MAX_EXCERPT characters
    differences: list[list[str]] | None = None  # near misses: [quote's words, source's words]
    speaker_named: bool | None = None
    source: str | None = None  # the URL checked against
    source_kind: str | None = None  # "original" or "archive"
    archive: str | None = None  # which web archive's copy, e.g. "the Wayback Machine"
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
    copy = _usable_archive(url, archive, problem)
    read = _read_source(url, copy, load, problem, len(items))
    archived: list[_Read | None] = []  # the archive's copy, read when a quote needs it

    def from_archive() -> _Read | None:
        if copy is None or (read is not None and read.kind == "archive"):
            return None
        if not archived:
            try:
                archived.append(_Read.of(load(copy[0]), "archive", copy[0], copy[1]))
            except ArticleError:
                archived.append(None)
        return archived[0]

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
        if read is None:
            continue
        used = read
        if not read.has(quote["text"]):
            other = from_archive()
            if other is not None and other.has(quote["text"]):
                used = other
                message = (
                    f"found only in {other.archive}'s copy ({other.url}): the source has "
                    "changed since it was archived"
                )
                problem(("quotes", i, "text"), "warning", f"quotes[{i}].text", message)
        result.source, result.source_kind, result.archive = used.url, used.kind, used.archive
        result.from_cache = used.article.from_cache
        result.fetched_at = used.article.fetched_at
        _compare(result, quote["text"], used, checked_at, problem)
        if speaker is not None:
            result.speaker_named = name_in(speaker, used.folded)
            if not result.speaker_named:
                problem(
                    ("quotes", i, "speaker"),
                    "warning",
                    f"quotes[{i}].speaker",
                    f'"{speaker}" is not named in the source',
                )
    return report


@dataclass(frozen=True)
class _Read:
    """A source as read for checking: its texts normalised once."""

    article: Article
    kind: str  # "original" or "archive"
    url: str
    archive: str | None  # the archive's name, for a copy
    page: str  # the article's main text
    whole: str  # every visible text of the page
    folded: str  # `whole`, case-folded (for names)
    blocks: str  # `whole` with its blocks (paragraphs, headings) one a line: sentences end there

    @classmethod
    def of(cls, article: Article, kind: str, url: str, archive: str | None = None) -> _Read:
        blocks = "\n".join(normalise(line) for line in article.page_text.split("\n"))
        whole = " ".join(blocks.split("\n"))
        page = normalise(article.text)
        return cls(article, kind, url, archive, page, whole, whole.casefold(), blocks)

    def has(self, quote: str) -> bool:
        return find_quote(quote, self.page) or find_quote(quote, self.whole)


def _compare(
    result: QuoteResult,
    text: str,
    read: _Read,
    checked_at: str,
    problem: Callable[[tuple[str | int, ...], str, str, str], None],
) -> None:
    """The quote against the article's text (then the whole page's): verified, or an error
    that shows the closest passage (whole sentences, briefly) and how similar it is."""
    i = result.index
    if read.has(text):
        result.verified, result.similarity, result.verified_at = True, 1.0, checked_at
        return
    kind, archive = read.kind, read.archive
    closest = closest_passage(text, read.blocks)
    result.verified, result.similarity = False, round(closest.ratio, 3)
    shown = closest.ratio >= SHOWN_FROM and bool(closest.passage)
    result.closest = closest.passage if shown else None
    result.differences = [list(pair) for pair in closest.differences] or None
    where = f" {archive}'s copy" if kind == "archive" and archive else " the source"
    percent = f"{int(closest.ratio * 100)}%"
    if shown:
        passage = closest.passage
        # A passage that opens with the source's own quotation mark is shown as it is: quotes
        # of ours around it would double the mark (`""We must …," said …"`).
        shown_as = passage if passage[:1] in _OPENING_MARKS else f'"{passage}"'
        detail = f"; closest: {shown_as} ({percent})"
        if closest.differences:
            pairs = "; ".join(f'"{q}" / "{t}"' for q, t in closest.differences)
            detail += f"; words that differ (quote / source): {pairs}"
    else:
        detail = f"; nothing in it comes close (best match {percent})"
    problem(("quotes", i, "text"), "error", f"quotes[{i}].text", f"not in{where}{detail}")


def _usable_archive(
    url: str | None,
    archive: str | None,
    problem: Callable[[tuple[str | int, ...], str, str, str], None],
) -> tuple[str, str] | None:
    """(URL, archive's name) of `source.archive` when it is a known web archive's copy of
    `source.url`; otherwise an error (a page anyone controls must never stand in for the
    source) and None."""
    if archive is None or url is None:
        return None
    reason = archive_problem(archive, url)
    if reason is not None:
        problem(("source", "archive"), "error", "source.archive", f"not used: {reason}")
        return None
    copy = archived_copy(archive)
    return (archive.strip(), copy.archive.name) if copy is not None else None


def _read_source(
    url: str | None,
    archive: tuple[str, str] | None,
    load: Loader,
    problem: Callable[[tuple[str | int, ...], str, str, str], None],
    count: int,
) -> _Read | None:
    """The original, or (when it cannot be read) the archive's copy; None if neither."""
    quotes = f"{count} quote{'s' if count != 1 else ''}"
    if url is None or not is_url(url):
        problem(
            ("source", "url"), "warning", "source.url", f"no web address: {quotes} not verified"
        )
        return None
    try:
        return _Read.of(load(url), "original", url)
    except ArticleError as error:
        reason = str(error)
    if archive is not None:
        address, name = archive
        try:
            article = load(address)
        except ArticleError as error:
            problem(
                ("source", "url"),
                "warning",
                "source.url",
                f"could not be read ({reason}), nor {name}'s copy ({error}): {quotes} not verified",
            )
            return None
        problem(
            ("source", "url"),
            "warning",
            "source.url",
            f"could not be read ({reason}); {quotes} checked against {name}'s copy instead",
        )
        return _Read.of(article, "archive", address, name)
    problem(
        ("source", "url"),
        "warning",
        "source.url",
        f"could not be read ({reason}): {quotes} not verified",
    )
    return None


def verify_files(
    paths: Sequence[Path],
    *,
    offline: bool = False,
    cache: PageCache | None = None,
    timeout: float = 10.0,
    deadline: float = 30.0,
    concurrency: int = 8,
    checked_at: str | None = None,
    saved: Path | None = None,
) -> Report:
    """Check every entry in `paths`, a few at a time; problems and quotes in input order.
    `saved`: the source page as saved from a browser, read in place of the source's URL."""
    stamp = checked_at or now_iso()

    def load(url: str) -> Article:
        if saved is not None:
            return load_article(str(saved))
        return load_article(url, offline=offline, cache=cache, timeout=timeout, deadline=deadline)

    total = Report()
    if not paths:
        return total
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(paths)))) as pool:
        for report in pool.map(lambda p: verify_entry(p, load, stamp), paths):
            total.problems.extend(report.problems)
            total.quotes.extend(report.quotes)
    return total
