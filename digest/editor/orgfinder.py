"""The organizations an article names, for `digest new --fetch`: the ones the digest knows, and
the ones its quoted speakers work for that it does not know yet.

Known ones are found by their names and aliases (as the checker compares them: case, width and
Unicode form aside) among the article's runs of capitalised words. Unknown ones come only from
the roles the proposer gave the quoted speakers ("an analyst at Example Research", "Northwind
Robotics' head of policy"), where a capitalised name is an employer, never from the text at
large: a new organization is added to the taxonomy, so it must be one a quote stands on. The
editor sees both lists before anything is written. One pass over the words, n-grams of at
most MAX_WORDS: linear in the article's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from digest.content.loader import load_yaml_file
from digest.content.validation import load_taxonomy
from digest.editor.quotes import Proposal
from digest.model.names import name_key
from digest.model.taxonomy import Taxonomy

MAX_WORDS = 5
_WORD = re.compile(r"[\w][\w.&’'-]*")
# Capitalised words that start a role or name a department, not an employer.
_NOT_EMPLOYERS = frozenset(
    """the a an and of for in on at to with its his her their our this that ai research policy
    product products engineering sales marketing operations technology strategy communications
    science data security design finance legal people partnerships platform growth
    infrastructure business global public government affairs chief senior head vice""".split()
)
_EMPLOYER_AFTER = re.compile(r"\b(?:at|of|with|for|from)\s+(.+)$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _runs(text: str) -> Iterable[list[str]]:
    """Runs of capitalised words, apostrophes and trailing punctuation cut off."""
    run: list[str] = []
    for match in _WORD.finditer(text):
        raw = match.group()
        word = re.sub(r"(?:['’]s?|[.,;:!?])+$", "", raw)
        boundary = word != raw or text[match.end() : match.end() + 1] in ',;:!?()"“”'
        if word and _capitalised(word):
            run.append(word)
        elif run:
            yield run
            run = []
        if boundary and run:
            yield run
            run = []
    if run:
        yield run


def known_in(text: str, taxonomy: Taxonomy) -> list[str]:
    """Slugs of the organizations the text names, in order of first mention."""
    found: dict[str, None] = {}
    for run in _runs(text):
        i = 0
        while i < len(run):
            for n in range(min(MAX_WORDS, len(run) - i), 0, -1):
                slug = taxonomy.resolve_org(" ".join(run[i : i + n]))
                if slug is not None:
                    found.setdefault(slug)
                    i += n
                    break
            else:
                i += 1
    return list(found)


def _employer(role: str) -> str | None:
    """'an analyst at Example Research' -> 'Example Research'; 'Northwind Robotics’ head of
    policy' -> 'Northwind Robotics'; None when the role names no capitalised employer."""
    candidates = []
    possessive = re.match(r"^(?:the\s+)?(.+?)['’]s?\s", role)
    if possessive:
        candidates.append(possessive.group(1))
    after = _EMPLOYER_AFTER.search(role)
    while after:
        candidates.append(after.group(1))
        after = _EMPLOYER_AFTER.search(after.group(1))
    for candidate in reversed(candidates):  # the innermost "at X" is the employer
        words: list[str] = []
        parts = candidate.split()
        for at, word in enumerate(parts):
            stripped = word.strip(",;:")
            if at == 0 and stripped == "the" and len(parts) > 1:
                continue  # `at the Brookings Institution`: the article is no part of the name
            joiner = stripped == "&" and bool(words)  # `Ben & Jerry's`, `O'Brien & Sons`
            if not (_capitalised(stripped) or joiner):
                break
            owner = re.fullmatch(r"(.+?)['’]s?", stripped)
            if owner and at + 1 < len(parts):  # `Meta's rival X`, `Google Cloud's Lisbon office`:
                words.append(owner.group(1))  # the name ends at the possessive
                break  # (at the end, `Ben & Jerry's` is the name itself)
            words.append(stripped)
            if stripped != word:  # a comma ends the name: `Hale & Dorr, the law firm`
                break
        while words and words[-1] == "&":
            words.pop()
        while words and words[0].casefold() in _NOT_EMPLOYERS:
            words.pop(0)
        if words and len(words) <= MAX_WORDS and words[0].casefold() not in _NOT_EMPLOYERS:
            return " ".join(words)
    return None


def found_in(
    text: str, proposals: Sequence[Proposal], taxonomy: Taxonomy
) -> tuple[list[str], list[str]]:
    """(slugs of known organizations named in the article or the speakers' roles, names of the
    speakers' employers the digest does not know yet)."""
    known = known_in(text, taxonomy)
    unknown: dict[str, None] = {}
    for proposal in proposals:
        employer = _employer(proposal.role) if proposal.role else None
        if employer is None:
            continue
        slug = taxonomy.resolve_org(employer)
        if slug is not None:
            if slug not in known:
                known.append(slug)
        elif name_key(employer) not in {name_key(name) for name in unknown}:
            unknown.setdefault(employer)
    return known, list(unknown)


def read_taxonomy(content: Path) -> Taxonomy | None:
    """The content folder's taxonomy, or None while a taxonomy file is broken or missing."""
    topics, organizations = content / "topics.yml", content / "organizations.yml"
    if not topics.is_file() or not organizations.is_file():
        return None
    taxonomy, problems = load_taxonomy(load_yaml_file(topics), load_yaml_file(organizations))
    return None if problems else taxonomy
