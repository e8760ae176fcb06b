"""Final accounts (决算) on the raw rows: field cases 09, 11, 20, 21 (README right values)
and the Putuo 财政局 2024 决算 sample's tables, every figure exact.

A figure's value_role says what it is: 'budget' (年初预算数), 'actual' (决算数)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import process_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _narrative(name: str) -> dict[tuple[str, str], str]:
    out = process_file(str(next((FIXTURES / "field").glob(name + "*"))))
    assert out.document["doc_kind"] == "final_accounts" and out.document["fiscal_year"] == "2024"
    assert out.document["status"] == "ok", out.document["problems"]
    return {(r["metric"], r["value_role"]): r["value"] for r in out.rows["raw_narrative_figures"]}


@pytest.mark.parametrize(
    ("name", "metric", "role", "value"),
    [
        ("09_", "expenditure_general_public_budget", "actual", "29400500.00"),
        ("09_", "expenditure_general_public_budget", "budget", "29939200.00"),
        ("09_", "three_public_total", "actual", "0.00"),
        ("09_", "three_public_total", "budget", "9500.00"),
        ("09_", "three_public_overseas", "actual", "0.00"),
        ("09_", "three_public_vehicle_total", "actual", "0.00"),
        ("09_", "three_public_reception", "actual", "0.00"),
        ("20_", "procurement_total", "actual", "2512500.00"),
        ("20_", "procurement_goods", "actual", "47900.00"),
        ("20_", "procurement_works", "actual", "0.00"),
        ("20_", "procurement_services", "actual", "2464700.00"),
        ("21_", "grand_total", "actual", "0.00"),
        ("21_", "income_total", "actual", "29462500.00"),
        ("21_", "income_carryover", "actual", "491400.00"),
        ("21_", "expenditure_total", "actual", "29400500.00"),
        ("21_", "expenditure_carryover", "actual", "553400.00"),
        ("21_", "basic_expenditure", "actual", "23369100.00"),
        ("21_", "project_expenditure", "actual", "6031400.00"),
    ],
)
def test_field_narrative_figures(name, metric, role, value):
    assert _narrative(name)[(metric, role)] == value


def test_field_09_budget_is_never_stored_as_the_actual():
    figures = _narrative("09_")
    assert figures[("expenditure_general_public_budget", "actual")] != "29939200.00"


def test_field_11_three_public_table_budget_and_actual_pairs():
    out = process_file(str(next((FIXTURES / "field").glob("11_*"))))
    got = {(r["item"], r["value_role"]): r["amount_yuan"] for r in out.rows["raw_three_public"]}
    assert got == {
        ("total", "budget"): "100000.00",
        ("total", "actual"): "75000.00",
        ("overseas", "budget"): "0.00",
        ("overseas", "actual"): "0.00",
        ("vehicle_total", "budget"): "80000.00",
        ("vehicle_total", "actual"): "60000.00",
        ("vehicle_purchase", "budget"): "0.00",
        ("vehicle_purchase", "actual"): "0.00",
        ("vehicle_operation", "budget"): "80000.00",
        ("vehicle_operation", "actual"): "60000.00",
        ("reception", "budget"): "20000.00",
        ("reception", "actual"): "15000.00",
    }


@pytest.fixture(scope="module")
def putuo():
    return process_file(str(FIXTURES / "final_accounts" / "putuo_finance_2024_final_accounts.txt"))


def test_putuo_tables_are_recognised(putuo):
    kinds = [(t["table_kind"], t["is_empty"]) for t in putuo.rows["raw_tables"]]
    assert kinds == [
        ("fa_summary", "false"),
        ("fa_income", "false"),
        ("fa_fiscal_summary", "false"),
        ("gpb_function", "false"),
        ("gpb_basic_economic", "false"),
        ("three_public", "true"),
        ("gov_fund", "true"),
        ("state_capital", "true"),
    ]


def test_putuo_function_tables_every_figure(putuo):
    got = {(r["table_kind"], r["code"], r["measure"]): r["value_text"] for r in putuo.rows["raw_function_lines"]}
    gpb = {(c, m): v for (k, c, m), v in got.items() if k == "gpb_function"}
    assert gpb == {
        ("", "total"): "2,940.05",
        ("", "basic"): "2,336.91",
        ("", "project"): "603.14",
        ("201", "total"): "2,106.66",
        ("201", "basic"): "1,503.52",
        ("201", "project"): "603.14",
        ("20106", "total"): "2,106.66",
        ("20106", "basic"): "1,503.52",
        ("20106", "project"): "603.14",
        ("2010601", "total"): "1,511.89",
        ("2010601", "basic"): "1,503.52",
        ("2010601", "project"): "8.37",
        ("2010602", "total"): "10.00",
        ("2010602", "project"): "10.00",
        ("2010607", "total"): "135.25",
        ("2010607", "project"): "135.25",
        ("2010608", "total"): "449.52",
        ("2010608", "project"): "449.52",
        ("208", "total"): "326.72",
        ("208", "basic"): "326.72",
        ("20805", "total"): "326.72",
        ("20805", "basic"): "326.72",
        ("2080501", "total"): "84.65",
        ("2080501", "basic"): "84.65",
        ("2080505", "total"): "160.75",
        ("2080505", "basic"): "160.75",
        ("2080506", "total"): "80.38",
        ("2080506", "basic"): "80.38",
        ("2080599", "total"): "0.94",
        ("2080599", "basic"): "0.94",
        ("210", "total"): "60.99",
        ("210", "basic"): "60.99",
        ("21011", "total"): "60.99",
        ("21011", "basic"): "60.99",
        ("2101101", "total"): "60.99",
        ("2101101", "basic"): "60.99",
        ("221", "total"): "445.69",
        ("221", "basic"): "445.69",
        ("22102", "total"): "445.69",
        ("22102", "basic"): "445.69",
        ("2210201", "total"): "187.19",
        ("2210201", "basic"): "187.19",
        ("2210203", "total"): "258.50",
        ("2210203", "basic"): "258.50",
    }
    income = {(c, m): v for (k, c, m), v in got.items() if k == "fa_income"}
    assert income[("", "total")] == "2,946.25"
    assert income[("", "fiscal")] == "2,940.05"
    assert income[("", "other")] == "6.20"
    assert income[("2010601", "total")] == "1,511.90"
    assert income[("2010601", "other")] == "0.01"
    assert income[("2010602", "other")] == "6.19"
    assert len(income) == 45


def test_putuo_basic_economic_table_both_blocks(putuo):
    got = {(r["code"], r["measure"]): r["value_text"] for r in putuo.rows["raw_economic_lines"]}
    assert got[("301", "total")] == "2,082.85"
    assert got[("30102", "total")] == "1,238.58"
    assert got[("303", "total")] == "69.41"
    assert got[("302", "total")] == "171.07"
    assert got[("30239", "total")] == "48.49"
    assert got[("31002", "total")] == "13.58"
    assert got[("", "personnel")] == "2,152.26"
    assert got[("", "public")] == "184.65"
    assert len(got) == 29


def test_putuo_summary_tables(putuo):
    got = {
        (r["table_kind"], r["side"], r["item_key"], r["function_code"], r["measure"]): r["value_text"]
        for r in putuo.rows["raw_summary_items"]
    }
    assert got[("fa_summary", "income", "current_year_total", "", "amount")] == "2,946.25"
    assert got[("fa_summary", "income", "carryover_total", "", "amount")] == "49.14"
    assert got[("fa_summary", "income", "total", "", "amount")] == "2,995.39"
    assert got[("fa_summary", "expenditure", "carryover_next_year", "", "amount")] == "55.34"
    assert got[("fa_summary", "expenditure", "category", "208", "amount")] == "326.71"
    assert got[("fa_fiscal_summary", "income", "total", "", "amount")] == "2,961.68"
    assert got[("fa_fiscal_summary", "income", "carryover_general_public_budget", "", "amount")] == "21.63"


def test_putuo_narrative_items_budget_and_actual(putuo):
    got = {(r["metric"], r["function_code"], r["value_role"]): r["value"] for r in putuo.rows["raw_narrative_figures"]}
    assert got[("expenditure_function", "2010601", "budget")] == "15600500.00"
    assert got[("expenditure_function", "2010601", "actual")] == "15118900.00"
    assert got[("expenditure_function", "2080599", "budget")] == "9400.00"
    assert got[("expenditure_function", "2101101", "budget")] == "622900.00"
    assert got[("grand_total", "", "actual")] == "0.00"
    assert got[("fiscal_grand_total", "", "actual")] == "29616800.00"


PDF = FIXTURES / "pdf"


def _table_rows(out) -> dict[str, set[tuple]]:
    skip = {"source_line", "source_text", "source_page", "table_title", "end_line", "title_line"}
    return {
        name: {tuple(sorted((k, v) for k, v in row.items() if k not in skip)) for row in out.rows.get(name, [])}
        for name in ("raw_function_lines", "raw_economic_lines", "raw_summary_items", "raw_three_public", "raw_tables")
    }


def test_putuo_pdf_reads_exactly_the_tables_of_the_text_fixture(putuo):
    """The published PDF (planted errors included) and the text written out from it agree on
    every table figure, so the figures asserted on the text hold for the PDF."""
    pdf = process_file(str(PDF / "putuo_finance_2024_final_accounts_planted_errors.pdf"))
    assert pdf.document["doc_kind"] == "final_accounts" and pdf.document["status"] == "ok"
    assert _table_rows(pdf) == _table_rows(putuo)


def test_putuo_pdf_narrative_budget_and_actual():
    pdf = process_file(str(PDF / "putuo_finance_2024_final_accounts_planted_errors.pdf"))
    got = {(r["metric"], r["function_code"], r["value_role"]): r["value"] for r in pdf.rows["raw_narrative_figures"]}
    assert got[("expenditure_general_public_budget", "", "budget")] == "29939200.00"
    assert got[("expenditure_general_public_budget", "", "actual")] == "29400500.00"
    assert got[("income_total", "", "actual")] == "29462500.00"
    assert got[("grand_total", "", "actual")] == "0.00"  # planted: the tables say 2,995.39
    assert got[("three_public_total", "", "budget")] == "9500.00"
    assert got[("three_public_total", "", "actual")] == "0.00"
    items = {
        code: v for (metric, code, role), v in got.items() if metric == "expenditure_function" and role == "budget"
    }
    assert len(items) == 11
    assert sum(int(v.split(".")[0]) for v in items.values()) == 29939300  # 2,993.93: the 11 items


@pytest.fixture(scope="module")
def foshan():
    return process_file(str(PDF / "foshan_rail_transit_2019_final_accounts.pdf"))


def test_foshan_is_a_2019_final_accounts_read_whole(foshan):
    doc = foshan.document
    assert (doc["doc_kind"], doc["fiscal_year"], doc["unit_name"], doc["status"]) == (
        "final_accounts",
        "2019",
        "佛山市轨道交通局",
        "ok",
    )
    kinds = [t["table_kind"] for t in foshan.rows["raw_tables"]]
    assert kinds == [
        "fa_summary",
        "fa_income",
        "fa_expenditure",
        "fa_fiscal_summary",
        "gpb_function",
        "gpb_basic_economic",
        "three_public",
        "gov_fund",
    ]
    assert {t["amount_unit"] for t in foshan.rows["raw_tables"]} == {"万元"}


def test_foshan_table_figures(foshan):
    summary = {
        (r["table_kind"], r["side"], r["item_key"], r["function_code"], r["measure"]): r["value_text"]
        for r in foshan.rows["raw_summary_items"]
    }
    assert summary[("fa_summary", "income", "current_year_total", "", "amount")] == "1668.14"
    assert summary[("fa_summary", "income", "other", "", "amount")] == "0.01"
    assert summary[("fa_summary", "income", "operating", "", "amount")] == "0.00"
    assert summary[("fa_summary", "expenditure", "carryover_next_year", "", "amount")] == "0.01"
    assert summary[("fa_summary", "expenditure", "category", "214", "amount")] == "1531.04"
    assert summary[("fa_summary", "income", "total", "", "amount")] == "1668.14"
    function = {(r["table_kind"], r["code"], r["measure"]): r["value_text"] for r in foshan.rows["raw_function_lines"]}
    assert function[("fa_expenditure", "", "total")] == "1668.14"
    assert function[("fa_expenditure", "", "basic")] == "746.39"
    assert function[("fa_expenditure", "", "project")] == "921.75"
    assert function[("fa_expenditure", "2140199", "project")] == "16.15"
    assert function[("gpb_function", "2140102", "project")] == "905.60"
    assert function[("fa_income", "2140101", "other")] == "0.01"
    economic = {(r["code"], r["measure"]): r["value_text"] for r in foshan.rows["raw_economic_lines"]}
    assert economic[("", "personnel")] == "649.20"
    assert economic[("", "public")] == "97.19"
    assert economic[("30102", "personnel")] == "63.04"  # the 人员经费 block's
    assert economic[("30239", "public")] == "16.19"  # the 公用经费 block's
    three = {(r["item"], r["value_role"]): r["value_text"] for r in foshan.rows["raw_three_public"]}
    assert three[("total", "budget")] == "0.00"
    assert three[("total", "actual")] == "0.16"
    assert three[("reception", "actual")] == "0.16"
    assert three[("vehicle_total", "actual")] == "0.00"


# Every figure of the Putuo sample's tables, as printed (pages 7-17 of the PDF; the 支出决算表
# is missing and the 三公, 政府性基金 and 国有资本经营 tables print no figure).


def test_putuo_fa_summary_every_figure(putuo):
    got = {
        (r["side"], r["item_key"], r["function_code"], r["measure"]): (r["value_text"], r["value_role"])
        for r in putuo.rows["raw_summary_items"]
        if r["table_kind"] == "fa_summary"
    }
    assert got == {
        ("income", "general_public_budget", "", "amount"): ("2,940.05", "actual"),
        ("income", "other", "", "amount"): ("6.20", "actual"),
        ("income", "current_year_total", "", "amount"): ("2,946.25", "actual"),
        ("income", "carryover_total", "", "amount"): ("49.14", "actual"),
        ("income", "total", "", "amount"): ("2,995.39", "actual"),
        ("expenditure", "category", "201", "amount"): ("2,106.66", "actual"),
        ("expenditure", "category", "208", "amount"): ("326.71", "actual"),  # 326.72 in the other tables
        ("expenditure", "category", "210", "amount"): ("60.99", "actual"),
        ("expenditure", "category", "221", "amount"): ("445.69", "actual"),
        ("expenditure", "current_year_total", "", "amount"): ("2,940.05", "actual"),
        ("expenditure", "carryover_next_year", "", "amount"): ("55.34", "actual"),
        ("expenditure", "total", "", "amount"): ("2,995.39", "actual"),
    }


def test_putuo_fa_fiscal_summary_every_figure(putuo):
    got = {
        (r["side"], r["item_key"], r["function_code"], r["measure"]): r["value_text"]
        for r in putuo.rows["raw_summary_items"]
        if r["table_kind"] == "fa_fiscal_summary"
    }
    assert got == {
        ("income", "general_public_budget", "", "amount"): "2,940.05",
        ("income", "current_year_total", "", "amount"): "2,940.05",
        ("income", "carryover_total", "", "amount"): "21.63",
        ("income", "carryover_general_public_budget", "", "amount"): "21.63",
        ("income", "total", "", "amount"): "2,961.68",
        **{
            ("expenditure", item, code, measure): value
            for item, code, value in (
                ("category", "201", "2,106.66"),
                ("category", "208", "326.71"),
                ("category", "210", "60.99"),
                ("category", "221", "445.69"),
                ("current_year_total", "", "2,940.05"),
                ("carryover_next_year", "", "21.63"),
                ("total", "", "2,961.68"),
            )
            for measure in ("amount", "general_public_budget")
        },
    }


def test_putuo_fa_income_every_figure(putuo):
    got = {
        (r["code"], r["measure"]): r["value_text"]
        for r in putuo.rows["raw_function_lines"]
        if r["table_kind"] == "fa_income"
    }
    rows = {
        "": ("2,946.25", "2,940.05", "6.20"),
        "201": ("2,112.86", "2,106.66", "6.20"),
        "20106": ("2,112.86", "2,106.66", "6.20"),
        "2010601": ("1,511.90", "1,511.89", "0.01"),
        "2010602": ("16.19", "10.00", "6.19"),
        "2010607": ("135.25", "135.25", None),
        "2010608": ("449.52", "449.52", None),
        "208": ("326.72", "326.72", None),
        "20805": ("326.72", "326.72", None),
        "2080501": ("84.65", "84.65", None),
        "2080505": ("160.75", "160.75", None),
        "2080506": ("80.38", "80.38", None),
        "2080599": ("0.94", "0.94", None),
        "210": ("60.99", "60.99", None),
        "21011": ("60.99", "60.99", None),
        "2101101": ("60.99", "60.99", None),
        "221": ("445.69", "445.69", None),
        "22102": ("445.69", "445.69", None),
        "2210201": ("187.19", "187.19", None),
        "2210203": ("258.50", "258.50", None),
    }
    expected = {
        (code, measure): value
        for code, values in rows.items()
        for measure, value in zip(("total", "fiscal", "other"), values, strict=True)
        if value is not None
    }
    assert got == expected


def test_putuo_basic_economic_every_figure(putuo):
    got = {(r["code"], r["measure"]): r["value_text"] for r in putuo.rows["raw_economic_lines"]}
    assert {r["value_role"] for r in putuo.rows["raw_economic_lines"]} == {"actual"}
    assert got == {
        ("301", "total"): "2,082.85",
        ("30101", "total"): "262.33",
        ("30102", "total"): "1,238.58",
        ("30108", "total"): "160.75",
        ("30109", "total"): "80.38",
        ("30110", "total"): "60.99",
        ("30112", "total"): "1.61",
        ("30113", "total"): "187.19",
        ("30199", "total"): "91.03",
        ("303", "total"): "69.41",
        ("30302", "total"): "69.10",
        ("30309", "total"): "0.31",
        ("302", "total"): "171.07",
        ("30201", "total"): "21.21",
        ("30202", "total"): "7.61",
        ("30204", "total"): "0.09",
        ("30207", "total"): "4.88",
        ("30211", "total"): "1.20",
        ("30213", "total"): "2.83",
        ("30216", "total"): "4.05",
        ("30226", "total"): "2.01",
        ("30228", "total"): "24.42",
        ("30229", "total"): "42.77",
        ("30239", "total"): "48.49",
        ("30299", "total"): "11.53",
        ("310", "total"): "13.58",
        ("31002", "total"): "13.58",
        ("", "personnel"): "2,152.26",
        ("", "public"): "184.65",
    }


def test_putuo_tables_without_figures_hold_no_rows(putuo):
    """三公 (header only), 政府性基金 and 国有资本经营 (注：…故本表无数据) print no figure."""
    tables = {t["table_kind"]: t for t in putuo.rows["raw_tables"]}
    for kind in ("three_public", "gov_fund", "state_capital"):
        assert (tables[kind]["is_empty"], tables[kind]["value_count"]) == ("true", "0"), kind
    assert not putuo.rows.get("raw_three_public")
    assert not [r for r in putuo.rows["raw_function_lines"] if r["table_kind"] in ("gov_fund", "state_capital")]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("收入支出决算总表", "fa_summary"),
        ("收入决算表", "fa_income"),
        ("支出决算表", "fa_expenditure"),
        ("财政拨款收入支出决算总表", "fa_fiscal_summary"),
        ("一般公共预算财政拨款支出决算表", "gpb_function"),
        ("一般公共预算财政拨款基本支出决算表", "gpb_basic_economic"),
        ("财政拨款“三公”经费支出决算表", "three_public"),
        ("一般公共预算财政拨款“三公”经费支出决算表", "three_public"),  # Foshan's wording
        ("政府性基金预算财政拨款收入支出决算表", "gov_fund"),
        ("国有资本经营预算财政拨款收入支出决算表", "state_capital"),
        ("政府采购情况表", "procurement"),
    ],
)
def test_final_accounts_table_titles_are_recognised(title, kind):
    """The national template's table titles (部门决算模板) and the 政府采购情况表 some regions add."""
    from extract.tables.titles import kind_of

    assert kind_of(title) == kind


