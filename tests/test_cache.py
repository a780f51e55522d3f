"""The build cache is correct, not merely fast: a build that reuses it writes exactly the files
a build without it writes, after every kind of change; a damaged or foreign cache file is
ignored and rewritten; two builds in a row write identical output.

Small synthetic sites (a dozen entries), built in-process with MkDocs' own `build`, so that each
build costs well under a second; the template change is built in subprocesses with a copy of
the digest package.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from benchmarks.synthetic import generate
from digest.build import cache as cache_module

REPO = Path(__file__).resolve().parent.parent
EPOCH = "1767225600"  # 2026-01-01: every synthetic entry is published, builds reproducible


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    generate(root, 12, topics=4, organizations=5, people=6, words=60, page_size=4)
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.delenv("DIGEST_CACHE", raising=False)
    monkeypatch.delenv("DIGEST_CACHE_DIR", raising=False)
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    return root


def build(root: Path, out: Path, *, cache: bool = True) -> Any:
    """One `mkdocs build` in this process, as a new process would run it (a new plugin, which
    has only the cache folder to go by); returns the digest plugin (to read its cache)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    MkDocsConfig.plugins.plugin_cache.clear()  # MkDocs keeps plugins with on_startup

    previous = os.environ.get("DIGEST_CACHE")
    os.environ["DIGEST_CACHE"] = "1" if cache else "0"
    try:
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(out))
        mkdocs_build(config)
    finally:
        if previous is None:
            del os.environ["DIGEST_CACHE"]
        else:
            os.environ["DIGEST_CACHE"] = previous
    return config.plugins["digest"]


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def differences(a: Path, b: Path) -> list[str]:
    left, right = tree(a), tree(b)
    return sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))


def hits(plugin: Any) -> dict[str, tuple[int, int]]:
    """(hits, misses) of each cache store in the last build."""
    stores = plugin.build_cache._stores if plugin.build_cache else {}
    return {name: (store.hits, store.misses) for name, (_, store) in stores.items()}


def text_of(out: Path, url: str) -> str:
    page = out / url / "index.html"
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").get_text(" ")


def store_file(root: Path, name: str) -> Path:
    (found,) = (root / ".cache" / "digest").glob(f"{name}-*.cache")
    return found


def entry_file(root: Path, number: int) -> Path:
    return next((root / "content" / "entries").rglob(f"synthetic-{number:05d}.md"))


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edit(root: Path) -> str:
    path = entry_file(root, 5)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nA sentence added by the cache test.\n", encoding="utf-8")
    return "A sentence added by the cache test."


def _add(root: Path) -> str:
    source = entry_file(root, 3)
    text = source.read_text(encoding="utf-8")
    text = text.replace("title: ", 'title: "An added entry" #', 1)
    text = text.replace("/story-00003/", "/story-added/", 1)
    (source.parent / "an-added-entry.md").write_text(text, encoding="utf-8")
    return "An added entry"


def _remove(root: Path) -> str:
    entry_file(root, 7).unlink()
    return ""


def _rename(root: Path) -> str:
    source = entry_file(root, 6)
    source.rename(source.parent / "a-renamed-entry.md")
    return ""


def _draft(root: Path) -> str:
    replace_in(entry_file(root, 8), "topics:", "draft: true\ntopics:")
    return ""


def _rename_topic(root: Path) -> str:
    replace_in(root / "content" / "topics.yml", "name: Topic 001", "name: Renamed Topic One")
    return "Renamed Topic One"


def _rename_org(root: Path) -> str:
    replace_in(root / "content" / "organizations.yml", "name: Org 0002", "name: Renamed Org Two")
    return "Renamed Org Two"


def _mkdocs_yml(root: Path) -> str:
    replace_in(root / "mkdocs.yml", "site_name: Synthetic Digest", "site_name: Renamed Digest")
    replace_in(root / "mkdocs.yml", "page_size: 4", "page_size: 3")
    replace_in(root / "mkdocs.yml", "permalink: true", "permalink: '#'")
    return "Renamed Digest"


