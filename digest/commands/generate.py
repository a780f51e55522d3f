"""`digest generate OUT_DIR`: the site as plain files for engines that run no digest plugin."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digest.build.generate import generate
from digest.model.problems import Problem
from digest.model.termtext import clean
from digest.model.usererror import UserError


def cmd_generate(args: argparse.Namespace) -> int:
    out = Path(args.out_dir)
    errors = 0

    def report(problem: Problem) -> None:
        nonlocal errors
        errors += problem.severity == "error"
        print(str(problem), file=sys.stderr)

    try:
        result = generate(Path(args.config_file), out, report)
    except UserError as error:
        print(f"error: {clean(error)}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot write {clean(out)}: {clean(error)}", file=sys.stderr)
        return 2
    if result is None:
        print(
            f"{errors} error{'s' if errors != 1 else ''} in the content (listed above); "
            f"nothing was written to {clean(out)}",
            file=sys.stderr,
        )
        return 1
    print(
        f"wrote {clean(out)}: {result.pages} pages, {result.static} static files, "
        f"{result.images} images, and {clean(out / 'mkdocs.yml')}"
    )
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write the whole site as a docs folder any engine can build (e.g. Zensical)",
        description="Validate the content, then write OUT_DIR: every page as Markdown with front "
        "matter (HTML bodies), the feeds, OPML and schema as static files, the images, the theme "
        "overrides and a mkdocs.yml without the digest plugin. Build it with "
        "`zensical build -f OUT_DIR/mkdocs.yml`. Refuses the content folder and any non-empty "
        "folder it did not write; writes nothing when the content has errors (exit 1).",
    )
    parser.add_argument("out_dir", metavar="OUT_DIR", help="the folder to write (replaced whole)")
    parser.add_argument(
        "-f",
        "--config-file",
        default="mkdocs.yml",
        metavar="PATH",
        help="the site's mkdocs.yml (default: ./mkdocs.yml)",
    )
    parser.set_defaults(func=cmd_generate)
