"""Hostile input end to end (issue 17): one real `yusuan run` over the five bundled documents,
the reproductions of tests/fixtures/reliability/ and hostile file names and links.

Right behaviour (tests/fixtures/reliability/README.md): the bundled documents land as
always; every planted arithmetic error is a 'mismatch' row of fact_reconciliation (and the
run exits 1); a figure is stored exactly or not at all; every bad file is its own row with
a reason.

The same run holds the checkpoint case (the tests after "checkpoint" below): 003 prints
(表三, 一般公共预算财政拨款支出预算表, line 114)
    2080899	其他优抚支出	25.65		25.65
under 20808 抚恤 25.65. A copy of 003 under another unit name makes the 项 row say 35.65
(total and 项目 columns alike, so the row itself still adds up) and expects: exit 1, a
'mismatch' row for that document in fact_reconciliation, a failed Great Expectations
expectation in the stored validation results, Data Docs and a summary naming the document,
the check and the difference, and the five bundled documents loaded as usual.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import RAW, copy_project, run_yusuan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reliability"
ORIGINALS = {path.name[:3]: path for path in sorted(RAW.glob("*.txt"))}


def planted(prefix: str, unit_tag: str, old: str, new: str) -> bytes:
    """A bundled document under another unit name (so that it is current too) with one figure
    changed."""
    text = ORIGINALS[prefix].read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    lines = text.replace(old, new).split("\n")
    # the unit line is the first line of 000 / 002, the second of 004 (after its title line)
    # and the third of 003 (after two empty lines), which ends in （本级）
    at = next(i for i, line in enumerate(lines[:3]) if line.strip().endswith(("局", "办公室", "（本级）")))
    line = lines[at].rstrip()
    if line.endswith("（本级）"):
        lines[at] = line[: -len("（本级）")] + unit_tag + "（本级）"
    else:
        lines[at] = line + unit_tag
    return "\n".join(lines).encode("utf-8")


# the checkpoint case: one 项 row of 003 changed (see the module's docstring)
ORIGINAL_ROW = "2080899\t其他优抚支出\t25.65\t\t25.65"
CHANGED_ROW = "2080899\t其他优抚支出\t35.65\t\t35.65"
CHANGED = "planted_section_item.txt"
CHANGED_UNIT = "重庆市綦江区经济和信息化委员会丁（本级）"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    project = copy_project(base / "project")
    raw = project / "data" / "raw"
    for path in FIXTURES.glob("*.txt"):
        shutil.copy(path, raw / path.name)
    # a failed document under a name that reads as rich markup
    (raw / "[").mkdir()
    shutil.copy(FIXTURES / "no_unit_name.txt", raw / "[" / "red] [bold]x.txt")
    # a file name that is not UTF-8 (bytes ff fe), a link to itself, a link leaving data/raw
    # (in a folder sorting after the original: dim_document names a document by its first file)
    (raw / "zz").mkdir()
    Path(os.fsdecode(os.fsencode(raw / "zz") + b"/\xff\xfe.txt")).write_bytes(ORIGINALS["001"].read_bytes())
    (raw / "self.txt").symlink_to("self.txt")
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    # planted errors in the relations the documents print
    (raw / "planted_change.txt").write_bytes(
        planted("000", "甲", "项目支出178万元，比2025年减少320.91万元", "项目支出178万元，比2025年减少330.91万元")
    )
    (raw / "planted_income_part.txt").write_bytes(
        planted("002", "乙", "其中：一般公共预算拨款4844.56万元", "其中：一般公共预算拨款4814.56万元")
    )
    (raw / "planted_fiscal_total.txt").write_bytes(planted("004", "丙", "收入合计\t2,686.02", "收入合计\t2,696.02"))
    (raw / CHANGED).write_bytes(planted("003", "丁", ORIGINAL_ROW, CHANGED_ROW))
    run = run_yusuan(project, "run", db_path=base / "warehouse" / "yusuan.duckdb")
    return run


def documents(run) -> dict[str, dict]:
    with run.connect() as con:
        cursor = con.execute("select * from marts.dim_document")
        columns = [d[0] for d in cursor.description]
        return {row[columns.index("source_path")]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}


def mismatches(run) -> set[tuple[str, str, str, Decimal, Decimal]]:
    with run.connect() as con:
        rows = con.execute(
            "select d.source_path, r.check_name, r.scope, r.expected, r.actual from marts.fact_reconciliation r "
            "join marts.dim_document d using (document_id) where r.status = 'mismatch'"
        ).fetchall()
    return set(rows)


def metric(run, path: str, name: str) -> list[Decimal]:
    with run.connect() as con:
        return [
            row[0]
            for row in con.execute(
                "select f.value from marts.fact_budget_summary f join marts.dim_document d using (document_id) "
                "where d.source_path = ? and f.metric = ?",
                [path, name],
            ).fetchall()
        ]


def test_the_run_finishes_exits_1_and_the_bundled_documents_land(hostile_run):
    assert hostile_run.returncode == 1, hostile_run.output[-3000:]
    assert "Traceback" not in hostile_run.output
    assert "the warehouse was updated" in hostile_run.output
    docs = documents(hostile_run)
    for path in ORIGINALS.values():
        assert docs[path.name]["status"] == "ok"
        assert docs[path.name]["is_current"]
    assert metric(hostile_run, ORIGINALS["000"].name, "income_change_vs_prior_year") == [Decimal("-2786600.00")]


def test_every_planted_error_is_a_mismatch_and_nothing_else_is(hostile_run):
    found = mismatches(hostile_run)
    expected = {
        (
            "planted_procurement_part.txt",
            "narrative_procurement_gpb_parts_equal_total",
            "procurement_gpb_total",
            Decimal("50000.00"),
            Decimal("90000.00"),
        ),
        (
            "planted_narrative_basic.txt",
            "narrative_basic_plus_project_equals_total",
            "expenditure_general_public_budget",
            Decimal("7176100.00"),
            Decimal("7776100.00"),
        ),
        (
            "planted_change.txt",
            "narrative_changes_basic_plus_project_equal_total",
            "expenditure_general_public_budget_change_vs_prior_year",
            Decimal("-2786600.00"),
            Decimal("-2886600.00"),
        ),
        (
            "planted_income_part.txt",
            "narrative_income_parts_equal_total",
            "income_total",
            Decimal("48445600.00"),
            Decimal("48145600.00"),
        ),
        (
            "planted_fiscal_total.txt",
            "summary_income_total_equals_current_plus_carryover",
            "fiscal_summary:1:amount",
            Decimal("26960200.00"),
            Decimal("26860200.00"),
        ),
        (
            "planted_fiscal_total.txt",
            "summary_income_equals_expenditure",
            "fiscal_summary:1:amount",
            Decimal("26960200.00"),
            Decimal("26860200.00"),
        ),
    }
    assert expected <= found, sorted(found)
    by_path = {row[0] for row in found}
    # the bundled documents and the reproductions that change no sum have no mismatch
    assert not by_path & {p.name for p in ORIGINALS.values()}
    assert not by_path & {"amount_overflow.txt", "many_decimals.txt", "invisible_char_inside_amount.txt"}
    # the other planted changes are caught by the checks of their own (narrative against table)
    assert {row[1] for row in found if row[0] == "planted_income_part.txt"} <= {
        "narrative_income_parts_equal_total",
        "narrative_equals_table",
    }


def test_the_summary_tables_are_checked_for_every_document_that_prints_one(hostile_run):
    with hostile_run.connect() as con:
        rows = con.execute(
            "select d.source_path, r.check_name, r.status from marts.fact_reconciliation r "
            "join marts.dim_document d using (document_id) where r.check_name like 'summary_%'"
        ).fetchall()
    for prefix in ("002", "003", "004"):
        checks = {name for path, name, _ in rows if path == ORIGINALS[prefix].name}
        assert {
            "summary_categories_equal_current_year",
            "summary_expenditure_total_equals_current_plus_carryover",
            "summary_income_equals_expenditure",
        } <= checks, prefix
    assert {status for path, _, status in rows if path in {p.name for p in ORIGINALS.values()}} <= {"pass", "rounding"}


def test_figures_that_cannot_be_stored_exactly_are_refused_and_the_document_says_so(hostile_run):
    docs = documents(hostile_run)
    for name, printed in (("many_decimals.txt", "84.3123456万元"), ("amount_overflow.txt", "99999999999999999.99万元")):
        assert docs[name]["status"] == "partial"
        assert printed in docs[name]["problems"]
    with hostile_run.connect() as con:
        operating = con.execute(
            "select f.value from marts.fact_budget_summary f join marts.dim_document d using (document_id) "
            "where f.metric = 'operating_cost' and d.source_path in ('many_decimals.txt', 'amount_overflow.txt')"
        ).fetchall()
    assert operating == []  # never 843,123.46


def test_an_invisible_character_inside_an_amount_is_read_exactly(hostile_run):
    path = "invisible_char_inside_amount.txt"
    assert documents(hostile_run)[path]["status"] == "ok"
    assert metric(hostile_run, path, "income_change_vs_prior_year") == [Decimal("-2786600.00")]


def test_bad_files_are_rows_with_reasons(hostile_run):
    docs = documents(hostile_run)
    # no_unit_name.txt and its copy under a name that reads as markup are one document,
    # named by its first file
    assert docs["[/red] [bold]x.txt"]["status"] == "failed"
    assert "no unit name" in docs["[/red] [bold]x.txt"]["problems"]
    assert docs["self.txt"]["status"] == "failed"
    assert docs["passwd.txt"]["status"] == "failed"
    assert "outside the raw folder" in docs["passwd.txt"]["problems"]
    assert "root:" not in hostile_run.output
    # the markup-named copy of no_unit_name.txt has its row too, printed literally
    assert "FAILED [/red] [bold]x.txt: no unit name" in hostile_run.output
    raw_documents = (hostile_run.project / "seeds" / "raw" / "raw_documents.csv").read_text(encoding="utf-8")
    assert "zz/%FF%FE.txt" in raw_documents
    assert "[/red] [bold]x.txt" in raw_documents


# --- checkpoint: the changed 项 row of 003 ---------------------------------------------------


def changed_document_id(run) -> str:
    with run.connect() as con:
        return con.execute("select document_id from marts.dim_document where source_path = ?", [CHANGED]).fetchone()[0]


def test_fact_reconciliation_has_the_mismatch(hostile_run):
    run = hostile_run
    document_id = changed_document_id(run)
    with run.connect() as con:
        rows = con.execute(
            "select check_name, scope, expected, actual, difference from marts.fact_reconciliation "
            "where status = 'mismatch' and document_id = ? order by all",
            [document_id],
        ).fetchall()
        unit = con.execute(
            "select u.unit_name, d.status, d.is_current from marts.dim_document d join marts.dim_unit u using (unit_id) "
            "where d.document_id = ?",
            [document_id],
        ).fetchone()
    assert unit == (CHANGED_UNIT, "ok", True)
    assert (
        "function_items_sum_to_section",
        "gpb_function:20808:total",
        Decimal("256500.00"),
        Decimal("356500.00"),
        Decimal("100000.00"),
    ) in rows
    # of the changed document and the five it sits beside, it alone has a mismatch
    assert {row[0] for row in mismatches(run)} & {CHANGED, *(p.name for p in ORIGINALS.values())} == {CHANGED}


def test_the_other_documents_load_unharmed(hostile_run):
    with hostile_run.connect() as con:
        rows = con.execute(
            "select source_path, status, is_current from marts.dim_document where source_path in (?, ?, ?, ?, ?) "
            "order by 1",
            [p.name for p in ORIGINALS.values()],
        ).fetchall()
        other_mismatches = con.execute(
            "select count(*) from marts.fact_reconciliation as r join marts.dim_document as d using (document_id) "
            "where r.status = 'mismatch' and d.source_path in (?, ?, ?, ?, ?)",
            [p.name for p in ORIGINALS.values()],
        ).fetchone()[0]
    assert len(rows) == 5 and all(status == "ok" and current for _, status, current in rows)
    assert other_mismatches == 0


def test_a_great_expectations_expectation_failed(hostile_run):
    run = hostile_run
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


def test_the_summary_names_the_document_the_check_and_the_difference(hostile_run):
    run = hostile_run
    document_id = changed_document_id(run)
    lines = [line for line in run.output.splitlines() if document_id in line and "mismatch" in line]
    assert lines, run.output[-3000:]
    assert any("function_items_sum_to_section" in line for line in lines), lines
    assert "100,000.00" in run.output


def test_the_last_line_says_the_run_failed_and_that_the_warehouse_holds_the_findings(hostile_run):
    run = hostile_run
    assert run.returncode == 1, run.output[-3000:]
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


def test_data_docs_name_the_document_unit_and_check_of_the_failure_in_a_named_run(hostile_run):
    run = hostile_run
    site = run.project / "gx" / "uncommitted" / "data_docs" / "local_site" / "validations"
    pages = [p for p in site.rglob("*.html") if "fact_reconciliation" in str(p)]
    assert pages, sorted(str(p) for p in site.rglob("*.html"))
    run_names = {p.relative_to(site).parts[-3] for p in site.rglob("*.html")}
    assert "__none__" not in run_names
    assert all(n.startswith("yusuan-") and n.endswith("Z") for n in run_names), run_names
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    assert 'class="yusuan-failures"' in text
    # the document (its file), its unit and the check, not a bare number
    assert CHANGED in text and f"unit {CHANGED_UNIT}" in text
    assert "function_items_sum_to_section" in text or "mismatch" in text
