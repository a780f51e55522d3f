"""Shared tools for the attack tests (issue 10): hostile entries, `digest check` output parsed
into records, real `mkdocs build` runs, and a browser-grade (html5lib) reading of built pages.

Everything is written under pytest's tmp_path; nothing here touches content/.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import html5lib
import material

from tests.sitebuild import REPO, copy_content, digest_cli, mkdocs

# One problem line: `path:line: severity: field: message`.
PROBLEM = re.compile(
    r"^(?P<path>[^\n:]+):(?P<line>\d+): (?P<severity>error|warning|note): "
    r"(?P<field>[^:\n]+): (?P<message>.*)$"
)

# The lines of a hostile entry's front matter; its body starts on line BODY_LINE.
HEAD_LINES = 11
BODY_LINE = HEAD_LINES + 1


def entry_text(body: str, *, slug: str, title: str | None = None) -> str:
    """A valid entry with its own source URL (so entries never collide) and `body`."""
    return (
        "---\n"
        f"title: {json.dumps(title or f'Attack {slug}')}\n"
        "date: 2022-09-15\n"
        "source:\n"
        f"  url: https://example.com/attacks/{slug}\n"
        "  publisher: Example News\n"
        "topics: [open-source]\n"
        "quotes:\n"
        '  - text: "A quote."\n'
        "    speaker: Ada Example\n"
        "---\n"
        f"{body}"
    )


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    severity: str
    field: str
    message: str


@dataclass
class Run:
    """One command's result, with its problem lines parsed."""

    result: subprocess.CompletedProcess

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr

    @property
    def problems(self) -> list[Problem]:
        found = []
        for line in self.output.splitlines():
            # mkdocs prefixes its log lines (`ERROR    -  `); the problem follows.
            line = re.sub(r"^(?:ERROR|WARNING|INFO)\s+-\s+", "", line.strip())
            match = PROBLEM.match(line)
            if match:
                found.append(Problem(**{**match.groupdict(), "line": int(match["line"])}))
        return found

    def errors_for(self, path: str) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error" and p.path == path]

    def no_traceback(self) -> None:
        assert "Traceback" not in self.output, self.output[-3000:]


def check(cwd: Path, content: str = "content") -> Run:
    """`digest check --content content`, run in `cwd`."""
    return Run(digest_cli("check", "--content", content, cwd=cwd))


def build(cwd: Path, site: str = "site", env: dict[str, str] | None = None) -> Run:
    """`mkdocs build --strict` in `cwd` (a copy of the repository's config and content)."""
    return Run(mkdocs("build", "--strict", "--site-dir", site, cwd=cwd, env=env))


def project(tmp: Path) -> Path:
    """A copy of the shipped project (config, overrides, content) under `tmp`; returns content/."""
    return copy_content(tmp)


def write(root: Path, rel: str, data: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return path


# --- reading a built page as a browser does ----------------------------------------------------

_SAFE_SCHEMES = {"http", "https", "mailto"}
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "background"}
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
THEME_SCRIPT = re.compile(r"(?:^|/)assets/javascripts/")


@functools.cache
def theme_inline_scripts() -> tuple[re.Pattern[str], ...]:
    """The inline scripts the theme's own templates (Material's and overrides/) write, as
    patterns: each `{{ expression }}` may be any text without quotes or tags."""
    folders = [Path(material.__file__).parent / "templates", REPO / "overrides"]
    patterns = []
    for folder in folders:
        for template in folder.rglob("*.html"):
            text = template.read_text(encoding="utf-8")
            for body in re.findall(r"<script>(.*?)</script>", text, flags=re.DOTALL):
                parts = re.split(r"\{\{.*?\}\}", body)
                patterns.append(re.compile('[^"<]*'.join(re.escape(p) for p in parts)))
    return tuple(patterns)


def is_theme_script(el, in_writeup: bool) -> bool:
    src = el.get("src")
    if src is not None:
        return bool(THEME_SCRIPT.search(src)) and browser_scheme(src) is None and not in_writeup
    if el.get("id") == "__config":
        return el.get("type") == "application/json" and not in_writeup
    if el.get("type") == "application/ld+json":
        # The theme's structured data: a data block browsers never run, JSON without markup.
        return not in_writeup and _is_json_data(el.text or "")
    return not in_writeup and any(p.fullmatch(el.text or "") for p in theme_inline_scripts())


