"""A job's key covers its whole view: change any field of any view the site plans (or any field
of an entry it shows) and the key changes. Checked for every field of every kind of view in a
real plan, so a field added to a view later is covered without a line here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from digest.build import codec
from digest.build.keys import Keys, Unkeyable, fingerprint
from digest.build.pipeline import load_corpus
from digest.content.layout import Layout
from digest.model.edition import Edition
from digest.model.entry import Entry
from digest.site.files import plan_folders, plan_site
from digest.site.paging import Pager
from digest.site.render import Job
from digest.site.settings import Settings
from digest.site.views import Labels

SETTINGS = Settings(site_name="Keys", site_url="https://keys.example.org/", page_size=2)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from benchmarks.synthetic import generate

    root = tmp_path_factory.mktemp("keys")
    content = generate(root, 8, topics=3, organizations=4, people=4, words=30, page_size=2)
    (content / "editions").mkdir()
    for week, picks in (("2020-W01", "[synthetic-00000]"), ("2020-W02", "[synthetic-00003]")):
        (content / "editions" / f"{week}.md").write_text(
            f'---\ntitle: "Week {week}"\nsections:\n  - heading: Picks\n'
            f"    picks: {picks}\n---\nIntro.\n",
            encoding="utf-8",
        )
    corpus, problems = load_corpus(Layout(content), now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert corpus is not None, problems
    return corpus, (plan_site(corpus, SETTINGS), plan_folders(corpus, SETTINGS))


def _other(value: Any, corpus: Any) -> Any:
    """A value of the same kind, different from `value` (None: no such value to try)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "·"
    if isinstance(value, bytes):
        return value + b"."
    if isinstance(value, dt.datetime):
        return value + dt.timedelta(seconds=1)
    if isinstance(value, tuple):
        return value[:-1] if value else None
    if isinstance(value, Entry):
        return next(e for e in corpus.entries if e.slug != value.slug)
    if isinstance(value, Edition):
        return dataclasses.replace(value, title=value.title + "·")
    if isinstance(value, Labels):
        topics = dict(value.topics)
        first = next(iter(topics))
        topics[first] += "·"
        return Labels(topics=topics, organizations=value.organizations)
    if isinstance(value, Pager):
        return dataclasses.replace(value, number=value.number + 1)
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            changed = _other(getattr(value, field.name), corpus)
            if changed is not None:
                return dataclasses.replace(value, **{field.name: changed})
    return None


def _jobs(planned: Any) -> list[Job[Any]]:
    plan, folders = planned
    jobs = [page.body for page in plan.pages] + [file.job for file in plan.static]
    return jobs + [folder.job for folder in folders]


def test_every_field_of_every_planned_view_is_in_its_key(plan):
    corpus, site = plan
    keys = Keys("test")
    tried: set[tuple[str, str]] = set()
    for job in _jobs(site):
        view = job.view
        base = keys.job(job)
        for field in dataclasses.fields(view):
            value = getattr(view, field.name)
            changed = _other(value, corpus)
            if changed is None:
                continue
            mutated = Job(job.make, dataclasses.replace(view, **{field.name: changed}))
            assert keys.job(mutated) != base, (type(view).__name__, field.name)
            tried.add((type(view).__name__, field.name))
    kinds = {type(job.view).__name__ for job in _jobs(site)}
    # Every kind of view the plan holds had fields tried (a view with no field is trivial).
    assert kinds <= {kind for kind, _ in tried} | {"SchemaView"}
    assert len(tried) >= 60


def test_every_field_of_an_entry_is_in_its_fingerprint(plan):
    corpus, _ = plan
    entry = corpus.entries[0]
    base = fingerprint(codec.encode(entry))
    for field in dataclasses.fields(entry):
        changed = _other(getattr(entry, field.name), corpus)
        if changed is None or isinstance(changed, Entry):
            continue
        if not isinstance(changed, type(getattr(entry, field.name))):
            continue
        mutated = dataclasses.replace(entry, **{field.name: changed})
        assert fingerprint(codec.encode(mutated)) != base, field.name


def test_an_entry_decoded_from_its_record_is_the_entry(plan):
    corpus, _ = plan
    for entry in corpus.entries:
        record = codec.encode(entry)
        assert codec.decode(record) == entry
        assert codec.encode(codec.decode(record)) == record


def test_a_value_with_no_canonical_form_is_an_error_not_an_omission():
    @dataclasses.dataclass(frozen=True)
    class View:
        thing: object

    with pytest.raises(Unkeyable):
        Keys("test").job(Job(lambda view: b"", View(object())))


def test_a_record_naming_a_class_it_may_not_make_is_refused():
    with pytest.raises(codec.RecordError):
        codec.decode(b'{"$":"Popen","args":["sh"]}')
    with pytest.raises(codec.RecordError):
        codec.decode(b"[1, 2")
