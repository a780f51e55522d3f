"""`digest new`, `new-topic`, `new-org`: what an editor sees, in a copy of content/."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pageserver import trusted

from digest.commands.cli import main
from digest.content.loader import load_markdown
from digest.editor.handover import uncomment
from digest.editor.newentry import slug_from_url, title_slug, trim_slug
from digest.editor.pagemeta import parse_page_meta

REPO = Path(__file__).resolve().parent.parent
URL = "https://example.com/news/a-synthetic-article"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")  # names about.md in the nav
    return root


def _new(content: Path, *args: str) -> int:
    return main(["new", *args, "--content", str(content)])


def _check(content: Path, capsys) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["check", "--content", str(content)])
    return code, capsys.readouterr().out.splitlines()


def test_new_writes_every_field_and_says_where(content, capsys):
    code = _new(content, URL, "--title", "A Synthetic Article", "--date", "2024-05-06")
    out = capsys.readouterr().out
    target = content / "entries" / "2024" / "a-synthetic-article.md"
    assert code == 0
    assert f"wrote {target}" in out
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "---"
    assert lines[1] == "# yaml-language-server: $schema=../../../schema/entry.schema.json"
    front = yaml.safe_load(text.split("---\n")[1])
    assert set(front) == {
        "title", "date", "added", "source", "topics", "organizations", "quotes", "summary",
        "draft",
    }  # fmt: skip
    assert set(front["source"]) == {"url", "publisher", "author"}
    assert set(front["quotes"][0]) == {"text", "speaker", "role", "organization"}
    assert front["title"] == "A Synthetic Article"
    assert front["source"]["url"] == URL
    assert str(front["date"]) == "2024-05-06"
    for key in ("title:", "date:", "url:", "publisher:", "topics:", "quotes:", "text:", "speaker:"):
        line = next(line for line in lines if line.strip().lstrip("- ").startswith(key))
        assert "# required" in line, line


def test_the_scaffold_fails_check_at_exactly_the_lines_left_to_fill(content, capsys):
    _new(content, URL, "--title", "A Synthetic Article", "--date", "2024-05-06")
    target = content / "entries" / "2024" / "a-synthetic-article.md"
    lines = target.read_text(encoding="utf-8").splitlines()
    code, out = _check(content, capsys)
    assert code == 1

    def line_of(key: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if line.strip().startswith(key))

    found = {(int(m.group(1)), m.group(2)) for m in map(_parse, out) if m}
    assert found == {
        (line_of("publisher:"), "source.publisher"),
        (line_of("topics:"), "topics"),
        (line_of("- text:"), "quotes[0].text"),
        (line_of("speaker:"), "quotes[0].speaker"),
    }


def _parse(line: str):
    return re.match(r".*a-synthetic-article\.md:(\d+): error: ([^:]+): ", line)


def test_filling_in_the_required_fields_makes_check_pass(content, capsys):
    _new(content, URL, "--title", "A Synthetic Article", "--date", "2024-05-06")
    target = content / "entries" / "2024" / "a-synthetic-article.md"
    text = target.read_text(encoding="utf-8")
    text = text.replace("publisher: ''", "publisher: Example News")
    text = text.replace("topics: []", "topics: [open-source]")
    text = text.replace("text: ''", 'text: "A synthetic quote for a test."')
    text = text.replace("speaker: ''", "speaker: Test Person")
    target.write_text(text, encoding="utf-8")
    code, out = _check(content, capsys)
    assert code == 0, out


def test_without_a_date_or_title_every_missing_field_is_listed(content, capsys):
    assert _new(content, URL) == 0
    captured = capsys.readouterr()
    target = next((content / "entries").glob("*/a-synthetic-article.md"))
    assert "move it to the folder of the article's year" in captured.err
    code, out = _check(content, capsys)
    fields = {m.group(2) for m in map(_parse, out) if m}
    assert code == 1
    assert {"title", "date", "source.publisher", "topics"} <= fields
    assert target.exists()


def test_refuses_to_overwrite_and_refuses_a_second_copy_of_an_article(content, capsys):
    assert _new(content, URL, "--title", "Same", "--date", "2024-01-01") == 0
    target = content / "entries" / "2024" / "same.md"
    target.write_text(target.read_text() + "\nMy edits.\n", encoding="utf-8")
    before = target.read_text()
    capsys.readouterr()
    assert (
        _new(content, "https://example.com/other", "--title", "Same", "--date", "2024-01-01") == 2
    )
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == before
    seed = "https://thenewstack.io/pytorch-takes-ai-ml-back-to-its-research-open-source-roots"
    assert _new(content, seed + "?utm_source=x", "--title", "Other") == 2
    err = capsys.readouterr().err
    assert "pytorch-foundation-research-open-source-roots.md" in err
    assert "already in the digest" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["javascript:alert(1)"], "error: URL: must be an absolute http:// or https:// URL"),
        ([URL, "--date", "2024-02-30"], "error: --date: '2024-02-30' is not a real date"),
        ([URL, "--title", "   "], "error: --title: must not be empty"),
        ([URL, "--slug", "Not A Slug"], "error: --slug: 'Not A Slug' must be lowercase"),
    ],
)
def test_bad_input_gets_one_clear_line(content, capsys, args, message):
    assert _new(content, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1
    assert not (content / "entries" / "2024").exists() or not any(
        p.name.startswith("a-synthetic") for p in (content / "entries").rglob("*.md")
    )


def test_slugs_are_trimmed_sensibly():
    long = (
        "the-state-of-open-source-ai-frameworks-in-the-year-of-the-great-foundation-models-debate"
    )
    slug = trim_slug(long)
    assert len(slug) <= 60
    assert not slug.endswith("-")
    assert slug.startswith("state-open-source-ai-frameworks")
    assert trim_slug("short-title") == "short-title"


def test_a_long_titles_slug_ends_with_a_whole_word():
    title = (
        "The 100 most important AI papers of the 2020s, ranked by citations and by what "
        "practitioners actually use every single day"
    )
    assert title_slug(title) == "100-most-important-ai-papers-2020s-ranked-citations"


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://example.com/news/chip-export-rules/index.html", "chip-export-rules"),
        ("https://example.com/2024/05/chip-export-rules/amp/", "chip-export-rules"),
    ],
)
def test_a_url_slug_skips_index_and_amp_segments(url, slug):
    assert slug_from_url(url) == slug


def test_slug_comes_from_the_url_when_there_is_no_title(content, capsys):
    assert _new(content, "https://example.com/2024/05/06/big-news-today.html?x=1") == 0
    assert list((content / "entries").glob("*/big-news-today.md"))


def test_titles_with_yaml_syntax_are_written_safely(content, capsys):
    title = 'Breaking: "AI" #1 — yes: no'
    assert (
        _new(content, URL, "--title", title, "--publisher", "Foo: Bar", "--date", "2024-1-2") == 2
    )
    assert (
        _new(content, URL, "--title", title, "--publisher", "Foo: Bar", "--date", "2024-01-02") == 0
    )
    target = next((content / "entries" / "2024").glob("breaking-*.md"))
    front = yaml.safe_load(target.read_text(encoding="utf-8").split("---\n")[1])
    assert front["title"] == title
    assert front["source"]["publisher"] == "Foo: Bar"


# --- --fetch -----------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<title>Ignored &mdash; Site</title>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2023-07-08T09:10:11+02:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Not this"},
  {"@type": "NewsArticle", "headline": "A Fetched Headline",
   "author": [{"@type": "Person", "name": "Ada Example"}],
   "publisher": {"@type": "Organization", "name": "Example Wire"},
   "datePublished": "2023-07-08"}]}</script>
</head><body>Hello</body></html>"""


