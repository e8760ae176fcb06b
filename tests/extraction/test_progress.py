"""dbt's structured log read into a node count (the progress bar of `yusuan build`)."""

from __future__ import annotations

import json
from pathlib import Path

from yusuan.build import refused_write
from yusuan.progress import DbtProgress


def event(name: str, level: str = "info", msg: str = "", **data) -> str:
    return json.dumps({"data": data, "info": {"name": name, "level": level, "msg": msg}})


def test_finished_nodes_are_counted_against_dbts_total():
    seen = []
    reader = DbtProgress(on_count=lambda done, total: seen.append((done, total)))
    lines = [
        event("MainReportVersion", msg="Running with dbt=1.11.16"),
        event("LogHookStartLine", index=1, total=1),
        event("LogHookEndLine", index=1, total=1, status="success"),
        event("LogStartLine", index=1, total=3),
        event("LogModelResult", index=1, total=3, status="OK"),
        event("LogStartLine", index=2, total=3),
        event("LogTestResult", index=2, num_models=3, status="pass"),
        event("LogStartLine", index=3, total=3),
        event("LogTestResult", index=3, num_models=3, status="fail"),
        event("EndOfRunSummary"),
    ]
    for line in lines:
        reader.feed(line + "\n")
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert reader.errors == []


def test_errors_and_stray_output_are_kept_for_the_message():
    reader = DbtProgress()
    reader.feed(event("CompilationError", level="error", msg="\x1b[31mCompilation Error\x1b[0m in model x"))
    reader.feed("Traceback (most recent call last):\n")
    reader.feed("\n")
    assert reader.errors == ["Compilation Error in model x", "Traceback (most recent call last):"]
    assert reader.done == 0


#: dbt's output (stdout and stderr) as `yusuan build` read it when the disk filled, cut to three
#: of its 1,240 '--- Logging error ---' blocks (Python's report of a log record dbt's log file
#: could not take) and three of its events; paths shortened to /srv/yusuan and /usr
DISK_FULL = Path(__file__).resolve().parents[1] / "fixtures" / "dbt_output" / "disk_full.txt"


def test_dbts_log_failing_on_a_full_disk_is_read_as_one_reason_not_its_tracebacks():
    reader = DbtProgress()
    for line in DISK_FULL.read_text(encoding="utf-8").splitlines(keepends=True):
        reader.feed(line)
    assert (reader.done, reader.total) == (0, 220)
    assert reader.log_failures == ["OSError: [Errno 28] No space left on device"]
    # what dbt was logging when its log failed: DuckDB's write of the new warehouse
    assert reader.errors == [
        "Unhandled error while executing \n[Errno 28] No space left on device",
        "_duckdb.TransactionException: TransactionContext Error: Failed to commit: Could not write file "
        '"/srv/yusuan/.yusuan/dbt/yusuan.duckdb.wal": No space left on device',
        "Encountered an error:\n[Errno 28] No space left on device",
    ]
    said = refused_write("dbt build", [*reader.errors, *reader.log_failures], Path("/srv/yusuan"), [])
    assert said == (
        "no space left on the device: dbt build stopped while writing the new warehouse "
        "(/srv/yusuan/.yusuan/dbt/yusuan.duckdb.wal): free some space and run again"
    )
