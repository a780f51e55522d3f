"""`digest new`, `digest new-topic`, `digest new-org`: start an entry or a taxonomy record.

A scaffolded entry deliberately fails `digest check` until the editor fills it, so that the
checker becomes the to-do list: it points at the exact lines still missing.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import http.client
import json
import re
import socket
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import TypeAdapter, ValidationError

from .loader import Document, load_markdown, parse_yaml_text
from .model import SLUG_RE, DateOrDatetime, HttpUrl, Line, Organization, Topic
from .names import name_key
from .pipeline import Layout, find_entry_files
from .urls import normalize_source_url, slugify
from .validation import load_taxonomy

TEMPLATES = Path(__file__).parent / "templates" / "scaffold"
MAX_SLUG = 60
FETCH_BYTES = 1024 * 1024
USER_AGENT = "Mozilla/5.0 (compatible; digest-scaffold/0.1; metadata for a news digest entry)"

# Dropped from long titles first: they rarely tell two articles apart.
_STOP_WORDS = {
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "how",
    "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was",
    "what", "when", "why", "will", "with",
}  # fmt: skip


class UserError(Exception):
    """Bad input: printed as one line, never a traceback."""


# --- YAML text ---------------------------------------------------------------------------------

_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .,'’&()/+_!?:#%=~@-]*$")


def yaml_scalar(value: Any, *, quote: bool = False) -> str:
    """One YAML scalar as text: plain when that reads back as the same string, else quoted.

    JSON strings are valid YAML double-quoted scalars, so json.dumps is the safe fallback.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if not quote and _PLAIN.match(text) and not text.endswith(" "):
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text}:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def _yaml_filter(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]+)?", value):
        return value  # dates read as strings by our loader; plain looks natural
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        with contextlib.suppress(yaml.YAMLError):
            if yaml.safe_load(f"k: {value}") == {"k": value}:
                return value  # URLs read best unquoted
    return yaml_scalar(value, quote=isinstance(value, str) and value == "")


def _environment():
    import jinja2  # only `digest new` needs it; keep `digest check` quick to start

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # YAML, not HTML: values are escaped by the `yaml` filter
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["yaml"] = _yaml_filter
    return env


# --- Validating arguments ----------------------------------------------------------------------


def _check(adapter_type: Any, value: str, what: str) -> Any:
    try:
        return TypeAdapter(adapter_type).validate_python(value)
    except ValidationError as error:
        message = error.errors(include_url=False)[0]["msg"].removeprefix("Value error, ")
        raise UserError(f"{what}: {message}") from None


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


def slug_from_url(url: str) -> str:
    """When there is no title: the last meaningful segment of the URL's path."""
    parts = [p for p in PurePosixPath(urlsplit(url).path).parts if p not in ("/", "")]
    for part in reversed(parts):
        stem = re.sub(r"\.(html?|php|aspx?)$", "", part, flags=re.IGNORECASE)
        slug = slugify(stem)
        if re.search(r"[a-z]{3}", slug) and not slug.startswith("n-"):
            return slug
    return ""


# --- Fetching the page's own metadata ----------------------------------------------------------


@dataclass
class PageMeta:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None