NESTED = (
    "<title>Nested Page</title><script type='application/ld+json'>"
    + "[" * 100_000
    + "]" * 100_000
    + '</script><script type="application/ld+json">{"@type": "NewsArticle", "author": '
    + "[" * 5_000
    + "]" * 5_000
    + "}</script>"
)
CONTROLS = (
    '<meta property="og:title" content="\x1b[31mRed\x1b[0m Title\u202e with \x1b]0;pwned\x07bells">'
    '<meta name="author" content="Ann\x07 Example\u200b">'
)
# Whatever a title holds, the front matter must read back as exactly this text.
YAML_TITLE = "--- ! &a *b %c @d: \"q\" 'q' #e [f] {g: h} | > key: value # comment"
QUOTED_PAGE = """<!doctype html><html><head><title>Lab opens its model</title>
<meta property="og:site_name" content="Example Wire"></head><body>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article><h1>Lab opens its model</h1>
<p>The lab published the weights on Monday under an open licence.</p>
<p>"We want researchers everywhere to build on this work," said Dana Quill, the lab's chief
scientist.</p>
<p>Critics were less sure. "Openness without evaluation is only half the job," according to
Omar Vance, an analyst at Example Research.</p>
</article><footer>Comments are closed.</footer></body></html>"""


YAML_PAGE = f'<meta property="og:title" content="{YAML_TITLE.replace(chr(34), "&quot;")}">'
ROUTES: dict[str, tuple[str, bytes]] = {
    "/article": ("text/html; charset=utf-8", PAGE.encode()),
    "/nested": ("text/html; charset=utf-8", NESTED.encode()),
    "/idna": ("text/html; charset=idna", b"<title>Idna Page</title>"),
    "/unicode-escape": ("text/html; charset=unicode_escape", b"<title>Esc\\x1b[2J Page</title>"),
    "/controls": ("text/html; charset=utf-8", CONTROLS.encode()),
    "/yaml": ("text/html; charset=utf-8", YAML_PAGE.encode()),
    "/quoted": ("text/html; charset=utf-8", QUOTED_PAGE.encode()),
    "/comments": ("text/html", b"<title>Comment Flood</title>" + b"<!--" * 32_768),
}


