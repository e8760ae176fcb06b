"""Build: dbt (seed + run + test) into a fresh database file, then the checks, then swap it in.

The warehouse a user (or a BI tool) reads is replaced only by a database whose models
all built: a failed build leaves the previous file untouched and usable.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extract.write import pid_alive
from yusuan.progress import DbtProgress
from yusuan.project import EnvironmentProblem, Settings

#: called with (done, total) as a stage advances
OnCount = Callable[[int, int], None]


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    failures: list[str] = field(default_factory=list)
    detail: str = ""
    items: int = 0  # nodes (dbt) or check families run, for the rate in the summary


def not_swapped(kept: str) -> StepResult:
    """The failed 'swap' step of a build whose models did not all build; ``kept`` says what was
    left as it was (e.g. 'the previous warehouse /path/x.duckdb was left as it was')."""
    return StepResult(name="swap", ok=False, seconds=0.0, failures=[f"models did not all build: {kept}"])


@dataclass
class BuildOutcome:
    steps: list[StepResult]
    db_path: Path
    swapped: bool

    @property
    def ok(self) -> bool:
        """True when every step (dbt seed/run/test, the checkpoint) succeeded."""
        return all(step.ok for step in self.steps)

    @property
    def failed_steps(self) -> list[StepResult]:
        """The steps that did not succeed, in the order they ran (empty when ``ok``)."""
        return [step for step in self.steps if not step.ok]


def dbt_env(settings: Settings, db_path: Path) -> dict[str, str]:
    """The environment for a dbt process: the caller's, plus the database file and project paths.

    Sets YUSUAN_DB (read by profiles.yml) to ``db_path``, DBT_PROFILES_DIR and DBT_PROJECT_DIR
    to the project root, turns dbt's usage tracking off, and its colours off when stdout is
    not a terminal (a log file). Returns a new dict; ``os.environ`` is not changed.
    """
    env = dict(os.environ)
    env.update(
        YUSUAN_DB=str(db_path),
        DBT_PROFILES_DIR=str(settings.root),
        DBT_PROJECT_DIR=str(settings.root),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
    )
    if not sys.stdout.isatty():  # a scheduler's log file: no ANSI colour codes
        env.setdefault("DBT_USE_COLORS", "false")
    return env


def dbt_executable() -> str:
    """The path of the ``dbt`` installed beside the running Python (the project's .venv).

    Raises EnvironmentProblem (exit code 2) when there is none.
    """
    candidate = Path(sys.executable).parent / "dbt"
    if candidate.exists():
        return str(candidate)
    raise EnvironmentProblem(f"dbt not found next to {sys.executable}: run `make run` to install the environment")


def run_dbt(settings: Settings, db_path: Path, *args: str, on_count: OnCount | None = None) -> StepResult:
    """Run one dbt command; failures are read from target/run_results.json.

    dbt writes its structured log (``--log-format json``) to a pipe: each finished node
    calls ``on_count(done, total)``; the full text log stays in logs/dbt.log."""
    started = time.perf_counter()
    command = [
        dbt_executable(),
        *args,
        "--log-format",
        "json",
        "--project-dir",
        str(settings.root),
        "--profiles-dir",
        str(settings.root),
    ]
    reader = DbtProgress(on_count=on_count)
    with (
        database_link(settings.root, db_path) as dbt_db_path,
        subprocess.Popen(
            command,
            cwd=settings.root,
            env=dbt_env(settings, dbt_db_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        ) as process,
    ):
        assert process.stdout is not None
        for line in process.stdout:
            reader.feed(line)
    seconds = time.perf_counter() - started
    failures = read_failures(settings.root / "target" / "run_results.json")
    if process.returncode >= 2:
        said = "; ".join(reader.errors[-5:]) or "no message"
        raise EnvironmentProblem(
            f"dbt {' '.join(args)} could not run (exit {process.returncode}): {said} (full log: logs/dbt.log)"
        )
    ok = process.returncode == 0
    if not ok and not failures:
        failures = [f"dbt {' '.join(args)} exited {process.returncode}", *reader.errors[-5:]]
    return StepResult(
        name=f"dbt {args[0]}",
        ok=ok,
        seconds=seconds,
        failures=failures,
        detail=f"{reader.done} nodes",
        items=reader.done,
    )


#: the folder (in the project) of the fixed path under which dbt opens the database it builds
DBT_LINK_FOLDER = Path(".yusuan") / "dbt"


@contextmanager
def database_link(root: Path, db_path: Path) -> Iterator[Path]:
    """The database path to hand dbt for ``db_path``: ``.yusuan/dbt/<warehouse file name>``,
    relative to the project root ``root`` (dbt's working folder), a symbolic link to db_path.

    dbt reuses its parse of the project (target/partial_parse.msgpack, several seconds of every
    command) only while the profile is unchanged, and the profile holds the database path; a
    build file's path changes with every build (``.<warehouse>.<pid>.building``), so dbt would
    parse every model again each time. The link's path is the same for every build of this
    warehouse name, in this project and in any copy of it. The link carries the warehouse's file
    name, so DuckDB names the database (the catalog in the views' SQL) after the warehouse, as
    it does for the build file. DuckDB writes its write-ahead log beside the path it opened: a
    log left beside the link is moved beside ``db_path`` when dbt is done. The project lock
    keeps one build per project at a time. Where no link can be made, yields ``db_path``."""
    match = _BUILDING.match(db_path.name)
    link = DBT_LINK_FOLDER / (match.group("name") if match else db_path.name)
    absolute = root / link
    try:
        absolute.parent.mkdir(parents=True, exist_ok=True)
        absolute.unlink(missing_ok=True)
        absolute.symlink_to(db_path.resolve())
    except OSError:
        yield db_path
        return
    try:
        yield link
    finally:
        wal = absolute.with_name(absolute.name + ".wal")
        if wal.exists():
            shutil.move(wal, str(db_path) + ".wal")
        shutil.rmtree(absolute.with_name(absolute.name + ".tmp"), ignore_errors=True)
        absolute.unlink(missing_ok=True)


def read_failures(path: Path) -> list[str]:
    """The failed nodes of a dbt run, one line each: '<unique_id>: <status> — <first message line>'.

    path: dbt's target/run_results.json. Statuses 'error', 'fail' and 'runtime error' count;
    a missing file gives []. Raises json.JSONDecodeError on a damaged file.
    """
    if not path.exists():
        return []
    results = json.loads(path.read_text(encoding="utf-8")).get("results", [])
    out = []
    for result in results:
        if result.get("status") in ("error", "fail", "runtime error"):
            unique_id = result.get("unique_id", "?")
            message = (result.get("message") or "").strip().splitlines()
            out.append(f"{unique_id}: {result['status']}" + (f" — {message[0]}" if message else ""))
    return out


def models_complete(path: Path) -> bool:
    """True when every model in the last run built (none errored or was skipped)."""
    if not path.exists():
        return False
    results = json.loads(path.read_text(encoding="utf-8")).get("results", [])
    return all(r.get("status") == "success" for r in results if r.get("unique_id", "").startswith(("model.", "seed.")))


# Below this much free space where the warehouse is built, a failed build is blamed on the disk.
LOW_SPACE_BYTES = 64 * 1024 * 1024
# What dbt, DuckDB and the checks say when the disk or the permissions are the problem.
_ENVIRONMENT_FAILURE = re.compile(
    r"No space left on device|Disk quota exceeded|not enough space|Permission denied|Read-only file system"
    r"|not a valid DuckDB database",
    re.IGNORECASE,
)
_BUILDING = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.building(?:\.wal)?$")


def remove_leftovers(target: Path) -> list[Path]:
    """Delete the ``.<warehouse>.<pid>.building`` files (and their .wal) of builds whose process
    is gone (killed, or stopped by a full disk). Returns what was deleted."""
    removed = []
    if not target.parent.is_dir():
        return removed
    for path in target.parent.iterdir():
        match = _BUILDING.match(path.name)
        if not match or match.group("name") != target.name:
            continue
        pid = int(match.group("pid"))
        if pid != os.getpid() and pid_alive(pid):
            continue  # a build of another project writing the same warehouse
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def environment_failure(folder: Path, failures: list[str]) -> str:
    """Why a failed step failed because of the machine, '' when it did not: the disk holding
    ``folder`` is (nearly) full, or a failure message says space or permission."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < LOW_SPACE_BYTES:
        return f"the disk holding {folder} is full ({free / 1048576:.1f} MB free): free some space and run again"
    for failure in failures:
        found = _ENVIRONMENT_FAILURE.search(failure)
        if found:
            return f"{found.group(0)} while building {folder}: {failure}"
    return ""


def build(settings: Settings, on_dbt: OnCount | None = None, on_check: OnCount | None = None) -> BuildOutcome:
    """dbt build into a new file beside the warehouse, the checks, then the swap.

    The new file replaces the warehouse when every seed and model built, whether or not a
    dbt test or a check failed: a failed check is a finding about the documents (a source
    that does not add up), which the marts then hold (fact_reconciliation) — new documents
    are never held back because another one does not add up. The outcome says which steps
    failed; the command's last line and exit code (1) say so too. A model or seed that did
    not build leaves the previous warehouse as it was. ``on_dbt`` / ``on_check`` receive
    (done, total) as the stages advance.

    Raises ``EnvironmentProblem`` (exit 2) when the machine is the problem: a full disk, a
    folder that cannot be written.
    """
    target = settings.db_path
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(target)
        return _build(settings, target, on_dbt, on_check)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise EnvironmentProblem(f"no space left on the device holding {target.parent}: {exc}") from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise EnvironmentProblem(f"cannot write the warehouse {target}: {exc}") from exc
        raise


def _build(
    settings: Settings, target: Path, on_dbt: OnCount | None = None, on_check: OnCount | None = None
) -> BuildOutcome:
    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    steps = [run_dbt(settings, building, "build", on_count=on_dbt)]
    complete = models_complete(settings.root / "target" / "run_results.json")
    if not steps[0].ok:
        reason = environment_failure(target.parent, steps[0].failures)
        if reason:
            _discard(building)
            raise EnvironmentProblem(reason)
    if complete:
        checks = run_checks(settings, building, on_count=on_check)
        if not checks.ok:
            reason = environment_failure(target.parent, checks.failures)
            if reason:
                _discard(building)
                raise EnvironmentProblem(reason)
        steps.append(checks)
        os.replace(building, target)
        Path(str(target) + ".wal").unlink(missing_ok=True)
    else:
        steps.append(not_swapped(f"the previous warehouse {target} was left as it was"))
        _discard(building)
    return BuildOutcome(steps=steps, db_path=target, swapped=complete)


def _discard(building: Path) -> None:
    for leftover in (building, building.with_name(building.name + ".wal")):
        leftover.unlink(missing_ok=True)


def run_checks(settings: Settings, db_path: Path, on_count: OnCount | None = None) -> StepResult:
    """The Great Expectations checkpoint over the marts (see yusuan/checks/checkpoint.py)."""
    started = time.perf_counter()
    try:
        from yusuan.checks.checkpoint import run_checkpoint
    except ImportError:
        return StepResult(name="checks", ok=True, seconds=0.0, detail="no checkpoint configured")
    outcome = run_checkpoint(settings.root, db_path, keep_runs=settings.keep_runs, on_step=on_count)
    return StepResult(
        name="checks",
        ok=outcome.success,
        seconds=time.perf_counter() - started,
        failures=list(outcome.failures),
        detail=f"{outcome.checks_run} expectations"
        + (f", Data Docs: {outcome.docs_path}" if outcome.docs_path else ""),
        items=outcome.checks_run,
    )
