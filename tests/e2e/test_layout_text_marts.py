"""A 决算 given as ``pdftotext -layout`` text, end to end: the Putuo 财政局 2024 决算 (the copy
with planted errors) as poppler writes it.

The aligned reader cannot lay out the 收入决算表's header (a header of several lines of merged
cells: 'aligned_header_unclear'), so its figures (合计 2,946.25 …) are printed but not read.
That table is not empty: no finding may say it "is printed without figures"; the planted
三公 table, printed without a figure in the text too, is still one.
"""

from __future__ import annotations

import csv
import shutil

import pytest

from tests.conftest import ROOT, copy_project, run_yusuan

LAYOUT_TEXT = (
    ROOT
    / "tests"
    / "fixtures"
    / "published"
    / "layout_text"
    / "上海市普陀区财政局2024年度部门决算（含错误的测试版本）.txt"
)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("layout") / "project", with_documents=False)
    shutil.copy(LAYOUT_TEXT, project / "data" / "raw" / LAYOUT_TEXT.name)
    run = run_yusuan(project, "run")
    con = run.connect()
    yield run, con
    con.close()


def test_a_table_whose_figures_were_not_read_is_not_printed_without_figures(warehouse):
    run, con = warehouse
    (status,) = con.execute("select status from marts.dim_document").fetchone()
    assert status == "partial"
    with (run.project / "seeds" / "raw" / "raw_tables.csv").open(encoding="utf-8", newline="") as f:
        income = [(t["is_empty"], t["value_count"]) for t in csv.DictReader(f) if t["table_kind"] == "fa_income"]
    assert income == [("false", "0")]  # printed, not read: not empty
    present = con.execute(
        "select scope, status, detail from marts.fact_reconciliation "
        "where check_name = 'final_accounts_table_present' order by scope"
    ).fetchall()
    assert [(scope, status) for scope, status, _ in present] == [
        ("fa_expenditure", "mismatch"),  # 支出决算表: not in the document
        ("fa_summary", "pass"),
        ("gpb_basic_economic", "pass"),
        ("gpb_function", "pass"),
        ("three_public", "mismatch"),  # printed without figures
    ]  # no fa_income: its figures were not read, so the check cannot tell
    assert "财政拨款“三公”经费支出决算表 is printed without figures" in present[-1][2]
