"""How names compare, and which characters a name may not hide.

One key for every comparison of names (organizations, topics, speakers), so that validation, the
scaffold and the taxonomy editor agree: 'Facebook', 'FACEBOOK', 'Ｆａｃｅｂｏｏｋ' and 'Café' in
either Unicode form are the same name. What would make a look-alike pass for, or merge into, a
real name is refused in names and titles: invisible characters (Unicode's default-ignorable code
points, every formatting character, the braille blank) and a word that mixes scripts where a
single-script spelling looks the same ('Меta' with a Cyrillic Е).
"""

from __future__ import annotations

import unicodedata

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1): code points
# that render as nothing (combining grapheme joiner, variation selectors, Hangul fillers, tags).
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
# Blank, though not default-ignorable: a braille cell with no dots.
_BLANK = frozenset({0x2800})

# Letters of different scripts drawn alike (after Unicode TR39's confusables, letters only): each
# group is one look, in Latin, Cyrillic and Greek where that script has it.
_LOOKALIKES = (
    ("A", "\u0410", "\u0391"),
    ("B", "\u0412", "\u0392"),
    ("C", "\u0421", "\u03f9"),
    ("E", "\u0415", "\u0395"),
    ("H", "\u041d", "\u0397"),
    ("I", "\u0406", "\u0399"),
    ("J", "\u0408", "\u037f"),
    ("K", "\u041a", "\u039a"),
    ("M", "\u041c", "\u039c"),
    ("N", "", "\u039d"),
    ("O", "\u041e", "\u039f"),
    ("P", "\u0420", "\u03a1"),
    ("Q", "\u051a", ""),
    ("S", "\u0405", ""),
    ("T", "\u0422", "\u03a4"),
    ("W", "\u051c", ""),
    ("X", "\u0425", "\u03a7"),
    ("Y", "\u04ae", "\u03a5"),
    ("Z", "", "\u0396"),
    ("a", "\u0430", ""),
    ("c", "\u0441", "\u03f2"),
    ("d", "\u0501", ""),
    ("e", "\u0435", ""),
    ("h", "\u04bb", ""),
    ("i", "\u0456", ""),
    ("j", "\u0458", "\u03f3"),
    ("l", "\u04cf", ""),
    ("o", "\u043e", "\u03bf"),
    ("p", "\u0440", "\u03c1"),
    ("q", "\u051b", ""),
    ("s", "\u0455", ""),
    ("v", "\u0475", "\u03bd"),
    ("w", "\u051d", ""),
    ("x", "\u0445", ""),
    ("y", "\u0443", ""),
)
_SCRIPTS = ("Latin", "Cyrillic", "Greek")
# For each script, the letter of that script drawn like a given letter of another.
_LOOKS_LIKE: dict[str, dict[str, str]] = {script: {} for script in _SCRIPTS}
for _group in _LOOKALIKES:
    for _target, _letter in zip(_SCRIPTS, _group, strict=True):
        if _letter:
            for _other in _group:
                if _other and _other != _letter:
                    _LOOKS_LIKE[_target][_other] = _letter


def name_key(name: str) -> str:
    """The form in which two names are compared: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _invisible(char: str) -> bool:
    point = ord(char)
    return (
        unicodedata.category(char) == "Cf"
        or point in _BLANK
        or any(low <= point <= high for low, high in _DEFAULT_IGNORABLE)
    )


def invisible_char(text: str) -> str | None:
    """The first invisible character in `text`, if any: a formatting character (Unicode category
    Cf: zero-width spaces and joiners, bidirectional controls, soft hyphen, BOM...), any other
    default-ignorable code point (combining grapheme joiner, variation selectors, Hangul fillers,
    tags) or the braille blank U+2800. (A letter of another script that looks like its word's
    is `lookalike_problem`'s.)"""
    if text.isascii():  # no invisible character is ASCII: the common case, checked at C speed
        return None
    for char in text:
        if not char.isascii() and _invisible(char):
            return char
    return None


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    first = unicodedata.name(char, "").split(" ", 1)[0]
    return first.title() if first.title() in _SCRIPTS else ""


def _describe(char: str) -> str:
    return f"{char!r} (U+{ord(char):04X} {unicodedata.name(char, '')})"


def _words(text: str) -> list[str]:
    """The words of `text` in canonical decomposition (a letter and its accents apart)."""
    words, current = [], []
    for char in unicodedata.normalize("NFD", text):
        if char.isalpha() or unicodedata.category(char).startswith("M"):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def lookalike_problem(text: str) -> str | None:
    """Why `text` could pass for another name, if a word of it mixes Latin, Cyrillic and Greek
    letters where a spelling in one script would look the same ('Меta', 'Soumith Chintаla' with
    a Cyrillic а): the letter, its code point and the one to type instead. A word wholly in one
    script (Cyrillic, Greek, CJK, Arabic, ...) is never refused."""
    if text.isascii():  # all Latin, or no letters: nothing mixes
        return None
    for word in _words(text):
        if word.isascii():
            continue
        scripts = [s for s in map(_script, word) if s]
        if len(set(scripts)) < 2:
            continue
        # The word's main script first (Latin on a tie), then the others.
        for target in sorted(set(scripts), key=lambda s: (-scripts.count(s), _SCRIPTS.index(s))):
            foreign = [c for c in word if _script(c) and _script(c) != target]
            table = _LOOKS_LIKE[target]
            if all(c in table for c in foreign):
                char, instead = foreign[0], table[foreign[0]]
                shown = unicodedata.normalize("NFC", word)
                respelled = unicodedata.normalize("NFC", "".join(table.get(c, c) for c in word))
                return (
                    f"the word {shown!r} mixes scripts: the {_script(char)} letter "
                    f"{_describe(char)} looks like the {target} {_describe(instead)}; type "
                    f"{respelled!r} (all {target}), so that the name cannot pass for another"
                )
    return None


# Combining marks one letter may carry: Vietnamese and Yoruba put two or three on a letter,
# Tibetan stacks a few subjoined letters; "Zalgo" text stacks dozens, which a browser draws
# over the lines above and below (a title that covers the page's header).
MAX_MARKS = 6


def stacked_marks(text: str) -> str | None:
    """Why a letter of `text` carries too many combining marks, if one does."""
    if text.isascii():  # no combining mark is ASCII
        return None
    run = 0
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.category(char) in ("Mn", "Me"):
            run += 1
            if run > MAX_MARKS:
                return (
                    f"has a letter with more than {MAX_MARKS} combining marks stacked on it "
                    "(they would be drawn over the lines around it)"
                )
        else:
            run = 0
    return None