CHANGES: dict[str, Callable[[Path], str]] = {
    "entry edited": _edit,
    "entry added": _add,
    "entry removed": _remove,
    "entry renamed": _rename,
    "entry made draft": _draft,
    "topic renamed": _rename_topic,
    "organization renamed": _rename_org,
    "mkdocs.yml changed": _mkdocs_yml,
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_warm_build_equals_cold_build_after_a_change(site: Path, tmp_path: Path, change: str):
    build(site, tmp_path / "before")
    visible = CHANGES[change](site)
    warm = build(site, tmp_path / "warm")
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    # Not vacuous: the cache was read (a change to the taxonomy or the site's settings makes
    # every cached value unreachable, by design), and the change reached the site.
    if change.startswith("entry"):
        assert hits(warm)["entries"][0] >= 10, hits(warm)
        assert hits(warm)["pages"][0] > 0, hits(warm)
    else:
        assert hits(warm)["pages"][0] == 0, hits(warm)
    assert differences(tmp_path / "before", tmp_path / "warm") != []
    if visible:
        warm_site = tmp_path / "warm"
        assert any(visible in text for text in search_texts(warm_site)) or any(
            visible in p.read_text("utf-8") for p in warm_site.rglob("*.html")
        )


def search_texts(site: Path) -> list[str]:
    """The search records' text (Pagefind's fragments: gzip, a signature, then JSON)."""
    return [
        gzip.decompress(p.read_bytes())[len(b"pagefind_dcd") :].decode("utf-8")
        for p in (site / "pagefind" / "fragment").iterdir()
    ]


def test_an_edit_redoes_only_what_the_entry_touches(site: Path, tmp_path: Path):
    build(site, tmp_path / "before")
    first = build(site, tmp_path / "again")
    pages = sum(hits(first)["pages"])
    sentence = _edit(site)
    warm = build(site, tmp_path / "warm")
    entries_hits, entries_misses = hits(warm)["entries"]
    assert (entries_hits, entries_misses) == (11, 1)
    page_hits, page_misses = hits(warm)["pages"]
    # The entry page and the pages listing it (home, archive, its topics and organizations and
    # the people it quotes, plus neighbours' related lists) are redone; most pages are not.
    assert 0 < page_misses < page_hits
    assert page_hits + page_misses == pages
    url = "entries/" + entry_file(site, 5).parent.name + "/synthetic-00005/"
    assert sentence in text_of(tmp_path / "warm", url)


def test_two_builds_in_a_row_write_identical_output(site: Path, tmp_path: Path):
    build(site, tmp_path / "one")
    second = build(site, tmp_path / "two")
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "one", tmp_path / "two") == []
    assert differences(tmp_path / "two", tmp_path / "cold") == []
    assert all(misses == 0 for _, misses in hits(second).values()), hits(second)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a cache file at all\n" * 10)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "a flipped byte": _flip,
    "garbage": _garbage,
    "empty": _empty,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("name", ["entries", "pages"])
def test_a_damaged_cache_file_is_ignored_and_rewritten(
    site: Path, tmp_path: Path, damage: str, name: str
):
    build(site, tmp_path / "before")
    path = store_file(site, name)
    DAMAGE[damage](path)
    damaged = path.read_bytes()
    build(site, tmp_path / "warm")
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    assert path.read_bytes() != damaged  # rewritten
    again = build(site, tmp_path / "again")
    assert all(misses == 0 for _, misses in hits(again).values()), hits(again)


def test_a_foreign_cache_is_ignored(site: Path, tmp_path: Path):
    """Cache files from elsewhere (another key) are never read, even when well formed."""
    build(site, tmp_path / "before")
    (site / ".cache" / "digest" / "key").write_bytes(os.urandom(32))
    warm = build(site, tmp_path / "warm")
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    assert all(h == 0 for h, _ in hits(warm).values()), hits(warm)


class _Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, (f"touch {self.marker}",))


def test_a_cache_file_with_code_in_it_is_never_run(site: Path, tmp_path: Path):
    """Even a file signed with the right key cannot make the unpickler call anything."""
    build(site, tmp_path / "before")
    marker = tmp_path / "pwned"
    directory = site / ".cache" / "digest"
    secret = (directory / "key").read_bytes()
    path = store_file(site, "entries")
    header = path.read_bytes()[: cache_module._HEADER.size]
    _, _, context, _ = cache_module._HEADER.unpack(header)
    store = cache_module.Store(path, secret, "")
    store._context = context
    store._data = {"x": _Payload(marker)}
    store._dirty = True
    store._used = {"x"}
    store.save()
    build(site, tmp_path / "warm")
    build(site, tmp_path / "cold", cache=False)
    assert not marker.exists()
    assert differences(tmp_path / "warm", tmp_path / "cold") == []


