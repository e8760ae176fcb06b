"""Benchmark: the pipeline on synthetic corpora of N documents (`make bench`; not part of `make test`).

For each N (default 1,000, 10,000 and 100,000):

* generate the corpus under .bench/ (ignored; reused when already complete for that seed);
* the floor: seconds to read and decode every file (extract.read.decode), one process;
* copy the project into a temporary folder and run there, each stage as its own process:
  extract (`yusuan extract --raw <corpus>`, default workers = all cores), `dbt build`
  (split per stage from target/run_results.json: reference seeds, models (the staging views
  read the raw CSVs in place), tests) and the Great Expectations checkpoint;
* the nightly case (``--added``, default 100): hard links to the corpus plus that many new
  documents of the same seed, then `yusuan extract` again (only the new ones are extracted,
  the rest comes from the cache) and `dbt build`; the same with nothing new; and
  `yusuan extract --full` over the same files, whose seeds/raw must be byte-identical; the
  floor beside them is listing the folder and hashing every file;
* peak memory per stage: the largest single process (wait4's maxrss, via /usr/bin/time) and
  the whole process tree (its RSS summed, sampled every 0.1 s); the database file's size.

Prints a table and writes bench/out/bench-<timestamp>.{csv,json}. Nothing is written into
the checkout's warehouse or seeds/raw.

    .venv/bin/python bench/run.py --sizes 1000,10000 --seed 1
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import corpus_is_complete, generate  # noqa: E402
from extract.read import decode, list_files, list_sources  # noqa: E402

BIN = Path(sys.executable).parent
_SKIP = {
    ".venv",
    ".git",
    ".bench",
    "bench",
    "warehouse",
    "target",
    "logs",
    "uncommitted",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
    "build",
    ".yusuan",
}
DEFAULT_SIZES = (1_000, 10_000, 100_000)
TARGETS = {"docs_per_s": 1_000, "e2e_100k_s": 300, "peak_rss_gb": 8, "ratio_100k_10k": 12}


# ---------------------------------------------------------------------------------------
# Measuring a process tree


def _children_map() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        out.setdefault(ppid, []).append(int(entry.name))
    return out


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(root: int) -> int:
    """Resident memory in bytes of process ``root`` and all its descendants (from /proc; 0 if gone)."""
    children = _children_map()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_bytes(pid)
        todo.extend(children.get(pid, ()))
    return total


@dataclass
class StageRun:
    seconds: float
    returncode: int
    peak_tree_rss: int  # bytes, sum over the process tree (sampled)
    peak_process_rss: int  # bytes, the largest single process (wait4 maxrss)
    cpu_seconds: float = 0.0  # user + system, the process and the children it waited for
    output: str = ""


def run_stage(command: list[str], cwd: Path, env: dict[str, str], log: Path, timeout: float = 3600) -> StageRun:
    """Run one stage under /usr/bin/time, sampling the tree's RSS; its output goes to ``log``."""
    time_file = log.with_suffix(".time")
    wrapped = (
        ["/usr/bin/time", "-f", "%M %U %S", "-o", str(time_file), *command]
        if Path("/usr/bin/time").exists()
        else command
    )
    peak = 0
    started = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(wrapped, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, tree_rss(proc.pid))
                stop.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            returncode = proc.wait(timeout=timeout)
        finally:
            stop.set()
            sampler.join()
    seconds = time.perf_counter() - started
    process_peak, cpu = 0, 0.0
    if time_file.exists():  # last line: '%M %U %S' (earlier lines: 'Command exited with ...')
        fields = time_file.read_text().strip().splitlines()[-1].split()
        if len(fields) == 3:
            process_peak, cpu = int(fields[0]) * 1024, float(fields[1]) + float(fields[2])
    output = log.read_text(encoding="utf-8", errors="replace")
    return StageRun(seconds, returncode, peak, process_peak, cpu, output)


# ---------------------------------------------------------------------------------------
# The stages


