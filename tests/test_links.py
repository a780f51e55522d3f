"""`digest links` against a local HTTP server on 127.0.0.1, never anything else."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import markdown
import pytest
from bs4 import BeautifulSoup
from pageserver import trusted

from digest.commands.cli import main
from digest.editor.linkcheck import check_url


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, *args):  # keep pytest output quiet
        pass

    def _answer(self, body: bool) -> None:
        path = self.path
        _Handler.hits[path] = _Handler.hits.get(path, 0) + 1
        if path == "/slow" or (path == "/hangs-on-head" and not body):
            time.sleep(1.5)
        if path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/no-head" and not body:
            self.send_response(405)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/flaky" and _Handler.hits[path] <= 1:  # the first try fails
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/odd-reason":
            self.send_response(410, "\x1b[2J| x | <img src=x> @octocat")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 404 if path == "/gone" else 200
        payload = b"<html><title>page</title></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if body:
            self.wfile.write(payload)

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    with trusted(httpd.server_address[1]):
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """A proxy from the environment must never see these requests."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1")


def _entry(root: Path, slug: str, url: str) -> None:
    path = root / "entries" / "2024" / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'---\ntitle: "{slug}"\ndate: 2024-01-02\nsource:\n  url: {url}\n  publisher: P\n'
        'topics: [t]\nquotes:\n  - text: "q"\n    speaker: S\n---\nBody.\n',
        encoding="utf-8",
    )


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    (root / "topics.yml").write_text("t:\n  name: T\n", encoding="utf-8")
    (root / "organizations.yml").write_text("", encoding="utf-8")
    return root


def test_live_redirected_and_head_refusing_links_are_healthy(server, content, capsys):
    _entry(content, "alive", f"{server}/ok")
    _entry(content, "moved", f"{server}/moved")
    _entry(content, "no-head", f"{server}/no-head")
    code = main(["links", "--content", str(content), "--timeout", "2", "--retries", "0"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == ""
    assert "3 source URLs checked; 0 dead" in err


def test_dead_and_timed_out_links_are_reported_with_path_and_line(server, content, capsys):
    _entry(content, "alive", f"{server}/ok")
    _entry(content, "gone", f"{server}/gone")
    _entry(content, "slow", f"{server}/slow")
    code = main(
        [
            "links",
            "--content",
            str(content),
            "--timeout",
            "0.3",
            "--retries",
            "0",
            "--concurrency",
            "3",
        ]
    )
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert code == 1
    gone = str(Path(content, "entries/2024/gone.md"))
    assert any(
        line.endswith(f"gone.md:5: error: source.url: {server}/gone is dead: HTTP 404 Not Found")
        for line in lines
    ), lines
    assert any("slow.md:5: error: source.url:" in line and "no answer within 0.3 s" in line
               for line in lines), lines  # fmt: skip
    assert not any("alive.md" in line for line in lines)
    assert len(lines) == 2 and gone.split("/")[-1] in out


def test_markdown_report_lists_dead_links_for_the_tracking_issue(server, content, capsys):
    _entry(content, "gone", f"{server}/gone")
    _entry(content, "moved", f"{server}/moved")
    code = main(["links", "--content", str(content), "--format", "markdown", "--retries", "0"])
    out, _ = capsys.readouterr()
    assert code == 1
    assert out.startswith("## Link health")
    assert "1 dead" in out
    assert "### Dead links" in out
    html = BeautifulSoup(markdown.markdown(out, extensions=["tables"]), "html.parser")
    dead, moved = html.find_all("table")
    (row,) = dead.find("tbody").find_all("tr")
    where, url, result = row.find_all("td")
    assert where.get_text().endswith("/content/entries/2024/gone.md:5")
    assert url.a["href"] == f"{server}/gone" and url.get_text() == f"{server}/gone"
    assert result.get_text() == "HTTP 404 Not Found"
    (row,) = moved.find("tbody").find_all("tr")
    assert row.find_all("td")[2].get_text() == f"HTTP 200 → {server}/ok"
    assert [a["href"] for a in row.find_all("a")] == [f"{server}/moved", f"{server}/ok"]


def test_server_text_cannot_break_the_markdown_table_or_the_terminal(server, content, capsys):
    _entry(content, "odd", f"{server}/odd-reason")
    code = main(["links", "--content", str(content), "--format", "markdown", "--retries", "0"])
    out, _ = capsys.readouterr()
    assert code == 1
    assert not any(ch in out for ch in "\x1b\x07")
    html = BeautifulSoup(markdown.markdown(out, extensions=["tables"]), "html.parser")
    (row,) = html.find("tbody").find_all("tr")
    cells = row.find_all("td")
    assert len(cells) == 3 and not html.find_all("img")
    assert cells[2].get_text() == "HTTP 410 \\x1b[2J| x | <img src=x> @\u200boctocat"
    code = main(["links", "--content", str(content), "--retries", "0"])
    out, err = capsys.readouterr()
    assert code == 1 and "\x1b" not in out + err
    assert out.rstrip().endswith("is dead: HTTP 410 \\x1b[2J| x | <img src=x> @octocat")


def test_transient_errors_are_retried(server):
    _Handler.hits.pop("/flaky", None)
    result = check_url(f"{server}/flaky", timeout=2, retries=2, backoff=0)
    assert result.status == "ok"
    assert result.attempts == 2


def test_a_404_is_not_retried(server):
    _Handler.hits.pop("/gone", None)
    result = check_url(f"{server}/gone", timeout=2, retries=3, backoff=0)
    assert result.status == "dead"
    assert result.attempts == 1


def test_a_refused_connection_is_dead_without_a_traceback(content, capsys):
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _entry(content, "nobody", f"http://127.0.0.1:{port}/")
    with trusted(port):
        code = main(["links", "--content", str(content), "--retries", "0"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "nobody.md:5: error: source.url:" in out and "is dead" in out
    assert "Traceback" not in out + err


def test_bad_arguments_get_one_line(capsys, tmp_path):
    assert main(["links", "--content", str(tmp_path / "missing")]) == 2
    assert "content folder not found" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["links", "--concurrency", "0"])


def test_a_server_that_hangs_on_head_is_asked_with_get(server):
    result = check_url(f"{server}/hangs-on-head", timeout=0.3, retries=0)
    assert (result.status, result.detail) == ("ok", "HTTP 200")
