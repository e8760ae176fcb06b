"""The funds a 决算's narrative figures are stated of, end to end on the session's ``regions_run``
(tests/other_regions.py, FUND_SCOPE; tests/fixtures/final_accounts/fund_scope/README.md gives each
document's right result). Issue 20: a final account's 类 figures listed after '一般公共预算财政拨款
支出…' on a line that states no total reached fact_expenditure with fund_scope null (no check), and
the 人员经费 / 公用经费 of a '一般公共预算财政拨款基本支出' sat in fact_budget_summary as if they were
the all-funds split.

Constructed documents, our own figures in 万元.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from other_regions import fund_scope_file_names

D = Decimal
PARTS_OF_ONE_FUND, TWO_SCOPES = fund_scope_file_names()


@pytest.fixture(scope="module")
def marts(regions_run):
    con = regions_run.connect()
    yield con
    con.close()


def _rows(marts, sql: str, name: str) -> list[tuple]:
    return marts.execute(sql + " and d.source_path = ? order by all", [name]).fetchall()


def _facts(marts, name: str) -> list[tuple]:
    return _rows(
        marts,
        "select f.function_code, f.expenditure_type, f.amount_yuan, f.fund_scope, f.source "
        "from marts.fact_expenditure as f inner join marts.dim_document as d using (document_id) where true",
        name,
    )


def _summary(marts, name: str) -> dict[str, tuple]:
    rows = _rows(
        marts,
        "select s.metric, s.value, s.fund_scope, s.narrative_fund_scope "
        "from marts.fact_budget_summary as s inner join marts.dim_document as d using (document_id) where true",
        name,
    )
    return {metric: tuple(rest) for metric, *rest in rows}


def _checks(marts, name: str) -> dict[tuple[str, str], tuple]:
    rows = _rows(
        marts,
        "select r.check_name, r.scope, r.expected, r.actual, r.status "
        "from marts.fact_reconciliation as r inner join marts.dim_document as d using (document_id) where true",
        name,
    )
    return {(check, scope): tuple(rest) for check, scope, *rest in rows}


def test_the_documents_are_ok(marts):
    rows = marts.execute(
        "select source_path, status from marts.dim_document where list_contains(?, source_path) order by 1",
        [fund_scope_file_names()],
    ).fetchall()
    assert rows == [(name, "ok") for name in sorted(fund_scope_file_names())]


def test_categories_listed_of_the_general_public_budget_keep_that_scope_in_fact_expenditure(marts):
    assert _facts(marts, PARTS_OF_ONE_FUND) == [
        ("208", "unsplit", D("700000.00"), "general_public_budget", "narrative"),
        ("211", "unsplit", D("1100000.00"), "general_public_budget", "narrative"),
        ("213", "unsplit", D("6500000.00"), "general_public_budget", "narrative"),
        ("221", "unsplit", D("500000.00"), "general_public_budget", "narrative"),
    ]
    # like scope with like scope: the 类 against the 一般公共预算's total, never the all-funds 950.00
    checks = _checks(marts, PARTS_OF_ONE_FUND)
    assert checks[("fact_expenditure_equals_expenditure_total", "expenditure_general_public_budget")] == (
        D("8800000.00"),
        D("8800000.00"),
        "pass",
    )
    assert ("fact_expenditure_equals_expenditure_total", "expenditure_total") not in checks


def test_parts_of_a_general_public_budget_basic_expenditure_are_not_the_all_funds_split(marts):
    summary = _summary(marts, PARTS_OF_ONE_FUND)
    assert summary["basic_expenditure"] == (D("6100000.00"), "all_funds", "all_funds")
    assert summary["project_expenditure"] == (D("3400000.00"), "all_funds", "all_funds")
    assert summary["personnel_expenditure"] == (D("5050000.00"), "general_public_budget", "general_public_budget")
    assert summary["public_use_expenditure"] == (D("750000.00"), "general_public_budget", "general_public_budget")
    # a metric whose name says its funds carries none
    assert summary["expenditure_general_public_budget"] == (D("8800000.00"), None, None)
    assert summary["three_public_total"] == (D("90000.00"), None, None)
    # 505 + 75 of the 一般公共预算 is checked against that fund's 基本支出 (580, a row of its own beside
    # the metric's first statement), never against the all-funds 610: no check of unlike scopes
    checks = _checks(marts, PARTS_OF_ONE_FUND)
    assert [key for key in checks if "personnel" in key[0]] == [
        ("narrative_personnel_plus_public_equals_basic", "basic_expenditure:general_public_budget")
    ]
    assert checks[("narrative_personnel_plus_public_equals_basic", "basic_expenditure:general_public_budget")] == (
        D("5800000.00"),
        D("5800000.00"),
        "pass",
    )
    assert all(status == "pass" for *_, status in checks.values())


def test_categories_of_another_scope_are_not_added_to_the_first_statements(marts):
    assert _facts(marts, TWO_SCOPES) == [
        ("207", "unsplit", D("4300000.00"), "all_funds", "narrative"),
        ("208", "unsplit", D("450000.00"), "all_funds", "narrative"),
        ("221", "unsplit", D("250000.00"), "all_funds", "narrative"),
    ]
    assert _checks(marts, TWO_SCOPES)[("fact_expenditure_equals_expenditure_total", "expenditure_total")] == (
        D("5000000.00"),
        D("5000000.00"),
        "pass",
    )