def copy_project(dest: Path) -> Path:
    """The project without its environment, outputs, documents or benchmark data."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        skip = {n for n in names if n in _SKIP}
        if Path(folder) == ROOT / "data":
            skip.add("raw")
        return skip

    shutil.copytree(ROOT, dest, ignore=ignore, dirs_exist_ok=True)
    parse_cache = ROOT / "target" / "partial_parse.msgpack"
    if parse_cache.exists():
        (dest / "target").mkdir(exist_ok=True)
        shutil.copy2(parse_cache, dest / "target" / parse_cache.name)
    for folder in ("warehouse", "data/raw"):
        (dest / folder).mkdir(parents=True, exist_ok=True)
    return dest


def measure_floor(corpus: Path) -> dict[str, float]:
    """Read + decode every file in one process: the least any extractor must spend."""
    started = time.perf_counter()
    files = list_files(corpus)
    listed = time.perf_counter()
    total_bytes = 0
    for path in files:
        data = path.read_bytes()
        total_bytes += len(data)
        decode(data)
    done = time.perf_counter()
    return {
        "floor_list_s": round(listed - started, 3),
        "floor_read_decode_s": round(done - listed, 3),
        "floor_ms_per_doc": round(1000 * (done - listed) / max(1, len(files)), 4),
        "corpus_mb": round(total_bytes / 1e6, 1),
    }


def dbt_stage_seconds(run_results: Path, logs: Path) -> dict[str, float]:
    """Wall seconds per kind of node in one `dbt build` (intervals merged: threads overlap)."""
    out: dict[str, float] = {}
    if not run_results.exists():
        return out
    data = json.loads(run_results.read_text(encoding="utf-8"))
    spans: dict[str, list[tuple[float, float]]] = {}
    busy: dict[str, float] = {}
    for result in data.get("results", []):
        kind = result.get("unique_id", "").split(".", 1)[0]  # model, test, seed, operation (hooks)
        for timing in result.get("timing", []):
            if timing.get("name") == "execute" and timing.get("started_at") and timing.get("completed_at"):
                start = dt.datetime.fromisoformat(timing["started_at"].replace("Z", "+00:00")).timestamp()
                end = dt.datetime.fromisoformat(timing["completed_at"].replace("Z", "+00:00")).timestamp()
                spans.setdefault(kind, []).append((start, end))
        busy[kind] = busy.get(kind, 0.0) + float(result.get("execution_time") or 0.0)
    for kind, intervals in spans.items():
        intervals.sort()
        wall, cur_start, cur_end = 0.0, *intervals[0]
        for start, end in intervals[1:]:
            if start > cur_end:
                wall += cur_end - cur_start
                cur_start, cur_end = start, end
            else:
                cur_end = max(cur_end, end)
        wall += cur_end - cur_start
        out[f"dbt_{kind}_wall_s"] = round(wall, 2)
    for kind, seconds in busy.items():
        out[f"dbt_{kind}_busy_s"] = round(seconds, 2)
    out["dbt_nodes"] = len(data.get("results", []))
    hook = _hook_seconds(logs)
    if hook is not None and "dbt_operation_wall_s" not in out:
        out["dbt_load_hook_s"] = hook
    elif "dbt_operation_wall_s" in out:
        out["dbt_load_hook_s"] = out["dbt_operation_wall_s"]
    return out


def _hook_seconds(logs: Path) -> float | None:
    """The on-run-start hook's time, from dbt's log ('1 of 1 OK hook: ... in 3.21s')."""
    import re

    log = logs / "dbt.log"
    if not log.exists():
        return None
    found = re.findall(r"OK hook: [^\n]*?on-run-start[^\n]*?in ([0-9.]+)s", log.read_text(errors="replace"))
    return float(found[-1]) if found else None


@dataclass
class Result:
    n: int
    seed: int
    workers: int
    corpus_dir: str
    generated_s: float | None = None
    metrics: dict[str, float | int | str | None] = field(default_factory=dict)


def bench_one(
    n: int, seed: int, workers: int | None, corpus_root: Path, keep: bool, work_root: Path | None, added: int = 0
) -> Result:
    """Benchmark one corpus size end to end; returns its ``Result`` (seconds, rows, memory).

    n: documents; seed: the corpus seed (the corpus is generated under ``corpus_root`` unless
    already complete); workers: extraction processes (None: all cores); keep: keep the
    project copy made under ``work_root`` (default: system temp); added: new documents for
    the nightly (incremental) run afterwards (0: none).
    """
    corpus = corpus_root / f"corpus-s{seed}-n{n}"
    result = Result(n=n, seed=seed, workers=workers or os.cpu_count() or 1, corpus_dir=str(corpus))
    if not corpus_is_complete(corpus, n, seed):
        shutil.rmtree(corpus, ignore_errors=True)
        manifest = generate(n, seed, corpus)
        result.generated_s = manifest["seconds"]
        print(f"[bench] generated {n} documents in {manifest['seconds']}s -> {corpus}", flush=True)
    m = result.metrics
    m.update(measure_floor(corpus))
    print(f"[bench] N={n}: floor {m['floor_read_decode_s']}s ({m['floor_ms_per_doc']} ms/doc)", flush=True)

    work = Path(tempfile.mkdtemp(prefix=f"yusuan-bench-{n}-", dir=work_root))
    project = copy_project(work / "project")
    db_path = project / "warehouse" / "bench.duckdb"
    env = dict(
        os.environ,
        YUSUAN_DB=str(db_path),
        DBT_PROFILES_DIR=str(project),
        DBT_PROJECT_DIR=str(project),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
        PYTHONUNBUFFERED="1",
    )
    logs = work / "logs"
    logs.mkdir()
    try:
        extract_cmd = [str(BIN / "yusuan"), "extract", "--raw", str(corpus)]
        if workers:
            extract_cmd += ["--workers", str(workers)]
        stage = run_stage(extract_cmd, project, env, logs / "extract.log")
        m.update(_stage("extract", stage))
        m["extract_rc"] = stage.returncode
        m["extract_pipeline_s"] = _reported_extract_seconds(stage.output)
        m["docs_per_s"] = round(n / stage.seconds, 1)
        if m["extract_pipeline_s"]:
            m["docs_per_s_pipeline"] = round(n / float(m["extract_pipeline_s"]), 1)
        m["not_ok_docs"] = _not_ok(stage.output)
        raw_dir = project / "seeds" / "raw"
        m["raw_csv_mb"] = round(sum(p.stat().st_size for p in raw_dir.glob("*.csv")) / 1e6, 1)
        m["raw_rows"] = sum(_count_lines(p) - 1 for p in raw_dir.glob("*.csv"))
        print(
            f"[bench] N={n}: extract {stage.seconds:.1f}s rc={stage.returncode} ({m['docs_per_s']} docs/s)", flush=True
        )

        dbt_cmd = [str(BIN / "dbt"), "build", "--project-dir", str(project), "--profiles-dir", str(project)]
        stage = run_stage(dbt_cmd, project, env, logs / "dbt_build.log")
        m.update(_stage("dbt_build", stage))
        m["dbt_rc"] = stage.returncode
        m.update(dbt_stage_seconds(project / "target" / "run_results.json", project / "logs"))
        shutil.copy2(project / "target" / "run_results.json", logs / "run_results.json") if (
            project / "target" / "run_results.json"
        ).exists() else None
        print(f"[bench] N={n}: dbt build {stage.seconds:.1f}s rc={stage.returncode}", flush=True)

        checks = (
            "import sys; from pathlib import Path; from yusuan.checks.checkpoint import run_checkpoint; "
            "o = run_checkpoint(Path(sys.argv[1]), Path(sys.argv[2])); "
            "print('checks success', o.success); [print('failure', f) for f in list(o.failures)[:20]]"
        )
        if (project / "yusuan" / "checks" / "checkpoint.py").exists():
            stage = run_stage(
                [sys.executable, "-c", checks, str(project), str(db_path)], project, env, logs / "checks.log"
            )
            m.update(_stage("checks", stage))
            m["checks_rc"] = stage.returncode
            m["checks_success"] = "checks success True" in stage.output
            print(f"[bench] N={n}: checks {stage.seconds:.1f}s rc={stage.returncode}", flush=True)
        else:
            m["checks_s"] = None
        m["db_mb"] = round(sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*")) / 1e6, 1)
        m["e2e_s"] = round(sum(float(m.get(k) or 0) for k in ("extract_s", "dbt_build_s", "checks_s")), 2)
        m["e2e_cpu_s"] = round(sum(float(m.get(f"{k}_cpu_s") or 0) for k in ("extract", "dbt_build", "checks")), 2)
        m["peak_rss_mb"] = max(int(m.get(f"{s}_tree_rss_mb") or 0) for s in ("extract", "dbt_build", "checks"))
        if _mart_counts(db_path):
            m.update(_mart_counts(db_path))
        if added:
            m.update(bench_incremental(n, seed, added, corpus, project, env, workers, logs))
    finally:
        if keep:
            print(f"[bench] kept {work}", flush=True)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return result


def grow_corpus(corpus: Path, n: int, seed: int, added: int, dest: Path) -> None:
    """dest: the corpus's files (hard links: same bytes, same relative paths) and documents
    n .. n + added - 1 of the same seed, i.e. the corpus of n + added documents."""
    from bench.corpus import _init, _write_range, harvest

    for rel, path in list_sources(corpus):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)
    _init(harvest())
    _write_range((seed, n, n + added, str(dest)))


def measure_hash_floor(folder: Path) -> float:
    """Seconds to list the folder and sha256 every file, in one process: what any run that
    tells new content from old must spend."""
    started = time.perf_counter()
    for _, path in list_sources(folder):
        with open(path, "rb") as handle:
            hashlib.file_digest(handle, "sha256")
    return round(time.perf_counter() - started, 3)


def _seeds_digest(raw_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(raw_dir.glob("*.csv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def bench_incremental(
    n: int, seed: int, added: int, corpus: Path, project: Path, env: dict[str, str], workers: int | None, logs: Path
) -> dict[str, float | int | str | bool | None]:
    """The nightly case, after the full run of ``corpus`` (its documents are in the project's
    cache): ``added`` new files, then `yusuan extract` (incremental) and `dbt build`; then the
    same files again with nothing new; then `yusuan extract --full` over the same files, whose
    seeds/raw must be byte-identical to the incremental run's."""
    m: dict[str, float | int | str | bool | None] = {"incr_added": added}
    grown = logs.parent / "grown"
    grow_corpus(corpus, n, seed, added, grown)
    m["incr_floor_s"] = measure_hash_floor(grown)
    base = [str(BIN / "yusuan"), "extract", "--raw", str(grown)] + (["--workers", str(workers)] if workers else [])
    raw_dir = project / "seeds" / "raw"

    stage = run_stage(base, project, env, logs / "incr_extract.log")
    m.update(_stage("incr_extract", stage))
    m["incr_extract_rc"] = stage.returncode
    m["incr_extracted"], m["incr_reused"] = _extracted_reused(stage.output)
    incremental = _seeds_digest(raw_dir)
    print(f"[bench] N={n}+{added}: incremental extract {stage.seconds:.1f}s", flush=True)

    dbt_cmd = [str(BIN / "dbt"), "build", "--project-dir", str(project), "--profiles-dir", str(project)]
    stage = run_stage(dbt_cmd, project, env, logs / "incr_dbt_build.log")
    m.update(_stage("incr_dbt_build", stage))
    m["incr_e2e_s"] = round(float(m["incr_extract_s"] or 0) + stage.seconds, 2)
    print(f"[bench] N={n}+{added}: dbt build {stage.seconds:.1f}s rc={stage.returncode}", flush=True)

    stage = run_stage(base, project, env, logs / "noop_extract.log")
    m.update(_stage("noop_extract", stage))
    print(f"[bench] N={n}+{added}: extract with nothing new {stage.seconds:.1f}s", flush=True)

    stage = run_stage([*base, "--full"], project, env, logs / "full_extract.log")
    m.update(_stage("full_extract", stage))
    m["full_e2e_s"] = round(stage.seconds + float(m["incr_dbt_build_s"] or 0), 2)
    m["incr_identical"] = _seeds_digest(raw_dir) == incremental
    m["incr_speedup"] = round(stage.seconds / max(0.001, float(m["incr_extract_s"] or 0)), 1)
    print(
        f"[bench] N={n}+{added}: full extract {stage.seconds:.1f}s; seeds/raw identical: {m['incr_identical']}",
        flush=True,
    )
    return m


