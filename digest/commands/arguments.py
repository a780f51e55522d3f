"""What the commands share: argument types and the one line for a missing content folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from digest.model.termtext import clean


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
