"""Problems found in content, and the two ways they are printed (compiler style, GitHub)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from digest.model.termtext import clean

Severity = Literal["error", "warning", "note"]

MAX_FIELD_CHARS = 80
MAX_MESSAGE_CHARS = 400


@dataclass(frozen=True, order=True, kw_only=True)
class Problem:
    """One problem at one place: what editors read, one line each."""

    path: str
    line: int
    severity: Severity
    field: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", clean(self.path, 4096))
        object.__setattr__(self, "field", clean(self.field, MAX_FIELD_CHARS))
        object.__setattr__(self, "message", clean(self.message, MAX_MESSAGE_CHARS))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.field}: {self.message}"

    def github(self) -> str:
        """A GitHub Actions workflow command, so the problem shows inline on the pull request."""
        level = {"error": "error", "warning": "warning", "note": "notice"}[self.severity]
        title = _escape_property(f"{self.field}")
        return (
            f"::{level} file={_escape_property(self.path)},line={self.line},title={title}"
            f"::{_escape_data(f'{self.field}: {self.message}')}"
        )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def is_error(problems: Iterable[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Stable, readable order: by file, then line; each problem once."""
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.field, p.message))


SUGGEST_MAX_CHARS = 80  # names compared for a suggestion (longer ones are not typos of a name)


def did_you_mean(
    word: str, choices: Mapping[str, str], key: Callable[[str], str] = str.casefold
) -> str:
    """ "; did you mean 'X'?" for the closest of `choices`, a mapping from the form names are
    compared in (see `key`) to the suggestion as shown."""
    # A pull request may name hundreds of unknown names against thousands of spellings (1,000
    # organizations with 20 aliases each): rapidfuzz's bit-parallel LCS (C++) takes about a
    # millisecond for 21,000 spellings, where difflib took two seconds a name. Long names get
    # no suggestion (a suggestion for 80 characters helps nobody).
    if len(word) > SUGGEST_MAX_CHARS:
        return ""
    candidates = [choice for choice in choices if len(choice) <= SUGGEST_MAX_CHARS]
    best = process.extractOne(key(word), candidates, scorer=fuzz.ratio, score_cutoff=60)
    return f"; did you mean {choices[best[0]]}?" if best is not None else ""
