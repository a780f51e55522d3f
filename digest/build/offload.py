"""Long jobs (the search index) in a fresh process while the build goes on.

A forked worker starts with the build's whole memory and then copies most of it, since Python
writes to every object it touches: at 10,000 entries the forked search worker held 390 MB of its
own while it only waited for Pagefind. A fresh interpreter holds only its jobs. They go to it
pickled through a pipe (between this process and its own child, never through a file), their
outputs come back the same way, and `result` waits for them, with a deadline.

Failure never changes the output: if the process cannot start, dies or misses the deadline, the
caller makes the jobs itself. A job's own failure (a `UserError`, such as Pagefind failing) is
raised in the caller as it was raised in the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from digest.model.usererror import UserError
from digest.site.render import Job

DEADLINE = 1200.0  # seconds for every job of one process (the search job has its own 900 s)
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder that holds `digest/`


class Offloaded:
    """Jobs' outputs, made in a fresh process started here (made by `result` itself when
    `parallel` is off or the process fails)."""

    def __init__(self, jobs: Sequence[Job[Any]], *, parallel: bool = True) -> None:
        self.jobs = list(jobs)
        self.process: subprocess.Popen[bytes] | None = None
        if parallel and self.jobs:
            self.process = _start(self.jobs)

    def result(self, deadline: float = DEADLINE) -> list[bytes]:
        process, self.process = self.process, None
        if process is not None:
            try:
                out, _ = process.communicate(timeout=deadline)
                status, value = pickle.loads(out) if process.returncode == 0 else (None, None)
            except Exception:  # past the deadline, or an answer cut short: made here
                _stop(process)
                status, value = None, None
            if status == "made" and isinstance(value, list):
                return value
            if status == "raised" and isinstance(value, UserError):
                raise value
        return [job.run() for job in self.jobs]

    def close(self) -> None:
        """Stop the process (a build that failed elsewhere)."""
        process, self.process = self.process, None
        if process is not None:
            _stop(process)


def _start(jobs: list[Job[Any]]) -> subprocess.Popen[bytes] | None:
    read, write = os.pipe()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "digest.build.offload"],
            stdin=read,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_environment(),
        )
    except OSError:
        os.close(write)
        return None
    finally:
        os.close(read)
    try:
        with open(write, "wb") as pipe:  # pickled while the child starts; it reads them all
            pipe.write(pickle.dumps(jobs, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # a job that cannot be pickled, a child gone: made by the caller
        _stop(process)
        return None
    return process


def _environment() -> dict[str, str]:
    """This process's environment, with the folder this `digest` was imported from first on
    the child's path (a checkout run from its folder), unless it is where packages are
    installed (put first, that folder could hide the standard library's modules)."""
    env = dict(os.environ)
    installed = {os.path.realpath(sysconfig.get_path(name)) for name in ("purelib", "platlib")}
    if os.path.realpath(_PACKAGE_ROOT) not in installed:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (_PACKAGE_ROOT, env.get("PYTHONPATH"))))
    return env


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ask the process to stop (it removes its scratch files and stops Pagefind), then make
    sure it has."""
    if process.poll() is None:
        process.terminate()
        try:
            process.communicate(timeout=5)
            return
        except (subprocess.TimeoutExpired, ValueError, OSError):
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired, ValueError, OSError):
        process.communicate(timeout=5)


def main() -> int:
    """In the child: run the jobs read from stdin, write their outputs (or the user error that
    stopped one) to stdout."""
    # Stopped by the build (`_stop`): unwind, so that temporary folders are removed and a
    # program the job runs is stopped with it (`subprocess.run` kills it on the way out).
    signal.signal(signal.SIGTERM, _unwind)
    jobs = pickle.loads(sys.stdin.buffer.read())
    try:
        answer: tuple[str, Any] = ("made", [job.run() for job in jobs])
    except UserError as error:
        answer = ("raised", error)
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


def _unwind(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    raise SystemExit(main())
