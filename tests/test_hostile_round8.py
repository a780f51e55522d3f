"""Hostile round 8: what an eighth hostile contributor got past round 7's guards, each now
refused at its line. Real `digest check` runs on a copy of the project; expected lines by hand."""

from __future__ import annotations

from tests.attacklib import BODY_LINE, build, check, entry_text, project, write

BODY = """Seen.

<span class="highlight"><code><a id="h1" href="https://example.com/">hidden</a></code></span>

<pre class="mermaid">graph LR
  A --> B</pre>

<p><a href="#p" class="headerlink">hi</a><a href="#p" class="headerlink">dd</a></p>

Words
{: .annotate }

Tiny <small><small><small>words out of sight</small></small></small>.

Fine: x<sup>2</sup>, <sub><sup>n</sup></sub> and a note.
{: .note }

## A heading keeps its permalink

!!! warning "An admonition"
    Its text.

```python
print("a fenced block keeps its language's class")
```
"""


def test_theme_classes_and_shrunk_text_are_refused_at_their_lines(tmp_path):
    """F1 `highlight` (the theme hides links in code), F2 `mermaid` (the theme loads a diagram
    library from a CDN), `annotate`; F3 the permalink's class on links in a paragraph; F4 text
    in three nested <small>. A write-up may carry no class but an admonition's and a heading's
    permalink's."""
    content = project(tmp_path)
    write(content, "entries/2022/hidden.md", entry_text(BODY, slug="hidden"))
    checked = check(tmp_path)
    checked.no_traceback()
    path = "content/entries/2022/hidden.md"
    said = sorted((p.line - BODY_LINE, p.message[:48]) for p in checked.errors_for(path))
    assert said == [
        (2, "class 'highlight' on <span> is not one a write-u"),
        (4, "class 'mermaid' on <pre> is not one a write-up m"),
        (7, "class 'headerlink' on <a> is one the theme hides"),
        (10, "class 'annotate' on <p> is not one a write-up ma"),
        (12, "<small> inside 2 other <small>, <sub> or <sup>: "),
    ], checked.output
    assert len(checked.problems) == 5


def _quoted(slug: str, speaker: str) -> str:
    return entry_text("The body.\n", slug=slug).replace("Ada Example", speaker)


def test_a_name_typed_to_land_on_anothers_page_is_refused_at_both_lines(tmp_path):
    """F10: `Wei bff084` made the slug of `李 Wei` (its Latin part and a hash of the name), and
    its invented quote was published on his page, under his name. Names written two ways
    (accents, case, an apostrophe) are still one person."""
    content = project(tmp_path)
    write(content, "entries/2022/li.md", _quoted("li", "李 Wei"))
    write(content, "entries/2022/fake.md", _quoted("fake", "Wei bff084"))
    write(content, "entries/2022/jose-a.md", _quoted("jose-a", "José Pérez-O’Brien"))
    write(content, "entries/2022/jose-b.md", _quoted("jose-b", "Jose Perez-OBrien"))
    checked = check(tmp_path)
    checked.no_traceback()
    line = BODY_LINE - 2  # the speaker's line, the last of the front matter
    said = sorted((p.path, p.line, p.message) for p in checked.problems)
    assert said == [
        (
            "content/entries/2022/fake.md",
            line,
            "'Wei bff084' and '李 Wei' (content/entries/2022/li.md) would share the page "
            "people/wei-bff084/, which is one person's: write one person's name as they are "
            "written elsewhere, or the name in full",
        ),
        (
            "content/entries/2022/li.md",
            line,
            "'李 Wei' and 'Wei bff084' (content/entries/2022/fake.md) would share the page "
            "people/wei-bff084/, which is one person's: write one person's name as they are "
            "written elsewhere, or the name in full",
        ),
    ], checked.output


def test_a_site_folder_whose_name_is_not_utf8_builds(tmp_path):
    """F9: the build's lock named its file after the site folder's UTF-8 bytes: a folder name
    with a byte that is not UTF-8 (`site_dir: "site\\udcff"`) stopped the build with a
    traceback."""
    project(tmp_path)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + '\nsite_dir: "site\\udcff"\n', encoding="utf-8"
    )
    built = build(tmp_path, site="site\udcff", env={"DIGEST_CACHE": "0"})
    built.no_traceback()
    assert built.result.returncode == 0, built.output[-2000:]


