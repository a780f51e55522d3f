"""How names compare, and which characters a name may not hide.

One key for every comparison of names (organizations, topics, speakers), so that validation, the
scaffold and the taxonomy editor agree: 'Facebook', 'FACEBOOK', 'Ｆａｃｅｂｏｏｋ' and 'Café' in
either Unicode form are the same name. Invisible formatting characters (zero-width, bidirectional
controls) are refused in names, so that a look-alike cannot pass for, or merge into, a real name.
"""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """The form in which two names are compared: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def invisible_char(text: str) -> str | None:
    """The first invisible formatting character in `text` (Unicode category Cf: zero-width
    spaces and joiners, bidirectional overrides and isolates, soft hyphen, BOM...), if any."""
    for char in text:
        if unicodedata.category(char) == "Cf":
            return char
    return None
