"""Expenditure tables with columns beside 基本支出 | 项目支出, end to end (issue 20, kinds 9 and 10:
a check runs only on figures that were read; an unread part is not 0; a document whose
published figures add up never fails a run).

The standard 部门决算 支出决算表 and 部门预算 部门支出总表 print a unit's spending as 基本支出 + 项目支出
+ 上缴上级支出 + 经营支出 (事业单位经营支出) + 对附属单位补助支出. Those other parts are loaded
(fact_expenditure types 'remitted_to_superior', 'operating', 'subsidiary_subsidy'; summary
metrics expenditure_remitted_to_superior / expenditure_operating / expenditure_subsidiary_subsidy)
and are terms of every basic + project = total check: within a row, in the headline split and in
the text's. A function table printing 基本支出 as 人员经费 | 公用经费 columns (no 基本支出 column)
gives basic as their sum.

The documents share the session's ``regions_run`` (tests/other_regions.py, SPENDING_PARTS; made-up
documents, tests/fixtures/tables/spending_parts/README.md gives each one's right result)."""

from __future__ import annotations

from decimal import Decimal

import pytest

D = Decimal


@pytest.fixture(scope="module")
def marts(regions_run):
    con = regions_run.connect()
    yield con
    con.close()


def _document_id(marts, prefix: str) -> str:
    (row,) = marts.execute(
        "select document_id, status from marts.dim_document where starts_with(source_path, ?)", [prefix + "_"]
    ).fetchall()
    assert row[1] == "ok", row
    return row[0]


def _facts(marts, prefix: str) -> dict[tuple[str, str], Decimal]:
    rows = marts.execute(
        "select function_code, expenditure_type, amount_yuan from marts.fact_expenditure where document_id = ?",
        [_document_id(marts, prefix)],
    ).fetchall()
    return {(code, kind): amount for code, kind, amount in rows}


def _summary(marts, prefix: str) -> dict[str, Decimal]:
    return dict(
        marts.execute(
            "select metric, value from marts.fact_budget_summary where document_id = ?",
            [_document_id(marts, prefix)],
        ).fetchall()
    )


def _checks(marts, prefix: str, *names: str) -> dict[tuple[str, str], tuple[Decimal, Decimal, str]]:
    rows = marts.execute(
        "select check_name, scope, expected, actual, status from marts.fact_reconciliation "
        "where document_id = ? and list_contains(?, check_name)",
        [_document_id(marts, prefix), list(names)],
    ).fetchall()
    return {(name, scope): (expected, actual, status) for name, scope, expected, actual, status in rows}


def _mismatches(marts, prefix: str) -> list[tuple[str, str]]:
    return marts.execute(
        "select check_name, scope from marts.fact_reconciliation where document_id = ? and status = 'mismatch' "
        "order by all",
        [_document_id(marts, prefix)],
    ).fetchall()


SPLIT_CHECKS = (
    "basic_plus_project_equals_total",
    "basic_plus_project_equals_expenditure_total",
    "fact_expenditure_equals_expenditure_total",
    "narrative_basic_plus_project_equals_total",
)


def test_final_accounts_operating_column_is_a_part_of_the_total_never_basic_or_project(marts):
    assert _facts(marts, "n34") == {
        ("212", "basic"): D("2000000.00"),
        ("212", "project"): D("1200000.00"),
        ("212", "operating"): D("300000.00"),  # 经营支出: never basic or project
        ("221", "basic"): D("500000.00"),
    }
    summary = _summary(marts, "n34")
    assert {m: summary[m] for m in ("expenditure_total", "basic_expenditure", "project_expenditure")} == {
        "expenditure_total": D("4000000.00"),
        "basic_expenditure": D("2500000.00"),
        "project_expenditure": D("1200000.00"),
    }
    assert summary["expenditure_operating"] == D("300000.00")
    assert summary["expenditure_remitted_to_superior"] == D("0.00")
    assert summary["expenditure_subsidiary_subsidy"] == D("0.00")
    checks = _checks(marts, "n34", *SPLIT_CHECKS)
    four = D("4000000.00")
    assert checks == {
        ("basic_plus_project_equals_total", "fa_expenditure:合计"): (four, four, "pass"),
        ("basic_plus_project_equals_total", "fa_expenditure:212"): (D("3500000.00"), D("3500000.00"), "pass"),
        ("basic_plus_project_equals_total", "fa_expenditure:221"): (D("500000.00"), D("500000.00"), "pass"),
        ("basic_plus_project_equals_expenditure_total", "expenditure_total"): (four, four, "pass"),
        ("fact_expenditure_equals_expenditure_total", "expenditure_total"): (four, four, "pass"),
        # '基本支出250.00万元，项目支出120.00万元，经营支出30.00万元' against 400.00万元
        ("narrative_basic_plus_project_equals_total", "expenditure_total"): (four, four, "pass"),
    }
    assert _mismatches(marts, "n34") == []