def _extracted_reused(output: str) -> tuple[int | None, int | None]:
    import re

    found = re.findall(r"document\(s\): (\d+) extracted, (\d+) reused", output)
    return (int(found[-1][0]), int(found[-1][1])) if found else (None, None)


def _stage(name: str, stage: StageRun) -> dict[str, float | int]:
    return {
        f"{name}_s": round(stage.seconds, 2),
        f"{name}_tree_rss_mb": round(stage.peak_tree_rss / 2**20),
        f"{name}_max_proc_rss_mb": round(stage.peak_process_rss / 2**20),
        f"{name}_cpu_s": round(stage.cpu_seconds, 2),
    }


def _reported_extract_seconds(output: str) -> float | None:
    import re

    found = re.findall(r"not ok, in ([0-9.]+)s", output)
    return float(found[-1]) if found else None


def _not_ok(output: str) -> int | None:
    import re

    found = re.findall(r"distinct document\(s\), (\d+) not ok", output)
    return int(found[-1]) if found else None


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _mart_counts(db_path: Path) -> dict[str, int]:
    if not db_path.exists():
        return {}
    try:
        import duckdb

        con = duckdb.connect(str(db_path), read_only=True)
        rows = con.execute(
            "select table_name, estimated_size from duckdb_tables() where schema_name = 'marts' order by 1"
        ).fetchall()
        con.close()
    except Exception:
        return {}
    return {f"rows_{name}": int(size) for name, size in rows}


