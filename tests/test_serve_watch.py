"""Serve's file watcher tells a rebuild what changed (digest/build/changes.py): the walk reads
again only the folders it names, the check puts only the changed entries' parts in place. A
rebuild that trusts the watcher must still be the site a fresh build makes, after every kind of
change, and a folder is trusted only on the watcher's word."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from bs4 import BeautifulSoup
from test_cache import CHANGES, assert_as_fresh, build, differences, entry_file, site, text_of

from digest.build.changes import Changed, ContentWatch
from digest.content.files import find_content
from digest.plugin import servewatch

__all__ = ["site"]  # the fixture, used by name


def event(kind: str, src: str, dest: str = "", directory: bool = False) -> SimpleNamespace:
    return SimpleNamespace(event_type=kind, src_path=src, dest_path=dest, is_directory=directory)


def test_the_watch_names_the_folders_its_events_touch(tmp_path: Path):
    root = tmp_path / "content"
    watch = ContentWatch(root)
    assert watch.take() is None  # not watching yet: nothing can be trusted
    watch.started()
    watch.dispatch(event("modified", str(root / "entries/2024/a.md")))
    assert watch.take() is None  # what happened before the watcher ran is unknown
    watch.dispatch(event("modified", str(root / "entries/2024/a.md")))
    watch.dispatch(event("moved", str(root / "entries/2023/b.md"), str(root / "entries/2022/b.md")))
    watch.dispatch(event("modified", "/elsewhere/entries/2021/c.md"))
    changed = watch.take()
    assert changed == Changed(
        frozenset({"entries/2024", "entries/2023", "entries/2022"}), frozenset()
    )
    assert not changed.unchanged("entries/2024")
    assert changed.unchanged("entries/2021")
    assert watch.take() == Changed(frozenset(), frozenset())  # taken once


def test_a_folder_made_or_moved_changes_everything_below_it(tmp_path: Path):
    root = tmp_path / "content"
    watch = ContentWatch(root)
    watch.started()
    watch.take()
    watch.dispatch(event("modified", str(root / "entries/2020"), directory=True))
    changed = watch.take()
    assert changed is not None
    assert not changed.unchanged("entries/2020") and changed.unchanged("entries/2020/x")
    watch.dispatch(event("moved", str(root / "entries"), str(root / "old"), directory=True))
    changed = watch.take()
    assert changed is not None
    assert not changed.unchanged("entries/2020") and not changed.unchanged("old/2019")
    assert changed.unchanged("editions")
    watch.dispatch(event("created", str(root), directory=True))
    changed = watch.take()
    assert changed is not None and not changed.unchanged("entries/2020")
    watch.dispatch(SimpleNamespace(event_type="overflow"))  # an event naming no path
    assert watch.take() is None


def _entry(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_walk_takes_an_unchanged_folder_as_it_was_unless_its_listing_differs(tmp_path: Path):
    root = tmp_path / "content"
    a = _entry(root / "entries" / "2024", "a.md", "one\n")
    _entry(root / "entries" / "2024", "b.md", "two\n")
    _entry(root / "entries" / "2025", "c.md", "three\n")
    first = find_content(root)
    assert sorted(first.folders) == ["entries", "entries/2024", "entries/2025"]
    a.write_text("one, longer now\n", encoding="utf-8")
    trusted = find_content(root, unchanged=first.folders)
    assert trusted.entries == first.entries  # the watcher's word: its signatures not read
    assert [e is f for e, f in zip(trusted.entries, first.entries, strict=True)] == [True] * 3
    told = find_content(root, unchanged={"entries/2025": first.folders["entries/2025"]})
    assert [e.signature[0] for e in told.entries] == [len("one, longer now\n"), 4, 6]
    _entry(root / "entries" / "2024", "d.md", "four\n")
    listed = find_content(root, unchanged=first.folders)  # a file came: the folder is read
    assert [e.src for e in listed.entries] == [
        "entries/2024/a.md",
        "entries/2024/b.md",
        "entries/2024/d.md",
        "entries/2025/c.md",
    ]
    assert listed.entries[0].signature[0] == len("one, longer now\n")


def test_a_folder_with_anything_but_entries_is_always_read(tmp_path: Path):
    root = tmp_path / "content"
    _entry(root / "entries" / "2024", "a.md", "one\n")
    _entry(root / "entries" / "2024", "notes.txt", "not an entry\n")
    first = find_content(root)
    assert "entries/2024" not in first.folders
    assert [p.message.split(":")[0] for p in first.problems] == ["is not an entry"]


def _serving(
    plugin: Any, root: Path, monkeypatch: pytest.MonkeyPatch, *, native: bool = True
) -> Any:
    """What `mkdocs serve` does after its first build: its live-reload server made, the
    plugin's `on_serve`, then each path left in mkdocs.yml's `watch` list polled. `native`:
    False for a server the plugin cannot ask for a rebuild (the content is polled then)."""
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    server = LiveReloadServer(
        builder=lambda: None,
        host="127.0.0.1",
        port=0,
        root=str(root),
        polling_interval=0.1,
    )
    if not native:  # a server the plugin does not know how to ask
        monkeypatch.setattr(servewatch, "rebuild_request", lambda server: None)
    content = str(root / "content")
    config = load_config(config_file=str(root / "mkdocs.yml"))
    config.watch = watched = [content, str(root / "mkdocs.yml")]
    plugin.on_serve(server, config=config, builder=None)
    assert (content in watched) is not native  # polled by MkDocs only where not followed
    for path in watched:
        server.watch(path)
    server.observer.start()
    time.sleep(0.3)  # the poller's first snapshot, which changes are compared with
    return server


def _settle(server: Any) -> None:
    """Wait for the rebuild the change asks for, then until 0.3 s pass without another (the
    server waits 0.1 s)."""
    deadline = time.monotonic() + 15
    while not server._want_rebuild:
        assert time.monotonic() < deadline, "no rebuild was asked for"
        time.sleep(0.02)
    while server._want_rebuild:
        server._want_rebuild = False
        time.sleep(0.3)


def _stop(server: Any, plugin: Any) -> None:
    plugin.on_shutdown()
    server.observer.stop()
    server.server_close()


def _edit_theme(root: Path) -> str:
    """A template of the theme's folders (`custom_dir`) changed so that every page shows it."""
    main = root / "overrides" / "main.html"
    text = main.read_text("utf-8")
    old = "{% block extrahead %}\n  {{ super() }}\n"
    assert old in text
    meta = '  <meta name="digest-test" content="seen">\n'
    main.write_text(text.replace(old, old + meta), "utf-8")
    return ""


