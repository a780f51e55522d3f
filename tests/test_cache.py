"""The build cache is correct, not merely fast: after every kind of change, a build that reuses
the store writes exactly the files a build without any cache writes (the warm == cold harness).

Each case builds a small synthetic site with the cache (filling the store), applies one change,
builds again with the cache (warm) and once without (cold), and compares every file byte for
byte. The harness also checks that the warm build did reuse the store where the change leaves
pages alone, so a store that silently stopped working (a key that never matches, records that
fail their MAC after a compaction) fails too. Changes outside the project (a theme template
edited at the same version, a library whose output changed) run in subprocesses with copies of
those packages first on PYTHONPATH.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from benchmarks.synthetic import generate
from digest.build import workers
from digest.build.cache import enabled
from digest.build.store import FILE_NAME

REPO = Path(__file__).resolve().parent.parent
EPOCH = "1767225600"  # 2026-01-01: every synthetic entry is published, builds reproducible
SITE_URL = "https://digest.example.org/"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Twelve synthetic entries, an edition, an About page in the nav, a code block rendered
    by Pygments (codehilite), and site_url read from SITE_URL as the project's own does."""
    return _synthetic_site(tmp_path / "site", monkeypatch)


def _synthetic_site(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    generate(root, 12, topics=4, organizations=5, people=6, words=60, page_size=4)
    yml = root / "mkdocs.yml"
    text = yml.read_text(encoding="utf-8")
    text = text.replace(f"site_url: {SITE_URL}", f'site_url: !ENV [SITE_URL, "{SITE_URL}"]')
    text = text.replace(
        "  - Feeds: feeds/index.md\n", "  - Feeds: feeds/index.md\n  - About: about.md\n"
    )
    text = text.replace("  - md_in_html\n", "  - md_in_html\n  - codehilite\n")
    yml.write_text(text, encoding="utf-8")
    shutil.copytree(REPO / "overrides", root / "overrides")
    replace_in(yml, f"custom_dir: {REPO / 'overrides'}", "custom_dir: overrides")
    content = root / "content"
    (content / "about.md").write_text("# About\n\nA synthetic digest.\n", encoding="utf-8")
    (content / "editions").mkdir()
    (content / "editions" / "2020-W02.md").write_text(
        '---\ntitle: "Week two"\nsections:\n  - heading: Picks\n'
        "    picks: [synthetic-00003, synthetic-00004]\n---\nThe second week.\n",
        encoding="utf-8",
    )
    code = entry_file(root, 2)
    code.write_text(
        code.read_text("utf-8") + '\n```python\nprint("hello")\n```\n', encoding="utf-8"
    )
    _enter(root, monkeypatch)
    return root


def _enter(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    for name in ("DIGEST_CACHE", "DIGEST_CACHE_DIR", "SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    logging.getLogger("mkdocs").setLevel(logging.ERROR)


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The site above built once with its store, for every case of the harness: the folder it
    is built in, a pristine copy of it (store included) and the first build's output. Each case
    puts the copy back at the same path (keys hold the project's folders by path)."""
    work = tmp_path_factory.mktemp("harness")
    with pytest.MonkeyPatch.context() as monkeypatch:
        root = _synthetic_site(work / "site", monkeypatch)
        monkeypatch.setenv("SITE_URL", SITE_URL)
        build(root, work / "first")
    shutil.copytree(root, work / "pristine", symlinks=True)
    return root, work / "pristine", work / "first"


@pytest.fixture
def built_site(first_build: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """The site of `first_build` as that build left it (sources and store)."""
    root, pristine, _ = first_build
    shutil.rmtree(root)
    shutil.copytree(pristine, root, symlinks=True)
    _enter(root, monkeypatch)
    return root


def build(root: Path, out: Path, *, cache: bool = True, serve: Any = None) -> Any:
    """One `mkdocs build` in this process, as a new process would run it (a new plugin, which
    has only the store to go by); returns the digest plugin. `serve`: a plugin to reuse, as
    `mkdocs serve` reuses its plugin for each rebuild (False: the first build of a serve)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    if serve is None or serve is False:
        MkDocsConfig.plugins.plugin_cache.clear()  # MkDocs keeps plugins with on_startup
    previous = os.environ.get("DIGEST_CACHE")
    os.environ["DIGEST_CACHE"] = "1" if cache else "0"
    try:
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(out))
        if serve is not None:
            config.plugins.on_startup(command="serve", dirty=False)  # a no-op once started
            mkdocs_build(config, serve_url="http://127.0.0.1:8000/")
        else:
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


def text_of(out: Path, url: str) -> str:
    page = out / url / "index.html"
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").get_text(" ")


def entry_file(root: Path, number: int) -> Path:
    return next((root / "content" / "entries").rglob(f"synthetic-{number:05d}.md"))


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def store_path(root: Path) -> Path:
    return root / ".cache" / "digest" / FILE_NAME


def counts(plugin: Any, kind: str) -> tuple[int, int]:
    """(hits, misses) of one kind of record in the plugin's last build."""
    found = plugin.cache.store.counts.get(kind, [0, 0])
    return found[0], found[1]


# --- The changes --------------------------------------------------------------------------------
# Each returns text the changed site must show (checked on the warm build), or "".


def _edit(root: Path) -> str:
    path = entry_file(root, 5)
    path.write_text(path.read_text("utf-8") + "\nA sentence added by the cache test.\n", "utf-8")
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


def _rename_organization(root: Path) -> str:
    replace_in(root / "content" / "organizations.yml", "name: Org 0002", "name: Renamed Org Two")
    return "Renamed Org Two"


def _role(root: Path) -> str:
    path = entry_file(root, 11)
    text = path.read_text("utf-8")
    role = text.split("    role: ", 1)[1].split("\n", 1)[0]
    path.write_text(text.replace(f"    role: {role}", "    role: Chief Changer", 1), "utf-8")
    return "Chief Changer"


def _add_edition(root: Path) -> str:
    (root / "content" / "editions" / "2020-W03.md").write_text(
        '---\ntitle: "Week three"\n---\nThe third week.\n', encoding="utf-8"
    )
    return "Week three"


def _edit_edition(root: Path) -> str:
    replace_in(root / "content" / "editions" / "2020-W02.md", "The second week.", "Edited week.")
    return "Edited week."


def _retitle_edition(root: Path) -> str:
    replace_in(root / "content" / "editions" / "2020-W02.md", "Week two", "A retitled week")
    return "A retitled week"


def _edit_about(root: Path) -> str:
    replace_in(root / "content" / "about.md", "A synthetic digest.", "An edited About page.")
    return "An edited About page."


def _rename_nav_page(root: Path) -> str:
    replace_in(root / "mkdocs.yml", "  - About: about.md", "  - About us: about.md")
    return "About us"


def _change_mkdocs_yml(root: Path) -> str:
    replace_in(root / "mkdocs.yml", "site_name: Synthetic Digest", "site_name: A Renamed Digest")
    return "A Renamed Digest"


def _change_override(root: Path) -> str:
    main = root / "overrides" / "main.html"
    main.write_text(
        main.read_text("utf-8") + "\n{# an edit that changes nothing but this comment #}\n",
        "utf-8",
    )
    css = root / "overrides" / "assets" / "stylesheets" / "digest.css"
    css.write_text(css.read_text("utf-8") + "\n/* changed by the cache test */\n", "utf-8")
    tabs = root / "overrides" / "partials" / "tabs.html"
    tabs.write_text(tabs.read_text("utf-8").replace("<", "<!-- changed -->\n<", 1), "utf-8")
    return ""


def _site_url(root: Path) -> str:
    os.environ["SITE_URL"] = "https://another.example.net/digest/"
    return ""


CHANGES: dict[str, Callable[[Path], str]] = {
    "entry edited": _edit,
    "entry added": _add,
    "entry removed": _remove,
    "entry renamed": _rename,
    "entry made draft": _draft,
    "topic renamed": _rename_topic,
    "organization renamed": _rename_organization,
    "role changed": _role,
    "edition added": _add_edition,
    "edition edited": _edit_edition,
    "edition retitled": _retitle_edition,
    "about.md edited": _edit_about,
    "nav page renamed": _rename_nav_page,
    "mkdocs.yml changed": _change_mkdocs_yml,
    "override changed": _change_override,
    "SITE_URL changed": _site_url,
}


@pytest.mark.parametrize("change", CHANGES)
def test_warm_build_equals_cold_build_after_a_change(
    built_site: Path, tmp_path: Path, change: str, monkeypatch: pytest.MonkeyPatch
):
    site = built_site
    monkeypatch.setenv("SITE_URL", SITE_URL)
    shown = CHANGES[change](site)
    warm = build(site, tmp_path / "warm")
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    if shown:
        assert shown in " ".join(
            text_of(tmp_path / "warm", p.parent.relative_to(tmp_path / "warm").as_posix())
            for p in (tmp_path / "warm").rglob("index.html")
        )
    assert warm.themed.rendered > 0  # every change above changes some page
    entries = counts(warm, "entry")
    if change in ("entry edited", "entry added", "entry renamed", "entry made draft"):
        assert entries[0] >= 10  # the other entries came from the store
    if change == "entry edited":
        total = len(warm.pages)
        assert warm.themed.rendered < total / 2  # an edit redoes what the entry touches only


def test_two_builds_in_a_row_reuse_every_page(site: Path, tmp_path: Path):
    first = build(site, tmp_path / "one")
    assert first.themed.rendered == len(first.pages)
    again = build(site, tmp_path / "two")
    assert again.themed.rendered == 0
    assert counts(again, "entry")[1] == 0
    assert differences(tmp_path / "one", tmp_path / "two") == []


def test_a_vacuumed_store_is_read_back_whole(site: Path, tmp_path: Path):
    """Compaction: records no longer used are removed and the file rewritten (VACUUM); what
    remains is read back, every page of a second build from the store."""
    from digest.build.store import Store

    build(site, tmp_path / "first")
    _edit(site)
    build(site, tmp_path / "second")  # leaves records the next builds do not use
    store = Store.open(store_path(site).parent, b"unused")
    store.begin()
    store.finish()  # a generation later: the first build's records are old
    store.vacuum()
    store.close()
    again = build(site, tmp_path / "third")
    assert again.themed.rendered == 0
    assert differences(tmp_path / "second", tmp_path / "third") == []


def test_stored_records_are_checked_a_changed_byte_is_a_miss(site: Path, tmp_path: Path):
    build(site, tmp_path / "first")
    db = sqlite3.connect(store_path(site))
    (count,) = db.execute("SELECT count(*) FROM records WHERE kind = 'themed'").fetchone()
    db.execute(
        "UPDATE records SET value = replace(value, CAST('</body>' AS BLOB), "
        "CAST('<script>alert(1)</script></body>' AS BLOB)) WHERE kind = 'themed'"
    )
    db.commit()
    db.close()
    again = build(site, tmp_path / "second")
    assert again.themed.rendered == count
    assert differences(tmp_path / "first", tmp_path / "second") == []
    assert not any(b"alert(1)" in p.read_bytes() for p in (tmp_path / "second").rglob("*.html"))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "fifo", "folder"])
def test_a_damaged_store_is_set_aside_and_the_site_is_the_same(
    site: Path, tmp_path: Path, damage: str
):
    build(site, tmp_path / "first")
    path = store_path(site)
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    if damage == "garbage":
        path.write_bytes(b"not a database\n" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "fifo":
        path.unlink()
        os.mkfifo(path)
    else:
        path.unlink()
        path.mkdir()
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(build(site, tmp_path / "second")))
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "the build hangs on a damaged store"
    assert outcome, "the build failed"
    assert differences(tmp_path / "first", tmp_path / "second") == []


def test_a_store_written_with_another_secret_puts_nothing_into_a_page(site: Path, tmp_path: Path):
    """A forged store (a cache committed by a branch, or restored from elsewhere): records
    under the very keys this build looks for, holding a script, MAC'd with the forger's own
    secret. None of them is used."""
    from digest.build.store import Store

    build(site, tmp_path / "genuine")
    db = sqlite3.connect(store_path(site))
    rows = db.execute("SELECT kind, key FROM records WHERE kind != 'check'").fetchall()
    db.close()
    forger = Store.open(store_path(site).parent, b"a secret of the forger's own choice")
    forger.begin()
    for kind, key in rows:
        forger.put(kind, key, b"<script>alert(1)</script>")
    forger.finish()
    forger.close()
    build(site, tmp_path / "again")
    assert differences(tmp_path / "genuine", tmp_path / "again") == []
    assert not any(
        b"alert(1)" in p.read_bytes() for p in (tmp_path / "again").rglob("*") if p.is_file()
    )


def test_the_secret_is_outside_the_cache_folder_and_the_project(site: Path, tmp_path: Path):
    build(site, tmp_path / "out")
    state = Path(os.environ["XDG_STATE_HOME"])
    assert (state / "digest" / "cache-secret").stat().st_mode & 0o077 == 0
    cached = b"".join(p.read_bytes() for p in (site / ".cache").rglob("*") if p.is_file())
    assert (state / "digest" / "cache-secret").read_bytes() not in cached


def test_a_secret_file_inside_the_project_is_not_used(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A branch cannot bring its own secret with its own cache."""
    monkeypatch.setenv("XDG_STATE_HOME", str(site / ".cache"))
    plugin = build(site, tmp_path / "out")
    assert plugin.cache.store.secret is None
    assert plugin.themed.rendered == len(plugin.pages)


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("not-hex-at-all", "DIGEST_CACHE_SECRET is not hexadecimal digits"),
        ("00ff" * 4, "DIGEST_CACHE_SECRET has 8 bytes, fewer than 16"),
    ],
)
def test_a_malformed_secret_is_said_not_silently_ignored(
    site: Path, tmp_path: Path, given: str, said: str
):
    """A typo in the deploy workflow's secret makes every deploy build cold: say so."""
    env = {**os.environ, "DIGEST_CACHE_SECRET": given}
    checked = subprocess.run(
        [sys.executable, "-m", "digest", "check"], cwd=site, env=env, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    assert f"digest: {said}; it is not used (pages are not reused)" in checked.stderr.splitlines()
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / "out")],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    assert said in built.stderr
    fine = {**os.environ, "DIGEST_CACHE_SECRET": "00ff" * 8}
    quiet = subprocess.run(
        [sys.executable, "-m", "digest", "check"],
        cwd=site,
        env=fine,
        capture_output=True,
        text=True,
    )
    assert "DIGEST_CACHE_SECRET" not in quiet.stderr


@pytest.mark.parametrize(
    ("value", "on"),
    [
        *[("0", False), ("false", False), ("no", False), ("off", False), (" OFF ", False)],
        *[("1", True), ("yes", True), ("", True), ("offline", True)],
    ],
)
def test_the_switch_reads_every_way_of_saying_off(value: str, on: bool):
    assert enabled(env={"DIGEST_CACHE": value}) is on
    assert enabled(env={}) is True
    assert enabled(False, env={"DIGEST_CACHE": "1"}) is False  # --no-cache, `cache: false`


def test_one_switch_turns_every_cache_off(site: Path, tmp_path: Path):
    """Each command honours the switch (every spelling of it is read by one function, above)."""
    env = {**os.environ, "DIGEST_CACHE": "Off"}
    for command in (
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "out")],
        [sys.executable, "-m", "digest", "check"],
        [sys.executable, "-m", "digest", "generate", str(tmp_path / "generated")],
    ):
        done = subprocess.run(command, cwd=site, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert not (site / ".cache").exists()


def test_digest_check_reports_the_same_from_its_cache(site: Path):
    path = entry_file(site, 4)
    path.write_text(path.read_text("utf-8").replace("topics: [", "topics: [no-such, "), "utf-8")
    runs = [_check(site) for _ in range(2)] + [_check(site, "--no-cache")]
    assert runs[0].returncode == 1
    assert "unknown topic 'no-such'" in runs[0].stdout
    assert len({(r.returncode, r.stdout, r.stderr) for r in runs}) == 1


def test_digest_check_from_its_cache_knows_the_people_pages(site: Path):
    """Links to a person's page are checked against the people quoted, cached or not."""
    speaker = entry_file(site, 5).read_text("utf-8").split("speaker: Person ", 1)[1][:5]
    path = entry_file(site, 2)
    link = f"\n[A person](../../people/person-{speaker}/index.md)\n"
    bad = "\n[Nobody](../../people/person-nobody/index.md)\n"
    path.write_text(path.read_text("utf-8") + link + bad, encoding="utf-8")
    for run in [_check(site), _check(site), _check(site, "--no-cache")]:
        assert run.stdout.count("error") == 1, run.stdout
        assert "person-nobody" in run.stdout
        assert f"person-{speaker}" not in run.stdout


def _check(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digest", "check", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def test_digest_check_leaves_the_builds_records_alone(site: Path, tmp_path: Path):
    """Each run removes only the records of the kinds it makes: checks run again and again
    between two builds cost the build nothing."""
    build(site, tmp_path / "first")
    for _ in range(6):
        assert _check(site).returncode == 0
    again = build(site, tmp_path / "second")
    assert again.themed.rendered == 0
    assert counts(again, "entry")[1] == 0


def test_a_cache_folder_tracked_by_git_is_refused(site: Path, tmp_path: Path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    build(site, tmp_path / "first")
    git = ["git", "-c", "user.email=t@example.com", "-c", "user.name=T"]
    subprocess.run([*git, "init", "-q"], cwd=site, check=True)
    subprocess.run([*git, "add", "-f", ".cache"], cwd=site, check=True)
    subprocess.run([*git, "commit", "-qm", "a committed cache"], cwd=site, check=True)
    checked = _check(site)
    assert checked.returncode == 1
    assert "the build cache is tracked by git" in checked.stdout
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "second")],
        cwd=site,
        capture_output=True,
        text=True,
    )
    assert built.returncode != 0
    assert "the build cache is tracked by git" in built.stderr


@pytest.mark.parametrize("gone", [False, True], ids=["in the store", "gone from the store"])
def test_what_the_site_writer_did_not_write_the_build_writes(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gone: bool
):
    """A warm build hands its stored pages and search folders to another process
    (digest/build/sitewriter.py). When that process never starts, every file is the build's
    to write: read from the store again, or (a record removed meanwhile, by another build)
    themed and indexed again. Either way the site is the one a build without a cache makes."""
    from digest.build import sitewriter

    build(site, tmp_path / "first")
    handed: list[int] = []

    def no_writer(order: Any) -> None:
        handed.append(len(order.tasks))
        if gone:
            with sqlite3.connect(store_path(site)) as db:
                db.executemany(
                    "DELETE FROM records WHERE kind = ? AND key = ?",
                    [(task.kind, task.key) for task in order.tasks],
                )
        return None

    monkeypatch.setattr(sitewriter, "_start", no_writer)
    warm = build(site, tmp_path / "warm")
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    assert handed[0] >= 1  # the search folders, then every page (in one share a process)
    assert sum(handed[1:]) == len(warm.pages)
    assert warm.themed.rendered == (len(warm.pages) if gone else 0)


@pytest.mark.parametrize("failure", ["never starts", "dies after one folder"])
def test_a_cold_search_bundle_is_written_whoever_makes_it(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
):
    """A cold build's search folders are written into the site by the fresh process that makes
    them, as each is made (digest/build/site.py, `made_into`). When that process cannot start,
    or stops answering after its first folder, the build makes and writes the rest itself:
    the same site, every file of the bundle in it."""
    from digest.build import offload

    replace_in(site / "mkdocs.yml", "page_size: 4", "page_size: 4\n      search_part_records: 3")
    build(site, tmp_path / "made", cache=False)
    parts = json.loads((tmp_path / "made" / "pagefind" / "parts.json").read_text("utf-8"))
    assert len(parts["parts"]) >= 3
    if failure == "never starts":
        monkeypatch.setattr(offload, "_start", lambda jobs: None)
    else:
        real = offload.read_frames

        def one_frame(process: Any, deadline: float) -> Any:
            frames = real(process, deadline)
            yield next(frames)
            raise EOFError

        monkeypatch.setattr(offload, "read_frames", one_frame)
    build(site, tmp_path / "fallen", cache=False)
    assert differences(tmp_path / "made", tmp_path / "fallen") == []


def test_a_warm_build_says_nothing_of_the_pages_it_left_to_the_site_writer(
    site: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    """MkDocs notes each page whose output is empty (`Page skipped`): a warm build's stored
    pages are written by the site writer, and that is no news to the editor."""
    build(site, tmp_path / "first")
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        warm = build(site, tmp_path / "warm")
    assert warm.themed.rendered == 0
    assert any("Documentation built" in r.getMessage() for r in caplog.records)
    assert [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()] == []
    assert differences(tmp_path / "first", tmp_path / "warm") == []


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
def test_a_cold_build_says_nothing_of_the_pages_its_workers_wrote(
    site: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
):
    """Theming workers write the pages they make into the site themselves and hand MkDocs an
    empty page: MkDocs' `Page skipped` note for each is no news to the editor, and every page
    is there, byte for byte what the build makes without workers."""
    from digest.plugin import themed

    monkeypatch.setattr(themed, "PARALLEL_FROM", 2)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        cold = build(site, tmp_path / "workers", cache=False)
    assert cold.themed.from_workers == len(cold.pages)
    assert any("Documentation built" in r.getMessage() for r in caplog.records)
    assert [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()] == []
    monkeypatch.setattr(themed, "PARALLEL_FROM", 10**9)
    build(site, tmp_path / "alone", cache=False)
    assert differences(tmp_path / "alone", tmp_path / "workers") == []


def test_the_collector_is_as_it_was_after_a_build_and_after_a_failed_one(
    site: Path, tmp_path: Path
):
    """A build raises the garbage collector's threshold for itself; a program that calls
    MkDocs' build() (a server, a test run) gets its own setting back, whatever happened."""
    import gc

    saved = gc.get_threshold()
    gc.set_threshold(650, 9, 11)  # the program's own, whatever earlier tests left
    try:
        build(site, tmp_path / "built")
        assert gc.get_threshold() == (650, 9, 11)
        broken = site / "content" / "entries" / "2025" / "broken.md"
        broken.parent.mkdir(parents=True, exist_ok=True)
        broken.write_text("---\ntitle: [unclosed\n---\nBody.\n", "utf-8")
        with pytest.raises(Exception, match="Aborted"):  # MkDocs, after the plugin said why
            build(site, tmp_path / "failed")
        assert gc.get_threshold() == (650, 9, 11)
    finally:
        gc.set_threshold(*saved)


def test_two_builds_at_once_on_one_store_end_with_a_correct_site(site: Path, tmp_path: Path):
    build(site, tmp_path / "cold", cache=False)
    env = {**os.environ, "DIGEST_CACHE": "1"}
    commands = [
        [sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / name)]
        for name in ("one", "two")
    ]
    running = [
        subprocess.Popen(c, cwd=site, env=env, stderr=subprocess.PIPE, text=True) for c in commands
    ]
    said = []  # what each build said about the cache (info lines), shown if the check fails
    for process in running:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        said += [line for line in err.splitlines() if "cache" in line]
    for name in ("one", "two"):
        assert differences(tmp_path / name, tmp_path / "cold") == []
    third = build(site, tmp_path / "three")
    assert third.themed.rendered == 0, said
    assert differences(tmp_path / "three", tmp_path / "cold") == []


# --- Changes outside the project ----------------------------------------------------------------


def _package_copy(name: str, into: Path, *, link: tuple[str, ...] = ()) -> Path:
    """A copy of an installed package and its dist-info, to be first on PYTHONPATH; the
    folders in `link` (large ones) are linked to the installed ones, not copied."""
    import importlib.metadata

    module = __import__(name)
    source = Path(module.__file__).resolve().parent
    names = [Path(part).name for part in link]
    shutil.copytree(
        source, into / name, ignore=shutil.ignore_patterns("__pycache__", *names), symlinks=True
    )
    for part in link:
        (into / name / part).symlink_to(source / part)
    dist = importlib.metadata.distribution(name if name != "material" else "mkdocs-material")
    info = Path(str(dist._path))  # type: ignore[attr-defined]
    shutil.copytree(info, into / info.name)
    return into / name


def _subprocess_build(site: Path, out: Path, paths: Path, *, cache: bool = True) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": f"{paths}{os.pathsep}{REPO}",
        "DIGEST_CACHE": "1" if cache else "0",
    }
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def _warm_is_cold(site: Path, tmp_path: Path, paths: Path | None = None) -> None:
    """A build with the store (`tmp_path/warm`) and one without (`tmp_path/cold`): the same
    files, byte for byte. `paths`: first on PYTHONPATH, each build in a process of its own."""
    if paths is None:
        build(site, tmp_path / "warm")
        build(site, tmp_path / "cold", cache=False)
    else:
        _subprocess_build(site, tmp_path / "warm", paths)
        _subprocess_build(site, tmp_path / "cold", paths, cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []


def _doubled_spans(pygments: Path) -> None:
    """Pygments' HTML output changed (a copy's formatter edited)."""
    formatter = pygments / "formatters" / "html.py"
    formatter.write_text(
        formatter.read_text("utf-8").replace("<span></span>", "<span></span><span></span>", 1),
        "utf-8",
    )


def test_a_theme_template_changed_at_the_same_version_is_never_served_stale(
    site: Path, tmp_path: Path
):
    paths = tmp_path / "paths"
    material = _package_copy("material", paths, link=("templates/.icons",))
    _subprocess_build(site, tmp_path / "first", paths)
    # base.html: every page uses it (the site's overrides replace the footer and the header).
    base = material / "templates" / "base.html"
    text = base.read_text("utf-8")
    assert "<html " in text
    base.write_text(text.replace("<html ", "<html data-edited ", 1), "utf-8")
    _warm_is_cold(site, tmp_path, paths)
    assert b"data-edited" in (tmp_path / "warm" / "index.html").read_bytes()


def test_a_library_whose_output_changed_is_never_served_stale(site: Path, tmp_path: Path):
    """Pygments (codehilite) upgraded to a release whose HTML differs: the write-up with the
    code block, validated and stored before, is rendered again."""
    paths = tmp_path / "paths"
    pygments = _package_copy("pygments", paths)
    _subprocess_build(site, tmp_path / "first", paths)
    (metadata,) = paths.glob("pygments-*.dist-info")
    meta = metadata / "METADATA"
    version = next(
        line for line in meta.read_text("utf-8").splitlines() if line.startswith("Version:")
    )
    meta.write_text(meta.read_text("utf-8").replace(version, version + ".post1", 1), "utf-8")
    _doubled_spans(pygments)
    _warm_is_cold(site, tmp_path, paths)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00002/index.html"))
    assert b"<span></span><span></span>" in page.read_bytes()


def _with_snippets(site: Path) -> None:
    """`pymdownx.snippets` on, its folder given as a list (which the settings must carry)."""
    replace_in(
        site / "mkdocs.yml",
        "  - md_in_html\n",
        "  - md_in_html\n  - pymdownx.snippets:\n      base_path: [snippets]\n",
    )
    (site / "snippets").mkdir()


def test_a_file_an_extension_reads_is_an_input_of_the_entries_that_read_it(
    site: Path, tmp_path: Path
):
    """`pymdownx.snippets` includes a file while a write-up renders (its folder given as a
    list, which the settings must carry too): that file changed, the warm build renders the
    entry again, as the cold one does, and its text is the new one."""
    _with_snippets(site)
    note = site / "snippets" / "note.md"
    note.write_text("Included text, first version.\n", encoding="utf-8")
    path = entry_file(site, 3)
    path.write_text(path.read_text("utf-8") + '\n--8<-- "note.md"\n', encoding="utf-8")
    build(site, tmp_path / "first")
    note.write_text("Included text, second version.\n", encoding="utf-8")
    _warm_is_cold(site, tmp_path)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00003/index.html"))
    assert "second version" in text_of(
        tmp_path / "warm", str(page.parent.relative_to(tmp_path / "warm"))
    )


def test_a_dependency_imported_from_another_copy_is_what_counts(site: Path, tmp_path: Path):
    """A copy of Pygments first on PYTHONPATH, at the installed version (its metadata is the
    installed one's): what Python imports is what renders, so its output changing re-renders."""
    paths = tmp_path / "paths"
    pygments = _package_copy("pygments", paths)
    for info in paths.glob("pygments-*.dist-info"):
        shutil.rmtree(info)  # the installed distribution's metadata, unchanged, is what is found
    _subprocess_build(site, tmp_path / "first", paths)
    _doubled_spans(pygments)
    _warm_is_cold(site, tmp_path, paths)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00002/index.html"))
    assert b"<span></span><span></span>" in page.read_bytes()


def test_a_project_extension_and_the_module_it_imports_are_inputs(site: Path, tmp_path: Path):
    """A Markdown extension of the project's own, on PYTHONPATH, that imports a helper module
    beside it: the helper edited, the warm build is the cold one."""
    paths = tmp_path / "paths"
    paths.mkdir()
    (paths / "localext.py").write_text(
        "from markdown.extensions import Extension\n"
        "from markdown.preprocessors import Preprocessor\n"
        "import localhelper\n\n\n"
        "class _Swap(Preprocessor):\n"
        "    def run(self, lines):\n"
        "        return [line.replace('SWAPME', localhelper.WORD) for line in lines]\n\n\n"
        "class LocalExtension(Extension):\n"
        "    def extendMarkdown(self, md):\n"
        "        md.preprocessors.register(_Swap(md), 'swap', 30)\n\n\n"
        "def makeExtension(**kwargs):\n"
        "    return LocalExtension(**kwargs)\n",
        encoding="utf-8",
    )
    helper = paths / "localhelper.py"
    helper.write_text("WORD = 'helperone'\n", encoding="utf-8")
    replace_in(site / "mkdocs.yml", "  - md_in_html\n", "  - md_in_html\n  - localext\n")
    path = entry_file(site, 4)
    path.write_text(path.read_text("utf-8") + "\nThe word is SWAPME.\n", encoding="utf-8")
    _subprocess_build(site, tmp_path / "first", paths)
    helper.write_text("WORD = 'helpertwo'\n", encoding="utf-8")
    _warm_is_cold(site, tmp_path, paths)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00004/index.html"))
    assert b"helpertwo" in page.read_bytes()


def test_a_template_that_prints_the_build_date_is_themed_again_when_it_changes(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """MkDocs hands every template the build's date: a footer that prints it shows the date
    of the build that wrote it, warm or cold. (A page's `update_date` is its content's date,
    set by the plugin and part of the page's key.)"""
    footer = site / "overrides" / "partials" / "footer.html"
    footer.write_text(
        footer.read_text("utf-8") + "<p class=built>Built {{ build_date_utc.date() }}</p>\n",
        encoding="utf-8",
    )
    build(site, tmp_path / "first")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 2 * 86400))
    _warm_is_cold(site, tmp_path)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00001/index.html"))
    built = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one("p.built")
    assert built is not None and built.get_text() == "Built 2026-01-03"


