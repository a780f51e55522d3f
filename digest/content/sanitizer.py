"""The allow-list for HTML from content, applied by nh3 (the Rust `ammonia` sanitizer).

Safety is decided on the HTML a reader's browser gets, parsed by an HTML5 parser (html5ever),
never by patterns over Markdown: whatever a write-up's Markdown becomes, only these tags,
attributes and URL schemes reach the page. `differences` tells an editor what the allow-list
would remove, so validation can refuse the entry instead of publishing a silently changed one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

import nh3

from digest.model.weburl import link_problem, site_path

TAGS = frozenset(
    "a abbr b blockquote br caption cite code dd del details div dl dt em figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub summary "
    "sup table tbody td tfoot th thead tr u ul".split()
)
ATTRIBUTES = {
    "*": {"id", "class", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "style"},
}
URL_SCHEMES = frozenset({"http", "https"})
# Table cells may be aligned (the tables extension writes `style="text-align: ..."`); nothing else.
STYLE_PROPERTIES = frozenset({"text-align"})
# Names the theme (Material for MkDocs) and the digest's own pages rely on: an element of the
# write-up with one of these ids or classes could take over the theme's configuration (DOM
# clobbering) or pass for part of the page's interface.
RESERVED_PREFIXES = ("__", "md-", "md_", "digest-", "digest_", "pagefind")
# An id is a name the page links to (`#id`) and the theme copies into its table of contents:
# letters, digits and `-_.:` only, so it reads the same in every place it is printed.
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
# Images are judged as relative to a page this deep: rendering then resolves each from its own
# page and requires a file under images/.
_DEEP = "d/" * 32

# Every element and scheme a browser knows, for the pass that keeps everything: the two passes
# share one parser and one serializer, so any difference between them is what the allow-list
# removed.
_ALL_TAGS = TAGS | frozenset(
    "address applet area article aside audio base basefont bdi bdo bgsound big blink body "
    "button canvas center col colgroup data datalist dfn dialog dir embed fieldset font "
    "footer form frame frameset head header hgroup html iframe image input isindex keygen "
    "label legend link listing main map marquee math menu menuitem meta meter nav nobr "
    "noembed noframes noscript object optgroup option output param picture plaintext portal "
    "progress rb rp rt rtc ruby samp script search section select slot source style svg "
    "template textarea time title track tt var video wbr xmp".split()
)
_ALL_SCHEMES = URL_SCHEMES | frozenset(
    "about blob chrome data facetime file ftp ftps geo im irc ircs javascript jar livescript "
    "magnet mailto mhtml ms-its mocha news nntp sftp sip sips skype sms ssh tel telnet "
    "vbscript view-source webcal ws wss xmpp".split()
)


def reserved_name(value: str) -> bool:
    return value.strip().lower().startswith(RESERVED_PREFIXES)


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "id":
        return None if reserved_name(value) or not _ID.fullmatch(value) else value
    if attribute == "class":
        kept = [name for name in value.split() if not reserved_name(name)]
        return " ".join(kept) if kept else None
    if tag == "img" and attribute == "src" and site_path(value, _DEEP) is None:
        return None  # images are the site's own files, as a browser resolves them (`\\host`)
    if tag == "a" and attribute == "href" and link_problem(value) is not None:
        return None  # links go to public http(s) hosts, without credentials
    if attribute == "style":
        # Only `text-align` (table cells): any other property refuses the whole attribute, so
        # the editor is told instead of the style being trimmed silently.
        names = {part.split(":", 1)[0].strip().lower() for part in value.split(";") if part.strip()}
        return value if names <= STYLE_PROPERTIES else None
    if attribute in ("width", "height", "colspan", "rowspan", "start"):
        return value if re.fullmatch(r"[0-9]{1,4}", value.strip()) else None
    return value


@cache
def _strict() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(TAGS),
        clean_content_tags={"script", "style"},
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        attribute_filter=_filter,
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        link_rel=None,
        strip_comments=True,
    )


@cache
def _everything() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(_ALL_TAGS),
        clean_content_tags=set(),
        attributes={},
        generic_attribute_prefixes={""},
        url_schemes=set(_ALL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        link_rel=None,
        strip_comments=True,
    )


def sanitize(html: str) -> str:
    """The HTML as served: allowed tags, attributes and URL schemes only."""
    return _strict().clean(html)


@dataclass(frozen=True)
class Removal:
    """One thing the allow-list takes out: what an editor is told, and a word to find it by."""

    message: str
    # Searched for in the source, in turn, to point at a line: a pattern of how the thing is
    # written first where one is known, then words that occur in it.
    needles: tuple[str | re.Pattern[str], ...]


def written(tag: str, name: str, value: str | None = None) -> re.Pattern[str]:
    """Where `<tag ... name=value` is written in a write-up's source (or, for a link or an
    image, its Markdown form `](value` or `[label]: value`), so that a problem points at its
    own line and not at the first place its value occurs. Bounded: no quadratic search."""
    head = rf"<{tag}\b[^>]{{0,500}}?\b(?P<at>{re.escape(name)}\s*=\s*"  # `at`: the attribute
    if value is None:
        return re.compile(head + ")", re.IGNORECASE)
    shown = re.escape(value.strip()[:40])
    forms = [rf"{head}[\"']?\s*{shown})"]
    if (tag, name) in (("a", "href"), ("img", "src")):
        forms += [rf"\]\(\s*<?{shown}", rf"^[ ]{{0,3}}\[[^\]\n]{{1,999}}\]:[ \t]*<?{shown}"]
    return re.compile("|".join(forms), re.IGNORECASE | re.MULTILINE)


def differences(html: str, clean: str | None = None) -> list[Removal]:
    """What `sanitize` removes from `html` that a browser would otherwise have rendered."""
    clean = sanitize(html) if clean is None else clean
    kept = _everything().clean(html)
    # Elements no browser knows are dropped by both passes (their text stays): name them too.
    unknown = sorted(set(_Elements.read(html).tags) - _ALL_TAGS) if "<" in html else []
    removals: list[Removal] = [
        Removal(f"<{tag}> is not an HTML element; escape it as &lt;{tag}&gt;", (f"<{tag}", tag))
        for tag in unknown[:5]
    ]
    if kept == clean:
        return removals
    before, after = _Elements.read(kept), _Elements.read(clean)
    for tag, count in (before.tags - after.tags).items():
        what = f"<{tag}>" + (f" ({count} times)" if count > 1 else "")
        removals.append(Removal(f"{what} is not allowed in a write-up", (f"<{tag}", tag)))
    for (tag, name, value), count in (before.attributes - after.attributes).items():
        if tag not in after.tags:
            continue  # the whole element went; already said
        removal = _attribute_removal(tag, name, value)
        if count > 1:  # said once, at the first place it is written
            removal = Removal(f"{removal.message} ({count} times)", removal.needles)
        removals.append(removal)
    if not removals:
        removals.append(Removal("contains markup that is not allowed in a write-up", ("<",)))
    return removals


def _attribute_removal(tag: str, name: str, value: str) -> Removal:
    shown = value if len(value) <= 40 else value[:39] + "…"
    if name.startswith("on"):
        message = f"event handler {name}= on <{tag}> is not allowed"
        return Removal(message, (written(tag, name), name))
    if name in ("id", "class") and any(reserved_name(v) for v in value.split() or [""]):
        reserved = next((v for v in value.split() if reserved_name(v)), value)
        return Removal(
            f"{name} {reserved!r} on <{tag}> is reserved for the theme (names starting with "
            f"{', '.join(RESERVED_PREFIXES)} are not allowed)",
            (reserved, name),
        )
    if name == "id" and not _ID.fullmatch(value):
        return Removal(
            f"id {shown!r} on <{tag}> may hold only letters, digits and - _ . :",
            (written(tag, name, value), value.strip()[:20], name),  # `{: id=...}` too
        )
    if name in ("href", "src", "action", "formaction", "cite", "poster", "background"):
        # The value as written may hide behind entities: its scheme's last letters, then the
        # attribute, find the line.
        needles = (
            written(tag, name, value),
            value.strip()[:20],
            value.split(":", 1)[0][-5:] + ":",
            name,
            "](",
        )
        if tag == "img" and name == "src":
            message = f"image {shown!r} is not a file of the site: images go in content/images/"
            return Removal(message, needles)
        reason = link_problem(value) if tag == "a" else None
        message = (
            f"{name}={shown!r} on <{tag}> is not allowed: "
            f"{reason or 'links must be http(s) or relative'}"
        )
        return Removal(message, needles)
    if name == "style":
        message = f"style on <{tag}> is not allowed (only text-align, on table cells)"
        return Removal(message, (written(tag, name), name))
    if name in ("width", "height", "colspan", "rowspan", "start"):
        return Removal(
            f"{name}={shown!r} on <{tag}> must be a number up to 9999", (written(tag, name), name)
        )
    return Removal(f"attribute {name}= on <{tag}> is not allowed", (written(tag, name), name))


class _Elements(HTMLParser):
    """Tags and attributes of HTML that nh3 wrote (well-formed, so html.parser reads it as a
    browser does)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attributes: Counter[tuple[str, str, str]] = Counter()

    @classmethod
    def read(cls, html: str) -> _Elements:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        for name, value in attrs:
            self.attributes[(tag, name, value or "")] += 1
