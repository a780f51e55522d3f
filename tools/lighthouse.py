"""`make lighthouse`: Lighthouse's mobile scores for the six kinds of generated page.

The site is built for the address it is served at (feed links and canonical URLs are
absolute), served by tools/siteserver.py with gzip and cache headers as a static host would,
and measured with Lighthouse 12.8.2 from npm (`npx`) in Debian's Chromium (CHROME_PATH).
Prints one line per page; exits 1 if any score is below the bar (98 by default).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from tools.siteserver import built_and_served

LIGHTHOUSE = "lighthouse@12.8.2"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = {
    "home": "",
    "entry": "entries/2022/pytorch-foundation-research-open-source-roots/",
    "topic": "topics/open-source/",
    "organization": "organizations/meta/",
    "person": "people/jim-zemlin/",
    "edition": "editions/2022-w37/",
}
TIMEOUT = 180  # seconds for one page's run


def scores(url: str, chrome: str, save: Path | None = None) -> dict[str, int]:
    """Lighthouse's four category scores (0-100) for one page, in mobile mode (its default);
    the whole report written to `save` if given."""
    command = [
        "npx", "--yes", LIGHTHOUSE, url,
        "--output=json", "--output-path=stdout", "--quiet",
        "--only-categories=" + ",".join(CATEGORIES),
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": chrome}
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    if save is not None:
        save.write_text(done.stdout, encoding="utf-8")
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=98, help="the lowest acceptable score")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    parser.add_argument("--save", type=Path, help="a folder for the full JSON reports")
    parser.add_argument("pages", nargs="*", help=f"some of {', '.join(PAGES)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [kind for kind in args.pages if kind not in PAGES]
    if unknown:
        parser.error(f"unknown page kind: {', '.join(unknown)}")
    low = []
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    with built_and_served() as url:
        print(f"Lighthouse {LIGHTHOUSE.split('@')[1]}, mobile, {url} (gzip, cache headers)")
        print(f"{'page':<14}" + "".join(f"{name:>16}" for name in CATEGORIES))
        for kind in args.pages or PAGES:
            save = args.save / f"{kind}.json" if args.save else None
            got = scores(url + PAGES[kind], args.chrome, save)
            print(f"{kind:<14}" + "".join(f"{got[name]:>16}" for name in CATEGORIES))
            low += [f"{kind} {name} {got[name]}" for name in CATEGORIES if got[name] < args.min]
    if low:
        print(f"below {args.min}: " + ", ".join(low))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
