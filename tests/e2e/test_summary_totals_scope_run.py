"""Summary totals compare like with like (issue 20, kind 9 "honest reconciliation"), end to end.

A 部门收支总表 prints the year's totals (本年收入合计 / 本年支出合计), the carry-overs (上年结转 /
结转下年) and the 总计 that adds them. income_total / expenditure_total are the year's totals where
the table prints them (a 决算's are its 本年收入合计 / 本年支出合计 too), grand_total the 总计, and
every income line with a metric (事业收入, 政府性基金, 上年结转 …) reaches fact_budget_summary. A
narrative total is compared with the table figure of its own scope, and fact_budget_execution
never sets a budget's 总计 (with the carry-over) against a 决算's 本年 figure.

One `yusuan run` over tests/fixtures/summary_totals/: the trial user's inputs (n20, n28, n29,
n36a/n36b, a21, with the right values they wrote before running) and constructed cases c1-c5 (our
own figures) for the scopes the trial did not cover: a narrative total stated with the carry-over
it includes (c1) or equal to the 总计 without saying so (c2), one that differs from both lines (c3:
a mismatch), a table printing its 总计 and carry-overs but no 本年 line (c4), the 决算 of that
unit and year (c5), a total whose carry-over is its only part stated ('（含上年结转20万元）', c6:
a note of one part, no list of them), and a 总计 printed without its 本年 line beside a 部门支出总表
of the year (c7: the year's figures are checked against the 总计 less its 结转下年); and two
documents that print tables and no narrative at all (t1: the 财政拨款 tables only, t2: with a
部门收支总表), whose table figures are fact_budget_summary rows with no narrative value."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from conftest import ROOT, copy_project, run_yusuan

FIXTURES = ROOT / "tests" / "fixtures" / "summary_totals"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("totals") / "project", with_documents=False)
    for path in sorted(FIXTURES.glob("*.txt")):
        shutil.copy(path, project / "data" / "raw" / path.name)
    return run_yusuan(project, "run")


@pytest.fixture(scope="module")
def db(run):
    con = run.connect()
    yield con
    con.close()


def _doc(db, prefix: str) -> str:
    (document_id,) = db.execute(
        "select document_id from marts.dim_document where source_path like ?", [prefix + "%"]
    ).fetchone()
    return document_id


def _summary(db, prefix: str) -> dict[str, tuple]:
    rows = db.execute(
        """select metric, value, narrative_value, table_value, agrees
           from marts.fact_budget_summary where document_id = ?""",
        [_doc(db, prefix)],
    ).fetchall()
    return {metric: tuple(rest) for metric, *rest in rows}


def _values(db, prefix: str) -> dict[str, Decimal]:
    return {metric: row[0] for metric, row in _summary(db, prefix).items()}


def _not_passed(db, prefix: str) -> list[tuple]:
    return db.execute(
        """select check_name, scope, status, expected, actual from marts.fact_reconciliation
           where document_id = ? and status not in ('pass', 'rounding')""",
        [_doc(db, prefix)],
    ).fetchall()


def _execution(db, prefix: str) -> dict[tuple[str, str], tuple]:
    rows = db.execute(
        """select item_kind, item, budget_yuan, adjusted_budget_yuan, actual_yuan, execution_rate, budget_source
           from marts.fact_budget_execution where final_document_id = ?""",
        [_doc(db, prefix)],
    ).fetchall()
    return {(kind, item): tuple(rest) for kind, item, *rest in rows}


def test_the_run_fails_on_the_one_narrative_total_that_matches_neither_line(run, db):
    assert run.returncode == 1, run.output[-3000:]
    failed = [line for line in run.output.splitlines() if line.strip().startswith("- document")]
    assert len(failed) == 1 and "c3_budget_narrative_total_differs.txt" in failed[0], run.output[-3000:]
    statuses = dict(db.execute("select source_path, status from marts.dim_document").fetchall())
    assert set(statuses.values()) == {"ok"}, statuses


# --- n20: a budget's 部门收支总表 with 本年收入合计, 上年结转 and 总计 ------------------------------


def test_n20_income_total_is_the_years_income_and_the_narrative_agrees_with_it(db):
    summary = _summary(db, "n20_")
    assert summary["income_total"] == (Decimal("11500000.00"), Decimal("11500000.00"), Decimal("11500000.00"), True)
    assert summary["expenditure_total"] == (
        Decimal("11500000.00"),
        Decimal("11500000.00"),
        Decimal("11500000.00"),
        True,
    )
    assert _not_passed(db, "n20_") == []


def test_n20_every_printed_income_line_with_a_metric_reaches_the_summary(db):
    assert _values(db, "n20_") == {
        "income_total": Decimal("11500000.00"),
        "expenditure_total": Decimal("11500000.00"),
        "income_general_public_budget": Decimal("10000000.00"),
        "income_government_fund": Decimal("1000000.00"),
        "income_business": Decimal("500000.00"),
        "income_carryover": Decimal("200000.00"),
        "expenditure_carryover": Decimal("200000.00"),
        # the 总计 with the carry-over: never income_total
        "grand_total": Decimal("11700000.00"),
    }


def _facts(db, prefix: str) -> dict[tuple[str, str], tuple]:
    rows = db.execute(
        """select function_code, expenditure_type, fund_scope, amount_yuan, source_table
           from marts.fact_expenditure where document_id = ?""",
        [_doc(db, prefix)],
    ).fetchall()
    return {(code, kind): tuple(rest) for code, kind, *rest in rows}


def _fact_check(db, prefix: str) -> tuple | None:
    return db.execute(
        """select scope, status, expected, actual from marts.fact_reconciliation
           where document_id = ? and check_name = 'fact_expenditure_equals_expenditure_total'""",
        [_doc(db, prefix)],
    ).fetchone()


def test_n20_and_n28_summary_categories_are_the_all_funds_function_facts(db):
    # no function table: the 类 the 收支总表 lists (all funds; in the 决算 the actuals) are the facts
    assert _facts(db, "n20_") == {
        ("201", "unsplit"): ("all_funds", Decimal("8000000.00"), "dept_summary"),
        ("221", "unsplit"): ("all_funds", Decimal("2000000.00"), "dept_summary"),
        ("212", "unsplit"): ("all_funds", Decimal("1500000.00"), "dept_summary"),
    }
    assert _facts(db, "n28_") == {
        ("201", "unsplit"): ("all_funds", Decimal("4000000.00"), "fa_summary"),
        ("204", "unsplit"): ("all_funds", Decimal("1300000.00"), "fa_summary"),
        ("221", "unsplit"): ("all_funds", Decimal("200000.00"), "fa_summary"),
    }
    # against the year's spending (本年支出合计), not the 总计 with the carry-over
    assert _fact_check(db, "n20_") == ("expenditure_total", "pass", Decimal("11500000.00"), Decimal("11500000.00"))
    assert _fact_check(db, "n28_") == ("expenditure_total", "pass", Decimal("5500000.00"), Decimal("5500000.00"))


# --- n28: a 决算's 收入支出决算总表 with 行次 -----------------------------------------------------


def test_n28_final_accounts_summary_lines_reach_the_marts_and_no_row_number_is_an_amount(db):
    values = _values(db, "n28_")
    assert values == {
        "income_total": Decimal("5500000.00"),
        "expenditure_total": Decimal("5500000.00"),
        "grand_total": Decimal("6000000.00"),
        "income_carryover": Decimal("500000.00"),
        "expenditure_carryover": Decimal("500000.00"),
        "income_general_public_budget": Decimal("5000000.00"),
        "income_government_fund": Decimal("0.00"),  # printed 0.00
        "income_business": Decimal("500000.00"),
        "three_public_total": Decimal("80000.00"),
    }
    row_numbers = {Decimal(n) * k for n in [*range(1, 7), *range(31, 37)] for k in (1, 10000)}
    assert not row_numbers & set(values.values())
    assert _not_passed(db, "n28_") == []


# --- n29: a narrative-only budget whose income total includes the carry-over -------------------


def test_n29_income_including_carryover_keeps_its_figures_and_no_mismatch(db):
    assert _values(db, "n29_") == {
        "income_total": Decimal("11700000.00"),
        "income_carryover": Decimal("200000.00"),
        "income_general_public_budget": Decimal("11500000.00"),
        "expenditure_total": Decimal("11700000.00"),
        "basic_expenditure": Decimal("9000000.00"),
        "project_expenditure": Decimal("2700000.00"),
    }
    assert _not_passed(db, "n29_") == []


# --- n36a / n36b: the budget's year against the 决算's year ------------------------------------


def test_n36_execution_compares_the_budgets_year_with_the_final_accounts_year(db):
    got = _execution(db, "n36b_")
    budget_total = (Decimal("11500000.00"), None, Decimal("11000000.00"), Decimal("0.9565"), "budget_document")
    assert got[("metric", "expenditure_total")] == budget_total  # not 11,700,000 (rate 0.9402)
    assert got[("metric", "income_total")] == budget_total
    assert _values(db, "n36a_")["grand_total"] == Decimal("11700000.00")


# --- a21: a 决算 function table with 年初预算数 | 调整预算数 | 决算数 ------------------------------


def test_a21_the_general_public_budget_total_rows_budget_adjusted_and_actual_reach_execution(db):
    got = _execution(db, "a21_")
    assert got[("metric", "expenditure_general_public_budget")] == (
        Decimal("2600000.00"),
        Decimal("2550000.00"),
        Decimal("2400000.00"),
        Decimal("0.9231"),
        "final_accounts",
    )
    facts = db.execute(
        "select function_code, expenditure_type, amount_yuan from marts.fact_expenditure where document_id = ?",
        [_doc(db, "a21_")],
    ).fetchall()
    assert sorted(facts) == [
        ("213", "basic", Decimal("1350000.00")),
        ("213", "project", Decimal("800000.00")),
        ("221", "basic", Decimal("250000.00")),
    ]
    values = _values(db, "a21_")
    assert values["income_total"] == Decimal("2500000.00")
    assert values["expenditure_total"] == Decimal("2400000.00")


# --- constructed scopes ------------------------------------------------------------------------


def _narrative_check(db, prefix: str, metric: str) -> tuple | None:
    return db.execute(
        """select status, expected, actual, detail from marts.fact_reconciliation
           where document_id = ? and check_name = 'narrative_equals_table' and scope = ?""",
        [_doc(db, prefix), metric],
    ).fetchone()


def test_c1_a_narrative_total_with_the_carryover_is_compared_with_the_grand_total(db):
    status, expected, actual, detail = _narrative_check(db, "c1_", "income_total")
    assert (status, expected, actual) == ("pass", Decimal("11700000.00"), Decimal("11700000.00"))
    assert "收入总计" in detail
    # the value stays the year's income; the 总计 is grand_total
    values = _values(db, "c1_")
    assert values["income_total"] == Decimal("11500000.00")
    assert values["grand_total"] == Decimal("11700000.00")
    assert _not_passed(db, "c1_") == []


def test_c2_a_narrative_total_of_untold_scope_equal_to_the_grand_total_is_no_mismatch(db):
    for metric in ("income_total", "expenditure_total"):
        status, expected, actual, _ = _narrative_check(db, "c2_", metric)
        assert (status, expected, actual) == ("pass", Decimal("11700000.00"), Decimal("11700000.00"))
    assert _not_passed(db, "c2_") == []


def test_c3_a_narrative_total_matching_neither_line_is_a_mismatch_against_the_years_line(db):
    assert _not_passed(db, "c3_") == [
        ("narrative_equals_table", "income_total", "mismatch", Decimal("11500000.00"), Decimal("11600000.00"))
    ]
    assert "本年收入合计" in _narrative_check(db, "c3_", "income_total")[3]


def test_c4_a_grand_total_without_the_years_line_stands_for_it_less_its_carryover(db):
    summary = _summary(db, "c4_")
    # the table's 总计 stays income_total (what it gives); the narrative's 本年收入合计 is compared with
    # the year's figure the table gives, 收入总计 less 上年结转 (1170.00 - 20.00), never with the 总计
    assert summary["income_total"] == (Decimal("11700000.00"), Decimal("11500000.00"), Decimal("11700000.00"), True)
    status, expected, actual, detail = _narrative_check(db, "c4_", "income_total")
    assert (status, expected, actual) == ("pass", Decimal("11500000.00"), Decimal("11500000.00"))
    assert "收入总计" in detail and "上年结转" in detail
    assert "grand_total" not in summary  # the 总计 is not told apart from the year's total
    # its 类 (800 + 200 + 150) against 支出总计 less 结转下年, the year's spending
    year = Decimal("11500000.00")
    assert _fact_check(db, "c4_") == ("expenditure_total", "pass", year, year)
    assert _not_passed(db, "c4_") == []


def test_c5_execution_never_sets_a_budgets_grand_total_against_the_final_accounts_year(db):
    # c4's totals are 总计 printed without a 本年 line: no execution row of income / expenditure
    assert _execution(db, "c5_") == {}


def test_c6_a_part_the_total_is_only_said_to_include_is_no_list_of_its_parts(db):
    status, expected, actual, _ = _narrative_check(db, "c6_", "income_total")
    assert (status, expected, actual) == ("pass", Decimal("11700000.00"), Decimal("11700000.00"))
    checks = db.execute(
        "select check_name from marts.fact_reconciliation where document_id = ?", [_doc(db, "c6_")]
    ).fetchall()
    assert ("narrative_income_parts_equal_total",) not in checks
    assert _not_passed(db, "c6_") == []


def test_c7_the_years_figures_are_checked_against_the_grand_total_less_its_carryover(db):
    # the 部门收支总表 prints 支出总计 1170.00 and 结转下年 20.00 but no 本年支出合计; its 部门支出总表,
    # 基本支出 and 项目支出 (and the text's 支出预算1150.00万元) are the year's 1150.00
    summary = _summary(db, "c7_")
    assert summary["expenditure_total"] == (
        Decimal("11700000.00"),
        Decimal("11500000.00"),
        Decimal("11700000.00"),
        True,
    )
    rows = db.execute(
        """select check_name, scope, status, expected, actual from marts.fact_reconciliation
           where document_id = ? and check_name in ('narrative_equals_table', 'basic_plus_project_equals_expenditure_total',
                                                    'fact_expenditure_equals_expenditure_total')
             and scope = 'expenditure_total'""",
        [_doc(db, "c7_")],
    ).fetchall()
    year = Decimal("11500000.00")
    assert sorted(rows) == [
        ("basic_plus_project_equals_expenditure_total", "expenditure_total", "pass", year, year),
        ("fact_expenditure_equals_expenditure_total", "expenditure_total", "pass", year, year),
        ("narrative_equals_table", "expenditure_total", "pass", year, year),
    ]
    assert _not_passed(db, "c7_") == []


# --- t1, t2: documents that print tables and no narrative (a tables-only 单位预算) ----------------


def _table_only(summary: dict[str, tuple]) -> dict[str, Decimal]:
    """The metrics whose row holds a table figure and no narrative one, nothing compared."""
    return {
        metric: table_value
        for metric, (value, narrative_value, table_value, agrees) in summary.items()
        if narrative_value is None and table_value is not None and agrees is None and value == table_value
    }


def test_t1_a_tables_only_document_keeps_every_table_figure_as_a_table_only_row(db):
    """Only the 财政拨款 tables: the 一般公共预算 tables give the splits (that fund is all the
    funds: nothing else is printed), and no all-funds total is read from a 财政拨款 table."""
    summary = _summary(db, "t1_")
    assert set(_table_only(summary)) == set(summary), summary
    assert summary["expenditure_general_public_budget"][2] == Decimal("3600000.00")
    assert summary["income_general_public_budget"][2] == Decimal("3600000.00")  # 本年 340 + 上年结转 20
    assert summary["basic_expenditure"][2] == Decimal("2500000.00")
    assert summary["project_expenditure"][2] == Decimal("1100000.00")
    assert summary["personnel_expenditure"][2] == Decimal("2000000.00")
    assert summary["public_use_expenditure"][2] == Decimal("500000.00")
    assert summary["three_public_total"][2] == Decimal("120000.00")
    assert summary["three_public_reception"][2] == Decimal("40000.00")
    assert "income_total" not in summary and "expenditure_total" not in summary, summary
    assert _not_passed(db, "t1_") == []


def test_t2_a_tables_only_document_with_an_all_funds_summary_keeps_its_totals(db):
    """With a 部门收支总表 the all-funds totals are table-only rows too, and the 机关运行经费 of a
    三公经费和机关运行经费 table is operating_cost; explicit 0 cells are rows."""
    summary = _summary(db, "t2_")
    assert set(_table_only(summary)) == set(summary), summary
    values = {metric: row[2] for metric, row in summary.items()}
    assert values["income_total"] == values["expenditure_total"] == Decimal("2400000.00")
    assert values["operating_cost"] == Decimal("300000.00")
    assert values["three_public_total"] == Decimal("60000.00")
    assert values["three_public_vehicle_purchase"] == Decimal("0.00")
    assert values["basic_expenditure"] == Decimal("1600000.00")
    assert values["project_expenditure"] == Decimal("800000.00")
    source = db.execute(
        "select source_text from marts.fact_budget_summary where document_id = ? and metric = 'expenditure_total'",
        [_doc(db, "t2_")],
    ).fetchone()[0]
    assert source.startswith("收入总计"), source
    assert _not_passed(db, "t2_") == []