def test_a_function_named_in_a_markdown_setting_is_an_input(site: Path, tmp_path: Path):
    """`toc: slugify: !!python/name:localslug.slugify`, a project's own function: its module
    edited, headings' ids change, and the warm build is the cold one."""
    paths = tmp_path / "paths"
    paths.mkdir()
    module = paths / "localslug.py"
    module.write_text(
        "def slugify(value, separator):\n    return 'one' + separator + value.lower()\n",
        encoding="utf-8",
    )
    replace_in(
        site / "mkdocs.yml",
        "      permalink: true\n",
        "      permalink: true\n      slugify: !!python/name:localslug.slugify\n",
    )
    path = entry_file(site, 4)
    path.write_text(path.read_text("utf-8") + "\n## Heading\n\nText.\n", encoding="utf-8")
    _subprocess_build(site, tmp_path / "first", paths)
    module.write_text(
        "def slugify(value, separator):\n    return 'two' + separator + value.lower()\n",
        encoding="utf-8",
    )
    _warm_is_cold(site, tmp_path, paths)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00004/index.html"))
    assert b'id="two-heading"' in page.read_bytes()


def test_a_file_an_extension_looked_for_and_did_not_find_is_an_input(site: Path, tmp_path: Path):
    """`pymdownx.snippets` skips a snippet that is not there (`check_paths: false`): once it is
    created, the entry that names it shows it, warm as cold."""
    _with_snippets(site)
    path = entry_file(site, 3)
    path.write_text(path.read_text("utf-8") + '\n--8<-- "later.md"\n', encoding="utf-8")
    build(site, tmp_path / "first")
    (site / "snippets" / "later.md").write_text("Written afterwards.\n", encoding="utf-8")
    _warm_is_cold(site, tmp_path)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00003/index.html"))
    assert b"Written afterwards." in page.read_bytes()


