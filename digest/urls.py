"""URL and slug helpers shared by validation, pages and feeds."""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that identify a campaign or a click, never the article.
_TRACKING = re.compile(
    r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|"
    r"_hsenc|_hsmi|mkt_tok|yclid|spm|cmpid|ncid|sr_share|share)$",
    re.IGNORECASE,
)


def normalize_source_url(url: str) -> str:
    """The identity of an article: scheme, `www.`, trailing slash, fragment and tracking dropped."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        )
    )
    return urlunsplit(("", host, path, query, ""))[2:]


def slugify(text: str) -> str:
    """A URL slug from a name: 'Soumith Chintala' -> 'soumith-chintala'.

    Names with no Latin letters keep a stable slug from their hash, so every person gets a page.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        slug = "n-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return slug[:80].rstrip("-")


def relative_url(target: str, page: str) -> str:
    """Link from page URL `page` to site URL `target`, both like 'topics/ai/' or '' for home.

    Relative links keep the site working under any base path (GitHub Pages project sites).
    """
    if target.startswith(("http://", "https://", "#")):
        return target
    start = posixpath.dirname(page.rstrip("/")) if not page.endswith("/") else page.rstrip("/")
    rel = posixpath.relpath("/" + target, "/" + start) if start else target or "."
    if rel == ".":
        rel = "./"
    if (target == "" or target.endswith("/")) and not rel.endswith("/"):
        rel += "/"
    return rel


def absolute_url(site_url: str, target: str) -> str:
    return site_url.rstrip("/") + "/" + target.lstrip("/")
