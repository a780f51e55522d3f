"""The rebuild after editing one entry, as `mkdocs serve` does it, in one process.

`mkdocs serve` reloads mkdocs.yml and calls `mkdocs.commands.build.build` again after every
save; plugins that define `on_startup` (ours does) are the same instances across rebuilds, so
the digest's cache of parsed files carries over. This script does the same in one process: a
first build, then MkDocs' live-reload server made and its watcher started as serve starts them
(the plugins' `on_serve` between, as in serve; the server answers no request), then `--edits`
times an edit to one entry, the wait until the server is asked for a rebuild (`seen`: how long
the change took to be noticed), and the rebuild (timed, with its CPU). It also times every
hook of the digest and search plugins. `--poll`: the content polled by MkDocs' watcher, as
before the digest followed it by the system's file events.

Prints one JSON object on stdout:
    {"first": s, "rebuilds": [s, ...], "rebuilds_cpu": [s, ...], "seen": [s, ...],
     "hooks_first": {hook: s}, "hooks_rebuild": {hook: s}}
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import logging
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

HOOK_TIMES: dict[str, float] = defaultdict(float)
WAIT = 0.3  # after an edit (MkDocs' server rebuilds after 0.1 s without an event), untimed


def _timed(name: str, method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            HOOK_TIMES[name] += time.perf_counter() - start

    return wrapper


def instrument(cls, label: str, timed=None) -> None:
    """Wrap every `on_*` hook the class defines itself, at class level (before configs load).

    A `CombinedEvent` (several handlers under one event, each with its priority) has each of
    its handlers wrapped, under the event's name.
    """
    from mkdocs.plugins import CombinedEvent

    timed = timed or _timed
    for attr, value in list(vars(cls).items()):
        if not attr.startswith("on_"):
            continue
        if isinstance(value, CombinedEvent):
            value.methods = tuple(timed(f"{label}.{attr}", m) for m in value.methods)
        elif inspect.isfunction(value):
            setattr(cls, attr, timed(f"{label}.{attr}", value))


def edit_entry(content: Path, number: int) -> Path:
    """Append a sentence to the body of the middle entry (valid content, new mtime and size)."""
    entries = sorted((content / "entries").rglob("*.md"))
    path = entries[len(entries) // 2]
    with path.open("a", encoding="utf-8") as out:
        out.write(f"\nEdited for the rebuild benchmark, edit {number}.\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="folder holding mkdocs.yml and content/")
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument(
        "--poll", action="store_true", help="the content polled by MkDocs' server, as before"
    )
    args = parser.parse_args(argv)

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    # Load the config once to learn each plugin's class ("search" is Material's under Material),
    # wrap their hooks, then load again so that the wrapped hooks are the ones registered.
    for name, plugin in load_config(config_file=str(args.root / "mkdocs.yml")).plugins.items():
        instrument(type(plugin), name)

    site_dir = tempfile.mkdtemp(prefix="digest-bench-serve-")
    serve_url = "http://127.0.0.1:8000/"

    def get_config():
        config = load_config(config_file=str(args.root / "mkdocs.yml"), site_dir=site_dir)
        config.site_url = serve_url
        return config

    try:
        config = get_config()
        config.plugins.on_startup(command="serve", dirty=False)
        start = time.perf_counter()
        build(config, serve_url=serve_url)
        first = time.perf_counter() - start
        hooks_first = dict(HOOK_TIMES)

        # What `mkdocs serve` does next: its live-reload server (whose watcher the plugin
        # may take the content from), `on_serve`, then every watched path polled.
        if args.poll:  # the content polled by MkDocs, as before the digest followed it
            from digest.plugin import servewatch

            servewatch.rebuild_request = lambda server: None
        server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=site_dir)
        server.watch(config.docs_dir)
        server.watch(config.config_file_path)
        config.plugins.on_serve(server, config=config, builder=None)
        for path in config.watch:
            server.watch(path)
        server.observer.start()
        time.sleep(1.0)  # the poller's first snapshots

        rebuilds, rebuilds_cpu, seen = [], [], []
        entries = sorted((args.root / "content" / "entries").rglob("*.md"))
        edited_entry = entries[len(entries) // 2]
        for number in range(1, args.edits + 1):
            server._want_rebuild = False
            edited = time.perf_counter()
            with edited_entry.open("a", encoding="utf-8") as out:
                out.write(f"\nEdited for the rebuild benchmark, edit {number}.\n")
            while not server._want_rebuild:  # the server's build loop would wake now
                time.sleep(0.005)
            seen.append(time.perf_counter() - edited)
            time.sleep(WAIT)  # and wait for the events to settle (untimed)
            HOOK_TIMES.clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            build(get_config(), serve_url=serve_url)
            rebuilds.append(time.perf_counter() - start)
            rebuilds_cpu.append(time.process_time() - start_cpu)
        config.plugins.on_shutdown()
        server.observer.stop()
        server.server_close()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
    json.dump(
        {
            "first": first,
            "rebuilds": rebuilds,
            "rebuilds_cpu": rebuilds_cpu,
            "seen": seen,
            "hooks_first": hooks_first,
            "hooks_rebuild": dict(HOOK_TIMES),
        },
        sys.stdout,
    )
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
