"""A fresh-user trial's documents in the shared run (``regions_run``, tests/other_regions.py:
TRIAL5, tests/fixtures/final_accounts/trial5): the figures each was expected to give, written
down before the run.

* p24, a budget (.docx): 本年收入预算 1800 万元, 其中 一般公共预算拨款收入 1500, 事业收入 200,
  事业单位经营收入 100 (each part after '，'), then '；' and 上年结转 50. The total is the year's own
  (本年收入): 上年结转 after the '；' is no part of it, and the 其中 list ends before it. No mismatch.
* p16, a 决算 with a planted error: '本年收入合计820.00万元，其中：一般公共预算财政拨款收入760.00万元，
  占92.68%；其他收入50.00万元' (760 + 50 = 810): a mismatch.
* p30 and p31, budgets constructed later (not the trial's): a 其中 list separated by '，' that runs
  on past a '；' ('…，其中：A，B；其他收入C；上年结转D。'). p30's parts add up (no mismatch); p31's
  are a planted error (本年收入 1400 against 1200 + 200 + 80: a mismatch; its 上年结转 is beside the
  year's own income).
* p21, a 决算 whose 一般公共预算财政拨款支出决算表 prints 全年预算数 | 决算数 | 完成率: the 合计 row's
  全年预算数 1,050.00 is the budget the 决算数 1,000.00 is set against ('完成全年预算的95.24%').
"""

from __future__ import annotations

from decimal import Decimal

import pytest


@pytest.fixture(scope="module")
def warehouse(regions_run):
    con = regions_run.connect()
    yield con
    con.close()


def _doc(con, prefix: str) -> str:
    (document_id,) = con.execute(
        "select document_id from marts.dim_document where source_path like ?", [prefix + "%"]
    ).fetchone()
    return document_id


def _checks(con, prefix: str, check_name: str) -> list[tuple]:
    return con.execute(
        """select scope, status, expected, actual from marts.fact_reconciliation
           where document_id = ? and check_name = ? order by scope""",
        [_doc(con, prefix), check_name],
    ).fetchall()


def _mismatches(con, prefix: str) -> set[tuple[str, str]]:
    rows = con.execute(
        "select check_name, scope from marts.fact_reconciliation where document_id = ? and status = 'mismatch'",
        [_doc(con, prefix)],
    ).fetchall()
    return set(rows)


def _summary(con, prefix: str) -> dict[str, Decimal]:
    return dict(
        con.execute(
            "select metric, value from marts.fact_budget_summary where document_id = ?", [_doc(con, prefix)]
        ).fetchall()
    )


def test_p24_carryover_after_the_closed_list_is_no_part_of_the_year_income(warehouse):
    assert _mismatches(warehouse, "p24_") == set()
    # 1500 + 200 + 100 against 1800 (本年收入); 上年结转 50 is beside it
    assert _checks(warehouse, "p24_", "narrative_income_parts_equal_total") == [
        ("income_total", "pass", Decimal("18000000.00"), Decimal("18000000.00"))
    ]
    summary = _summary(warehouse, "p24_")
    assert summary["income_total"] == Decimal("18000000.00")
    assert summary["income_general_public_budget"] == Decimal("15000000.00")
    assert summary["income_business"] == Decimal("2000000.00")
    assert summary["income_operating"] == Decimal("1000000.00")
    assert summary["income_carryover"] == Decimal("500000.00")


def test_p16_final_accounts_income_parts_that_do_not_add_up_are_a_mismatch(warehouse):
    # 本年收入合计 820.00万元 against 760.00 + 50.00 (the %s are no amounts)
    assert _checks(warehouse, "p16_", "narrative_income_parts_equal_total") == [
        ("income_total", "mismatch", Decimal("8200000.00"), Decimal("8100000.00"))
    ]
    assert _mismatches(warehouse, "p16_") == {("narrative_income_parts_equal_total", "income_total")}
    summary = _summary(warehouse, "p16_")
    assert summary["income_total"] == Decimal("8200000.00")
    assert summary["income_general_public_budget"] == Decimal("7600000.00")
    assert summary["income_other"] == Decimal("500000.00")


def test_p30_income_list_running_on_past_a_semicolon_adds_up(warehouse):
    # 1200 + 250 ；100 ；40 against 1590 (a budget's income holds its carry-over)
    assert _checks(warehouse, "p30_", "narrative_income_parts_equal_total") == [
        ("income_total", "pass", Decimal("15900000.00"), Decimal("15900000.00"))
    ]
    assert _mismatches(warehouse, "p30_") == set()
    summary = _summary(warehouse, "p30_")
    assert summary["income_other"] == Decimal("1000000.00")
    assert summary["income_carryover"] == Decimal("400000.00")


def test_p31_planted_error_in_the_part_after_the_semicolon_is_a_mismatch(warehouse):
    # 本年收入 1400 against 1200 + 200 ；80 (上年结转 60 beside it): the error is not hidden by the '；'
    assert _checks(warehouse, "p31_", "narrative_income_parts_equal_total") == [
        ("income_total", "mismatch", Decimal("14000000.00"), Decimal("14800000.00"))
    ]
    assert _mismatches(warehouse, "p31_") == {("narrative_income_parts_equal_total", "income_total")}
    assert _summary(warehouse, "p31_")["income_other"] == Decimal("800000.00")


def test_p21_full_year_budget_column_is_the_budget_of_the_execution(warehouse):
    assert _mismatches(warehouse, "p21_") == set()
    rows = warehouse.execute(
        """select item, budget_yuan, adjusted_budget_yuan, actual_yuan, execution_rate, budget_source
           from marts.fact_budget_execution where final_document_id = ? order by item""",
        [_doc(warehouse, "p21_")],
    ).fetchall()
    assert rows == [
        ("2010301", Decimal("6000000.00"), None, Decimal("5900000.00"), Decimal("0.9833"), "final_accounts"),
        ("2080505", Decimal("900000.00"), None, Decimal("800000.00"), Decimal("0.8889"), "final_accounts"),
        ("2130705", Decimal("3000000.00"), None, Decimal("2800000.00"), Decimal("0.9333"), "final_accounts"),
        ("2210201", Decimal("600000.00"), None, Decimal("500000.00"), Decimal("0.8333"), "final_accounts"),
        # '完成全年预算的95.24%'
        (
            "expenditure_general_public_budget",
            Decimal("10500000.00"),
            None,
            Decimal("10000000.00"),
            Decimal("0.9524"),
            "final_accounts",
        ),
    ]


def test_p13_project_list_with_its_indicators_is_read_whole(warehouse):
    # each row fits its header (项目名称 | 预算金额 | 年度绩效目标 | 一级指标 | 二级指标 | 指标值)
    status, problems = warehouse.execute(
        "select status, problems from marts.dim_document where document_id = ?", [_doc(warehouse, "p13_")]
    ).fetchone()
    assert status == "ok"
    assert "indicator_unaligned" not in str(problems)
    assert "do not fit their header" not in str(problems)
    # the projects' 900 / 300 万元 are no figure of the document: its project spending is the table's
    summary = _summary(warehouse, "p13_")
    assert summary["project_expenditure"] == Decimal("12000000.00")
    assert summary["expenditure_total"] == Decimal("35000000.00")
