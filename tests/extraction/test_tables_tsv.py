"""Layout 'tsv_rows' (documents 003 and 004, PDF text exports): real values read from the documents."""

from __future__ import annotations

from pathlib import Path

from test_tables_helpers import one, parsed, problems, rows, tables

from extract.read import decode
from extract.tables import parse_tables


def test_layout_and_first_table_line():
    assert (parsed("003").layout, parsed("003").first_table_line) == ("tsv_rows", 81)  # untitled 表一
    assert (parsed("004").layout, parsed("004").first_table_line) == ("tsv_rows", 95)  # the 表一 line
    assert parsed("003").amount_unit == parsed("004").amount_unit == "万元"


def test_003_tables():
    found = [(t["table_kind"], t["table_number"], t["title_line"], t["is_empty"]) for t in tables(parsed("003"))]
    assert found[:10] == [
        ("fiscal_summary", "", "81", "false"),
        ("gpb_function", "表二", "101", "false"),
        ("gpb_basic_economic", "表三", "135", "false"),
        ("three_public", "表四", "171", "false"),
        ("gov_fund", "", "180", "true"),
        ("dept_summary", "表六", "192", "false"),
        ("dept_income", "", "209", "false"),
        ("dept_expenditure", "表八", "243", "false"),
        ("procurement", "表九", "276", "true"),
        ("unit_performance", "", "285", "true"),
    ]
    assert [kind for kind, *_ in found[10:]] == ["project_performance"] * 15
    assert not problems(parsed("003"), "table_number_gap")  # unnumbered tables fill 表一, 表五, 表七


def test_004_tables():
    found = [(t["table_kind"], t["table_number"], t["title_line"], t["is_empty"]) for t in tables(parsed("004"))]
    assert found == [
        ("fiscal_summary", "表一", "97", "false"),
        ("gpb_function", "表二", "117", "false"),
        ("gpb_basic_economic", "表三", "152", "false"),
        ("three_public", "表四", "196", "false"),
        ("gov_fund", "表五", "207", "true"),
        ("dept_summary", "表六", "218", "false"),
        ("", "", "236", "false"),  # untitled fragment: title and header of 表七 missing from the file
        ("dept_expenditure", "表八", "258", "false"),
        ("unit_performance", "表十", "292", "false"),
        ("project_performance", "表十一", "312", "false"),
        ("project_performance", "表十二", "340", "false"),
        ("project_performance", "表十三", "367", "false"),
    ]
    assert parsed("004").table_count == 11
    gaps = [p.message for p in problems(parsed("004"), "table_number_gap")]
    assert len(gaps) == 2 and "表7" in gaps[0] and "表9" in gaps[1]


def test_spaced_numbers_2_465_43():
    total = one(parsed("003"), "raw_function_lines", table_kind="dept_income", code="", measure="total")
    assert (total["value_text"], total["amount_yuan"]) == ("2, 465. 43", "24654300.00")
    leaf = one(parsed("003"), "raw_function_lines", table_kind="dept_expenditure", code="2150502", measure="basic")
    assert leaf["amount_yuan"] == "34400.00"


def test_prior_year_column_kept_apart():
    out = parsed("004")
    prior = rows(out, "raw_function_lines", table_kind="gpb_function", period="prior_year")
    assert {r["column_label"] for r in prior} == {"2024年预算数"}
    assert {r["column_year"] for r in prior} == {"2024"}
    only_prior = rows(out, "raw_function_lines", table_kind="gpb_function", code="2010303")
    assert [(r["period"], r["amount_yuan"]) for r in only_prior] == [("prior_year", "50000.00")]
    no_prior = rows(out, "raw_function_lines", table_kind="gpb_function", code="2010399")
    assert {(r["period"], r["measure"], r["amount_yuan"]) for r in no_prior} == {
        ("current", "total", "7043600.00"),
        ("current", "project", "7043600.00"),
    }
    total = one(out, "raw_function_lines", table_kind="gpb_function", code="", period="current", measure="total")
    assert (total["column_year"], total["amount_yuan"]) == ("2025", "26860200.00")
    assert (
        one(out, "raw_function_lines", table_kind="gpb_function", code="", period="prior_year")["amount_yuan"]
        == "13113800.00"
    )


def test_rows_after_a_page_break_are_kept():
    out = parsed("004")
    assert (
        one(out, "raw_function_lines", table_kind="gpb_function", code="2010350", measure="basic")["source_line"]
        == "132"
    )
    assert one(out, "raw_economic_lines", code="30109", measure="personnel")["amount_yuan"] == "671600.00"
    assert one(out, "raw_economic_lines", code="30305", measure="total")["amount_yuan"] == "742300.00"


