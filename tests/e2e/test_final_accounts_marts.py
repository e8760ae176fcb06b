"""Final accounts (决算) end to end: the Putuo 财政局 2024 决算 (the published PDF, a copy
with planted errors), field cases 09/11/20/21 and a budget + final-accounts pair of one
unit and year, built into one warehouse (the session's ``regions_run``, which also holds the
documents of test_field_regions_pipeline.py: the tests here assert on this module's documents,
tests/other_regions.py). The same run holds the Putuo 决算 given as
``pdftotext -layout`` text (the last test, under a unit name of its own so that both copies are
current).

Planted errors of the Putuo sample, each a 'mismatch' (fact_reconciliation):
  * the narrative prints 收入支出总计 0 万元 while the 收入支出决算总表 总计 is 2,995.39;
  * the 支出决算表 (announced in the contents) is not in the document;
  * the 财政拨款“三公”经费支出决算表 is printed without figures while the text states a
    三公 年初预算 of 0.95 万元;
  * 一般公共服务支出（类）2106.66 万元 "占 71.73%" of 2940.05 万元 (the figures give 71.65 %);
  * "决算数大于预算数" for 行政运行 (1511.89 against 1560.05) and 职业年金缴费 (80.38 against
    80.81), "决算数等于预算数" for 行政单位医疗 (60.99 against 62.29);
  * the heading "第三部分 …2023年度部门决算情况说明" and the date "截至 2023年 12 月 31 日" in
    the 2024 final accounts;
  * the unfilled placeholder in "第二部分 上海市普陀区XX局 2024 年度部门决算表";
  * "人员经费 2152.26 万元，主要包括：…、个人农业生产补贴" while the 基本支出决算表 prints no
    figure for 个人农业生产补贴 (the template lists only items with a figure);
  * the 财政拨款收入支出决算总表 prints 社会保障和就业支出 326.71 in its 一般公共预算财政拨款 column
    while the 一般公共预算财政拨款支出决算表 prints 208 社会保障和就业支出 326.72.
"""

from __future__ import annotations

import csv
import hashlib
from decimal import Decimal

import pytest
from other_regions import LAYOUT_TAGGED, LAYOUT_TEXT, final_accounts_file_names

from tests.conftest import ROOT

#: this module's documents among the shared run's (tests/other_regions.py)
OWN = final_accounts_file_names()


@pytest.fixture(scope="module")
def warehouse_run(regions_run):
    """The shared run over these documents and the field and published ones (``regions_run``)."""
    run = regions_run
    # the planted errors are mismatches, so the checkpoint fails on fact_reconciliation (and on
    # nothing else): every model is built and the marts hold the findings
    assert "build: FAILED (checks)" in run.output, run.output[-3000:]
    failed = [line for line in run.output.splitlines() if line.strip().startswith("- document")]
    assert failed and all("fact_reconciliation.status" in line for line in failed), run.output[-3000:]
    return run


@pytest.fixture(scope="module")
def warehouse(warehouse_run):
    con = warehouse_run.connect()
    yield con
    con.close()


def _doc(con, prefix: str) -> str:
    return con.execute(
        "select document_id from marts.dim_document where source_path like ?", [prefix + "%"]
    ).fetchone()[0]


def _file_id(fixture: str) -> str:
    """The document_id of a fixture file (tests/fixtures/...): its content's sha256, 16 hex digits."""
    return hashlib.sha256((ROOT / "tests" / "fixtures" / fixture).read_bytes()).hexdigest()[:16]


def _mismatches(con, prefix: str) -> set[tuple[str, str]]:
    rows = con.execute(
        "select check_name, scope from marts.fact_reconciliation where document_id = ? and status = 'mismatch'",
        [_doc(con, prefix)],
    ).fetchall()
    return set(rows)


