"""The entry schema (SPEC §1) as pydantic models.

One source of truth: validation, the JSON Schema for editors' tooling (`digest schema`) and the
typed values the rest of the core reads all come from these classes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from digest.model.dates import other_format
from digest.model.names import invisible_char, lookalike_problem, stacked_marks
from digest.model.namespaces import collision
from digest.model.weburl import content_url_problem

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A slug is a folder of the site (`topics/<slug>/`): file systems refuse a name over 255 bytes,
# and a build stopped there would have emptied the site folder already. People's slugs, made
# from names, are cut at 80 (`slugify`).
SLUG_LENGTH = 100

# Characters that XML 1.0 forbids, plus the C1 controls and the line/paragraph separators that
# break feeds or hide text. Tab is allowed in text; newlines only in multi-line fields.
_FORBIDDEN_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff\u2028\u2029]"
)
_NEWLINES = re.compile(r"[\r\n]")


# Bidirectional overrides and isolates reorder what a reader sees ("Trojan Source"): never in
# content. (The marks U+200E/U+200F, which right-to-left text needs, stay allowed in text.)
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def forbidden_char(text: str) -> str | None:
    """The first character of `text` that must never reach a page or a feed, if any."""
    match = _FORBIDDEN_CHARS.search(text) or _BIDI_CONTROLS.search(text)
    return match.group() if match else None


def _describe_char(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


# Every value is copied onto many pages and feeds (a title onto its topics', organizations' and
# people's listings): bounded, so that one entry cannot inflate the whole site.
# An article is about a few topics and names a few organizations; each reference is resolved
# against every name of the taxonomy: bounded, so that one file cannot make the check slow.
MAX_TOPICS = 20
MAX_ORGANIZATIONS = 30
MAX_ALIASES = 20
MAX_LINE_CHARS = 300
MAX_TEXT_CHARS = 2_000
MAX_URL_CHARS = 2_000


def _not_longer(value: str, limit: int) -> str:
    if len(value) > limit:
        raise ValueError(f"is {len(value):,} characters long; the limit is {limit:,}")
    return value


def _plain_text(value: str) -> str:
    bad = forbidden_char(value)
    if bad is not None:
        if _FORBIDDEN_CHARS.match(bad):
            raise ValueError(f"contains the control character U+{ord(bad):04X}")
        raise ValueError(f"contains the invisible character {_describe_char(bad)}")
    if not value.strip():
        raise ValueError("must not be empty or only whitespace")
    return value.strip()


def _one_line(value: str) -> str:
    """Names, titles, speakers and roles: one line, nothing invisible and no word mixing scripts
    where one would look the same, so that a look-alike ("Meta" with a zero-width space or a
    Cyrillic е) cannot pass for, or merge into, the real name."""
    value = _plain_text(value)
    if _NEWLINES.search(value):
        raise ValueError("must be a single line")
    hidden = invisible_char(value)
    if hidden is not None:
        raise ValueError(f"contains the invisible character {_describe_char(hidden)}")
    lookalike = lookalike_problem(value) or stacked_marks(value)
    if lookalike is not None:
        raise ValueError(lookalike)
    return value


def _http_url(value: str) -> str:
    """Absolute http(s) URLs only: no `javascript:`, `data:`, relative or protocol-relative.

    Quotes, angle brackets, backslashes, backticks, whitespace and control characters are
    refused too, so that a URL can never break out of the HTML attribute or feed element it is
    written into.
    """
    _not_longer(value, MAX_URL_CHARS)
    value = value.strip()
    if not re.match(r"^https?://[^\s/?#]+", value, re.IGNORECASE):
        raise ValueError("must be an absolute http:// or https:// URL")
    bad = re.search(r"[\s\"'<>\\`\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]", value)
    if bad:
        raise ValueError(f"contains a character that is not allowed in a URL: {bad.group()!r}")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises on a port that is not a number from 0 to 65535
    except ValueError as error:
        raise ValueError(f"is not a valid URL: {str(error)[:1].lower()}{str(error)[1:]}") from None
    if not parts.hostname:
        raise ValueError("must name a host, e.g. https://example.com/")
    problem = content_url_problem(value)  # as a browser reads it (WHATWG): host, credentials
    if problem is not None:
        raise ValueError(problem)
    return value


def slug_problem(value: str, namespace: str | None = None) -> str | None:
    """Why `value` cannot be a slug (of pages in `namespace`, when given), if it cannot."""
    if not SLUG_RE.match(value):
        return "is not a slug: use lowercase a-z, 0-9 and single hyphens, e.g. 'open-source'"
    if len(value) > SLUG_LENGTH:
        return f"is {len(value)} characters long; a slug has at most {SLUG_LENGTH}"
    if namespace is not None:
        return collision(namespace, value)
    return None


def _slug(value: str) -> str:
    problem = slug_problem(value)
    if problem is not None:
        raise ValueError(f"{value!r} {problem}")
    return value


# The JSON Schema patterns let editors' tooling flag empty and multi-line values as they type.
Text = Annotated[
    str,
    StringConstraints(strict=True),
    AfterValidator(_plain_text),
    AfterValidator(lambda value: _not_longer(value, MAX_TEXT_CHARS)),
    Field(json_schema_extra={"minLength": 1, "maxLength": MAX_TEXT_CHARS, "pattern": "\\S"}),
]
Line = Annotated[
    str,
    StringConstraints(strict=True),
    AfterValidator(_one_line),
    AfterValidator(lambda value: _not_longer(value, MAX_LINE_CHARS)),
    Field(
        json_schema_extra={
            "minLength": 1,
            "maxLength": MAX_LINE_CHARS,
            "pattern": "^[^\\r\\n]*\\S[^\\r\\n]*$",
        }
    ),
]
HttpUrl = Annotated[
    str,
    StringConstraints(strict=True),
    AfterValidator(_http_url),
    Field(json_schema_extra={"format": "uri", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"}),
]
Slug = Annotated[
    str,
    StringConstraints(strict=True),
    AfterValidator(_slug),
    Field(json_schema_extra={"pattern": SLUG_RE.pattern, "maxLength": SLUG_LENGTH}),
]


FIRST_YEAR, LAST_YEAR = 1900, 2100


def _when(value: Any) -> Any:
    """Dates stay strings in our YAML (see loader), so one parser decides what is a date."""
    if isinstance(value, dt.date):
        parsed, text = value, value.isoformat()
    elif value is None:
        raise ValueError("must not be empty")
    elif not isinstance(value, str):
        # YAML reads `20261204` as a number: said as the date it looks like, if it is one.
        written = None if isinstance(value, bool) or not isinstance(value, int) else str(value)
        raise ValueError(
            (written and other_format(written))
            or "must be a date (YYYY-MM-DD) or an ISO 8601 datetime"
        )
    else:
        text = value.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):
                parsed = dt.date.fromisoformat(text)
            elif re.fullmatch(
                r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?",
                text,
                re.ASCII,
            ):
                parsed = dt.datetime.fromisoformat(text.upper().replace(" ", "T", 1))
            else:
                raise ValueError(
                    other_format(text)
                    or f"{text!r} is not a date (YYYY-MM-DD) or an ISO 8601 datetime"
                ) from None
        except ValueError as error:
            reason = str(error)
            if reason.startswith(repr(text)):
                raise
            if "offset" in reason:
                reason = "the time-zone offset must be less than 24 hours"
            raise ValueError(f"{text!r} is not a real date: {reason}") from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise ValueError(
            f"{text!r} is not between {FIRST_YEAR} and {LAST_YEAR}; is the year a typo?"
        )
    return parsed


DateOrDatetime = Annotated[
    dt.datetime | dt.date,
    BeforeValidator(_when),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
            ]
        }
    ),
]


class _Strict(BaseModel):
    """Unknown keys are errors: a typo such as `qoutes` must not silently drop data."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """The article the entry is about."""

    url: HttpUrl = Field(description="Absolute http(s) URL of the original article.")
    publisher: Line = Field(description="Who published it, e.g. 'The New Stack'.")
    author: Line | None = Field(None, description="The article's author, if known.")
    archive: HttpUrl | None = Field(
        None,
        description="An archived copy of the article (e.g. the Wayback Machine's), for when the "
        "original changes or disappears.",
    )


class Quote(_Strict):
    """A key quote, verbatim from the article."""

    text: Text = Field(description="The quote, verbatim.")
    speaker: Line = Field(description="Who said it.")
    role: Line | None = Field(None, description="The speaker's role, e.g. 'Principal analyst'.")
    organization: Line | None = Field(
        None,
        description="The speaker's organization: a slug, name or alias from organizations.yml.",
    )


class EntryMeta(_Strict):
    """The front matter of one entry."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="Digest entry front matter",
        json_schema_extra={"$id": "https://digest.invalid/schema/entry.schema.json"},
    )

    title: Line = Field(description="The article's title.")
    date: DateOrDatetime = Field(
        description="When the source published it: a date (2022-09-15) or an ISO 8601 datetime."
    )
    added: DateOrDatetime | None = Field(
        None, description="When it entered the digest (orders the feeds); defaults to `date`."
    )
    source: Source
    topics: list[Slug] = Field(
        min_length=1, max_length=MAX_TOPICS, description="Topic slugs from content/topics.yml."
    )
    organizations: list[Line] = Field(
        default_factory=list,
        max_length=MAX_ORGANIZATIONS,
        description="Organizations the article names: slugs, names or aliases from "
        "content/organizations.yml.",
    )
    quotes: list[Quote] = Field(min_length=1, description="The article's key quotes, verbatim.")
    summary: Text | None = Field(
        None, description="One paragraph of plain text; defaults to the body's first paragraph."
    )
    draft: bool = Field(False, description="Drafts are left out of the published site.")


