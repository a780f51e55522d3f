"""Long jobs (the search index) in a fresh process while the build goes on.

A forked worker starts with the build's whole memory and then copies most of it, since Python
writes to every object it touches: at 10,000 entries the forked search worker held 390 MB of its
own while it only waited for Pagefind. A fresh interpreter holds only its jobs. They go to it
pickled through a pipe (between this process and its own child, never through a file), streamed
rather than pickled whole first; each output comes back as its own frame as soon as it is made,
and `outputs` yields them one by one, with a deadline. So neither side ever holds every output
twice (at 100,000 entries the search bundle is 290 MB: received whole, unpickled and unpacked,
it was three copies at the end of the build, its largest moment).

Failure never changes the output: if the process cannot start, dies or misses the deadline, the
caller makes the jobs it has not received itself. A job's own failure (a `UserError`, such as
Pagefind failing) is raised in the caller as it was raised in the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import select
import signal
import subprocess
import sys
import sysconfig
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from digest.build.workers import die_with_parent
from digest.model.usererror import UserError
from digest.site.render import Job

DEADLINE = 1200.0  # seconds for every job of one process (the search job has its own 900 s)
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder that holds `digest/`
_LENGTH = 8  # bytes of each frame's length, before its pickle
_READ = 1 << 20  # bytes read from the pipe at once


class Offloaded:
    """Jobs' outputs, made in a fresh process started here, or (`threaded`, where no process
    is wanted: `mkdocs serve`) in a thread of this one, whose Pagefind runs beside the pages
    as its own program; made by `outputs` itself when neither is on or either fails."""

    def __init__(
        self, jobs: Sequence[Job[Any]], *, parallel: bool = True, threaded: bool = False
    ) -> None:
        self.jobs = list(jobs)
        self.process: subprocess.Popen[bytes] | None = None
        self.thread: _Thread | None = None
        if parallel and self.jobs:
            self.process = _start(self.jobs)
        elif threaded and self.jobs:
            self.thread = _Thread(self.jobs)

    def result(self, deadline: float = DEADLINE) -> list[bytes]:
        return list(self.outputs(deadline))

    def outputs(self, deadline: float = DEADLINE) -> Iterator[bytes]:
        """Each job's output in order, as the process sends it; from the first one it does
        not send (it died, sent something else, or the deadline passed) the caller makes them."""
        process, self.process = self.process, None
        thread, self.thread = self.thread, None
        done = 0
        if thread is not None:
            results = thread.outputs(time.monotonic() + deadline)
            while done < len(self.jobs):
                status, value = next(results, ("late", None))
                if status == "raised" and isinstance(value, UserError):
                    raise value
                if status != "made" or not isinstance(value, bytes):
                    break  # made here, from this job on (the same error, if it is one)
                done += 1
                yield value
                del value
        if process is not None:
            try:
                frames = read_frames(process, time.monotonic() + deadline)
                while done < len(self.jobs):
                    status, value = next(frames)
                    if status == "raised" and isinstance(value, UserError):
                        raise value
                    if status != "made" or not isinstance(value, bytes):
                        break
                    done += 1
                    yield value
                    del value  # not kept while the next one is read
            except (UserError, GeneratorExit):
                raise
            except Exception:  # past the deadline, gone, or an answer cut short: made here
                pass
            finally:
                if done == len(self.jobs):  # all sent: let it end on its own
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        process.wait(timeout=5)
                _stop(process)
        for job in self.jobs[done:]:
            yield job.run()

    def close(self) -> None:
        """Stop the process (a build that failed elsewhere)."""
        process, self.process = self.process, None
        if process is not None:
            _stop(process)


class _Thread:
    """The jobs run one after the other in a daemon thread; their outputs (or the exception
    one raised, which ends it) wait in a queue for `outputs`."""

    def __init__(self, jobs: list[Job[Any]]) -> None:
        self.results: queue.Queue[tuple[str, Any]] = queue.Queue()
        threading.Thread(target=self._run, args=(jobs,), daemon=True, name="digest-jobs").start()

    def _run(self, jobs: list[Job[Any]]) -> None:
        for job in jobs:
            try:
                self.results.put(("made", job.run()))
            except BaseException as error:  # handed to the caller, which decides
                self.results.put(("raised", error))
                return

    def outputs(self, deadline: float) -> Iterator[tuple[str, Any]]:
        """Each (status, value) in order, until one is not there by the deadline."""
        while True:
            try:
                yield self.results.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return


def _start(jobs: list[Job[Any]]) -> subprocess.Popen[bytes] | None:
    read, write = os.pipe()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "digest.build.offload"],
            stdin=read,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_environment(),
        )
    except OSError:
        os.close(write)
        return None
    finally:
        os.close(read)
    try:
        with open(write, "wb") as pipe:  # streamed while the child starts; it reads them all
            pickle.dump(jobs, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a job that cannot be pickled, a child gone: made by the caller
        _stop(process)
        return None
    return process


def read_frames(process: subprocess.Popen[bytes], deadline: float) -> Iterator[Any]:
    """The child's frames (a length, then a pickle), each read as it comes, until the deadline
    (then TimeoutError) or the end of its output (EOFError)."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    while True:
        length = int.from_bytes(_read(fd, _LENGTH, deadline), "big")
        frame = _read(fd, length, deadline)
        yield pickle.loads(frame)
        del frame


def write_frame(out: BinaryIO, value: object) -> None:
    """One frame for `read_frames`: its length, then its pickle."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(len(data).to_bytes(_LENGTH, "big"))
    out.write(data)
    out.flush()


def _read(fd: int, size: int, deadline: float) -> bytearray:
    data = bytearray()
    while len(data) < size:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(fd, min(size - len(data), _READ))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def child_environment() -> dict[str, str]:
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
    die_with_parent(os.getppid(), signal.SIGTERM)  # and unwinds when the build is killed
    jobs: list[Job[Any]] = pickle.load(sys.stdin.buffer)
    jobs.reverse()  # popped in order: a job's view is let go once it is made
    frames: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    writer = threading.Thread(target=_send, args=(frames, sys.stdout.buffer), daemon=True)
    writer.start()
    while jobs:
        job = jobs.pop()
        try:
            answer: tuple[str, Any] = ("made", job.run())
        except UserError as error:
            answer = ("raised", error)
        del job
        frames.put(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
        if answer[0] == "raised":
            break
        del answer
    frames.put(None)
    writer.join()
    return 0


def _send(frames: queue.SimpleQueue[bytes | None], out: BinaryIO) -> None:
    """In the child, beside its jobs: each frame once the parent takes it. The parent reads
    only when it needs the outputs (at the end of its build), and a pipe holds 64 KB: written
    in the job's own thread, the first output would stop the next job until then."""
    while (frame := frames.get()) is not None:
        out.write(len(frame).to_bytes(_LENGTH, "big"))
        out.write(frame)
        out.flush()
        del frame


def _unwind(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    raise SystemExit(main())
