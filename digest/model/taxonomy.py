"""Topics and organizations as validation reads them, with every way an entry may name one."""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.model.fixes import (
    add_hint,
    add_org_command,
    add_topic_command,
    free_slug,
    name_from_slug,
)
from digest.model.names import name_key
from digest.model.namespaces import collision
from digest.model.problems import did_you_mean
from digest.model.schema import SLUG_RE, Organization, Topic, slug_problem
from digest.model.urls import slugify


@dataclass
class Taxonomy:
    """Topics and organizations, with every way an entry may name an organization."""

    topics: dict[str, Topic] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    org_names: dict[str, str] = field(default_factory=dict)  # name_key(slug/name/alias) -> slug
    # False when the file is missing or broken: entries are then not checked against it (which
    # would report every reference as unknown), but none of them is valid either.
    topics_loaded: bool = True
    organizations_loaded: bool = True
    # Records the files hold but refused (slug: what was written): an entry naming one is told
    # to fix the record, not to add it again.
    refused_topics: dict[str, object] = field(default_factory=dict)
    refused_orgs: dict[str, object] = field(default_factory=dict)
    _spelled: tuple[int, dict[str, str]] | None = field(default=None, repr=False, compare=False)

    def resolve_org(self, name: str) -> str | None:
        return self.org_names.get(name_key(name))

    def refused_org(self, name: str) -> str | None:
        """The slug of a refused organization record that `name` names (slug or name), if any."""
        key = name_key(name)
        for slug, record in self.refused_orgs.items():
            written = record.get("name") if isinstance(record, dict) else None
            if key in (name_key(slug), name_key(written) if isinstance(written, str) else None):
                return slug
        return None

    def topic_problem(self, topic: str) -> str | None:
        """None when `topic` is the slug of a topic; else what is wrong and what to type: the
        slug of the topic it names ('Open Source' -> 'open-source'), or the command that adds
        it (with a slug the site's URLs leave free)."""
        if topic in self.topics:
            return None
        if topic in self.refused_topics:
            return f"topic {topic!r} has errors in topics.yml; fix its record there"
        key, made = name_key(topic), slugify(topic)
        for slug, record in self.topics.items():
            if key in (name_key(slug), name_key(record.name)) or made == slug:
                name = record.name
                return f"{topic!r} is not a topic's slug: write {slug!r} (the topic {name!r})"
        choices = {slug: repr(slug) for slug in self.topics}
        choices.update({name_key(t.name): repr(slug) for slug, t in self.topics.items()})
        hint = did_you_mean(topic, choices, key=name_key)
        if SLUG_RE.fullmatch(topic):
            slug, name = topic, name_from_slug(topic, (t.name for t in self.topics.values()))
        else:
            slug, name = slugify(topic), topic
            if not SLUG_RE.fullmatch(slug) or not any(ch.isalnum() for ch in topic):
                return f"{topic!r} {slug_problem(topic)}{hint}"
        free = free_slug("topics", slug, self.topics)
        head = f"unknown topic {topic!r}"
        if free != slug:  # the slug would land on the site's own URLs
            where = (collision("topics", slug) or "").split(": ", 1)[-1].split(";")[0]
            head += f", and its slug {slug!r} is the site's own ({where}): write {free!r} here"
        elif free != topic:
            head += f": write its slug {free!r} here"
        return head + add_hint(hint, add_topic_command(free, name))

    def unknown_org(self, name: str) -> str:
        refused = self.refused_org(name)
        if refused is not None:
            return f"organization {refused!r} has errors in organizations.yml; fix its record there"
        hint = did_you_mean(name, self._org_spellings(), key=name_key)
        command = add_org_command(name, self.organizations)
        return f"unknown organization {name!r}{add_hint(hint, command)}"

    def _org_spellings(self) -> dict[str, str]:
        """Every way an organization may be named, as a suggestion shows it: made once (an
        entry may name many unknown organizations)."""
        if self._spelled is None or self._spelled[0] != len(self.organizations):
            spelled: dict[str, str] = {}
            for slug, org in self.organizations.items():
                for known in (slug, org.name, *org.aliases):
                    shown = repr(known) if known == slug else f"{known!r} ({slug})"
                    spelled.setdefault(name_key(known), shown)
            self._spelled = (len(self.organizations), spelled)
        return self._spelled[1]
