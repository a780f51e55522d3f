"""Where a build's time goes: per kind of page, per plugin hook, and (optionally) cProfile.

    python -m benchmarks.profile 1000                 # digest build at N = 1,000
    python -m benchmarks.profile 1000 --floor         # the floor, for comparison
    python -m benchmarks.profile 10000 --cprofile /tmp/digest.prof --top 40

One `mkdocs build` in this process (MkDocs' own `build` function), with MkDocs' two per-page
steps timed by kind of page: reading and converting the Markdown (`_populate_page`) and
rendering the theme template and writing the HTML (`_build_page`). Everything else MkDocs does
is "rest of the build".
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import logging
import os
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchmarks import serve_rebuild
from benchmarks.floor import make_floor
from benchmarks.serve_rebuild import HOOK_TIMES
from benchmarks.synthetic import generate

PAGE_TIMES: dict[tuple[str, str], float] = defaultdict(float)
PAGE_COUNTS: dict[str, int] = defaultdict(int)
HOOK_BY_KIND: dict[tuple[str, str], float] = defaultdict(float)
MEMORY: dict[str, int] = {}  # resident set size at points of the build, in bytes


def rss() -> int:
    """The current resident set size of this process (Linux), or 0."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def instrument(cls, label: str) -> None:
    """Wrap the class's `on_*` hooks; per-page hooks are also timed by kind of page."""
    serve_rebuild.instrument(cls, label, _timed_hook)


def _timed_hook(name: str, method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            HOOK_TIMES[name] += elapsed
            if name.endswith(".on_files"):
                MEMORY.setdefault(f"after {name}", rss())
            page = kwargs.get("page")
            if page is not None:
                HOOK_BY_KIND[(name, page_kind(page.file.src_uri))] += elapsed

    return wrapper


def page_kind(src_uri: str) -> str:
    head = src_uri.split("/", 1)[0]
    if head == "entries":
        return "entry"
    if src_uri == "index.md" or head == "page":
        return "home"
    if head in ("topics", "organizations", "people", "archive", "feeds"):
        return head
    return "other"


def _timed_page_step(step: str, function):
    @functools.wraps(function)
    def wrapper(page, *args, **kwargs):
        if step == "theme+write":
            MEMORY.setdefault("after reading and converting every page", rss())
        start = time.perf_counter()
        try:
            return function(page, *args, **kwargs)
        finally:
            kind = page_kind(page.file.src_uri)
            PAGE_TIMES[(kind, step)] += time.perf_counter() - start
            if step == "read+markdown":
                PAGE_COUNTS[kind] += 1

    return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="entries in the synthetic corpus")
    parser.add_argument("--floor", action="store_true", help="build the floor instead")
    parser.add_argument("--cprofile", type=Path, help="write cProfile stats here")
    parser.add_argument("--top", type=int, default=30, help="cProfile lines to print")
    args = parser.parse_args(argv)

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    from mkdocs.commands import build as build_module
    from mkdocs.config import load_config

    build_module._populate_page = _timed_page_step("read+markdown", build_module._populate_page)
    build_module._build_page = _timed_page_step("theme+write", build_module._build_page)

    with tempfile.TemporaryDirectory(prefix="digest-profile-") as tmp:
        root = Path(tmp)
        content = generate(root / "digest", args.n)
        config_file = (
            make_floor(content, root / "floor") if args.floor else root / "digest" / "mkdocs.yml"
        )
        for name, plugin in load_config(config_file=str(config_file)).plugins.items():
            instrument(type(plugin), name)
        config = load_config(config_file=str(config_file), site_dir=str(root / "site"))
        profiler = cProfile.Profile() if args.cprofile else None
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        build_module.build(config)
        if profiler:
            profiler.disable()
        total = time.perf_counter() - start
        MEMORY["at the end of the build"] = rss()

    what = "floor" if args.floor else "digest"
    print(
        f"{what} build, N={args.n:,}: {total:.2f} s in all" + (" (under cProfile)" * bool(profiler))
    )
    print()
    print("| pages | count | read + Markdown | theme + write | per page |")
    print("| --- | ---: | ---: | ---: | ---: |")
    accounted = 0.0
    for kind in sorted(PAGE_COUNTS, key=lambda k: -PAGE_COUNTS[k]):
        read = PAGE_TIMES[(kind, "read+markdown")]
        theme = PAGE_TIMES[(kind, "theme+write")]
        accounted += read + theme
        per_page = (read + theme) / PAGE_COUNTS[kind] * 1000
        print(
            f"| {kind} | {PAGE_COUNTS[kind]:,} | {read:.2f} s | {theme:.2f} s | {per_page:.1f} ms |"
        )
    print()
    hooks = sorted(HOOK_TIMES.items(), key=lambda item: -item[1])
    print("Plugin hooks (inside the page steps where they are per-page hooks):")
    for name, seconds in hooks:
        if seconds >= 0.005:
            kinds = sorted(
                ((kind, t) for (hook, kind), t in HOOK_BY_KIND.items() if hook == name),
                key=lambda item: -item[1],
            )
            detail = ", ".join(f"{kind} {t:.2f}" for kind, t in kinds if t >= 0.005)
            print(f"  {name}: {seconds:.2f} s" + (f" ({detail})" if detail else ""))
    print(f"Page steps: {accounted:.2f} s; rest of the build: {total - accounted:.2f} s")
    print("Resident memory: " + "; ".join(f"{k} {v / 1024**2:.0f} MB" for k, v in MEMORY.items()))
    if profiler:
        profiler.dump_stats(args.cprofile)
        stats = pstats.Stats(str(args.cprofile), stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(r"digest/", args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
