"""What each kind of page carries, part by part: the figures for the page-weight work.

    python -m benchmarks.page_weight SITE_DIR

Reads a built site: the home page, up to 200 entry pages (the median of each part), a topic,
an organization and a person page, the archive and the second listing page. Each part is the
size of its element as serialized again by lxml (close to its bytes in the file; the file's
own size is the total): `<head>` (and in it the JSON-LD and the other scripts, the link-preview
meta tags, the stylesheet and feed links), the header bar, the tabs, the sidebars, the article,
the footer, and across the page the inline SVG icons and the scripts.
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from lxml import html

Part = Callable[[html.HtmlElement], list[html.HtmlElement]]

PARTS: dict[str, Part] = {
    "head": lambda d: d.xpath("/html/head"),
    "· JSON-LD": lambda d: d.xpath("/html/head/script[@type='application/ld+json']"),
    "· meta tags": lambda d: d.xpath("/html/head/meta"),
    "· links": lambda d: d.xpath("/html/head/link"),
    "· other scripts": lambda d: d.xpath("/html/head/script[not(@type='application/ld+json')]"),
    "header": lambda d: d.xpath("//header[contains(@class, 'md-header')]"),
    "· search": lambda d: d.xpath(
        "//header//*[@data-digest-search-open] | //header//dialog[@id='digest-search']"
    ),
    "tabs": lambda d: d.xpath("//nav[contains(@class, 'md-tabs')]"),
    "nav sidebar": lambda d: d.xpath("//div[contains(@class, 'md-sidebar--primary')]"),
    "toc sidebar": lambda d: d.xpath("//div[contains(@class, 'md-sidebar--secondary')]"),
    "article": lambda d: d.xpath("//article[contains(@class, 'md-content__inner')]"),
    "footer": lambda d: d.xpath("//footer[contains(@class, 'md-footer')]"),
    "inline SVG (all)": lambda d: d.xpath(
        "//*[local-name()='svg'][not(ancestor::*[local-name()='svg'])]"
    ),
    "body scripts": lambda d: d.xpath("/html/body//script"),
}


def _size(elements: list[html.HtmlElement]) -> int:
    return sum(len(html.tostring(e, encoding="utf-8", with_tail=False)) for e in elements)


def weigh(path: Path) -> dict[str, int]:
    data = path.read_bytes()
    document = html.document_fromstring(data)
    sizes = {"file": len(data)}
    for name, find in PARTS.items():
        sizes[name] = _size(find(document))
    return sizes


def _median(pages: list[dict[str, int]]) -> dict[str, int]:
    return {key: int(statistics.median(p[key] for p in pages)) for key in pages[0]}


def samples(site: Path) -> dict[str, list[Path]]:
    entries = sorted((site / "entries").rglob("index.html"))
    step = max(1, len(entries) // 200)

    def first(pattern: str) -> list[Path]:
        found = sorted(site.glob(pattern))
        return found[:1]

    return {
        "home": [site / "index.html"],
        "entry (median)": entries[::step][:200],
        "topic": first("topics/*/index.html"),
        "organization": first("organizations/*/index.html"),
        "person": first("people/*/index.html"),
        "archive": [site / "archive" / "index.html"],
        "listing page 2": [site / "page" / "2" / "index.html"],
    }


def report(site: Path) -> str:
    kinds = {kind: paths for kind, paths in samples(site).items() if paths and paths[0].is_file()}
    weights = {kind: _median([weigh(p) for p in paths]) for kind, paths in kinds.items()}
    columns = ["file", *PARTS]
    lines = [
        "## What a page carries (KB, as lxml serializes each part)",
        "",
        "| page | " + " | ".join(columns) + " |",
        "| --- | " + " | ".join("---:" for _ in columns) + " |",
    ]
    for kind, sizes in weights.items():
        lines.append(f"| {kind} | " + " | ".join(f"{sizes[c] / 1000:.1f}" for c in columns) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m benchmarks.page_weight SITE_DIR")
    print(report(Path(sys.argv[1])))