def test_no_spelling_of_a_schema_comment_names_another_schema(tmp_path):
    """F8: the check knew one spelling of the comment, at the start of a line, in front
    matter: editors' tooling also reads it after `#` and any Unicode space, as `# $schema:`, at
    the end of a value's line, and in topics.yml and organizations.yml."""
    content = project(tmp_path)
    remote = "$schema=https://evil.example/s.json"
    spellings = {
        "nbsp": f"#\u00a0yaml-language-server: {remote}\n",
        "em-space": f"# yaml-language-server\u2003: {remote}\n",
        "bom": f"#\ufeffyaml-language-server: {remote}\n",
        "jetbrains": "# $schema: https://evil.example/s.json\n",
        "trailing": f"draft: false # yaml-language-server: {remote}\n",
    }
    for slug, line in spellings.items():
        text = entry_text("The body.\n", slug=slug).replace("---\n", "---\n" + line, 1)
        write(content, f"entries/2022/{slug}.md", text)
    topics = content / "topics.yml"
    topics.write_text(f"# yaml-language-server: {remote}\n" + topics.read_text("utf-8"), "utf-8")
    checked = check(tmp_path)
    checked.no_traceback()
    said = sorted((p.path, p.line, p.field) for p in checked.problems)
    assert said == sorted(
        [(f"content/entries/2022/{slug}.md", 2, "front matter") for slug in spellings]
        + [("content/topics.yml", 1, "comment")]
    ), checked.output


def test_an_address_in_a_links_text_is_read_as_a_reader_reads_it(tmp_path):
    """F7: the check knew only an ASCII `.` and text that is nothing but the address: an
    ideographic or full-width full stop (which browsers read as a dot in a host) or an address
    among other words led elsewhere without a word."""
    content = project(tmp_path)
    texts = ["openai\u3002com/login", "openai\uff0ecom/login", "see https://openai.com/login now"]
    body = "\n\n".join(f"[{text}](https://evil.example/login)" for text in texts) + "\n"
    write(content, "entries/2022/dots.md", entry_text(body, slug="dots"))
    checked = check(tmp_path)
    checked.no_traceback()
    warned = [(p.line - BODY_LINE, p.message) for p in checked.problems]
    assert warned == [
        (
            2 * number,
            f"the link's text {text!r} names an address on openai.com, but the link leads to "
            "evil.example: write the address the link goes to, or words",
        )
        for number, text in enumerate(texts)
    ], checked.output


def test_a_link_written_in_html_to_a_draft_is_refused_as_a_markdown_one_is(tmp_path):
    """F5: links to a page were judged only in Markdown's form: `<a href="../draft/">` and
    `<a href="/entries/2022/draft/">` published a draft's URL (its slug given away)."""
    content = project(tmp_path)
    draft = entry_text("Not yet.\n", slug="draft").replace("date:", "draft: true\ndate:", 1)
    write(content, "entries/2022/draft.md", draft)
    write(content, "entries/2022/public.md", entry_text("Out.\n", slug="public"))
    body = (
        '<a href="../draft/">one</a>\n\n'
        'Two: <a href="/entries/2022/draft/index.html">two</a>\n\n'
        '<p><a href="../public/">fine</a> and <a href="../../../topics/open-source/">fine</a></p>\n'
    )
    write(content, "entries/2022/links.md", entry_text(body, slug="links"))
    checked = check(tmp_path)
    checked.no_traceback()
    path = "content/entries/2022/links.md"
    said = [(p.line - BODY_LINE, p.message) for p in checked.errors_for(path)]
    assert said == [
        (0, "links to '/entries/2022/draft/', which is not a published page of the site"),
        (2, "links to '/entries/2022/draft/', which is not a published page of the site"),
    ], checked.output


def test_a_highlighting_site_allows_its_highlighters_classes_and_no_other(tmp_path):
    """With codehilite in mkdocs.yml, Pygments' token classes are the site's own output: a
    write-up's code block keeps them. A theme's class is still refused."""
    content = project(tmp_path)
    config = tmp_path / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - md_in_html\n", "  - md_in_html\n  - codehilite\n"), "utf-8")
    body = '```python\nprint("x")  # a comment\n```\n\n<pre class="mermaid">graph</pre>\n'
    write(content, "entries/2022/code.md", entry_text(body, slug="code"))
    checked = check(tmp_path)
    checked.no_traceback()
    said = [(p.line - BODY_LINE, p.message[:40]) for p in checked.problems]
    assert said == [(4, "class 'mermaid' on <pre> is not one a wr")], checked.output
