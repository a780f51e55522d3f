"""The content folder as it is at a git revision, exported into a temporary folder.

`digest summary` checks the base with the same pipeline as the branch, so that a pull-request
comment lists only the problems the pull request brings.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path


class GitError(Exception):
    """git could not answer: printed as one line."""


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False, timeout=120
        )
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took too long") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def export_base(content: Path, ref: str, into: Path) -> Path:
    """Write the content folder as it is at `ref` under `into`; return its path there."""
    content = content.resolve()
    try:
        top = Path(_git(content, "rev-parse", "--show-toplevel").decode().strip())
    except GitError as error:
        if "not a git repository" in str(error):
            raise GitError(f"{content} is not inside a git repository") from None
        raise
    try:
        _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except GitError:
        raise GitError(
            f"unknown git revision {ref!r} (fetch it first, e.g. git fetch origin main)"
        ) from None
    relative = content.relative_to(top.resolve()).as_posix()
    base_root = into / relative
    base_root.mkdir(parents=True, exist_ok=True)
    if not _git(top, "ls-tree", "--name-only", ref, "--", relative).strip():
        return base_root  # the content folder did not exist yet: everything is new
    archive = _git(top, "archive", "--format=tar", ref, "--", relative)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                continue  # symlinks and the like are not content
            try:
                tar.extract(member, into, filter="data")
            except (tarfile.TarError, OSError):
                continue
    return base_root


def branch_base(content: Path, candidates: tuple[str, ...] = ("origin/main", "main")) -> str | None:
    """The first of `candidates` that names a commit in the repository holding `content`;
    None when none does. GitError when `content` is not in a git repository."""
    content = content.resolve()
    try:
        _git(content, "rev-parse", "--show-toplevel")
    except GitError as error:
        if "not a git repository" in str(error):
            raise GitError(f"{content} is not inside a git repository") from None
        raise
    for ref in candidates:
        try:
            _git(content, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        except GitError:
            continue
        return ref
    return None


def changed_files(content: Path, base: str, folder: str = "entries") -> list[Path]:
    """The files under `content/folder` added or changed on this branch since it left `base`
    (committed or not, and files git does not track yet), deleted ones left out."""
    content = content.resolve()
    top = Path(_git(content, "rev-parse", "--show-toplevel").decode().strip()).resolve()
    where = (content / folder).relative_to(top).as_posix()
    fork = _git(top, "merge-base", base, "HEAD").decode().strip()
    listed = _git(top, "diff", "--name-only", "-z", "--diff-filter=d", fork, "--", where)
    untracked = _git(top, "ls-files", "--others", "--exclude-standard", "-z", "--", where)
    names = [n for n in (listed + untracked).decode("utf-8", "replace").split("\0") if n]
    return sorted({top / name for name in names if (top / name).is_file()})
