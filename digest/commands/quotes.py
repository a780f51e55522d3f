"""`digest quotes URL_OR_FILE`: propose an article's quotes, with speakers, for a new entry."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from digest.commands.arguments import seconds
from digest.editor.articles import ArticleError, default_cache, load_article
from digest.editor.quotes import propose, to_json, to_yaml
from digest.model.termtext import clean


def cmd_quotes(args: argparse.Namespace) -> int:
    try:
        article = load_article(
            args.source,
            offline=args.offline,
            cache=default_cache(not args.no_cache),
            timeout=args.timeout,
            deadline=3 * args.timeout,  # the whole fetch, redirects and a slow server included
        )
    except ArticleError as error:
        print(f"{clean(args.source)}: error: {clean(str(error))}", file=sys.stderr)
        return 1
    proposals = propose(article.text)
    if args.format == "json":
        print(to_json(proposals))
    elif proposals:
        print(to_yaml(proposals), end="")
    for number, proposal in enumerate(proposals, 1):
        if proposal.warning:
            print(
                f"{clean(args.source)}: warning: quote {number} "
                f"(“{clean(proposal.text, 60)}”): {clean(proposal.warning)}",
                file=sys.stderr,
            )
    where = " (from the page cache)" if article.from_cache else ""
    count = len(proposals)
    if count:
        plural = "" if count == 1 else "s"
        said = f"{count} quote{plural} proposed{where}: keep the key ones, verbatim"
    else:  # nothing in quotation marks found: the editor copies by hand
        said = (
            f"no quote found in the article{where}: copy the key ones by hand, word for word, "
            "with the speaker the article names"
        )
    print(f"{said}, then run `digest verify`", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    quotes = subparsers.add_parser(
        "quotes",
        help="propose an article's quotes with their speakers (YAML to paste under quotes:)",
        description="Read the article (a web address, or a local HTML or text file), find every "
        "passage in quotation marks of a few words or more, and who said it. Prints YAML ready "
        "to paste under `quotes:` in an entry, in article order. Fetched pages are kept in "
        "the build cache for a day; --no-cache or DIGEST_CACHE=0 turns it off.",
    )
    quotes.add_argument("source", metavar="URL_OR_FILE", help="the article")
    quotes.add_argument("--format", choices=("yaml", "json"), default="yaml")
    quotes.add_argument(
        "--no-cache", action="store_true", help="neither read nor keep fetched pages"
    )
    quotes.add_argument(
        "--offline", action="store_true", help="use only the page cache; never fetch"
    )
    quotes.add_argument(
        "--timeout",
        type=seconds,
        default=10.0,
        metavar="S",
        help="per network wait (default 10); the whole fetch at most three times this",
    )
    quotes.set_defaults(func=cmd_quotes)
