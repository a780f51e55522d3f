"""The content folder is an allow-list: what may be in it, found without following symlinks.

Allowed (SPEC §7): `entries/<YYYY>/<slug>.md`, `editions/<YYYY>-W<ww>.md`, `topics.yml`,
`organizations.yml`, the pages named in mkdocs.yml's nav, and raster images under `images/`.
Everything else is an error with its path: an `.html`, `.js`, `.css` or `.svg` file, a page at
the path of a generated page or of the theme's own files, a folder named like a generated file,
and every symlink (refused, never followed: it could publish `/etc`, `.git/config` or the
build's environment). Hidden files and folders (`.name`) are not read and not published.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from digest.content.layout import Layout
from digest.content.loader import display_path
from digest.model.problems import Problem

IMAGES = "images"
EDITIONS = "editions"
IMAGE_TYPES = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),  # and "WEBP" at byte 8, checked below
}
MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 10_000
# Pages the digest generates: a file of the content at one of these paths would replace them.
GENERATED_PAGES = frozenset(
    {
        "index.md",
        "topics/index.md",
        "organizations/index.md",
        "people/index.md",
        "archive/index.md",
        "feeds/index.md",
        "editions/index.md",
    }
)

GENERATED_SECTIONS = frozenset(
    {
        *("topics", "organizations", "people", "archive", "feeds", "page", "schema", "search"),
        *("assets", "pagefind"),  # the theme's files; the search bundle
    }
)


# A file's identity without reading it: size, modification and change times, inode, device.
# The change time moves on every write and cannot be set back, so an edit that keeps the size
# and puts the modification time back is still seen.
Signature = tuple[int, int, int, int, int]


def signature(info: os.stat_result) -> Signature:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


@dataclass(frozen=True, slots=True)
class EntryFile:
    path: Path
    src: str  # its path under the content folder: "entries/2022/<slug>.md"
    signature: Signature  # as the walk found it


# A folder's sorted file names, and the entry files found among them.
Listed = tuple[list[str], list[EntryFile]]


@dataclass
class ContentFiles:
    """The files of a content folder, by kind, and what is wrong with the rest."""

    entries: list[EntryFile] = field(default_factory=list)
    editions: list[Path] = field(default_factory=list)
    pages: list[Path] = field(default_factory=list)  # named in the nav
    images: list[Path] = field(default_factory=list)
    taxonomy: dict[str, Path] = field(default_factory=dict)  # file name -> path
    problems: list[Problem] = field(default_factory=list)
    # Each folder of entries that holds nothing else, by its path under the content folder:
    # its sorted listing and its entry files (what a later walk may take as it is).
    folders: dict[str, Listed] = field(default_factory=dict)


def _error(path: Path, message: str, field_name: str = "file") -> Problem:
    return Problem(
        path=display_path(path), line=1, severity="error", field=field_name, message=message
    )


_NOT_CONTENT = (
    "is not part of the digest's content: content/ holds entries/<YYYY>/<slug>.md, "
    "editions/<YYYY>-W<ww>.md, topics.yml, organizations.yml, images under images/ and the "
    "pages named in mkdocs.yml's nav"
)


def find_content(
    root: Path,
    *,
    nav_pages: frozenset[str] = frozenset(),
    entries: str = "entries",
    taxonomy_files: tuple[str, ...] = ("topics.yml", "organizations.yml"),
    known: Mapping[str, EntryFile] | None = None,
    unchanged: Mapping[str, Listed] | None = None,
) -> ContentFiles:
    """Every file under `root`, classified or refused, in a deterministic order.

    `known`: the entry files of an earlier walk, by path under `root` (`mkdocs serve`'s
    rebuilds): an entry whose signature is unchanged is that same object, not a new one (at
    100,000 entries, the objects a walk makes are what sets off the garbage collector's full
    passes over the whole build).

    `unchanged`: folders of entries that nothing has changed since an earlier walk, as that
    walk found them (`digest.build.changes`, from serve's file watcher): a folder whose listing
    is the same is taken as it was, its files' signatures not read again."""
    found = ContentFiles()
    if not root.is_dir():
        return found
    pages = {p for p in nav_pages if p not in GENERATED_PAGES}
    page_folders = {str(parent) for p in pages for parent in PurePosixPath(p).parents}
    known = known or {}
    unchanged = unchanged or {}

    def allowed_folder(rel: PurePosixPath) -> bool:
        top = rel.parts[0]
        return top in (entries, EDITIONS, IMAGES) or str(rel) in page_folders

    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else root
        found.problems.append(_error(where, f"cannot be read: {error.strerror or error}"))

    for folder, dirs, names in os.walk(root, onerror=unreadable):
        # The folder's path under root, once per folder (not a relative_to per file).
        inside = os.path.relpath(folder, root)
        prefix = "" if inside == "." else inside.replace(os.sep, "/") + "/"
        for name in sorted(dirs):
            path = Path(folder, name)
            under = PurePosixPath(prefix + name)
            if name.startswith("."):
                dirs.remove(name)  # hidden, as MkDocs treats them: never read nor published
            elif path.is_symlink():
                dirs.remove(name)
                found.problems.append(_symlink(path))
            elif not allowed_folder(under) and _empty(path):
                dirs.remove(name)  # an empty folder: its files would each be named below
                found.problems.append(_error(path, "folder " + _NOT_CONTENT))
        dirs.sort()
        in_entries = prefix.split("/", 1)[0] == entries
        into = os.path.join(folder, "")  # the folder and a separator, once per folder
        listing = sorted(names)
        here = prefix[:-1]
        if in_entries:
            listed = unchanged.get(here)
            if listed is not None and listed[0] == listing:
                found.entries += listed[1]
                found.folders[here] = listed
                continue
            first, problems = len(found.entries), len(found.problems)
        for name in listing:
            full = into + name
            rel = prefix + name
            try:
                info = os.lstat(full)
            except OSError as error:
                message = f"cannot be read: {error.strerror or error}"
                found.problems.append(_error(Path(full), message))
                continue
            if in_entries and name.endswith(".md") and stat.S_ISREG(info.st_mode):
                if name.startswith("."):
                    continue  # hidden (editors' lock and swap files): never read
                mark = signature(info)
                earlier = known.get(rel)
                entry = earlier if earlier is not None and earlier.signature == mark else None
                found.entries.append(entry or EntryFile(Path(full), rel, mark))
                continue
            problem = _classify(Path(full), info, rel, name, found, pages, entries, taxonomy_files)
            if problem is not None:
                found.problems.append(problem)
        if in_entries and len(found.problems) == problems:
            found.folders[here] = (listing, found.entries[first:])
    return found


def _empty(folder: Path) -> bool:
    try:
        return next(os.scandir(folder), None) is None
    except OSError:
        return False  # reported when the walk reads it


def _classify(
    path: Path,
    info: os.stat_result,
    rel: str,
    name: str,
    found: ContentFiles,
    pages: set[str],
    entries: str,
    taxonomy_files: tuple[str, ...],
) -> Problem | None:
    if name.startswith("."):
        return None  # hidden (editors' lock and swap files, often symlinks): never read
    if stat.S_ISLNK(info.st_mode):
        return _symlink(path)
    if not stat.S_ISREG(info.st_mode):
        return _error(path, "is not a regular file")
    top = rel.split("/", 1)[0]
    if rel in taxonomy_files:
        found.taxonomy[rel] = path
    elif top == entries:  # its regular .md files are taken by the walk itself
        return _error(path, f"is not an entry: entries are {entries}/<YYYY>/<slug>.md files")
    elif top == EDITIONS:
        if not name.endswith(".md") or "/" in rel[len(EDITIONS) + 1 :]:
            return _error(path, "is not an edition: editions are editions/<YYYY>-W<ww>.md files")
        found.editions.append(path)
    elif top == IMAGES:
        return _image(path, info.st_size, found)
    elif rel in GENERATED_PAGES:
        return _error(path, f"would replace the page the digest generates at /{rel[:-8]}")
    elif top in GENERATED_SECTIONS:
        return _error(path, f"is in /{top}/, whose pages the digest generates")
    elif rel in pages:
        found.pages.append(path)
    else:
        return _error(path, _NOT_CONTENT)
    return None


def _image(path: Path, size: int, found: ContentFiles) -> Problem | None:
    """A raster image of a known type whose bytes are what its name says."""
    signatures = IMAGE_TYPES.get(path.suffix.lower())
    if signatures is None:
        kinds = ", ".join(sorted(IMAGE_TYPES))
        return _error(path, f"is not an image the site publishes ({kinds})")
    if size > MAX_IMAGE_BYTES:
        return _error(path, f"is {size:,} bytes; images may be at most {MAX_IMAGE_BYTES:,}")
    try:
        with path.open("rb") as file:
            head = file.read(32)
    except OSError as error:
        return _error(path, f"cannot be read: {error.strerror or error}")
    webp = path.suffix.lower() != ".webp" or head[8:12] == b"WEBP"
    if not (head.startswith(signatures) and webp):
        kind = path.suffix.lower()[1:].upper()
        return _error(path, f"is not a {kind} image (its bytes say otherwise)")
    sides = _dimensions(head, path)
    if sides is not None and not all(0 < side <= MAX_IMAGE_SIDE for side in sides):
        message = f"claims {sides[0]}×{sides[1]} pixels; at most {MAX_IMAGE_SIDE} a side"
        return _error(path, message)
    found.images.append(path)
    return None


def _dimensions(head: bytes, path: Path) -> tuple[int, int] | None:
    """Width and height as the image's header declares them (what a browser allocates), or
    (0, 0) where the header a browser needs is missing."""
    if head.startswith(b"\x89PNG") and len(head) >= 24 and head[12:16] == b"IHDR":
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    if head.startswith(b"GIF") and len(head) >= 10:
        return int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
    if head.startswith(b"\x89PNG"):
        return 0, 0  # no header: not a PNG a browser can show
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _webp_dimensions(head)
    if head.startswith(b"\xff\xd8"):
        try:
            return _jpeg_dimensions(path.read_bytes())
        except OSError:
            return 0, 0
    return None


def _webp_dimensions(head: bytes) -> tuple[int, int]:
    """A WebP's canvas: lossy (`VP8 `), lossless (`VP8L`) or extended (`VP8X`)."""
    chunk = head[12:16]
    if chunk == b"VP8 " and len(head) >= 30 and head[23:26] == b"\x9d\x01\x2a":
        width = int.from_bytes(head[26:28], "little") & 0x3FFF
        return width, int.from_bytes(head[28:30], "little") & 0x3FFF
    if chunk == b"VP8L" and len(head) >= 25 and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(head) >= 30:
        return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
    return 0, 0


# JPEG's start-of-frame markers (baseline, progressive, lossless...), which hold the size.
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def _jpeg_dimensions(data: bytes) -> tuple[int, int]:
    """A JPEG's size from its first start-of-frame segment, walking the segments by their
    lengths (each step moves forward: linear in the file's size)."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return 0, 0
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if length < 2:
            return 0, 0
        if marker in _SOF and at + 9 <= len(data):
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            return int.from_bytes(data[at + 7 : at + 9], "big"), height
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no frame header before
            return 0, 0
        at += 2 + length
    return 0, 0


def _symlink(path: Path) -> Problem:
    return _error(
        path,
        "is a symlink; content must be real files (symlinks are refused, never followed)",
    )


def find_entry_files(layout: Layout) -> tuple[list[Path], list[Problem]]:
    """Every entry file of the content folder (for commands that read entries one by one)."""
    files = find_content(layout.root, entries=layout.entries)
    paths = [entry.path for entry in files.entries]
    return paths, [p for p in files.problems if layout.entries in p.path]
