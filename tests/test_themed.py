"""Themed pages (digest/plugin/themed.py, digest/filestore.py): the theme's rendering of each
generated page is reused from the page store, or made by a helper process on a cold store, and
either way the site is byte for byte what MkDocs writes without them.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from digest.build import filestore, forked
from digest.plugin import themed
from tests.test_cache import (  # noqa: F401  (site is a fixture)
    REPO,
    _edit,
    build,
    differences,
    entry_file,
    replace_in,
    site,
    text_of,
)


@pytest.fixture(autouse=True)
def _any_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper is tested on any machine, one CPU or many (it runs only with two or more)."""
    monkeypatch.setattr(forked, "can_fork", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(themed, "can_fork", lambda: hasattr(os, "fork"))


def store_dir(root: Path) -> Path:
    return root / ".cache" / "digest" / "themed"


def generated_pages(out: Path) -> int:
    """Every page but the hand-written nav pages and MkDocs' own 404 page."""
    return sum(1 for _ in out.rglob("index.html"))


def test_a_second_build_themes_nothing_and_an_edit_only_what_it_changes(site: Path, tmp_path: Path):
    first = build(site, tmp_path / "one")
    total = first.themed.rendered
    assert total >= generated_pages(tmp_path / "one") - 1  # all but about.md-like pages
    second = build(site, tmp_path / "two")
    assert second.themed.rendered == 0
    assert second.themed.store.hits == total
    sentence = _edit(site)
    warm = build(site, tmp_path / "warm")
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    # The entry, its neighbours and the listings it is on; not the rest of the site.
    assert 0 < warm.themed.rendered < total / 2
    url = "entries/" + entry_file(site, 5).parent.name + "/synthetic-00005/"
    assert sentence in text_of(tmp_path / "warm", url)


@pytest.mark.parametrize(("cache", "helpers"), [(True, 3), (False, 3), (False, 60)])
def test_the_helper_process_themes_its_share_and_the_site_is_the_same(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: bool, helpers: int
):
    """Three helpers one after another, as built; or 60, one forked for every page or two
    while MkDocs is building another."""
    monkeypatch.setattr(themed, "PARALLEL_FROM", 1)
    monkeypatch.setattr(themed, "HELPERS", helpers)
    helped = build(site, tmp_path / "helped", cache=cache)
    assert 0 < helped.themed.from_helper <= helped.themed.rendered
    monkeypatch.setattr(themed, "PARALLEL_FROM", 10**9)
    alone = build(site, tmp_path / "alone", cache=False)
    assert alone.themed.from_helper == 0
    assert differences(tmp_path / "helped", tmp_path / "alone") == []
    if cache:  # what the helper rendered was stored, and is served as it was rendered
        again = build(site, tmp_path / "again")
        assert again.themed.rendered == 0
        assert differences(tmp_path / "again", tmp_path / "alone") == []


def test_a_helper_that_sends_nothing_leaves_the_work_to_the_build(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(themed, "PARALLEL_FROM", 1)
    parent, real = os.getpid(), themed._theme

    def dies_in_a_helper(*args):  # type: ignore[no-untyped-def]
        render = real(*args)  # the build's own themes pages ahead with it (forked.Relay)
        return lambda item: os._exit(3) if os.getpid() != parent else render(item)

    monkeypatch.setattr(themed, "_theme", dies_in_a_helper)
    quiet = build(site, tmp_path / "quiet", cache=False)
    assert quiet.themed.from_helper == 0
    assert quiet.themed.rendered > 0
    monkeypatch.setattr(themed, "PARALLEL_FROM", 10**9)
    build(site, tmp_path / "alone", cache=False)
    assert differences(tmp_path / "quiet", tmp_path / "alone") == []


NAV_PAGES = {"index.md"} | {
    f"{section}/index.md"
    for section in ("editions", "topics", "organizations", "people", "archive", "feeds")
}


def test_pages_the_build_themes_ahead_while_the_helpers_are_busy_are_the_same(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Slow helpers: the build themes pages ahead of MkDocs' loop (digest.build.forked.Relay)."""
    monkeypatch.setattr(themed, "PARALLEL_FROM", 1)
    parent, real = os.getpid(), themed._theme
    ahead: list[str] = []

    def slow_helpers(*args):  # type: ignore[no-untyped-def]
        render = real(*args)

        def slow(item):  # type: ignore[no-untyped-def]
            if os.getpid() != parent:
                time.sleep(0.05)
            else:  # in this process, only the build theming ahead calls it
                ahead.append(item[1].file.src_uri)
            return render(item)

        return slow

    monkeypatch.setattr(themed, "_theme", slow_helpers)
    build(site, tmp_path / "ahead", cache=False)
    assert len(ahead) > 10
    monkeypatch.setattr(themed, "PARALLEL_FROM", 10**9)
    build(site, tmp_path / "alone", cache=False)
    assert differences(tmp_path / "ahead", tmp_path / "alone") == []


def test_a_page_themed_while_mkdocs_is_on_a_nav_page_does_not_show_that_one_as_current(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """What the build (or a helper forked mid-build) themes while MkDocs is building a page of
    the nav, which MkDocs marks active: the same page as themed with no page active."""
    captured: list[Any] = []
    real = themed._theme

    def capture(*args):  # type: ignore[no-untyped-def]
        captured.append(args)
        return real(*args)

    monkeypatch.setattr(themed, "PARALLEL_FROM", 1)
    monkeypatch.setattr(themed, "_theme", capture)
    plugin = build(site, tmp_path / "out", cache=False)
    config, _, doc_files = captured[0][:3]
    render = real(*captured[0])
    pages = {file.src_uri: file.page for file in doc_files}
    other = pages["entries/" + entry_file(site, 5).parent.name + "/synthetic-00005.md"]
    item = (themed._Plan(0, "", "main.html"), other)
    alone = render(item)
    for src in sorted(NAV_PAGES & set(pages)):
        building = pages[src]
        config._current_page, building.active = building, True  # as MkDocs' _build_page does
        assert render(item) == alone, src
        assert building.active and config._current_page is building  # given back
        building.active = False
    assert plugin.themed.allowed


def _pack(root: Path) -> Path:
    (found,) = (store_dir(root) / "packs").glob("*.pack")
    return found


def _index(root: Path) -> Path:
    (found,) = store_dir(root).glob("*.index")
    return found


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))


def _shift_offsets(path: Path) -> None:
    """Every record now points at its neighbour's bytes: a well-formed, wrong index."""
    lines = path.read_text("ascii").splitlines()
    keys = [line.split(" ", 1) for line in lines[1:]]
    rotated = [f"{keys[i][0]} {keys[i - 1][1]}" for i in range(len(keys))]
    path.write_text("\n".join([lines[0], *rotated]) + "\n", "ascii")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "pack truncated": lambda root: _pack(root).write_bytes(_pack(root).read_bytes()[:5000]),
    "pack byte flipped": lambda root: _flip_middle(_pack(root)),
    "pack replaced by garbage": lambda root: _pack(root).write_bytes(b"garbage\n" * 100),
    "index emptied": lambda root: _index(root).write_bytes(b""),
    "index pointing at other records": lambda root: _shift_offsets(_index(root)),
    "index claiming a huge record": lambda root: _index(root).write_text(
        re.sub(
            r" (\d+) (\d+) (\d+)\n", r" \1 99999999999999 \3\n", _index(root).read_text("ascii")
        ),
        "ascii",
    ),
    "index naming a file outside": lambda root: _index(root).write_text(
        _index(root).read_text("ascii").replace(".pack", "/../../key"), "ascii"
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_page_store_is_ignored_and_rewritten(site: Path, tmp_path: Path, damage: str):
    build(site, tmp_path / "before")
    DAMAGE[damage](site)
    warm = build(site, tmp_path / "warm")
    assert warm.themed.rendered > 0
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    again = build(site, tmp_path / "again")
    assert again.themed.rendered == 0
    assert differences(tmp_path / "again", tmp_path / "cold") == []


def test_a_changed_theme_override_is_never_served_from_the_store(site: Path, tmp_path: Path):
    overrides = site / "overrides"
    shutil.copytree(REPO / "overrides", overrides)
    yml = site / "mkdocs.yml"
    text = yml.read_text("utf-8")
    start = text.index("custom_dir: ") + len("custom_dir: ")
    yml.write_text(text[:start] + str(overrides) + text[text.index("\n", start) :], "utf-8")
    build(site, tmp_path / "before")
    main = overrides / "main.html"
    replace_in(main, '}} (RSS)" href=', '}} (RSS feed)" href=')
    warm = build(site, tmp_path / "warm")
    assert warm.themed.rendered > 0
    build(site, tmp_path / "cold", cache=False)
    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    assert "(RSS feed)" in (tmp_path / "warm" / "topics" / "index.html").read_text("utf-8")
    assert "(RSS feed)" not in (tmp_path / "before" / "index.html").read_text("utf-8")


def test_with_another_plugin_mkdocs_themes_every_page_itself(site: Path, tmp_path: Path):
    replace_in(site / "mkdocs.yml", "plugins:\n", "plugins:\n  - tags\n")
    plugin = build(site, tmp_path / "out")
    assert plugin.themed.rendered == 0
    assert not any(store_dir(site).glob("*.index"))
    page = (tmp_path / "out" / "topics" / "index.html").read_text("utf-8")
    assert "<title>" in page and "md-header" in page


# --- the store itself --------------------------------------------------------------------


KEY_A, KEY_B, KEY_C = "a" * 40, "b" * 40, "c" * 40


def test_store_round_trip_keeps_only_what_the_last_build_used(tmp_path: Path):
    store = filestore.FileStore(tmp_path / "s")
    store.begin("1" * 40)
    store.put(KEY_A, b"<p>one</p>")
    store.put(KEY_B, b"<p>two</p>")
    store.finish()
    second = filestore.FileStore(tmp_path / "s")
    second.begin("1" * 40)
    assert second.get(KEY_A) == b"<p>one</p>"
    assert second.get(KEY_C) is None
    second.finish()  # only A was used
    third = filestore.FileStore(tmp_path / "s")
    third.begin("1" * 40)
    assert third.get(KEY_B) is None
    assert third.get(KEY_A) == b"<p>one</p>"
    other = filestore.FileStore(tmp_path / "s")
    other.begin("2" * 40)  # another context: its own index
    assert other.get(KEY_A) is None


def test_store_compacts_packs_and_removes_unused_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(filestore, "MAX_PACKS", 3)
    context = "1" * 40
    store = filestore.FileStore(tmp_path / "s")
    for round_ in range(6):  # each build stores one new page and reuses the others
        store.begin(context)
        for key in (KEY_A, KEY_B):
            if store.get(key) is None:
                store.put(key, key.encode())
        store.put(KEY_C, f"round {round_}".encode())
        store.finish()
        assert len(list((tmp_path / "s" / "packs").glob("*.pack"))) <= 3 + 1
    fresh = filestore.FileStore(tmp_path / "s")
    fresh.begin(context)
    assert fresh.get(KEY_A) == KEY_A.encode()
    assert fresh.get(KEY_C) == b"round 5"


def test_store_that_cannot_be_written_reports_once_and_carries_on(tmp_path: Path):
    blocker = tmp_path / "s"
    blocker.write_text("a file where the folder should be")
    store = filestore.FileStore(blocker)
    store.begin("1" * 40)
    store.put(KEY_A, b"x")
    store.put(KEY_B, b"y")
    store.finish()
    assert len(store.errors) == 1
    assert "cannot write the page store" in store.errors[0]
