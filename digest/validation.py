"""Documents to validated records, with every problem found at once.

Per file: the schema, the path conventions, references to the taxonomies and the Markdown body.
Across files: duplicate slugs and duplicate source URLs, each found with one dict (linear).
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from pydantic import BaseModel, ValidationError

from .loader import Document, Location
from .model import SLUG_RE, EntryMeta, Organization, Topic, as_datetime, forbidden_char
from .names import name_key
from .problems import Problem
from .urls import normalize_source_url


@dataclass
class Taxonomy:
    """Topics and organizations, with every way an entry may name an organization."""

    topics: dict[str, Topic] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    org_names: dict[str, str] = field(default_factory=dict)  # name_key(slug/name/alias) -> slug
    # False when the file is missing or unreadable: entries are then not checked against it
    # (which would report every reference as unknown), but none of them is valid either.
    topics_loaded: bool = True
    organizations_loaded: bool = True

    def resolve_org(self, name: str) -> str | None:
        return self.org_names.get(name_key(name))


@dataclass
class ValidEntry:
    """An entry whose front matter passed the schema and whose references resolve."""

    src: str  # path under the docs folder, e.g. "entries/2022/slug.md"
    display: str  # path as printed in problems
    slug: str
    year: str
    meta: EntryMeta
    body: str
    organizations: tuple[str, ...]
    quote_organizations: tuple[str | None, ...]
    added_line: int = 1  # where a "scheduled" note points

    @property
    def source_url(self) -> str:
        return self.meta.source.url

    @property
    def added(self) -> dt.datetime:
        """When it entered the digest: `added`, else `date` (dates are midnight UTC)."""
        meta = self.meta
        return as_datetime(meta.added if meta.added is not None else meta.date)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    matches = difflib.get_close_matches(word.casefold(), list(choices), n=1, cutoff=0.6)
    return f"; did you mean {matches[0]!r}?" if matches else ""


def field_name(location: Sequence[str | int]) -> str:
    """('quotes', 0, 'speaker') -> 'quotes[0].speaker'."""
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "front matter"


_TYPE_NAMES = {
    str: "text",
    int: "a number",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "a mapping",
    type(None): "empty",
    bytes: "binary data",
    dt.date: "a date",
    dt.datetime: "a date and time",
    set: "a set",
}


def _describe(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _message(error: dict[str, Any], model: type[BaseModel]) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return "is required"
    if value is None and kind.endswith("_type"):
        return "must not be empty"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, error["loc"][:-1])
        return "unknown key" + did_you_mean(str(error["loc"][-1]), allowed)
    if kind in ("string_type", "string_sub_type"):
        hint = "; put it in quotes" if isinstance(value, bool | int | float) else ""
        return f"must be text, not {_describe(value)}{hint}"
    if kind == "list_type":
        return f"must be a list, not {_describe(value)}"
    if kind == "too_short":
        return "must have at least one item"
    if kind in ("bool_type", "bool_parsing"):
        shown = repr(value) if isinstance(value, str | int | float) else _describe(value)
        return f"must be true or false, not {shown}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"must be a mapping of keys to values, not {_describe(value)}"
    message = error["msg"]
    return message.removeprefix("Value error, ")


def _allowed_keys(model: type[BaseModel], location: Sequence[str | int]) -> list[str]:
    current: Any = model
    for part in location:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        if info is None:
            return []
        annotation = info.annotation
        args = getattr(annotation, "__args__", ())
        current = next(
            (a for a in (annotation, *args) if isinstance(a, type) and issubclass(a, BaseModel)),
            None,
        )
        if current is None:
            return []
    return list(current.model_fields)


def validate_model(doc: Document, data: Any, model: type[BaseModel], base: Location = ()):
    """Validate `data` against `model`, recording one problem per pydantic error."""
    if not isinstance(data, dict):
        doc.error(
            base, field_name(base), f"must be a mapping of keys to values, not {_describe(data)}"
        )
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            location = (*base, *error["loc"])
            doc.error(location, field_name(location), _message(error, model))
        return None


def load_taxonomy(
    topics_doc: Document | None, orgs_doc: Document | None
) -> tuple[Taxonomy, list[Problem]]:
    taxonomy = Taxonomy()
    problems: list[Problem] = []
    for doc, model, target, flag in (
        (topics_doc, Topic, taxonomy.topics, "topics_loaded"),
        (orgs_doc, Organization, taxonomy.organizations, "organizations_loaded"),
    ):
        if doc is None:
            setattr(taxonomy, flag, False)
            continue
        if doc.data is None and not doc.problems:
            doc.data = {}
        if doc.problems:
            setattr(taxonomy, flag, False)
            problems.extend(doc.problems)
            continue
        if not isinstance(doc.data, dict):
            setattr(taxonomy, flag, False)
            doc.error((), "file", f"must be a mapping of slug: record, not {_describe(doc.data)}")
        else:
            for slug, record in doc.data.items():
                if not isinstance(slug, str) or not SLUG_RE.match(slug):
                    doc.error(
                        (slug,),
                        str(slug),
                        "is not a slug: use lowercase a-z, 0-9 and single hyphens",
                    )
                    continue
                value = validate_model(doc, record, model, (slug,))
                if value is not None:
                    target[slug] = value
        problems.extend(doc.problems)
    # Every way to name an organization must lead to exactly one.
    owner: dict[str, str] = {}
    for slug, org in taxonomy.organizations.items():
        spellings: list[tuple[str, Location]] = [(slug, (slug,)), (org.name, (slug, "name"))]
        spellings += [(alias, (slug, "aliases", i)) for i, alias in enumerate(org.aliases)]
        for name, location in spellings:
            key = name_key(name)
            if key in owner and owner[key] != slug:
                assert orgs_doc is not None
                orgs_doc.error(
                    location,
                    field_name(location),
                    f"{name!r} already names organization {owner[key]!r}",
                )
                problems.append(orgs_doc.problems[-1])
                continue
            owner[key] = slug
    taxonomy.org_names = owner
    return taxonomy, problems


_YEAR = re.compile(r"^\d{4}$")


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def validate_entry(doc: Document, src: str, taxonomy: Taxonomy) -> ValidEntry | None:
    """One entry file: schema, path conventions, references, body. Problems go to `doc`."""
    path = PurePosixPath(src)
    slug, year = path.stem, path.parent.name
    if doc.problems:
        return None
    if doc.data is None:
        doc.error((), "front matter", "is empty")
        return None
    meta = validate_model(doc, doc.data, EntryMeta)
    if not SLUG_RE.match(slug):
        doc.error_at(
            1, "file name", f"{path.name!r} must be <slug>.md with a lowercase a-z0-9- slug"
        )
    if len(path.parts) != 3 or not _YEAR.match(year):
        doc.error_at(1, "file name", f"entries live in entries/<YYYY>/<slug>.md, not {src!r}")
    elif meta is not None and str(meta.date.year) != year:
        doc.error(
            ("date",),
            "date",
            f"is in {meta.date.year} but the file is in the {year} folder",
            severity="warning",
        )
    if meta is not None and meta.added is not None and _day(meta.added) < _day(meta.date):
        doc.error(
            ("added",),
            "added",
            f"is before the article's date ({_day(meta.date)}); is one of them a typo?",
            severity="warning",
        )
    if meta is not None:
        for name in ("date", "added"):
            value = getattr(meta, name)
            if isinstance(value, dt.datetime) and value.tzinfo is None:
                doc.error(
                    (name,),
                    name,
                    "has no time zone and is read as UTC; add one, e.g. 'Z' or '+02:00'",
                    severity="warning",
                )
    check_body(doc)
    if (
        isinstance(doc.data, dict)
        and not re.sub(r"<!--.*?-->", "", doc.body, flags=re.DOTALL).strip()
    ):
        doc.error_at(
            doc.body_line,
            "body",
            "the write-up is empty: say in your own words what the article says",
            severity="warning",
        )
    orgs, quote_orgs, ok = _check_references(doc, doc.data, taxonomy)
    if meta is None:
        return None
    if not ok or any(p.severity == "error" for p in doc.problems):
        return None
    return ValidEntry(
        src,
        doc.display,
        slug,
        year,
        meta,
        doc.body,
        tuple(orgs),
        tuple(quote_orgs),
        added_line=doc.line(("added",)),
    )


def _check_references(doc: Document, data: Any, taxonomy: Taxonomy):
    """Topics and organizations must exist. Runs on the raw data, so that it reports even when
    other fields of the same entry are broken."""
    ok = True
    orgs: list[str] = []
    quote_orgs: list[str | None] = []
    if not isinstance(data, dict):
        return orgs, quote_orgs, False
    if not (taxonomy.topics_loaded and taxonomy.organizations_loaded):
        ok = False
    topics = data.get("topics")
    if isinstance(topics, list) and taxonomy.topics_loaded:
        seen: set[str] = set()
        for index, topic in enumerate(topics):
            if not isinstance(topic, str) or not SLUG_RE.match(topic):
                continue  # the schema reports it
            if topic not in taxonomy.topics:
                doc.error(
                    ("topics", index),
                    f"topics[{index}]",
                    f"unknown topic {topic!r}"
                    + _suggest(topic, taxonomy.topics, taxonomy.topics)
                    + " (add it to topics.yml)",
                )
                ok = False
            elif topic in seen:
                doc.error(
                    ("topics", index),
                    f"topics[{index}]",
                    f"{topic!r} is listed twice",
                    severity="warning",
                )
            seen.add(topic)
    names = data.get("organizations")
    if isinstance(names, list) and taxonomy.organizations_loaded:
        for index, name in enumerate(names):
            if not isinstance(name, str) or not name.strip() or forbidden_char(name):
                continue  # the schema reports it
            resolved = taxonomy.resolve_org(name.strip())
            if resolved is None:
                doc.error(
                    ("organizations", index),
                    f"organizations[{index}]",
                    _unknown_org(name, taxonomy),
                )
                ok = False
            elif resolved in orgs:
                doc.error(
                    ("organizations", index),
                    f"organizations[{index}]",
                    f"{name!r} is listed twice (as {resolved!r})",
                    severity="warning",
                )
            else:
                orgs.append(resolved)
    quotes = data.get("quotes")
    if isinstance(quotes, list) and taxonomy.organizations_loaded:
        for index, quote in enumerate(quotes):
            resolved = None
            name = quote.get("organization") if isinstance(quote, dict) else None
            if isinstance(name, str) and name.strip() and not forbidden_char(name):
                resolved = taxonomy.resolve_org(name.strip())
                if resolved is None:
                    location = ("quotes", index, "organization")
                    doc.error(location, field_name(location), _unknown_org(name, taxonomy))
                    ok = False
            quote_orgs.append(resolved)
    return orgs, quote_orgs, ok


def _suggest(word: str, slugs: dict[str, Any], records: dict[str, Any]) -> str:
    names = {slug: slug for slug in slugs}
    for slug, record in records.items():
        names[record.name.casefold()] = slug
    matches = difflib.get_close_matches(word.casefold(), list(names), n=1, cutoff=0.6)
    return f"; did you mean {names[matches[0]]!r}?" if matches else ""


def _unknown_org(name: str, taxonomy: Taxonomy) -> str:
    spelled = {}
    for slug, org in taxonomy.organizations.items():
        for known in (slug, org.name, *org.aliases):
            spelled.setdefault(name_key(known), known)
    matches = difflib.get_close_matches(name_key(name), list(spelled), n=1, cutoff=0.6)
    hint = ""
    if matches:
        known = spelled[matches[0]]
        slug = taxonomy.org_names[matches[0]]
        hint = f"; did you mean {known!r}" + (f" ({slug})" if known != slug else "") + "?"
    return f"unknown organization {name!r}{hint} (add it to organizations.yml)"


def check_duplicates(entries: Iterable[tuple[Document, ValidEntry]]) -> list[Problem]:
    """Slugs and normalised source URLs must be unique across the corpus.

    Every file of a clash gets the error, naming the others: the editor who adds the second
    copy sees it on their own file (and inline on their pull request), whatever the file order.
    """
    problems: list[Problem] = []
    slugs: dict[str, list[Document]] = {}
    sources: dict[str, list[Document]] = {}
    for doc, entry in entries:
        slugs.setdefault(entry.slug, []).append(doc)
        sources.setdefault(normalize_source_url(entry.source_url), []).append(doc)
    for slug, docs in slugs.items():
        if len(docs) > 1:
            for doc in docs:
                others = ", ".join(d.display for d in docs if d is not doc)
                problems.append(
                    Problem(
                        doc.display,
                        1,
                        "error",
                        "file name",
                        f"slug {slug!r} is also used by {others}",
                    )
                )
    for docs in sources.values():
        if len(docs) > 1:
            for doc in docs:
                others = ", ".join(d.display for d in docs if d is not doc)
                problems.append(
                    Problem(
                        doc.display,
                        doc.line(("source", "url")),
                        "error",
                        "source.url",
                        f"the same article is also in {others}",
                    )
                )
    return problems


# --- The Markdown body -------------------------------------------------------------------------

_DANGEROUS_TAGS = {
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "meta",
    "link",
    "base",
    "svg",
    "math",
    "template",
}
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset"}
# A scheme as browsers read it (after dropping spaces and control characters); links without
# one are relative and safe.
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_SAFE_SCHEME_NAMES = {"http", "https", "mailto"}

# Every pattern below runs in linear time on any input (possessive quantifiers, and scans that
# stop where the next match would start): a 512 KiB body of `<a <a <a ...` must not hang a build.

# Markdown link destinations: inline [t](url), reference definitions [id]: url, and <autolinks>.
# Only the scheme matters, and it never contains brackets, parentheses or spaces, so the capture
# stops there. It does not stop at a newline or tab: Python-Markdown keeps them in the href and
# browsers drop them, so `java<newline>script:` would run.
_MD_LINKS = re.compile(
    r"\]\(\s*+<?([^()\[\]\x20<>]*+)"
    r"|\]:\s*+<?([^\s<>\[\]]++)"
    r"|<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*+)>"
)
# Raw HTML, read as a browser reads it: a tag name runs to whitespace, `/` or `>`; attributes
# follow until `>`. The next tag is searched after the end of this one, so the scan is linear.
_TAG_START = re.compile(r"<([a-zA-Z][^\s/>]*+)")
_TAG_ATTRIBUTE = re.compile(
    r"""[\s/]*+([^\s/>][^\s/>=]*+)(?:\s*+=\s*+("[^"]*+"?|'[^']*+'?|[^\s>]*+))?"""
)
# Backstops for what Markdown reads differently from a browser, e.g. `<scr<script>ipt>`, where
# Markdown escapes the first `<` and passes `<script>` through.
_RAW_DANGEROUS_TAG = re.compile(
    r"<(" + "|".join(sorted(_DANGEROUS_TAGS)) + r")(?=[\s/>]|$)", re.IGNORECASE
)
_RAW_EVENT_HANDLER = re.compile(
    r"<([a-zA-Z][^\s/<>]*+)[^<>]*?[\s/\"'](on[a-zA-Z]++)\s*+=", re.IGNORECASE
)
# Attribute lists ({: #id .class key=value }), which the attr_list extension turns into HTML
# attributes: `[x](https://a){onclick="..."}` would otherwise carry an event handler.
_ATTR_LIST = re.compile(r"\{:?([^{}\n]*+)\}")
_ATTR_PAIR = re.compile(r"(?:^|(?<=\s))([^\s=\"'{}]++)\s*+=\s*+(\"[^\"]*+\"|'[^']*+'|[^\s}]*+)")