OPERATING_COST = FIXTURES / "final_accounts" / "operating_cost" / "qijiang_test_office_2024_final_accounts.txt"


def _three_public(text: str) -> list[tuple[str, str, str, str]]:
    from extract.tables import parse_tables

    parsed = parse_tables(text.split("\n"))
    return [
        (r["item"], r["column_label"], r["value_text"], r["value_role"])
        for r in parsed.result.rows.get("raw_three_public", [])
    ]


def test_operating_cost_table_budget_and_actual_from_its_total_row():
    """机关运行经费支出决算表 itemised by 办公费, 印刷费 …: its 合计 row, 年初预算数 and 决算数."""
    out = process_file(str(OPERATING_COST))
    assert (out.document["doc_kind"], out.document["fiscal_year"], out.document["status"]) == (
        "final_accounts",
        "2024",
        "ok",
    )
    assert [t["table_kind"] for t in out.rows["raw_tables"]] == ["gpb_function", "operating_cost"]
    got = [
        (r["item"], r["column_label"], r["period"], r["amount_yuan"], r["value_role"])
        for r in out.rows["raw_three_public"]
    ]
    assert got == [
        ("operating_cost", "年初预算数", "current", "400000.00", "budget"),
        ("operating_cost", "决算数", "current", "384000.00", "actual"),
    ]
    figures = {(r["metric"], r["value_role"]): r["value"] for r in out.rows["raw_narrative_figures"]}
    assert figures[("operating_cost", "actual")] == "384000.00"  # 机关运行经费支出38.40万元