def test_every_document_is_recognised_with_its_kind_and_year(warehouse):
    rows = warehouse.execute("select source_path, doc_kind, fiscal_year, status from marts.dim_document").fetchall()
    kinds = {path: (kind, year, status) for path, kind, year, status in rows if path in OWN}
    assert sorted(kinds) == sorted(OWN)
    assert kinds["qijiang_test_bureau_2024_budget.txt"] == ("budget", 2024, "ok")
    # its procurement table's header does not tell planned from actual: partial, no table figure
    unclear = "qijiang_test_records_bureau_2024_final_accounts_unclear_header.txt"
    assert kinds.pop(unclear) == ("final_accounts", 2024, "partial")
    assert kinds.pop("foshan_rail_transit_2019_final_accounts.pdf") == ("final_accounts", 2019, "ok")
    # the 决算 as layout text: its 收入决算表 header cannot be laid out (test at the end)
    assert kinds.pop(LAYOUT_TEXT.name) == ("final_accounts", 2024, "partial")
    for path, (kind, year, status) in kinds.items():
        if "budget.txt" not in path:
            assert (kind, year, status) == ("final_accounts", 2024, "ok"), path


def test_putuo_planted_errors_are_mismatches(warehouse):
    assert _mismatches(warehouse, "putuo") == {
        ("narrative_equals_table", "grand_total"),  # 收入支出总计 0 万元 in the text
        ("final_accounts_table_present", "fa_expenditure"),  # 支出决算表 missing
        ("final_accounts_table_present", "three_public"),  # 三公 table without figures
        ("narrative_share_matches_figures", "line 265: 占71.73%"),  # 71.65 %
        ("narrative_comparison_matches_figures", "line 268: 大于"),  # 行政运行
        ("narrative_comparison_matches_figures", "line 274: 大于"),  # 职业年金缴费
        ("narrative_comparison_matches_figures", "line 276: 等于"),  # 行政单位医疗
        ("text_year_is_fiscal_year", "line 252: 2023年"),  # 第三部分 heading
        ("text_year_is_fiscal_year", "line 302: 截至2023年12月31日"),  # vehicles
        ("text_has_no_unfilled_placeholder", "line 55: XX局"),  # 第二部分 heading
        ("narrative_listed_item_has_figure", "line 280: 个人农业生产补贴"),  # 人员经费 list
        # 社会保障和就业支出 326.71 in the 财政拨款收入支出决算总表, 326.72 in the 一般公共预算 table
        ("summary_category_equals_function_table", "fa_fiscal_summary:3:general_public_budget:208"),
        # field case 21 is another version of this unit's 2024 决算 (nothing ranks the two) and
        # prints its 总计 as 0: the two versions disagree
        ("versions_agree", f"metric:grand_total:{_file_id('field/21_final_accounts_zero_grand_total.txt')}"),
    }
    detail = warehouse.execute(
        "select detail from marts.fact_reconciliation where document_id = ? and scope = 'fa_expenditure'",
        [_doc(warehouse, "putuo")],
    ).fetchone()[0]
    assert detail.startswith("支出决算表 is not in the document while the text states expenditure_total")


def _summary_categories(con, prefix: str) -> dict[str, tuple]:
    rows = con.execute(
        "select scope, expected, actual, tolerance, status, detail from marts.fact_reconciliation "
        "where document_id = ? and check_name = 'summary_category_equals_function_table'",
        [_doc(con, prefix)],
    ).fetchall()
    return {scope: tuple(rest) for scope, *rest in rows}


def test_putuo_planted_summary_category_differs_from_the_function_table(warehouse):
    """The 财政拨款收入支出决算总表 prints 社会保障和就业支出 326.71 (一般公共预算财政拨款 column), the
    一般公共预算财政拨款支出决算表 208 326.72: two 万元 figures of one 类 and fund, which must agree
    exactly. The other 类 agree; the 收入支出决算总表 (all funds) has no 支出决算表 to be compared with."""
    got = _summary_categories(warehouse, "putuo")
    assert {scope: row[3] for scope, row in got.items()} == {
        "fa_fiscal_summary:3:general_public_budget:201": "pass",
        "fa_fiscal_summary:3:general_public_budget:208": "mismatch",
        "fa_fiscal_summary:3:general_public_budget:210": "pass",
        "fa_fiscal_summary:3:general_public_budget:221": "pass",
    }
    assert got["fa_fiscal_summary:3:general_public_budget:208"] == (
        Decimal("3267200.00"),
        Decimal("3267100.00"),
        Decimal("50.000"),
        "mismatch",
        "208 社会保障和就业支出: 财政拨款收入支出决算总表 line 129 (一般公共预算财政拨款) prints 326.71, "
        "一般公共预算财政拨款支出决算表 line 168 (合计) prints 326.72",
    )