def _is_json_data(text: str) -> bool:
    if "<" in text:
        return False
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def browser_scheme(url: str) -> str | None:
    """The scheme a browser sees: leading/trailing C0 controls and spaces trimmed, tabs and
    newlines removed anywhere (WHATWG URL parser). Entities are already decoded by the parser."""
    url = url.strip("".join(chr(c) for c in range(0x21)))
    url = re.sub(r"[\t\n\r]", "", url)
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _attr_name(name: object) -> str:
    if isinstance(name, tuple):  # namespaced attribute, e.g. xlink:href
        prefix, local = name
        return f"xlink:{local}" if prefix and "xlink" in prefix else str(local)
    return str(name).rsplit("}", 1)[-1]


def parse(html: str):
    """The DOM a browser with script enabled builds (`<noscript>` is raw text then)."""
    return html5lib.HTMLParser(namespaceHTMLElements=False).parse(html, scripting=True)


def _walk(element) -> Iterator:
    yield element
    for child in element:
        yield from _walk(child)


def writeup_elements(tree) -> list:
    """The elements an editor's write-up produced: inside `.digest-writeup` containers, or,
    when there are none, everything after the entry's title (the first `h1` in `article`)."""
    containers = [el for el in _walk(tree) if "digest-writeup" in (el.get("class") or "").split()]
    if containers:
        return [inner for c in containers for inner in list(_walk(c))[1:]]
    article = next((el for el in _walk(tree) if _local(el.tag) == "article"), tree)
    after, seen_title = [], False
    for el in _walk(article):
        if seen_title:
            after.append(el)
        elif _local(el.tag) == "h1":
            seen_title = True
            after.extend(list(_walk(el))[1:])
    return after


def page_dangers(html: str) -> list[str]:
    """What in a built page could run script or take over the theme, as html5lib reads it.

    Empty for a safe page. Theme scripts are those loaded from assets/javascripts/ and the
    theme's inline configuration (`<script id="__config">`)."""
    tree = parse(html)
    writeup = writeup_elements(tree)
    in_writeup = {id(el) for el in writeup}
    dangers: list[str] = []
    for el in _walk(tree):
        if not isinstance(el.tag, str):
            continue  # comments
        tag = _local(el.tag)
        for raw_name, value in el.attrib.items():
            name = _attr_name(raw_name).lower()
            if name.startswith("on"):
                dangers.append(f"<{tag} {name}=...>")
            if name in _URL_ATTRIBUTES or (name == "srcdoc"):
                scheme = browser_scheme(value)
                if name == "srcdoc" or (scheme is not None and scheme not in _SAFE_SCHEMES):
                    dangers.append(f"<{tag} {name}={value[:60]!r}>")
        if (
            tag in {"iframe", "object", "embed", "frame", "base", "form", "meta"}
            and id(el) in in_writeup
        ):
            dangers.append(f"<{tag}> in the write-up")
        if tag == "script" and not is_theme_script(el, id(el) in in_writeup):
            dangers.append(f"<script src={el.get('src')!r}> {(el.text or '')[:60]!r}")
    configs = [el for el in _walk(tree) if isinstance(el.tag, str) and el.get("id") == "__config"]
    if [_local(el.tag) for el in configs] != ["script"]:
        dangers.append(f"#__config is {[_local(el.tag) for el in configs]}, not the theme's script")
    for el in writeup:
        if not isinstance(el.tag, str):
            continue
        for attribute in ("id", "class", "name", "for", "form"):
            for token in (el.get(attribute) or "").split():
                if token.startswith(("__", "md-")):
                    dangers.append(f"<{_local(el.tag)} {attribute}={token!r}> in the write-up")
        if el.get("style") is not None:
            dangers.append(f"<{_local(el.tag)} style=...> in the write-up")
    return dangers


def entry_page(site: Path, year: str, slug: str) -> Path:
    return site / "entries" / year / slug / "index.html"


def built_pages(site: Path) -> Iterable[Path]:
    return sorted(site.rglob("*.html")) if site.is_dir() else []


def site_bytes(site: Path) -> Iterator[tuple[Path, bytes]]:
    """Every file a build wrote (regular files only)."""
    if not site.is_dir():
        return
    for path in sorted(site.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path, path.read_bytes()
