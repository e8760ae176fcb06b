"""A published amount changed so the arithmetic no longer holds: the run must say so and fail.

003 prints (表三, 一般公共预算财政拨款支出预算表, line 114)
    2080899	其他优抚支出	25.65		25.65
under 20808 抚恤 25.65. The test makes the 项 row say 35.65 (total and 项目 columns alike, so
the row itself still adds up) in a temporary copy of the project, runs the whole pipeline and
expects: exit 1, a 'mismatch' row for that document in fact_reconciliation, a failed Great
Expectations expectation in the stored validation results, and a summary naming the document,
the check and the difference. The other four documents load as usual.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from conftest import RAW, copy_project, run_yusuan

ORIGINAL_ROW = "2080899\t其他优抚支出\t25.65\t\t25.65"
CHANGED_ROW = "2080899\t其他优抚支出\t35.65\t\t35.65"


@pytest.fixture(scope="module")
def mismatch_run(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("mismatch") / "project", with_documents=False)
    target = project / "data" / "raw"
    target.mkdir(parents=True, exist_ok=True)
    changed = None
    for path in sorted(RAW.iterdir()):
        data = path.read_bytes()
        text = data.decode("utf-8")
        if ORIGINAL_ROW in text:
            assert text.count(ORIGINAL_ROW) == 1
            data = text.replace(ORIGINAL_ROW, CHANGED_ROW).encode("utf-8")
            changed = path.name
        (target / path.name).write_bytes(data)
    assert changed is not None, "the row to change is not in any bundled document"
    return run_yusuan(project, "run"), changed


def changed_document_id(run, name: str) -> str:
    with run.connect() as con:
        return con.execute("select document_id from marts.dim_document where source_path = ?", [name]).fetchone()[0]


def test_the_run_exits_1(mismatch_run):
    run, _ = mismatch_run
    assert run.returncode == 1, run.output[-3000:]


def test_fact_reconciliation_has_the_mismatch(mismatch_run):
    run, name = mismatch_run
    document_id = changed_document_id(run, name)
    with run.connect() as con:
        rows = con.execute(
            "select check_name, scope, expected, actual, difference from marts.fact_reconciliation "
            "where status = 'mismatch' order by all"
        ).fetchall()
        documents = {
            r[0]
            for r in con.execute(
                "select document_id from marts.fact_reconciliation where status = 'mismatch'"
            ).fetchall()
        }
    assert documents == {document_id}
    assert (
        "function_items_sum_to_section",
        "gpb_function:20808:total",
        Decimal("256500.00"),
        Decimal("356500.00"),
        Decimal("100000.00"),
    ) in rows


def test_the_other_documents_load_unharmed(mismatch_run):
    run, name = mismatch_run
    with run.connect() as con:
        rows = con.execute("select source_path, status, is_current from marts.dim_document order by 1").fetchall()
        other_mismatches = con.execute(
            "select count(*) from marts.fact_reconciliation as r join marts.dim_document as d using (document_id) "
            "where r.status = 'mismatch' and d.source_path != ?",
            [name],
        ).fetchone()[0]
    assert len(rows) == 5 and all(status == "ok" and current for _, status, current in rows)
    assert other_mismatches == 0


def test_a_great_expectations_expectation_failed(mismatch_run):
    run, _ = mismatch_run
    results = sorted((run.project / "gx" / "uncommitted" / "validations").rglob("*.json"))
    assert results, "no validation results were stored"
    failed = []
    for path in results:
        document = json.loads(path.read_text(encoding="utf-8"))
        for result in document.get("results", []):
            if not result.get("success", True):
                config = result["expectation_config"]
                failed.append((config["type"], config.get("kwargs", {}).get("column")))
    assert failed, "every stored expectation passed"
    assert any(column == "mismatch_rows" for _, column in failed), failed  # fact_reconciliation: no mismatch
    assert (run.project / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html").exists()


def test_the_summary_names_the_document_the_check_and_the_difference(mismatch_run):
    run, name = mismatch_run
    document_id = changed_document_id(run, name)
    lines = [line for line in run.output.splitlines() if document_id in line and "mismatch" in line]
    assert lines, run.output[-3000:]
    assert any("function_items_sum_to_section" in line for line in lines), lines
    assert "100,000.00" in run.output


def test_the_last_line_says_the_run_failed_and_that_the_warehouse_holds_the_findings(mismatch_run):
    run, _ = mismatch_run
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("run: FAILED"), last
    assert "checks failed" in last, last
    assert "the warehouse was updated and holds the findings" in last and "exit 1" in last, last
    # never the plain success wording while something failed
    assert "warehouse written" not in run.output
    assert re.search(r"build: FAILED \((dbt build, )?checks\) — the warehouse .* was updated", run.output), run.output[
        -3000:
    ]
    assert run.db_path.exists()  # swapped in: the mismatch is in its fact_reconciliation (test above)


def test_data_docs_name_the_document_unit_and_check_of_the_failure_in_a_named_run(mismatch_run):
    run, name = mismatch_run
    site = run.project / "gx" / "uncommitted" / "data_docs" / "local_site" / "validations"
    pages = [p for p in site.rglob("*.html") if "fact_reconciliation" in str(p)]
    assert pages, sorted(str(p) for p in site.rglob("*.html"))
    run_names = {p.relative_to(site).parts[-3] for p in site.rglob("*.html")}
    assert "__none__" not in run_names
    assert all(n.startswith("yusuan-") and n.endswith("Z") for n in run_names), run_names
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    assert 'class="yusuan-failures"' in text
    # the document (its file), its unit and the check, not a bare number
    assert name in text and "unit 重庆市綦江区经济和信息化委员会（本级）" in text
    assert "function_items_sum_to_section" in text or "mismatch" in text
