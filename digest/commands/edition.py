"""`digest edition new` scaffolds this week's edition; `digest edition render` writes one for a
newsletter tool (email HTML or plain text)."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from digest.build.pipeline import check_content, load_corpus, now_utc, publishable
from digest.commands.arguments import CONTENT_HELP, content_folder, missing_folder
from digest.content.loader import parse_markdown_text
from digest.content.siteconfig import SiteConfig, layout_for, read_site_config
from digest.editor.newentry import checked
from digest.model.corpus import order
from digest.model.edition import Edition, parse_week, week_days, week_name, week_of
from digest.model.schema import HttpUrl
from digest.model.termtext import clean
from digest.model.usererror import UserError
from digest.site.edition_email import MAX_EMAIL_BYTES, email_html, email_text
from digest.site.settings import Settings


def _week(text: str) -> tuple[int, int]:
    week = parse_week(text)
    if week is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO week: write YYYY-Www, e.g. 2026-W49"
        )
    return week


def _error(message: str) -> int:
    print(f"error: {clean(message)}", file=sys.stderr)
    return 2


def _site_config(content: Path) -> SiteConfig | None:
    """mkdocs.yml beside the content folder, else in the working directory."""
    for candidate in (content.parent / "mkdocs.yml", Path("mkdocs.yml")):
        if candidate.is_file():
            try:
                return read_site_config(candidate)
            except (OSError, yaml.YAMLError, UnicodeDecodeError):
                continue
    return None


def scaffold(year: int, week: int, slugs: list[str]) -> str:
    """The edition file: front matter written by PyYAML, an empty introduction to write."""
    monday, sunday = week_days(year, week)
    data: dict[str, Any] = {"title": f"Week {week}, {year}"}
    if slugs:
        data["picks"] = slugs
    header = (
        f"# Edition {week_name(year, week)} ({monday} to {sunday}). Reorder or trim the picks,\n"
        "# or group them under `sections: [{heading: ..., picks: [...]}]`. Without picks, the\n"
        "# edition holds every entry added this week. `date:` sets when it is published\n"
        "# (default: the week's last day). Write the introduction below the closing line.\n"
    )
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{header}{dumped}---\n"


def cmd_new(args: argparse.Namespace) -> int:
    content = content_folder(args.content)
    if not content.is_dir():
        return missing_folder(content)
    year, week = args.week or week_of(now_utc())
    folder = content / "editions"
    for name in (f"{year}-W{week:02d}.md", f"{year}-w{week:02d}.md"):
        if (folder / name).exists():
            return _error(f"{folder / name} already exists; edit it instead")
    checked = check_content(layout_for(content))
    entries, _ = publishable(checked)
    picks = [e.slug for e in order(entries) if week_of(e.added) == (year, week)]
    text = scaffold(year, week, picks)
    target = folder / f"{week_name(year, week)}.md"
    _, problems = parse_markdown_text(text, target)
    if problems:  # the scaffold must read back as it was meant
        return _error(f"cannot write a valid edition: {problems[0]}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as file:  # never overwrites
            file.write(text)
    except FileExistsError:
        return _error(f"{target} already exists; edit it instead")
    except OSError as error:
        return _error(f"cannot write the edition: {error}")
    print(f"wrote {clean(target)}")
    if picks:
        count = len(picks)
        print(f"{count} {'entry' if count == 1 else 'entries'} added in {week_name(year, week)}")
    else:
        print(
            f"no published entries were added in {week_name(year, week)} yet; without picks the "
            "edition holds whatever is added this week",
        )
    print(f"next: write the introduction, then run: digest check {clean(target)}")
    return 0


def local_address(url: str) -> bool:
    """Whether `url` points at the machine that opens it (loopback or unspecified): a link to
    it in a newsletter would lead every reader to their own computer."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _site_url(given: str | None, configured: str) -> tuple[str, str | None]:
    """The address the newsletter's links start with, or why there is none: --site-url wins;
    mkdocs.yml's site_url (SITE_URL) must be set and not a local preview address."""
    if given is not None:
        try:
            return checked(HttpUrl, given, "--site-url"), None
        except UserError as error:
            return "", str(error)
    hint = "pass the published site's address with --site-url, e.g. --site-url https://example.org/"
    if not configured:
        return "", f"no site_url in mkdocs.yml: the email needs absolute links; {hint}"
    if local_address(configured):
        return "", (
            f"site_url is {configured}, a local preview address: every link in the newsletter "
            f"would lead readers to their own computer; {hint} (or set SITE_URL)"
        )
    return configured, None


