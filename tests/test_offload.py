"""The search bundle is made in a fresh process (digest/build/offload.py): its outputs are the
job's, whatever happens to that process, and a job's own error reaches the caller as it was."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from digest.build import offload
from digest.build.cache import Cache
from digest.build.keys import Keys
from digest.build.offload import Offloaded
from digest.build.site import STATIC, Folders
from digest.model.usererror import UserError
from digest.site.feeds import PlannedFile
from digest.site.render import Job
from digest.site.search import SearchError
from digest.site.search_bundle import pack

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"


@dataclass(frozen=True)
class Caller:
    pid: int  # the process that planned the job


def which_process(view: Caller) -> bytes:
    return b"caller" if os.getpid() == view.pid else b"another"


def dies_away_from_home(view: Caller) -> bytes:
    if os.getpid() != view.pid:
        os._exit(9)  # the fresh process dies without a word
    return b"made by the caller"


def fails_away_from_home(view: Caller) -> bytes:
    if os.getpid() != view.pid:
        raise SearchError("search: Pagefind failed: out of cheese")
    return b"made again by the caller"


@dataclass(frozen=True)
class Scratch:
    folder: str  # where the job makes its temporary folder


def works_in_scratch(view: Scratch) -> bytes:
    with tempfile.TemporaryDirectory(dir=view.folder) as tmp:
        (Path(tmp) / "records.html").write_text("a record", encoding="utf-8")
        subprocess.run(["sleep", "60"], check=False)  # a program the job runs (Pagefind)
    return b"never"


@pytest.fixture(autouse=True)
def importable(monkeypatch):
    """The fresh process finds this module's functions as the build's own are found."""
    monkeypatch.setenv("PYTHONPATH", str(HERE))


def test_jobs_are_made_in_another_process_in_order():
    jobs = [Job(which_process, Caller(os.getpid())), Job(which_process, Caller(-1))]
    assert Offloaded(jobs).result() == [b"another", b"another"]


@dataclass(frozen=True)
class Signal:
    path: str  # a file the test makes when it has received the output before


def waits_for_signal(view: Signal) -> bytes:
    deadline = time.monotonic() + 20
    while not Path(view.path).exists():
        if time.monotonic() > deadline:
            return b"the output before was never handed over"
        time.sleep(0.02)
    return b"after the signal"


def test_each_output_is_handed_over_as_soon_as_it_is_made(tmp_path):
    signal = tmp_path / "received"
    jobs = [Job(which_process, Caller(os.getpid())), Job(waits_for_signal, Signal(str(signal)))]
    outputs = Offloaded(jobs).outputs()
    assert next(outputs) == b"another"  # while the second job still waits
    signal.touch()
    assert list(outputs) == [b"after the signal"]


def large_output(view: Caller) -> bytes:
    return b"x" * 1_000_000  # more than a pipe holds


def marks_its_start(view: Signal) -> bytes:
    Path(view.path).touch()
    return b"started"


def test_the_next_job_runs_while_an_output_waits_to_be_read(tmp_path):
    started = tmp_path / "started"
    jobs = [Job(large_output, Caller(-1)), Job(marks_its_start, Signal(str(started)))]
    offloaded = Offloaded(jobs)  # nothing read yet, as while a build themes its pages
    deadline = time.monotonic() + 20
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists(), "the second job waited for the first output to be read"
    assert offloaded.result() == [b"x" * 1_000_000, b"started"]


@dataclass(frozen=True)
class DiesOnSignal:
    pid: int  # the process that planned the job
    path: str  # made by the test once it has the output before


def dies_away_from_home_on_signal(view: DiesOnSignal) -> bytes:
    if os.getpid() != view.pid:
        waits_for_signal(Signal(view.path))
        os._exit(9)
    return b"made by the caller"


def test_a_process_that_dies_midway_leaves_the_rest_to_the_caller(tmp_path):
    signal = tmp_path / "received"
    jobs = [
        Job(which_process, Caller(os.getpid())),
        Job(dies_away_from_home_on_signal, DiesOnSignal(os.getpid(), str(signal))),
        Job(which_process, Caller(os.getpid())),
    ]
    outputs = Offloaded(jobs).outputs()
    assert next(outputs) == b"another"
    signal.touch()
    assert list(outputs) == [b"made by the caller", b"caller"]


def test_without_parallel_the_caller_makes_them():
    assert Offloaded([Job(which_process, Caller(os.getpid()))], parallel=False).result() == [
        b"caller"
    ]


@dataclass(frozen=True)
class Unsendable:
    pid: int
    hook: Callable[[], None]  # a lambda: no pickle can carry it


def test_a_job_that_cannot_be_sent_is_made_by_the_caller():
    offloaded = Offloaded([Job(which_process, Unsendable(os.getpid(), lambda: None))])
    assert offloaded.process is None
    assert offloaded.result() == [b"caller"]


def test_a_process_that_dies_leaves_the_jobs_to_the_caller():
    job = Job(dies_away_from_home, Caller(os.getpid()))
    assert Offloaded([job]).result() == [b"made by the caller"]


def test_a_process_past_its_deadline_is_stopped_and_the_caller_makes_the_jobs():
    offloaded = Offloaded([Job(which_process, Caller(os.getpid()))])
    process = offloaded.process
    assert process is not None
    assert offloaded.result(deadline=0) == [b"caller"]
    assert process.poll() is not None  # not left running


def test_a_process_stopped_by_the_build_leaves_no_scratch_files_and_no_program(tmp_path):
    others = _sleepers()  # `sleep 60` run by anything else on the machine is not the job's
    offloaded = Offloaded([Job(works_in_scratch, Scratch(str(tmp_path)))])
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("*/records.html")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.glob("*/records.html")), "the job never started"
    process = offloaded.process
    assert process is not None
    while not (_sleepers() - others) and time.monotonic() < deadline:
        time.sleep(0.05)
    sleepers_before = _sleepers() - others
    assert sleepers_before, "the job's program never started"
    offloaded.close()
    assert process.poll() is not None
    assert list(tmp_path.iterdir()) == []  # the records are gone (they would hold memory)
    # And the program it ran was stopped: killed at once, gone from the process table as soon
    # as the kernel has torn it down (well under a second, longer on a loaded machine).
    deadline = time.monotonic() + 10
    while _sleepers() & sleepers_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not (_sleepers() & sleepers_before)


def _sleepers() -> set[int]:
    """The running `sleep 60` processes."""
    found = set()
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "cmdline").read_bytes() == b"sleep\x0060\x00":
                found.add(int(proc.name))
        except OSError:
            continue
    return found


def test_a_jobs_own_error_reaches_the_caller_as_it_was_and_is_not_run_again():
    with pytest.raises(SearchError, match=r"^search: Pagefind failed: out of cheese$") as raised:
        Offloaded([Job(fails_away_from_home, Caller(os.getpid()))]).result()
    assert isinstance(raised.value, UserError)


def test_pagefind_failing_during_a_build_is_one_line(tmp_path):
    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'Error: the disk is full' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    env = {**os.environ, "PAGEFIND_BINARY_PATH": str(fake), "DIGEST_CACHE": "0"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-f",
            "mkdocs.yml",
            "--site-dir",
            str(tmp_path / "site"),
        ],
        cwd=GOLDEN,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "Pagefind" in line]
    assert len(errors) == 1, result.stderr
    assert errors[0].endswith("digest: search: Pagefind failed: Error: the disk is full")


def test_the_child_imports_this_checkout_but_never_puts_installed_packages_first(monkeypatch):
    monkeypatch.setattr(offload, "_PACKAGE_ROOT", "/srv/checkout")
    assert offload.child_environment()["PYTHONPATH"].split(os.pathsep) == [
        "/srv/checkout",
        str(HERE),
    ]
    monkeypatch.setattr(offload, "_PACKAGE_ROOT", sysconfig.get_path("purelib"))
    assert offload.child_environment()["PYTHONPATH"] == str(HERE)  # as it was: nothing put first


# --- The search bundle's folders, handed over one at a time -------------------------------------


def packed_folder(view: Caller) -> bytes:
    """A folder of two files, saying which process made it."""
    return pack({"a.txt": which_process(view), "b/c.txt": b"same"})


def test_a_folder_gone_from_the_store_since_the_build_began_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_CACHE_SECRET", "ab" * 16)
    cache = Cache(tmp_path / "cache", tmp_path)
    cache.begin()
    keys = Keys("test")
    folders = [
        PlannedFile("pagefind/", Job(packed_folder, Caller(os.getpid()))),
        PlannedFile("pagefind/old/", Job(packed_folder, Caller(-1))),
    ]
    first = Folders(folders, cache, keys, parallel=True)
    assert [(f.path, f.content) for f in first.files()] == [
        ("pagefind/a.txt", b"another"),
        ("pagefind/b/c.txt", b"same"),
        ("pagefind/old/a.txt", b"another"),
        ("pagefind/old/b/c.txt", b"same"),
    ]
    second = Folders(folders, cache, keys, parallel=True)
    assert second.pending is None  # both in the store
    assert cache.store.trusted(STATIC)
    cache.store._db.execute("DELETE FROM records WHERE kind = ?", (STATIC,))  # evicted meanwhile
    assert [(f.path, f.content) for f in second.files()] == [
        ("pagefind/a.txt", b"caller"),
        ("pagefind/b/c.txt", b"same"),
        ("pagefind/old/a.txt", b"another"),  # its Caller is no process: "another" here too
        ("pagefind/old/b/c.txt", b"same"),
    ]
    cache.close()


# --- In a thread (`mkdocs serve`, where the build starts no process) ---------------------------


@dataclass(frozen=True)
class Home:
    thread: int  # the caller's thread


def which_thread(view: Home) -> bytes:
    return b"caller" if threading.get_ident() == view.thread else b"thread"


def fails_in_thread(view: Home) -> bytes:
    if threading.get_ident() != view.thread:
        raise SearchError("search: Pagefind failed: out of cheese")
    return b"made again by the caller"


def breaks_in_thread(view: Home) -> bytes:
    if threading.get_ident() != view.thread:
        raise RuntimeError("a bug")
    return b"made by the caller"


@dataclass(frozen=True)
class Gate:
    thread: int
    name: str  # of the event in OPEN that lets the thread go on


OPEN: dict[str, threading.Event] = {}


def waits_in_thread(view: Gate) -> bytes:
    if threading.get_ident() != view.thread:
        OPEN[view.name].wait(30)
        return b"thread"
    return b"caller"


def test_threaded_jobs_are_made_in_a_thread_in_order():
    home = Home(threading.get_ident())
    jobs = [Job(which_thread, home), Job(which_thread, home)]
    offloaded = Offloaded(jobs, parallel=False, threaded=True)
    assert offloaded.process is None
    assert offloaded.result() == [b"thread", b"thread"]


def test_a_threaded_jobs_own_error_reaches_the_caller_as_it_was_and_is_not_run_again():
    job = Job(fails_in_thread, Home(threading.get_ident()))
    with pytest.raises(SearchError, match=r"^search: Pagefind failed: out of cheese$"):
        Offloaded([job], parallel=False, threaded=True).result()


def test_a_thread_that_breaks_or_is_late_leaves_the_rest_to_the_caller():
    home = Home(threading.get_ident())
    broken = Offloaded(
        [Job(which_thread, home), Job(breaks_in_thread, home), Job(which_thread, home)],
        parallel=False,
        threaded=True,
    )
    assert broken.result() == [b"thread", b"made by the caller", b"caller"]
    OPEN["late"] = threading.Event()
    late = Offloaded(
        [Job(waits_in_thread, Gate(threading.get_ident(), "late"))], parallel=False, threaded=True
    )
    try:
        assert late.result(deadline=0.2) == [b"caller"]
    finally:
        OPEN["late"].set()
