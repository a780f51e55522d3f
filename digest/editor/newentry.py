"""A new entry's file: its name, its folder and its front matter, for `digest new`.

A scaffolded entry deliberately fails `digest check` until the editor fills it, so that the
checker becomes the to-do list: it points at the exact lines still missing. The front matter is
built as data (see `yamltext`), written with comments that say what each field is for, and read
back with the project's loader before the file is created: whatever a title or a fetched page
holds, the file is valid YAML whose values are exactly the ones meant.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from pydantic import TypeAdapter, ValidationError

from digest.content.files import find_entry_files
from digest.content.layout import Layout
from digest.content.loader import load_markdown
from digest.editor import handover
from digest.editor.pagemeta import PageMeta
from digest.editor.quotes import Proposal
from digest.editor.yamltext import Field, as_data, read_back, render
from digest.model.names import invisible_char
from digest.model.namespaces import collision
from digest.model.schema import SLUG_RE, DateOrDatetime, HttpUrl, Line
from digest.model.urls import normalize_source_url, slugify
from digest.model.usererror import UserError

MAX_SLUG = 60
SCHEMA_COMMENT = "yaml-language-server: $schema=../../../schema/entry.schema.json"
HEADER = (
    'Scaffolded by `digest new`. Fill in every field marked "required", then run `digest check`:',
    "it lists, line by line, what is still missing. Quotes are copied verbatim from the article.",
)
BODY = (
    "<!-- Your write-up in Markdown, in your own words: what the article says and why it matters.\n"
    "     Disclose any machine-written text (see CONTRIBUTING.md). Delete this comment. -->\n"
)

# Dropped from long titles first: they rarely tell two articles apart.
_STOP_WORDS = {
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "how",
    "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was",
    "what", "when", "why", "will", "with",
}  # fmt: skip


def trim_slug(slug: str, limit: int = MAX_SLUG) -> str:
    """Short enough for a URL: drop filler words from long slugs, then cut at a hyphen."""
    if len(slug) <= limit:
        return slug
    words = [w for w in slug.split("-") if w not in _STOP_WORDS] or slug.split("-")
    slug = "-".join(words)
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:limit]
    return slug.strip("-")


def title_slug(title: str) -> str:
    """The title's words as a slug: possessives folded ('OpenAI’s model' -> 'openai-model',
    not 'openais-model'), filler words dropped only from long titles."""
    return trim_slug(slugify(re.sub(r"(?<=\w)['’]s\b", "", title), limit=len(title)))


# Path segments that name a page's format or role, never its article.
_NOT_A_NAME = frozenset({"index", "default", "amp", "print"})


def slug_from_url(url: str) -> str:
    """When there is no title: the last meaningful segment of the URL's path."""
    parts = [p for p in PurePosixPath(urlsplit(url).path).parts if p not in ("/", "")]
    for part in reversed(parts):
        stem = re.sub(r"\.(html?|php|aspx?)$", "", part, flags=re.IGNORECASE)
        slug = slugify(stem)
        if slug in _NOT_A_NAME:
            continue
        if re.search(r"[a-z]{3}", slug) and not slug.startswith("n-"):
            return slug
    return ""


def checked(kind: Any, value: str, what: str) -> Any:
    """`value` as the schema's type `kind`, or a UserError naming the option `what`."""
    try:
        result = TypeAdapter(kind).validate_python(value)
    except ValidationError as error:
        message = error.errors(include_url=False)[0]["msg"].removeprefix("Value error, ")
        raise UserError(f"{what}: {message}") from None
    if isinstance(result, str) and (char := invisible_char(result)) is not None:
        raise UserError(f"{what}: contains the invisible character U+{ord(char):04X}")
    return result


def _usable(value: str | None, kind: Any) -> str | None:
    """A fetched value the schema accepts, else None: someone else's page may carry anything."""
    if value is None:
        return None
    try:
        return checked(kind, value, "page")  # type: ignore[no-any-return]
    except UserError:
        return None


PROPOSED = "required, 1+: uncomment the key quotes proposed below (verbatim and attributed)"

# What each field is for, shown beside it in the scaffold.
COMMENTS = {
    "title": "required: the article's own title",
    "date": "required: when the source published it (YYYY-MM-DD or ISO 8601 datetime)",
    "added": "optional: when it entered the digest (orders the feeds); default: date",
    "source.url": "required: the original article",
    "source.publisher": "required: e.g. The New Stack",
    "source.author": "optional: the article's author",
    "topics": "required, 1+: slugs from content/topics.yml (add one with `digest new-topic`)",
    "organizations": "optional: slugs, names or aliases from content/organizations.yml",
    "quotes": "required, 1+: the article's key quotes, verbatim and attributed",
    "quotes.text": "required: copied exactly from the article; a short excerpt",
    "quotes.speaker": "required: who said it",
    "quotes.role": "optional: e.g. Principal analyst, Cognilytica",
    "quotes.organization": "optional: the speaker's organization, from content/organizations.yml",
    "summary": "optional: one paragraph of plain text; default: the write-up's first paragraph",
    "draft": "optional: true keeps it out of the published site",
}


def _field(path: str, value: Any = None, **nested: Any) -> Field:
    return Field(path.rsplit(".", 1)[-1], value, COMMENTS.get(path, ""), **nested)