class _Page(BaseHTTPRequestHandler):
    ftp_port = 0

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/reason":
            self.send_response(404, "\x1b]0;pwned\x07\x1b[2J\x9b31m Gone")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", f"ftp://127.0.0.1:{_Page.ftp_port}/file.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path in ("/drip", "/huge"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<title>Streamed</title>")
            for _ in range(60 if self.path == "/drip" else 20_000):
                try:
                    self.wfile.write(b" " if self.path == "/drip" else b"<p>x</p>" * 128)
                    self.wfile.flush()
                except OSError:
                    return
                if self.path == "/drip":
                    time.sleep(0.1)
            return
        kind, body = ROUTES.get(self.path, ("text/html", b"<title>Only a title</title>"))
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    with trusted(httpd.server_address[1]):
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_prefills_from_the_pages_own_metadata(content, capsys, site):
    assert _new(content, f"{site}/article", "--fetch", "--timeout", "2") == 0
    target = content / "entries" / "2023" / "a-fetched-headline.md"
    front = yaml.safe_load(target.read_text(encoding="utf-8").split("---\n")[1])
    assert front["title"] == "A Fetched Headline"
    assert front["source"]["publisher"] == "Example Wire"
    assert front["source"]["author"] == "Ada Example"
    assert str(front["date"]) == "2023-07-08"


@pytest.mark.parametrize(
    ("option", "value"), [("--title", ""), ("--date", "04/12/2026"), ("--slug", "Bad Slug")]
)
def test_a_bad_option_is_refused_before_anything_is_fetched(content, capsys, option, value):
    fetched = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    server.RequestHandlerClass = type("Counting", (_Page,), {"do_GET": lambda h: fetched.append(1)})
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with trusted(server.server_address[1]):
            url = f"http://127.0.0.1:{server.server_address[1]}/article"
            assert _new(content, url, "--fetch", option, value, "--timeout", "2") == 2
    finally:
        server.shutdown()
        server.server_close()
    assert fetched == []
    err = capsys.readouterr().err
    assert err.startswith(f"error: {option}: ")
    assert len(err.strip().splitlines()) == 1