# ---------------------------------------------------------------------------------------
# Report

COLUMNS = [
    ("N", "n"),
    ("docs/s", "docs_per_s"),
    ("floor s", "floor_read_decode_s"),
    ("extract s", "extract_s"),
    ("extract cpu", "extract_cpu_s"),
    ("load hook s", "dbt_load_hook_s"),
    ("models s", "dbt_model_wall_s"),
    ("tests s", "dbt_test_wall_s"),
    ("dbt s", "dbt_build_s"),
    ("dbt cpu", "dbt_build_cpu_s"),
    ("GE s", "checks_s"),
    ("e2e s", "e2e_s"),
    ("e2e cpu", "e2e_cpu_s"),
    ("peak RSS MB", "peak_rss_mb"),
    ("DB MB", "db_mb"),
    ("not ok", "not_ok_docs"),
]


def flat(result: Result) -> dict:
    """One table row of a result: its fields and its metrics in one dict."""
    row = {k: v for k, v in asdict(result).items() if k != "metrics"}
    row.update(result.metrics)
    return row


INCREMENTAL_COLUMNS = [
    ("N", "n"),
    ("added", "incr_added"),
    ("list+hash floor s", "incr_floor_s"),
    ("incr extract s", "incr_extract_s"),
    ("extracted", "incr_extracted"),
    ("reused", "incr_reused"),
    ("dbt s", "incr_dbt_build_s"),
    ("incr e2e s", "incr_e2e_s"),
    ("nothing new s", "noop_extract_s"),
    ("--full extract s", "full_extract_s"),
    ("full e2e s", "full_e2e_s"),
    ("extract speed-up", "incr_speedup"),
    ("identical", "incr_identical"),
]