def test_a_file_an_extension_reads_as_markdown_is_set_up_is_an_input_of_every_entry(
    site: Path, tmp_path: Path
):
    """A project extension that reads a word list when Markdown is set up (not per write-up):
    the list edited, every entry that uses it changes, warm as cold."""
    paths = tmp_path / "paths"
    paths.mkdir()
    (paths / "wordext.py").write_text(
        "from pathlib import Path\n"
        "from markdown.extensions import Extension\n"
        "from markdown.preprocessors import Preprocessor\n\n\n"
        "class _Swap(Preprocessor):\n"
        "    def __init__(self, md, word):\n"
        "        super().__init__(md)\n"
        "        self.word = word\n\n"
        "    def run(self, lines):\n"
        "        return [line.replace('SWAPME', self.word) for line in lines]\n\n\n"
        "class WordExtension(Extension):\n"
        "    def extendMarkdown(self, md):\n"
        "        word = (Path(__file__).parent / 'data' / 'word.txt').read_text().strip()\n"
        "        md.preprocessors.register(_Swap(md, word), 'swap', 30)\n\n\n"
        "def makeExtension(**kwargs):\n"
        "    return WordExtension(**kwargs)\n",
        encoding="utf-8",
    )
    (paths / "data").mkdir()
    words = paths / "data" / "word.txt"
    words.write_text("wordone\n", encoding="utf-8")
    replace_in(site / "mkdocs.yml", "  - md_in_html\n", "  - md_in_html\n  - wordext\n")
    for number in (4, 5):
        path = entry_file(site, number)
        path.write_text(path.read_text("utf-8") + "\nThe word is SWAPME.\n", encoding="utf-8")
    _subprocess_build(site, tmp_path / "first", paths)
    words.write_text("wordtwo\n", encoding="utf-8")
    _warm_is_cold(site, tmp_path, paths)
    for number in (4, 5):
        page = next((tmp_path / "warm" / "entries").rglob(f"synthetic-0000{number}/index.html"))
        assert b"wordtwo" in page.read_bytes()


