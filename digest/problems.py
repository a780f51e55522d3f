"""Problems found in content, and the two ways they are printed (compiler style, GitHub)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "note"]

MAX_FIELD_CHARS = 80
MAX_MESSAGE_CHARS = 400


def _clean(text: str, limit: int) -> str:
    """One printable line: content echoed in a message (a key, a value) can neither break the
    line nor hide characters, and a huge value cannot flood the terminal."""
    text = "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in str(text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem at one place: what editors read, one line each."""

    path: str
    line: int
    severity: Severity
    field: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", _clean(self.path, 4096))
        object.__setattr__(self, "field", _clean(self.field, MAX_FIELD_CHARS))
        object.__setattr__(self, "message", _clean(self.message, MAX_MESSAGE_CHARS))

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


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Stable, readable order: by file, then line."""
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.field, p.message))
