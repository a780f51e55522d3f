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
from typing import Self

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
# Classes a write-up may carry: those the site's Markdown extensions write (an admonition, its
# title and its type; a heading's permalink). The theme gives many other names a meaning of its
# own: `mermaid` loads a diagram library from a CDN, `annotate` folds a list into tooltips,
# `highlight` hides links inside code, `tabbed-block` hides its text. An allow-list, as for tags.
ADMONITION_TYPES = frozenset(
    "note abstract summary tldr info todo tip hint important success check done question help "
    "faq warning caution attention failure fail missing danger error bug example quote cite".split()
)
CLASSES = ADMONITION_TYPES | {"admonition", "admonition-title", "headerlink"}
# Prefixes of classes an extension writes with a word of the editor's: a fenced code block's
# language (`language-python`). Material gives none of them a meaning.
CLASS_PREFIXES = ("language-",)
_LANGUAGE = re.compile(r"language-[A-Za-z0-9_+#.-]{1,40}")
# Classes the theme's stylesheet hides (`display: none`, `opacity: 0`, `font-size: 0`) without a
# reserved prefix: text in them would be indexed and read aloud, yet not seen. Markdown
# extensions put some on a link of a character or two (a heading's permalink `¶`, a footnote's
# way back `↩`): only there are they allowed. `tests/test_hostile_round7.py` derives the set from
# Material's installed stylesheet and fails when it grows.
HIDDEN_BY_THEME = frozenset({"footnote-backref", "giscus", "headerlink", "tabbed-block"})
# An id is a name the page links to (`#id`) and the theme copies into its table of contents:
# letters, digits and `-_.:` only, so it reads the same in every place it is printed.
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
# Images are judged as relative to a page this deep: rendering then resolves each from its own
# page and requires a file under images/.
_DEEP = "d/" * 32

# Every element a browser knows: any other is named as not HTML (the editor meant the text).
_ALL_TAGS = TAGS | frozenset(
    "address applet area article aside audio base basefont bdi bdo bgsound big blink body "
    "button canvas center col colgroup data datalist dfn dialog dir embed fieldset font "
    "footer form frame frameset head header hgroup html iframe image input isindex keygen "
    "label legend link listing main map marquee math menu menuitem meta meter nav nobr "
    "noembed noframes noscript object optgroup option output param picture plaintext portal "
    "progress rb rp rt rtc ruby samp script search section select slot source style svg "
    "template textarea time title track tt var video wbr xmp".split()
)


def reserved_name(value: str) -> bool:
    return value.strip().lower().startswith(RESERVED_PREFIXES)


def allowed_class(name: str, classes: frozenset[str]) -> bool:
    return name in classes or (name.startswith(CLASS_PREFIXES) and bool(_LANGUAGE.fullmatch(name)))


def _filter(tag: str, attribute: str, value: str, classes: frozenset[str] = CLASSES) -> str | None:
    if attribute == "id":
        return None if reserved_name(value) or not _ID.fullmatch(value) else value
    if attribute == "class":
        kept = [name for name in value.split() if allowed_class(name, classes)]
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
def _strict(classes: frozenset[str]) -> nh3.Cleaner:
    def judged(tag: str, attribute: str, value: str) -> str | None:
        return _filter(tag, attribute, value, classes)

    return nh3.Cleaner(
        tags=set(TAGS),
        clean_content_tags={"script", "style"},
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        attribute_filter=judged,
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        link_rel=None,
        strip_comments=True,
    )


def sanitize(html: str, classes: frozenset[str] = CLASSES) -> str:
    """The HTML as served: allowed tags, attributes, classes (`classes`: those the site's
    Markdown extensions write) and URL schemes only."""
    return _strict(classes).clean(html)


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