class _MetaParser(HTMLParser):
    """Collects <title>, <meta> tags and JSON-LD blocks from the page's <head>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.json_ld: list[str] = []
        self._in: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"].strip())
        elif tag == "title" and not self.title:
            self._in, self._buffer = "title", []
        elif tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in, self._buffer = "ld", []

    def handle_data(self, data):
        if self._in:
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if self._in == "title" and tag == "title":
            self.title = " ".join("".join(self._buffer).split())
            self._in = None
        elif self._in == "ld" and tag == "script":
            self.json_ld.append("".join(self._buffer))
            self._in = None


def _ld_objects(blocks: list[str]) -> list[dict]:
    """Every JSON-LD object, flattening lists and @graph."""
    found: list[dict] = []
    stack: list[Any] = []
    for block in blocks:
        try:
            stack.append(json.loads(block))
        except ValueError:
            continue
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            found.append(item)
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
    return found


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.startswith(("http:", "https:")):
        return " ".join(html.unescape(value).split())
    return None


def parse_page_meta(page: str) -> PageMeta:
    """The article's own description of itself: JSON-LD first, then OpenGraph, then <title>."""
    parser = _MetaParser()
    try:
        parser.feed(page)
        parser.close()
    except Exception:  # html.parser is lenient; never crash on someone else's page
        pass
    meta = PageMeta()
    article_types = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report"}
    for obj in _ld_objects(parser.json_ld):
        kinds = obj.get("@type")
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        if not any(isinstance(k, str) and k.lower() in article_types for k in kinds):
            continue
        meta.title = meta.title or _name(obj.get("headline"))
        meta.publisher = meta.publisher or _name(obj.get("publisher"))
        meta.author = meta.author or _name(obj.get("author"))
        published = obj.get("datePublished")
        if isinstance(published, str):
            meta.date = meta.date or published.strip()
    m = parser.meta
    meta.title = meta.title or _name(m.get("og:title")) or _name(m.get("twitter:title"))
    meta.title = meta.title or _name(parser.title)
    meta.publisher = meta.publisher or _name(m.get("og:site_name"))
    meta.author = meta.author or _name(m.get("author")) or _name(m.get("article:author"))
    meta.date = (
        meta.date
        or m.get("article:published_time")
        or m.get("og:published_time")
        or m.get("date")
        or m.get("pubdate")
        or m.get("dc.date")
    )
    meta.date = _article_date(meta.date)
    if meta.title and meta.publisher:  # "Headline | Publisher" in <title> and og:title
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            suffix = separator + meta.publisher
            if meta.title.casefold().endswith(suffix.casefold()) and len(meta.title) > len(suffix):
                meta.title = meta.title[: -len(suffix)].rstrip()
                break
    return meta


