"""Honest checks end to end (issue 20, kinds 9 and 10): a check runs only on figures that were
read, and a figure whose column is unknown is never put under a guessed label.

The documents share the session's ``regions_run`` (tests/other_regions.py, honest checks):
* tsv_row_cells_missing.txt (constructed): '205\\t教育支出\\t50.00\\t50.00' under 合计 | 基本支出 |
  项目支出, one cell missing and nothing showing which: the 合计 row shows the 50.00 is project
  money, but the row alone cannot tell. Only its total is kept ('partial', row_cells_missing).
* the bundled 九龙坡区人民政府办公室 2026 budget cut at half its lines: its 部门支出总表 ends after
  the 201 rows ('partial', table_cut_off). Its narrative names 208, 210, 215, 217 and 221, rows
  that table never gave: those are not 0 there, no check fails on them.
* a13b_table_rows_short_of_total_not_at_end.txt (made up): a complete table whose 类 rows fall
  short of its 合计, more text after it: a source error ('ok', a function_categories_sum_to_total
  mismatch), not a cut file.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from other_regions import CUT_BUNDLED, ROW_CELLS_MISSING, ROWS_SHORT_OF_TOTAL

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