def _url_scheme(url: str) -> str | None:
    """The scheme a browser would see in `url`, lowercased, if any."""
    match = _SCHEME.match(re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(url)))
    return match.group(1).lower() if match else None


def unsafe_url(url: str) -> bool:
    """True for links that would run code or smuggle content: javascript:, data:, vbscript:...

    Character references are decoded and spaces and control characters dropped first, so
    `jav&#x61;script:` and `java<tab>script:` count as `javascript:`.
    """
    scheme = _url_scheme(url)
    return scheme is not None and scheme not in _SAFE_SCHEME_NAMES


def _attribute_problem(tag: str | None, name: str, value: str | None) -> str | None:
    """Why attribute `name="value"` on `tag` (None: in an attribute list) could run code."""
    name = name.lower()
    on = f" on <{tag}>" if tag else " in an attribute list"
    if name.startswith("on"):
        return f"event-handler attribute {name!r}{on} is not allowed"
    if name in _URL_ATTRS and value and unsafe_url(value):
        return f"{name} to a {_url_scheme(value)!r}: URL{on} is not allowed"
    if name == "style" and value and re.search(r"expression|url\s*\(", value, re.I):
        return f"style attribute{on} is not allowed"
    return None


def _html_tags(body: str):
    """(offset, tag name, [(attribute, value)]) for every start tag, in one linear pass."""
    position = 0
    while (start := _TAG_START.search(body, position)) is not None:
        attributes: list[tuple[str, str | None]] = []
        end = start.end()
        while (attribute := _TAG_ATTRIBUTE.match(body, end)) is not None and attribute.end() > end:
            value = attribute.group(2)
            if value and value[0] in "\"'":
                value = value[1:-1] if len(value) > 1 and value[-1] == value[0] else value[1:]
            attributes.append((attribute.group(1), value))
            end = attribute.end()
        yield start.start(), start.group(1).lower(), attributes
        position = end


