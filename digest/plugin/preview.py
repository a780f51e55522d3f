"""The limited preview of `mkdocs serve`: the latest entries plus every entry changed since serve
started, so that a rebuild after an edit costs about a build of a small site."""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from digest.model.corpus import newest, order
from digest.model.entry import Entry

# "auto" limits the preview above this many entries (a full rebuild then takes several seconds).
PREVIEW_AUTO_ABOVE = 3000


class Preview:
    """Which entries a limited preview shows; kept by the plugin for the whole serve session."""

    def __init__(self, latest: int) -> None:
        self.latest = max(0, latest)
        self._first: dict[str, Hashable] | None = None  # each entry file's signature at first
        self.changed: set[str] = set()
        self.note = ""

    def select(self, entries: list[Entry], signatures: Mapping[str, Hashable]) -> list[Entry]:
        """The newest `latest` entries and the changed ones, in the corpus's order. An entry
        once changed stays in the preview for the rest of the session. `signatures`: each
        entry file's, by its path under the content folder."""
        if self._first is None:
            self._first = dict(signatures)
        else:  # the items that differ, compared in C (100,000 on every rebuild)
            self.changed |= {src for src, _ in signatures.items() - self._first.items()}
        shown = newest(entries, self.latest)
        kept = {entry.src for entry in shown}
        changed = self.changed - kept
        if changed:
            shown += [entry for entry in entries if entry.src in changed]
        shown = order(shown)
        # The same words after every edit: a note that changed with each edit would change
        # every page, and every page would be themed again (digest/plugin/themed.py).
        self.note = (
            '<div class="admonition warning digest-preview-note">'
            '<p class="admonition-title">Limited preview</p>'
            f"<p>This preview shows the latest {min(self.latest, len(entries)):,} of "
            f"{len(entries):,} entries and every entry changed since <code>mkdocs serve</code> "
            "started, with their topic, organization and person pages. "
            "<code>mkdocs build</code> publishes every entry; "
            "<code>preview_limit: false</code> in mkdocs.yml previews them all.</p></div>\n"
        )
        return shown
