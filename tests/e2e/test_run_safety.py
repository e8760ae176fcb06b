"""One run at a time, leftovers cleaned, the machine's problems named (issue 17).

A write refused for real: the file size limit (``ulimit -f``, RLIMIT_FSIZE) makes every write
past it fail with EFBIG in yusuan, dbt and DuckDB alike (Python ignores SIGXFSZ), as a full disk
fails them with ENOSPC — which a test cannot make without mounting a file system (root). The
free space a full disk leaves and a folder without permission are simulated where the operating
system would report them.
"""

from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SKIP_DBT_UNIT_TESTS, YUSUAN, copy_project, run_yusuan
from typer.testing import CliRunner

import yusuan.build as build_mod
import yusuan.cli as cli
from yusuan.build import StepResult, remove_leftovers, seal
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


#: the file size limit of the refused-write run: below the files dbt writes as it starts (its
#: manifest in target/, about 2 MB), so that its build stops within seconds
FILE_SIZE_LIMIT = 1024 * 1024


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def test_a_write_refused_during_the_run_ends_with_yusuans_message_and_keeps_the_warehouse(small_project: Path):
    """`yusuan run` under a file size limit: dbt cannot write its files (its manifest, its log)
    and stops. The last line is yusuan's — what stopped, the space left, the warehouse kept,
    exit 2 — not the tracebacks dbt prints when its log cannot be written."""
    import duckdb

    warehouse = small_project / "warehouse" / "yusuan.duckdb"
    with duckdb.connect(str(warehouse)) as con:  # the warehouse of an earlier night
        con.execute("create table earlier as select 42 as answer")
    before = warehouse.read_bytes()
    done = subprocess.run(
        [YUSUAN, "run"],
        cwd=small_project,
        env=dict(os.environ, YUSUAN_DB=str(warehouse), DO_NOT_TRACK="1", **SKIP_DBT_UNIT_TESTS),
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_file_size,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 2, output[-3000:]
    last = output.strip().splitlines()[-1]
    assert last.startswith("error: a file reached the file size limit (1.0 MB, ulimit -f): dbt build stopped"), last
    assert f"free on the disk holding {warehouse.parent}" in last
    assert last.endswith(f"the warehouse {warehouse} was left as it was (exit 2)"), last
    assert "Traceback" not in output and "Logging error" not in output, output[-3000:]
    assert warehouse.read_bytes() == before
    assert sorted(path.name for path in warehouse.parent.iterdir()) == ["yusuan.duckdb"]  # no build file left
    assert list((small_project / ".yusuan" / "dbt").iterdir()) == []


def test_a_write_refused_while_extracting_says_where_and_leaves_the_seeds(small_project: Path):
    """`yusuan extract` under a 4 KB file size limit, for real: the seed CSVs cannot be written.
    The last line says so, where it was writing, exit 2; seeds/raw is as it was (the CSVs are
    written into a staging folder and swapped in as a set)."""
    seeds = small_project / "seeds" / "raw"
    before = {path.name: path.read_bytes() for path in seeds.iterdir()}
    done = subprocess.run(
        [YUSUAN, "extract"],
        cwd=small_project,
        env=dict(os.environ, DO_NOT_TRACK="1"),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096)),
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 2, output[-3000:]
    last = output.strip().splitlines()[-1]
    assert last.startswith("error: a file reached the file size limit (4 KB, ulimit -f)"), last
    assert str(seeds) in last and last.endswith(": raise the limit and run again (exit 2)"), last
    assert "Traceback" not in output
    assert {path.name: path.read_bytes() for path in seeds.iterdir()} == before
    assert not [path for path in seeds.parent.iterdir() if "staging" in path.name]


def test_a_build_file_whose_log_cannot_be_written_into_it_is_never_swapped_in(tmp_path: Path):
    """DuckDB keeps a build's tables in its write-ahead log until the database is closed, and a
    file that cannot grow then (a full disk, the file size limit) fails that last write without
    an error reaching dbt. ``seal`` writes the log into the file (a checkpoint) before the swap:
    under the limit, for real, it refuses the file instead of swapping in a warehouse whose
    tables were left behind in the log."""
    building = tmp_path / ".yusuan.duckdb.1.building"
    script = (
        "import duckdb, sys\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('pragma disable_checkpoint_on_shutdown')\n"
        "con.execute('create table marts_rows as select range as id, repeat(\\'x\\', 100) as text from range(100000)')\n"
        "con.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(building)], check=True, timeout=60)
    wal = building.with_name(building.name + ".wal")
    assert wal.stat().st_size > FILE_SIZE_LIMIT  # the table is in the log, not yet in the file
    code = (
        "import sys; from pathlib import Path\n"
        "from yusuan.build import seal\n"
        "from yusuan.project import EnvironmentProblem\n"
        "building = Path(sys.argv[1])\n"
        "try:\n    seal(building, building.parent, [building.parent])\n"
        "except EnvironmentProblem as exc:\n    print(exc)\n    sys.exit(2)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(building)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_file_size,
        check=False,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout.startswith("a file reached the file size limit (1.0 MB, ulimit -f): the build stopped while "), (
        done.stdout
    )
    assert f"writing the new warehouse ({building}" in done.stdout
    # without the limit the same file takes its log in, and holds the table
    seal(building, tmp_path, [tmp_path])
    assert not wal.exists() or wal.stat().st_size == 0
    import duckdb

    with duckdb.connect(str(building), read_only=True) as con:
        assert con.execute("select count(*) from marts_rows").fetchone() == (100000,)


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