def print_table(rows: list[dict], columns: list[tuple[str, str]] = COLUMNS) -> None:
    """Print rows as a right-aligned text table; columns: (heading, key) pairs ('' when missing)."""
    cells = [[h for h, _ in columns]] + [["" if r.get(k) is None else str(r.get(k)) for _, k in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    for i, row in enumerate(cells):
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))
        if i == 0:
            print("  ".join("-" * w for w in widths))


def verdict(rows: list[dict]) -> list[str]:
    """One line per target of ``TARGETS`` (met / missed, with the figure), for the sizes measured."""
    by_n = {r["n"]: r for r in rows}
    out = []
    best = max((float(r.get("docs_per_s") or 0) for r in rows), default=0)
    out.append(
        f"extraction >= {TARGETS['docs_per_s']} docs/s: {'met' if best >= TARGETS['docs_per_s'] else 'missed'} ({best})"
    )
    if 100_000 in by_n:
        e2e = float(by_n[100_000].get("e2e_s") or 0)
        rss = float(by_n[100_000].get("peak_rss_mb") or 0) / 1024
        out.append(
            f"100k end to end < {TARGETS['e2e_100k_s']}s: {'met' if e2e < TARGETS['e2e_100k_s'] else 'missed'} ({e2e}s)"
        )
        out.append(
            f"100k peak memory < {TARGETS['peak_rss_gb']} GB: {'met' if rss < TARGETS['peak_rss_gb'] else 'missed'} ({rss:.2f} GB)"
        )
    for r in rows:
        if r.get("incr_added"):
            out.append(
                f"N={r['n']} + {r['incr_added']} new: incremental extract {r.get('incr_extract_s')}s "
                f"(floor {r.get('incr_floor_s')}s) vs --full {r.get('full_extract_s')}s; "
                f"seeds/raw identical: {r.get('incr_identical')}"
            )
    if 100_000 in by_n and 10_000 in by_n and by_n[10_000].get("e2e_s"):
        ratio = float(by_n[100_000]["e2e_s"]) / float(by_n[10_000]["e2e_s"])
        limit = TARGETS["ratio_100k_10k"]
        out.append(f"time(100k)/time(10k) <= {limit}: {'met' if ratio <= limit else 'missed'} ({ratio:.2f})")
    return out