def differences(
    html: str, clean: str | None = None, classes: frozenset[str] = CLASSES
) -> list[Removal]:
    """What `sanitize` removes or changes in `html` (the rendered write-up, as the editor wrote
    it) that a browser would otherwise have rendered: the two are parsed and compared, element
    by element, attribute value by attribute value (a style declaration by declaration), and
    the markup nodes a browser keeps out of the page but the editor typed (`<![CDATA[`, `<?`,
    `<!DOCTYPE`, `<!x>`) are named too. Whatever the reason the allow-list changes something
    (a URL it cannot parse, a style it rewrites), the change is reported."""
    clean = sanitize(html, classes) if clean is None else clean
    before = _Elements.read(html)
    removals: list[Removal] = [
        Removal(f"<{tag}> is not an HTML element; escape it as &lt;{tag}&gt;", (f"<{tag}", tag))
        for tag in sorted(set(before.tags) - _ALL_TAGS)[:5]
    ]
    removals += [
        Removal(
            f"{what} is not shown by browsers and not allowed in a write-up: {instead}", needles
        )
        for what, instead, needles in before.nodes
    ][:5]
    after = _Served.read(clean)
    for tag, count in (before.tags - after.tags).items():
        if tag not in _ALL_TAGS:
            continue  # already said
        what = f"<{tag}>" + (f" ({count} times)" if count > 1 else "")
        if tag in TAGS:  # allowed, yet dropped: the parser found it where HTML has no place
            message = f"{what} is dropped where it is written (e.g. a table cell outside a table)"
        else:
            message = f"{what} is not allowed in a write-up"
        removals.append(Removal(message, (f"<{tag}", tag)))
    for (tag, name, value), count in (before.attributes - after.attributes).items():
        if tag not in after.tags or tag not in TAGS:
            continue  # the whole element went; already said
        removal = _attribute_removal(tag, name, value, classes)
        if count > 1:  # said once, at the first place it is written
            removal = Removal(f"{removal.message} ({count} times)", removal.needles)
        removals.append(removal)
    removals += after.removals
    return removals


