"""The proposed quotes handed to the editor inside a new entry, commented out, under `quotes:`.

Each proposal is a list item written at the indentation the scaffold's quotes use, with `# `
in front of every one of its lines: removing that `# ` (what an editor's "toggle comment" does)
from the lines of any proposals, in any number, leaves YAML that `digest check` reads as exactly
those quotes. Values are written by PyYAML (the text in double quotes, one line whatever it
holds), and only proposals the entry schema accepts are offered; the block is read back, every
proposal uncommented, before the file is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml
from pydantic import ValidationError

from digest.editor.quotes import Proposal
from digest.editor.yamltext import dump, read_back
from digest.model.schema import Quote

INDENT = "  "  # where the scaffold's `- text:` starts
MARK = "# "
HEAD = (
    "Proposed from the article by `digest quotes`. Keep the key ones: uncomment each one's lines",
    '(remove the "# " in front), trim it, check it against the article, then run `digest verify`.',
)
NONE_FOUND = "`digest quotes` found no attributed quotes in the article: copy them by hand."


def _double_quoted(text: str) -> str:
    return yaml.dump(text, default_style='"', allow_unicode=True, width=1 << 30).rstrip("\n")


UNSURE = "  # required: the proposer could not tell who said it; read the article"


def item_lines(proposal: Proposal) -> list[str]:
    """One proposal as a YAML list item (uncommented), at the scaffold's indentation. A
    proposal without a speaker keeps an empty one, marked: never a guess."""
    lines = [f"- text: {_double_quoted(proposal.text)}"]
    if proposal.speaker:
        lines.append("  " + dump({"speaker": proposal.speaker}).rstrip("\n"))
    else:
        lines.append("  speaker: ''" + UNSURE)
    if proposal.role:
        lines.append("  " + dump({"role": proposal.role}).rstrip("\n"))
    return [INDENT + line for line in lines]


def usable(proposals: Sequence[Proposal]) -> tuple[list[Proposal], list[Proposal]]:
    """(the proposals the entry schema accepts as they are, the others)."""
    kept, refused = [], []
    for proposal in proposals:
        # An empty speaker is left for the editor (the checker then asks for it).
        data: dict[str, Any] = {"text": proposal.text, "speaker": proposal.speaker or "?"}
        if proposal.role:
            data["role"] = proposal.role
        try:
            Quote.model_validate(data)
        except ValidationError:
            refused.append(proposal)
            continue
        if len(item_lines(proposal)) != (3 if proposal.role else 2):
            refused.append(proposal)  # a value PyYAML would spread over lines
            continue
        kept.append(proposal)
    return kept, refused


def block(proposals: Sequence[Proposal]) -> list[str]:
    """The commented lines that go right under `quotes:` (the proposals must be `usable`)."""
    lines = [INDENT + MARK + line for line in HEAD]
    for proposal in proposals:
        lines += [_comment(line) for line in item_lines(proposal)]
    return lines


def _comment(line: str) -> str:
    return INDENT + MARK + line[len(INDENT) :]


def uncomment(line: str) -> str:
    """What an editor's "toggle comment" makes of one of the block's lines."""
    stripped = line.lstrip(" ")
    if stripped.startswith(MARK):
        return line[: len(line) - len(stripped)] + stripped[len(MARK) :]
    return line


def check_block(text: str, proposals: Sequence[Proposal]) -> bool:
    """Whether `text` (a whole entry holding `block(proposals)`) reads, with every proposal
    uncommented, as exactly those quotes."""
    items = {line for p in proposals for line in (_comment(x) for x in item_lines(p))}
    opened = "\n".join(uncomment(line) if line in items else line for line in text.split("\n"))
    doc, problems = read_back(opened, markdown=True)
    if problems or not isinstance(doc.data, dict):
        return False
    expected = [
        {"text": p.text, "speaker": p.speaker, **({"role": p.role} if p.role else {})}
        for p in proposals
    ]
    return bool(doc.data.get("quotes") == expected)
