"""Where a project's content lives (SPEC §5) and how its Markdown is rendered."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from digest.content.rendering import MarkdownConfig


@dataclass(frozen=True)
class Layout:
    """Where content lives (SPEC §5) and how its Markdown is rendered."""

    root: Path
    nav_pages: frozenset[str] = frozenset()
    markdown: MarkdownConfig = field(default_factory=MarkdownConfig)
    entries: str = "entries"
    topics: str = "topics.yml"
    organizations: str = "organizations.yml"

    @property
    def entries_dir(self) -> Path:
        return self.root / self.entries