def machine() -> dict[str, str | int | float]:
    """The machine the benchmark ran on: cores, CPU model, memory in MB, Python, load average,
    and the DuckDB memory limit dbt build runs with (YUSUAN_DUCKDB_MEMORY_LIMIT when set)."""
    mem = 0
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) // 1024
    model = ""
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpus": os.cpu_count() or 0,
        "cpu_model": model,
        "mem_mb": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        # dbt build's DuckDB memory limit (profiles.yml), which bounds its peak RSS
        "duckdb_memory_limit": os.environ.get("YUSUAN_DUCKDB_MEMORY_LIMIT", "profiles.yml default"),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring); returns 1 when an extract or dbt run failed, else 0."""
    parser = argparse.ArgumentParser(description="yusuan benchmark (see the module docstring)")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="comma-separated N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: all cores)")
    parser.add_argument("--corpus-dir", type=Path, default=ROOT / ".bench", help="where corpora are generated")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--work-dir", type=Path, default=None, help="where project copies go (default: system temp)")
    parser.add_argument("--keep", action="store_true", help="keep each project copy (logs, seeds, database)")
    parser.add_argument(
        "--added", type=int, default=100, help="new files for the incremental run after each full one (0: none)"
    )
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    info = machine()
    print(
        f"[bench] {info['cpus']} cpu(s) {info['cpu_model']}, {info['mem_mb']} MB, load {info['load_avg_at_start']}, "
        f"DuckDB memory limit {info['duckdb_memory_limit']}"
    )
    rows = []
    for n in sizes:
        rows.append(flat(bench_one(n, args.seed, args.workers, args.corpus_dir, args.keep, args.work_dir, args.added)))
    info["load_avg_at_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())

    print()
    print_table(rows)
    if any(r.get("incr_added") for r in rows):
        print()
        print_table(rows, INCREMENTAL_COLUMNS)
    print()
    for line in verdict(rows):
        print(line)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    keys: list[str] = []
    for row in rows:
        keys += [k for k in row if k not in keys]
    with (args.out / f"bench-{stamp}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=keys)
        writer.writeheader()
        writer.writerows(rows)
    (args.out / f"bench-{stamp}.json").write_text(
        json.dumps(
            {"machine": info, "targets": TARGETS, "results": rows, "verdict": verdict(rows)},
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"\n[bench] wrote {args.out / f'bench-{stamp}.csv'} and .json")
    failed = any(r.get("extract_rc") not in (0, 1) or r.get("dbt_rc") not in (0, None) for r in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
