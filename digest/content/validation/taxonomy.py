"""Topics and organizations (content/topics.yml, content/organizations.yml), and how an entry's
references to them resolve."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from digest.content.linktext import idn_warning
from digest.content.loader import Document, Loaded, Location
from digest.content.validation.schema import describe, field_name, validate_model
from digest.model.names import name_key
from digest.model.problems import Problem
from digest.model.schema import Organization, Topic, slug_problem
from digest.model.taxonomy import Taxonomy

# Each topic and organization gets its pages and a feed: bounded, so that a pull request cannot
# make every build slow or the site huge with thousands of records no entry uses.
MAX_RECORDS = {"Topic": 200, "Organization": 1_000}
_NAMESPACES = {"Topic": "topics", "Organization": "organizations"}  # where their pages live


def _records(
    loaded: Loaded | None, model: type[BaseModel], refused: dict[str, Any]
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """A taxonomy file's records by slug, or None when the file is missing or unreadable.

    A value the loader refused (a duplicate key, a YAML tag) is left out and the rest of the
    file is still checked, so one run lists every problem, as it does for entries."""
    if loaded is None:
        return None, []
    doc, loader_problems = loaded
    if loader_problems and doc.data is None:
        return None, list(loader_problems)  # it did not parse: nothing in it can be trusted
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        message = f"must be a mapping of slug: record, not {describe(data)}"
        return None, [*loader_problems, doc.problem((), "file", message)]
    limit = MAX_RECORDS.get(model.__name__)
    if limit is not None and len(data) > limit:
        message = f"has {len(data):,} records; the limit is {limit:,}"
        return None, [*loader_problems, doc.problem((), "file", message)]
    records: dict[str, Any] = {}
    out: list[Problem] = list(loader_problems)
    for slug, record in data.items():
        reason = slug_problem(slug, _NAMESPACES[model.__name__])
        if reason is not None:
            out.append(doc.problem((slug,), slug, reason))
            refused[str(slug)] = record
            continue
        value, found = validate_model(doc, record, model, (slug,))
        out.extend(found)
        if value is not None:
            records[slug] = value
            url = getattr(value, "url", None)  # an organization's
            idn = idn_warning(url, mixed_only=True) if isinstance(url, str) else None
            if idn is not None:
                message = f"{idn}: check that it is the organization's own"
                out.append(
                    doc.problem((slug, "url"), field_name((slug, "url")), message, "warning")
                )
        else:
            refused[slug] = record
    return records, out


def _unique_names(
    doc: Document, spellings: list[tuple[str, str, Location]], what: str
) -> tuple[dict[str, str], list[Problem]]:
    """Every name (after NFKC and case folding) must lead to exactly one record."""
    owner: dict[str, str] = {}
    problems = []
    for slug, name, location in spellings:
        key = name_key(name)
        if key in owner and owner[key] != slug:
            message = f"{name!r} already names {what} {owner[key]!r}"
            problems.append(doc.problem(location, field_name(location), message))
            continue
        owner[key] = slug
    return owner, problems


def load_taxonomy(
    topics: Loaded | None, organizations: Loaded | None
) -> tuple[Taxonomy, list[Problem]]:
    """Both taxonomy files, validated; None for a file that is missing (reported elsewhere)."""
    taxonomy = Taxonomy()
    topic_records, problems = _records(topics, Topic, taxonomy.refused_topics)
    org_records, org_problems = _records(organizations, Organization, taxonomy.refused_orgs)
    problems += org_problems
    taxonomy.topics_loaded = topic_records is not None
    taxonomy.organizations_loaded = org_records is not None
    taxonomy.topics = topic_records or {}
    taxonomy.organizations = org_records or {}
    if topics is not None and topic_records:
        spellings: list[tuple[str, str, Location]] = [
            (slug, t.name, (slug, "name")) for slug, t in topic_records.items()
        ]
        _, found = _unique_names(topics[0], spellings, "topic")
        problems += found
    if organizations is not None and org_records:
        org_spellings: list[tuple[str, str, Location]] = []
        for slug, org in org_records.items():
            org_spellings += [(slug, slug, (slug,)), (slug, org.name, (slug, "name"))]
            org_spellings += [
                (slug, alias, (slug, "aliases", i)) for i, alias in enumerate(org.aliases)
            ]
        taxonomy.org_names, found = _unique_names(organizations[0], org_spellings, "organization")
        problems += found
    return taxonomy, problems