WATCHED = {**CHANGES, "theme template edited": _edit_theme}


@pytest.mark.parametrize(
    ("change", "native"),
    # Each kind of change a watch could get wrong: a file's bytes, a file come, gone or renamed
    # in a folder, the taxonomy outside the entries' folders, a theme folder (the other kinds of
    # SERVE_CHANGES are the same events, and tests/test_cache.py runs them all without a watch).
    [
        (change, True)
        for change in [
            "entry edited",
            "entry added",
            "entry removed",
            "entry renamed",
            "topic renamed",
            "theme template edited",
        ]
    ]
    + [("entry edited", False), ("entry added", False)],
)
def test_a_watched_serve_rebuild_is_the_site_a_fresh_build_makes(
    site: Path, tmp_path: Path, change: str, native: bool, monkeypatch: pytest.MonkeyPatch
):
    plugin = build(site, tmp_path / "first", serve=False)
    server = _serving(plugin, site, monkeypatch, native=native)
    try:
        build(site, tmp_path / "second", serve=plugin)  # the watcher's first walk reads all
        shown = WATCHED[change](site)
        if change == "theme template edited":  # serve rebuilds for it only with --watch-theme:
            time.sleep(1.0)  # the theme's folders are followed for whatever rebuild comes next
        else:
            _settle(server)
        build(site, tmp_path / "rebuilt", serve=plugin)
    finally:
        _stop(server, plugin)
    assert_as_fresh(site, tmp_path, shown)
    if change == "theme template edited":
        home = (tmp_path / "rebuilt" / "index.html").read_text("utf-8")
        assert BeautifulSoup(home, "html.parser").find("meta", attrs={"name": "digest-test"})