def test_fetch_says_when_the_article_holds_no_quote_to_propose(content, capsys, site):
    assert _new(content, f"{site}/article", "--fetch", "--timeout", "2") == 0
    err = capsys.readouterr().err
    assert "proposed 0" not in err
    assert "no quotes to propose in the article: add its key quotes by hand" in err


def test_fetch_falls_back_to_opengraph_and_title():
    meta = parse_page_meta(PAGE.replace("application/ld+json", "text/plain"))
    assert (meta.title, meta.publisher, meta.date) == ("OG title", "Example Wire", "2023-07-08")
    page = '<title>Big News | Wire</title><meta property="og:site_name" content="Wire">'
    assert parse_page_meta(page).title == "Big News"
    meta = parse_page_meta("<html><head><title> Only &amp; a\n title </title></head></html>")
    assert meta.title == "Only & a title"
    assert parse_page_meta("<<<not html").title is None


def test_arguments_win_over_fetched_metadata(content, capsys, site):
    args = [f"{site}/article", "--fetch", "--title", "My Title", "--date", "2022-01-01"]
    assert _new(content, *args) == 0
    front = yaml.safe_load(
        (content / "entries" / "2022" / "my-title.md").read_text().split("---\n")[1]
    )
    assert front["title"] == "My Title"
    assert front["source"]["publisher"] == "Example Wire"