def test_operating_cost_table_as_a_row_without_items():
    rows = _three_public("机关运行经费支出决算表\n单位：万元\n项目\t预算数\t决算数\n机关运行经费支出\t50.00\t45.60\n")
    assert rows == [
        ("operating_cost", "预算数", "50.00", "budget"),
        ("operating_cost", "决算数", "45.60", "actual"),
    ]


def test_operating_cost_table_printed_as_a_column_is_read_like_the_three_public():
    rows = _three_public("机关运行经费支出情况表\n单位：万元\n机关运行经费\t\n预算数\t决算数\n50.00\t45.60\n")
    assert rows == [
        ("operating_cost", "预算数", "50.00", "budget"),
        ("operating_cost", "决算数", "45.60", "actual"),
    ]


def test_operating_cost_table_without_a_total_row_is_a_problem_not_a_figure():
    from extract.tables import parse_tables

    parsed = parse_tables(["机关运行经费支出决算表", "单位：万元", "项目\t预算数\t决算数", "办公费\t12.00\t11.20", ""])
    assert not parsed.result.rows.get("raw_three_public")
    assert [p.code for p in parsed.result.problems] == ["table_unparsed"]


def test_foshan_fa_summary_every_figure(foshan):
    """表1 收入支出决算总表 over three pages (行次 / 栏次 columns): every cell, zeros included."""
    rows = [r for r in foshan.rows["raw_summary_items"] if r["table_kind"] == "fa_summary"]
    got = {(r["side"], r["item_key"], r["function_code"]): r["value_text"] for r in rows}
    assert len(rows) == len(got) == 37  # 7 income items, 22 categories, 8 balance rows
    assert {r["value_role"] for r in rows} == {"actual"}
    nonzero = {key: value for key, value in got.items() if value != "0.00"}
    assert nonzero == {
        ("income", "general_public_budget", ""): "1668.14",
        ("income", "other", ""): "0.01",
        ("income", "current_year_total", ""): "1668.14",
        ("income", "total", ""): "1668.14",
        ("expenditure", "category", "208"): "76.23",
        ("expenditure", "category", "214"): "1531.04",
        ("expenditure", "category", "221"): "60.87",
        ("expenditure", "current_year_total", ""): "1668.14",
        ("expenditure", "carryover_next_year", ""): "0.01",
        ("expenditure", "total", ""): "1668.14",
    }
    zero_items = {key[1] for key, value in got.items() if value == "0.00" and key[2] == ""}
    assert zero_items == {
        "government_fund",
        "superior_subsidy",
        "business",
        "operating",
        "subordinate_remittance",
        "non_fiscal_balance_used",
        "carryover_total",
        "balance_distribution",
    }
