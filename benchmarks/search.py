"""Search in a real browser at N entries: the bytes a reader's first query downloads, and how
long after their last keystroke the results show.

    python -m benchmarks.search                      # N = 10,000
    python -m benchmarks.search --entries 100000     # the decade-scale digest
    python -m benchmarks.search --site DIR --entries 100000   # a site already built

Builds the synthetic digest (benchmarks/synthetic.py) with `mkdocs build` into a temporary
folder (or reads `--site`), serves it on 127.0.0.1 as GitHub Pages and CDNs do (text files
gzip-compressed, Pagefind's own files as they are: already compressed), opens the home page in
headless Chromium (/usr/bin/chromium), opens search from the header's button and types each
query as a person does (80 ms a key). The write-ups draw from 20,000 words as real text does (a
few often, most rarely: benchmarks/synthetic.py's `vocabulary`); the queries are a frequent
word, a middling one, a rare one and two words. It prints, per query: the bytes transferred from
opening search to results shown (compressed, as on the wire; by kind: Pagefind's engine and
metadata, index chunks, filters, result fragments), and the time from the last keystroke to the
results on screen (the search waits 120 ms after a key before it searches: that is included).
Then the same on a phone-like CPU (4x slower, Chromium's CPU throttling). Figures are printed,
never asserted; the targets (issue 24) are listed as met or not. Also prints what a page
carries, part by part (benchmarks/page_weight.py).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.page_weight import report as weight_report
from benchmarks.synthetic import Vocabulary, generate
from digest.build.pipeline import load_corpus
from digest.content.siteconfig import read_site_config
from digest.site.search import part_views, search_bundle
from digest.site.settings import Settings

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
VOCABULARY = 20_000  # distinct words in the write-ups, drawn as real text draws them (Zipf)
KEY_DELAY_MS = 80
TARGETS = {10_000: (300_000, 0.5), 100_000: (500_000, 1.0)}  # bytes, seconds (issue 24)
COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".txt", ".svg", ".opml", ".map"}


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzip-compressed when the browser accepts it (as GitHub Pages does)."""

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = _gzipped(str(path), path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@functools.lru_cache(maxsize=4096)
def _gzipped(path: str, stamp: int) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Handler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


@dataclass
class Query:
    text: str
    throttle: float
    latency: float = 0.0  # seconds from the last keystroke to results on screen
    results: str = ""
    bytes_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.bytes_by_kind.values())


_PART_FILE = re.compile(r"/pagefind/(?:[^/]+/)?(fragment|index|filter)/")  # any part's
_KINDS = {"fragment": "fragments", "index": "index chunks", "filter": "filters"}


def _kind(url: str) -> str:
    found = _PART_FILE.search(url)
    if found:
        return _KINDS[found.group(1)]
    if "/pagefind/" in url:
        return "engine (pagefind.js, worker, wasm, meta)"
    return "other"


# In the page: the time of the last key typed, and of the first moment the results for the
# whole query are on screen.
_WATCH = """
term => {
  window.__bench = {};
  document.addEventListener('keydown', () => { window.__bench.key = performance.now(); }, true);
  const done = () => {
    const message = document.querySelector('[data-digest-search-status]');
    const titles = document.querySelectorAll('.digest-search__result-title');
    if (message && message.textContent.includes('for \u201c' + term + '\u201d') && titles.length) {
      if (!window.__bench.shown) window.__bench.shown = performance.now();
      window.__bench.message = message.textContent.trim();
    }
  };
  new MutationObserver(done).observe(document.body, {subtree: true, childList: true,
                                                     characterData: true});
}
"""


def measure_query(browser, url: str, text: str, throttle: float) -> Query:  # type: ignore[no-untyped-def]
    """A fresh visitor (empty cache) on the home page, searching `text`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    if throttle != 1:
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    query = Query(text, throttle)
    counting = False

    def finished(request) -> None:  # type: ignore[no-untyped-def]
        if counting:
            try:
                sizes = request.sizes()
            except Exception:  # the page is closing: nothing more to count
                return
            kind = _kind(request.url)
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            query.bytes_by_kind[kind] = query.bytes_by_kind.get(kind, 0) + size

    page.on("requestfinished", finished)
    page.goto(url, wait_until="networkidle")
    page.evaluate(_WATCH, text)
    counting = True
    page.get_by_role("button", name="Search").click()
    page.wait_for_function("document.activeElement.matches('[data-digest-search-input]')")
    page.keyboard.type(text, delay=KEY_DELAY_MS)
    page.wait_for_function("() => window.__bench.shown", timeout=60_000)
    page.wait_for_load_state("networkidle")  # the fragments of the first results
    bench = page.evaluate("() => window.__bench")
    query.latency = (bench["shown"] - bench["key"]) / 1000
    query.results = bench.get("message", "")
    counting = False
    context.close()
    return query


def queries_for(vocabulary: Vocabulary) -> tuple[str, ...]:
    """A frequent word, a word of middling rank, a rare one, and two words."""
    words = vocabulary.words
    return ("chips", words[300], words[3000], f"open {words[300]}")


def build_site(n: int, folder: Path) -> tuple[Path, float]:
    generate(folder, n, seed=24, vocabulary=VOCABULARY)
    started = time.monotonic()
    ran = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"],
        cwd=folder,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    if ran.returncode != 0:
        sys.exit(f"mkdocs build failed:\n{ran.stderr[-3000:]}")
    return folder / "site", time.monotonic() - started


def index_time(folder: Path) -> tuple[int, float]:
    """Records, and seconds Pagefind's run takes over them (the bundle job, alone)."""
    config = read_site_config(folder / "mkdocs.yml")
    corpus, _ = load_corpus(config.layout)
    if corpus is None:
        sys.exit("the synthetic content did not validate")
    views = [view for _, view in part_views(corpus, "en", Settings("", "").search_part_records)]
    started = time.monotonic()
    for view in views:
        search_bundle(view)
    return sum(len(view.records) for view in views), time.monotonic() - started