def test_summary_categories_that_agree_with_the_function_tables_pass(warehouse):
    """A constructed 决算 whose summary tables' 类 figures agree with its function tables': 'pass',
    and 'rounding' where a 万元 figure (收入支出决算总表 412.00) meets an exact 元 table
    (支出决算表 4,119,996.37: 3.63 元 apart, within the 50 元 of one 万元 figure's rounding). Its
    城乡社区事务支出 (an old name the reference list does not hold) is matched by the 212 row the
    document itself prints under that name."""
    got = _summary_categories(warehouse, "qijiang_test_sports_bureau")
    assert {scope: row[3] for scope, row in got.items()} == {
        "fa_summary:1:amount:201": "rounding",
        "fa_summary:1:amount:208": "pass",
        "fa_summary:1:amount:212": "pass",
        "fa_fiscal_summary:3:general_public_budget:201": "pass",
        "fa_fiscal_summary:3:general_public_budget:208": "pass",
        "fa_fiscal_summary:3:general_public_budget:212": "pass",
    }
    assert got["fa_summary:1:amount:201"][:3] == (Decimal("4119996.37"), Decimal("4120000.00"), Decimal("50.000"))
    assert got["fa_summary:1:amount:212"][4] == (
        "212 城乡社区事务支出: 收入支出决算总表 line 13 (决算数) prints 10.00, 支出决算表 line 36 (合计) prints 100,000.00"
    )
    assert _mismatches(warehouse, "qijiang_test_sports_bureau") == set()


def test_summary_category_a_hundredth_apart_from_the_function_table_is_a_mismatch(warehouse):
    """The same 决算 with its 财政拨款收入支出决算总表 printing 社会保障和就业支出 78.01 against the
    一般公共预算财政拨款支出决算表's 78.00: a mismatch (two 万元 figures), and the document's only one."""
    prefix = "qijiang_test_sports_school"
    assert _mismatches(warehouse, prefix) == {
        ("summary_category_equals_function_table", "fa_fiscal_summary:2:general_public_budget:208")
    }
    got = _summary_categories(warehouse, prefix)
    assert got["fa_fiscal_summary:2:general_public_budget:201"][3] == "pass"
    assert got["fa_fiscal_summary:2:general_public_budget:208"] == (
        Decimal("780000.00"),
        Decimal("780100.00"),
        Decimal("50.000"),
        "mismatch",
        "208 社会保障和就业支出: 财政拨款收入支出决算总表 line 27 (一般公共预算财政拨款) prints 78.01, "
        "一般公共预算财政拨款支出决算表 line 45 (合计) prints 78.00",
    )


def _finding(con, scope: str) -> tuple:
    return con.execute(
        "select expected, actual, status, detail from marts.fact_reconciliation where document_id = ? and scope = ?",
        [_doc(con, "putuo"), scope],
    ).fetchone()


def test_putuo_planted_share_71_73_percent(warehouse):
    expected, actual, status, detail = _finding(warehouse, "line 265: 占71.73%")
    # the part as printed against the part 71.73 % of 2,940.05 万元 would be
    assert (expected, actual, status) == (Decimal("21066600.00"), Decimal("21088978.65"), "mismatch")
    assert detail == (
        "“一般公共服务支出（类）2106.66万元” is printed as 71.73% of “一般公共预算财政拨款支出2940.05万元” "
        "(line 265); the two figures give 71.65%"
    )


@pytest.mark.parametrize(
    ("scope", "claim", "budget", "actual", "nearest_allowed"),
    [
        ("line 268: 大于", "决算数大于预算数", "1560.05", "1511.89", "15600600.00"),  # 行政运行
        ("line 274: 大于", "决算数大于预算数", "80.81", "80.38", "808200.00"),  # 职业年金缴费
        ("line 276: 等于", "决算数等于预算数", "62.29", "60.99", "622900.00"),  # 行政单位医疗
    ],
)
def test_putuo_planted_comparisons_contradict_the_figures(warehouse, scope, claim, budget, actual, nearest_allowed):
    expected, got, status, detail = _finding(warehouse, scope)
    # expected: the nearest 决算 the claim allows (预算 + 0.01 万元 for 大于); actual: the printed 决算
    assert (expected, got, status) == (Decimal(nearest_allowed), Decimal(actual) * 10000, "mismatch")
    assert detail.startswith(f"the text says “{claim}”")
    assert f"年初预算为{budget}万元" in detail and f"决算为{actual}万元" in detail
    assert detail.endswith("the 决算数 is smaller than the 预算数")


