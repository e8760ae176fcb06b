"""Synthetic inputs: continued tables, cut-off files, unreadable cells, unknown layouts. Never raises."""

from __future__ import annotations

from extract.tables import parse_tables


def _tsv(text: str) -> list[str]:
    return text.replace("→", "\t").split("\n")


NARRATIVE = "重庆市某区某局\n\n2027 年部门预算情况说明\n\n一、单位基本情况\n\n"

FUNCTION_TSV = """表一

2027年一般公共预算财政拨款支出预算表

单位：万元

科目编码→科目名称→总计→基本支出→项目支出
合计→→30.00→20.00→10.00
201→一般公共服务支出→30.00→20.00→10.00
2010301→行政运行→20.00→20.00→
"""

CONTINUED_TSV = """2027年一般公共预算财政拨款支出预算表（续）

单位：万元

科目编码→科目名称→总计→基本支出→项目支出
2010302→一般行政管理事务→10.00→→10.00
"""

THREE_PUBLIC_TSV = """表一

2027年一般公共预算“三公”经费支出表

单位：元

2027年预算数→→→→→
合计→因公出国（境）费→公务用车购置及运行费→→→公务接待费
→→小计→公务用车购置费→公务用车运行费→
12,000.00→0.00→10,000.00→→10,000.00→2,000.00
"""


def test_a_continued_table_is_one_table():
    out = parse_tables(_tsv(NARRATIVE + FUNCTION_TSV + "\n" + CONTINUED_TSV))
    assert out.table_count == 1
    codes = {r["code"] for r in out.result.rows["raw_function_lines"]}
    assert codes == {"", "201", "2010301", "2010302"}
    assert out.result.rows["raw_tables"][0]["value_count"] == "10"


def test_a_header_repeated_after_a_page_break_is_not_data():
    body = FUNCTION_TSV + "\n科目编码→科目名称→总计→基本支出→项目支出\n2010302→一般行政管理事务→10.00→→10.00\n"
    out = parse_tables(_tsv(NARRATIVE + body))
    assert not out.result.problems
    assert len(out.result.rows["raw_function_lines"]) == 10


def test_unit_in_yuan_and_explicit_zero():
    out = parse_tables(_tsv(NARRATIVE + THREE_PUBLIC_TSV))
    items = {r["item"]: (r["value_text"], r["amount_yuan"]) for r in out.result.rows["raw_three_public"]}
    assert items == {
        "total": ("12,000.00", "12000.00"),
        "overseas": ("0.00", "0.00"),
        "vehicle_total": ("10,000.00", "10000.00"),
        "vehicle_operation": ("10,000.00", "10000.00"),
        "reception": ("2,000.00", "2000.00"),
    }
    assert out.amount_unit == "元"


def test_a_table_cut_off_at_the_end_of_the_file_is_partial():
    cut = (
        FUNCTION_TSV
        + "\n表二\n\n2027年一般公共预算财政拨款基本支出预算表\n\n单位：万元\n\n经济分类科目→→2027年基本支出→→\n"
    )
    out = parse_tables(_tsv(NARRATIVE + cut))
    assert [(p.severity, p.code) for p in out.result.problems] == [("partial", "table_cut_off")]
    assert len(out.result.rows["raw_function_lines"]) == 8  # the table before still loads


def test_a_cell_that_is_not_a_number_is_a_problem_not_a_guess():
    bad = FUNCTION_TSV.replace("2010301→行政运行→20.00", "2010301→行政运行→二十")
    out = parse_tables(_tsv(NARRATIVE + bad))
    assert [(p.severity, p.code, p.source_line) for p in out.result.problems] == [("partial", "value_unreadable", 16)]
    assert not [r for r in out.result.rows["raw_function_lines"] if r["code"] == "2010301" and r["measure"] == "total"]


def test_a_row_that_does_not_fit_the_header_is_reported():
    bad = FUNCTION_TSV + "2010302→一般行政管理事务→10.00→→10.00→5.00→1.00\n"
    out = parse_tables(_tsv(NARRATIVE + bad))
    assert [p.code for p in out.result.problems] == ["untitled_rows"]


def test_cell_per_line_wrapped_title_and_merged_total():
    text = (
        NARRATIVE
        + " 2027年某局一般公共\n\n预算财政拨款支出预算表\n\n单位：万元\n"
        + "\t功能分类科目\n\t2027年预算数\n\n\t科目编码\n\t科目名称\n\t小计\n\t基本支出\n\t项目支出\n\n"
        + "\t合计\n\t30.00\n\t20.00\n\t10.00\n\n\t  2010301\n\t  行政运行\n\t30.00\n\t20.00\n\t10.00"
    )
    out = parse_tables(text.split("\n"))
    assert out.layout == "cell_per_line"
    assert out.result.rows["raw_tables"][0]["table_title"] == "2027年某局一般公共预算财政拨款支出预算表"
    total = {r["measure"]: r["amount_yuan"] for r in out.result.rows["raw_function_lines"] if r["code"] == ""}
    assert total == {"total": "300000.00", "basic": "200000.00", "project": "100000.00"}
    assert {r["column_year"] for r in out.result.rows["raw_function_lines"]} == {"2027"}


def test_unknown_layout_is_partial_and_never_raises():
    text = (
        NARRATIVE
        + "2027年一般公共预算财政拨款支出预算表\n\n单位：万元\n科目编码 | 科目名称 | 总计\n201 | 一般 | 3.00\n"
    )
    out = parse_tables(text.split("\n"))
    assert out.layout == "unknown"
    assert [(p.severity, p.code) for p in out.result.problems] == [("partial", "table_layout_unknown")]


def test_garbage_never_raises():
    for text in ("", "\t", "表一\n\n2027年部门收支总表\n\t\t\t", "2027年部门收支总表\n\t合计\n\t\n\t1", "\x00\t表"):
        parse_tables(text.split("\n"))
