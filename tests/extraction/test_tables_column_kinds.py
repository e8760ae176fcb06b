"""Kinds of tables and columns a fresh-user trial printed that were misread (issue 20, kinds 2,
9 and 10: complete documents 'ok', wrong is worse than missing).

* A 三公 table printed as rows of parts (项目 | 金额（元）; 合计 / 因公出国（境）费 / 公务用车
  购置及运行费 / 其中：公务用车购置费 / 公务用车运行费 / 公务接待费 in rows): every label was an
  unreadable amount and the document 'partial'. Each row's part is now read from its label, its
  amount from each amount column by the column's year and value role.
* A rate or share column (增减率 '-19.35%', 增长率, 占比（%）) made a complete table 'partial'
  (value_unreadable); a change column (比上年增减) was loaded as a figure. Neither holds an
  amount of the year: both are skipped with one warning 'columns_not_loaded'.
* A prior-year column (上年执行数, '2025年预算数' in a 2026 budget) is the prior year's: a
  function or 三公 table keeps it as period 'prior_year', a table whose rows keep no period
  (economic, summary) does not load it; never this year's figure.

Fixtures in tests/fixtures/tables/trial3/ are made-up documents, their figures our own."""

from __future__ import annotations

from pathlib import Path

from extract.pipeline import DocumentOutput, process_file
from extract.tables import labels

TRIAL = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "trial3"


def read(name: str) -> DocumentOutput:
    return process_file(str(TRIAL / name))


def problems(out: DocumentOutput) -> list[tuple[str, str]]:
    return [(p["severity"], p["code"]) for p in out.rows.get("raw_problems", [])]


def three_public(out: DocumentOutput, period: str = "current", role: str = "") -> dict[str, str]:
    return {
        r["item"]: r["amount_yuan"]
        for r in out.rows.get("raw_three_public", [])
        if r["period"] == period and r["value_role"] == role
    }


RIGHT = {
    "total": "35000.00",
    "overseas": "0.00",
    "vehicle_total": "20000.00",
    "vehicle_purchase": "0.00",
    "vehicle_operation": "20000.00",
    "reception": "15000.00",
}


def test_vertical_three_public_table_with_an_amount_column_in_yuan() -> None:
    out = read("a05b_unit_in_single_header_cell_summary.txt")
    assert three_public(out) == RIGHT  # never 350,000,000 (元 read as 万元)
    assert problems(out) == []
    assert out.document["status"] == "ok"


def test_vertical_three_public_table_under_a_unit_line_with_a_year_column() -> None:
    out = read("a28_vertical_sangong_table_with_unit_line.txt")
    assert three_public(out) == RIGHT
    assert {r["column_label"] for r in out.rows["raw_three_public"]} == {"2025年预算数"}
    assert problems(out) == []
    assert out.document["status"] == "ok"


def test_vertical_three_public_table_prior_year_change_and_rate_columns() -> None:
    out = read("vertical_three_public_two_years_change_rate.txt")
    current = three_public(out)
    assert current == {**RIGHT, "": "10000.00"}  # 会议费: a row naming no 三公 part keeps no item
    assert three_public(out, "prior_year") == {
        "total": "40000.00",
        "overseas": "0.00",
        "vehicle_total": "25000.00",  # 公务用车购置及运行费 and the 小计 under it
        "vehicle_purchase": "5000.00",
        "vehicle_operation": "20000.00",
        "reception": "15000.00",
        "": "10000.00",
    }
    # the change (-0.50) and the rate (-12.50%) are never read as an amount
    assert {r["column_label"] for r in out.rows["raw_three_public"]} == {"2026年预算数", "2025年预算数"}
    assert problems(out) == [("warning", "columns_not_loaded"), ("warning", "unknown_item")]
    assert "会议费" in out.rows["raw_problems"][1]["message"]
    assert out.document["status"] == "ok"


