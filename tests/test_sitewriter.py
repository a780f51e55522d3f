"""The site writer: stored records written into the site by another process, and whatever it
did not write handed back to the build, never lost (digest/build/sitewriter.py)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from digest.build.sitewriter import SiteWriter, Stored
from digest.build.store import Store
from digest.site.search_bundle import pack

PAGE = "<!doctype html><title>Café</title><p>une page</p>\n".encode()
FOLDER = {"pagefind.js": b"// engine\n", "fragment/en_1.pf_fragment": b"\x1f\x8b\x00binary"}


def _store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "cache", b"a secret for this test only")
    store.begin()
    store.put("themed", "page-key", PAGE)
    store.put("static", "folder-key", pack(FOLDER))
    store.flush()
    return store


def _tasks(site: Path) -> list[Stored]:
    return [
        Stored("themed", "page-key", str(site / "entries" / "2026" / "a" / "index.html")),
        Stored("static", "folder-key", str(site / "pagefind") + "/", folder=True),
    ]


def test_stored_pages_and_folders_are_written_as_stored(tmp_path: Path):
    store, site = _store(tmp_path), tmp_path / "site"
    writer = SiteWriter(_tasks(site), store)
    assert writer.finish() == []
    assert writer.finish() == []  # asked again: nothing more to hand back
    assert (site / "entries" / "2026" / "a" / "index.html").read_bytes() == PAGE
    assert (site / "pagefind" / "pagefind.js").read_bytes() == b"// engine\n"
    assert (site / "pagefind" / "fragment" / "en_1.pf_fragment").read_bytes() == FOLDER[
        "fragment/en_1.pf_fragment"
    ]


def test_the_records_it_read_are_kept_by_the_build(tmp_path: Path):
    """Records are marked as used by the build that reads them, or a later build evicts them:
    the writer's reads count as the build's."""
    store, site = _store(tmp_path), tmp_path / "site"
    store.finish()
    for _ in range(3):  # builds go by without reading them: they grow old
        store.begin()
        store.finish()
    store.begin()
    assert store.marked() == {}
    assert SiteWriter(_tasks(site), store).finish() == []
    assert store.marked() == {"static": ["folder-key"], "themed": ["page-key"]}


def test_a_record_gone_from_the_store_is_handed_back(tmp_path: Path):
    store, site = _store(tmp_path), tmp_path / "site"
    tasks = [*_tasks(site), Stored("themed", "never-stored", str(site / "gone" / "index.html"))]
    assert SiteWriter(tasks, store).finish() == [tasks[2]]
    assert not (site / "gone").exists()
    assert (site / "pagefind" / "pagefind.js").exists()


def test_a_writer_that_cannot_start_hands_back_every_task(tmp_path: Path, monkeypatch):
    store, site = _store(tmp_path), tmp_path / "site"
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    tasks = _tasks(site)
    writer = SiteWriter(tasks, store)
    assert [process for _, process in writer.shares] == [None]
    assert writer.finish() == tasks


def test_a_writer_that_dies_hands_back_every_task(tmp_path: Path):
    store, site = _store(tmp_path), tmp_path / "site"
    tasks = _tasks(site)
    writer = SiteWriter(tasks, store)
    process = writer.shares[0][1]
    assert process is not None
    process.send_signal(signal.SIGKILL)
    assert writer.finish() == tasks


def test_a_writer_past_its_deadline_is_stopped_and_hands_back_every_task(
    tmp_path: Path, monkeypatch
):
    store, site = _store(tmp_path), tmp_path / "site"
    tasks = _tasks(site)
    writer = SiteWriter(tasks, store)
    process = writer.shares[0][1]
    assert process is not None
    process.send_signal(signal.SIGSTOP)  # alive, and silent
    assert writer.finish(deadline=0.5) == tasks
    assert process.poll() is not None


def test_without_a_store_nothing_starts_and_everything_is_handed_back(tmp_path: Path):
    tasks = _tasks(tmp_path / "site")
    writer = SiteWriter(tasks, None)
    assert writer.shares == []
    assert writer.finish() == tasks
    assert writer.finish() == []


def test_a_folder_record_that_is_not_a_packed_folder_is_handed_back(tmp_path: Path):
    """A folder's paths come from the record: one that would leave its folder is refused."""
    store, site = _store(tmp_path), tmp_path / "site"
    store.put("static", "escaping", pack({"../outside.txt": b"x"}))
    store.flush()
    task = Stored("static", "escaping", str(site / "pagefind") + "/", folder=True)
    assert SiteWriter([task], store).finish() == [task]
    assert not (site / "outside.txt").exists()


def test_tasks_shared_by_several_processes_are_each_written_once(tmp_path: Path):
    """With two processes, each writes its share; one that dies hands back its share only."""
    store, site = _store(tmp_path), tmp_path / "site"
    pages = [
        Stored("themed", "page-key", str(site / "p" / str(number) / "index.html"))
        for number in range(5)
    ]
    writer = SiteWriter(pages, store, processes=2)
    assert [len(share) for share, _ in writer.shares] == [3, 2]
    assert writer.finish() == []
    assert all(Path(task.path).read_bytes() == PAGE for task in pages)

    writer = SiteWriter(pages, store, processes=2)
    second = writer.shares[1][1]
    assert second is not None
    second.send_signal(signal.SIGKILL)
    assert writer.finish() == pages[3:]
