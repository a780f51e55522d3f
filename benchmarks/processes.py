"""Where a command's memory and CPU go, process by process (Linux).

    python -m benchmarks.processes -- .venv/bin/mkdocs build -f DIR/mkdocs.yml
    python -m benchmarks.processes --every 0.3 -- .venv/bin/digest check

Runs the command and samples every process descending from it (`/proc/PID/stat` for CPU time,
`/proc/PID/smaps_rollup` for PSS): a build forks validation and theming workers and starts a
search process and Pagefind, and the total alone does not say which of them to shrink. Prints
the peak PSS of the whole tree, then one line per process that used CPU or memory: when it
lived (seconds from the start), its CPU time, its largest PSS and when it was reached, and its
peak RSS (the kernel's high-water mark, `VmHWM`: pages shared with a parent counted in full, as
`ru_maxrss` and the issue's "largest process" count them).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Seen:
    name: str
    parent: int
    start: float
    end: float = 0.0
    cpu: float = 0.0
    pss_mb: int = 0
    pss_at: float = 0.0  # when the largest PSS was sampled
    hwm_mb: int = 0


def _stat(pid: str) -> tuple[int, str, float] | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as file:
            text = file.read()
    except OSError:
        return None
    close = text.rfind(")")
    fields = text[close + 2 :].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICK
    return int(fields[1]), text[text.find("(") + 1 : close], cpu


def _pss_mb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as file:
            for line in file:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _hwm_mb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as file:
            for line in file:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _tree(root: int) -> dict[int, tuple[int, str, float]]:
    found = {int(p): s for p in os.listdir("/proc") if p.isdigit() and (s := _stat(p))}
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, (parent, _, _) in found.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return {pid: found[pid] for pid in tree if pid in found}


# The tree at its peak: when, and each process's PSS then (what to shrink is what overlaps).
PEAK: dict[str, object] = {"at": 0.0, "parts": []}


def watch(command: list[str], every: float) -> tuple[int, int, dict[int, Seen]]:
    """Run the command; return its exit status, the tree's peak PSS (MB) and each process."""
    started = time.monotonic()
    process = subprocess.Popen(command)
    seen: dict[int, Seen] = {}
    peak = 0
    while process.poll() is None:
        now = time.monotonic() - started
        total = 0
        parts = []
        for pid, (parent, name, cpu) in _tree(process.pid).items():
            pss = _pss_mb(pid)
            total += pss
            parts.append((pid, name, pss))
            record = seen.setdefault(pid, Seen(name, parent, now))
            record.end, record.cpu = now, cpu
            record.hwm_mb = max(record.hwm_mb, _hwm_mb(pid))
            if pss > record.pss_mb:
                record.pss_mb, record.pss_at = pss, now
        if total > peak:
            peak = total
            PEAK["at"], PEAK["parts"] = now, parts
        time.sleep(every)
    return process.returncode, peak, seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--every", type=float, default=0.3, help="seconds between samples")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command or not os.path.isdir("/proc"):
        parser.error("a command to run, after --, on a system with /proc")
    status, peak, seen = watch(command, args.every)
    print(f"exit status {status}; peak PSS of the process tree {peak:,} MB")
    parts = sorted(PEAK["parts"], key=lambda part: -part[2])  # type: ignore[arg-type]
    shown = ", ".join(f"{pid} {name} {pss:,}" for pid, name, pss in parts if pss >= 10)
    print(f"the tree at its peak ({PEAK['at']:.1f} s): {shown}")
    print("| process | parent | lived (s) | CPU (s) | peak PSS (MB), at (s) | peak RSS (MB) |")
    print("| --- | ---: | --- | ---: | ---: | ---: |")
    for pid, record in sorted(seen.items(), key=lambda item: item[1].start):
        if record.cpu >= 0.3 or record.pss_mb >= 50:
            print(
                f"| {pid} {record.name} | {record.parent} | {record.start:.1f}-{record.end:.1f} "
                f"| {record.cpu:.1f} | {record.pss_mb:,}, {record.pss_at:.0f} | {record.hwm_mb:,} |"
            )
    return status


if __name__ == "__main__":
    sys.exit(main())
