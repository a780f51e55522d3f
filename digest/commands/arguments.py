"""What the commands share: argument types, the content folder, and the one line for a missing
content folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from digest.content.siteconfig import load_mkdocs_yml
from digest.model.termtext import clean

CONTENT_HELP = "the content folder (default: docs_dir of ./mkdocs.yml, else ./content)"


def seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 300:
        raise argparse.ArgumentTypeError("must be between 0 and 300 seconds")
    return value


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def missing_folder(root: Path) -> int:
    """Exit code 2, after one `path:1: error:` line, when the content folder is not there."""
    print(
        f"{clean(root)}:1: error: file: content folder not found (use --content DIR)",
        file=sys.stderr,
    )
    return 2


def content_folder(given: str | None) -> Path:
    """The content folder: `--content` as given, else the `docs_dir` that ./mkdocs.yml names
    (the folder the build reads, whatever its name), else ./content."""
    if given:
        return Path(given)
    mkdocs_yml = Path("mkdocs.yml")
    if mkdocs_yml.is_file():
        try:
            docs = load_mkdocs_yml(mkdocs_yml).get("docs_dir")
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            docs = None
        if isinstance(docs, str) and docs.strip():
            return Path(docs)
    return Path("content")


def strict_build() -> bool:
    """Whether ./mkdocs.yml builds with `strict: true`, which makes a warning fail the build."""
    try:
        return load_mkdocs_yml(Path("mkdocs.yml")).get("strict") is True
    except (OSError, yaml.YAMLError, UnicodeDecodeError, AttributeError):
        return False
