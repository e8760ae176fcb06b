"""Honest checks end to end (issue 20, kinds 9 and 10): a check runs only on figures that were
read, and a figure whose column is unknown is never put under a guessed label.

The documents share the session's ``regions_run`` (tests/other_regions.py, honest checks):
* tsv_row_cells_missing.txt (constructed): '205\\t教育支出\\t50.00\\t50.00' under 合计 | 基本支出 |
  项目支出, one cell missing and nothing showing which: the 合计 row shows the 50.00 is project
  money, but the row alone cannot tell. Only its total is kept ('partial', row_cells_missing).
* the bundled 九龙坡区人民政府办公室 2026 budget cut at half its lines: its 部门支出总表 ends after
  the 201 rows ('partial', table_cut_off). Its narrative names 208, 210, 215, 217 and 221, rows
  that table never gave: those are not 0 there, no check fails on them.
* statements_disagree.txt (constructed): the text prints its 三公 total as 12.30万元 and later as
  13.30万元 (neither is kept: a narrative_statements_agree mismatch naming both), and its
  expenditure total as 1234.56万元 and as 12345612.34元 (they agree: one figure, the exact one).
* a13b_table_rows_short_of_total_not_at_end.txt (made up): a complete table whose 类 rows fall
  short of its 合计, more text after it: a source error ('ok', a function_categories_sum_to_total
  mismatch), not a cut file.
* gpb_split_when_the_fund_is_not_all_funds.txt (constructed): 支出 200.00万元 of all funds, 150.48万元
  of them 一般公共预算; the text's 基本支出 100.48万元 / 项目支出 50.00万元 are that fund's, its 一般公共预算
  table (元) prints 1,004,767.89 / 500,000.00. The all-funds splits are unknown (table_value null):
  fact_budget_summary compares nothing there (agrees null); fact_reconciliation checks the text
  against the fund's own table, its detail naming the narrative line and the table line apart.
* test_archives_2024_final_accounts_four_tables.txt (made up, held-out set 72): a 决算 printing four
  of the nine standard tables (收入支出决算总表, 财政拨款收入支出决算总表, 一般公共预算 and 三公), its
  figures adding up. Before: three final_accounts_table_present mismatches (收入决算表, 支出决算表 and
  基本支出决算表 "not in the document") failed the run; a document publishing a few of the tables
  is not judged on the others (one missing from a set printed otherwise whole still is).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from other_regions import (
    CUT_BUNDLED,
    FEW_TABLES,
    GPB_SPLIT,
    ROW_CELLS_MISSING,
    ROWS_SHORT_OF_TOTAL,
    STATEMENTS_DISAGREE,
)

D = Decimal


@pytest.fixture(scope="module")
def marts(regions_run):
    con = regions_run.connect()
    yield con
    con.close()


def _document(marts, name: str) -> tuple[str, str, str]:
    (row,) = marts.execute(
        "select document_id, status, problems from marts.dim_document where source_path = ?", [name]
    ).fetchall()
    return row


def _mismatches(marts, document_id: str) -> list[tuple[str, str]]:
    return marts.execute(
        "select check_name, scope from marts.fact_reconciliation where document_id = ? and status = 'mismatch' "
        "order by all",
        [document_id],
    ).fetchall()


def test_wrong_is_worse_than_missing_a_row_with_a_cell_missing_keeps_only_its_total(regions_run, marts):
    document_id, status, problems = _document(marts, ROW_CELLS_MISSING.name)
    assert status == "partial" and "no empty cell shows which column is empty" in problems
    rows = marts.execute(
        "select function_code, expenditure_type, amount_yuan from marts.fact_expenditure where document_id = ? "
        "order by all",
        [document_id],
    ).fetchall()
    # never '205 basic 500000.00': the 50.00 is not put under a guessed column
    assert rows == [("205", "unsplit", D("500000.00")), ("208", "basic", D("500000.00"))]
    assert _mismatches(marts, document_id) == []  # the unread parts of 205 are not 0 in any sum
    assert not [
        line for line in regions_run.output.splitlines() if ROW_CELLS_MISSING.name in line and "mismatch" in line
    ]


def test_honest_reconciliation_a_category_the_cut_table_never_read_is_not_compared(marts):
    document_id, status, problems = _document(marts, CUT_BUNDLED)
    assert status == "partial" and "ends before its rows add up to its 合计" in problems
    assert _mismatches(marts, document_id) == []
    # the categories are compared with the rows that were read (the complete 一般公共预算 table)
    compared = dict(
        marts.execute(
            "select scope, expected from marts.fact_reconciliation "
            "where document_id = ? and check_name = 'narrative_category_equals_table'",
            [document_id],
        ).fetchall()
    )
    assert compared["201"] == D("40357900.00")
    assert compared["221"] == D("1567000.00") and compared["208"] == D("4266100.00")
    assert D("0.00") not in [compared[code] for code in ("208", "210", "215", "217", "221")]


def test_conflict_two_statements_of_one_figure_that_disagree_are_a_finding_and_no_figure(regions_run, marts):
    document_id, status, problems = _document(marts, STATEMENTS_DISAGREE.name)
    assert status == "ok" and "13.30万元 (line 9)" in problems and "neither is kept" in problems  # a finding
    summary = dict(
        marts.execute(
            "select metric, value from marts.fact_budget_summary where document_id = ?", [document_id]
        ).fetchall()
    )
    assert "three_public_total" not in summary  # neither 12.30 nor 13.30万元
    assert summary["three_public_reception"] == D("26000.00")
    assert summary["expenditure_total"] == D("12345612.34")  # 1234.56万元 agrees: the exact statement
    assert _mismatches(marts, document_id) == [("narrative_statements_agree", "figure:three_public_total:statement 2")]
    ((expected, actual, detail),) = marts.execute(
        "select expected, actual, detail from marts.fact_reconciliation "
        "where document_id = ? and check_name = 'narrative_statements_agree'",
        [document_id],
    ).fetchall()
    assert (expected, actual) == (D("123000.00"), D("133000.00"))
    assert "12.30万元 (line 6)" in detail and "13.30万元 (line 9)" in detail
    # the run fails on it, naming the document and the check
    assert [
        line
        for line in regions_run.output.splitlines()
        if STATEMENTS_DISAGREE.name in line and "narrative_statements_agree" in line
    ]


def test_a_complete_table_whose_rows_fall_short_of_its_total_is_a_source_mismatch_not_a_cut_file(marts):
    # issue 20, kind 2: "looks cut off" needs evidence that the file is cut, never sums alone
    document_id, status, problems = _document(marts, ROWS_SHORT_OF_TOTAL.name)
    assert status == "ok" and "table_cut_off" not in (problems or "")
    found = marts.execute(
        "select scope, expected, actual from marts.fact_reconciliation where document_id = ? "
        "and check_name = 'function_categories_sum_to_total' and status = 'mismatch'",
        [document_id],
    ).fetchall()
    assert ("gpb_function:合计:total", D("4000000.00"), D("3900000.00")) in found


def test_a_split_of_one_fund_is_checked_against_that_funds_table_naming_each_side(marts):
    document_id, status, _ = _document(marts, GPB_SPLIT.name)
    assert status == "ok"
    summary = {
        metric: rest
        for metric, *rest in marts.execute(
            "select metric, narrative_value, table_value, agrees from marts.fact_budget_summary where document_id = ?",
            [document_id],
        ).fetchall()
    }
    # the all-funds 基本支出 was never read: nothing to agree with (was agrees shown beside a null)
    assert summary["basic_expenditure"] == [D("1004800.00"), None, None]
    assert summary["project_expenditure"] == [D("500000.00"), None, None]
    assert summary["expenditure_general_public_budget"] == [D("1504800.00"), D("1504767.89"), True]
    checks = {
        scope: (expected, actual, status, detail)
        for scope, expected, actual, status, detail in marts.execute(
            "select scope, expected, actual, status, detail from marts.fact_reconciliation "
            "where document_id = ? and check_name = 'narrative_equals_table'",
            [document_id],
        ).fetchall()
    }
    expected, actual, status, detail = checks["basic_expenditure"]
    assert (expected, actual, status) == (D("1004767.89"), D("1004800.00"), "rounding")
    # each side by its own line: line 9 is the text, line 14 the table's 合计 (never 'table line 9')
    assert (
        detail
        == "narrative line 9: 其中：基本支出100.48万元；; table line 14: 合计\t\t1504767.89\t1004767.89\t500000.00"
    )
    assert checks["project_expenditure"][2] == "pass"
    assert _mismatches(marts, document_id) == []


def test_a_final_accounts_document_publishing_a_few_standard_tables_adds_up_and_passes(marts):
    # issue 20, kind 9: a document whose published figures add up never fails a run
    document_id, status, _ = _document(marts, FEW_TABLES.name)
    assert status == "ok"
    assert _mismatches(marts, document_id) == []
    checks = dict(
        marts.execute(
            "select check_name, count(*) from marts.fact_reconciliation where document_id = ? group by all",
            [document_id],
        ).fetchall()
    )
    assert "final_accounts_table_present" not in checks
    assert checks["final_accounts_income_side"] == 1 and checks["final_accounts_expenditure_side"] == 1
    rows = marts.execute(
        "select function_code, expenditure_type, amount_yuan from marts.fact_expenditure where document_id = ? "
        "order by all",
        [document_id],
    ).fetchall()
    assert ("2010301", "basic", D("4600000.00")) in rows
