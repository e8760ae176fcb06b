"""dbt's structured log read into a node count (the progress bar of `yusuan build`)."""

from __future__ import annotations

import json

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