def _article_date(value: str | None) -> str | None:
    """The publisher's own calendar date (YYYY-MM-DD) from whatever form the page gives."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return match.group(1)


def fetch_page_meta(url: str, timeout: float) -> PageMeta:
    """Fetch `url` (a short timeout, at most 1 MB) and read its metadata; UserError if offline."""
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if urlsplit(response.geturl()).scheme not in ("http", "https"):
                raise UserError(f"--fetch: {url} redirected to a non-web address")
            raw = response.read(FETCH_BYTES)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as error:
        raise UserError(f"--fetch: {url} answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            reason = f"no answer within {timeout:g} s"
        elif isinstance(reason, socket.gaierror):
            reason = "the host name does not resolve (offline?)"
        raise UserError(f"--fetch: could not reach {url}: {reason}") from None
    except TimeoutError:
        raise UserError(f"--fetch: could not reach {url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        reason = str(error) or type(error).__name__
        raise UserError(f"--fetch: could not reach {url}: {reason}") from None
    try:
        page = raw.decode(charset, errors="replace")
    except LookupError:
        page = raw.decode("utf-8", errors="replace")
    return parse_page_meta(page)


# --- digest new --------------------------------------------------------------------------------


def _existing_entries(layout: Layout) -> list[Path]:
    files, _ = find_entry_files(layout)
    return files


def _source_url(doc: Document) -> str | None:
    data = doc.data
    if isinstance(data, dict) and isinstance(data.get("source"), dict):
        url = data["source"].get("url")
        return url if isinstance(url, str) else None
    return None


def _usable(meta: PageMeta) -> PageMeta:
    """Someone else's page may carry anything: keep only the values our schema accepts."""
    kept = PageMeta()
    for name, kind in (("title", Line), ("publisher", Line), ("author", Line)):
        value = getattr(meta, name)
        if value is not None:
            with contextlib.suppress(ValidationError):
                setattr(kept, name, TypeAdapter(kind).validate_python(value))
    kept.date = meta.date
    return kept


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
    today: dt.date | None = None,
) -> Path:
    """Write the scaffold for `url`; return its path. Raises UserError on bad input."""
    url = _check(HttpUrl, url, "URL")
    fetched = _usable(fetched or PageMeta())
    title = title if title is not None else fetched.title
    publisher = publisher if publisher is not None else fetched.publisher
    author = author if author is not None else fetched.author
    date = date if date is not None else fetched.date
    if title is not None:
        title = _check(Line, title, "--title")
    if publisher is not None:
        publisher = _check(Line, publisher, "--publisher")
    if author is not None:
        author = _check(Line, author, "--author")
    year: int | None = None
    if date is not None:
        year = _check(DateOrDatetime, date, "--date").year
        date = date.strip()
    if slug is not None:
        if not SLUG_RE.match(slug):
            raise UserError(f"--slug: {slug!r} must be lowercase a-z, 0-9 and single hyphens")
    else:
        slug = trim_slug(slugify(title)) if title else trim_slug(slug_from_url(url))
        if not slug:
            raise UserError("cannot make a file name from this URL: give --title or --slug")
    today = today or dt.datetime.now(dt.UTC).date()
    layout = Layout(root)
    if not root.is_dir():
        raise UserError(f"{root}: content folder not found (use --content DIR)")
    key = normalize_source_url(url)
    for path in _existing_entries(layout):
        if path.stem == slug:
            raise UserError(
                f"{path}: already exists with the slug {slug!r}; choose another with --slug"
            )
        existing = _source_url(load_markdown(path)[0])
        if existing and normalize_source_url(existing) == key:
            raise UserError(f"{path}: this article is already in the digest")
    target = layout.entries_dir / str(year or today.year) / f"{slug}.md"
    text = (
        _environment()
        .get_template("entry.md.j2")
        .render(
            title=title or "",
            date=date,
            added=today.isoformat(),
            url=url,
            publisher=publisher or "",
            author=author,
        )
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise UserError(f"{target}: already exists; not overwriting it") from None
    return target


def cmd_new(args: argparse.Namespace) -> int:
    root = Path(args.content)
    fetched = None
    try:
        if args.fetch:
            url = _check(HttpUrl, args.url, "URL")
            try:
                fetched = fetch_page_meta(url, args.timeout)
            except UserError as error:
                print(f"warning: {error}; writing the scaffold without it", file=sys.stderr)
        target = new_entry(
            root,
            args.url,
            title=args.title,
            publisher=args.publisher,
            author=args.author,
            date=args.date,
            slug=args.slug,
            fetched=fetched,
        )
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot write the entry: {error}", file=sys.stderr)
        return 2
    print(f"wrote {target}")
    if args.date is None and (fetched is None or fetched.date is None):
        print(
            f"note: no --date, so it went into the {target.parent.name} folder; "
            "move it to the folder of the article's year once you know the date",
            file=sys.stderr,
        )
    print(f"next: fill in the fields marked 'required', then run: digest check {target}")
    return 0


# --- Taxonomy records --------------------------------------------------------------------------


def _split_records(text: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The file's header (comments before the first record) and its top-level records."""
    header: list[str] = []
    records: list[tuple[str, list[str]]] = []
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            line += "\n"
        match = re.match(r"^([^\s#][^:]*):", line)
        if match:
            records.append((match.group(1).strip().strip("'\""), [line]))
        elif records:
            records[-1][1].append(line)
        else:
            header.append(line)
    return header, records


def _record_text(slug: str, record: dict[str, Any]) -> str:
    lines = [f"{slug}:\n"]
    for key, value in record.items():
        if isinstance(value, list):
            items = ", ".join(
                yaml_scalar(v, quote=bool(re.search(r"[,\[\]{}#:]", v))) for v in value
            )
            lines.append(f"  {key}: [{items}]\n")
        elif value is not None:
            lines.append(f"  {key}: {yaml_scalar(value)}\n")
    return "".join(lines)


def add_record(path: Path, kind: str, slug: str, record: dict[str, Any]) -> None:
    """Insert a validated record in slug order, keeping the header comments and the rest as is."""
    if not SLUG_RE.match(slug):
        raise UserError(f"{slug!r} is not a slug: use lowercase a-z, 0-9 and single hyphens")
    model = Topic if kind == "topic" else Organization
    try:
        model.model_validate(record)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        raise UserError(f"{where}: {message}") from None
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    doc, found = parse_yaml_text(text, path)
    if found:
        raise UserError(f"fix {path} first: {found[0]}")
    data = doc.data or {}
    if not isinstance(data, dict):
        raise UserError(f"fix {path} first: it must be a mapping of slug: record")
    if slug in data:
        raise UserError(f"{path}: {kind} {slug!r} already exists")
    if kind == "organization":
        taxonomy, _ = load_taxonomy(None, (doc, []))
        for name in (slug, record["name"], *record.get("aliases", [])):
            owner = taxonomy.org_names.get(name_key(name))
            if owner is not None:
                raise UserError(f"{path}: {name!r} already names organization {owner!r}")
    header, records = _split_records(text)
    new = _record_text(slug, record)
    position = next((i for i, (name, _) in enumerate(records) if name > slug), len(records))
    if records and position > 0 and not records[position - 1][1][-1].endswith("\n"):
        records[position - 1][1][-1] += "\n"
    records.insert(position, (slug, [new]))
    out = "".join(header) + "".join("".join(lines) for _, lines in records)
    # Read the result back as the validator will: the record must be exactly what we meant,
    # and no organization name or alias may now name two organizations.
    check, found = parse_yaml_text(out, path)
    if found or not isinstance(check.data, dict) or check.data.get(slug) != record:
        raise UserError(f"could not write {slug!r} into {path} safely; add it by hand")
    if kind == "organization":
        _, problems = load_taxonomy(None, (check, []))
        clash = [p for p in problems if p.field.startswith(slug) or repr(slug) in p.message]
        if clash:
            raise UserError(f"{path}: {clash[0].field}: {clash[0].message}")
    path.write_text(out, encoding="utf-8", newline="\n")


def cmd_new_topic(args: argparse.Namespace) -> int:
    path = Path(args.content) / "topics.yml"
    record: dict[str, Any] = {"name": args.name}
    if args.description:
        record["description"] = args.description
    return _add(path, "topic", args.slug, record)


def cmd_new_org(args: argparse.Namespace) -> int:
    path = Path(args.content) / "organizations.yml"
    record: dict[str, Any] = {"name": args.name, "aliases": list(args.alias or [])}
    if args.url:
        record["url"] = args.url
    if args.description:
        record["description"] = args.description
    return _add(path, "organization", args.slug, record)


def _add(path: Path, kind: str, slug: str, record: dict[str, Any]) -> int:
    if not path.parent.is_dir():
        print(
            f"error: {path.parent}: content folder not found (use --content DIR)", file=sys.stderr
        )
        return 2
    try:
        add_record(path, kind, slug, record)
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot update {path}: {error}", file=sys.stderr)
        return 2
    print(f"added {kind} {slug!r} to {path}")
    return 0


def register(subparsers) -> None:
    new = subparsers.add_parser(
        "new",
        help="scaffold an entry for an article URL",
        description="Write content/entries/<YYYY>/<slug>.md with every field present. It fails "
        "`digest check` until you fill in the fields marked 'required'; the check then lists "
        "exactly what is left. Never overwrites a file.",
    )
    new.add_argument("url", metavar="URL", help="the article's URL")
    new.add_argument("--title", help="the article's title (also makes the slug)")
    new.add_argument("--publisher", help="who published it, e.g. 'The New Stack'")
    new.add_argument("--author", help="the article's author")
    new.add_argument("--date", help="when it was published: YYYY-MM-DD (decides the year folder)")
    new.add_argument("--slug", help="the file name, instead of one made from the title")
    new.add_argument(
        "--fetch",
        action="store_true",
        help="pre-fill title, publisher, author and date from the page's own metadata",
    )
    new.add_argument(
        "--timeout", type=float, default=10.0, metavar="S", help="for --fetch (default 10)"
    )
    new.add_argument("--content", default="content", metavar="DIR", help="default: content")
    new.set_defaults(func=cmd_new)

    topic = subparsers.add_parser(
        "new-topic",
        help="add a topic to topics.yml",
        description="Add a validated topic to topics.yml, keeping the file sorted by slug.",
    )
    topic.add_argument("slug", metavar="SLUG", help="lowercase a-z, 0-9 and hyphens")
    topic.add_argument("--name", required=True, help="what readers see, e.g. 'Open source'")
    topic.add_argument("--description", help="one sentence")
    topic.add_argument("--content", default="content", metavar="DIR", help="default: content")
    topic.set_defaults(func=cmd_new_topic)

    org = subparsers.add_parser(
        "new-org",
        help="add an organization to organizations.yml",
        description="Add a validated organization to organizations.yml, keeping it sorted by slug.",
    )
    org.add_argument("slug", metavar="SLUG", help="lowercase a-z, 0-9 and hyphens")
    org.add_argument("--name", required=True, help="the organization's usual name")
    org.add_argument(
        "--alias",
        action="append",
        metavar="A",
        help="another name entries may use (repeatable), e.g. --alias Facebook",
    )
    org.add_argument("--url", help="its home page (absolute http(s) URL)")
    org.add_argument("--description", help="one sentence")
    org.add_argument("--content", default="content", metavar="DIR", help="default: content")
    org.set_defaults(func=cmd_new_org)
