"""`digest new-topic` and `digest new-org`: add a validated record to a taxonomy file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digest.editor.taxonomy_edit import add_record
from digest.model.termtext import clean
from digest.model.usererror import UserError


def cmd_new_topic(args: argparse.Namespace) -> int:
    record: dict[str, Any] = {"name": args.name}
    if args.description:
        record["description"] = args.description
    return _add(Path(args.content) / "topics.yml", "topic", args.slug, record)


def cmd_new_org(args: argparse.Namespace) -> int:
    record: dict[str, Any] = {"name": args.name, "aliases": list(args.alias or [])}
    if args.url:
        record["url"] = args.url
    if args.description:
        record["description"] = args.description
    return _add(Path(args.content) / "organizations.yml", "organization", args.slug, record)


def _add(path: Path, kind: str, slug: str, record: dict[str, Any]) -> int:
    if not path.parent.is_dir():
        print(
            f"error: {clean(path.parent)}: content folder not found (use --content DIR)",
            file=sys.stderr,
        )
        return 2
    try:
        add_record(path, kind, slug, record)
    except UserError as error:
        print(f"error: {clean(error)}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot update {clean(path)}: {clean(error)}", file=sys.stderr)
        return 2
    print(f"added {kind} {slug!r} to {clean(path)}")
    return 0


def register(subparsers: Any) -> None:
    topic = subparsers.add_parser(
        "new-topic",
        help="add a topic to topics.yml",
        description="Add a validated topic to topics.yml, keeping the file sorted by slug.",
    )
    topic.add_argument("slug", metavar="SLUG", help="lowercase a-z, 0-9 and hyphens")
    topic.add_argument("--name", required=True, help="what readers see, e.g. 'Open source'")
    topic.add_argument("--description", help="one sentence")
    topic.add_argument("--content", default="content", metavar="DIR", help="default: content")
    topic.set_defaults(func=cmd_new_topic)

    org = subparsers.add_parser(
        "new-org",
        help="add an organization to organizations.yml",
        description="Add a validated organization to organizations.yml, keeping it sorted by slug.",
    )
    org.add_argument("slug", metavar="SLUG", help="lowercase a-z, 0-9 and hyphens")
    org.add_argument("--name", required=True, help="the organization's usual name")
    org.add_argument(
        "--alias",
        action="append",
        metavar="A",
        help="another name entries may use (repeatable), e.g. --alias Facebook",
    )
    org.add_argument("--url", help="its home page (absolute http(s) URL)")
    org.add_argument("--description", help="one sentence")
    org.add_argument("--content", default="content", metavar="DIR", help="default: content")
    org.set_defaults(func=cmd_new_org)
