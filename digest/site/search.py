"""Site search with Pagefind: records from the digest model, a bundle readers fetch in chunks.

A reader's browser downloads only the index chunks and result fragments a query needs, not
a whole index (Material's was 1.3 KB an entry, 130 MB at 100,000). The records come from the
model, not from themed HTML, so both engines' builds (the MkDocs plugin and `digest generate`)
publish the same bundle: one record per entry (title, source, summary, quotes with their
speakers, write-up; filters topic, organization, speaker, publisher and year; sorted by the
article's date) and one per person, topic and organization page (found by name).

Pagefind's Python API runs its binary as a service, but each request costs the API a tenth of
a second of polling (50 records, one request each, took 5 s: 1,000 s at 10,000), and the files
it writes as it closes were seen half-written when read back at once (under load, in tests).
So the records are written as small HTML files into a temporary folder and the binary that
`pagefind[bin]` installs (found as the API finds it: PAGEFIND_BINARY_PATH first) indexes them
in one run, `pagefind --site RECORDS --output-path BUNDLE`, with a deadline; its exit means
every file is written. The bundle is read back and published under `pagefind/`. Any failure
is a `SearchError` with one line saying what went wrong.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pagefind.service import get_executable

from digest.model.corpus import Corpus, Group, Person
from digest.model.entry import Entry, Quote
from digest.model.usererror import UserError
from digest.site.jinja import environment
from digest.site.search_bundle import pack, reproducible, unpack
from digest.site.settings import Settings

BUNDLE = "pagefind"  # the bundle's folder in the site
DEADLINE = 900.0  # seconds for the whole indexing run (10,000 entries take about 10 s)
FILTERS = ("topic", "organization", "speaker", "publisher", "year")
# What Pagefind writes that the site does not load: its ready-made UIs (the site's own search
# dialog uses Pagefind's API: overrides/assets/javascripts/search.js) and the highlighter.
UNUSED = frozenset(
    {
        "pagefind-ui.js",
        "pagefind-ui.css",
        "pagefind-component-ui.js",
        "pagefind-component-ui.css",
        "pagefind-modular-ui.js",
        "pagefind-modular-ui.css",
        "pagefind-highlight.js",
    }
)
# Pagefind's program, loaded once from the newest part: the other parts are merged into it
# (`mergeIndex`), which reads only their data files.
ENGINE = ("pagefind.js", "pagefind-worker.js", "wasm.")
MANIFEST = "parts.json"  # the parts, for the reader's browser


class SearchError(UserError):
    """The search bundle could not be made (one line, for the build's error)."""


@dataclass(frozen=True)
class Record:
    """One search result: what is searched, how it is filtered and sorted, what it shows."""

    url: str  # the page's site URL, e.g. "entries/2022/x/"
    title: str
    byline: str = ""
    summary: str = ""
    quotes: Sequence[Quote] = ()
    writeup: str = ""  # sanitized HTML, as served (the template marks it safe)
    meta: Sequence[tuple[str, str]] = ()
    filters: Sequence[tuple[str, str]] = ()
    date: str = ""  # ISO date, the sort key

    @property
    def path(self) -> PurePosixPath:
        """Where Pagefind reads it: `<url>index.html`, so the result URL is the page's URL."""
        return PurePosixPath(self.url) / "index.html"

    @property
    def size(self) -> int:
        """The characters Pagefind indexes (what its memory follows, with the record count)."""
        quoted = sum(len(q.text) + len(q.speaker) + len(q.role or "") for q in self.quotes)
        return len(self.title) + len(self.byline) + len(self.summary) + quoted + len(self.writeup)


def filter_value(name: str) -> str:
    """A name as a filter's value: straight double quotes as typographic ones (`Andrew
    “Boz” Bosworth`). Pagefind lists a value holding `"` but never matches it; the search box
    matches what a reader types with either kind of quote (overrides/.../search.js)."""
    if '"' not in name:
        return name
    parts = name.split('"')
    return (
        "".join(part + ("“" if i % 2 == 0 else "”") for i, part in enumerate(parts[:-1]))
        + parts[-1]
    )


def entry_record(entry: Entry, corpus: Corpus) -> Record:
    source = entry.source
    byline = source.publisher + (f", {source.author}" if source.author else "")
    writeup = entry.writeup.rest if entry.summary_is_lead else entry.writeup.html
    date = entry.published.date().isoformat()
    speakers = dict.fromkeys(q.speaker for q in entry.quotes)
    filters = [
        *(("topic", corpus.topics[t].name) for t in entry.topics),
        *(("organization", corpus.organizations[o].name) for o in entry.organizations),
        *(("speaker", name) for name in speakers),
        ("publisher", source.publisher),
        ("year", date[:4]),
    ]
    filters = [(key, filter_value(value)) for key, value in filters]
    return Record(
        url=entry.url,
        title=entry.title,
        byline=byline,
        summary=entry.summary,
        quotes=entry.quotes,
        writeup=writeup,
        meta=(("date", date), ("publisher", source.publisher)),
        filters=filters,
        date=date,
    )


def person_record(person: Person) -> Record:
    latest = person.latest
    role = ", ".join(part for part in (latest.role if latest else None,) if part)
    count = len(person.quotes)
    newest = person.quotes[0][0].published.date().isoformat() if person.quotes else ""
    return Record(
        url=person.url,
        title=person.name,
        byline=role,
        summary=f"{count} quote{'s' if count != 1 else ''} in the digest",
        meta=(("date", newest),) if newest else (),
        date=newest,
    )


def group_record(group: Group) -> Record:
    aliases = getattr(group.record, "aliases", ()) or ()
    newest = group.entries[0].published.date().isoformat() if group.entries else ""
    count = len(group.entries)
    return Record(
        url=group.url,
        title=group.name,
        byline=", ".join(aliases),
        summary=group.record.description or f"{count} entr{'ies' if count != 1 else 'y'}",
        meta=(("date", newest),) if newest else (),
        date=newest,
    )


def records(corpus: Corpus) -> Iterator[Record]:
    """Every record of the site's search, in the model's order."""
    for entry in corpus.entries:
        yield entry_record(entry, corpus)
    for person in corpus.people.values():
        yield person_record(person)
    for group in (*corpus.topics.values(), *corpus.organizations.values()):
        if group.entries:
            yield group_record(group)


@dataclass(frozen=True)
class SearchView:
    """Everything one part of the bundle is made of: the job's key is a hash of it. The
    newest part is the one the reader's browser opens (`engine`: it keeps Pagefind's program
    files) and lists every part in `parts.json` (`parts`: newest first)."""

    records: tuple[Record, ...]
    language: str
    engine: bool = True
    parts: tuple[Listed, ...] = ()


@dataclass(frozen=True)
class Listed:
    """A part as `parts.json` lists it for the reader's browser."""

    folder: str
    label: str
    first: str  # the part's first and last day ("" when no record has a date)
    last: str
    records: int


@dataclass(frozen=True)
class Part:
    """Records of whole days, indexed in one Pagefind run and published under `folder`."""

    label: str  # "2025-01-10", or "2020-01-01_2020-06-30" for a run of days; "" for no date
    folder: str  # under the bundle's folder: "" for the newest part, else the label and "/"
    records: tuple[Record, ...]
    first: str = ""
    last: str = ""


# Characters of indexed text in one part: Pagefind's memory grows by about 20 MB a million
# (at 10,000 entries its largest run took 300 MB on a part of 7.5 million, short write-ups,
# and 530 MB on 19 million, long ones), so a part of long records holds fewer of them.
PART_TEXT = 8_000_000


def split(all_records: Sequence[Record], limit: int, text: int = PART_TEXT) -> list[Part]:
    """The records in parts of consecutive days, newest first, each of at most `limit`
    records and `text` characters unless one day alone holds more. Pagefind's memory follows
    the records and their text, and it has no incremental mode, so a part bounds a build's
    memory and what an edit indexes again; and the reader's browser searches the newest parts
    first, so a part bounds what a first query ranks (Pagefind ranks every record holding a
    word: 3 s for a word in 16,000 records). Days are gathered from the oldest, so past parts
    keep their days while the newest grows. A record goes by its date (a person's by their
    newest quote); one without a date goes with the newest."""
    by_day: dict[str, list[Record]] = {}
    for record in all_records:
        by_day.setdefault(record.date[:10], []).append(record)
    undated = by_day.pop("", [])
    runs: list[list[str]] = []
    size = chars = 0
    for day in sorted(by_day):
        count = len(by_day[day])
        day_chars = sum(record.size for record in by_day[day])
        if runs and size + count <= limit and chars + day_chars <= text:
            runs[-1].append(day)
            size += count
            chars += day_chars
        else:
            runs.append([day])
            size, chars = count, day_chars
    if not runs:
        return [Part("", "", tuple(undated))] if undated else []
    parts: list[Part] = []
    for index, days in enumerate(reversed(runs)):
        first, last = days[0], days[-1]
        label = first if first == last else f"{first}_{last}"
        held = [record for day in days for record in by_day[day]]
        if index == 0:
            held += undated
        folder = "" if index == 0 else f"{label}/"
        parts.append(Part(label, folder, tuple(held), first, last))
    return parts


def part_views(corpus: Corpus, language: str, limit: int) -> list[tuple[str, SearchView]]:
    """Each part's folder under the bundle's and its view, newest (the one readers open)
    first."""
    parts = split(list(records(corpus)), limit)
    if not parts:  # nothing to index yet: a bundle whose manifest lists no part
        return [("", SearchView((), language, engine=True, parts=()))]
    listed = tuple(
        Listed(part.folder, part.label, part.first, part.last, len(part.records)) for part in parts
    )
    return [
        (
            part.folder,
            SearchView(
                part.records, language, engine=index == 0, parts=listed if index == 0 else ()
            ),
        )
        for index, part in enumerate(parts)
    ]


def write_records(view: SearchView, folder: Path) -> int:
    """The records as HTML files under `folder`; returns how many."""
    template = environment().get_template("search/record.html.j2")
    root = str(folder)
    for record in view.records:  # plain strings, not pathlib: 23,000 records at 10,000 entries
        path = os.path.join(root, *record.path.parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as file:
            file.write(template.render(record=record, language=view.language))
    return len(view.records)


def program() -> Path:
    """Pagefind's program, or SearchError saying it is missing: checked before a build writes
    anything (the index itself is made while the pages are)."""
    found = get_executable()
    if found is None or not found.is_file():
        raise SearchError(
            f"search: Pagefind's program was not found ({found or 'pagefind'}); install the "
            "pinned dependencies (make .venv/.installed-stamp)"
        )
    return found


def _quiet_environment() -> dict[str, str]:
    """This process's environment without Pagefind's own settings (`PAGEFIND_*`): the bundle
    is made from the command line alone, as its key says."""
    return {name: value for name, value in os.environ.items() if not name.startswith("PAGEFIND_")}


def _index(records_dir: Path, out: Path, language: str, deadline: float) -> None:
    command = [str(program()), "--site", str(records_dir), "--output-path", str(out)]
    command += ["--force-language", language, "--silent"]
    try:
        # Run where no configuration file lies (Pagefind reads pagefind.yml/.toml/.json from
        # its working folder): the scratch folder holding only the records and the output.
        ran = subprocess.run(
            command,
            capture_output=True,
            timeout=deadline,
            check=False,
            cwd=records_dir.parent,
            env=_quiet_environment(),
        )
    except subprocess.TimeoutExpired:
        raise SearchError(
            f"search: Pagefind did not finish indexing within {deadline:g} s"
        ) from None
    except OSError as error:
        raise SearchError(f"search: Pagefind could not be run: {error}") from None
    if ran.returncode != 0:
        said = (ran.stderr or ran.stdout).decode("utf-8", "replace").strip().splitlines()
        detail = said[-1].strip() if said else f"exit status {ran.returncode}"
        raise SearchError(f"search: Pagefind failed: {detail}")


def read_bundle(out: Path, *, engine: bool = True) -> dict[str, bytes]:
    """Each bundle file the site loads (path under the bundle's folder), reproducible; without
    Pagefind's program unless `engine`."""
    files = {
        path.relative_to(out).as_posix(): path.read_bytes()
        for path in out.rglob("*")
        if path.is_file()
    }
    wanted = {
        rel: data
        for rel, data in files.items()
        if rel not in UNUSED and (engine or not rel.startswith(ENGINE))
    }
    return reproducible(wanted)


def manifest(parts: Sequence[Listed]) -> bytes:
    """`parts.json`: each part's folder (relative to the bundle's), label, first and last day
    and number of records, newest first. The reader's browser searches the newest parts at
    once, until they hold a number of records, and the older ones when asked
    (overrides/assets/javascripts/search.js)."""
    listed = [
        {
            "path": part.folder,
            "label": part.label,
            "first": part.first,
            "last": part.last,
            "records": part.records,
        }
        for part in parts
    ]
    return json.dumps({"parts": listed}, ensure_ascii=False, separators=(",", ":")).encode()


def scratch() -> str | None:
    """Where the records and Pagefind's output are written and read back: a memory-backed
    folder when the system has one (thousands of small files, deleted at once: on an ordinary
    disk that took five times as long as the indexing itself), else the default."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def search_bundle(view: SearchView, *, deadline: float = DEADLINE) -> bytes:
    """The Pagefind bundle for the records, packed as one value (`unpack` gives its files);
    `SearchError` if it cannot be made within `deadline` seconds. With no record (a digest
    without entries yet, or all of them drafts), Pagefind refuses to run: the bundle is then
    its manifest alone, listing no part, and the search box says there is nothing to search."""
    if not view.records:
        return pack({MANIFEST: manifest(view.parts)})
    with tempfile.TemporaryDirectory(prefix="digest-search-", dir=scratch()) as tmp:
        records_dir, out = Path(tmp) / "records", Path(tmp) / "bundle"
        records_dir.mkdir()
        write_records(view, records_dir)
        _index(records_dir, out, view.language, deadline)
        if not (out / "pagefind.js").is_file():
            raise SearchError("search: Pagefind wrote no bundle (pagefind.js is missing)")
        files = read_bundle(out, engine=view.engine)
        if view.parts:
            files[MANIFEST] = manifest(view.parts)
        return pack(files)


def search_files(
    corpus: Corpus, settings: Settings, *, deadline: float = DEADLINE
) -> list[tuple[str, bytes]]:
    """The bundle's files as (site path, bytes), sorted: for tests and tools."""
    out: list[tuple[str, bytes]] = []
    for folder, view in part_views(corpus, settings.language, settings.search_part_records):
        files = unpack(search_bundle(view, deadline=deadline))
        out += [(f"{BUNDLE}/{folder}{rel}", data) for rel, data in files.items()]
    return sorted(out)
