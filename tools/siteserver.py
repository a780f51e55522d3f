"""A tiny static server for a built site, as a static host serves it: text gzipped, hashed
assets cached for a year, pages revalidated. Lighthouse and the screenshots measure the site
through it (`make lighthouse`, `make screenshots`); Python's own `http.server` sends neither
compression nor cache headers, which would make a phone wait for bytes no host sends."""

from __future__ import annotations

import gzip
import http.server
import mimetypes
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".opml")
HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(?:css|js)$")  # Material's fingerprinted assets
MAX_BYTES = 20 * 1024 * 1024  # nothing in a site is this big; refuse rather than read it


class Handler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD of files under `root`, never outside it."""

    root: Path

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_GET(self) -> None:
        self._serve(body=True)

    def _serve(self, body: bool) -> None:
        path = self._resolve(unquote(urlsplit(self.path).path))
        if path is None:
            self.send_error(404)
            return
        data = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind.endswith(("javascript", "json", "xml")):
            kind += "; charset=utf-8"
        zipped = path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if zipped:
            data = gzip.compress(data, compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Vary", "Accept-Encoding")
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        if HASHED.search(path.name) or "/pagefind/" in path.as_posix():
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        elif path.suffix == ".html":
            self.send_header("Cache-Control", "public, max-age=0, must-revalidate")
        else:
            self.send_header("Cache-Control", "public, max-age=3600")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _resolve(self, url_path: str) -> Path | None:
        target = (self.root / url_path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root):
            return None
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or target.stat().st_size > MAX_BYTES:
            return None
        return target


def serve(root: Path, port: int = 0) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `root` on 127.0.0.1 in a background thread; returns the server and its base URL."""
    handler = type("SiteHandler", (Handler,), {"root": root.resolve()})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


REPO = Path(__file__).resolve().parent.parent


@contextmanager
def built_and_served() -> Iterator[str]:
    """The shipped site, built for the address it is served at (feeds and canonical links
    point there) into a temporary folder and served as a static host would; yields the URL."""
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        site.mkdir()
        httpd, url = serve(site)
        try:
            env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
            command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
            subprocess.run([*command, "-d", str(site)], cwd=REPO, env=env, check=True)
            yield url
        finally:
            httpd.shutdown()
