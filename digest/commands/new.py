"""`digest new URL`: start an entry for an article, optionally pre-filled from its page."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.commands.arguments import CONTENT_HELP, content_folder, seconds
from digest.commands.taxonomy import slugs_in
from digest.editor import handover
from digest.editor.articles import ArticleError, article_from_page, read_file
from digest.editor.newentry import already_in_digest, check_options, checked, new_entry
from digest.editor.orgfinder import found_in, read_taxonomy
from digest.editor.pagemeta import PageMeta, fetch_page, parse_page_meta
from digest.editor.quotes import MAX_QUOTE, Proposal, propose
from digest.editor.taxonomy_edit import add_record
from digest.model.fixes import add_org_command, free_slug
from digest.model.schema import HttpUrl
from digest.model.termtext import clean
from digest.model.urls import slugify, without_tracking
from digest.model.usererror import UserError
from digest.model.wording import count


@dataclass
class Fetched:
    """What --fetch found: the page's metadata, the proposed quotes, the organizations."""

    meta: PageMeta | None = None
    proposals: list[Proposal] | None = None  # None: the article could not be read
    known: list[str] = field(default_factory=list)  # organization slugs
    missing: list[str] = field(default_factory=list)  # organization names not in the digest


def say(message: str) -> None:
    print(message, file=sys.stderr)


def _fetch(url: str, timeout: float, content: Path, saved: Path | None = None) -> Fetched:
    """The page's own metadata, the quotes it holds and the organizations it names; a warning,
    not an error, when the page cannot be had. `saved`: the page as saved from a browser (an
    article behind a paywall or a login, or no network), read instead of fetching `url`."""
    if saved is not None:
        try:
            page = read_file(saved)
        except ArticleError as error:
            raise UserError(f"--page {saved}: {error}") from None
        page = dataclasses.replace(page, url=url, final_url=url)
    else:
        try:
            page = fetch_page(url, timeout)
        except UserError as error:
            say(f"warning: {clean(error)}; writing the scaffold without it")
            return Fetched()
    found = Fetched(parse_page_meta(page.text, page.final_url or url))
    try:
        article = article_from_page(page, url, page.final_url)
    except ArticleError:
        return found
    offered, refused = handover.usable(propose(article.text))
    found.proposals = offered
    if offered:
        say(f"proposed {count(len(offered), 'quote')} from the article (commented out)")
    else:
        say("found no quotes to propose in the article: add its key quotes by hand")
    too_long = [p for p in refused if len(p.text) > MAX_QUOTE]
    for proposal in too_long:
        who = f" ({clean(proposal.speaker, 80)})" if proposal.speaker else ""
        start = clean(proposal.text[:61], 61)
        start = start[:60].rsplit(" ", 1)[0] + "…" if len(start) > 60 else start
        say(
            f"left out 1 proposal over {MAX_QUOTE:,} characters, too long for an entry: "
            f"“{start}”{who}; take its key sentences by hand, with … "
            "where words are left out"
        )
    if others := len(refused) - len(too_long):
        say(f"left out {count(others, 'proposal')} the checker would refuse as written")
    taxonomy = read_taxonomy(content)
    if taxonomy is not None:
        found.known, found.missing = found_in(article.text, offered, taxonomy)
    return found


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
    say("from the page: " + ("; ".join(found) if found else "nothing usable"))


def _list_organizations(found: Fetched, add: bool, content: Path) -> None:
    """Say which organizations go into the entry; those the digest does not know are listed
    with the command that adds each (--add-missing adds them once the entry is written)."""
    if found.known:
        say(f"organizations it names: {clean(', '.join(found.known), 400)}")
    if not found.missing:
        return
    say("organizations its speakers work for that are not in organizations.yml:")
    taken = slugs_in(content / "organizations.yml")  # read once, for every free slug offered
    for name in found.missing:
        command = add_org_command(name, taken)
        say(f"  {clean(name, 200)}: {clean(command, 400)}")
    if not add:
        say("add them with those commands (digest check asks for them), or use --add-missing")


def _add_missing(names: list[str], content: Path) -> None:
    path = content / "organizations.yml"
    taken = slugs_in(path)  # read once; each slug added joins it
    for name in names:
        slug = free_slug("organizations", slugify(name), taken)
        try:
            add_record(path, "organization", slug, {"name": name})
        except (UserError, OSError) as error:
            say(f"warning: did not add {clean(name, 200)!r}: {clean(error)}")
            continue
        taken.add(slug)
        say(f"added organization {slug!r} ({clean(name, 200)}) to {clean(path)}")


def cmd_new(args: argparse.Namespace) -> int:
    content = content_folder(args.content)
    found = Fetched()
    try:
        url, tracking = without_tracking(checked(HttpUrl, args.url, "URL"))
        check_options(args.title, args.publisher, args.author, args.date, args.slug)
        if content.is_dir():  # before anything is fetched
            existing = already_in_digest(content, url)
            if existing is not None:
                raise UserError(f"this article is already in the digest at {existing}")
        if args.fetch or args.page is not None:
            found = _fetch(url, args.timeout, content, args.page)
        if found.meta is not None:
            _report_fetched(found.meta)
        _list_organizations(found, args.add_missing, content)
        target = new_entry(
            content,
            url,
            title=args.title,
            publisher=args.publisher,
            author=args.author,
            date=args.date,
            slug=args.slug,
            fetched=found.meta,
            proposals=found.proposals,
            organizations=found.known + found.missing,
        )
        print(f"wrote {clean(target)}", flush=True)
        if tracking:
            say(f"note: left {', '.join(clean(n) for n in tracking)} out of the URL (tracking)")
        if args.add_missing:
            _add_missing(found.missing, content)
    except UserError as error:
        print(f"error: {clean(error)}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot write the entry: {clean(error)}", file=sys.stderr)
        return 2
    meta = found.meta
    if args.date is None and (meta is None or meta.date is None):
        say(
            f"note: no --date, so it went into the {clean(target.parent.name)} folder; "
            "move it to the folder of the article's year once you know the date"
        )
    print(f"next: fill in the fields marked 'required', then run: digest check {clean(target)}")
    return 0


def register(subparsers: Any) -> None:
    new = subparsers.add_parser(
        "new",
        help="scaffold an entry for an article URL",
        description="Write content/entries/<YYYY>/<slug>.md with every field present. It fails "
        "`digest check` until you fill in the fields marked 'required'; the check then lists "
        "exactly what is left. Never overwrites a file; refuses an article already in the "
        "digest before fetching anything.",
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
        help="pre-fill title, publisher, author, date and organizations from the page, and "
        "propose its quotes (commented out under quotes:)",
    )
    new.add_argument(
        "--page",
        type=Path,
        metavar="FILE",
        help="as --fetch, from the article's page saved from a browser (HTML), for an article "
        "behind a paywall or a login, or without a network; URL is still its address",
    )
    new.add_argument(
        "--add-missing",
        action="store_true",
        help="with --fetch: add the organizations its quoted speakers work for that are not in "
        "organizations.yml (they are listed first)",
    )
    new.add_argument(
        "--timeout",
        type=seconds,
        default=10.0,
        metavar="S",
        help="for --fetch: the whole download, redirects included (default 10)",
    )
    new.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    new.set_defaults(func=cmd_new)
