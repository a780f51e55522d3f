"""A preview that never hangs (issue 23): a real `mkdocs serve` on a copy of the project.

An edit that makes the content invalid used to make the plugin raise; MkDocs' live-reload
server then held every request until a build succeeded, and the browser waited for minutes.
Now the browser gets a page listing the errors (file, line, message; escaped) at any address,
the terminal shows them, and the page reloads itself once the content is fixed. Every request
here has a timeout: a hang fails the test instead of stalling it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest

from tests.sitebuild import copy_content

SEED = "entries/2022/pytorch-foundation-research-open-source-roots"
TITLE = "PyTorch Takes AI/ML Back to Its Research, Open Source Roots"
HOSTILE = "<script>alert('x')</script> & Co"
REQUEST = 10.0  # seconds any one request may take


class Served:
    def __init__(self, root: Path, port: int, process: subprocess.Popen[str]) -> None:
        self.root, self.port, self.process = root, port, process
        self.base = f"http://127.0.0.1:{port}/"
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.log.append(line)

    def get(self, path: str, timeout: float = REQUEST) -> tuple[int, str]:
        """Status and body; a request that takes longer than `timeout` fails the test."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=timeout) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def until(self, path: str, wanted: str, deadline: float = 90.0) -> tuple[int, str]:
        """Fetch `path` until its body holds `wanted` (a rebuild takes a moment)."""
        end = time.monotonic() + deadline
        while True:
            status, body = self.get(path)
            if wanted in body:
                return status, body
            assert time.monotonic() < end, f"never saw {wanted!r} at /{path}: {body[:500]}"
            time.sleep(0.3)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    yield from _serve(tmp_path, {"DIGEST_CACHE": "0"})


@pytest.fixture
def served_with_cache(tmp_path: Path) -> Iterator[Served]:
    """Serve as an editor runs it: with the build cache (in the copy's own folder)."""
    yield from _serve(tmp_path, {"DIGEST_CACHE": "1"})


def _serve(tmp_path: Path, variables: dict[str, str]) -> Iterator[Served]:
    copy_content(tmp_path)
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **variables}
    env.pop("DIGEST_CACHE_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    served = Served(tmp_path, port, process)
    try:
        end = time.monotonic() + 90
        while True:
            try:
                if served.get("", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            assert process.poll() is None, "".join(served.log)
            assert time.monotonic() < end, "mkdocs serve did not start: " + "".join(served.log)
            time.sleep(0.3)
        yield served
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl+C: serve ends as a user ends it, cleaning up
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _break(root: Path) -> Path:
    """Two problems in the seed entry: a date to pad and an organization with markup."""
    entry = root / "content" / f"{SEED}.md"
    text = entry.read_text(encoding="utf-8")
    broken = text.replace("date: 2022-09-15", "date: 2022-9-15", 1).replace(
        "organizations:\n", f'organizations:\n  - "{HOSTILE}"\n', 1
    )
    assert broken != text and HOSTILE in broken
    entry.write_text(broken, encoding="utf-8")
    return entry


def _problems(body: str) -> list[str]:
    doc = html5lib.parse(body, namespaceHTMLElements=False)
    return [" ".join("".join(li.itertext()).split()) for li in doc.iter("li")]


def test_invalid_content_is_listed_in_the_browser_and_the_site_comes_back(served):
    entry = served.root / "content" / f"{SEED}.md"
    original = entry.read_text(encoding="utf-8")
    _break(served.root)
    # Any address: the seed's page (gone from the site) and the home page.
    status, body = served.until(f"{SEED}/", "nothing was built")
    assert status == 404
    problems = _problems(body)
    path = f"content/{SEED}.md"
    # Each as the terminal and `digest check` print it.
    assert (
        f"{path}:4: error: date: '2022-9-15' needs two digits for the month and the day: "
        "pad them with zeros, 2022-09-15"
    ) in problems
    hostile = [p for p in problems if "unknown organization" in p]
    assert hostile and hostile[0].startswith(f"{path}:")
    assert HOSTILE in hostile[0]  # shown as text ...
    doc = html5lib.parse(body, namespaceHTMLElements=False)
    scripts = [s.text or "" for s in doc.iter("script")]
    assert len(scripts) == 1 and "alert" not in scripts[0]  # ... never as markup
    status, home = served.get("")
    assert status == 200 and _problems(home) == problems
    # The terminal says the same.
    log = "".join(served.log)
    assert f"{path}:4: error: date: '2022-9-15' needs two digits" in log
    assert "Traceback" not in log

    # The page waits on MkDocs' live-reload endpoint for the next build ...
    built = body.split("var built = ", 1)[1].split(";", 1)[0]
    answer: list[str] = []
    waiting = threading.Thread(
        target=lambda: answer.append(served.get(f"livereload/{built}/1", timeout=90)[1])
    )
    waiting.start()
    time.sleep(1)
    assert waiting.is_alive()  # nothing new yet: it waits
    entry.write_text(original, encoding="utf-8")  # ... the fix
    waiting.join(timeout=90)
    assert answer and float(answer[0]) > float(built)
    status, page = served.until(f"{SEED}/", TITLE)
    assert status == 200 and "nothing was built" not in page


def test_the_error_page_reloads_itself_in_a_browser_once_fixed(served):
    from tests.test_browser import ARGS, CHROMIUM

    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium not found")
    from playwright.sync_api import sync_playwright

    entry = served.root / "content" / f"{SEED}.md"
    original = entry.read_text(encoding="utf-8")
    _break(served.root)
    served.until(f"{SEED}/", "nothing was built")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(served.base + f"{SEED}/")
            assert "nothing was built" in page.locator("h1").inner_text()
            entry.write_text(original, encoding="utf-8")
            # No navigation by the test: the page reloads itself into the entry.
            page.wait_for_function(
                f"document.querySelector('article h1')?.textContent.includes({TITLE!r})",
                timeout=90_000,
            )
        finally:
            browser.close()


def test_a_taxonomy_file_removed_and_put_back_brings_every_entry_back(served_with_cache):
    """The entries validated while a taxonomy file was missing were keyed as if it were there:
    once it was back, the preview kept them invalid (a 404 and an edition "not valid") until
    each was touched. Every key now holds the setting it was made in."""
    organizations = served_with_cache.root / "content" / "organizations.yml"
    aside = served_with_cache.root / "organizations.yml.aside"
    served_with_cache.until(f"{SEED}/", TITLE)
    organizations.rename(aside)
    served_with_cache.until("", "organizations.yml")  # the error page names the missing file
    aside.rename(organizations)
    status, page = served_with_cache.until(f"{SEED}/", TITLE)
    assert status == 200 and "nothing was built" not in page
    status, home = served_with_cache.until("", TITLE)
    assert status == 200 and "nothing was built" not in home
