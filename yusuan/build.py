"""Build: dbt (seed + run + test) into a fresh database file, then the checks, then swap it in.

The warehouse a user (or a BI tool) reads is replaced only by a database whose models
all built: a failed build leaves the previous file untouched and usable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from yusuan.project import EnvironmentProblem, Settings


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    failures: list[str] = field(default_factory=list)
    detail: str = ""


@dataclass
class BuildOutcome:
    steps: list[StepResult]
    db_path: Path
    swapped: bool

    @property
    def ok(self) -> bool:
        return all(step.ok for step in self.steps)


def dbt_env(settings: Settings, db_path: Path) -> dict[str, str]:
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
    candidate = Path(sys.executable).parent / "dbt"
    if candidate.exists():
        return str(candidate)
    raise EnvironmentProblem(f"dbt not found next to {sys.executable}: run `make run` to install the environment")


def run_dbt(settings: Settings, db_path: Path, *args: str) -> StepResult:
    """Run one dbt command; failures are read from target/run_results.json."""
    started = time.perf_counter()
    command = [dbt_executable(), *args, "--project-dir", str(settings.root), "--profiles-dir", str(settings.root)]
    completed = subprocess.run(command, cwd=settings.root, env=dbt_env(settings, db_path), check=False)
    seconds = time.perf_counter() - started
    failures = read_failures(settings.root / "target" / "run_results.json")
    if completed.returncode >= 2:
        raise EnvironmentProblem(f"dbt {' '.join(args)} could not run (exit {completed.returncode}); see its log above")
    ok = completed.returncode == 0
    if not ok and not failures:
        failures = [f"dbt {' '.join(args)} exited {completed.returncode}"]
    return StepResult(name=f"dbt {args[0]}", ok=ok, seconds=seconds, failures=failures)


def read_failures(path: Path) -> list[str]:
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


def build(settings: Settings) -> BuildOutcome:
    target = settings.db_path
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    for leftover in (building, building.with_name(building.name + ".wal")):
        leftover.unlink(missing_ok=True)

    steps = [run_dbt(settings, building, "build")]
    complete = models_complete(settings.root / "target" / "run_results.json")
    if complete:
        steps.append(run_checks(settings, building))
        os.replace(building, target)
        Path(str(target) + ".wal").unlink(missing_ok=True)
    else:
        steps.append(
            StepResult(
                name="swap",
                ok=False,
                seconds=0.0,
                failures=[f"models did not all build: the previous warehouse {target} was left as it was"],
            )
        )
        for leftover in (building, building.with_name(building.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return BuildOutcome(steps=steps, db_path=target, swapped=complete)


def run_checks(settings: Settings, db_path: Path) -> StepResult:
    """The Great Expectations checkpoint over the marts (see yusuan/checks/checkpoint.py)."""
    started = time.perf_counter()
    try:
        from yusuan.checks.checkpoint import run_checkpoint
    except ImportError:
        return StepResult(name="checks", ok=True, seconds=0.0, detail="no checkpoint configured")
    outcome = run_checkpoint(settings.root, db_path, keep_runs=settings.keep_runs)
    return StepResult(
        name="checks",
        ok=outcome.success,
        seconds=time.perf_counter() - started,
        failures=list(outcome.failures),
        detail=str(outcome.docs_path or ""),
    )
