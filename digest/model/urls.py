"""URL and slug helpers shared by validation, pages and feeds."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digest.model.weburl import parse

# Query parameters that identify a campaign or a click, never the article.
_TRACKING = re.compile(
    r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|"
    r"_hsenc|_hsmi|_ga|_gl|mkt_tok|yclid|spm|cmpid|ncid|sr_share|share|oly_anon_id|oly_enc_id|"
    r"vero_id|vero_conv|wt_mc|wt_zmc|s_cid|ito|icid|soc_src|soc_trk|guccounter|"
    r"__twitter_impression|trk|trkid|xtor|cmp|ocid|smid|smtyp|ftag|si)$",
    re.IGNORECASE,
)


# The pages that serve one article again, for phones and for Google's AMP cache: `amp.` and
# `m.` hosts (while a registered name remains), a last `amp` or `index.html` step, `.amp`,
# `?amp`, `?outputType=amp`; and the AMP cache's own addresses, which hold the original one:
# `https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a` and
# `https://www.google.com/amp/s/www.example.com/a`.
_MIRROR_HOST = re.compile(r"^(?:amp|m|mobile)\.(?=[^.]+\.[^.])")
_AMP_CACHE = re.compile(r"^/(?:[cv]/|amp/)(s/)?([^/]+\.[^/]+(?:/.*)?)$")
_LAST_STEP = re.compile(r"(?:/amp|\.amp|/index\.html?|/index\.php|/amp\.html)$", re.IGNORECASE)


def normalize_source_url(url: str) -> str:
    """The identity of an article: scheme, `www.`, trailing slash and dot, fragment and tracking
    dropped, its AMP and mobile copies taken for it, read as a browser reads the URL
    (percent-encoded or IDN hosts, backslashes)."""
    parsed = parse(url.strip())
    if parsed is None or not parsed.host:
        try:
            parts = urlsplit(url.strip())
            host, port = parts.hostname or "", parts.port or 0
        except ValueError:  # `http://[x`, a port that is not a number: compared as written
            return url.strip()
        path, raw_query = parts.path, parts.query
    else:
        host, port, path, raw_query = parsed.host, int(parsed.port or 0), parsed.path, parsed.query
    host = host.lower().rstrip(".").removeprefix("www.")
    if host.endswith(".cdn.ampproject.org") or host in ("google.com", "google.co.uk"):
        wrapped = _AMP_CACHE.match(path)
        inner = wrapped.group(2).split("/", 1)[0].lower() if wrapped is not None else ""
        # One level only: an address wrapped again is left as it is (no recursion to bound).
        if wrapped is not None and "ampproject" not in inner and "google." not in inner:
            scheme = "https" if wrapped.group(1) else "http"
            query = f"?{raw_query}" if raw_query else ""
            return normalize_source_url(f"{scheme}://{wrapped.group(2)}{query}")
    host = _MIRROR_HOST.sub("", host)
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = _UNRESERVED_ESCAPE.sub(_unescape, path)
    path = re.sub(r"/{2,}", "/", path).rstrip("/")
    path = _LAST_STEP.sub("", path).rstrip("/")
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(raw_query, keep_blank_values=True)
            if not _TRACKING.match(k) and not _amp_query(k, v)
        )
    )
    return urlunsplit(("", host, path, query, ""))[2:]


def without_tracking(url: str) -> tuple[str, list[str]]:
    """`url` without the query parameters that identify a campaign or a click (`utm_source`,
    `fbclid`...), and their names; `url` as written when it has none."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, []
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    dropped = [k for k, _ in pairs if _TRACKING.match(k)]
    if not dropped:
        return url, []
    kept = urlencode([(k, v) for k, v in pairs if not _TRACKING.match(k)])
    return urlunsplit(parts._replace(query=kept)), dropped


def _amp_query(name: str, value: str) -> bool:
    """`?amp`, `?amp=1`, `?outputType=amp`: the AMP copy of the page without them."""
    name, value = name.lower(), value.lower()
    return (name == "amp" and value in ("", "1", "true")) or (
        name == "outputtype" and value == "amp"
    )


