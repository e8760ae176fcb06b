"""Layout 'cell_per_line' (document 002, a Word export): real values read from the document."""

from __future__ import annotations

from test_tables_helpers import one, parsed, problems, rows, tables

DOC = "002"


def out():
    return parsed(DOC)


def test_layout_first_line_and_unit():
    result = out()
    assert result.layout == "cell_per_line"
    assert result.first_table_line == 71  # the 附表 annex line just before the first title
    assert result.amount_unit == "万元"
    assert result.table_count == 15


def test_every_table_found_in_order():
    kinds = [(t["table_kind"], t["title_line"], t["is_empty"]) for t in tables(out())]
    assert kinds == [
        ("fiscal_summary", "72", "false"),
        ("gpb_function", "193", "false"),
        ("gpb_basic_economic", "375", "false"),
        ("gpb_basic_economic", "589", "false"),
        ("three_public", "679", "false"),
        ("gov_fund", "708", "true"),
        ("dept_summary", "724", "false"),
        ("dept_income", "786", "false"),
        ("dept_expenditure", "1179", "false"),
        ("gpb_project_economic", "1355", "false"),
        ("gpb_project_economic", "1446", "false"),
        ("procurement", "1513", "false"),
        ("unit_performance", "1943", "false"),
        ("project_performance", "2062", "false"),
        ("project_performance", "2267", "false"),
    ]


def test_wrapped_title_is_joined():
    table = tables(out(), table_kind="gpb_function")[0]
    assert table["table_title"] == "2026年九龙坡区人民政府办公室一般公共预算财政拨款支出预算表"
    summary = tables(out(), table_kind="dept_summary")[0]
    assert summary["table_title"] == "2026年九龙坡区人民政府办公室部门收支总表"


def test_function_table_total_row_with_merged_label():
    result = out()
    total = {
        r["measure"]: r["amount_yuan"] for r in rows(result, "raw_function_lines", table_kind="gpb_function", code="")
    }
    assert total == {"total": "48445600.00", "basic": "23094000.00", "project": "25351600.00"}


def test_function_table_leaves_and_indented_codes():
    result = out()
    leaf = rows(result, "raw_function_lines", table_kind="gpb_function", code="2010301")
    assert {(r["measure"], r["value_text"], r["amount_yuan"]) for r in leaf} == {
        ("total", "1,096.16", "10961600.00"),
        ("basic", "1,096.16", "10961600.00"),
    }
    assert leaf[0]["name_text"] == "行政运行"
    assert leaf[0]["column_year"] == "2026" and leaf[0]["period"] == "current"
    # the last row before the next title lacks its trailing empty cell
    last = one(result, "raw_function_lines", table_kind="gpb_function", code="2210203", measure="total")
    assert last["amount_yuan"] == "153800.00"


def test_economic_tables_both_classifications():
    result = out()
    dept = one(result, "raw_economic_lines", code="30106", measure="public")
    assert (dept["classification"], dept["expenditure_type"], dept["amount_yuan"]) == (
        "department",
        "basic",
        "951700.00",
    )
    assert not rows(result, "raw_economic_lines", code="30106", measure="personnel")
    gov = one(result, "raw_economic_lines", code="50101")
    assert (gov["classification"], gov["measure"], gov["amount_yuan"]) == ("government", "total", "8045700.00")
    gov_total = one(result, "raw_economic_lines", code="", classification="government", expenditure_type="basic")
    assert gov_total["amount_yuan"] == "23094000.00"
    rent = one(result, "raw_economic_lines", code="30214")
    assert (rent["expenditure_type"], rent["amount_yuan"]) == ("project", "7581100.00")
    grant = one(result, "raw_economic_lines", code="50502", expenditure_type="project")
    assert grant["amount_yuan"] == "18025500.00"


