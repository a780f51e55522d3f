"""The entry JSON Schema for editors' tooling: in sync with the model, and it accepts real
front matter and rejects what `digest check` rejects for the same reason."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from digest.commands.cli import main
from digest.content.loader import load_markdown

REPO = Path(__file__).resolve().parent.parent
SCHEMA_FILE = REPO / "schema" / "entry.schema.json"
SEED = REPO / "content" / "entries" / "2022" / "pytorch-foundation-research-open-source-roots.md"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def validator(schema):
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_committed_schema_is_what_digest_schema_prints(capsys):
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == SCHEMA_FILE.read_text(encoding="utf-8"), (
        "schema/entry.schema.json is out of date: run `make schema`"
    )


def test_digest_schema_command_prints_the_same():
    digest = Path(sys.executable).with_name("digest")
    command = [str(digest)] if digest.exists() else [sys.executable, "-m", "digest"]
    result = subprocess.run([*command, "schema"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert json.loads(result.stdout) == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_schema_is_a_valid_2020_12_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_seed_entry_validates(schema):
    doc, problems = load_markdown(SEED)
    assert problems == []
    errors = list(validator(schema).iter_errors(doc.data))
    assert errors == []


def test_entry_template_points_at_the_schema():
    first_lines = SEED.read_text(encoding="utf-8").splitlines()[:3]
    assert "# yaml-language-server: $schema=../../../schema/entry.schema.json" in first_lines
    assert (SEED.parent / "../../../schema/entry.schema.json").resolve() == SCHEMA_FILE


def test_synthetic_valid_entry_validates(schema, tmp_path, valid_entry, write_entry):
    doc, _ = load_markdown(write_entry(tmp_path, "x.md", valid_entry))
    assert list(validator(schema).iter_errors(doc.data)) == []


@pytest.mark.parametrize(
    ("old", "new", "path", "keyword"),
    [
        ("title: A synthetic entry\n", "", [], "required"),
        ("quotes:", "qoutes:", [], "additionalProperties"),
        (
            "publisher: Example News",
            "publisher: Example News\n  urll: x",
            ["source"],
            "additionalProperties",
        ),
        ("topics: [open-source]", "topics: []", ["topics"], "minItems"),
        ("topics: [open-source]", "topics: [Open Source]", ["topics", 0], "pattern"),
        ("https://example.com/articles/one", "javascript:alert(1)", ["source", "url"], "pattern"),
        ('"A quote."', '"   "', ["quotes", 0, "text"], "pattern"),
        ("speaker: Ada Example", 'speaker: ""', ["quotes", 0, "speaker"], "minLength"),
        ("title: A synthetic entry", 'title: "two\\nlines"', ["title"], "pattern"),
        ("title: A synthetic entry", "title: 42", ["title"], "type"),
        ("date: 2022-09-15", "date: 20220915", ["date"], "anyOf"),
        ("date: 2022-09-15", "date: [2022]", ["date"], "anyOf"),
    ],
)
def test_schema_rejects_what_check_rejects(
    schema, tmp_path, valid_entry, write_entry, old, new, path, keyword
):
    assert old in valid_entry
    doc, problems = load_markdown(write_entry(tmp_path, "x.md", valid_entry.replace(old, new, 1)))
    assert problems == []
    errors = list(validator(schema).iter_errors(doc.data))
    assert (path, keyword) in [(list(e.absolute_path), e.validator) for e in errors]
    assert all(list(e.absolute_path) == path for e in errors if e.validator != "required")
