"""Links a reader could be misled by, said as warnings at their line: a link whose text is an
address on one host and whose target is on another, and a target whose host is an
internationalised name mixing scripts (`xn--penai-iye.com` reads as `оpenai.com`, a Cyrillic
`о`).

Only text written as an address counts (`https://…`, `www.…`, `host.tld/path`): a name such as
`Character.AI` or `Node.js` is how AI news writes a firm or a project, and its link may go to an
article about it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from digest.model.archives import archived_copy
from digest.model.weburl import idn_host, parse

# Text that is an address: a scheme or `www.`, or a host followed by a path.
_ADDRESS = re.compile(
    r"(?:(?:https?://)(?P<a>[^\s/?#]+)|(?P<b>www\.[^\s/?#]+)|(?P<c>[a-z0-9-]+(?:\.[a-z0-9-]+)+)/)"
    r"\S*",
    re.IGNORECASE,
)


def scripts(text: str) -> set[str]:
    """The scripts of the letters of `text`, by the first word of their Unicode names."""
    return {unicodedata.name(char, "?").split()[0].title() for char in text if char.isalpha()}


def idn_warning(url: str, *, mixed_only: bool = False) -> str | None:
    """What a reviewer should check about `url`'s host, when it is an internationalised name
    (with `mixed_only`, only one that mixes letters of other scripts among Latin ones, the
    look-alike's shape: `bücher.de` or a name all in Cyrillic is what it looks like)."""
    idn = idn_host(url)
    if idn is None:
        return None
    ascii_host, shown = idn
    found = scripts(shown)
    others = ", ".join(sorted(found - {"Latin"}))
    mixed = f" ({others} letters among Latin ones)" if others and "Latin" in found else ""
    if mixed_only and not mixed:
        return None
    return f"the host {ascii_host} is the internationalised name {shown!r}{mixed}"


# Dots a browser reads in a host as `.` (UTS #46), or that are drawn as one.
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": ".", "\u2024": ".", "\ufe52": "."})


def _hosts_of_text(text: str) -> list[str]:
    """The hosts of the addresses written in a link's text (as a reader reads them)."""
    shown = unicodedata.normalize("NFKC", text).translate(_DOTS)
    hosts = []
    for match in _ADDRESS.finditer(shown[:2000]):
        if match.start() and not re.match(r"[\s(\[\"'“‘<]", shown[match.start() - 1]):
            continue  # inside a word
        host = match.group("a") or match.group("b") or match.group("c")
        hosts.append(host.lower().rstrip(".").removeprefix("www.").split(":")[0])
    return hosts


def _same_site(named: str, target: str) -> bool:
    return named == target or target.endswith("." + named) or named.endswith("." + target)


def link_warnings(anchors: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(the link as written, message) for each misleading link of `anchors`, a write-up's
    (href, text) pairs as served."""
    warnings: list[tuple[str, str]] = []
    for href, text in anchors:
        if not href.lower().startswith(("http:", "https:")):
            continue
        if "xn--" in href.lower():  # a host a browser shows otherwise than it is written
            idn = idn_warning(href, mixed_only=True)
            if idn is not None:
                message = f"links to {href!r}: {idn}; check that it is the site meant"
                warnings.append((href, message))
        named = _hosts_of_text(text)
        url = parse(href) if named else None  # most links' text is words: nothing to compare
        if url is None or archived_copy(href) is not None:
            continue
        target = url.host.lower().rstrip(".").removeprefix("www.")
        other = next((h for h in named if not _same_site(h, target)), None)
        if other is None:
            continue
        shown = " ".join(text.split())[:80]
        message = (
            f"the link's text {shown!r} names an address on {other}, but the link leads to "
            f"{target}: write the address the link goes to, or words"
        )
        warnings.append((href, message))
    return warnings
