"""Topics and organizations as validation reads them, with every way an entry may name one."""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.model.fixes import add_hint, add_org_command, add_topic_command
from digest.model.names import name_key
from digest.model.problems import did_you_mean
from digest.model.schema import Organization, Topic


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

    def resolve_org(self, name: str) -> str | None:
        return self.org_names.get(name_key(name))

    def unknown_topic(self, topic: str) -> str:
        choices = {slug: repr(slug) for slug in self.topics}
        choices.update({name_key(t.name): repr(slug) for slug, t in self.topics.items()})
        hint = did_you_mean(topic, choices, key=name_key)
        return f"unknown topic {topic!r}{add_hint(hint, add_topic_command(topic))}"

    def unknown_org(self, name: str) -> str:
        spelled: dict[str, str] = {}
        for slug, org in self.organizations.items():
            for known in (slug, org.name, *org.aliases):
                shown = repr(known) if known == slug else f"{known!r} ({slug})"
                spelled.setdefault(name_key(known), shown)
        hint = did_you_mean(name, spelled, key=name_key)
        return f"unknown organization {name!r}{add_hint(hint, add_org_command(name))}"