def _attribute_removal(
    tag: str, name: str, value: str, classes: frozenset[str] = CLASSES
) -> Removal:
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
    if name == "class":
        other = next((v for v in value.split() if not allowed_class(v, classes)), value)
        return Removal(
            f"class {other!r} on <{tag}> is not one a write-up may use (the theme gives class "
            "names meanings of their own); an admonition's type may be note, tip, warning, "
            "danger, example or another of the theme's",
            (re.compile(rf"(?<![\w-]){re.escape(other)}(?![\w-])"), "class"),
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
        if reason is None and tag == "a" and name == "href" and _web(value):
            reason = (
                "it is not an address a browser can follow (the link would be published "
                "without it); write the host without spaces, tabs, %-escapes or brackets, "
                "and %-encode spaces in the path (%20)"
            )
        message = (
            f"{name}={shown!r} on <{tag}> is not allowed: "
            f"{reason or 'links must be http(s) or relative'}"
        )
        return Removal(message, needles)
    if name == "style":
        names = {part.split(":", 1)[0].strip() for part in value.split(";") if part.strip()}
        if tag in ("td", "th") and names <= STYLE_PROPERTIES:  # allowed, but rewritten
            message = (
                f"style {shown!r} on <{tag}> would be published changed: write "
                "text-align: left, center, right or justify, and nothing more"
            )
        else:
            message = f"style on <{tag}> is not allowed (only text-align, on table cells)"
        return Removal(message, (written(tag, name, value), written(tag, name), name))
    if name in ("width", "height", "colspan", "rowspan", "start"):
        return Removal(
            f"{name}={shown!r} on <{tag}> must be a number up to 9999", (written(tag, name), name)
        )
    return Removal(f"attribute {name}= on <{tag}> is not allowed", (written(tag, name), name))


def _web(value: str) -> bool:
    """A value that starts as an http(s) URL does (after the spaces a browser skips)."""
    head = value.strip().lower()
    return head.startswith(("http:", "https:", "//"))


class FragmentParser(HTMLParser):
    """A parser that reads one whole fragment: `Parser.read(html)`."""

    @classmethod
    def read(cls, html: str) -> Self:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser


class _Elements(FragmentParser):
    """Tags, attributes and the markup nodes a browser hides of HTML: what the editor's
    Markdown rendered to, and what nh3 wrote (well-formed, so html.parser reads it as a browser
    does)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attributes: Counter[tuple[str, str, str]] = Counter()
        # (what, what to write instead, needles): nodes the sanitizer drops with their words
        self.nodes: list[tuple[str, str, tuple[str | re.Pattern[str], ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        for name, value in attrs:
            value = value or ""
            if name == "style":
                value = _declarations(value)
            self.attributes[(tag, name, value)] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def unknown_decl(self, data: str) -> None:
        if data.upper().startswith("CDATA["):
            self._node("<![CDATA[", "write its words as text (escape < as &lt;)", "<![")
        else:
            self._node("<![...]>", "write its words as text (escape < as &lt;)", "<![")

    def handle_decl(self, decl: str) -> None:
        self._node("<!DOCTYPE>" if decl[:7].upper() == "DOCTYPE" else "<!...>", "remove it", "<!")

    def handle_pi(self, data: str) -> None:
        self._node("<?...?>", "write its words as text (escape < as &lt;)", "<?")

    def parse_bogus_comment(self, i: int, report: bool = True) -> int:
        # `<!x>` or `</ x>`: a browser reads a comment, the sanitizer drops it; an HTML comment
        # `<!-- ... -->` (a note to other editors) is not this.
        if report:
            self._node(
                self.rawdata[i : i + 2] + "...>", "escape < as &lt;", self.rawdata[i : i + 3]
            )
        return super().parse_bogus_comment(i, report)

    def _node(self, what: str, instead: str, needle: str) -> None:
        if len(self.nodes) < 5:
            self.nodes.append((what, instead, (needle,)))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements the browser draws smaller: two nested are a footnote's exponent; more, unreadable.
_SHRINKING = frozenset({"small", "sub", "sup"})
_SHRUNK = 2


class _Served(_Elements):
    """The sanitized HTML's elements, as `_Elements` reads them, and in the same pass what the
    reader would not see: elements with a class the theme hides (HIDDEN_BY_THEME) other than
    the one link within the page, of at most two characters, that an extension puts in a
    heading (`¶`), and text shrunk by nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.removals: list[Removal] = []
        self._open: list[tuple[str, str, bool]] = []  # (tag, hidden class, a short link)
        self._text: list[str] = []
        self._said: set[str] = set()
        self._linked: set[int] = set()  # headings (by depth) that have their permalink

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        super().handle_starttag(tag, attrs)
        values = dict(attrs)
        if tag in _SHRINKING and sum(t in _SHRINKING for t, _, _ in self._open) == _SHRUNK:
            self._refuse_once(
                "shrinking",
                f"<{tag}> inside {_SHRUNK} other <small>, <sub> or <sup>: each makes the text "
                "smaller, and nested they shrink it out of sight; keep at most two",
                (f"<{tag}", tag),
            )
        hidden = next((c for c in (values.get("class") or "").split() if c in HIDDEN_BY_THEME), "")
        if self._open and self._open[-1][1]:
            self._refuse(*self._open[-1][:2])  # a link of a character holds no element
            self._open[-1] = (self._open[-1][0], "", False)
        in_heading = bool(self._open) and self._open[-1][0] in _HEADINGS
        link = tag == "a" and (values.get("href") or "").startswith("#") and in_heading
        if hidden and link and len(self._open) in self._linked:
            link = False  # one permalink a heading
        if hidden and link:
            self._linked.add(len(self._open))
        if hidden and not link:
            self._refuse(tag, hidden)
            hidden = ""
        self._open.append((tag, hidden, link))
        self._text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            self._linked.discard(len(self._open))
            opened, hidden, _ = self._open.pop()
            if hidden and len("".join(self._text).strip()) > 2:
                self._refuse(opened, hidden)
            if opened == tag:
                break

    def _refuse_once(
        self, what: str, message: str, needles: tuple[str | re.Pattern[str], ...]
    ) -> None:
        if what not in self._said:
            self._said.add(what)
            self.removals.append(Removal(message, needles))

    def _refuse(self, tag: str, hidden: str) -> None:
        if hidden in self._said:
            return
        self._said.add(hidden)
        self.removals.append(
            Removal(
                f"class {hidden!r} on <{tag}> is one the theme hides: a reader would not see its "
                "text, which search would still find; remove the class",
                (re.compile(rf"(?<![\w-]){re.escape(hidden)}(?![\w-])"), hidden),
            )
        )


def _declarations(style: str) -> str:
    """A style attribute's declarations, each `name: value` with its spaces as one, so that a
    value written with other spacing compares equal and any other change does not."""
    parts = (part.split(":", 1) for part in style.split(";") if part.strip())
    return "; ".join(
        f"{p[0].strip().lower()}: {' '.join(p[1].split())}"
        if len(p) == 2
        else " ".join(p[0].split())
        for p in parts
    )