def test_cache_off_writes_no_cache(site: Path, tmp_path: Path):
    build(site, tmp_path / "out", cache=False)
    assert not (site / ".cache").exists()


def test_cache_dir_from_the_environment(site: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path / "elsewhere"))
    build(site, tmp_path / "out")
    assert not (site / ".cache").exists()
    names = sorted(p.name.split("-")[0] for p in (tmp_path / "elsewhere").iterdir())
    assert names == ["entries", "key", "pages", "themed"]


def _check(root: Path, *args: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "digest", "check", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_digest_check_reports_the_same_from_its_cache(site: Path):
    # A warning (a date without a time zone is fine; an empty write-up warns) and an error.
    path = entry_file(site, 2)
    head, _, _ = path.read_text(encoding="utf-8").partition("\n---\n")
    path.write_text(head + "\n---\n", encoding="utf-8")
    replace_in(entry_file(site, 4), "topics: [", "topics: [no-such-topic, ")
    first = _check(site)
    assert store_file(site, "checks").is_file()
    second = _check(site)
    uncached = _check(site, "--no-cache")
    assert first.returncode == second.returncode == uncached.returncode == 1
    assert "warning: body: the write-up is empty" in first.stdout
    assert "error: topics[0]: unknown topic 'no-such-topic'" in first.stdout
    assert first.stdout == second.stdout == uncached.stdout
    assert first.stderr == second.stderr == uncached.stderr


def test_digest_check_without_cache_writes_none(site: Path):
    assert _check(site, "--no-cache").returncode == 0
    assert _check(site, env={"DIGEST_CACHE": "0"}).returncode == 0
    assert not (site / ".cache").exists()


def test_a_changed_template_is_never_served_from_the_cache(site: Path, tmp_path: Path):
    """A copy of the digest package with one template changed: its builds must not reuse
    pages rendered by the original templates."""
    package = tmp_path / "pkg"
    shutil.copytree(
        REPO / "digest", package / "digest", ignore=shutil.ignore_patterns("__pycache__")
    )
    card = package / "digest" / "site" / "templates" / "pages" / "card.html.j2"
    replace_in(card, 'class="digest-card"', 'class="digest-card digest-card--changed"')

    def mkdocs(out: str, pythonpath: Path, cache: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(pythonpath), "DIGEST_CACHE": cache}
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / out)],
            cwd=site,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr

    mkdocs("before", REPO, "1")
    mkdocs("warm", package, "1")
    mkdocs("cold", package, "0")
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    assert "digest-card--changed" in (tmp_path / "warm" / "index.html").read_text("utf-8")
    assert "digest-card--changed" not in (tmp_path / "before" / "index.html").read_text("utf-8")


def test_store_round_trip_and_pruning(tmp_path: Path):
    directory = tmp_path / "c"
    first = cache_module.BuildCache(directory)
    store = first.store("s", ["context"])
    store.put("a", ("one",))
    store.put("b", ("two",))
    first.save()
    second = cache_module.BuildCache(directory)
    store = second.store("s", ["context"])
    assert store.get("a") == ("one",)
    second.save()  # only "a" was used: "b" is dropped
    third = cache_module.BuildCache(directory).store("s", ["context"])
    assert third.get("b") is None
    assert third.get("a") == ("one",)
    other = cache_module.BuildCache(directory).store("s", ["another context"])
    assert other.get("a") is None


def test_unpickler_refuses_other_globals(tmp_path: Path):
    data = pickle.dumps({"k": os.system})
    with pytest.raises(pickle.UnpicklingError):
        cache_module._SafeUnpickler(io.BytesIO(data)).load()