def test_putuo_true_claims_pass(warehouse):
    rows = warehouse.execute(
        """select check_name, count(*), count(*) filter (where status = 'pass') from marts.fact_reconciliation
           where document_id = ? and check_name like 'narrative_%_matches_figures' group by 1 order by 1""",
        [_doc(warehouse, "putuo")],
    ).fetchall()
    # 13 comparisons (3 planted), 11 shares (1 planted): every other claim holds exactly
    assert rows == [("narrative_comparison_matches_figures", 13, 10), ("narrative_share_matches_figures", 11, 10)]


def test_putuo_planted_years_and_placeholder(warehouse):
    heading = _finding(warehouse, "line 252: 2023年")
    assert heading == (
        None,
        None,
        "mismatch",
        "the heading “第三部分上海市普陀区财政局2023年度部门决算情况说明” (line 252) names 2023 in a 2024 final accounts (决算)",
    )
    vehicles = _finding(warehouse, "line 302: 截至2023年12月31日")
    assert vehicles[2:] == (
        "mismatch",
        "the year-end date “截至2023年12月31日” (line 302) names 2023 in a 2024 final accounts (决算)",
    )
    placeholder = _finding(warehouse, "line 55: XX局")
    assert placeholder[2:] == (
        "mismatch",
        "an unfilled template placeholder “XX局” in a unit name: “第二部分上海市普陀区XX局2024年度部门决算表” (line 55)",
    )


@pytest.mark.parametrize(
    ("metric", "value"),
    [
        ("income_total", "29462500.00"),
        ("expenditure_total", "29400500.00"),
        ("grand_total", "29953900.00"),
        ("income_carryover", "491400.00"),
        ("expenditure_carryover", "553400.00"),
        ("income_general_public_budget", "29400500.00"),
        ("income_other", "62000.00"),
        ("fiscal_grand_total", "29616800.00"),
        ("expenditure_general_public_budget", "29400500.00"),  # the 决算数, never the 2993.92 budget
        ("basic_expenditure", "23369100.00"),
        ("project_expenditure", "6031400.00"),
        ("personnel_expenditure", "21522600.00"),
        ("public_use_expenditure", "1846500.00"),
        ("three_public_total", "0.00"),  # actual; the 0.95 万元 is its budget
        ("operating_cost", "1846500.00"),
        ("procurement_total", "2512500.00"),
        ("procurement_goods", "47900.00"),
        ("procurement_works", "0.00"),
        ("procurement_services", "2464700.00"),
    ],
)
def test_putuo_summary_holds_the_actuals(warehouse, metric, value):
    got = warehouse.execute(
        "select value from marts.fact_budget_summary where document_id = ? and metric = ?",
        [_doc(warehouse, "putuo"), metric],
    ).fetchone()
    assert got is not None and got[0] == Decimal(value)


def test_putuo_function_facts_are_the_tables_leaves(warehouse):
    rows = warehouse.execute(
        "select function_code, expenditure_type, amount_yuan from marts.fact_expenditure where document_id = ?",
        [_doc(warehouse, "putuo")],
    ).fetchall()
    got = {(code, kind): amount for code, kind, amount in rows}
    assert got[("2010601", "basic")] == Decimal("15035200.00")
    assert got[("2010601", "project")] == Decimal("83700.00")
    assert got[("2010608", "project")] == Decimal("4495200.00")
    assert got[("2210203", "basic")] == Decimal("2585000.00")
    assert len(got) == 12
    assert sum(got.values()) == Decimal("29400600.00")  # 0.01 万元 of rounding against 2,940.05


