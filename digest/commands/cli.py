"""The `digest` command: the core, for editors and CI, without MkDocs.

Each command lives in its own module under `digest.commands` and adds itself to the parser.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from digest.commands import (
    changed,
    check,
    edition,
    generate,
    links,
    new,
    quotes,
    schema,
    summary,
    taxonomy,
    verify,
)

COMMANDS = (
    check, schema, new, taxonomy, summary, links, quotes, verify, changed, edition, generate,
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest", description="Validate and scaffold entries of the AI-industry digest."
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