# A percent-escape: letters, digits and `-._~` are the same URL escaped or not (RFC 3986 6.2.2).
_UNRESERVED_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _unescape(match: re.Match[str]) -> str:
    char = chr(int(match.group()[1:], 16))
    return char if char.isascii() and (char.isalnum() or char in "-._~") else match.group().upper()


# Latin letters that Unicode does not decompose into an ASCII letter plus accents.
_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
        "ı": "i", "ħ": "h", "Ħ": "H", "ŋ": "ng", "Ŋ": "NG", "ĸ": "q", "ſ": "s",
        "'": "", "’": "", "ʼ": "",  # apostrophes: "OpenAI’s" -> "openais"
    }
)  # fmt: skip


def slugify(text: str, limit: int = 80) -> str:
    """A URL slug from a name: 'Soumith Chintala' -> 'soumith-chintala', 'José' -> 'jose'.

    Accents are dropped, so names that differ only by them share a slug (the same person
    written two ways). Letters that have no ASCII form (李, Ж) are not dropped silently: the slug
    then ends with a short hash of the name, so '李 Wei' and '王 Wei' do not collide. Names with
    no Latin letters at all get a slug from their hash alone, so every person gets a page.
    Cut at `limit` characters (a caller that cuts at a word passes a larger one), with a short
    hash of the whole slug in the last seven, so that two long names that agree in their first
    `limit` characters are not one person.
    """
    text = unicodedata.normalize("NFKC", text)
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    # Dashes, curly quotes and other non-ASCII separators separate words; accents just go.
    ascii_text = "".join(
        ch if ord(ch) < 128 else ("" if unicodedata.category(ch)[0] in "LMN" else " ")
        for ch in decomposed
    )
    lost = any(ord(ch) > 127 and unicodedata.category(ch)[0] in "LN" for ch in decomposed)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        return "n-" + digest
    if len(slug) > limit:
        whole = hashlib.sha1(slug.encode("ascii")).hexdigest()[:6]
        slug = f"{slug[: limit - 7].rstrip('-')}-{whole}"
    return f"{slug}-{digest[:6]}" if lost else slug


def person_key(name: str) -> str:
    """Who a name says, as a person's page tells people apart: the name as `slugify` reads it
    (accents and case dropped, words joined by `-`) but whole, and with every letter kept.
    Two names with one key are one person written two ways ('José Pérez', 'Jose Perez'); two
    names whose slugs agree but whose keys differ ('李 Wei' and 'Wei bff084', whose slug is
    the first's) would share a page that is one person's."""
    decomposed = unicodedata.normalize(
        "NFKD", unicodedata.normalize("NFKC", name).translate(_TRANSLITERATE)
    )
    kept = "".join(
        ch if ch.isalnum() else " " for ch in decomposed if unicodedata.category(ch)[0] != "M"
    )
    return "-".join(kept.casefold().split())


def relative_url(target: str, page: str) -> str:
    """Link from page URL `page` to site URL `target`, both like 'topics/ai/' or '' for home.

    Relative links keep the site working under any base path (GitHub Pages project sites).
    Page URLs are folders ('a/b/') or files in folders ('a/b.html'): climb to the root, then
    down to the target. Called hundreds of thousands of times per build, so no posixpath.
    """
    if target.startswith(("http://", "https://", "#")):
        return target
    return "../" * page.count("/") + target or "./"


def page_url_for(src: str) -> str:
    """The site URL of the page made from `src` (a path under the docs folder), with directory
    URLs: 'about.md' -> 'about/', 'index.md' -> '', 'topics/index.md' -> 'topics/'."""
    stem = src[: -len(".md")] if src.endswith(".md") else src
    if re.fullmatch(r"editions/\d{4}-W\d{2}", stem):
        return stem.lower() + "/"  # 'editions/2022-W37.md' -> 'editions/2022-w37/'
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def absolute_url(site_url: str, target: str) -> str:
    return site_url.rstrip("/") + "/" + target.lstrip("/")