def entry_fields(
    *,
    url: str,
    title: str,
    publisher: str,
    author: str | None,
    date: Any,
    added: dt.date,
    organizations: list[str] | None = None,
    proposed: bool = False,
) -> list[Field]:
    """The scaffold's front matter: every field present, each with what it is for. With
    `proposed` quotes, `quotes:` holds no placeholder: the proposals go under it."""
    source = (
        _field("source.url", url),
        _field("source.publisher", publisher),
        _field("source.author", author),
    )
    quote = (
        _field("quotes.text", ""),
        _field("quotes.speaker", ""),
        _field("quotes.role"),
        _field("quotes.organization"),
    )
    return [
        _field("title", title),
        _field("date", date),
        _field("added", added),
        _field("source", children=source),
        _field("topics", []),
        _field("organizations", organizations or []),
        Field("quotes", None, PROPOSED) if proposed else _field("quotes", items=(quote,)),
        _field("summary"),
        _field("draft", False),
    ]


def entry_text(fields: list[Field], proposals: Sequence[Proposal] | None = None) -> str:
    """The whole file: front matter with comments (the proposed quotes, commented out, under
    `quotes:` for the editor to keep and trim), then the write-up's placeholder."""
    comments = [f"# {SCHEMA_COMMENT}", *(f"# {line}" for line in HEADER)]
    lines = render(fields)
    if proposals is not None:
        at = next(i for i, line in enumerate(lines) if line.startswith("quotes:")) + 1
        if proposals:
            lines[at:at] = handover.block(proposals)
        else:
            lines[at:at] = [f"{handover.INDENT}# {handover.NONE_FOUND}"]
    return "\n".join(["---", *comments, *lines, "---", ""]) + BODY


def _verified(fields: list[Field], proposals: Sequence[Proposal] | None = None) -> str:
    text = entry_text(fields, proposals)
    doc, problems = read_back(text, markdown=True)
    if problems or doc.data != as_data(fields):
        raise UserError("could not write this front matter safely; please report the values used")
    if proposals and not handover.check_block(text, proposals):
        raise UserError("could not write the proposed quotes safely; please report the article")
    return text


def already_in_digest(root: Path, url: str) -> Path | None:
    """The entry file that holds this article already (its URL compared as the checker does:
    scheme, `www.`, trailing slash, tracking parameters and fragment left out), if any."""
    key = normalize_source_url(url)
    files, _ = find_entry_files(Layout(root))
    for path in files:
        data = load_markdown(path)[0].data
        source = data.get("source") if isinstance(data, dict) else None
        existing = source.get("url") if isinstance(source, dict) else None
        if isinstance(existing, str) and normalize_source_url(existing) == key:
            return path
    return None


def _refuse_duplicates(layout: Layout, slug: str, url: str) -> None:
    files, _ = find_entry_files(layout)
    for path in files:
        if path.stem == slug:
            raise UserError(
                f"{path}: already exists with the slug {slug!r}; choose another with --slug"
            )
    existing = already_in_digest(layout.root, url)
    if existing is not None:
        raise UserError(f"this article is already in the digest at {existing}")


def _date(value: str | None, what: str = "--date") -> tuple[Any, int | None]:
    """The date as written into the file (a plain date where possible) and its year."""
    if value is None:
        return None, None
    parsed = checked(DateOrDatetime, value, what)
    if isinstance(parsed, dt.datetime):
        return value.strip(), parsed.year
    return parsed, parsed.year


def _usable_date(value: str | None) -> tuple[Any, int | None]:
    try:
        return _date(value, "page")
    except UserError:
        return None, None


def check_options(
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    date: str | None = None,
    slug: str | None = None,
) -> None:
    """The options an editor typed, checked before anything is fetched (UserError)."""
    for value, what in ((title, "--title"), (publisher, "--publisher"), (author, "--author")):
        if value is not None:
            checked(Line, value, what)
    if date is not None:
        _date(date)
    if slug is not None and not SLUG_RE.match(slug):
        raise UserError(f"--slug: {slug!r} must be lowercase a-z, 0-9 and single hyphens")


def new_entry(
    root: Path,
    url: str,
    *,
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    date: str | None = None,
    slug: str | None = None,
    fetched: PageMeta | None = None,
    proposals: Sequence[Proposal] | None = None,
    organizations: Sequence[str] = (),
    today: dt.date | None = None,
) -> Path:
    """Write the scaffold for `url`; return its path. Arguments win over fetched values.
    `proposals`: the quotes proposed from the article (None when it was not read), offered
    commented out; `organizations`: what the article names, pre-filled."""
    url = checked(HttpUrl, url, "URL")
    fetched = fetched or PageMeta()
    title = checked(Line, title, "--title") if title is not None else _usable(fetched.title, Line)
    publisher = (
        checked(Line, publisher, "--publisher")
        if publisher is not None
        else _usable(fetched.publisher, Line)
    )
    if author is not None:
        author = checked(Line, author, "--author")
    else:
        author = _usable(fetched.author, Line)
    if date is not None:
        written_date, year = _date(date)
    else:
        written_date, year = _usable_date(fetched.date)
    check_options(slug=slug)
    slug = slug or (title_slug(title) if title else trim_slug(slug_from_url(url)))
    if not slug:
        raise UserError("cannot make a file name from this URL: give --title or --slug")
    if (taken := collision("entries", slug)) is not None:
        raise UserError(f"the slug {slug!r} {taken} (--slug)")
    if not root.is_dir():
        raise UserError(f"{root}: content folder not found (use --content DIR)")
    layout = Layout(root)
    _refuse_duplicates(layout, slug, url)
    today = today or dt.datetime.now(dt.UTC).date()
    fields = entry_fields(
        url=url,
        title=title or "",
        publisher=publisher or "",
        author=author,
        date=written_date,
        added=today,
        organizations=list(organizations),
        proposed=bool(proposals),
    )
    text = _verified(fields, proposals)
    target = layout.entries_dir / str(year or today.year) / f"{slug}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise UserError(f"{target}: already exists; not overwriting it") from None
    return target
