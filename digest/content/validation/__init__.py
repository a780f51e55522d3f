"""Validation: documents in, frozen records and problems out. One module per kind of rule.

- `schema`: the pydantic schema's findings as problems at the field's line;
- `taxonomy`: topics.yml and organizations.yml, and resolving references to them;
- `writeup`: a Markdown body rendered and sanitized, refused when the allow-list would change it;
- `entries`: one entry file to one `Entry`;
- `pages`: pages named in the nav;
- `duplicates` and `links`: checks across files.
"""

from digest.content.validation.duplicates import check_duplicates, check_people
from digest.content.validation.entries import (
    entry_ref,
    path_problems,
    person_slug,
    validate_entry,
)
from digest.content.validation.links import check_links
from digest.content.validation.pages import validate_page
from digest.content.validation.schema import field_name, validate_model
from digest.content.validation.taxonomy import load_taxonomy
from digest.content.validation.writeup import check_writeup

__all__ = [
    "check_duplicates",
    "check_links",
    "check_people",
    "check_writeup",
    "entry_ref",
    "field_name",
    "load_taxonomy",
    "path_problems",
    "person_slug",
    "validate_entry",
    "validate_model",
    "validate_page",
]
