"""The build's one process mechanism (`digest.build.workers.ordered`): results in order, the same
as one core's, with fresh workers forked every `renew` items."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.build import workers


def _square_and_pid(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


def _dies_on_25(item: int) -> int:
    if item == 25 and os.getpid() != PARENT:
        os._exit(1)  # a worker killed mid-chunk
    return item + 1


PARENT = os.getpid()
REPO = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
def test_fresh_workers_every_renew_items_and_results_in_order():
    items = list(range(40))
    got = list(workers.ordered(_square_and_pid, items, chunk=4, workers=2, renew=12))
    assert [square for square, _ in got] == [i * i for i in items]
    pids = [pid for _, pid in got]
    assert os.getpid() not in pids  # all made in workers
    # Items 0-11 by the first two workers, 12-23 by two fresh ones, and so on: 4 sets in all.
    sets = [set(pids[start : start + 12]) for start in range(0, 40, 12)]
    assert all(1 <= len(made_by) <= 2 for made_by in sets)
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            assert not sets[a] & sets[b]


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
def test_without_renew_the_same_workers_make_everything():
    got = list(workers.ordered(_square_and_pid, list(range(40)), chunk=4, workers=2))
    assert len({pid for _, pid in got}) <= 2


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
def test_a_worker_dying_in_a_later_set_leaves_the_rest_to_the_caller():
    items = list(range(40))
    got = list(workers.ordered(_dies_on_25, items, chunk=4, workers=2, renew=12))
    assert got == [i + 1 for i in items]


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
@pytest.mark.parametrize("renew", [None, 12])
def test_the_collector_leaves_shared_objects_alone_while_workers_live(renew):
    """A full collection in the build while workers live would copy every page they share
    with it (each object's header is written): the objects are frozen from the fork until the
    last worker is gone, then the collector's again."""
    assert gc.get_freeze_count() == 0
    seen = []
    for _ in workers.ordered(_square_and_pid, list(range(40)), chunk=4, renew=renew):
        seen.append(gc.get_freeze_count())
    assert all(count > 0 for count in seen)
    assert gc.get_freeze_count() == 0


@pytest.mark.skipif(not workers.can_fork(), reason="needs fork and two cores")
def test_the_collector_has_its_objects_back_when_the_caller_stops_early():
    results = workers.ordered(_square_and_pid, list(range(40)), chunk=4)
    next(results)
    assert gc.get_freeze_count() > 0
    results.close()
    assert gc.get_freeze_count() == 0


_KILLED_BUILD = """
import os, sys, time
from digest.build import workers

def slow(item):
    open(os.path.join(sys.argv[1], str(os.getpid())), "w").close()
    time.sleep(120)
    return item

for _ in workers.ordered(slow, list(range(8)), chunk=1, workers=2):
    pass
"""


def _alive(pid: int) -> bool:
    """Running (a zombie no one reaps, in a container whose first process does not, is not)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(
    not workers.can_fork() or not sys.platform.startswith("linux"), reason="Linux, two cores"
)
def test_workers_end_with_a_build_that_was_killed(tmp_path):
    """A build killed outright (`kill -9`, a CI timeout) takes its workers with it: none is
    left running, blocked on a pipe nobody reads."""
    build = subprocess.Popen([sys.executable, "-c", _KILLED_BUILD, str(tmp_path)], cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        pids = [int(path.name) for path in tmp_path.iterdir()]
        assert len(pids) == 2  # both workers are busy
    finally:
        build.kill()
        build.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in pids if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
