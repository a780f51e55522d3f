"""Values shown in GitHub-flavoured Markdown (pull-request comments, issues) as plain text.

Whatever a value holds (a file name, title, URL, taxonomy key, problem message), it can neither
start a block (heading, list, table, quote, code), nor make inline markup (emphasis, link,
image, raw HTML, autolink, math), nor notify anyone (@-mentions, #-references). Markdown
punctuation becomes numeric character references, which CommonMark and Python-Markdown both
read as literal text; line breaks and invisible characters become visible escapes, so a value
always stays on its line.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from digest.model.termtext import clean
from digest.model.weburl import authority, parse

MAX_CHARS = 300
ZERO_WIDTH_SPACE = "&#8203;"

# ASCII punctuation that means something in GitHub's Markdown. `,;?/%'"` never do inline.
_SPECIAL = re.compile(r"[!#$&()*+\-.:<=>@\[\\\]^_`{|}~]")
# Characters kept as they are in a link destination; everything else is percent-encoded.
_URL_SAFE = "/:?#[]@!$&'*+,;=%-._~"


def _reference(match: re.Match[str]) -> str:
    char = match.group()
    text = f"&#{ord(char)};"
    # GitHub links @user and #123 in the rendered text, so a reference is not enough there.
    return text + ZERO_WIDTH_SPACE if char in "@#" else text


def md_text(value: object, limit: int = MAX_CHARS) -> str:
    """`value` as literal inline text on one line (whitespace runs become one space)."""
    text = clean(" ".join(str(value).split()), limit)
    return _SPECIAL.sub(_reference, text)


def md_code(value: object, *, in_table: bool = False, limit: int = MAX_CHARS) -> str:
    """`value` as a one-line code span (GitHub neither links nor mentions inside code), shown
    exactly: line breaks and other controls as visible escapes such as `\\n`."""
    text = clean(value, limit)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith(("`", " ")) or text.endswith(("`", " ")):
        text = f" {text} "
    if in_table:  # a pipe splits a table cell even inside a code span unless escaped
        text = text.replace("|", "\\|")
    return f"{fence}{text}{fence}"


def md_url(url: str) -> str | None:
    """An http(s) URL as a link destination that cannot end early or break the line; None for
    anything else (no other scheme is ever linked)."""
    url = url.strip()
    if not re.match(r"https?://", url, re.IGNORECASE):
        return None
    # An internationalised host as reviewers should see it: in punycode, as the browser sends
    # it (`xn--penai-iye.com`, not a look-alike `оpenai.com`).
    parsed = None if authority(url).isascii() else parse(url)
    if parsed is not None:
        url = parsed.href
    return quote(url, safe=_URL_SAFE)


def md_link(label: str, url: str | None) -> str:
    """`label` (already Markdown) linked to `url` when it is a web address, else just `label`."""
    target = md_url(url) if url else None
    return f"[{label}]({target})" if target else label