def test_putuo_execution_rows_from_its_own_budget_figures(warehouse):
    rows = warehouse.execute(
        """select item_kind, item, budget_yuan, actual_yuan, execution_rate, budget_source
           from marts.fact_budget_execution where final_document_id = ?""",
        [_doc(warehouse, "putuo")],
    ).fetchall()
    got = {(kind, item): rest for kind, item, *rest in rows}
    assert got[("metric", "expenditure_general_public_budget")] == [
        Decimal("29939200.00"),
        Decimal("29400500.00"),
        Decimal("0.9820"),
        "final_accounts",
    ]
    assert got[("metric", "three_public_total")][:2] == [Decimal("9500.00"), Decimal("0.00")]
    assert got[("function_code", "2010601")] == [
        Decimal("15600500.00"),
        Decimal("15118900.00"),
        Decimal("0.9691"),
        "final_accounts",
    ]
    codes = sorted(item for kind, item in got if kind == "function_code")
    assert codes == [
        "2010601",
        "2010602",
        "2010607",
        "2010608",
        "2080501",
        "2080505",
        "2080506",
        "2080599",
        "2101101",
        "2210201",
        "2210203",
    ]


def test_budget_and_final_accounts_pair_gives_execution_rows_from_both(warehouse):
    budget_id = _doc(warehouse, "qijiang_test_bureau_2024_budget")
    final_id = _doc(warehouse, "qijiang_test_bureau_2024_final")
    units = warehouse.execute(
        "select count(distinct unit_id) from marts.dim_document where document_id in (?, ?)", [budget_id, final_id]
    ).fetchone()[0]
    assert units == 1
    rows = warehouse.execute(
        """select item_kind, item, budget_yuan, actual_yuan, execution_rate, budget_source, budget_document_id
           from marts.fact_budget_execution where final_document_id = ?""",
        [final_id],
    ).fetchall()
    got = {(kind, item): rest for kind, item, *rest in rows}
    assert got[("function_code", "2010601")] == [
        Decimal("2540000.00"),
        Decimal("2480000.00"),
        Decimal("0.9764"),
        "budget_document",
        budget_id,
    ]
    assert got[("function_code", "2080505")][:2] == [Decimal("800000.00"), Decimal("780000.00")]
    assert got[("metric", "expenditure_general_public_budget")][:3] == [
        Decimal("5000000.00"),
        Decimal("4880000.00"),
        Decimal("0.9760"),
    ]
    # the 决算 prints a 三公 年初预算 of 12.00 万元, the budget document 10.00: a finding
    assert got[("metric", "three_public_total")][:2] == [Decimal("100000.00"), Decimal("75000.00")]
    assert _mismatches(warehouse, "qijiang_test_bureau_2024_final") == {
        ("final_accounts_budget_equals_budget_document", "metric:three_public_total"),
        # field case 11 is another version of this unit's 2024 决算 (nothing ranks the two) whose
        # 支出合计 differs: the two versions disagree
        ("versions_agree", f"metric:expenditure_total:{_file_id('field/11_final_accounts_three_public_table.txt')}"),
    }


def test_field_21_zero_grand_total_is_a_mismatch_and_income_need_not_equal_expenditure(warehouse):
    assert _mismatches(warehouse, "21_") == {
        ("final_accounts_income_side", "grand_total"),
        ("final_accounts_expenditure_side", "grand_total"),
    }
    checks = warehouse.execute(
        "select check_name, actual from marts.fact_reconciliation where document_id = ?", [_doc(warehouse, "21_")]
    ).fetchall()
    assert ("final_accounts_income_side", Decimal("29953900.00")) in checks
    assert not [c for c, _ in checks if c == "income_equals_expenditure"]


def test_field_09_11_and_20_have_no_mismatch(warehouse):
    assert _mismatches(warehouse, "09_") == set()
    assert _mismatches(warehouse, "11_") == set()
    assert _mismatches(warehouse, "20_") == set()