def test_fetch_without_network_says_so_in_one_line_and_still_scaffolds(content, capsys):
    with socket.socket() as sock:  # a port nobody listens on any more
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with trusted(port):
        code = _new(content, f"http://127.0.0.1:{port}/some-story", "--fetch", "--timeout", "1")
    captured = capsys.readouterr()
    assert code == 0
    warning = [line for line in captured.err.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1 and "could not reach" in warning[0]
    assert "Traceback" not in captured.err
    assert list((content / "entries").glob("*/some-story.md"))


# --- Taxonomies --------------------------------------------------------------------------------


def test_new_topic_is_inserted_in_order_and_keeps_the_header(content, capsys):
    path = content / "topics.yml"
    header = [line for line in path.read_text().splitlines() if line.startswith("#")]
    assert main(["new-topic", "llms", "--name", "Large language models", "--content",
                 str(content), "--description", "Models: trained on text."]) == 0  # fmt: skip
    assert f"added topic 'llms' (Large language models) to {path}" in capsys.readouterr().out
    text = path.read_text()
    assert text.splitlines()[: len(header)] == header
    data = yaml.safe_load(text)
    assert list(data) == sorted(data)
    assert data["llms"] == {
        "name": "Large language models",
        "description": "Models: trained on text.",
    }
    code, out = _check(content, capsys)
    assert code == 0, out


def test_new_org_with_aliases_resolves_in_entries(content, capsys):
    args = ["new-org", "example-labs", "--name", "Example Labs", "--alias", "ExLabs",
            "--alias", "Example Labs, Inc.", "--url", "https://example.com/", "--content",
            str(content)]  # fmt: skip
    assert main(args) == 0
    data = yaml.safe_load((content / "organizations.yml").read_text())
    assert list(data) == sorted(data)
    assert data["example-labs"]["aliases"] == ["ExLabs", "Example Labs, Inc."]
    assert (content / "organizations.yml").read_text().startswith("# Organizations:")
    seed = next((content / "entries" / "2022").glob("*.md"))
    seed.write_text(seed.read_text().replace("  - DataRobot\n", "  - DataRobot\n  - ExLabs\n"))
    code, out = _check(content, capsys)
    assert code == 0, out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new-topic", "open-source", "--name", "Again"], "topic 'open-source' already exists"),
        (["new-topic", "Open_Source", "--name", "X"], "'Open_Source' is not a slug"),
        (["new-topic", "x", "--name", " "], "name: must not be empty"),
        (["new-org", "fb", "--name", "FB", "--alias", "Facebook"],
         "'Facebook' already names organization 'meta'"),
        (["new-org", "x", "--name", "X", "--url", "ftp://x"], "url: must be an absolute http"),
        # Names compare as digest.model.names.name_key does: case, width, spaces, Unicode form.
        (["new-org", "meta2", "--name", "ＭＥＴＡ  platforms"],
         "'ＭＥＴＡ  platforms' already names organization 'meta'"),
        (["new-topic", "oss", "--name", "OPEN   source"],
         "'OPEN   source' already names topic 'open-source'"),
        # Invisible characters would let a look-alike pass for a real name.
        (["new-org", "zw", "--name", "Me\u200bta"], "contains the invisible character U+200B"),
        (["new-org", "zw", "--name", "Zw", "--alias", "Meta\u202e"],
         "contains the invisible character U+202E"),
    ],
)  # fmt: skip
def test_taxonomy_refusals_are_one_clear_line(content, capsys, args, message):
    before = {p.name: p.read_text() for p in content.glob("*.yml")}
    assert main([*args, "--content", str(content)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("error: ")
    assert len(err.strip().splitlines()) == 1
    assert {p.name: p.read_text() for p in content.glob("*.yml")} == before


def test_fetched_values_the_schema_refuses_are_left_out(content, capsys):
    from digest.editor.newentry import new_entry
    from digest.editor.pagemeta import PageMeta

    target = new_entry(
        content, URL, fetched=PageMeta(title="Nice title", publisher="Bad\x07name"), slug="x"
    )
    front = yaml.safe_load(target.read_text(encoding="utf-8").split("---\n")[1])
    assert front["title"] == "Nice title"
    assert front["source"]["publisher"] == ""


# --- --fetch survives any page (issue 10) ------------------------------------------------------


def _front(path: Path) -> dict:
    """The front matter as `digest check` reads it."""
    doc, problems = load_markdown(path)
    assert problems == []
    return doc.data


def _fetch(content: Path, site: str, route: str, *args: str) -> tuple[int, str, str, float]:
    start = time.monotonic()
    code = _new(content, f"{site}{route}", "--fetch", "--timeout", "2", *args)
    return code, *_captured(), time.monotonic() - start


_capsys = None


@pytest.fixture(autouse=True)
def _remember_capsys(capsys):
    global _capsys
    _capsys = capsys


def _captured() -> tuple[str, str]:
    out, err = _capsys.readouterr()
    return out, err


def test_fetch_survives_deeply_nested_json_ld(content, site):
    code, _, err, _ = _fetch(content, site, "/nested", "--date", "2024-01-01")
    assert code == 0, err
    assert "Traceback" not in err
    assert _front(content / "entries" / "2024" / "nested-page.md")["title"] == "Nested Page"


@pytest.mark.parametrize("route", ["/idna", "/unicode-escape"])
def test_fetch_falls_back_to_utf8_for_charsets_that_are_not_web_text(content, site, route):
    code, _, err, _ = _fetch(content, site, route, "--slug", "charset", "--date", "2024-01-01")
    assert code == 0, err
    title = _front(content / "entries" / "2024" / "charset.md")["title"]
    # unicode_escape would turn the literal text \x1b into a real escape character.
    assert title in ("Idna Page", "Esc\\x1b[2J Page")


def test_server_text_never_reaches_the_terminal_raw(content, site):
    code, out, err, _ = _fetch(content, site, "/reason", "--slug", "gone")
    assert code == 0
    assert not any(ch in out + err for ch in "\x1b\x07\x9b")
    (warning,) = [line for line in err.splitlines() if line.startswith("warning:")]
    assert "HTTP 404 \\x1b]0;pwned\\x07\\x1b[2J\\x9b31m Gone" in warning


def test_control_sequences_in_metadata_are_never_printed_or_written(content, site):
    code, out, err, _ = _fetch(content, site, "/controls", "--date", "2024-01-01")
    assert code == 0, err
    target = content / "entries" / "2024" / "red-title-with-bells.md"
    text = target.read_text(encoding="utf-8")
    for char in "\x1b\x07\u202e\u200b":
        assert char not in out + err and char not in text
    front = _front(target)
    assert front["title"] == "Red Title with bells"
    assert front["source"]["author"] == "Ann Example"
    assert "from the page: title: Red Title with bells; author: Ann Example" in err


def test_a_fetched_title_full_of_yaml_syntax_reads_back_exactly(content, site):
    code, _, err, _ = _fetch(content, site, "/yaml", "--slug", "yaml", "--date", "2024-01-01")
    assert code == 0, err
    assert _front(content / "entries" / "2024" / "yaml.md")["title"] == YAML_TITLE


def test_redirects_to_other_schemes_are_refused_before_connecting(content, site):
    with socket.socket() as listener:  # an "FTP server" that must never be contacted
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.2)
        _Page.ftp_port = listener.getsockname()[1]
        code, _, err, _ = _fetch(content, site, "/to-ftp", "--slug", "ftp")
        with pytest.raises(TimeoutError):
            listener.accept()
    assert code == 0
    assert f"redirected to a non-web address ('ftp://127.0.0.1:{_Page.ftp_port}/file.html')" in err


def test_the_timeout_bounds_the_whole_download(content, site):
    start = time.monotonic()
    code = _new(content, f"{site}/drip", "--fetch", "--timeout", "1", "--slug", "drip")
    _, err = _captured()
    assert time.monotonic() - start < 3  # the server would drip for 6 s
    assert code == 0
    assert "took longer than 1 s in all" in err
    assert (next((content / "entries").glob("*/drip.md"))).exists()


@pytest.mark.parametrize("route", ["/huge", "/comments"])
def test_huge_and_hostile_pages_are_read_in_bounded_time(content, site, route):
    cpu = time.process_time()
    code, _, err, elapsed = _fetch(content, site, route, "--slug", "big", "--date", "2024-01-01")
    cpu = time.process_time() - cpu  # this process's: the command and the page's server
    assert code == 0, err
    # Bounded, not fast (about 3 s of CPU here; speed is the benchmarks' business): an
    # extraction that grew with the page's elements took minutes. Judged by CPU time, which a
    # busy machine does not stretch (the wall clock did: 26 s beside the suite's heaviest tests),
    # and by a wall clock generous enough for any machine, for a wait that uses no CPU.
    assert cpu < 20
    assert elapsed < 120
    title = _front(content / "entries" / "2024" / "big.md")["title"]
    assert title in ("Streamed", "Comment Flood")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=st.text(min_size=1, max_size=40), author=st.text(max_size=20))
