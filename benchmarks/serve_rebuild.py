"""The rebuild after editing one entry, as `mkdocs serve` does it, in one process.

`mkdocs serve` reloads mkdocs.yml and calls `mkdocs.commands.build.build` again after every
save; plugins that define `on_startup` (ours does) are the same instances across rebuilds, so
the digest's cache of parsed files carries over. This script does exactly that without the
HTTP server and the file watcher: a first build, then `--edits` times an edit to one entry
followed by a rebuild, each timed. It also times every hook of the digest and search plugins.

Prints one JSON object on stdout:
    {"first": s, "rebuilds": [s, ...], "rebuilds_cpu": [s, ...],
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

HOOK_TIMES: dict[str, float] = defaultdict(float)


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

        rebuilds, rebuilds_cpu = [], []
        for number in range(1, args.edits + 1):
            edit_entry(args.root / "content", number)
            HOOK_TIMES.clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            build(get_config(), serve_url=serve_url)
            rebuilds.append(time.perf_counter() - start)
            rebuilds_cpu.append(time.process_time() - start_cpu)
        config.plugins.on_shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
    json.dump(
        {
            "first": first,
            "rebuilds": rebuilds,
            "rebuilds_cpu": rebuilds_cpu,
            "hooks_first": hooks_first,
            "hooks_rebuild": dict(HOOK_TIMES),
        },
        sys.stdout,
    )
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