def test_three_public_parts():
    items = {r["item"]: r["amount_yuan"] for r in rows(out(), "raw_three_public")}
    assert items == {
        "total": "400000.00",
        "vehicle_total": "390000.00",
        "vehicle_purchase": "180000.00",
        "vehicle_operation": "210000.00",
        "reception": "10000.00",
    }  # 因公出国 is an empty cell: no row


def test_government_fund_table_present_and_empty():
    table = tables(out(), table_kind="gov_fund")[0]
    assert (table["is_empty"], table["value_count"]) == ("true", "0")
    assert not rows(out(), "raw_function_lines", table_kind="gov_fund")


def test_fiscal_summary_items():
    result = out()
    income = one(result, "raw_summary_items", table_seq="1", side="income", item_key="current_year_total")
    assert income["amount_yuan"] == "48161600.00"
    carry = one(result, "raw_summary_items", table_seq="1", item_key="carryover_general_public_budget")
    assert carry["amount_yuan"] == "284000.00"
    misprint = rows(result, "raw_summary_items", table_seq="1", item_text="资源勘探工程信息等支出")
    assert {r["function_code"] for r in misprint} == {"215"}


def test_dept_income_by_source():
    leaf = rows(out(), "raw_function_lines", table_kind="dept_income", code="2010301")
    assert {(r["measure"], r["amount_yuan"]) for r in leaf} == {
        ("total", "10961600.00"),
        ("general_public_budget", "10961600.00"),
    }


def test_procurement_lines():
    result = out()
    line = rows(result, "raw_procurement_lines", project_code="50010725T000004931726", measure="total")
    assert len(line) == 1
    assert line[0]["row_kind"] == "line"
    assert line[0]["amount_yuan"] == "1820000.00"
    assert line[0]["function_text"] == "2010302-一般行政管理事务"
    assert line[0]["gov_economic_text"] == "50205-委托业务费"
    assert line[0]["dept_economic_text"] == "30227-委托业务费"
    assert line[0]["unit_text"] == "102001-重庆市九龙坡区人民政府办公室（本级）"
    total = one(result, "raw_procurement_lines", row_kind="total", measure="total")
    assert total["amount_yuan"] == "2109000.00"
    unit = one(
        result,
        "raw_procurement_lines",
        row_kind="unit",
        unit_text="102001-重庆市九龙坡区人民政府办公室（本级）",
        measure="total",
    )
    assert unit["amount_yuan"] == "2059000.00"


def test_unit_performance_amounts_in_yuan_and_vertical_label():
    result = out()
    funds = rows(result, "raw_performance_targets", table_kind="unit_performance", field="fund")
    assert funds[0]["value_text"] == "48161575.99"
    assert funds[0]["amount_yuan"] == "48161575.99"  # 元, not 万元
    assert {r["amount_yuan"] for r in funds} == {"48161575.99", "23093975.99", "25067600.00"}
    goal = one(result, "raw_performance_targets", table_kind="unit_performance", field="goal")
    assert goal["text"].startswith("完成好职责范围和上级机关交办的各项工作")
    indicator = one(result, "raw_performance_targets", table_kind="unit_performance", level3="满意率")
    assert (indicator["level1"], indicator["operator"], indicator["target_value"], indicator["weight"]) == (
        "满意度指标",
        "≥",
        "98",
        "10",
    )


def test_project_amounts_in_yuan():
    result = out()
    total = one(result, "raw_projects", project_name="区政府重要会议活动经费", measure="total")
    assert (total["value_text"], total["amount_yuan"]) == ("1303200", "1303200.00")
    zero = one(result, "raw_projects", project_name="招商引资经费", measure="bank_loan")
    assert zero["amount_yuan"] == "0.00"  # an explicit 0 is a row
    assert one(result, "raw_projects", project_name="招商引资经费", measure="fiscal")["amount_yuan"] == "1629000.00"


def test_no_problem_but_the_realigned_indicators():
    assert {p.code for p in out().result.problems} == {"indicator_realigned"}
    assert problems(out(), "indicator_realigned")[0].severity == "warning"
