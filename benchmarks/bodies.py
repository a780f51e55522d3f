"""What making the page bodies costs, by kind of page: CPU in one process, no cache.

    python -m benchmarks.bodies 3000                  # a short corpus of 3,000 entries
    python -m benchmarks.bodies 3000 --shape long --repeat 3

The corpus is `benchmarks.synthetic`'s, written to a temporary folder; it is validated, planned
(`digest generate`'s own steps: `load_corpus`, `build_site`) and every page's body job is run,
timed by the view's class. In a cold build the theming workers make these bodies beside
Material's templates, so this is the digest's own share of their work (at 3,000 short entries,
6 December 2026: 5.7 s of about 16-19 s of the workers' CPU).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.synthetic import generate
from digest.build.generate import build_site, load_corpus, settings_from
from digest.content.siteconfig import read_site_config
from digest.site import render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="entries in the synthetic corpus")
    parser.add_argument("--shape", choices=("short", "long"), default="short")
    parser.add_argument("--repeat", type=int, default=1, help="runs; the fastest is printed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="digest-bodies-") as tmp:
        root = Path(tmp)
        generate(root, args.n, shape=args.shape)
        config = read_site_config(root / "mkdocs.yml")
        corpus, problems = load_corpus(config.layout, cache=None, fingerprints={})
        if corpus is None:
            print(f"the corpus did not validate: {len(problems)} problems")
            return 1
        site = build_site(corpus, settings_from(config), None, {})
        best: dict[str, float] = {}
        counts: Counter[str] = Counter()
        for _ in range(max(1, args.repeat)):
            render._Cards._by_labels.clear()  # each run renders its cards anew
            spent: Counter[str] = Counter()
            counts.clear()
            for built in site.pages:
                kind = type(built.page.body.view).__name__
                started = time.process_time()
                built.page.body.run()
                spent[kind] += time.process_time() - started
                counts[kind] += 1
            for kind, seconds in spent.items():
                best[kind] = min(best.get(kind, seconds), seconds)
    total = sum(best.values())
    print(f"{sum(counts.values()):,} page bodies of {args.n:,} {args.shape} entries: {total:.2f} s")
    print("| view | pages | CPU (s) | per page (ms) |")
    print("| --- | ---: | ---: | ---: |")
    for kind, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(
            f"| {kind} | {counts[kind]:,} | {seconds:.2f} | {1000 * seconds / counts[kind]:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