def test_foshan_2019_has_no_mismatch_and_its_three_public_execution(warehouse):
    foshan = _doc(warehouse, "foshan")
    assert _mismatches(warehouse, "foshan") == set()
    statuses = dict(
        warehouse.execute(
            "select check_name || ':' || scope, status from marts.fact_reconciliation where document_id = ?", [foshan]
        ).fetchall()
    )
    assert statuses["final_accounts_income_side:grand_total"] == "pass"
    assert statuses["final_accounts_expenditure_side:grand_total"] == "rounding"  # 1,668.14 + 0.01 vs 1,668.14
    row = warehouse.execute(
        """select budget_yuan, actual_yuan, execution_rate, budget_source from marts.fact_budget_execution
           where final_document_id = ? and item = 'three_public_reception'""",
        [foshan],
    ).fetchone()
    assert row == (Decimal("0.00"), Decimal("1600.00"), None, "final_accounts")  # rate null: budget 0
    summary = dict(
        warehouse.execute(
            "select metric, value from marts.fact_budget_summary where document_id = ?", [foshan]
        ).fetchall()
    )
    assert summary["expenditure_total"] == Decimal("16681400.00")
    assert summary["basic_expenditure"] == Decimal("7463900.00")
    assert summary["project_expenditure"] == Decimal("9217500.00")
    assert summary["personnel_expenditure"] == Decimal("6492000.00")
    assert summary["public_use_expenditure"] == Decimal("971900.00")
    assert summary["three_public_total"] == Decimal("1600.00")


def test_checkpoint_names_the_putuo_planted_errors_and_passes_the_bundled_documents(warehouse_run):
    out = warehouse_run.output
    failed = [line for line in out.splitlines() if line.strip().startswith("- document")]
    assert any(
        "(putuo_finance_2024_final_accounts_planted_errors.pdf, unit 上海市普陀区财政局): "
        "fact_reconciliation.status" in line
        for line in failed
    ), failed
    assert not any("foshan_rail_transit_2019_final_accounts.pdf" in line for line in failed), failed


def test_docs_execution_query_names_the_under_spent_items(warehouse):
    """docs/final-accounts.md's example query ("which items were under-spent in 2024"), run as printed."""
    import re

    doc = (ROOT / "docs" / "final-accounts.md").read_text(encoding="utf-8")
    sql = re.search(r"```sql\n(select u\.unit_name.*?fact_budget_execution.*?)```", doc, re.S).group(1)
    rows = warehouse.execute(sql).fetchall()
    got = {(unit, item): (budget, actual, rate, source) for unit, _, item, _, budget, actual, rate, source in rows}
    # Putuo: 三公 年初预算 0.95 万元, 决算 0 (its own 年初预算数); the pair: 三公 10.00 万元 budgeted
    # in the budget document, 7.50 万元 spent
    assert got[("上海市普陀区财政局", "three_public_total")] == (
        Decimal("9500.00"),
        Decimal("0.00"),
        Decimal("0.0000"),
        "final_accounts",
    )
    assert got[("重庆市綦江区测试局", "three_public_total")] == (
        Decimal("100000.00"),
        Decimal("75000.00"),
        Decimal("0.7500"),
        "budget_document",
    )
    assert all(rate < Decimal("0.95") for _, _, rate, _ in got.values())
    assert [row[6] for row in rows] == sorted(row[6] for row in rows)  # ordered by the rate


def test_operating_cost_table_lands_and_reconciles_with_the_narrative(warehouse):
    doc = _doc(warehouse, "qijiang_test_office")
    assert _mismatches(warehouse, "qijiang_test_office") == set()
    summary = warehouse.execute(
        """select value, narrative_value, table_value, agrees from marts.fact_budget_summary
           where document_id = ? and metric = 'operating_cost'""",
        [doc],
    ).fetchone()
    assert summary == (Decimal("384000.00"), Decimal("384000.00"), Decimal("384000.00"), True)
    check = warehouse.execute(
        """select expected, actual, status from marts.fact_reconciliation
           where document_id = ? and check_name = 'narrative_equals_table' and scope = 'operating_cost'""",
        [doc],
    ).fetchone()
    assert check == (Decimal("384000.00"), Decimal("384000.00"), "pass")
    execution = warehouse.execute(
        """select budget_yuan, actual_yuan, execution_rate, budget_source from marts.fact_budget_execution
           where final_document_id = ? and item_kind = 'metric' and item = 'operating_cost'""",
        [doc],
    ).fetchone()
    assert execution == (Decimal("400000.00"), Decimal("384000.00"), Decimal("0.9600"), "final_accounts")