def cmd_render(args: argparse.Namespace) -> int:
    content = content_folder(args.content)
    if not content.is_dir():
        return missing_folder(content)
    config = _site_config(content)
    site_url, refused = _site_url(args.site_url, config.site_url if config else "")
    if refused:
        return _error(refused)
    corpus, problems = load_corpus(layout_for(content))
    if corpus is None:
        for problem in problems:
            if problem.severity == "error":
                print(str(problem), file=sys.stderr)
        return 1
    name = week_name(*args.week)
    edition: Edition | None = next((e for e in corpus.editions if e.week == name), None)
    if edition is None:
        notes = [str(p) for p in problems if p.severity == "note" and "editions/" in p.path]
        for note in notes:
            print(clean(note), file=sys.stderr)
        return _error(f"there is no published edition for {name} in {content}/editions/")
    name = config.site_name if config else "The digest"
    settings = Settings(site_name=name, site_url=site_url, language="en")
    if args.email:
        output = email_html(edition, settings)
        size = len(output.encode("utf-8"))
        if size > MAX_EMAIL_BYTES:
            print(
                f"warning: the email is {size:,} bytes; many clients clip messages over "
                f"{MAX_EMAIL_BYTES:,}: trim the picks",
                file=sys.stderr,
            )
    else:
        output = email_text(edition, settings)
    if args.output and args.output != "-":
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as error:
            return _error(f"cannot write {args.output}: {error}")
        print(f"wrote {clean(args.output)}", file=sys.stderr)
    else:
        sys.stdout.write(output)
    return 0


def register(subparsers: Any) -> None:
    edition = subparsers.add_parser(
        "edition",
        help="scaffold or render a weekly edition",
        description="Editions are content/editions/<YYYY>-W<ww>.md: the editor's picks of an "
        "ISO week with an introduction.",
    )
    commands = edition.add_subparsers(dest="edition_command", required=True, metavar="COMMAND")
    new = commands.add_parser(
        "new",
        help="scaffold the edition of this (or the given) week",
        description="Write content/editions/<YYYY>-W<ww>.md listing the week's published "
        "entries as picks, newest first, for you to reorder or trim. Never overwrites a file.",
    )
    new.add_argument("--week", type=_week, metavar="YYYY-Www", help="default: the current week")
    new.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    new.set_defaults(func=cmd_new)
    render = commands.add_parser(
        "render",
        help="write an edition as email HTML or plain text",
        description="Email HTML (CSS inlined, table layout, no images, absolute links) or its "
        "plain-text alternative, for a newsletter tool. Links start with --site-url, else "
        "site_url from mkdocs.yml (SITE_URL), which must not be a local preview address.",
    )
    render.add_argument("week", type=_week, metavar="YYYY-Www", help="e.g. 2022-W37")
    kind = render.add_mutually_exclusive_group(required=True)
    kind.add_argument("--email", action="store_true", help="HTML for an email")
    kind.add_argument("--text", action="store_true", help="the plain-text alternative")
    render.add_argument(
        "--site-url",
        metavar="URL",
        help="the published site's address, e.g. https://example.org/digest/ (default: "
        "site_url from mkdocs.yml, refused when unset or a loopback address)",
    )
    render.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    render.add_argument("--content", metavar="DIR", help=CONTENT_HELP)
    render.set_defaults(func=cmd_render)
