"""The forked helper (digest/forked.py): what it renders is what the caller would have rendered,
in the same order; whatever goes wrong in it, the caller renders the rest itself."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.build import forked
from digest.plugin import themed
from digest.site import pages
from tests.test_cache import build, differences, site  # noqa: F401  (site is a fixture)


@pytest.fixture(autouse=True)
def _any_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper is tested on any machine, one CPU or many (it runs only with two or more)."""
    monkeypatch.setattr(forked, "can_fork", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(themed, "can_fork", lambda: hasattr(os, "fork"))


ITEMS = [f"item {n} " + "x" * (n * 997 % 70_000) for n in range(60)]  # some over a pipe's size


def shout(item: str) -> bytes:
    return (item.upper() + f" rendered by {os.getpid()}").encode()


def render_all(items: list[str], render, parallel_from: int) -> list[str]:  # type: ignore[no-untyped-def]
    """What forked.render_all returns (UTF-8, as sent through the pipe), as text."""
    out = forked.render_all(items, render, parallel_from=parallel_from)
    assert all(type(body) is bytes for body in out)
    return [body.decode() for body in out]


def test_render_all_returns_every_item_in_order_half_from_the_helper():
    out = render_all(ITEMS, shout, parallel_from=1)
    assert [text.rsplit(" rendered by ", 1)[0] for text in out] == [i.upper() for i in ITEMS]
    renderers = [text.rsplit(" rendered by ", 1)[1] for text in out]
    assert renderers[0::2] == [str(os.getpid())] * 30
    assert str(os.getpid()) not in set(renderers[1::2])


def test_below_the_threshold_everything_is_rendered_here():
    out = render_all(ITEMS, shout, parallel_from=61)
    assert all(text.endswith(f" rendered by {os.getpid()}") for text in out)


def test_an_item_that_fails_in_the_helper_is_rendered_here():
    def fragile(item: str) -> bytes:
        if item.startswith("item 7 ") and os.getpid() != parent:
            raise RuntimeError("only in the helper")
        return shout(item)

    parent = os.getpid()
    out = render_all(ITEMS, fragile, parallel_from=1)
    assert out[7].endswith(f" rendered by {parent}")
    assert not out[9].endswith(f" rendered by {parent}")
    assert [text.rsplit(" rendered by ", 1)[0] for text in out] == [i.upper() for i in ITEMS]


def dies_in_a_helper_at(number: int):  # type: ignore[no-untyped-def]
    """`shout`, except that a helper process dies on item `number`."""
    parent = os.getpid()

    def dying(item: str) -> bytes:
        if item.startswith(f"item {number} ") and os.getpid() != parent:
            os._exit(9)
        return shout(item)

    return dying


def test_a_helper_that_dies_leaves_the_rest_to_the_caller():
    parent = os.getpid()
    out = render_all(ITEMS, dies_in_a_helper_at(21), parallel_from=1)
    assert [text.rsplit(" rendered by ", 1)[0] for text in out] == [i.upper() for i in ITEMS]
    assert all(text.endswith(f" rendered by {parent}") for text in out[21:])
    assert not out[19].endswith(f" rendered by {parent}")


def test_a_silent_helper_is_given_up(monkeypatch: pytest.MonkeyPatch):
    import time

    monkeypatch.setattr(forked, "HELPER_SILENCE", 0.5)
    parent = os.getpid()

    def stuck(item: str) -> bytes:
        if os.getpid() != parent:
            time.sleep(60)
        return shout(item)

    out = render_all(ITEMS[:6], stuck, parallel_from=1)
    assert all(text.endswith(f" rendered by {parent}") for text in out)


def test_generated_pages_rendered_half_by_a_helper_build_the_same_site(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    calls: list[int] = []
    original = forked.render_all

    def spy(items, render, *, parallel_from):  # type: ignore[no-untyped-def]
        calls.append(len(items))
        return original(items, render, parallel_from=1)

    monkeypatch.setattr(pages, "render_all", spy)
    build(site, tmp_path / "helped", cache=False)
    assert calls and calls[0] > 12  # every page of a cold build went through it
    monkeypatch.undo()
    build(site, tmp_path / "alone", cache=False)
    assert differences(tmp_path / "helped", tmp_path / "alone") == []


def walk(relay: forked.Relay[str], pause: float = 0.0) -> list[str]:
    """The caller's side of a relay: each item from a helper, or rendered here."""
    import time

    out = []
    try:
        for number, item in enumerate(ITEMS):
            body = relay.receive(number)
            out.append((body or shout(item)).decode())
            time.sleep(pause)  # the caller's other work on each item
    finally:
        relay.stop()
    assert [text.rsplit(" rendered by ", 1)[0] for text in out] == [i.upper() for i in ITEMS]
    assert relay.ready == {}  # whatever the caller rendered ahead, it used
    return [text.rsplit(" rendered by ", 1)[1] for text in out]


def test_a_relay_renders_what_its_helpers_get_to_first_each_part_in_its_own_process():
    relay = forked.Relay.start(list(enumerate(ITEMS)), shout, parts=3)
    renderers = walk(relay, pause=0.02)  # a slow caller: the helpers get to nearly everything
    here = str(os.getpid())
    assert renderers.count(here) <= 10  # the first items of each part, while a helper starts
    parts = [set(renderers[:20]) - {here}, set(renderers[20:40]) - {here}, set(renderers[40:])]
    assert [len(part) for part in parts] == [1, 1, 1]
    assert len(set.union(*parts)) == 3  # three helpers, one after another


def test_a_caller_faster_than_the_helpers_renders_what_they_have_not_started():
    parent = os.getpid()

    def slow(item: str) -> bytes:
        if os.getpid() != parent:
            import time

            time.sleep(0.05)
        return shout(item)

    relay = forked.Relay.start(list(enumerate(ITEMS)), slow, parts=3)
    renderers = walk(relay)
    assert renderers.count(str(parent)) > 30  # taken by the caller, never waited for
    assert any(pid != str(parent) for pid in renderers)


def test_a_relay_goes_on_after_a_helper_dies():
    parent = os.getpid()
    relay = forked.Relay.start(list(enumerate(ITEMS)), dies_in_a_helper_at(5), parts=3)
    renderers = walk(relay, pause=0.01)
    assert set(renderers[5:20]) == {str(parent)}  # the rest of the first part: the caller's
    assert set(renderers[40:]) - {str(parent)}  # a later helper did its part


def test_a_relay_of_nothing_starts_no_helper():
    relay = forked.Relay.start([], shout, parts=3)
    assert relay.receive(0) is None
    relay.stop()
    assert relay.helpers == []


def test_a_helper_that_announced_an_item_the_caller_moved_past_says_it_is_not_coming(
    monkeypatch: pytest.MonkeyPatch,
):
    """The helper announces item 3 and is held up; the caller, waiting for it, renders items
    4 and 5 ahead. The helper then sees the caller past 3 and skips it: it must say so, or the
    caller waits for 3 until the helper has finished and gives all its work up."""
    import time

    parent, announce = os.getpid(), forked.Claims.announce

    def held_up(self: forked.Claims, position: int) -> None:
        announce(self, position)
        if position == 3 and os.getpid() != parent:
            time.sleep(0.3)

    monkeypatch.setattr(forked.Claims, "announce", held_up)
    monkeypatch.setattr(forked, "AHEAD", 2)
    relay = forked.Relay.start(list(enumerate(ITEMS)), shout, parts=1)
    renderers = walk(relay, pause=0.01)
    # The helper went on after item 3, and was listened to (had the caller waited for item 3
    # until the helper was done, it would have rendered all the rest itself).
    assert renderers[10:].count(str(parent)) < 25


def test_an_item_that_fails_when_rendered_ahead_is_rendered_again_in_its_turn():
    import time

    parent = os.getpid()
    failed: list[str] = []

    def slow_helper_fragile_caller(item: str) -> bytes:
        if os.getpid() != parent:
            time.sleep(0.05)
        elif not failed:  # the caller's first rendering ahead fails
            failed.append(item)
            raise RuntimeError("only the first time, ahead")
        return shout(item)

    relay = forked.Relay.start(list(enumerate(ITEMS)), slow_helper_fragile_caller, parts=3)
    time.sleep(0.3)  # the helper is well into its part: the caller will wait, and render ahead
    renderers = walk(relay)
    assert failed
    assert renderers[ITEMS.index(failed[0])] == str(parent)