def test_economic_department_classification():
    out = parsed("003")
    lines = rows(out, "raw_economic_lines")
    assert {r["classification"] for r in lines} == {"department"}
    assert one(out, "raw_economic_lines", code="30309", measure="personnel")["amount_yuan"] == "100.00"
    assert one(out, "raw_economic_lines", code="", measure="public")["amount_yuan"] == "1138300.00"


def test_three_public_with_spaced_header():
    for doc, expected in (
        (
            "004",
            {
                "total": "297000.00",
                "vehicle_total": "275000.00",
                "vehicle_operation": "275000.00",
                "reception": "22000.00",
            },
        ),
        (
            "003",
            {
                "total": "170000.00",
                "vehicle_total": "70000.00",
                "vehicle_operation": "70000.00",
                "reception": "100000.00",
            },
        ),
    ):
        got = {r["item"]: r["amount_yuan"] for r in rows(parsed(doc), "raw_three_public")}
        assert got == expected
    assert {r["column_year"] for r in rows(parsed("004"), "raw_three_public")} == {"2025"}


def test_empty_tables_present_not_missing():
    for doc in ("003", "004"):
        fund = tables(parsed(doc), table_kind="gov_fund")
        assert [(t["is_empty"], t["value_count"]) for t in fund] == [("true", "0")]
    procurement = tables(parsed("003"), table_kind="procurement")
    assert [(t["is_empty"], t["table_title"]) for t in procurement] == [("true", "政府采购预算明细表")]


def test_summary_source_slip_left_uncoded():
    out = parsed("004")
    slip = rows(out, "raw_summary_items", table_kind="fiscal_summary", item_text="一般公共预算支出")
    assert {(r["item_key"], r["function_code"]) for r in slip} == {("category", "")}
    assert [p.source_line for p in problems(out, "unknown_category")] == [104]
    dept = rows(parsed("003"), "raw_summary_items", table_kind="dept_summary", side="expenditure", item_key="category")
    assert {r["function_code"]: r["amount_yuan"] for r in dept} == {
        "208": "1886900.00",
        "210": "242100.00",
        "215": "21376800.00",
        "217": "840000.00",
        "221": "308500.00",
    }


def test_untitled_fragment_not_invented():
    out = parsed("004")
    warning = problems(out, "untitled_rows")
    assert len(warning) == 1 and warning[0].severity == "warning" and warning[0].source_line == 236
    assert not [r for r in out.result.rows["raw_function_lines"] if r["table_kind"] == "dept_income"]
    fragment = tables(out, title_line="236")[0]
    assert (fragment["row_count"], fragment["value_count"]) == ("18", "0")


def test_project_amounts_in_wan():
    out = parsed("003")
    first = rows(out, "raw_projects", project_code="50011021T000000052342")
    assert {(r["measure"], r["amount_yuan"]) for r in first} == {("total", "256500.00"), ("own_level", "256500.00")}
    assert first[0]["project_name"] == "参战参核军人生活补助"
    subsidy = one(out, "raw_projects", project_code="50011023T000003526103", measure="superior_subsidy")
    assert (subsidy["value_text"], subsidy["amount_yuan"]) == ("200.00", "2000000.00")
    out4 = parsed("004")
    web = rows(out4, "raw_projects", project_code="50010423T000003183049")
    assert {(r["measure"], r["value_text"], r["amount_yuan"]) for r in web} == {
        ("total", "7", "70000.00"),
        ("fiscal", "7", "70000.00"),
    }


def test_lost_page_fragment_kept_without_a_project():
    out = parsed("003")
    assert [p.source_line for p in problems(out, "project_fragment")] == [438]
    basis = one(out, "raw_performance_targets", source_line="438")
    assert (basis["field"], basis["project_code"], basis["project_name"]) == ("basis", "", "")
    rent = one(out, "raw_performance_targets", level3="平均每月支付租金")
    assert rent["project_code"] == "" and rent["target_value"] == "4.5"


def test_performance_text_kept():
    out = parsed("004")
    goal = one(out, "raw_performance_targets", table_kind="unit_performance", field="goal")
    assert goal["text"].startswith("<p>负责协助有关市级土地储备集团") and goal["text"].endswith("</p>")
    budget = one(out, "raw_performance_targets", table_kind="unit_performance", field="fund")
    assert budget["amount_yuan"] == "26860200.00"
    web_goal = one(out, "raw_performance_targets", project_code="50010423T000003183049", field="goal")
    assert web_goal["text"].endswith("（渝府办发〔2019〕63号）、市政府办公厅要求。")  # continued on the next row
    shifted = one(out, "raw_performance_targets", level3="网站更新频率")
    assert (shifted["level2"], shifted["operator"], shifted["target_value"], shifted["weight"], shifted["is_core"]) == (
        "时效指标",
        "≥",
        "100",
        "16",
        "是",
    )
    indicator = one(parsed("003"), "raw_performance_targets", level3="页岩气年产气量")
    assert (indicator["weight"], indicator["measure_unit"], indicator["operator"], indicator["target_value"]) == (
        "20",
        "立方米",
        "≥",
        "280000000",
    )


