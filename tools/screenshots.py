"""`make screenshots`: docs/screenshots/ regenerated from the shipped site, as readers see it.

Each page kind at 1280 px (a desktop) and 390 px (a phone), in the light and the dark scheme
(the reader's system preference, which Material follows), the first screenful only. Built
and served as by `make lighthouse` (tools/lighthouse.py); Chromium is Debian's.
Names: <page>-<desktop|phone>.png for the light scheme, <page>-<desktop|phone>-dark.png.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tools.siteserver import REPO, built_and_served

PAGES = {
    "home": "",
    "entry": "entries/2022/pytorch-foundation-research-open-source-roots/",
    "person": "people/jim-zemlin/",
    "edition": "editions/2022-w37/",
}
SIZES = {"desktop": (1280, 800), "phone": (390, 844)}
SCHEMES = {"light": "", "dark": "-dark"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with built_and_served() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=args.chrome, args=["--headless", "--no-sandbox"]
        )
        for size, (width, height) in SIZES.items():
            for scheme, suffix in SCHEMES.items():
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    device_scale_factor=1,
                    is_mobile=size == "phone",
                    color_scheme=scheme,  # type: ignore[arg-type]
                )
                page = context.new_page()
                for name, path in PAGES.items():
                    page.goto(url + path, wait_until="networkidle")
                    target = args.out / f"{name}-{size}{suffix}.png"
                    page.screenshot(path=str(target))
                    print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)
                context.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