class PageMeta(_Strict):
    """The optional front matter of a page named in the nav (e.g. about.md)."""

    title: Line | None = None
    description: Line | None = None


class EditionSection(_Strict):
    """A heading of an edition and the picks under it."""

    heading: Line = Field(description="The section's heading, e.g. 'Open source'.")
    picks: list[Line] = Field(
        min_length=1, description="Entry slugs or paths (entries/2022/x.md), in order."
    )


class EditionMeta(_Strict):
    """The front matter of one edition (content/editions/<YYYY>-W<ww>.md)."""

    title: Line = Field(description="The edition's title.")
    date: DateOrDatetime | None = Field(
        None, description="When it is published; defaults to the last day of its week."
    )
    picks: list[Line] | None = Field(
        None,
        min_length=1,
        description="Entry slugs or paths, in order; without picks or sections, the edition "
        "holds every published entry added in its week, newest first.",
    )
    sections: list[EditionSection] | None = Field(
        None, min_length=1, description="Picks grouped under headings (after `picks`)."
    )


class Topic(_Strict):
    """A record of content/topics.yml."""

    name: Line
    description: Text | None = None


class Organization(_Strict):
    """A record of content/organizations.yml."""

    name: Line
    aliases: list[Line] = Field(default_factory=list, max_length=MAX_ALIASES)
    url: HttpUrl | None = None
    description: Text | None = None


def as_datetime(value: dt.date | dt.datetime) -> dt.datetime:
    """Dates are midnight UTC; naive datetimes are UTC; aware ones keep their zone."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)


def entry_json_schema() -> dict[str, Any]:
    """The JSON Schema editors' YAML tooling uses to autocomplete and check front matter."""
    schema = EntryMeta.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