def test_edits_under_a_watched_serve_read_and_check_only_what_changed(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Two edits in a row, then the first undone: each rebuild reads the signatures of the
    edited entry's folder only and checks only the edited entries, and ends as a fresh build."""
    import digest.build.fingerprint as fingerprint
    import digest.build.pipeline as pipeline

    moved = entry_file(site, 9)  # in a second folder of entries, dated to match it
    (site / "content" / "entries" / "2021").mkdir()
    (site / "content" / "entries" / "2021" / moved.name).write_text(
        moved.read_text("utf-8").replace("date: 2020-", "date: 2021-", 1), "utf-8"
    )
    moved.unlink()
    plugin = build(site, tmp_path / "first", serve=False)
    server = _serving(plugin, site, monkeypatch)
    entries = site / "content" / "entries"
    read: list[str] = []
    tallied: list[int] = []
    listed: list[str] = []
    real_lstat, real_tallied = os.lstat, pipeline._Entries._tallied
    real_listing = fingerprint._listing

    def listing(folder: Path) -> Any:
        listed.append(str(folder))
        return real_listing(folder)

    def lstat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(path).startswith(str(entries)) and str(path).endswith(".md"):
            read.append(os.path.relpath(str(path), entries))  # an entry file's signature
        return real_lstat(path, *args, **kwargs)

    def counting(self: Any, *args: Any) -> Any:
        tallied.append(1)
        return real_tallied(self, *args)

    try:
        build(site, tmp_path / "second", serve=plugin)
        monkeypatch.setattr(os, "lstat", lstat)
        monkeypatch.setattr(pipeline._Entries, "_tallied", counting)
        monkeypatch.setattr(fingerprint, "_listing", listing)
        five, nine = entry_file(site, 5), entry_file(site, 9)
        before = five.read_text("utf-8")
        for path, text in (
            (five, before + "\nFirst edit under the watcher.\n"),
            (nine, nine.read_text("utf-8") + "\nSecond edit under the watcher.\n"),
            (five, before),
        ):
            read.clear()
            path.write_text(text, "utf-8")
            _settle(server)
            build(site, tmp_path / "rebuilt", serve=plugin)
            folder = path.parent.name
            assert read and {r.split(os.sep)[0] for r in read} == {folder}
            assert len(read) == len(list(path.parent.iterdir()))
        assert tallied == []  # each rebuild patched the last one's tally
        assert listed == []  # and listed no theme folder: nothing changed in them
    finally:
        _stop(server, plugin)
    monkeypatch.undo()
    build(site, tmp_path / "fresh", cache=False, serve=False).on_shutdown()
    assert differences(tmp_path / "rebuilt", tmp_path / "fresh") == []
    assert "Second edit under the watcher." in text_of(
        tmp_path / "rebuilt", nine.relative_to(site / "content").with_suffix("").as_posix()
    )


def test_reading_the_content_and_the_theme_wakes_no_watcher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A rebuild reads the theme's static files and templates: the system is not asked for
    those reads at all (each would wake the watcher's threads while the build runs; at
    100,000 entries that made a rebuild 0.8 s slower). A write is still seen."""
    from mkdocs.livereload import LiveReloadServer

    content, theme = tmp_path / "content", tmp_path / "theme"
    _entry(content / "entries" / "2024", "a.md", "one\n")
    _entry(theme, "main.html", "<html></html>\n")
    heard: list[str] = []
    for handler in (servewatch._Asking, servewatch._Flag):
        real = handler.dispatch

        def counting(self: Any, happened: Any, real: Any = real) -> None:
            heard.append(happened.event_type)
            real(self, happened)

        monkeypatch.setattr(handler, "dispatch", counting)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    watch = servewatch.ServeWatch(content)
    try:
        watch.start(server, [], [str(theme)])
        assert watch.native
        for _ in range(20):
            (content / "entries" / "2024" / "a.md").read_bytes()
            (theme / "main.html").read_bytes()
        time.sleep(0.5)
        assert heard == []
        (theme / "main.html").write_text("<html>changed</html>\n", encoding="utf-8")
        deadline = time.monotonic() + 10
        while not heard and time.monotonic() < deadline:
            time.sleep(0.05)
        assert heard and "opened" not in heard
    finally:
        watch.stop()
        server.server_close()
