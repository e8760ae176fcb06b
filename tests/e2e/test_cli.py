"""The yusuan command as a scheduler and a data engineer use it (issue 3)."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import shutil
import struct
import subprocess
import termios
from pathlib import Path

import pytest
from conftest import BUILD_RESULTS, RAW, ROOT, YUSUAN, copy_project, run_yusuan

from yusuan.locking import LOCK_NAME, project_lock

EXPECTED_DOCUMENTS = {
    # source file -> (district, unit name, fiscal year), read from each title block
    "000_d9672e515e496097.txt": ("渝中区", "重庆市渝中区产业发展促进局", 2026),
    "001_a07dbff17632ede2.txt": ("渝中区", "重庆市渝中区人民政府办公室", 2026),
    "002_19b5df8ff6376e0f.txt": ("九龙坡区", "重庆市九龙坡区人民政府办公室", 2026),
    "003_2b7b38b2db384d80.txt": ("綦江区", "重庆市綦江区经济和信息化委员会（本级）", 2026),
    "004_a76c5e7673ca46c8.txt": ("大渡口区", "重庆市大渡口区人民政府办公室", 2025),
}


def test_run_on_bundled_documents_exits_0(bundled_run):
    assert bundled_run.returncode == 0, bundled_run.output[-4000:]
    # the per-document summary names every file
    for name in EXPECTED_DOCUMENTS:
        assert name in bundled_run.stdout


def test_dim_document_has_the_five_documents_from_their_title_blocks(warehouse):
    rows = warehouse.sql(
        """
        select d.source_path, u.district, u.unit_name, d.fiscal_year, d.status, d.is_current
        from marts.dim_document as d
        left join marts.dim_unit as u on u.unit_id = d.unit_id
        order by d.source_path
        """
    ).fetchall()
    assert len(rows) == 5
    for path, district, unit_name, year, status, is_current in rows:
        assert (district, unit_name, year) == EXPECTED_DOCUMENTS[path]
        assert status == "ok"
        assert is_current is True
    years = sorted(r[3] for r in rows)
    assert years == [2025, 2026, 2026, 2026, 2026]


def test_yusuan_db_is_the_only_database_written(bundled_run):
    assert bundled_run.db_path.exists()
    assert bundled_run.db_path.parent != bundled_run.project / "warehouse"
    assert not list((bundled_run.project / "warehouse").glob("*.duckdb*"))
    # the swap leaves no temporary build file behind; beside the warehouse: its checks' output
    # folder and its raw tables
    assert sorted(p.name for p in bundled_run.db_path.parent.iterdir()) == [
        bundled_run.db_path.name,
        bundled_run.db_path.name + ".gx",
        bundled_run.db_path.name + ".raw",
    ]


def test_a_warehouse_outside_the_project_keeps_its_checks_output_beside_it(bundled_run):
    """YUSUAN_DB outside the project: the Great Expectations frames, stored results and Data Docs
    go beside the warehouse (<warehouse>.gx), the run's checks line points there, and the project's
    gx/ gets nothing (a read-only or shared checkout is never written by the checks)."""
    output = Path(str(bundled_run.db_path) + ".gx")
    docs = output / "data_docs" / "local_site" / "index.html"
    assert docs.is_file() and list((output / "validations").rglob("*.json"))
    assert f"Data Docs: {docs}" in bundled_run.stdout
    assert not (bundled_run.project / "gx" / "uncommitted").exists()
    assert "gx/uncommitted" not in bundled_run.output


def test_a_warehouse_outside_the_project_keeps_its_raw_tables_beside_it(tmp_path):
    """YUSUAN_DB outside the project: the raw tables are written beside the warehouse
    (<warehouse>.raw) and dbt reads them there; the project's committed seeds/raw is left as it is
    (git sees no change). One document where seeds/raw holds five: the warehouse says which was read."""
    project = copy_project(tmp_path / "project", with_documents=False)
    document = sorted(RAW.iterdir())[0]
    shutil.copy2(document, project / "data" / "raw" / document.name)

    def git(*args: str) -> str:
        command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args]
        return subprocess.run(command, cwd=project, capture_output=True, text=True, check=True).stdout

    git("init", "-q")
    git("add", "seeds/raw")
    git("commit", "-q", "-m", "seeds")
    db = tmp_path / "elsewhere" / "yusuan.duckdb"
    run = run_yusuan(project, "run", db_path=db)
    assert run.returncode == 0, run.output[-4000:]
    assert git("status", "--porcelain", "seeds/raw") == ""
    raw = Path(str(db) + ".raw")
    assert str(raw) in run.stdout  # the extract line names where the raw tables went
    (_header, *rows) = (raw / "raw_documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 and document.name in rows[0]
    with run.connect() as con:
        assert con.execute("select source_path from marts.dim_document").fetchall() == [(document.name,)]
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name, db.name + ".gx", db.name + ".raw"]


def test_a_build_with_no_raw_tables_beside_an_outside_warehouse_ends_with_one_error_line(tmp_path):
    """`yusuan build` reads the raw tables where `yusuan extract` writes them for the same YUSUAN_DB:
    none there (never extracted for this warehouse) is an environment error, before dbt runs."""
    project = copy_project(tmp_path / "project", with_documents=False)
    db = tmp_path / "elsewhere" / "yusuan.duckdb"
    result = run_yusuan(project, "build", db_path=db, timeout=120)
    assert result.returncode == 2, result.output
    raw = Path(str(db) + ".raw")
    assert last_line_of(result.output) == (
        f"error: no raw tables in {raw}: run `yusuan extract` (or `yusuan run`) with the same YUSUAN_DB first (exit 2)"
    )
    assert not db.exists() and not (project / "target" / "run_results.json").exists()


def test_a_copy_of_the_project_writes_into_the_copy(bundled_run):
    # the run's raw tables (beside its warehouse, outside the copy) are what the checkout commits
    # for the same five documents; dbt's artifacts are the copy's, the checkout's were not touched
    written = bundled_run.raw_tables / "raw_documents.csv"
    assert written.parent != bundled_run.project / "seeds" / "raw"
    assert written.read_bytes() == (ROOT / "seeds" / "raw" / "raw_documents.csv").read_bytes()
    assert (bundled_run.project / "target" / "run_results.json").exists()


def test_the_build_reuses_the_sessions_dbt_parse(bundled_run):
    """dbt parses only what changed since the session's parse (conftest): the build gives dbt a
    path that is the same in every build (yusuan.build.database_link), so the profile is too."""
    # (dbt rotates its log at 10 MB: dbt.log.1, … hold the run's beginning, where the parse is)
    log = "".join(path.read_text(encoding="utf-8") for path in (bundled_run.project / "logs").glob("dbt.log*"))
    assert "Unable to do partial parsing" not in log
    assert "Partial parsing enabled" in log
    # the link dbt wrote through is gone (the folder may hold the docs tests' copy of the
    # warehouse, see conftest.dbt_env_on_a_copy); the warehouse is the swapped-in build file
    assert not [p for p in (bundled_run.project / ".yusuan" / "dbt").glob("*") if p.is_symlink()]
    assert not bundled_run.db_path.is_symlink()


def test_the_bundled_run_runs_every_dbt_unit_test(bundled_run):
    """The other project runs of the session leave dbt's unit tests out (conftest.run_yusuan):
    this build runs every one the project defines, and each passes."""
    results = json.loads((bundled_run.project.parent / BUILD_RESULTS).read_text(encoding="utf-8"))["results"]
    ran = {r["unique_id"]: r["status"] for r in results if r["unique_id"].startswith("unit_test.")}
    manifest = json.loads((bundled_run.project / "target" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["unit_tests"] and set(ran) == set(manifest["unit_tests"]), ran
    assert set(ran.values()) == {"pass"}, ran


def test_outside_a_project_is_an_environment_error(tmp_path):
    result = run_yusuan(tmp_path, "extract")
    assert result.returncode == 2
    assert "dbt_project.yml" in result.output


def test_missing_raw_folder_is_an_environment_error(tmp_path):
    project = copy_project(tmp_path / "project", with_documents=False)
    result = run_yusuan(project, "extract", "--raw", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "raw folder not found" in result.output


@pytest.mark.parametrize("value", ["none", "0", "-3"])
def test_a_bad_results_retention_is_an_environment_error_before_any_work(tmp_path, monkeypatch, value):
    project = copy_project(tmp_path / "project")
    monkeypatch.setenv("YUSUAN_KEEP_RUNS", value)
    result = run_yusuan(project, "run")
    assert result.returncode == 2
    assert "YUSUAN_KEEP_RUNS" in result.output
    assert not (project / "warehouse" / "yusuan.duckdb").exists()


def test_works_from_a_subfolder_of_the_project(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "seeds" / "raw")
    result = run_yusuan(project / "data", "extract")
    assert result.returncode in (0, 1), result.output
    assert (project / "seeds" / "raw" / "raw_documents.csv").exists()
    assert not (Path(project / "data") / "seeds").exists()


@pytest.mark.parametrize("args", [("-h",), ("--help",), ("run", "-h"), ("extract", "-h")])
def test_h_is_the_help(args):
    result = run_yusuan(ROOT, *args)
    assert result.returncode == 0, result.output
    assert result.stdout.startswith("Usage: yusuan"), result.stdout
    assert "-h, --help" in result.stdout, result.stdout


def test_version_names_the_tools():
    result = run_yusuan(ROOT, "--version")
    assert result.returncode == 0, result.output
    assert result.stdout.startswith("yusuan 0.1.0 (dbt-core 1.11."), result.stdout
    assert "duckdb 2.0.0" in result.stdout


@pytest.mark.parametrize("command", ["run", "extract"])
def test_an_empty_raw_folder_exits_2_and_changes_nothing(tmp_path, command):
    project = copy_project(tmp_path / "project", with_documents=False)
    seeds = {p.name: p.read_bytes() for p in (project / "seeds" / "raw").iterdir()}
    result = run_yusuan(project, command)
    assert result.returncode == 2, result.output
    assert "no documents in" in result.output and "--allow-empty" in result.output
    assert {p.name: p.read_bytes() for p in (project / "seeds" / "raw").iterdir()} == seeds
    assert not list((project / "warehouse").iterdir())
    assert not (project / "target" / "run_results.json").exists()


def test_extract_ends_with_a_line_saying_how_it_ended(tmp_path):
    # fresh-user trial (session 19): `yusuan extract` ended on its per-file FAILED lines, with no line
    # of its own saying how it ended, as `run` and `build` do
    project = copy_project(tmp_path / "project")
    result = run_yusuan(project, "extract")
    assert result.returncode == 0, result.output
    assert result.output.strip().splitlines()[-1] == "extract: ok — every document extracted, raw tables in seeds/raw/"
    (project / "data" / "raw" / "broken.pdf").write_bytes(b"%PDF-1.7\n\x00\x01 not a pdf")
    result = run_yusuan(project, "extract")
    assert result.returncode == 1, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("extract: FAILED — some documents are not ok"), lines[-1]
    assert any(line.startswith("FAILED broken.pdf:") for line in lines), result.output[-2000:]


def test_allow_empty_extracts_an_empty_load(tmp_path):
    project = copy_project(tmp_path / "project", with_documents=False)
    result = run_yusuan(project, "extract", "--allow-empty")
    assert result.returncode == 0, result.output
    assert "the warehouse will be empty" in result.output
    lines = (project / "seeds" / "raw" / "raw_documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("document_id,")


def test_the_bundled_run_reports_progress_rates_problems_and_its_end(bundled_run):
    out = bundled_run.stdout
    lines = out.strip().splitlines()
    assert lines[-1].startswith("run: ok — documents extracted, all tests and checks passed"), lines[-1]
    assert "build: ok — warehouse written to" in out
    # per-stage counts and rates (a log gets these lines; a terminal also gets live bars with an ETA)
    assert re.search(r"extract: 5 file\(s\), 5 distinct document\(s\), 0 not ok, in [\d.]+s, [\d,.e-]+ files/s", out), (
        out
    )
    assert re.search(r"dbt build +ok +[\d.]+s \d+ nodes \([\d.]+/s\)", out), out
    assert re.search(r"checks +ok +[\d.]+s \d+ expectations, Data Docs: .*index\.html \([\d.]+/s\)", out), out
    # an 'ok' document with problems says which kinds, and where all are listed
    assert re.search(r"problems: \d+ documents? (?:has|have) \d+ problems?, by kind: ", out), out
    assert f"{bundled_run.raw_tables}/raw_problems.csv" in out
    # 004 (大渡口区) is ok with warnings: the table row names them by kind, most frequent first
    assert (
        "3 documents have 9 problems, by kind: indicator_realigned ×2, table_number_gap ×2, indicator_unaligned ×1,"
        in out
    )
    assert (
        "  004_a76c5e7673ca46c8.txt: 7 problems: table_number_gap ×2, indicator_realigned ×1, indicator_unaligned ×1, "
        "+3 more kinds" in out
    )


def test_the_dbt_docs_site_builds_on_the_bundled_warehouse(bundled_run, bundled_docs):
    """The docs site a maintainer opens (make docs): catalog and index from the built warehouse."""
    assert bundled_run.returncode == 0, bundled_run.output[-2000:]
    done = bundled_docs  # dbt docs generate on a copy of the warehouse (conftest)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    catalog = bundled_run.project / "target" / "catalog.json"
    assert catalog.stat().st_size > 0 and (bundled_run.project / "target" / "index.html").stat().st_size > 0
    assert "model.yusuan.dim_metric" in catalog.read_text(encoding="utf-8")


# --- every exit-2 error ends with one last line 'error: <reason> (exit 2)' (README) ---

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_in_terminal(project: Path, *args: str, columns: int = 40, db_path: Path | None = None) -> tuple[int, str]:
    """Run the real `yusuan` on a pseudo-terminal ``columns`` wide (COLUMNS and the window size
    both say so, as a narrow terminal window does); returns (exit code, output with colours
    and carriage returns removed)."""
    env = dict(os.environ, COLUMNS=str(columns), LINES="24", TERM="xterm", NO_COLOR="1")
    env["YUSUAN_DB"] = str(db_path or project / "warehouse" / "yusuan.duckdb")
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    with subprocess.Popen(
        [YUSUAN, *args], cwd=project, env=env, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the command ended and closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        code = process.wait(timeout=120)
    os.close(leader)
    return code, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r", "")


def last_line_of(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert lines, output
    return lines[-1]


def test_a_locked_project_ends_with_one_error_line_on_a_narrow_terminal(tmp_path):
    project = copy_project(tmp_path / "project", with_documents=False)
    with project_lock(project, "run"):
        code, output = run_in_terminal(project, "run")
        piped = run_yusuan(project, "run", timeout=120)  # a scheduler's log: not a terminal
    for exit_code, text in ((code, output), (piped.returncode, piped.output)):
        assert exit_code == 2, text
        last = last_line_of(text)
        assert last.startswith(f"error: another yusuan command is running on this project (pid {os.getpid()}, "), text
        assert last.endswith(f"lock file {project / LOCK_NAME} (exit 2)"), text
        assert len(last) > 80  # one line, not cut at the terminal's 40 columns nor the log's width


@pytest.mark.parametrize("command", ["run", "extract"])
def test_a_missing_raw_folder_ends_with_one_error_line_on_a_narrow_terminal(tmp_path, command):
    project = copy_project(tmp_path / "project", with_documents=False)
    nowhere = tmp_path / "a folder that is not there" / "raw"
    code, output = run_in_terminal(project, command, "--raw", str(nowhere))
    assert code == 2, output
    assert last_line_of(output) == f"error: raw folder not found: {nowhere} (exit 2)", output
    assert output.count("(exit 2)") == 1


def test_export_with_no_warehouse_ends_with_one_error_line_on_a_narrow_terminal(tmp_path):
    project = copy_project(tmp_path / "project", with_documents=False)
    missing = tmp_path / "no warehouse here" / "yusuan.duckdb"
    code, output = run_in_terminal(project, "export", "--out", str(tmp_path / "out"), db_path=missing)
    assert code == 2, output
    assert last_line_of(output) == f"error: no warehouse at {missing}: run `yusuan run` first (exit 2)", output
    assert not (tmp_path / "out").exists()


def test_an_unknown_engine_ends_with_one_error_line(tmp_path):
    project = copy_project(tmp_path / "project", with_documents=False)
    result = run_yusuan(project, "run", "--engine", "hadoop")
    assert result.returncode == 2, result.output
    assert last_line_of(result.output) == "error: unknown engine 'hadoop': duckdb or spark (exit 2)"


@pytest.mark.parametrize(
    ("args", "usage", "reason"),
    [
        (("run", "--nope"), "Usage: yusuan run [OPTIONS]", "No such option: --nope"),
        (("extract", "--no-such-option"), "Usage: yusuan extract [OPTIONS]", "No such option: --no-such-option"),
        (("frobnicate",), "Usage: yusuan [OPTIONS] COMMAND [ARGS]...", "No such command 'frobnicate'"),
        (("run", "--workers", "0"), "Usage: yusuan run [OPTIONS]", "Invalid value for '--workers': "),
    ],
)
def test_a_usage_error_ends_with_one_error_line_below_clicks_usage(tmp_path, args, usage, reason):
    """A mistyped option or command: click's usage and hint, then the last line every exit 2 ends with
    (the reason said once), on a narrow terminal and in a scheduler's log (stderr, nothing on stdout)."""
    project = copy_project(tmp_path / "project", with_documents=False)
    code, output = run_in_terminal(project, *args)
    piped = run_yusuan(project, *args, timeout=120)
    for exit_code, text in ((code, output), (piped.returncode, piped.stderr)):
        assert exit_code == 2, text
        last = last_line_of(text)
        assert last.startswith(f"error: {reason}") and last.endswith(" (exit 2)"), text
        assert text.count("(exit 2)") == 1 and text.count(reason) == 1, text
        assert text.index(usage) < text.index("' for help.") < text.index(last), text
    assert piped.stdout == ""
    assert not (project / "warehouse" / "yusuan.duckdb").exists()
