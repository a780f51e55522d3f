"""A job: one output of the site (a page's body, a feed, a file), as a function and its view.

The site layer only plans jobs; the build layer decides which to run (the rest come from the
store) and where (here or in a worker). A job's function is a module-level function of its view
alone, so running it twice gives the same bytes, and its key (`digest.build.keys`) is the
function's name and the view's content.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from markupsafe import Markup

from digest.model.entry import Entry
from digest.site.jinja import environment
from digest.site.views import Labels

V = TypeVar("V")


@dataclass(frozen=True)
class Job(Generic[V]):
    make: Callable[[V], bytes]  # a module-level function of the view alone
    view: V

    def run(self) -> bytes:
        return self.make(self.view)


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def fields(view: Any) -> dict[str, Any]:
    """A view's fields by name (a shallow copy: the values are the view's own)."""
    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}


def template_page(view: Any) -> bytes:
    """A page body from its view's template, which receives the view's fields only (and
    `card`, which renders an entry from the same view's labels)."""
    context = fields(view)
    labels = context.get("labels")
    if isinstance(labels, Labels):
        base = "../" * view.page_url.count("/")
        context["card"] = _Cards.of(labels).bound(base)
    body = environment().get_template(type(view).template).render(context)
    crumbs = context.get("crumbs")
    if crumbs and len(crumbs) >= 2:
        trail = environment().get_template("pages/breadcrumb.html.j2")
        body = trail.render(page_url=view.page_url, crumbs=crumbs) + body
    return utf8(body)


def page_job(view: Any) -> Job[Any]:
    return Job(template_page, view)


class _Cards:
    """An entry's card for a listing, rendered once and placed on every listing that shows
    it. A card's links start with the way to the site's root, which differs from page to page:
    it is rendered with a marker there, which the page's way replaces. The marker is a tag,
    and nothing from content reaches a card unescaped, so no `<` from content can make one.
    Kept per Labels object (one per build): an entry is read by id only while its build lives."""

    _by_labels: ClassVar[weakref.WeakKeyDictionary[Labels, _Cards]] = weakref.WeakKeyDictionary()
    BASE = "<digest-base>"

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.rendered: dict[int, str] = {}
        self.template = environment().get_template("pages/card.html.j2")

    @classmethod
    def of(cls, labels: Labels) -> _Cards:
        found = cls._by_labels.get(labels)
        if found is None:
            found = cls._by_labels[labels] = cls(labels)
        return found

    def bound(self, base: str) -> Callable[[Entry], Markup]:
        def card(entry: Entry) -> Markup:
            html = self.rendered.get(id(entry))
            if html is None:
                html = self.template.render(entry=entry, base=Markup(self.BASE), labels=self.labels)
                self.rendered[id(entry)] = html
            return Markup(html.replace(self.BASE, base))

        return card
