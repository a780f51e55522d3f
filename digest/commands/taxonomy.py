"""`digest new-topic` and `digest new-org`: add a validated record to a taxonomy file."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from digest.commands.arguments import CONTENT_HELP, content_folder
from digest.content.loader import load_yaml_file
from digest.editor.taxonomy_edit import NAMESPACES, add_record
from digest.model.fixes import free_slug, shell_word
from digest.model.namespaces import collision
from digest.model.termtext import clean
from digest.model.urls import slugify
from digest.model.usererror import UserError


def _slug_and_name(args: argparse.Namespace, command: str) -> tuple[str, str]:
    """`SLUG --name NAME`, or just `NAME` (the slug is then made from the name, which needs a
    letter or a digit: a slug made of a hash alone would tell a reader nothing)."""
    if args.name is not None:
        return args.slug, args.name
    if not any(ch.isalnum() for ch in args.slug):
        name = shlex.quote(args.slug)
        raise UserError(
            f"{args.slug!r} has no letter or digit to make a slug from: "
            f"give one, digest {command} SLUG --name {name}"
        )
    return slugify(args.slug), args.slug


def _refused(error: UserError) -> int:
    print(f"error: {clean(error)}", file=sys.stderr)
    return 2


def cmd_new_topic(args: argparse.Namespace) -> int:
    try:
        slug, name = _slug_and_name(args, "new-topic")
    except UserError as error:
        return _refused(error)
    record: dict[str, Any] = {"name": name}
    if args.description:
        record["description"] = args.description
    return _add(content_folder(args.content) / "topics.yml", "topic", slug, record)


def cmd_new_org(args: argparse.Namespace) -> int:
    try:
        slug, name = _slug_and_name(args, "new-org")
    except UserError as error:
        return _refused(error)
    record: dict[str, Any] = {"name": name, "aliases": list(args.alias or [])}
    if args.url:
        record["url"] = args.url
    if args.description:
        record["description"] = args.description
    return _add(content_folder(args.content) / "organizations.yml", "organization", slug, record)


def _add(path: Path, kind: str, slug: str, record: dict[str, Any]) -> int:
    if not path.parent.is_dir():
        print(
            f"error: {clean(path.parent)}: content folder not found (use --content DIR)",
            file=sys.stderr,
        )
        return 2
    taken = collision(NAMESPACES[kind], slug)
    if taken is not None:  # what to type instead, as `digest check` says it
        free = free_slug(NAMESPACES[kind], slug, slugs_in(path))
        command = f"digest new-{'org' if kind == 'organization' else kind} {free}"
        return _refused(
            UserError(f"{slug!r} {taken}, e.g. {command} --name {shell_word(record['name'])}")
        )
    try:
        add_record(path, kind, slug, record)
    except UserError as error:
        return _refused(error)
    except OSError as error:
        print(f"error: cannot update {clean(path)}: {clean(error)}", file=sys.stderr)
        return 2
    print(f"added {kind} {slug!r} ({clean(record['name'], 200)}) to {clean(path)}")
    return 0


def register(subparsers: Any) -> None:
    topic = subparsers.add_parser(
        "new-topic",
        help="add a topic to topics.yml",
        description="Add a validated topic to topics.yml, keeping the file sorted by slug.",
    )
    topic.add_argument(
        "slug",
        metavar="SLUG_OR_NAME",
        help="the slug (lowercase a-z, 0-9 and hyphens) with --name, or just the name, "
        "from which the slug is made",
    )
    topic.add_argument("--name", help="what readers see, e.g. 'Open source'")
    topic.add_argument("--description", help="one sentence")
    topic.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    topic.set_defaults(func=cmd_new_topic)

    org = subparsers.add_parser(
        "new-org",
        help="add an organization to organizations.yml",
        description="Add a validated organization to organizations.yml, keeping it sorted by slug.",
    )
    org.add_argument(
        "slug",
        metavar="SLUG_OR_NAME",
        help="the slug (lowercase a-z, 0-9 and hyphens) with --name, or just the name, "
        'e.g. "Hugging Face", from which the slug is made (hugging-face)',
    )
    org.add_argument("--name", help="the organization's usual name")
    org.add_argument(
        "--alias",
        action="append",
        metavar="A",
        help="another name entries may use (repeatable), e.g. --alias Facebook",
    )
    org.add_argument("--url", help="its home page (absolute http(s) URL)")
    org.add_argument("--description", help="one sentence")
    org.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    org.set_defaults(func=cmd_new_org)


def slugs_in(path: Path) -> set[str]:
    """The slugs a taxonomy file holds (none when it cannot be read: `add_record` says why)."""
    doc, _ = load_yaml_file(path)
    return set(doc.data) if isinstance(doc.data, dict) else set()
