"""What each of the build's mechanisms buys: cold builds of one corpus with one turned off.

    python -m benchmarks.ablate DIR --runs 2      # DIR: a corpus from benchmarks.synthetic

Each run is a cold `mkdocs build` (the cache folder removed first) in a fresh process, in turn:
everything on; the theme memo off (`digest.plugin.memo`: the nav and config script rendered
for every page); every fork pool off (validation, bodies and theming in the build's own
process). Prints each build's wall and CPU time (its own and its children's).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

MODES = ("all on", "no theme memo", "no workers")

# Run in the fresh process: the mode's mechanism turned off, then MkDocs' own build.
_RUN = """
import logging, sys
from digest.build import pipeline, site, workers
from digest.plugin import memo, themed
mode = sys.argv[1]
if mode == "no theme memo":
    memo.ThemeMemo.install = lambda self, env: None
if mode == "no workers":
    ordered = workers.ordered
    def alone(make, items, **options):
        return ordered(make, items, **{**options, "parallel": False})
    for module in (pipeline, site, themed):
        module.ordered = alone
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.getLogger("mkdocs").setLevel(logging.ERROR)
build(load_config(sys.argv[2]))
"""


def run(root: Path, mode: str) -> tuple[float, float]:
    shutil.rmtree(root / ".cache", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    before = os.times()
    subprocess.run(
        [sys.executable, "-c", _RUN, mode, str(root / "mkdocs.yml")], check=True, env=env
    )
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return time.perf_counter() - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path, help="a corpus made by benchmarks.synthetic")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    for number in range(1, args.runs + 1):
        for mode in MODES:
            wall, cpu = run(args.root, mode)
            print(f"run {number}, {mode}: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)


if __name__ == "__main__":
    main()