def test_budget_operating_column_of_the_expenditure_summary_is_a_part_of_the_total(marts):
    assert _facts(marts, "n35") == {
        ("216", "basic"): D("2000000.00"),
        ("216", "project"): D("1200000.00"),
        ("216", "operating"): D("300000.00"),  # 事业单位经营支出
        ("221", "basic"): D("500000.00"),
    }
    summary = _summary(marts, "n35")
    assert summary["expenditure_total"] == D("4000000.00")
    assert summary["expenditure_operating"] == D("300000.00")
    checks = _checks(marts, "n35", *SPLIT_CHECKS)
    assert {key for key, (_, _, status) in checks.items() if status != "pass"} == set()
    assert ("narrative_basic_plus_project_equals_total", "expenditure_total") in checks
    assert ("basic_plus_project_equals_expenditure_total", "expenditure_total") in checks
    assert _mismatches(marts, "n35") == []


def test_operating_part_printed_in_the_table_only_completes_the_texts_split(marts):
    # the text says 支出400.00万元 = 基本支出250.00万元 + 项目支出120.00万元 and no more; its table's
    # 事业单位经营支出 30.00 is the rest
    checks = _checks(marts, "n35b", "narrative_basic_plus_project_equals_total")
    four = D("4000000.00")
    assert checks == {("narrative_basic_plus_project_equals_total", "expenditure_total"): (four, four, "pass")}
    assert _mismatches(marts, "n35b") == []


def test_honest_reconciliation_a_spending_column_not_read_is_no_zero(marts):
    # 其他支出 (not recognised, 30.00 in the 合计 and in 213): basic + project = total is not
    # compared on a row with an amount under it, nor in the headline or the text's split
    checks = _checks(marts, "n35c", *SPLIT_CHECKS)
    assert checks == {
        ("basic_plus_project_equals_total", "dept_expenditure:221"): (D("500000.00"), D("500000.00"), "pass"),
    }
    assert _facts(marts, "n35c") == {
        ("213", "basic"): D("2000000.00"),
        ("213", "project"): D("1200000.00"),
        ("221", "basic"): D("500000.00"),
    }
    assert _mismatches(marts, "n35c") == []


def test_honest_reconciliation_no_other_part_printed_anywhere_is_still_a_mismatch(marts):
    checks = _checks(marts, "n35d", "narrative_basic_plus_project_equals_total")
    assert checks == {
        ("narrative_basic_plus_project_equals_total", "expenditure_total"): (
            D("4000000.00"),
            D("3700000.00"),
            "mismatch",
        )
    }


def test_basic_printed_as_personnel_and_public_columns_is_their_sum(marts):
    assert _facts(marts, "n22") == {
        ("210", "basic"): D("2000000.00"),  # 人员经费 150.00 + 公用经费 50.00
        ("210", "project"): D("1000000.00"),
        ("221", "basic"): D("500000.00"),  # 人员经费 50.00, its 公用经费 cell empty
        ("221", "project"): D("500000.00"),
    }
    summary = _summary(marts, "n22")
    assert summary["basic_expenditure"] == D("2500000.00")
    assert summary["project_expenditure"] == D("1500000.00")
    checks = _checks(marts, "n22", "basic_plus_project_equals_total", "fact_expenditure_equals_expenditure_total")
    assert checks[("basic_plus_project_equals_total", "gpb_function:210")] == (
        D("3000000.00"),
        D("3000000.00"),
        "pass",
    )
    assert {status for _, _, status in checks.values()} == {"pass"}
    assert _mismatches(marts, "n22") == []


def test_wrong_is_worse_than_missing_personnel_alone_is_not_basic(marts):
    # 合计 | 人员经费 | 项目支出, no 公用经费 column: the 人员 figures are not basic, no row is compared
    # with a basic that is not known
    assert _facts(marts, "n22b") == {("210", "project"): D("1000000.00"), ("221", "project"): D("500000.00")}
    assert _summary(marts, "n22b")["basic_expenditure"] == D("2500000.00")  # the text's
    checks = _checks(marts, "n22b", *SPLIT_CHECKS)
    four = D("4000000.00")
    assert checks == {
        ("basic_plus_project_equals_expenditure_total", "expenditure_total"): (four, four, "pass"),
        ("narrative_basic_plus_project_equals_total", "expenditure_total"): (four, four, "pass"),
    }
    assert _mismatches(marts, "n22b") == []


def test_basic_over_its_subtotal_and_parts_stays_the_subtotal(marts):
    assert _facts(marts, "a38") == {
        ("201", "basic"): D("6000000.00"),  # the 小计, never 人员经费 5,200,000
        ("201", "project"): D("3000000.00"),
        ("221", "basic"): D("1000000.00"),
    }
    assert _summary(marts, "a38")["expenditure_general_public_budget"] == D("10000000.00")
    assert _mismatches(marts, "a38") == []
