"""The Jinja2 environment shared by pages and feeds: compiled once, escaping on by default."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import Any

import jinja2

from digest.model.urls import relative_url


@jinja2.pass_context
def _url(context: Any, target: str) -> str:
    """A link from the page being rendered (`page_url` in the context) to a site URL."""
    return relative_url(target, context["page_url"])


def _day(value: dt.datetime) -> str:
    return f"{value.day} {value:%B %Y}"


def _by_day(entries: Iterable[Any]) -> list[tuple[dt.date, list[Any]]]:
    """Entries (newest first) in runs of the UTC day they entered the digest: a digest's days."""
    days: list[tuple[dt.date, list[Any]]] = []
    for entry in entries:
        day = entry.added_utc.date()
        if days and days[-1][0] == day:
            days[-1][1].append(entry)
        else:
            days.append((day, [entry]))
    return days


def _long_day(value: dt.date) -> str:
    return f"{value:%A} {value.day} {value:%B %Y}"


def _truncate(value: str, length: int = 320) -> str:
    if len(value) <= length:
        return value
    cut = value[:length].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("digest.site", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # the package's own templates: they change only with the software
    )
    env.filters["url"] = _url
    env.filters["day"] = _day
    env.filters["shorten"] = _truncate
    env.filters["by_day"] = _by_day
    env.filters["long_day"] = _long_day
    env.filters["iso"] = lambda value: value.isoformat()
    return env