def check_body(doc: Document) -> None:
    """Refuse markup in the body that could run code; plain Markdown and HTML are fine.

    Refused, not sanitised: raw <script>, <iframe>, <style>, <svg>, <form>... elements, `on*=`
    event-handler attributes (in HTML and in attr_list `{...}`), and links or sources whose
    scheme is not http(s), mailto or relative (javascript:, vbscript:, data:), also when written
    with character references (`jav&#x61;script:`) or as reference-style definitions.
    """
    body = doc.body
    found: dict[tuple[int, str], None] = {}
    newlines = [match.start() for match in re.finditer("\n", body)]

    def report(offset: int, message: str) -> None:
        found[(doc.body_line + bisect.bisect_left(newlines, offset), message)] = None

    bad = forbidden_char(body.replace("\t", " "))
    if bad is not None:
        report(body.index(bad), f"contains the control character U+{ord(bad):04X}")
    if "<" in body:
        for offset, tag, attributes in _html_tags(body):
            if tag in _DANGEROUS_TAGS:
                report(offset, f"raw <{tag}> is not allowed")
            for name, value in attributes:
                problem = _attribute_problem(tag, name, value)
                if problem:
                    report(offset, problem)
        for match in _RAW_DANGEROUS_TAG.finditer(body):
            report(match.start(), f"raw <{match.group(1).lower()}> is not allowed")
        for match in _RAW_EVENT_HANDLER.finditer(body):
            tag, name = match.group(1).lower(), match.group(2).lower()
            report(match.start(), f"event-handler attribute {name!r} on <{tag}> is not allowed")
    if "{" in body:
        for match in _ATTR_LIST.finditer(body):
            for pair in _ATTR_PAIR.finditer(match.group(1)):
                name, value = pair.group(1), pair.group(2).strip("\"'")
                problem = _attribute_problem(None, name, value)
                if problem:
                    report(match.start(), problem)
    if ":" in body or "&" in body:
        for match in _MD_LINKS.finditer(body):
            url = next(g for g in match.groups() if g is not None)
            if unsafe_url(url):
                report(match.start(), f"link to a {_url_scheme(url)!r}: URL is not allowed")
    for line, message in sorted(found):
        doc.problems.append(Problem(doc.display, line, "error", "body", message))