TRIAL5 = Path(__file__).resolve().parents[1] / "fixtures" / "final_accounts" / "trial5"


def test_project_list_with_indicator_columns():
    """A 项目支出绩效目标表 printed as a list whose rows also carry one indicator each
    (项目名称 | 预算金额 | 年度绩效目标 | 一级指标 | 二级指标 | 指标值; a fresh-user trial's p13):
    each project's amount, goal and indicator land, no row is 'indicator_unaligned'."""
    (path,) = TRIAL5.glob("p13_*.txt")
    out = parse_tables(decode(path.read_bytes()).lines)
    assert not problems(out, "indicator_unaligned")
    funds = {r["project_name"]: r["amount_yuan"] for r in rows(out, "raw_performance_targets", field="fund")}
    assert funds == {"社区治理综合服务项目": "9000000.00", "背街小巷环境整治项目": "3000000.00"}
    indicators = [
        (r["project_name"], r["level1"], r["level2"], r["target_value"])
        for r in rows(out, "raw_performance_targets", field="indicator")
    ]
    assert indicators == [
        ("社区治理综合服务项目", "产出指标", "数量指标", "覆盖社区29个"),
        ("背街小巷环境整治项目", "产出指标", "数量指标", "整治小巷12条"),
    ]
    goal = one(out, "raw_performance_targets", field="goal", project_name="背街小巷环境整治项目")
    assert goal["text"] == "完成背街小巷整治"


def test_project_list_indicator_rows_under_a_merged_project_cell():
    """A list row that names no project and prints an indicator only (the project's cells merged
    over its rows) is another indicator of the project above, its 一级指标 carried down; the
    amount column's unit in brackets ('预算金额（万元）') is still the amount."""
    lines = (
        "项目支出绩效目标表",
        "单位：万元",
        "项目名称\t预算金额（万元）\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值",
        "道路养护项目\t120.50\t养护道路\t产出指标\t数量指标\t养护里程\t30公里",
        "\t\t\t\t质量指标\t验收合格率\t100%",
        "\t\t\t效益指标\t社会效益指标\t群众满意度\t≥90%",
    )
    out = parse_tables(lines)
    assert not problems(out, "indicator_unaligned")
    assert one(out, "raw_performance_targets", field="fund")["amount_yuan"] == "1205000.00"
    indicators = [
        (r["project_name"], r["level1"], r["level2"], r["level3"], r["target_value"])
        for r in rows(out, "raw_performance_targets", field="indicator")
    ]
    assert indicators == [
        ("道路养护项目", "产出指标", "数量指标", "养护里程", "30公里"),
        ("道路养护项目", "产出指标", "质量指标", "验收合格率", "100%"),
        ("道路养护项目", "效益指标", "社会效益指标", "群众满意度", "≥90%"),
    ]


def test_full_year_budget_beside_the_opening_budget_is_the_adjusted_budget():
    """A 决算's tables printing 年初预算数 | 全年预算数 | 决算数: the 全年预算数 (the budget with the
    year's adjustments) is the adjusted budget, never a second budget beside the 年初预算数; where
    it is the only budget column it is the budget (a fresh-user trial's p21, e2e)."""
    lines = (
        "一般公共预算财政拨款支出决算表",
        "单位：万元",
        "科目编码\t科目名称\t年初预算数\t全年预算数\t决算数",
        "\t合计\t100.00\t110.00\t105.00",
        "2010301\t行政运行\t100.00\t110.00\t105.00",
        "“三公”经费支出决算表",
        "单位：万元",
        "项目\t年初预算数\t全年预算数\t决算数",
        "合计\t10.00\t12.00\t11.00",
        "公务接待费\t10.00\t12.00\t11.00",
    )
    out = parse_tables(lines)
    function = {
        (r["column_label"], r["value_role"], r["amount_yuan"]) for r in rows(out, "raw_function_lines", code="2010301")
    }
    assert function == {
        ("年初预算数", "budget", "1000000.00"),
        ("全年预算数", "adjusted_budget", "1100000.00"),
        ("决算数", "actual", "1050000.00"),
    }
    reception = {
        (r["column_label"], r["value_role"], r["amount_yuan"]) for r in rows(out, "raw_three_public", item="reception")
    }
    assert reception == {
        ("年初预算数", "budget", "100000.00"),
        ("全年预算数", "adjusted_budget", "120000.00"),
        ("决算数", "actual", "110000.00"),
    }
