"""URLs as a browser reads them, and which ones content may point at.

Python's `urllib.parse` and a browser disagree on hostile input: a browser reads `\\` as `/`,
drops tabs and newlines, decodes `%2E` in a host, maps `0x7f.1` to 127.0.0.1 and IDN hosts to
punycode. Every judgement on a URL from content is therefore made on the WHATWG URL standard's
reading of it (ada, the parser Node.js uses), so no difference between the checker and a
browser can be exploited.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from urllib.parse import unquote

from ada_url import URL, HostType, idna_to_unicode


@dataclass(frozen=True)
class WebUrl:
    """A URL as the WHATWG parser serialises it: host in lower case and punycode, backslashes
    as slashes, tabs and newlines gone, `..` resolved, default port dropped."""

    href: str
    scheme: str  # "https", without the colon
    host: str  # "" for URLs without one; IPv6 in brackets
    port: str
    path: str
    query: str  # without "?"
    fragment: str  # without "#"
    credentials: bool  # a user name or password before '@'
    ip: bool  # the host is an IPv4 or IPv6 address


def parse(text: str, base: str | None = None) -> WebUrl | None:
    """`text` as a browser reads it (relative to `base`, when given), or None if it cannot."""
    try:
        url = URL(text, base=base) if base is not None else URL(text)
    except ValueError:
        return None
    return WebUrl(
        href=url.href,
        scheme=url.protocol.removesuffix(":"),
        host=url.hostname,
        port=url.port,
        path=url.pathname,
        query=url.search.removeprefix("?"),
        fragment=url.hash.removeprefix("#"),
        credentials=bool(url.username or url.password),
        ip=url.host_type != HostType.DEFAULT,
    )


# Names that never leave the machine or the local network (RFC 6761, 6762, 8375) and those
# cloud providers give their metadata services.
_LOCAL_NAMES = re.compile(
    r"(?:^|\.)(?:localhost|localdomain|local|internal|intranet|lan|home\.arpa|corp|home)$"
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _ipv4_compatible(address: ipaddress.IPv6Address) -> bool:
    """`::a.b.c.d` (deprecated), not `::` or `::1`."""
    return 1 < int(address) < 2**32


def address_problem(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a browser or our fetcher must not be sent to this IP address, if it must not."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = (
            address.ipv4_mapped
            or address.sixtofour
            or (address.teredo[1] if address.teredo else None)
        )
        if embedded is None and (address in _NAT64 or _ipv4_compatible(address)):
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            problem = address_problem(embedded)
            if problem or not _ipv4_compatible(address):
                return problem
            return "a reserved address"  # `::a.b.c.d`: deprecated, no route to a.b.c.d
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private address"
    if address.is_reserved:
        return "a reserved address"
    if not address.is_global:
        return "not a public address"
    return None


# (IP address, port) pairs exempt from the public-web rule. Empty: only the tests add the server
# they start on the loopback interface, in their own process, or for the commands they run, as
# ports of 127.0.0.1 in TEST_PORTS_VARIABLE (nothing but 127.0.0.1 can be trusted that way).
TRUSTED_ADDRESSES: set[tuple[str, int]] = set()
TEST_PORTS_VARIABLE = "DIGEST_TEST_LOOPBACK_PORTS"


def trusted(ip: str, port: int | None) -> bool:
    if port is None:
        return False
    if (ip, port) in TRUSTED_ADDRESSES:
        return True
    ports = os.environ.get(TEST_PORTS_VARIABLE, "")
    return ip == "127.0.0.1" and str(port) in ports.split(",")


def host_problem(host: str, port: int | None = None) -> str | None:
    """Why `host` (as a WHATWG URL serialises it) is not on the public web, if it is not."""
    name = host.strip("[]").rstrip(".").lower()
    if trusted(name, port):
        return None
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        pass
    else:
        problem = address_problem(address)
        return f"{host} is {problem}" if problem else None
    if not name:
        return "the URL names no host"
    if _LOCAL_NAMES.search(name):
        return f"{host} is a local or reserved name, not a public host"
    if "." not in name:
        return f"{host} is not a public host name (it has no dot)"
    return None


# What RFC 3986 allows in a URI, outside an IPv6 host's brackets: feeds and their schemas
# (JSON Feed's `format: uri`) accept nothing else.
_URI_CHAR = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def content_url_problem(text: str) -> str | None:
    """Why `text` cannot be a URL that content points readers (or our fetcher) at, if it
    cannot: an absolute http(s) URL, on a public host, without credentials, written as a URI."""
    url = parse(text)
    if url is None or url.scheme not in ("http", "https"):
        return "must be an absolute http:// or https:// URL"
    if url.credentials:
        return (
            "must not carry a user name or password before '@': a browser goes to "
            f"{url.host}, not to what comes before the '@'"
        )
    problem = host_problem(url.host, _port(url))
    if problem is not None:
        return f"must point at the public web: {problem}"
    bracketed = url.ip and url.host.startswith("[")
    for char in text:
        if _URI_CHAR.match(char) or (bracketed and char in "[]"):
            continue
        if not char.isascii() and not authority(text).isascii():
            return (
                f"has the internationalised host {char_host(url)}: write it as browsers send "
                f"it, {as_uri(url.href)}, so that reviewers see any look-alike letters"
            )
        return (
            f"contains {char!r}, which a URL must percent-encode; write it as browsers send "
            f"it: {as_uri(url.href)}"
        )
    if _BAD_PERCENT.search(text):
        return "has a '%' that is not followed by two hexadecimal digits; write '%' as %25"
    return None


def authority(text: str) -> str:
    """The authority of a URL as written (user, host and port), without parsing it."""
    after = text.split("//", 1)[-1]
    return re.split(r"[/?#\\]", after, maxsplit=1)[0]


def _has_idn(host: str) -> bool:
    return any(label.startswith("xn--") for label in host.split("."))


def char_host(url: WebUrl) -> str:
    """The host as a reader sees it (Unicode), for messages."""
    return str(idna_to_unicode(url.host))


def as_uri(href: str) -> str:
    """A serialised URL with whatever RFC 3986 does not allow percent-encoded (UTF-8)."""
    head, sep, rest = href.partition("//")
    authority = re.split(r"(?=[/?#])", rest, maxsplit=1)
    tail = authority[1] if len(authority) > 1 else ""
    encoded = "".join(
        ch if _URI_CHAR.match(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
        for ch in tail
    )
    return f"{head}{sep}{authority[0]}{encoded}"


def _port(url: WebUrl) -> int:
    return int(url.port) if url.port else (443 if url.scheme == "https" else 80)


def idn_host(text: str) -> tuple[str, str] | None:
    """(punycode, Unicode) of the host when it is an internationalised name, else None."""
    url = parse(text)
    if url is None or url.ip or not _has_idn(url.host):
        return None
    return url.host, char_host(url)


# Two bases that differ in host and in their first folder: a reference that keeps both is a
# path relative to the document, whatever it looks like (`\\host`, `/\host`, `/r1/...`).
_BASES = (("a.site.invalid", "/r1/"), ("b.site.invalid", "/r2/"))


def _resolve(value: str, folder: str) -> list[WebUrl | None]:
    return [parse(value, f"https://{host}{root}{folder}") for host, root in _BASES]


def site_path(value: str, folder: str) -> str | None:
    """The path from the site's root that `value`, written in a page whose folder is `folder`
    ('entries/2022/', or '' at the root), leads a browser to; None when it leads elsewhere
    (another host, a path from the domain's root, above the site). Query and fragment dropped;
    percent-escapes decoded."""
    paths = []
    for url, (host, root) in zip(_resolve(value, folder), _BASES, strict=True):
        if url is None or url.host != host or url.credentials or url.port:
            return None
        if not url.path.startswith(root):
            return None
        paths.append(url.path[len(root) :])
    if paths[0] != paths[1]:
        return None
    return unquote(paths[0])


def link_problem(value: str) -> str | None:
    """Why a link (an `href` in a write-up) must not reach a page, if it must not: relative
    links are the site's; others must be http(s), on a public host, without credentials."""
    first, second = _resolve(value, "")
    if first is None or second is None:
        return None  # not a URL a browser follows: the sanitizer's scheme rule decides
    if first.host == _BASES[0][0] and second.host == _BASES[1][0]:
        return None  # relative: a page of this site
    if first.scheme not in ("http", "https"):
        return "links must be http(s) or relative"
    if first.credentials:
        return (
            "a link must not carry a user name or password before '@' (a browser goes to "
            f"{first.host})"
        )
    problem = host_problem(first.host, _port(first))
    if problem is not None:
        return f"links must point at the public web: {problem}"
    if _has_idn(first.host) and first.host.split(":")[0].lower() not in authority(value).lower():
        # Written in Unicode or percent-escapes (`аpple.com`, Cyrillic а): as for a source.
        return (
            f"has the internationalised host {char_host(first)}: write it as browsers send it, "
            f"{as_uri(first.href)}, so that reviewers see any look-alike letters"
        )
    return None
