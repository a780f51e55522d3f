"""Theme parts that are the same on many pages, rendered once per place they can differ.

Material renders the whole navigation (`partials/nav.html`) and the app's configuration script
(the `config` block of `base.html`) into every page: a third of the theme's work on a digest's
page, and, for a page that is not itself in the nav, the same bytes on every page whose links
resolve the same. Those parts read the page only to make its links relative, and to mark the
current page in the nav. So for a page outside the nav, each part is rendered once per distinct
set of relative links (every nav target and the site's root, as seen from the page) and reused.
Pages in the nav (the sections) are always rendered in full.

Pinned by `tests/test_theme_memo.py`: a site themed with the memo is byte-identical to the same
site themed by MkDocs alone (another plugin present turns all of this off).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import jinja2
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

NAV = "partials/nav.html"
BASE = "base.html"
BLOCK = "config"
_MARK = "_digest_memo"


class ThemeMemo:
    """One build's memo of the parts above, installed on its Jinja environment."""

    def __init__(self, nav: Navigation) -> None:
        self.in_nav = {id(page) for page in nav.pages}
        targets = [page.url for page in nav.pages]
        self.targets = ["", "assets/", *dict.fromkeys(targets)]
        self.rendered: dict[tuple[str, tuple[str, ...]], str] = {}
        self.hits = 0

    def install(self, env: jinja2.Environment) -> None:
        nav = env.get_template(NAV)
        nav.root_render_func = self._wrap(NAV, nav.root_render_func)
        base = env.get_template(BASE)
        block = base.blocks.get(BLOCK)
        if block is not None:
            base.blocks[BLOCK] = self._wrap(BLOCK, block)

    def _key(self, page: Any) -> tuple[str, ...] | None:
        """The page's links to every nav target and the root, or None: render in full."""
        if not isinstance(page, Page) or id(page) in self.in_nav or page.url is None:
            return None
        return tuple(get_relative_url(target, page.url) for target in self.targets)

    def _wrap(
        self, name: str, render: Callable[[Any], Iterator[str]]
    ) -> Callable[[Any], Iterator[str]]:
        if getattr(render, _MARK, False):
            return render
        memo = self

        def rendered(context: Any) -> Iterator[str]:
            key = memo._key(context.get("page"))
            if key is None:
                yield from render(context)
                return
            found = memo.rendered.get((name, key))
            if found is None:
                found = "".join(render(context))
                memo.rendered[(name, key)] = found
            else:
                memo.hits += 1
            yield found

        setattr(rendered, _MARK, True)
        return rendered
