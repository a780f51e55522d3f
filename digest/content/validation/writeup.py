"""A Markdown body (an entry's write-up, an edition's introduction, a page) as it will be served:
rendered and sanitized, and refused when the allow-list would change it."""

from __future__ import annotations

import re

from digest.content.loader import Document
from digest.content.rendering import MarkdownConfig, RenderError, render
from digest.model.problems import Problem
from digest.model.schema import forbidden_char
from digest.model.writeup import Rendered


def check_writeup(
    doc: Document, src: str, config: MarkdownConfig
) -> tuple[Rendered | None, list[Problem]]:
    """The body rendered and sanitized, or None with the problems that refuse it.

    Refused, not silently cleaned: an editor whose markup the allow-list would change is told
    what and where (at or near the line), and nothing is published half-way.
    """
    body = doc.body
    bad = forbidden_char(body.replace("\t", " "))
    if bad is not None:
        line = doc.body_line + body.count("\n", 0, body.index(bad))
        message = f"contains the control character U+{ord(bad):04X}"
        return None, [doc.problem_at(line, "body", message)]
    try:
        rendered = render(body, src, config, doc.body_line)
    except RenderError as error:
        return None, [doc.problem_at(doc.body_line, "body", str(error))]
    problems = [doc.problem_at(r.line, "body", r.message) for r in rendered.removed]
    # A character reference (`&#x1B;`, `&#x202E;`) reaches the reader as the character it
    # names: the served HTML is held to the rule the source is.
    served = forbidden_char(rendered.html.replace("\t", " "))
    if served is not None:
        at = _reference_line(body, served)
        if at is not None:
            message = (
                f"has a character reference to U+{ord(served):04X}, a control or invisible "
                "character that is not allowed"
            )
            problems.append(doc.problem_at(doc.body_line + at, "body", message))
        elif not problems:  # Markdown's own markers left in a value another problem refuses
            message = f"renders to U+{ord(served):04X}, a control character; simplify its markup"
            problems.append(doc.problem_at(doc.body_line, "body", message))
    if problems:
        return None, problems
    warnings = [doc.problem_at(w.line, "body", w.message, "warning") for w in rendered.warnings]
    return rendered, warnings


_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _reference_line(body: str, char: str) -> int | None:
    """Lines after the body's first to the first numeric reference to `char`, if any."""
    for found in _REFERENCE.finditer(body):
        hex_digits, decimal = found.groups()
        number = int(hex_digits, 16) if hex_digits else int(decimal)
        if number == ord(char):
            return body.count("\n", 0, found.start())
    return None
