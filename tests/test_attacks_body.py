"""Issue 10, body attacks: Markdown bodies that the old pattern-based check read differently
from Python-Markdown and the browser.

Every REFUSED body renders (with the site's Markdown configuration) to HTML that runs script
or takes over the theme in a browser; `digest check` and `mkdocs build --strict` must refuse
each one with a `body` error at a line of the body. Every INERT body must be accepted and
built into a page where html5lib finds nothing that could run (see attacklib.page_dangers).

All hostile entries share one content folder, checked once and built once per module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.attacklib import (
    BODY_LINE,
    Run,
    build,
    built_pages,
    check,
    entry_page,
    entry_text,
    page_dangers,
    parse,
    project,
    write,
)

# A tag a browser runs, written so that the `>` inside a quoted value hides the handler from
# patterns that stop at `>`.
IMG = """<img alt=">" src="x" onerror="alert(1)">"""
IMG_SQ = """<img alt='>' src=x onerror=alert(1)>"""

REFUSED: dict[str, str] = {
    # --- a quoted value opened where the browser sees no tag at all ---
    "comment-hides-quote": f'<!-- <a title=" -->\n{IMG}\n<!-- " -->\n',
    "comment-inline": f'Text <!-- <a title=" --> {IMG} <!-- " --> more.\n',
    "cdata-hides-quote": f'<div>\n<![CDATA[ <a title=" ]]>\n{IMG}\n" ]]>\n</div>\n',
    "pi-hides-quote": f'<div>\n<? <a title=" ?>\n{IMG}\n" ?>\n</div>\n',
    "code-span-hides-quote": f'Use `<a title="` then {IMG_SQ} and `"`.\n',
    "title-raw-text": f'<div>\n<title><a title="</title>{IMG_SQ}"></a>\n</div>\n',
    "noscript-raw-text": f'<div>\n<noscript><a title="</noscript>{IMG_SQ}"></a>\n</div>\n',
    "xmp-raw-text": f'<div>\n<xmp><a title="</xmp>{IMG_SQ}"></a>\n</div>\n',
    "noembed-raw-text": f'<div>\n<noembed><a title="</noembed>{IMG_SQ}"></a>\n</div>\n',
    "noframes-raw-text": f'<div>\n<noframes><a title="</noframes>{IMG_SQ}"></a>\n</div>\n',
    "textarea-raw-text": f'<div>\n<textarea><a title="</textarea>{IMG_SQ}"></a>\n</div>\n',
    "iframe-srcdoc": '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>\n',
    "handler-after-slash": "<div>\n<img/src=x/onerror=alert(1)>\n</div>\n",
    "handler-in-svg": (
        '<div>\n<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>\n</div>\n'
    ),
    # --- schemes a browser reads as javascript: ---
    "scheme-mixed-case": '<a href="JaVaScRiPt:alert(1)">x</a>\n',
    "scheme-hex-entity": '<a href="jav&#x61;script:alert(1)">x</a>\n',
    "scheme-decimal-entity": '<a href="&#106;avascript:alert(1)">x</a>\n',
    "scheme-padded-entity": '<a href="&#0000106&#0000097vascript:alert(1)">x</a>\n',
    "scheme-named-entities": '<a href="javascript&colon;alert&lpar;1&rpar;">x</a>\n',
    "scheme-tab-entity": '<a href="java&Tab;script:alert(1)">x</a>\n',
    "scheme-newline-entity": '<a href="java&#10;script:alert(1)">x</a>\n',
    "scheme-leading-controls": '<a href="&#1;&#32;javascript:alert(1)">x</a>\n',
    "scheme-unquoted": "<a href=javascript:alert(1)>x</a>\n",
    "form-action": '<div>\n<form action="javascript:alert(1)"><button>go</button></form>\n</div>\n',
    "button-formaction": '<button formaction="javascript:alert(1)">go</button>\n',
    # --- attr_list ---
    "attrs-brace-in-value": 'A paragraph.\n{: title="}" onclick="alert(1)" }\n',
    "attrs-no-space": 'A paragraph.\n{: title="x"onclick="alert(1)" }\n',
    "attrs-no-space-single": "A paragraph.\n{: title='x'onmouseover='alert(1)' }\n",
    "attrs-onclick-plain": "A paragraph.\n{onclick=alert(1)}\n",
    "attrs-heading": '## A heading {: title="}" onclick="alert(1)" }\n',
    "attrs-link-href": '[x](https://example.org/){: href="javascript:alert(1)" }\n',
    "attrs-link-brace": '[x](https://example.org/){: title="}" href="javascript:alert(1)" }\n',
    "attrs-paragraph-href": 'A paragraph.\n{: href="javascript:alert(1)" }\n',
    "attrs-style": (
        'A paragraph.\n{: style="position:fixed;inset:0;background:url(https://e.example/x)" }\n'
    ),
    "attrs-id-config": "A paragraph.\n{: id=__config }\n",
    "attrs-hash-config": "A paragraph.\n{: #__config }\n",
    "attrs-class-md": "A paragraph.\n{: .md-header }\n",
    "attrs-srcdoc": '![x](https://example.org/a.png){: srcdoc="x" onload="alert(1)" }\n',
    # --- link destinations ---
    "link-angle-space": "[x](< javascript:alert(1)>)\n",
    "link-angle-nbsp": "[x](<\u00a0javascript:alert(1)>)\n",
    "link-angle-ideographic": "[x](<\u3000javascript:alert(1)>)\n",
    "link-nbsp": "[x](\u00a0javascript:alert(1))\n",
    "link-data": "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n",
    "link-vbscript": "[x](vbscript:msgbox(1))\n",
    "link-newline-in-scheme": "[x](<java\nscript:alert(1)>)\n",
    "reference-javascript": "[x][r]\n\n[r]: javascript:alert(1)\n",
    "reference-angle": "[x][r]\n\n[r]: <javascript:alert(1)>\n",
    "reference-entity": "[x][]\n\n[x]: java&#x73;cript:alert(1)\n",
    "link-hex-entity": "[x](jav&#x61;script:alert(1))\n",
    "link-named-colon": "[x](javascript&colon;alert(1))\n",
    "link-upper-case": "[x](JAVASCRIPT:alert(1))\n",
    "autolink-javascript": "<javascript:alert(1)>\n",
    "image-javascript": "![x](javascript:alert(1))\n",
    "image-data": "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)\n",
    "image-angle-space": "![x](< javascript:alert(1)>)\n",
    # --- DOM clobbering of the theme ---
    "clobber-id-config": '<div id="__config">{"base": "https://e.example/"}</div>\n',
    "clobber-name-config": '<img name="__config" src="https://example.org/a.png">\n',
    "clobber-id-search": '<div>\n<span id="__search"></span>\n</div>\n',
    "clobber-id-drawer": '<div>\n<input id="__drawer" type="checkbox">\n</div>\n',
    "clobber-class-md": '<div class="md-search">x</div>\n',
    "clobber-anchor-name": '<a name="__search" href="https://example.org/">x</a>\n',
    "clobber-md-in-html": '<div id="md-header" markdown="1">\nText\n</div>\n',
    # --- links the site does not publish (SPEC: only http(s) links from content) ---
    "mailto-link": "Write to [us](mailto:editors@example.org).\n",
}

# Bodies that must be accepted and rendered inertly: (body, text the page must show).
INERT: dict[str, tuple[str, str]] = {
    "escaped-script": ("&lt;script&gt;alert(1)&lt;/script&gt;\n", "<script>alert(1)</script>"),
    "code-span-script": ("Never write `<script>alert(1)</script>` here.\n", "alert(1)"),
    "fenced-handler": ("```\n<img src=x onerror=alert(1)>\n```\n", "onerror=alert(1)"),
    "plain-link": ("See [the article](https://example.org/a?b=1&c=2).\n", "the article"),
    "heading": ("## Why it matters\n\nBecause.\n", "Why it matters"),
    "prose-scheme": ("The javascript: scheme and data: URLs are refused.\n", "javascript: scheme"),
    "lt-gt-text": ("5 < 6 && 7 > 3, and a <not a tag.\n", "5 < 6 && 7 > 3"),
    "plain-div": ('<div markdown="1">\n**Bold** text.\n</div>\n', "Bold"),
    # Python-Markdown expands a tab to spaces, and a scheme cannot hold a space: a browser
    # reads these as relative links (or text), which run nothing.
    "scheme-tab-raw": ('<a href="java\tscript:alert(1)">tabbed</a>\n', "tabbed"),
    "link-tab-in-scheme": ("[tabbed](<java\tscript:alert(1)>)\n", "tabbed"),
    "reference-nbsp": ("[x][r]\n\n[r]:\u00a0\u00a0javascript:alert(1)\n", "javascript:alert(1)"),
}


def slug(case: str) -> str:
    return f"x-{case}"


def rel(case: str) -> str:
    return f"content/entries/2022/{slug(case)}.md"


@dataclass
class Outcome:
    root: Path
    check: Run
    build: Run


def _make(tmp: Path, bodies: dict[str, str], *, build_accepted_only: bool = False) -> Outcome:
    """Check all bodies at once, then build them (or only those the check accepted, so that
    one refused case does not keep the others' pages from being built)."""
    content = project(tmp)
    for case, body in bodies.items():
        write(content, f"entries/2022/{slug(case)}.md", entry_text(body, slug=slug(case)))
    checked = check(tmp)
    if build_accepted_only:
        for case in bodies:
            if checked.errors_for(rel(case)):
                (content / "entries" / "2022" / f"{slug(case)}.md").unlink()
    return Outcome(tmp, checked, build(tmp))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Outcome:
    return _make(tmp_path_factory.mktemp("hostile-bodies"), REFUSED)


@pytest.fixture(scope="module")
def inert(tmp_path_factory) -> Outcome:
    bodies = {case: body for case, (body, _) in INERT.items()}
    return _make(tmp_path_factory.mktemp("inert-bodies"), bodies, build_accepted_only=True)


def _body_errors(run: Run, case: str) -> list:
    last = BODY_LINE + REFUSED[case].count("\n")
    errors = run.errors_for(rel(case))
    body = [p for p in errors if p.field == "body"]
    assert body, f"no body error for {rel(case)}; problems for it: {errors}"
    assert any(BODY_LINE <= p.line <= last for p in body), body
    return body


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_check_refuses_body(hostile, case):
    assert hostile.check.result.returncode == 1
    _body_errors(hostile.check, case)


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_build_refuses_body(hostile, case):
    assert hostile.build.result.returncode != 0
    _body_errors(hostile.build, case)


def test_hostile_bodies_never_traceback_and_build_writes_nothing_hostile(hostile):
    hostile.check.no_traceback()
    hostile.build.no_traceback()
    unsafe = {
        str(page.relative_to(hostile.root)): page_dangers(page.read_text(encoding="utf-8"))
        for page in built_pages(hostile.root / "site")
    }
    assert {page: found for page, found in unsafe.items() if found} == {}


@pytest.mark.parametrize("case", sorted(INERT))
def test_inert_body_is_accepted_and_built_safely(inert, case):
    assert inert.check.errors_for(rel(case)) == []
    assert inert.build.result.returncode == 0, inert.build.output[-3000:]
    page = entry_page(inert.root / "site", "2022", slug(case))
    html = page.read_text(encoding="utf-8")
    assert page_dangers(html) == []
    text = "".join(parse(html).itertext())
    assert INERT[case][1] in text


def test_config_is_the_theme_script_on_every_inert_page(inert):
    for page in built_pages(inert.root / "site"):
        configs = [
            el
            for el in parse(page.read_text(encoding="utf-8")).iter()
            if el.get("id") == "__config"
        ]
        assert [el.tag for el in configs] == ["script"], page


def test_headings_named_like_theme_ids_are_refused_or_renamed(tmp_path):
    """The toc extension derives ids from heading text: `## __config` must not become
    `id="__config"`. Either the entry is refused at the heading, or the page is safe."""
    body = "Intro.\n\n## __config\n\nA.\n\n## md-header\n\nB.\n\n## __search\n\nC.\n"
    content = project(tmp_path)
    write(content, "entries/2022/headings.md", entry_text(body, slug="headings"))
    checked = check(tmp_path)
    checked.no_traceback()
    errors = checked.errors_for("content/entries/2022/headings.md")
    if errors:
        assert checked.result.returncode == 1
        assert {p.field for p in errors} == {"body"}
        assert all(BODY_LINE <= p.line <= BODY_LINE + body.count("\n") for p in errors)
        built = build(tmp_path)
        assert built.result.returncode != 0
        return
    built = build(tmp_path)
    assert built.result.returncode == 0, built.output[-3000:]
    html = entry_page(tmp_path / "site", "2022", "headings").read_text(encoding="utf-8")
    assert page_dangers(html) == []
