"""Quoted passages in a paragraph: one linear scan that tells apostrophes from closing marks.

Quotes nest as printed (“… ‘never again’ …”, or ‘… “Captain” …’ in British style): only the
outer pair delimits a passage. A single closing mark also serves as an apostrophe (we’re, the
councils’ budgets), so it closes a passage only where an apostrophe cannot be. A passage whose
paragraph ends before its closing mark runs on into the next paragraph, as in print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile("[“”\"„«»‘’']")
_CLOSERS = {"“": '”"', "„": '“”"', "«": "»", '"': '"”', "‘": "’'", "'": "'’"}
_SINGLE = "‘'"
_BEFORE_CLOSE = '.,!?…;:—–-)]"”'
_AFTER_CLOSE = ".,;:!?)]—–-"


@dataclass(frozen=True)
class Span:
    """A quoted passage: where its marks are in the paragraph, and the text between them."""

    open: int  # index of the opening mark
    close: int  # index of the closing mark; the paragraph's length when it runs on
    text: str  # between the marks, spaces trimmed
    closed: bool = True  # False: the paragraph ended first


def _opens(para: str, i: int, ch: str) -> bool:
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    if ch in "“„«":
        return True
    if before.isalnum():
        return False  # 5'10", rock'n'roll, don't
    if ch == '"':
        return not after.isspace()
    if para[i + 1 : i + 3] == "t " and para[i + 3 : i + 4].isupper():
        return False  # `van 't Hof`: the Dutch article's apostrophe before a surname
    return after.isalnum() or after in '“"…[(.'  # ‘Nobody …’, not a lone ’ or ‘ 90s


def spans(para: str) -> list[Span]:
    """The quoted passages of `para`, in order."""
    n = len(para)
    marks = [(m.start(), m.group()) for m in _MARK.finditer(para)]  # only marks matter
    # Where a single mark could close (not inside a word): to tell `councils’ budgets` (a later
    # one closes) from `everywhere’ to cope` (none does), without looking ahead more than once.
    # (not a mark that cannot close at all: `said: 'We`, a space before it, a word after it)
    single_closers = [
        i for i, ch in marks if ch in "’'" and not _in_word(para, i) and _may_close(para, i)
    ]
    single_openers = [i for i, ch in marks if ch in _SINGLE and _opens(para, i, ch)]
    pointer = opener = 0
    found: list[Span] = []
    mark: str | None = None
    start = 0
    inner = False  # a curly quote open inside a straight one: `"… got “a review” instead …"`
    nested = False  # a straight quote open inside a straight one: `"… a "double" quote,"`
    # Straight double marks still to come (a backslash's `\"` is no mark: sloppy CMS markup).
    straight = [i for i, ch in marks if ch == '"' and not _escaped(para, i)]
    left = len(straight)
    escaped = False  # the passage opened with `\"` (a page that escapes every mark)
    for i, ch in marks:
        if ch == '"':
            if not _escaped(para, i):
                left -= 1
            elif mark == '"' and not escaped:
                continue  # `"Here is a \"double\" quote,"`: a literal mark inside the passage
        if mark is None:
            if ch in _CLOSERS and _opens(para, i, ch):
                mark, start, inner, nested = ch, i, False, False
                escaped = _escaped(para, i)
            continue
        if mark == '"' and ch == "“":
            inner = True
            continue
        if inner and ch == "”":
            inner = False
            continue
        if mark == '"' and ch == '"':
            # A straight mark after a space and before a word opens, it cannot close: a quote
            # inside the passage (`"Here is a "double" quote," said …`), when two more marks
            # are left to close it and the passage. Closing at it would cut the passage in
            # two and hand its first half to whoever spoke before.
            if nested:
                nested = False
                continue
            if left >= 2 and (i == 0 or para[i - 1].isspace()) and _opens(para, i, ch):
                nested = True
                continue
        if ch in _CLOSERS[mark]:
            if mark in _SINGLE:
                while pointer < len(single_closers) and single_closers[pointer] <= i:
                    pointer += 1
                while opener < len(single_openers) and single_openers[opener] <= i:
                    opener += 1
                later = pointer < len(single_closers) and not (
                    opener < len(single_openers)
                    and single_openers[opener] < single_closers[pointer]
                )  # `themselves’ for a year. ‘If …’`: a new quote opens first, so this one closes
                if not _closes_single(para, i, later=later):
                    continue
            found.append(Span(start, i, para[start + 1 : i].strip()))
            mark = None
        elif ch == "“" and mark == "“":  # a missing closing mark: the new quote starts here
            found.append(Span(start, i, para[start + 1 : i].strip()))
            start = i
    if mark is not None:
        found.append(Span(start, n, para[start + 1 :].strip(), False))
    return found


def _escaped(para: str, i: int) -> bool:
    return i > 0 and para[i - 1] == "\\"


def _may_close(para: str, i: int) -> bool:
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else ""
    return not (after.isalnum() or before.isspace())


def _in_word(para: str, i: int) -> bool:
    return i + 1 < len(para) and para[i + 1].isalnum() and i > 0 and para[i - 1].isalnum()


def _closes_single(para: str, i: int, *, later: bool) -> bool:
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else ""
    if after.isalnum() or before.isspace():
        return False  # we’re; a ’ opening a word (’90s)
    if before in "sS" and after in ",." and para[i + 2 : i + 3] in ("’", "'") and later:
        return False  # `not the applicants’,’ he said`: a plural possessive, then the close
    if before in _BEFORE_CLOSE or after in _AFTER_CLOSE or not after:
        return True
    # A word, the mark, a space: a plural possessive (councils’ budgets) if a later mark closes.
    return not (before in "sSzZ" and later)
