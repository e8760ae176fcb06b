"""One run at a time, leftovers cleaned, the machine's problems named (issue 17).

Run as root, a full disk and a folder without permission cannot be made for real in a test:
the operating system's errors are simulated where they would be raised.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import copy_project, run_yusuan
from typer.testing import CliRunner

import yusuan.build as build_mod
import yusuan.cli as cli
from yusuan.build import StepResult, remove_leftovers
from yusuan.locking import project_lock
from yusuan.project import EnvironmentProblem, Settings


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project", with_documents=False)
    source = next((Path(__file__).resolve().parents[2] / "data" / "raw").glob("000_*.txt"))
    (project / "data" / "raw" / source.name).write_bytes(source.read_bytes())
    return project


def test_a_second_command_on_a_locked_project_exits_2_naming_the_holder(small_project: Path):
    with project_lock(small_project, "run"):
        for command in ("extract", "build", "run"):
            second = run_yusuan(small_project, command, timeout=120)
            assert second.returncode == 2, second.output[-2000:]
            assert "another yusuan command is running on this project" in second.output
            assert f"pid {os.getpid()}" in second.output
    # nothing was written by the refused commands
    assert not (small_project / "warehouse" / "yusuan.duckdb").exists()


def test_the_lock_is_released_when_its_holder_is_killed(small_project: Path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from yusuan.locking import project_lock\n"
            "with project_lock(Path(sys.argv[1]), 'run'):\n    print('held', flush=True); time.sleep(60)",
            str(small_project),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with (
            pytest.raises(EnvironmentProblem, match="another yusuan command"),
            project_lock(small_project, "run", wait=0),
        ):
            pass
    finally:
        holder.kill()
        holder.wait()
    with project_lock(small_project, "run", wait=5):  # kill -9 leaves no stale lock
        pass


def test_a_second_command_waits_when_told_to(small_project: Path, monkeypatch):
    monkeypatch.setenv("YUSUAN_LOCK_WAIT", "30")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from yusuan.locking import project_lock\n"
            "with project_lock(Path(sys.argv[1]), 'run'):\n    print('held', flush=True); time.sleep(1.5)",
            str(small_project),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with project_lock(small_project, "extract"):
            waited = time.monotonic() - started
    finally:
        holder.wait()
    assert 0.3 < waited < 30


def test_building_files_of_killed_builds_are_removed(tmp_path: Path):
    target = tmp_path / "yusuan.duckdb"
    dead = 2**22 + 17  # above the default pid_max: no such process
    stale = [tmp_path / f".yusuan.duckdb.{dead}.building", tmp_path / f".yusuan.duckdb.{dead}.building.wal"]
    live = tmp_path / f".yusuan.duckdb.{os.getppid()}.building"  # a build still running: kept
    other = tmp_path / f".other.duckdb.{dead}.building"  # another warehouse's: not ours
    for path in (*stale, live, other):
        path.write_bytes(b"x" * 100)
    assert sorted(remove_leftovers(target)) == sorted(stale)
    assert live.exists() and other.exists()
    assert not any(p.exists() for p in stale)


def test_a_full_disk_during_the_build_says_so_and_exits_2(small_project: Path, monkeypatch):
    monkeypatch.chdir(small_project)
    monkeypatch.setenv("YUSUAN_DB", str(small_project / "warehouse" / "yusuan.duckdb"))

    def failing_dbt(settings, db_path, *args, **kwargs):
        db_path.write_bytes(b"half a database")
        return StepResult(name="dbt build", ok=False, seconds=0.1, failures=["model.x: error — IO Error"])

    monkeypatch.setattr(build_mod, "run_dbt", failing_dbt)
    monkeypatch.setattr(build_mod.shutil, "disk_usage", lambda path: _Usage(1024))
    result = CliRunner().invoke(cli.app, ["build"])
    assert result.exit_code == 2, result.output
    assert "is full" in result.output and "free some space" in result.output
    assert "not a valid DuckDB database" not in result.output
    assert [p.name for p in (small_project / "warehouse").iterdir() if "building" in p.name] == []


class _Usage:
    def __init__(self, free: int):
        self.total, self.used, self.free = 10**9, 10**9 - free, free


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "seeds/raw/raw_documents.csv.tmp"), "no space left"),
        (PermissionError(errno.EACCES, "Permission denied", "seeds/raw/raw_documents.csv.tmp"), "permission denied"),
    ],
)
def test_a_full_disk_or_no_permission_while_extracting_exits_2(small_project: Path, monkeypatch, error, said):
    monkeypatch.chdir(small_project)

    def refusing_write(self, name, data):
        raise error

    monkeypatch.setattr("extract.pipeline.TableWriter.write", refusing_write)
    result = CliRunner().invoke(cli.app, ["extract"])
    assert result.exit_code == 2, result.output
    assert said in result.output
    assert "raw_documents.csv.tmp" in result.output
    assert Settings.load(start=small_project).seeds_dir.is_dir()


def test_dbt_writes_the_build_file_through_a_fixed_link_that_is_gone_afterwards(tmp_path: Path):
    """database_link: dbt gets .yusuan/dbt/<warehouse name> (relative to the project), a link to
    the build file; a write-ahead log left beside the link ends up beside the build file."""
    import duckdb

    root = tmp_path / "project"
    root.mkdir()
    building = tmp_path / "elsewhere" / ".yusuan.duckdb.123.building"
    building.parent.mkdir()
    with build_mod.database_link(root, building) as path:
        assert path == Path(".yusuan") / "dbt" / "yusuan.duckdb"
        assert (root / path).is_symlink()
        con = duckdb.connect(str(root / path))
        assert con.execute("select current_database()").fetchone() == ("yusuan",)  # named after the warehouse
        con.execute("create table t as select 42 as answer")
        con.close()
        (root / path).with_name("yusuan.duckdb.wal").write_bytes(b"log")  # as a killed dbt would leave it
    assert building.is_file() and not building.is_symlink()
    assert building.with_name(building.name + ".wal").read_bytes() == b"log"
    assert list((root / ".yusuan" / "dbt").iterdir()) == []
    building.with_name(building.name + ".wal").unlink()
    with duckdb.connect(str(building), read_only=True) as con:
        assert con.execute("select answer from t").fetchone() == (42,)
