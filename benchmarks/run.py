"""Benchmarks: the digest at N entries against MkDocs + Material alone (the floor).

    python -m benchmarks.run                  # N = 100 and 1,000 (`make bench`)
    python -m benchmarks.run --full           # and 10,000 (`make bench-full`)
    python -m benchmarks.run --sizes 3000 --runs 5 --json results.json
    python -m benchmarks.run --shapes short   # one corpus shape only (default: long and short)

For each N and each corpus shape (`long`: the benchmark's 400-word write-ups; `short`: short
write-ups, three quotes each and thousands of speakers, the kind issue 22 measured), in a
temporary folder: a synthetic corpus (benchmarks/synthetic.py); `digest check`
(wall time, median of runs); a full `mkdocs build` of the digest and of the floor (the same
entry files as plain pages, our plugin disabled; see benchmarks/floor.py), and, when Zensical is
installed, `digest generate` + `zensical build` of the same site, interleaved, median of runs,
each in a fresh process whose own peak RSS is read with wait4(); output size, the
largest HTML page and the search index of the last build; and the rebuild after editing one
entry as `mkdocs serve` does it (benchmarks/serve_rebuild.py). Results are printed as Markdown
tables, never asserted: the targets of the scale issue are listed as met or not met.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.floor import make_floor
from benchmarks.serve_rebuild import edit_entry
from benchmarks.synthetic import generate
from digest.build.fingerprint import software

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_SIZES = (100, 1000)
FULL_SIZES = (100, 1000, 10000)
ZENSICAL = BIN / "zensical"


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process
    peak_rss: int  # bytes: the largest RSS of one process of the tree (wait4)
    returncode: int
    stderr: str
    peak_pss: int = 0  # bytes: the largest sum of PSS over the process and its children


@dataclass
class Result:
    n: int
    shape: str = "long"
    generate: float = 0.0
    check: list[float] = field(default_factory=list)
    check_cpu: list[float] = field(default_factory=list)
    check_rss: int = 0
    check_warm: list[float] = field(default_factory=list)  # with the build cache filled
    check_warm_cpu: list[float] = field(default_factory=list)
    build: list[float] = field(default_factory=list)  # cold: no build cache
    build_cpu: list[float] = field(default_factory=list)
    build_rss: int = 0
    build_pss: int = 0
    warm: list[float] = field(default_factory=list)  # one entry edited, the cache present
    warm_cpu: list[float] = field(default_factory=list)
    warm_rss: int = 0
    warm_pss: int = 0
    floor: list[float] = field(default_factory=list)
    floor_cpu: list[float] = field(default_factory=list)
    floor_rss: int = 0
    # The engine path of issue 16: `digest generate` then `zensical build` (empty: not run).
    zensical: list[float] = field(default_factory=list)
    zensical_cpu: list[float] = field(default_factory=list)
    zensical_generate: list[float] = field(default_factory=list)
    zensical_rss: int = 0
    zensical_html_pages: int = 0
    zensical_search_index: int = 0
    site_bytes: int = 0
    floor_site_bytes: int = 0
    html_pages: int = 0
    floor_html_pages: int = 0
    largest_page: tuple[str, int] = ("", 0)
    search_index: int = 0
    search_docs: int = 0
    search_entries: int = 0
    floor_search_index: int = 0
    serve_first: float = 0.0
    serve_rebuilds: list[float] = field(default_factory=list)
    serve_rebuilds_cpu: list[float] = field(default_factory=list)
    hooks_first: dict[str, float] = field(default_factory=dict)
    hooks_rebuild: dict[str, float] = field(default_factory=dict)
    # The software (the digest's own files, the installed packages) changed between a cold
    # build and its warm build: every key changed, so the warm figure measures a cold build.
    warm_void: bool = False

    @property
    def ratio(self) -> float:
        return median(self.build) / median(self.floor)

    @property
    def cpu_ratio(self) -> float:
        return median(self.build_cpu) / median(self.floor_cpu)

    @property
    def warm_ratio(self) -> float:
        return median(self.warm) / median(self.floor) if self.warm else float("nan")

    @property
    def warm_cpu_ratio(self) -> float:
        return median(self.warm_cpu) / median(self.floor_cpu) if self.warm_cpu else float("nan")

    @property
    def plugin_time(self) -> float:
        """Seconds spent in the digest plugin's own hooks during one full build."""
        return sum(t for name, t in self.hooks_first.items() if name.startswith("digest."))


