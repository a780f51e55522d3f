"""Which slugs would land on a URL the site already uses, namespace by namespace.

Every slug lives under its own prefix: an entry at `/entries/<YYYY>/<slug>/`, a topic at
`/topics/<slug>/`, an organization at `/organizations/<slug>/`, a person at `/people/<slug>/`.
What each page adds below its own folder (`feed.xml`, `sitemap.xml`, `page/<n>/`) stays inside
that folder, and the site's root files (`/search/`, `/assets/`, `/feed.xml`, `/sitemap.xml`)
sit beside the prefixes, never under them. So a slug collides only with what the site puts
directly under the same prefix:

- `entries/<YYYY>/index.md` is not an entry called "index" but the year folder's own page
  (MkDocs and every engine serve it at `/entries/<YYYY>/`);
- `/topics/`, `/organizations/` and `/people/` are paginated listings whose later pages live
  at `<prefix>/page/<n>/`, so `<prefix>/page/` is the folder of the listing's own pages.

Everything else is free: a topic may be called `search`, an organization `feed`.
`tests/test_namespaces.py` derives these sets again from a built site.
"""

from __future__ import annotations

RESERVED: dict[str, frozenset[str]] = {
    "entries": frozenset({"index"}),
    "topics": frozenset({"page"}),
    "organizations": frozenset({"page"}),
    "people": frozenset({"page"}),
}

_WHERE = {
    "entries": "entries/<YYYY>/index.md is the year folder's own page (/entries/<YYYY>/)",
    "topics": "/topics/page/<n>/ holds the later pages of the topics listing",
    "organizations": "/organizations/page/<n>/ holds the later pages of the organizations listing",
    "people": "/people/page/<n>/ holds the later pages of the people listing",
}


def collision(namespace: str, slug: str) -> str | None:
    """Why `slug` cannot name a page of `namespace` (entries, topics, organizations,
    people), or None when its URL is free."""
    if slug in RESERVED.get(namespace, frozenset()):
        return f"is taken by the site's own URLs: {_WHERE[namespace]}; choose another slug"
    return None
