"""`digest schema`: the entry front matter's JSON Schema, for editors' YAML tooling."""

from __future__ import annotations

import argparse
import json
from typing import Any

from digest.model.schema import entry_json_schema


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(entry_json_schema(), indent=2, ensure_ascii=False))
    return 0


def register(subparsers: Any) -> None:
    schema = subparsers.add_parser("schema", help="print the entry front matter's JSON Schema")
    schema.set_defaults(func=cmd_schema)