def _result(data: dict) -> Result:
    data = dict(data, largest_page=tuple(data["largest_page"]))
    return Result(**{k: v for k, v in data.items() if k in Result.__dataclass_fields__})


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def measure(command: list[str], cwd: Path) -> Run:
    """Run `command` in a fresh process; its wall time, the peak RSS of its largest process
    (wait4's rusage) and the peak PSS of the whole process tree (sampled twice a second): the
    digest forks helpers that share most of the build's memory, which each one's RSS counts
    again and PSS (each shared page divided among its sharers) does not."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        peak_pss = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.5):
                peak_pss[0] = max(peak_pss[0], tree_pss(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    run = Run(wall, cpu, usage.ru_maxrss * 1024, process.returncode, stderr, peak_pss[0])
    if run.returncode != 0:
        tail = "\n".join(stderr.splitlines()[-20:])
        raise SystemExit(f"benchmark command failed ({run.returncode}): {command}\n{tail}")
    return run


def tree_pss(pid: int) -> int:
    """The PSS of a process and all its descendants, in bytes (Linux; 0 elsewhere)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(child) for child in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


def tool(name: str) -> str:
    """A console script of this environment (the venv's `mkdocs`, `digest`)."""
    candidate = BIN / name
    return str(candidate) if candidate.exists() else (shutil.which(name) or name)


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def html_pages(site: Path) -> list[tuple[int, str]]:
    return [(p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")]


def search_index(site: Path) -> tuple[int, int, int]:
    """(bytes, documents, distinct entry pages) of the search index: the digest's Pagefind
    bundle (`pagefind/`: every file, and the page of each fragment, in every part of the
    index), else Material's `search_index.json` (the floor's)."""
    bundle = site / "pagefind"
    if bundle.is_dir():
        size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
        urls = []
        for fragment in bundle.glob("**/fragment/*.pf_fragment"):
            data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
            urls.append(str(json.loads(data).get("url", "")))
        return size, len(urls), sum("/entries/" in u for u in urls)
    path = site / "search" / "search_index.json"
    if not path.is_file():
        return 0, 0, 0
    docs = json.loads(path.read_text(encoding="utf-8")).get("docs", [])
    pages = {d["location"].split("#", 1)[0] for d in docs}
    return path.stat().st_size, len(docs), sum(p.startswith("entries/") for p in pages)


def _remove(folders: tuple[Path, ...]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def bench_size(
    n: int,
    runs: int,
    edits: int,
    tmp: Path,
    log,
    keep: bool = False,
    zensical: bool = True,
    shape: str = "long",
) -> Result:
    result = Result(n, shape)
    root = tmp / f"n{n}-{shape}" / "digest"
    floor_root = tmp / f"n{n}-{shape}" / "floor"
    start = time.perf_counter()
    content = generate(root, n, shape=shape)
    floor_config = make_floor(content, floor_root)
    result.generate = time.perf_counter() - start
    log(f"N={n} ({shape}): corpus generated in {result.generate:.1f} s")

    cache = root / ".cache"
    for _ in range(runs):
        run = measure([tool("digest"), "check", "--no-cache"], root)
        result.check.append(run.wall)
        result.check_cpu.append(run.cpu)
        result.check_rss = max(result.check_rss, run.peak_rss)
    measure([tool("digest"), "check"], root)  # fills the cache
    for _ in range(runs):
        run = measure([tool("digest"), "check"], root)
        result.check_warm.append(run.wall)
        result.check_warm_cpu.append(run.cpu)
    log(
        f"N={n}: digest check {median(result.check):.2f} s, "
        f"with its cache {median(result.check_warm):.2f} s"
    )

    mkdocs = tool("mkdocs")
    # Every build writes into an empty site folder: MkDocs first deletes an old one file by
    # file, which costs the same per page for both but was paid by the digest's second build
    # and not by the floor's first.
    sites = (root / "site", floor_root / "site")
    for i in range(runs):
        shutil.rmtree(cache, ignore_errors=True)  # cold: nothing cached
        before = software(again=True)
        _remove(sites)
        run = measure([mkdocs, "build", "-q"], root)
        result.build.append(run.wall)
        result.build_cpu.append(run.cpu)
        result.build_rss = max(result.build_rss, run.peak_rss)
        result.build_pss = max(result.build_pss, run.peak_pss)
        _remove(sites)
        run = measure([mkdocs, "build", "-q", "-f", str(floor_config)], floor_root)
        result.floor.append(run.wall)
        result.floor_cpu.append(run.cpu)
        result.floor_rss = max(result.floor_rss, run.peak_rss)
        edit_entry(content, 100 + i)  # warm: one entry edited since the cold build
        _remove(sites[:1])
        if software(again=True) != before:
            result.warm_void = True
            log(f"N={n}: the digest's code or packages changed since the cold build: warm void")
        run = measure([mkdocs, "build", "-q"], root)
        result.warm.append(run.wall)
        result.warm_cpu.append(run.cpu)
        result.warm_rss = max(result.warm_rss, run.peak_rss)
        result.warm_pss = max(result.warm_pss, run.peak_pss)
        log(
            f"N={n}: build {i + 1}/{runs}: digest cold {result.build[-1]:.1f} s, "
            f"floor {result.floor[-1]:.1f} s, warm after one edit {run.wall:.1f} s"
        )
        if zensical and ZENSICAL.exists():
            generated = measure([tool("digest"), "generate", "zensical"], root)
            run = measure([str(ZENSICAL), "build", "--clean", "-f", "zensical/mkdocs.yml"], root)
            result.zensical_generate.append(generated.wall)
            result.zensical.append(generated.wall + run.wall)
            result.zensical_cpu.append(generated.cpu + run.cpu)
            result.zensical_rss = max(result.zensical_rss, generated.peak_rss, run.peak_rss)
            total = result.zensical[-1]
            log(f"N={n} ({shape}): build {i + 1}/{runs}: generate + Zensical {total:.1f} s")
    if result.zensical:
        zensical_site = root / "zensical" / "site"
        result.zensical_html_pages = len(html_pages(zensical_site))
        index = zensical_site / "search.json"
        result.zensical_search_index = index.stat().st_size if index.is_file() else 0

    site, floor_site = root / "site", floor_root / "site"
    result.site_bytes = tree_bytes(site)
    result.floor_site_bytes = tree_bytes(floor_site)
    pages = html_pages(site)
    result.html_pages = len(pages)
    result.floor_html_pages = len(html_pages(floor_site))
    size, path = max(pages)
    result.largest_page = (path, size)
    result.search_index, result.search_docs, result.search_entries = search_index(site)
    result.floor_search_index = search_index(floor_site)[0]

    command = [sys.executable, "-m", "benchmarks.serve_rebuild", str(root), "--edits", str(edits)]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"serve rebuild failed:\n{out.stderr[-4000:]}")
    serve = json.loads(out.stdout.strip().splitlines()[-1])
    result.serve_first = serve["first"]
    result.serve_rebuilds = serve["rebuilds"]
    result.serve_rebuilds_cpu = serve["rebuilds_cpu"]
    result.hooks_first = serve["hooks_first"]
    result.hooks_rebuild = serve["hooks_rebuild"]
    log(f"N={n} ({shape}): rebuild after one edit {median(result.serve_rebuilds):.1f} s")
    if not keep:
        shutil.rmtree(tmp / f"n{n}-{shape}", ignore_errors=True)
    return result


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024**2:.0f} GB"
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

    def version(dist: str) -> str:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return "?"

    return {
        "cpus": str(cpus),
        "cpu": cpu,
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "material": version("mkdocs-material"),
        "zensical": version("zensical"),
        "pyyaml_c": str(_yaml_has_c()),
    }


def _yaml_has_c() -> bool:
    try:
        import yaml

        return hasattr(yaml, "CSafeLoader")
    except ImportError:
        return False


def _mb(value: int) -> str:
    return f"{value / 1024**2:.1f} MB"


def _kb(value: float) -> str:
    return f"{value / 1024:.1f} KB"


def report(results: list[Result], info: dict[str, str], runs: int, edits: int) -> str:
    lines = [
        f"Machine: {info['cpus']} CPUs ({info['cpu']}), {info['memory']} RAM, {info['os']}; "
        f"Python {info['python']}, MkDocs {info['mkdocs']}, Material {info['material']}, "
        f"Zensical {info.get('zensical', '?')}, "
        f"PyYAML C loader: {info['pyyaml_c']}. Medians of {runs} runs; rebuild: median of "
        f"{edits} edits. Times are wall clock, CPU (user + system) in brackets: the machine "
        "may be shared, and CPU time is the steadier figure when it is.",
        "",
        "| N | figure | digest | floor | ratio wall (CPU) | target | status |",
        "| ---: | --- | ---: | ---: | ---: | --- | --- |",
    ]
    for r in results:
        lines += issue_rows(r)
    lines += [
        "",
        "| N | peak RSS cold / warm / floor | HTML pages digest / floor | site digest / floor "
        "| largest page | search index: Pagefind (Material's) | per entry |",
        "| ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ]
    for r in results:
        path, size = r.largest_page
        lines.append(
            f"| {r.n:,} {r.shape} | {_mb(r.build_rss)} / {_mb(r.warm_rss)} / {_mb(r.floor_rss)} "
            f"| {r.html_pages:,} / {r.floor_html_pages:,} "
            f"| {_mb(r.site_bytes)} / {_mb(r.floor_site_bytes)} "
            f"| {_kb(size)} `{path}` | {_mb(r.search_index)} ({_mb(r.floor_search_index)}) "
            f"| {_kb(r.search_index / r.n)} ({_kb(r.floor_search_index / r.n)}) |"
        )
    if any(r.zensical for r in results):
        lines += [
            "",
            "Engine paths (issue 16; docs/zensical.md): the full build of the same site.",
            "",
            "| N | MkDocs + digest plugin | MkDocs floor | `digest generate` + Zensical "
            "| of which `digest generate` | peak RSS | HTML pages | search index (MkDocs) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in results:
            if not r.zensical:
                continue
            lines.append(
                f"| {r.n:,} {r.shape} | {median(r.build):.1f} s ({median(r.build_cpu):.1f}) "
                f"| {median(r.floor):.1f} s ({median(r.floor_cpu):.1f}) "
                f"| {median(r.zensical):.1f} s ({median(r.zensical_cpu):.1f}) "
                f"| {median(r.zensical_generate):.1f} s | {_mb(r.zensical_rss)} "
                f"| {r.zensical_html_pages:,} "
                f"| {_mb(r.zensical_search_index)} ({_mb(r.search_index)}) |"
            )
    lines += ["", "Other targets (scale issue):", ""]
    lines += [f"- {line}" for line in targets(results)]
    lines += ["", "Plugin hooks in the first build of the rebuild benchmark (seconds):", ""]
    for r in results:
        hooks = ", ".join(
            f"{name} {t:.2f}" for name, t in sorted(r.hooks_first.items()) if t >= 0.005
        )
        lines.append(f"- N={r.n:,}: {hooks}")
    return "\n".join(lines)


def _status(ok_wall: bool, ok_cpu: bool | None = None) -> str:
    wall = "met" if ok_wall else "**NOT met**"
    if ok_cpu is None or ok_cpu == ok_wall:
        return wall
    return f"{wall} (CPU: {'met' if ok_cpu else 'NOT met'})"


def issue_rows(r: Result) -> list[str]:
    """The rows of issue 14's table for one N, as ratios to the floor of the same run."""
    big = r.n >= 10000
    floor = f"{median(r.floor):.1f} s ({median(r.floor_cpu):.1f})"
    n = f"{r.n:,} {r.shape}"
    warm_target = 1.0 if big else 1.2
    warm_status = _status(r.warm_ratio <= warm_target, r.warm_cpu_ratio <= warm_target)
    if r.warm_void:
        warm_status = "void: the software changed between the cold and the warm build"
    serve = median(r.serve_rebuilds)
    peak = max(r.build_rss, r.warm_rss)
    pss = max(r.build_pss, r.warm_pss)
    check = median(r.check)
    return [
        f"| {n} | cold build (empty cache) | {median(r.build):.1f} s "
        f"({median(r.build_cpu):.1f}) | {floor} | {r.ratio:.2f} ({r.cpu_ratio:.2f}) | ≤ 1.5 "
        f"| {_status(r.ratio <= 1.5, r.cpu_ratio <= 1.5)} |",
        f"| {n} | warm build (one entry edited, cache present) | {median(r.warm):.1f} s "
        f"({median(r.warm_cpu):.1f}) | {floor} | {r.warm_ratio:.2f} ({r.warm_cpu_ratio:.2f}) "
        f"| ≤ {warm_target:.1f} "
        f"| {warm_status} |",
        f"| {n} | `mkdocs serve` rebuild after one edit | {serve:.2f} s "
        f"({median(r.serve_rebuilds_cpu):.2f}) | | {serve / median(r.floor):.2f} "
        f"| ≤ 2 s at 10,000 | {_status(serve <= 2) if big else 'judged at 10,000'} |",
        f"| {n} | peak memory (cold, warm): PSS of the process tree "
        f"| {_mb(r.build_pss)}, {_mb(r.warm_pss)} "
        f"| {_mb(r.floor_rss)} | {pss / r.floor_rss:.2f} | < 1 GB at 10,000 "
        f"| {_status(pss < 1024**3) if big else 'judged at 10,000'} |",
        f"| {n} | peak memory (cold, warm): RSS of the largest process "
        f"| {_mb(r.build_rss)}, {_mb(r.warm_rss)} | {_mb(r.floor_rss)} | {peak / r.floor_rss:.2f} "
        "| | |",
        # Issue 22: without a cache it renders and sanitizes every write-up, as it must, and is
        # no target; with the cache the pull-request workflow restores, it is.
        f"| {n} | `digest check` (with its cache; none) | {median(r.check_warm):.2f} s; "
        f"{check:.2f} s ({median(r.check_cpu):.2f}) | | "
        f"{check / median(r.floor):.2f} | < 2 s at 10,000, with its cache "
        f"| {_status(median(r.check_warm) < 2) if big else 'judged at 10,000'} |",
    ]


def targets(results: list[Result]) -> list[str]:
    by_n = {r.n: r for r in results}
    out = []

    def mark(ok: bool) -> str:
        return "met" if ok else "NOT met"

    largest = max(results, key=lambda r: r.n)

    def at_10k(ok: bool, figure: str) -> str:
        """Targets set at 10,000 entries: judged only when 10,000 (or more) was measured."""
        if largest.n >= 10000:
            return f"{mark(ok)} ({figure} at {largest.n:,})"
        return f"not measured at 10,000 (make bench-full); {figure} at {largest.n:,}"

    if 1000 in by_n and 10000 in by_n:
        growth = median(by_n[10000].build) / median(by_n[1000].build)
        cpu = median(by_n[10000].build_cpu) / median(by_n[1000].build_cpu)
        out.append(f"10,000 ≤ 11x 1,000: {mark(growth <= 11)} ({growth:.1f}x wall, {cpu:.1f}x CPU)")
    peak = max(largest.build_rss, largest.warm_rss)
    out.append(f"peak memory < 2 GB at 10,000: {at_10k(peak < 2 * 1024**3, _mb(peak))}")
    biggest = max(r.largest_page[1] for r in results)
    out.append(f"no page > 300 KB: {mark(biggest <= 300 * 1024)} (largest {_kb(biggest)})")
    per_entry = max(r.search_index / r.n for r in results)
    out.append(
        f"search bundle on disk: {_kb(per_entry)} per entry at most (no target: a reader "
        "downloads a few of its chunks, measured by `benchmarks.search`: docs/search.md)"
    )
    once = all(r.search_entries == r.n for r in results)
    out.append(f"each entry in the search index once: {mark(once)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--full", action="store_true", help="include N = 10,000 (slow)")
    parser.add_argument("--sizes", help="comma-separated entry counts, e.g. 100,1000")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per measurement")
    parser.add_argument(
        "--shapes", default="long,short", help="corpus shapes (benchmarks/synthetic.py)"
    )
    parser.add_argument("--edits", type=int, help="edits for the rebuild (default: --runs)")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--no-zensical", action="store_true", help="skip the Zensical path (minutes at 10,000)"
    )
    parser.add_argument(
        "--from-json", type=Path, metavar="PATH", help="print the tables of a saved --json run"
    )
    args = parser.parse_args(argv)
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        results = [_result(r) for r in saved["results"]]
        runs = max(len(r.build) for r in results)
        edits = max(len(r.serve_rebuilds) for r in results)
        print(report(results, saved["machine"], runs, edits))
        return 0
    if args.sizes:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    else:
        sizes = list(FULL_SIZES if args.full else DEFAULT_SIZES)
    edits = args.edits or args.runs

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    info = machine()
    tmp = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    results = []
    try:
        shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
        for n in sizes:
            for shape in shapes:
                results.append(
                    bench_size(
                        n, args.runs, edits, tmp, log, args.keep, not args.no_zensical, shape
                    )
                )
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(report(results, info, args.runs, edits))
    if args.json:
        args.json.write_text(
            json.dumps({"machine": info, "results": [asdict(r) for r in results]}, indent=2)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
