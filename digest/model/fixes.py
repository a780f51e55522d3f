"""The exact commands that add a missing topic or organization, ready to paste into a shell.

An editor who names an organization the digest does not know yet should not have to look up
how records are added: the error says what to type. Names come from content, so they are
quoted for the shell (double quotes when that is safe, else POSIX single quotes) and never
start an option or a second command.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Collection, Iterable

from digest.model.names import name_key
from digest.model.namespaces import collision
from digest.model.schema import SLUG_RE
from digest.model.urls import slugify

# What every "add it" suffix starts with: `digest check` prints each command once.
ADD_MARKER = "add it with: "
_PLAIN = re.compile(r"[^\"$`\\!\x00-\x1f\x7f]*")


def shell_word(text: str) -> str:
    """`text` as one shell word: "Acme Robotics", or 'Say "hi"' when double quotes are unsafe."""
    if _PLAIN.fullmatch(text):
        return f'"{text}"'
    return shlex.quote(text)


def name_from_slug(slug: str, names: Iterable[str] = ()) -> str:
    """A first guess at a topic's name from its slug, in the file's style: 'Humanoid robots'. A
    word that `names` (the names the file has) spell otherwise than in lower case keeps that
    spelling: with 'AI frameworks' known, `ai-infrastructure` is 'AI infrastructure'."""
    spelled: dict[str, str] = {}
    for name in names:
        for word in re.findall(r"[^\W_]+", name):
            if word != word.lower() and word != word.capitalize():
                spelled.setdefault(word.lower(), word)
    words = " ".join(spelled.get(word, word) for word in slug.split("-"))
    return words[:1].upper() + words[1:]


def free_slug(namespace: str, slug: str, taken: Collection[str] = ()) -> str:
    """`slug`, or where its URL is the site's own (a topic `page`), the first free
    `slug-topic`, `slug-org`, `slug-topic-2`... (free of the site's URLs and of `taken`, the
    slugs the namespace has already) so that a printed command works when run."""
    if collision(namespace, slug) is None:
        return slug
    suffix = {"organizations": "org", "topics": "topic"}.get(namespace, "page")
    candidate, number = f"{slug}-{suffix}", 2
    while collision(namespace, candidate) is not None or candidate in taken:
        candidate, number = f"{slug}-{suffix}-{number}", number + 1
    return candidate


def add_topic_command(slug: str, name: str | None = None, names: Iterable[str] = ()) -> str:
    """`digest new-topic SLUG --name "Name"` (the name guessed from the slug if not given)."""
    name = name if name is not None else name_from_slug(slug, names)
    return f"digest new-topic {slug} --name {shell_word(name)}"


def add_org_command(name: str, taken: Collection[str] = ()) -> str:
    """`digest new-org "Name"` (the slug is made from the name); a slug-like reference keeps
    its slug and gets a name; a name whose slug is one of the site's own URLs gets a free one
    (not one of `taken`, the organizations' slugs)."""
    if SLUG_RE.fullmatch(name):
        slug = free_slug("organizations", name, taken)
        shown = name_from_slug(name) if slug == name else name
        return f"digest new-org {slug} --name {shell_word(shown)}"
    made = slugify(name)
    if SLUG_RE.fullmatch(made) and collision("organizations", made) is not None:
        free = free_slug("organizations", made, taken)
        return f"digest new-org {free} --name {shell_word(name)}"
    # A name starting with a dash would read as an option: `--` ends the options.
    return f"digest new-org {'-- ' if name.startswith('-') else ''}{shell_word(name)}"


def add_hint(suggestion: str, command: str) -> str:
    """'; did you mean X? Or add it with: CMD', or '; add it with: CMD' without a suggestion
    (`suggestion` as `did_you_mean` gives it: '; did you mean X?' or '')."""
    return f"{suggestion} Or {ADD_MARKER}{command}" if suggestion else f"; {ADD_MARKER}{command}"


def once_each(messages: list[str]) -> list[str]:
    """The messages with each "add it" command shown the first time only: commands that differ
    only by case or width ("Acme", "ACME", "Ａｃｍｅ") add the same record, as names compare."""
    seen: set[str] = set()
    out = []
    for message in messages:
        head, marker, command = message.partition(ADD_MARKER)
        key = name_key(command)
        if marker and key in seen:
            message = f"{head}add it (the command is above)"
        seen.add(key)
        out.append(message)
    return out
