"""What `mkdocs serve` shows while the content is invalid: the errors, in the browser and the
terminal, never a request that hangs.

When a build raises, MkDocs' live-reload server keeps every request waiting for a build that
succeeds. So under `mkdocs serve` an invalid content folder does not raise: the build goes on
with no page of the content (the nav's pages become placeholders, so that MkDocs has nothing to
warn about under `strict`), and once it is written, every page it has and the 404 page (what
any other address gets) are replaced by one page listing the problems, each with its file and
line, escaped. The page asks MkDocs' live-reload endpoint for the next build and reloads when
there is one: the moment the content is fixed, the site is back. The terminal gets the same
lines, at the info level, since under `strict: true` a warning would abort the build and hang
the preview again. `mkdocs build` still fails on the first invalid file, as before.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from digest.content.siteconfig import nav_pages
from digest.model.problems import Problem

log = logging.getLogger("mkdocs.plugins.digest")
_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("digest.plugin", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def report(problems: Iterable[Problem], *, serving: bool) -> None:
    """Each problem on the terminal: at its own level for a build (strict mode fails on it),
    at the info level under `mkdocs serve` (the line says error or warning)."""
    for problem in problems:
        if serving:
            log.info(str(problem))
        else:
            {"error": log.error, "warning": log.warning}.get(problem.severity, log.info)(
                str(problem)
            )


class ErrorSite:
    """The site served while the content is invalid: the list of its problems at every URL."""

    def __init__(self, problems: Sequence[Problem], site_name: str) -> None:
        self.problems = [p for p in problems if p.severity in ("error", "warning")]
        self.site_name = site_name
        self.pages: list[str] = []

    def files(self, files: Files, config: MkDocsConfig) -> Files:
        """Nothing from the docs folder; a placeholder for each page the nav names."""
        docs = os.path.abspath(config.docs_dir) + os.sep
        for file in list(files):
            source = file.abs_src_path
            if file.generated_by is None and source is not None and source.startswith(docs):
                files.remove(file)
        for src in ["index.md", *nav_pages(config.nav)]:
            if files.get_file_from_path(src) is None:
                files.append(File.generated(config, src, content="# Content errors\n"))
        self.pages = [f.dest_uri for f in files.documentation_pages()]
        errors = sum(p.severity == "error" for p in self.problems)
        log.info(
            f"digest: {errors} error{'s' if errors != 1 else ''} in the content (listed above): "
            "the preview shows them until they are fixed"
        )
        return files

    def html(self) -> str:
        return _TEMPLATES.get_template("errors.html").render(
            problems=self.problems,
            count=len(self.problems),
            errors=sum(p.severity == "error" for p in self.problems),
            site_name=self.site_name,
            # MkDocs numbers its builds by the monotonic clock in milliseconds; a build that
            # starts after this one was written has a larger number.
            built=round(time.monotonic() * 1000),
        )

    def write(self, site_dir: str) -> None:
        """After MkDocs wrote the site: the list at every page and as the 404 page."""
        page = self.html().encode("utf-8")
        for dest in {*self.pages, "index.html", "404.html"}:
            target = Path(site_dir) / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page)