def test_putuo_planted_listed_item_without_figure(warehouse):
    assert _finding(warehouse, "line 280: 个人农业生产补贴") == (
        None,
        None,
        "mismatch",
        "“个人农业生产补贴” is listed under “人员经费2152.26万元” (line 280) but the "
        "一般公共预算财政拨款基本支出决算表 prints no figure for it",
    )


PROCUREMENT_ACTUALS = {
    # document: procurement_total, goods, works, services as the 决算 prints them (实际采购金额 /
    # 决算数), the planned 合计 (采购计划金额 / 预算数) beside them
    "qijiang_test_archives": ("866000.00", "217000.00", "300000.00", "349000.00", "1000000.00"),
    "qijiang_test_science_museum": ("812500.00", "262500.00", "200000.00", "350000.00", "900000.00"),
}


# document: the text's 授予中小企业合同金额 and 其中：授予小微企业合同金额 (issue 20)
PROCUREMENT_AWARDED = {
    "qijiang_test_archives": (
        ("procurement_sme_awarded", "600000.00"),
        ("procurement_small_micro_awarded", "400000.00"),
    ),
}


@pytest.mark.parametrize("prefix", sorted(PROCUREMENT_ACTUALS))
def test_procurement_table_actuals_land_and_reconcile_with_the_narrative(warehouse, prefix):
    """政府采购情况表 of a 决算: fact_budget_summary holds the 实际采购金额 / 决算数 (table and
    text agree), never the planned 合计; parts = total; text = table in fact_reconciliation."""
    doc = _doc(warehouse, prefix)
    total, goods, works, services, planned = PROCUREMENT_ACTUALS[prefix]
    rows = warehouse.execute(
        """select metric, value, narrative_value, table_value, agrees from marts.fact_budget_summary
           where document_id = ? and metric like 'procurement%'""",
        [doc],
    ).fetchall()
    got = {metric: rest for metric, *rest in rows}
    for metric, value in (
        ("procurement_total", total),
        ("procurement_goods", goods),
        ("procurement_works", works),
        ("procurement_services", services),
    ):
        assert got.pop(metric) == [Decimal(value), Decimal(value), Decimal(value), True], metric
    for metric, value in PROCUREMENT_AWARDED.get(prefix, ()):
        # the text's contracts awarded to SMEs: no table figure (its 授予中小企业合同金额 columns are
        # not loaded), nothing to agree with
        assert got.pop(metric) == [Decimal(value), Decimal(value), None, None], metric
    assert got == {}
    values = warehouse.execute("select value from marts.fact_budget_summary where document_id = ?", [doc]).fetchall()
    assert (Decimal(planned),) not in values
    checks = dict(
        warehouse.execute(
            """select check_name || ':' || scope, status from marts.fact_reconciliation
               where document_id = ? and scope like 'procurement%'""",
            [doc],
        ).fetchall()
    )
    assert checks == {
        "narrative_equals_table:procurement_total": "pass",
        "narrative_equals_table:procurement_goods": "pass",
        "narrative_equals_table:procurement_works": "pass",
        "narrative_equals_table:procurement_services": "pass",
        "procurement_parts_equal_total:procurement_total": "pass",
    }
    assert _mismatches(warehouse, prefix) == set()


def test_procurement_table_of_one_unlabelled_row_gives_the_actuals(warehouse):
    """A fresh-user trial's 决算 (长沙市岳麓区审计局 2024): its 政府采购情况表 prints 采购计划金额 |
    实际采购金额 (合计 / 货物 / 工程 / 服务) over one row with no label, the unit's own figures:
    fact_budget_summary holds the actual 180.00 / 40.00 / 0.00 / 140.00 万元 (the text states
    none), never the planned 200.00 / 50.00 / 150.00; its 机关运行经费 actual is 110.50 万元."""
    prefix = "changsha_yuelu_audit"
    doc = _doc(warehouse, prefix)
    got = dict(
        warehouse.execute(
            """select metric, value from marts.fact_budget_summary
               where document_id = ? and (metric like 'procurement%' or metric = 'operating_cost')""",
            [doc],
        ).fetchall()
    )
    assert got == {
        "procurement_total": Decimal("1800000.00"),
        "procurement_goods": Decimal("400000.00"),
        "procurement_works": Decimal("0.00"),
        "procurement_services": Decimal("1400000.00"),
        "operating_cost": Decimal("1105000.00"),
    }
    values = {
        v
        for (v,) in warehouse.execute(
            "select value from marts.fact_budget_summary where document_id = ?", [doc]
        ).fetchall()
    }
    assert not {Decimal("2000000.00"), Decimal("500000.00"), Decimal("1500000.00")} & values
    assert _mismatches(warehouse, prefix) == set()