# --- mkdocs serve -------------------------------------------------------------------------------


def test_a_serve_rebuild_sees_a_same_size_edit_with_its_mtime_put_back(site: Path, tmp_path: Path):
    plugin = build(site, tmp_path / "first", serve=False)
    path = entry_file(site, 5)
    before = path.stat()
    text = path.read_text("utf-8")
    changed = text.replace("Synthetic entry 00005", "Synthetic ENTRY 00005", 1)
    assert len(changed) == len(text)
    path.write_text(changed, "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    build(site, tmp_path / "second", serve=plugin)
    url = f"entries/{path.parent.name}/synthetic-00005/"
    assert "Synthetic ENTRY 00005" in text_of(tmp_path / "second", url)


def test_limited_preview_under_serve_shows_the_latest_and_every_edited_entry(
    site: Path, tmp_path: Path
):
    """`mkdocs serve` with preview_limit: the latest entries, plus each one edited since serve
    started with its topic, organization and person pages, and a note on every page."""
    settings = "page_size: 4\n      preview_limit: true\n      preview_entries: 3"
    replace_in(site / "mkdocs.yml", "page_size: 4", settings)
    out = tmp_path / "serve"
    plugin = build(site, out, serve=False)
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
    build(site, out, serve=plugin)
    url = f"entries/{old.parent.name}/synthetic-00000/"
    assert "Edited while serving." in text_of(out, url)
    assert "latest 3 of 12 entries and every entry changed since" in text_of(out, url)
    for page in (f"topics/{topic}/", f"organizations/{org}/", f"people/person-{speaker}/"):
        assert "Synthetic entry 00000" in text_of(out, page), page
    assert len(list((out / "entries").rglob("index.html"))) == 4


def _named_by(path: Path) -> tuple[set[str], set[str]]:
    """The topics and organizations an entry file names (its own and its quotes'), read from
    its front matter."""
    import yaml

    meta = yaml.safe_load(path.read_text("utf-8").split("---\n")[1])
    orgs = set(meta["organizations"]) | {q["organization"] for q in meta["quotes"]}
    return set(meta["topics"]), orgs


def _group_pages(out: Path, kind: str) -> set[str]:
    return {page.parent.name for page in (out / kind).glob("*/index.html")}


def test_limited_preview_has_only_the_topics_and_organizations_its_entries_name(
    site: Path, tmp_path: Path
):
    """At 100,000 entries the preview wrote a page, a feed and a sitemap for each of a thousand
    organizations none of its 50 entries named, on every rebuild. It has its entries' topics and
    organizations (their quotes' too), one declared but named by no entry yet, and an old
    entry's once that entry is edited."""
    settings = "page_size: 4\n      preview_limit: true\n      preview_entries: 1"
    replace_in(site / "mkdocs.yml", "page_size: 4", settings)
    with (site / "content" / "organizations.yml").open("a", encoding="utf-8") as file:
        file.write("new-firm:\n  name: New Firm\n  url: https://new-firm.example.com/\n")
    out = tmp_path / "serve"
    plugin = build(site, out, serve=False)
    [shown] = [page.parent.name for page in (out / "entries").rglob("index.html")]
    assert shown == "synthetic-00011"
    topics, orgs = _named_by(entry_file(site, 11))
    assert _group_pages(out, "topics") == topics
    assert _group_pages(out, "organizations") == orgs | {"new-firm"}
    assert len(orgs) < 5  # the synthetic site has five: some are left out
    listed = BeautifulSoup((out / "organizations" / "index.html").read_text("utf-8"), "html.parser")
    linked = {a["href"].strip("/").split("/")[-1] for a in listed.select("article a[href]")}
    assert linked >= orgs | {"new-firm"}
    assert not linked & ({f"org-{n:04d}" for n in range(5)} - orgs)

    old = entry_file(site, 2)  # names organizations the latest does not
    old_topics, old_orgs = _named_by(old)
    assert old_orgs - orgs
    old.write_text(old.read_text("utf-8") + "\nEdited while serving.\n", encoding="utf-8")
    shutil.rmtree(out)
    build(site, out, serve=plugin)
    assert _group_pages(out, "topics") == topics | old_topics
    assert _group_pages(out, "organizations") == orgs | old_orgs | {"new-firm"}


SERVE_CHANGES = ["entry edited", "entry added", "entry removed", "topic renamed"]
SERVE_CHANGES += ["organization renamed", "role changed"]


@pytest.mark.parametrize("change", SERVE_CHANGES)
def test_a_serve_rebuild_is_the_site_a_fresh_build_makes(site: Path, tmp_path: Path, change: str):
    """Serve keeps what it parsed, validated and decided between rebuilds (the walk, each
    entry's outcome, the taxonomy): after each kind of change, its rebuild is a fresh build."""
    plugin = build(site, tmp_path / "first", serve=False)
    shown = CHANGES[change](site)
    build(site, tmp_path / "rebuilt", serve=plugin)
    assert_as_fresh(site, tmp_path, shown)


def assert_as_fresh(site: Path, tmp_path: Path, shown: str) -> None:
    """`tmp_path/rebuilt` is the site a build without any cache makes, and shows `shown`."""
    build(site, tmp_path / "fresh", cache=False, serve=False).on_shutdown()  # its folder goes
    assert differences(tmp_path / "rebuilt", tmp_path / "fresh") == []
    if shown:
        assert shown in " ".join(
            text_of(tmp_path / "rebuilt", p.parent.relative_to(tmp_path / "rebuilt").as_posix())
            for p in (tmp_path / "rebuilt").rglob("index.html")
        )


def test_serve_walks_no_entry_folder_and_serves_what_a_walk_of_the_content_would(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Under serve, MkDocs walks a folder of links to the content without its entries (at
    100,000 entries its walk was a second of every rebuild); the pages are the ones MkDocs'
    own walk of the content gives, down to each entry's edit link, and an edit to a page it
    reaches through a link is seen."""
    import digest.plugin.servedocs as servedocs

    replace_in(
        site / "mkdocs.yml",
        "theme:\n",
        "repo_url: https://example.org/digest\nedit_uri: edit/main/content/\ntheme:\n"
        "  features: [content.action.edit]\n",
    )
    replace_in(site / "mkdocs.yml", "page_size: 4", "page_size: 4\n      preview_limit: true")
    walked: list[str] = []
    real_refresh = servedocs.ServeDocs.refresh

    def recording(self: Any, docs: Path, entries: str, where: Path | None = None) -> Path:
        folder = real_refresh(self, docs, entries, where)
        walked.append(str(folder))
        return folder

    monkeypatch.setattr(servedocs.ServeDocs, "refresh", recording)
    plugin = build(site, tmp_path / "linked", serve=False)
    assert walked and not (Path(walked[-1]) / "entries").exists()
    # A symlink in the content (refused by the validation) is never linked for MkDocs to walk.
    (site / "content" / "outside").symlink_to(tmp_path)
    servedocs.ServeDocs().refresh(site / "content", "entries", tmp_path / "probe")
    assert sorted(p.name for p in (tmp_path / "probe").iterdir()) == [
        "about.md",
        "editions",
        "organizations.yml",
        "topics.yml",
    ]
    (site / "content" / "outside").unlink()
    assert (Path(walked[-1]) / "about.md").read_text("utf-8") == "# About\n\nA synthetic digest.\n"
    entry = entry_file(site, 5)
    html = tmp_path / "linked" / "entries" / entry.parent.name / "synthetic-00005" / "index.html"
    page = BeautifulSoup(html.read_text("utf-8"), "html.parser")
    edit = page.find("a", rel="edit")
    assert edit is not None
    assert (
        edit["href"]
        == f"https://example.org/digest/edit/main/content/entries/{entry.parent.name}/{entry.name}"
    )

    (site / "content" / "about.md").write_text("# About\n\nEdited while serving.\n", "utf-8")
    build(site, tmp_path / "rebuilt", serve=plugin)
    assert "Edited while serving." in text_of(tmp_path / "rebuilt", "about/")

    # The folder is the project's own, in its cache folder: the pages of the next serve are
    # keyed as this one's were, and taken from the store.
    assert Path(walked[-1]) == store_path(site).parent / "serve-docs"
    again = build(site, tmp_path / "again", serve=False)
    assert again.themed.rendered == 0

    # The same serve, with MkDocs walking the content folder itself: the same site.
    monkeypatch.setattr(servedocs.ServeDocs, "refresh", lambda self, docs, *_: docs)
    build(site, tmp_path / "walked", serve=False)
    assert differences(tmp_path / "rebuilt", tmp_path / "walked") == []
    plugin.on_shutdown()
    assert (site / "content" / "about.md").is_file()


def test_serve_watches_the_content_folder_where_mkdocs_walks_another(site: Path):
    """`mkdocs serve` watches the folder it walked and whatever `watch` lists: the content
    folder must be among them, or an edit to an entry would rebuild nothing."""
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    MkDocsConfig.plugins.plugin_cache.clear()
    config = load_config(config_file=str(site / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
    assert Path(config.docs_dir) != site / "content"
    assert str(site / "content") in [str(Path(path).resolve()) for path in config.watch]
    config.plugins.on_shutdown()


def test_serve_where_no_link_can_be_made_walks_the_content_folder(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Windows without the right to make links, a read-only cache folder: serve walks the
    content folder itself, as MkDocs would, and serves the same site."""
    build(site, tmp_path / "linked", serve=False)

    def refused(self: Path, target: Any, target_is_directory: bool = False) -> None:
        raise PermissionError(1, "Operation not permitted", str(self))

    monkeypatch.setattr(Path, "symlink_to", refused)
    shutil.rmtree(store_path(site).parent / "serve-docs")
    build(site, tmp_path / "walked", serve=False)
    assert differences(tmp_path / "linked", tmp_path / "walked") == []


def test_a_store_another_build_holds_is_left_alone(tmp_path: Path, monkeypatch):
    """A locked store (another build writing) is not a damaged one: this run goes without the
    cache, and the file and its records stay for the build that holds it."""
    import digest.build.store as store_module
    from digest.build.store import Store

    folder = tmp_path / "cache"
    first = Store.open(folder, b"k" * 32)
    first.put("body", "a key", b"a record")
    first.close()
    holder = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO meta (name, value) VALUES ('held', 'yes')")
    monkeypatch.setattr(store_module, "BUSY_SECONDS", 0.2)
    try:
        locked = Store.open(folder, b"k" * 32)
        assert not locked.usable
        assert locked.errors == [
            f"{folder / FILE_NAME}: cannot use the build cache (database is locked)"
        ]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert Store.open(folder, b"k" * 32).get("body", "a key") == b"a record"


def test_one_configuration_built_twice_in_one_process_reuses_the_store(site: Path, tmp_path):
    """A tool that calls MkDocs' build() twice with one configuration (one plugin): the first
    build closes its store when done, and the second opens it again, finding every page."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    MkDocsConfig.plugins.plugin_cache.clear()
    config = load_config(config_file=str(site / "mkdocs.yml"), site_dir=str(tmp_path / "one"))
    mkdocs_build(config)
    plugin = config.plugins["digest"]
    assert plugin.themed.rendered > 0
    mkdocs_build(config)
    assert plugin.themed.rendered == 0
    assert counts(plugin, "themed")[1] == 0


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
def test_pages_themed_by_workers_forked_afresh_are_the_site_one_process_makes(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Theming workers are replaced by fresh forks every RENEW pages (their memory grows with
    what they touch): the site is byte for byte the one a build without workers makes."""
    from digest.plugin import themed

    monkeypatch.setattr(themed, "PARALLEL_FROM", 2)
    monkeypatch.setattr(themed, "CHUNK", 2)
    monkeypatch.setattr(themed, "RENEW", 6)
    renewed = build(site, tmp_path / "renewed", cache=False)
    assert renewed.themed.from_workers == len(renewed.pages) > 6 * 3
    monkeypatch.setattr(themed, "PARALLEL_FROM", 10**9)
    alone = build(site, tmp_path / "alone", cache=False)
    assert alone.themed.from_workers == 0
    assert differences(tmp_path / "alone", tmp_path / "renewed") == []


# --- What the environment fingerprint derives (a held-back class of issue 22) -------------------


@pytest.mark.parametrize("linked", ["file", "folder"])
def test_a_template_reached_through_a_symlink_is_never_served_stale(
    site: Path, tmp_path: Path, linked: str
):
    """The theme's `custom_dir` may link a partial (or a folder of them) from elsewhere: Jinja
    follows the link, and so does the fingerprint."""
    shared = site / "shared"
    shared.mkdir()
    footer = site / "overrides" / "partials" / "footer.html"
    if linked == "file":
        (shared / "footer.html").write_text(footer.read_text("utf-8"), "utf-8")
        footer.unlink()
        footer.symlink_to(shared / "footer.html")
        target = shared / "footer.html"
    else:
        shutil.move(str(site / "overrides" / "partials"), str(shared / "partials"))
        (site / "overrides" / "partials").symlink_to(shared / "partials")
        target = shared / "partials" / "footer.html"
    build(site, tmp_path / "first")
    target.write_text(target.read_text("utf-8").replace("<", "<!-- linked edit -->\n<", 1), "utf-8")
    _warm_is_cold(site, tmp_path)
    assert b"linked edit" in (tmp_path / "warm" / "index.html").read_bytes()


def test_a_library_edited_in_place_at_the_same_version_is_never_served_stale(
    site: Path, tmp_path: Path
):
    """Jinja's `tojson` (the JSON-LD of every page) edited where it is installed, its version
    and the file's size unchanged (so its hash in the installer's RECORD no longer holds, and
    only the file's time says so): every themed page is made again."""
    paths = tmp_path / "paths"
    jinja = _package_copy("jinja2", paths)
    _subprocess_build(site, tmp_path / "first", paths)
    utils = jinja / "utils.py"
    text = utils.read_text("utf-8")
    old, new = r'.replace(">", "\\u003e")', r'.replace(":", "\\u003a")'
    assert text.count(old) == 1 and len(old) == len(new)
    utils.write_text(text.replace(old, new), "utf-8")
    _warm_is_cold(site, tmp_path, paths)
    assert differences(tmp_path / "first", tmp_path / "warm") != []


def test_a_projects_own_markdown_extension_edited_is_never_served_stale(site: Path, tmp_path: Path):
    """A Markdown extension of the project's own (a module on PYTHONPATH, no distribution):
    its code is part of every write-up's key."""
    paths = tmp_path / "paths"
    paths.mkdir()
    extension = paths / "stamped.py"
    extension.write_text(
        "from markdown.extensions import Extension\n"
        "from markdown.postprocessors import Postprocessor\n\n"
        "class _Stamp(Postprocessor):\n"
        "    def run(self, text):\n"
        "        return text.replace('</p>', ' [one]</p>', 1)\n\n"
        "class StampExtension(Extension):\n"
        "    def extendMarkdown(self, md):\n"
        "        md.postprocessors.register(_Stamp(md), 'stamp', 0)\n\n"
        "def makeExtension(**kwargs):\n"
        "    return StampExtension(**kwargs)\n",
        "utf-8",
    )
    replace_in(site / "mkdocs.yml", "  - md_in_html\n", "  - md_in_html\n  - stamped\n")
    _subprocess_build(site, tmp_path / "first", paths)
    extension.write_text(extension.read_text("utf-8").replace("[one]", "[two]"), "utf-8")
    _warm_is_cold(site, tmp_path, paths)
    page = next((tmp_path / "warm" / "entries").rglob("synthetic-00005/index.html"))
    assert b"[two]" in page.read_bytes()


def test_pagefinds_own_settings_never_reach_the_search_bundle(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Pagefind reads PAGEFIND_* variables and a pagefind.yml in its working folder; the
    bundle is made from the command line alone, so neither changes it (nor leaves it stale)."""
    build(site, tmp_path / "first")
    monkeypatch.setenv("PAGEFIND_KEEP_INDEX_URL", "true")
    monkeypatch.setenv("PAGEFIND_EXCLUDE_SELECTORS", "p")
    (site / "pagefind.yml").write_text("keep_index_url: true\n", "utf-8")
    _warm_is_cold(site, tmp_path)
    assert differences(tmp_path / "first", tmp_path / "cold") == []


def test_a_serve_rebuild_sees_a_changed_snippet(site: Path, tmp_path: Path):
    """Under serve, an entry whose file is unchanged but whose included snippet changed is
    validated again, and its new outcome replaces the old one in the rebuild's tally."""
    _with_snippets(site)
    note = site / "snippets" / "note.md"
    note.write_text("Included text, first version.\n", encoding="utf-8")
    path = entry_file(site, 3)
    path.write_text(path.read_text("utf-8") + '\n--8<-- "note.md"\n', encoding="utf-8")
    plugin = build(site, tmp_path / "first", serve=False)
    url = f"entries/{path.parent.name}/synthetic-00003/"
    assert "first version" in text_of(tmp_path / "first", url)
    note.write_text("Included text, second version.\n", encoding="utf-8")
    other = entry_file(site, 5)  # another edit in the same rebuild: the rebuild does happen
    other.write_text(
        other.read_text("utf-8").replace("Synthetic entry 00005", "Synthetic ENTRY 00005", 1),
        "utf-8",
    )
    build(site, tmp_path / "second", serve=plugin)
    assert "Synthetic ENTRY 00005" in text_of(
        tmp_path / "second", f"entries/{other.parent.name}/synthetic-00005/"
    )
    assert "second version" in text_of(tmp_path / "second", url)
