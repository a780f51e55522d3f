"""Text for the terminal: nothing from content or the network may drive it.

A title, URL or server message could carry escape sequences (colours, cursor moves, window
titles, hyperlinks), C0/C1 controls or bidirectional overrides. Printed raw they can hide or
fake output; here each such character becomes a visible escape such as `\\x1b` or `\\u202e`.
"""

from __future__ import annotations

MAX_CHARS = 2000


def clean(text: object, limit: int = MAX_CHARS) -> str:
    """One printable line: every non-printable character (other than a space) shown escaped."""
    value = str(text)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    if value.isprintable():
        return value
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in value)