def test_every_title_is_refused_or_written_exactly(tmp_path, title, author):
    from digest.editor.newentry import new_entry
    from digest.model.usererror import UserError

    root = tmp_path / "content"
    (root / "entries").mkdir(parents=True, exist_ok=True)
    try:
        target = new_entry(root, URL, title=title, author=author or None, slug="t")
    except UserError:
        return
    try:
        front = _front(target)
        assert front["title"] == title.strip()
        assert front["source"]["author"] == ((author or None) and author.strip())
    finally:
        target.unlink()


def test_fetch_proposes_the_articles_quotes_as_a_commented_block(content, site):
    """`digest new URL --fetch` puts the proposed quotes in the new entry, commented out, for
    the editor to trim; the front matter still reads back exactly as scaffolded."""
    code, _, err, _ = _fetch(content, site, "/quoted", "--slug", "quoted", "--date", "2024-02-02")
    assert code == 0, err
    assert "proposed 2 quotes from the article (commented out)" in err
    text = (content / "entries" / "2024" / "quoted.md").read_text(encoding="utf-8")
    front = text.split("---\n")[1]
    opened = [uncomment(line) for line in front.splitlines() if line.startswith("  # ")]
    first = next(i for i, line in enumerate(opened) if line.startswith("  - text:"))
    proposals = yaml.safe_load("\n".join(opened[first:]))
    assert [(p["text"], p["speaker"]) for p in proposals] == [
        ("We want researchers everywhere to build on this work", "Dana Quill"),
        ("Openness without evaluation is only half the job", "Omar Vance"),
    ]
    # The placeholder is gone: until a proposal is uncommented, `quotes:` is empty.
    assert _front(content / "entries" / "2024" / "quoted.md")["quotes"] is None