def test_procurement_unclear_header_keeps_the_text_figure_only(warehouse):
    """合计 货物 工程 服务 printed twice without their group headings: no table figure (the first
    合计 is the planned 100.00 万元); procurement_total is the text's 86.60 万元."""
    doc = _doc(warehouse, "qijiang_test_records_bureau")
    row = warehouse.execute(
        """select value, narrative_value, table_value from marts.fact_budget_summary
           where document_id = ? and metric = 'procurement_total'""",
        [doc],
    ).fetchone()
    assert row == (Decimal("866000.00"), Decimal("866000.00"), None)
    problems = warehouse.execute("select problems from marts.dim_document where document_id = ?", [doc]).fetchone()[0]
    assert "does not tell which group" in problems


def test_procurement_text_differing_from_its_table_is_a_mismatch(warehouse):
    """The text says 政府采购支出总额 65.78 万元, the table 56.78 (its parts add up to 56.78)."""
    assert _mismatches(warehouse, "qijiang_test_museum") == {("narrative_equals_table", "procurement_total")}
    check = warehouse.execute(
        """select expected, actual, status from marts.fact_reconciliation
           where document_id = ? and check_name = 'narrative_equals_table' and scope = 'procurement_total'""",
        [_doc(warehouse, "qijiang_test_museum")],
    ).fetchone()
    assert check == (Decimal("567800.00"), Decimal("657800.00"), "mismatch")
    summary = warehouse.execute(
        """select value, agrees from marts.fact_budget_summary
           where document_id = ? and metric = 'procurement_total'""",
        [_doc(warehouse, "qijiang_test_museum")],
    ).fetchone()
    assert summary == (Decimal("567800.00"), False)  # the table's figure, flagged


# --- the Putuo 决算 as layout text ------------------------------------------------------------


def test_layout_text_a_table_whose_figures_were_not_read_is_not_printed_without_figures(warehouse_run, warehouse):
    """The aligned reader cannot lay out the 收入决算表's header (a header of several lines of
    merged cells: 'aligned_header_unclear'), so its figures (合计 2,946.25 …) are printed but not
    read. That table is not empty: no finding may say it "is printed without figures"; the
    planted 三公 table, printed without a figure in the text too, is still one."""
    con = warehouse
    (document_id, status, unit) = con.execute(
        "select d.document_id, d.status, u.unit_name from marts.dim_document as d "
        "inner join marts.dim_unit as u using (unit_id) where d.source_path = ?",
        [LAYOUT_TEXT.name],
    ).fetchone()
    assert status == "partial"
    assert unit == LAYOUT_TAGGED
    with (warehouse_run.raw_tables / "raw_tables.csv").open(encoding="utf-8", newline="") as f:
        income = [
            (t["is_empty"], t["value_count"])
            for t in csv.DictReader(f)
            if t["table_kind"] == "fa_income" and t["document_id"] == document_id
        ]
    assert income == [("false", "0")]  # printed, not read: not empty
    present = con.execute(
        "select scope, status, detail from marts.fact_reconciliation "
        "where check_name = 'final_accounts_table_present' and document_id = ? order by scope",
        [document_id],
    ).fetchall()
    assert [(scope, status) for scope, status, _ in present] == [
        ("fa_expenditure", "mismatch"),  # 支出决算表: not in the document
        ("fa_summary", "pass"),
        ("gpb_basic_economic", "pass"),
        ("gpb_function", "pass"),
        ("three_public", "mismatch"),  # printed without figures
    ]  # no fa_income: its figures were not read, so the check cannot tell
    assert "财政拨款“三公”经费支出决算表 is printed without figures" in present[-1][2]
