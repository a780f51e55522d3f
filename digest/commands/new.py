"""`digest new URL`: start an entry for an article, optionally pre-filled from its page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digest.commands.arguments import seconds
from digest.editor.articles import ArticleError, article_from_page
from digest.editor.newentry import checked, new_entry
from digest.editor.pagemeta import PageMeta, fetch_page, parse_page_meta
from digest.editor.quotes import commented_proposals, propose
from digest.model.schema import HttpUrl
from digest.model.termtext import clean
from digest.model.usererror import UserError
from digest.model.wording import count


def _fetch(url: str, timeout: float) -> tuple[PageMeta | None, str]:
    """The page's own metadata and the quotes it holds (proposed as a commented YAML block); a
    warning, not an error, when the page cannot be had."""
    try:
        page = fetch_page(url, timeout)
    except UserError as error:
        print(f"warning: {clean(error)}; writing the scaffold without it", file=sys.stderr)
        return None, ""
    meta = parse_page_meta(page.text, page.final_url or url)
    try:
        article = article_from_page(page, url, page.final_url)
    except ArticleError:
        return meta, ""
    proposals = propose(article.text)
    print(
        f"proposed {count(len(proposals), 'quote')} from the article (commented out)",
        file=sys.stderr,
    )
    return meta, commented_proposals(proposals)


def _report_fetched(fetched: PageMeta) -> None:
    """What the page said, so the editor checks it against the article (cleaned for the
    terminal, though `pagemeta` already keeps only printable text)."""
    publisher = fetched.publisher
    if publisher and fetched.publisher_is_host:
        publisher += " (the site's address: the page names no publisher)"
    found = [
        f"{name}: {clean(value, 200)}"
        for name, value in (
            ("title", fetched.title),
            ("publisher", publisher),
            ("author", fetched.author),
            ("date", fetched.date),
        )
        if value
    ]
    print("from the page: " + ("; ".join(found) if found else "nothing usable"), file=sys.stderr)


def cmd_new(args: argparse.Namespace) -> int:
    fetched, proposals = None, ""
    try:
        if args.fetch:
            fetched, proposals = _fetch(checked(HttpUrl, args.url, "URL"), args.timeout)
        if fetched is not None:
            _report_fetched(fetched)
        target = new_entry(
            Path(args.content),
            args.url,
            title=args.title,
            publisher=args.publisher,
            author=args.author,
            date=args.date,
            slug=args.slug,
            fetched=fetched,
            proposals=proposals,
        )
    except UserError as error:
        print(f"error: {clean(error)}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot write the entry: {clean(error)}", file=sys.stderr)
        return 2
    print(f"wrote {clean(target)}")
    if args.date is None and (fetched is None or fetched.date is None):
        print(
            f"note: no --date, so it went into the {clean(target.parent.name)} folder; "
            "move it to the folder of the article's year once you know the date",
            file=sys.stderr,
        )
    print(f"next: fill in the fields marked 'required', then run: digest check {clean(target)}")
    return 0


def register(subparsers: Any) -> None:
    new = subparsers.add_parser(
        "new",
        help="scaffold an entry for an article URL",
        description="Write content/entries/<YYYY>/<slug>.md with every field present. It fails "
        "`digest check` until you fill in the fields marked 'required'; the check then lists "
        "exactly what is left. Never overwrites a file.",
    )
    new.add_argument("url", metavar="URL", help="the article's URL")
    new.add_argument("--title", help="the article's title (also makes the slug)")
    new.add_argument("--publisher", help="who published it, e.g. 'The New Stack'")
    new.add_argument("--author", help="the article's author")
    new.add_argument("--date", help="when it was published: YYYY-MM-DD (decides the year folder)")
    new.add_argument("--slug", help="the file name, instead of one made from the title")
    new.add_argument(
        "--fetch",
        action="store_true",
        help="pre-fill title, publisher, author and date from the page's own metadata",
    )
    new.add_argument(
        "--timeout",
        type=seconds,
        default=10.0,
        metavar="S",
        help="for --fetch: the whole download, redirects included (default 10)",
    )
    new.add_argument("--content", default="content", metavar="DIR", help="default: content")
    new.set_defaults(func=cmd_new)
