"""Pages named in the nav (e.g. about.md): editors write them too, so they are rendered and
sanitized like a write-up, and their front matter is checked like an entry's."""

from __future__ import annotations

from digest.content.loader import Document
from digest.content.rendering import MarkdownConfig
from digest.content.validation.schema import validate_model
from digest.content.validation.writeup import check_writeup
from digest.model.problems import Problem, is_error
from digest.model.schema import PageMeta
from digest.model.writeup import Page


def validate_page(
    doc: Document, src: str, markdown: MarkdownConfig
) -> tuple[Page | None, list[Problem]]:
    meta: PageMeta | None = PageMeta()
    problems: list[Problem] = []
    if doc.data is not None:
        meta, problems = validate_model(doc, doc.data, PageMeta)
    rendered, found = check_writeup(doc, src, markdown)
    problems += found
    if meta is None or rendered is None or is_error(problems):
        return None, problems
    title = meta.title or next((h.text for h in rendered.toc if h.level == 1), None)
    return Page(src, title, meta.description, rendered), problems