def test_vertical_three_public_table_of_final_accounts_keeps_budget_and_actual_apart() -> None:
    out = read("vertical_three_public_final_accounts_budget_actual.txt")
    assert three_public(out, role="actual") == {
        "total": "75000.00",
        "overseas": "0.00",
        "vehicle_total": "60000.00",
        "vehicle_purchase": "0.00",
        "vehicle_operation": "60000.00",
        "reception": "15000.00",
    }
    assert three_public(out, role="budget") == {
        "total": "100000.00",
        "overseas": "0.00",
        "vehicle_total": "80000.00",
        "vehicle_purchase": "0.00",
        "vehicle_operation": "80000.00",
        "reception": "20000.00",
    }
    assert out.document["status"] == "ok"


def test_a_column_of_an_earlier_year_than_the_document_is_never_this_years() -> None:
    # a 2026 budget whose 三公 table prints only '2025年预算数'
    out = read("vertical_three_public_prior_year_only.txt")
    assert three_public(out) == {}
    assert three_public(out, "prior_year")["total"] == "35000.00"


def test_rate_column_is_skipped_and_prior_year_column_read_as_prior_year() -> None:
    out = read("a33_prior_year_column_without_years.txt")
    assert out.document["status"] == "ok"  # was 'partial': '-19.35%' is not a number
    assert problems(out) == [("warning", "columns_not_loaded")]
    assert "增减率 (rate)" in out.rows["raw_problems"][0]["message"]
    lines = out.rows["raw_function_lines"]
    current = {(r["code"], r["measure"]): r["amount_yuan"] for r in lines if r["period"] == "current"}
    assert current == {
        ("", "total"): "5000000.00",
        ("", "basic"): "3500000.00",
        ("", "project"): "1500000.00",
        ("207", "total"): "4200000.00",
        ("207", "basic"): "2700000.00",
        ("207", "project"): "1500000.00",
        ("221", "total"): "800000.00",
        ("221", "basic"): "800000.00",
    }
    prior = {(r["code"], r["measure"]): r["amount_yuan"] for r in lines if r["period"] == "prior_year"}
    assert prior == {("", "total"): "6200000.00", ("207", "total"): "5200000.00", ("221", "total"): "1000000.00"}
    assert not any("%" in r["value_text"] for r in lines)


def test_prior_year_and_rate_columns_of_tables_without_a_period_are_not_loaded() -> None:
    out = read("prior_year_and_rate_columns_summary_economic.txt")
    assert out.document["status"] == "ok"
    summary = {(r["side"], r["item_key"], r["column_label"]) for r in out.rows["raw_summary_items"]}
    assert {label for _, _, label in summary} == {"2026年预算数"}  # never the 2025 column
    totals = {(r["side"], r["item_key"]): r["amount_yuan"] for r in out.rows["raw_summary_items"]}
    assert totals[("income", "total")] == "1000000.00"
    assert totals[("expenditure", "total")] == "1000000.00"
    economic = {(r["code"], r["column_label"]): r["amount_yuan"] for r in out.rows["raw_economic_lines"]}
    assert economic == {
        ("", "本年预算数"): "700000.00",
        ("301", "本年预算数"): "600000.00",
        ("302", "本年预算数"): "100000.00",
    }
    assert problems(out) == [("warning", "columns_not_loaded"), ("warning", "columns_not_loaded")]


def test_change_or_rate_wording() -> None:
    for path in (["增减率"], ["增长率"], ["变动率"], ["比上年增减%"], ["占比（%）"], ["完成率"]):
        assert labels.change_or_rate(path) == "rate", path
    for path in (["比上年增减"], ["2025年比2024年增减"], ["增减额（万元）"], ["差额"]):
        assert labels.change_or_rate(path) == "change", path
    for path in (["上年执行数"], ["本年预算数"], ["合计（元）"], ["基本支出"], ["公务用车购置及运行费", "小计"]):
        assert labels.change_or_rate(path) == "", path
    assert labels.function_measure("上年执行数") == "total"
    assert labels.three_public_row_item("其中：公务用车购置费") == "vehicle_purchase"
    assert labels.three_public_row_item("（三）公务接待费") == "reception"
    assert labels.three_public_row_item("“三公”经费合计") == "total"
    assert labels.three_public_row_item("会议费") == ""
