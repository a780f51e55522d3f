"""`digest new`, `new-topic`, `new-org`: what an editor sees, in a copy of content/."""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from digest.cli import main
from digest.newentry import trim_slug
from digest.pagemeta import parse_page_meta

REPO = Path(__file__).resolve().parent.parent
URL = "https://example.com/news/a-synthetic-article"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
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
    text = text.replace('publisher: ""', "publisher: Example News")
    text = text.replace("topics: []", "topics: [open-source]")
    text = text.replace('text: ""', 'text: "A synthetic quote for a test."')
    text = text.replace('speaker: ""', "speaker: Test Person")
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


class _Page(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body = PAGE.encode() if self.path == "/article" else b"<title>Only a title</title>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
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
    assert f"added topic 'llms' to {path}" in capsys.readouterr().out
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
    ],
)  # fmt: skip
def test_taxonomy_refusals_are_one_clear_line(content, capsys, args, message):
    before = {p.name: p.read_text() for p in content.glob("*.yml")}
    assert main([*args, "--content", str(content)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("error: ")
    assert len(err.strip().splitlines()) == 1
    assert {p.name: p.read_text() for p in content.glob("*.yml")} == before


def test_the_json_escaping_round_trips():
    from digest.scaffold import yaml_scalar

    for text in ["yes", "null", "1.5", "2024-01-01", "a: b", "a #b", "[x]", "ü ✓", 'q"t']:
        assert yaml.safe_load(f"k: {yaml_scalar(text)}") == {"k": text}
        assert json.loads(yaml_scalar(text, quote=True)) == text


def test_contributing_walkthrough_matches_what_the_commands_print(tmp_path, monkeypatch, capsys):
    """CONTRIBUTING.md shows the scaffold's check output; it must be what an editor really sees."""
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    new = re.search(r"\.venv/bin/digest (new https://\S+ .*)", guide).group(1)
    shown = re.search(r"```text\n(.*?)```", guide, re.DOTALL).group(1).split()
    # The taxonomies and the seed only: the example must not collide with entries added since.
    (tmp_path / "content" / "entries").mkdir(parents=True)
    for name in ("topics.yml", "organizations.yml"):
        shutil.copy(REPO / "content" / name, tmp_path / "content" / name)
    shutil.copytree(REPO / "content/entries/2022", tmp_path / "content/entries/2022")
    monkeypatch.chdir(tmp_path)
    assert main(__import__("shlex").split(new)) == 0
    target = re.search(r"digest check (content/entries/\S+\.md)", guide).group(1)
    capsys.readouterr()
    assert main(["check", target]) == 1
    assert capsys.readouterr().out.split() == shown


def test_fetched_values_the_schema_refuses_are_left_out(content, capsys):
    from digest.scaffold import PageMeta, new_entry

    target = new_entry(
        content, URL, fetched=PageMeta(title="Nice title", publisher="Bad\x07name"), slug="x"
    )
    front = yaml.safe_load(target.read_text(encoding="utf-8").split("---\n")[1])
    assert front["title"] == "Nice title"
    assert front["source"]["publisher"] == ""
