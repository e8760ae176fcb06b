"""A 财政拨款支出预算表 is a source of fact_expenditure, end to end on the session's ``regions_run``
(tests/other_regions.py, FISCAL_FUNCTION; tests/fixtures/tables/fiscal_function/README.md).

A 财政拨款支出预算表 by 功能分类 (合计 | 基本支出 | 项目支出) prints all 财政拨款 funds (一般公共预算 +
政府性基金 + 国有资本经营): table kind fiscal_function. Its 项 leaves are the document's
fact_expenditure rows (basic / project), fund_scope 'fiscal_appropriation', ranked as the
一般公共预算 table is: before an all-funds 部门支出总表, never added to it; and the per-fund tables it
holds (一般公共预算, 政府性基金) are never added to it either. Its 合计 is the document's
expenditure_fiscal_appropriation, which the fact rows' sum is checked against. Constructed
documents, our own figures in 万元.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from other_regions import fiscal_function_file_names

D = Decimal
ONLY, WITH_ALL_FUNDS, WITH_FUND_TABLES = (
    "fiscal_function_only.txt",
    "all_funds_and_fiscal_function.txt",
    "fiscal_function_and_fund_tables.txt",
)

# the 财政拨款支出预算表's 项 leaves, in 元 (its 合计 1,111.10万元: 611.10 basic + 500.00 project)
FISCAL_ROWS = {
    ("2010301", "basic"): D("4000000.00"),
    ("2010302", "project"): D("5000000.00"),
    ("2080505", "basic"): D("2111000.00"),
}


@pytest.fixture(scope="module")
def marts(regions_run):
    con = regions_run.connect()
    yield con
    con.close()


def _facts(marts, name: str) -> dict[tuple[str, str], tuple]:
    rows = marts.execute(
        "select function_code, expenditure_type, amount_yuan, fund_scope, source, source_table "
        "from marts.fact_expenditure inner join marts.dim_document using (document_id) where source_path = ?",
        [name],
    ).fetchall()
    return {(code, kind): tuple(rest) for code, kind, *rest in rows}


def _checks(marts, name: str) -> dict[tuple[str, str], tuple]:
    rows = marts.execute(
        "select r.check_name, r.scope, r.expected, r.actual, r.status from marts.fact_reconciliation as r "
        "inner join marts.dim_document as d on r.document_id = d.document_id where d.source_path = ?",
        [name],
    ).fetchall()
    return {(check, scope): tuple(rest) for check, scope, *rest in rows}


def test_the_documents_are_ok_and_reach_the_marts(regions_run, marts):
    rows = marts.execute(
        "select source_path, status, problems from marts.dim_document where source_path in (?, ?, ?) order by 1",
        fiscal_function_file_names(),
    ).fetchall()
    assert rows == [(name, "ok", "") for name in sorted(fiscal_function_file_names())]
    assert "was updated: every model built" in regions_run.output, regions_run.output[-3000:]


def test_a_fiscal_appropriation_table_alone_gives_the_fact_rows_of_its_funds(marts):
    facts = _facts(marts, ONLY)
    assert facts == {
        key: (amount, "fiscal_appropriation", "table", "fiscal_function") for key, amount in FISCAL_ROWS.items()
    }
    checks = _checks(marts, ONLY)
    # the rows' sum against the table's 合计 (expenditure_fiscal_appropriation), which the text states too
    assert checks[("fact_expenditure_equals_expenditure_total", "expenditure_fiscal_appropriation")] == (
        D("11111000.00"),
        D("11111000.00"),
        "pass",
    )
    assert checks[("narrative_equals_table", "expenditure_fiscal_appropriation")][2] == "pass"
    assert checks[("function_items_sum_to_section", "fiscal_function:20103:total")][2] == "pass"
    assert not [key for key, (*_, status) in checks.items() if status not in ("pass", "rounding")]
    (value, table_value) = marts.execute(
        "select value, table_value from marts.fact_budget_summary inner join marts.dim_document using (document_id) "
        "where source_path = ? and metric = 'expenditure_fiscal_appropriation'",
        [ONLY],
    ).fetchone()
    assert value == table_value == D("11111000.00")


def test_a_document_with_an_all_funds_table_beside_it_gets_no_double_rows(marts):
    facts = _facts(marts, WITH_ALL_FUNDS)
    # the 财政拨款 table's rows only: not the 部门支出总表's (2010302 project 7,000,000), nor both added
    assert facts == {
        key: (amount, "fiscal_appropriation", "table", "fiscal_function") for key, amount in FISCAL_ROWS.items()
    }
    assert sum(amount for amount, *_ in facts.values()) == D("11111000.00")
    checks = _checks(marts, WITH_ALL_FUNDS)
    assert checks[("fact_expenditure_equals_expenditure_total", "expenditure_fiscal_appropriation")] == (
        D("11111000.00"),
        D("11111000.00"),
        "pass",
    )
    # the all-funds split is the 部门支出总表's, against the all-funds total the text states
    assert checks[("basic_plus_project_equals_expenditure_total", "expenditure_total")] == (
        D("13111000.00"),
        D("13111000.00"),
        "pass",
    )
    assert not [key for key, (*_, status) in checks.items() if status not in ("pass", "rounding")]


def test_the_per_fund_tables_a_fiscal_appropriation_table_holds_are_not_added_to_it(marts):
    facts = _facts(marts, WITH_FUND_TABLES)
    expected = {**FISCAL_ROWS, ("2120801", "project"): D("1000000.00")}
    assert facts == {
        key: (amount, "fiscal_appropriation", "table", "fiscal_function") for key, amount in expected.items()
    }
    (source_rows,) = marts.execute(
        "select max(source_rows) from intermediate.int_expenditure_items_selected "
        "inner join marts.dim_document using (document_id) where source_path = ?",
        [WITH_FUND_TABLES],
    ).fetchone()
    assert source_rows == 1  # one table's row each: the 一般公共预算 and 政府性基金 rows are not in the sums
    checks = _checks(marts, WITH_FUND_TABLES)
    assert checks[("fact_expenditure_equals_expenditure_total", "expenditure_fiscal_appropriation")] == (
        D("12111000.00"),
        D("12111000.00"),
        "pass",
    )
    assert not [key for key, (*_, status) in checks.items() if status not in ("pass", "rounding")]