def test_limited_preview_under_serve_shows_the_latest_and_every_edited_entry(
    site: Path, tmp_path: Path
):
    """`mkdocs serve` with preview_limit: the latest entries, plus each one edited since serve
    started with its topic, organization and person pages, and a note on every page."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    settings = "page_size: 4\n      preview_limit: true\n      preview_entries: 3"
    replace_in(site / "mkdocs.yml", "page_size: 4", settings)
    MkDocsConfig.plugins.plugin_cache.clear()
    out = tmp_path / "serve"

    def rebuild() -> Any:
        return load_config(config_file=str(site / "mkdocs.yml"), site_dir=str(out))

    config = rebuild()
    config.plugins.on_startup(command="serve", dirty=False)
    mkdocs_build(config, serve_url="http://127.0.0.1:8000/")
    entries = sorted(p.parent.name for p in (out / "entries").rglob("index.html"))
    assert entries == ["synthetic-00009", "synthetic-00010", "synthetic-00011"]
    home = text_of(out, "")
    assert "Limited preview" in home
    assert "latest 3 of 12 entries and every entry changed since" in home

    # An old entry is edited: it joins the preview, with its pages.
    old = entry_file(site, 0)
    text = old.read_text(encoding="utf-8")
    old.write_text(text + "\nEdited while serving.\n", encoding="utf-8")
    topic = text.split("topics: [", 1)[1].split("]", 1)[0].split(",")[0].strip()
    org = text.split("organizations: [", 1)[1].split("]", 1)[0].split(",")[0].strip()
    speaker = text.split("speaker: Person ", 1)[1].split("\n", 1)[0].strip()
    shutil.rmtree(out)
    mkdocs_build(rebuild(), serve_url="http://127.0.0.1:8000/")
    url = f"entries/{old.parent.name}/synthetic-00000/"
    assert "Edited while serving." in text_of(out, url)
    assert "latest 3 of 12 entries and every entry changed since" in text_of(out, url)
    for page in (f"topics/{topic}/", f"organizations/{org}/", f"people/person-{speaker}/"):
        assert "Synthetic entry 00000" in text_of(out, page), page
    assert len(list((out / "entries").rglob("index.html"))) == 4


def test_a_cold_cache_validated_in_worker_processes_builds_the_same_site(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from digest.build import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_MISSES", 2)
    calls: list[int] = []
    parallel = pipeline._validate_in_parallel

    def spy(items: Any, *args: Any) -> Any:
        calls.append(len(items))
        return parallel(items, *args)

    monkeypatch.setattr(pipeline, "_validate_in_parallel", spy)
    build(site, tmp_path / "parallel")
    build(site, tmp_path / "cold", cache=False)
    assert calls == [12]
    assert differences(tmp_path / "parallel", tmp_path / "cold") == []
    again = build(site, tmp_path / "again")  # what the workers sent back was cached
    assert hits(again)["entries"] == (12, 0)


def test_an_entry_saved_while_a_worker_validates_it_is_validated_again_by_the_next_build(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """What a worker validated is cached under the key of the bytes it read, never under the
    key of what the file holds once the editor has saved it again."""
    from digest.build import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_MISSES", 2)
    edited = entry_file(site, 3).resolve()
    real, saved = pipeline.read_limited, []

    def saved_meanwhile(path: Path) -> tuple[bytes, int]:
        read = real(path)
        if path.resolve() == edited and not saved:  # the editor saves once, just after the read
            saved.append(True)
            edited.write_text(edited.read_text("utf-8") + "\nSaved mid-build.\n", "utf-8")
        return read

    monkeypatch.setattr(pipeline, "read_limited", saved_meanwhile)
    build(site, tmp_path / "during")
    url = f"entries/{edited.parent.name}/synthetic-00003/"
    assert "Saved mid-build." not in text_of(tmp_path / "during", url)  # as it was read
    monkeypatch.setattr(pipeline, "read_limited", real)
    after = build(site, tmp_path / "after")
    assert "Saved mid-build." in text_of(tmp_path / "after", url)
    assert hits(after)["entries"] == (11, 1)


@pytest.mark.parametrize("workers", [True, False])
def test_an_entry_saved_between_its_keying_and_its_reading_is_never_served_stale(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: bool
):
    """A warm cache, two entries edited: the build keys them, then (in worker processes or
    not) reads them to validate them; the editor saves one in between. What was validated is
    never cached under the key of the earlier bytes: put back, they are shown as they are."""
    from digest.build import pipeline
    from digest.content import loader

    build(site, tmp_path / "first")
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_MISSES", 2 if workers else 10**9)
    edited, other = entry_file(site, 3).resolve(), entry_file(site, 4)
    other.write_text(other.read_text("utf-8") + "\nAnother edit.\n", "utf-8")
    before = edited.read_text("utf-8") + "\nFirst edit.\n"
    edited.write_text(before, "utf-8")
    real, saved = loader.read_limited, []

    def saved_before_reading(path: Path) -> tuple[bytes, int]:
        if path.resolve() == edited and not saved:
            saved.append(True)
            edited.write_text(before + "Second edit.\n", "utf-8")
        return real(path)

    monkeypatch.setattr(pipeline, "read_limited", saved_before_reading)
    monkeypatch.setattr(loader, "read_limited", saved_before_reading)
    build(site, tmp_path / "during")
    assert edited.read_text("utf-8").endswith("Second edit.\n")  # saved (maybe by a worker)
    url = f"entries/{edited.parent.name}/synthetic-00003/"
    assert "Second edit." in text_of(tmp_path / "during", url)  # what was read
    monkeypatch.setattr(pipeline, "read_limited", real)
    monkeypatch.setattr(loader, "read_limited", real)
    edited.write_text(before, "utf-8")  # the earlier bytes, keyed by the build above
    build(site, tmp_path / "after")
    shown = text_of(tmp_path / "after", url)
    assert "First edit." in shown
    assert "Second edit." not in shown


def test_a_serve_rebuild_after_a_cold_start_in_worker_processes_shows_every_entry_as_it_is(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Under `mkdocs serve`, the first build validates in worker processes and keeps each
    file's key for the rebuilds: a rebuild after an edit is the site a fresh build makes."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    from digest.build import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_MISSES", 2)
    url = "http://127.0.0.1:8000/"

    def serve(out: Path, cache: bool) -> None:
        monkeypatch.setenv("DIGEST_CACHE", "1" if cache else "0")
        config = load_config(config_file=str(site / "mkdocs.yml"), site_dir=str(out))
        config.plugins.on_startup(command="serve", dirty=False)
        mkdocs_build(config, serve_url=url)

    MkDocsConfig.plugins.plugin_cache.clear()
    serve(tmp_path / "first", cache=True)
    edited = entry_file(site, 5)
    edited.write_text(edited.read_text("utf-8") + "\nEdited while serving.\n", "utf-8")
    serve(tmp_path / "rebuilt", cache=True)  # the same plugin: serve's rebuild
    MkDocsConfig.plugins.plugin_cache.clear()
    serve(tmp_path / "fresh", cache=False)
    assert "Edited while serving." in text_of(
        tmp_path / "rebuilt", f"entries/{edited.parent.name}/synthetic-00005/"
    )
    assert differences(tmp_path / "rebuilt", tmp_path / "fresh") == []


def test_serve_and_build_keep_their_own_page_cache(site: Path, tmp_path: Path):
    """Another site_url (as `mkdocs serve` sets) has its own file: neither evicts the other."""
    build(site, tmp_path / "one")
    yml = site / "mkdocs.yml"
    original = yml.read_text(encoding="utf-8")
    replace_in(yml, "site_url: https://digest.example.org/", "site_url: http://127.0.0.1:8000/")
    build(site, tmp_path / "two")
    yml.write_text(original, encoding="utf-8")
    again = build(site, tmp_path / "three")
    assert hits(again)["pages"][1] == 0, hits(again)
    assert len(list((site / ".cache" / "digest").glob("pages-*.cache"))) == 2


def test_digest_check_from_its_cache_knows_the_people_pages(site: Path):
    """Links to a person's page are checked against the people quoted, cached or not."""
    speaker = entry_file(site, 5).read_text("utf-8").split("speaker: Person ", 1)[1][:5]
    path = entry_file(site, 2)
    link = f"\n[A person](../../people/person-{speaker}/index.md)\n"
    bad = "\n[Nobody](../../people/person-nobody/index.md)\n"
    path.write_text(path.read_text("utf-8") + link + bad, encoding="utf-8")
    runs = [_check(site), _check(site), _check(site, "--no-cache")]
    for run in runs:
        assert run.stdout.count("error") == 1, run.stdout
        assert "person-nobody" in run.stdout
        assert f"person-{speaker}" not in run.stdout
