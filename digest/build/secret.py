"""The store's secret: what makes a stored page the build's own, kept where no pull request reaches.

The key that MACs the store's records is never in the cache folder (which CI workflows save and
restore, and which a branch could commit) nor in the repository. It comes from
`DIGEST_CACHE_SECRET` (hex, at least 32 digits: the deploy workflow passes a repository secret,
which pull-request workflows never see), else from a file of the user's own state folder
(`$XDG_STATE_HOME/digest/cache-secret`, by default under `~/.local/state`), made at random on
first use, readable by its owner only. Without either, the build runs without the records that
need it: nothing is lost but time.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Mapping
from pathlib import Path

SECRET_BYTES = 32
ENV = "DIGEST_CACHE_SECRET"


def secret_file(env: Mapping[str, str]) -> Path:
    state = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "digest" / "cache-secret"


def secret_problem(env: Mapping[str, str] | None = None) -> str | None:
    """What is wrong with `DIGEST_CACHE_SECRET` as given, if it is set and unusable: such a
    secret is not used, and builds that could reuse pages stay slow; the build says why."""
    env = os.environ if env is None else env
    given = env.get(ENV, "").strip()
    if not given:
        return None
    try:
        value = bytes.fromhex(given)
    except ValueError:
        return f"{ENV} is not hexadecimal digits; it is not used (pages are not reused)"
    if len(value) < 16:
        return f"{ENV} has {len(value)} bytes, fewer than 16; it is not used (pages are not reused)"
    return None


def load_secret(project: Path, cache: Path, env: Mapping[str, str] | None = None) -> bytes | None:
    """The secret, or None (said in no error: a build without it is only slower). A secret
    file inside the project or the cache folder is not used: a branch could have put it there."""
    env = os.environ if env is None else env
    given = env.get(ENV, "").strip()
    if given:
        try:
            value = bytes.fromhex(given)
        except ValueError:
            return None
        return value if len(value) >= 16 else None
    path = secret_file(env)
    try:
        resolved = path.resolve()
        if resolved.is_relative_to(project.resolve()) or resolved.is_relative_to(cache.resolve()):
            return None
        return _read_or_make(path)
    except OSError:
        return None


def _read_or_make(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return _make(path)
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            return None
        data = file.read(SECRET_BYTES + 1)
    return data if len(data) == SECRET_BYTES else None


def _make(path: Path) -> bytes | None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    value = secrets.token_bytes(SECRET_BYTES)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(value)
    try:
        os.link(temporary, path)  # never replaces a secret another build made meanwhile
    except FileExistsError:
        pass
    finally:
        temporary.unlink(missing_ok=True)
    return _read_or_make(path)