def bundle_figures(site: Path) -> dict[str, int]:
    bundle = site / "pagefind"
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return {
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "fragments": sum(1 for p in files if p.parent.name == "fragment"),
        "index chunks": sum(1 for p in files if p.parent.name == "index"),
        "filter bytes": sum(p.stat().st_size for p in files if p.parent.name == "filter"),
    }


def report(
    n: int,
    queries: list[Query],
    built: float | None,
    bundle: dict[str, int],
    indexed: tuple[int, float] | None = None,
) -> str:
    target_bytes, target_latency = TARGETS.get(n, (None, None))
    lines = [f"## Search at {n:,} entries", ""]
    if built is not None:
        lines.append(f"Cold `mkdocs build` (Pagefind included): {built:.0f} s.")
    if indexed is not None:
        lines.append(
            f"The search bundle alone (records written, Pagefind's run, the bundle read back): "
            f"{indexed[1]:.1f} s for {indexed[0]:,} records."
        )
    lines += [
        f"Bundle: {bundle['files']:,} files, {bundle['bytes'] / 1e6:.1f} MB "
        f"({bundle['fragments']:,} fragments, {bundle['index chunks']:,} index chunks, "
        f"filters {bundle['filter bytes'] / 1e3:.0f} KB).",
        "",
        "| query | CPU | first query: bytes on the wire | of which engine / index / "
        "filters / fragments | results shown after the last key | results |",
        "| --- | --- | ---: | --- | ---: | --- |",
    ]
    for q in queries:
        parts = [
            q.bytes_by_kind.get(k, 0)
            for k in (
                "engine (pagefind.js, worker, wasm, meta)",
                "index chunks",
                "filters",
                "fragments",
            )
        ]
        cpu = "1x" if q.throttle == 1 else f"{q.throttle:g}x slower"
        lines.append(
            f"| `{q.text}` | {cpu} | {q.total / 1000:.0f} KB | "
            + " / ".join(f"{p / 1000:.0f}" for p in parts)
            + f" KB | {q.latency * 1000:.0f} ms | {q.results} |"
        )
    if target_bytes is not None and target_latency is not None:
        largest = max(q.total for q in queries)
        slowest = max(q.latency for q in queries if q.throttle == 1)
        met_bytes = "met" if largest < target_bytes else "NOT met"
        met_time = "met" if slowest < target_latency else "NOT met"
        lines += [
            "",
            f"Targets at {n:,}: first query < {target_bytes / 1000:.0f} KB: {met_bytes} "
            f"(largest {largest / 1000:.0f} KB); results < {target_latency * 1000:.0f} ms after "
            f"the last key: {met_time} (slowest at 1x CPU {slowest * 1000:.0f} ms).",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000, help="N (default 10,000)")
    parser.add_argument(
        "--site",
        type=Path,
        help="a site already built: measure it as it is (its N, for the title and the targets, "
        "from --entries)",
    )
    parser.add_argument("--throttle", type=float, default=4, help="the phone-like CPU's slowdown")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="digest-search-bench-") as tmp:
        built = None
        indexed = None
        site = args.site
        if site is None:
            print(f"building {args.entries:,} synthetic entries...", file=sys.stderr)
            folder = args.keep or Path(tmp)
            site, built = build_site(args.entries, folder)
            indexed = index_time(folder)
        httpd, url = serve(site)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--headless", "--no-sandbox"]
                )
                texts = queries_for(Vocabulary(VOCABULARY))
                queries = [measure_query(browser, url, q, 1) for q in texts]
                if args.throttle != 1:
                    queries += [measure_query(browser, url, q, args.throttle) for q in texts]
                browser.close()
        finally:
            httpd.shutdown()
        print(report(args.entries, queries, built, bundle_figures(site), indexed))
        print()
        print(weight_report(site))


if __name__ == "__main__":
    main()
