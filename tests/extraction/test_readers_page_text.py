"""Issue 20 (whole documents from other regions): a PDF's page text - cells separated by one
space, empty cells dropped, names wrapped around their code - read as far as it is certain.

The fixture tests/fixtures/page_text/wrapped_final_accounts.txt is constructed (not harvested):
it has the shape of the Shanghai 决算 page texts - a title block over three lines, a two-sided
收入支出决算总表, a function table whose header words run together and whose long names wrap
onto the lines around their code, a 三公 table of figures only, the narrative after the tables.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extract.completeness import last_table_cut_off
from extract.narrative.text import later_blocks
from extract.pipeline import DocumentOutput, process_file
from extract.readers.page_text import tabulate_page_text, tabulate_summary_sides
from extract.tables import TablesOutput, holds_figures
from extract.tables.model import Row

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "page_text" / "wrapped_final_accounts.txt"


@cache
def extracted() -> DocumentOutput:
    return process_file(str(FIXTURE))


def test_function_table_gives_each_rows_code_name_and_total_only():
    rows = {
        (r["code"], r["name_text"]): (r["column_label"], r["measure"], r["amount_yuan"])
        for r in extracted().rows["raw_function_lines"]
    }
    assert rows == {
        ("", ""): ("本年支出合计", "total", "12505000.00"),
        ("207", "文化旅游体育与传媒支出"): ("本年支出合计", "total", "11003000.00"),
        ("20703", "体育"): ("本年支出合计", "total", "11003000.00"),
        ("2070301", "行政运行"): ("本年支出合计", "total", "5502000.00"),
        ("2070308", "群众体育"): ("本年支出合计", "total", "5501000.00"),
        ("208", "社会保障和就业支出"): ("本年支出合计", "total", "1502000.00"),
        ("20805", "行政事业单位养老支出"): ("本年支出合计", "total", "1502000.00"),
        # the name printed on the lines above and below its code
        ("2080505", "机关事业单位基本养老保险缴费支出"): ("本年支出合计", "total", "1001000.00"),
        ("2080506", "机关事业单位职业年金缴费支出"): ("本年支出合计", "total", "501000.00"),
    }
    # '2070301 行政运行 550.20 550.20': 基本支出 or 项目支出? not said, so neither is read
    assert not [r for r in extracted().rows["raw_function_lines"] if r["measure"] != "total"]


def test_page_text_document_is_partial_for_what_it_cannot_read_and_never_cut_off():
    document = extracted().document
    assert (document["unit_name"], document["district"], document["fiscal_year"]) == (
        "浙江省杭州市西湖区体育局",
        "西湖区",
        "2024",
    )
    assert document["status"] == "partial"
    codes = sorted((p["severity"], p["code"], p["source_line"]) for p in extracted().rows["raw_problems"])
    assert codes == [
        ("partial", "page_text_columns_unread", "36"),
        ("partial", "table_unparsed", "48"),  # the 三公 table: a row of figures only, not 'cut off'
    ]


def test_two_sided_summary_gives_each_item_its_side_and_figure():
    items = {
        (r["side"], r["item_key"], r["function_code"], r["item_text"]): r["amount_yuan"]
        for r in extracted().rows["raw_summary_items"]
    }
    assert items == {
        ("income", "general_public_budget", "", "一、一般公共预算财政拨款收入"): "12505000.00",
        ("expenditure", "category", "207", "七、文化旅游体育与传媒支出"): "11003000.00",
        # '八、社会保障和就业支' / '150.20' / '出': the name wrapped around its figure
        ("expenditure", "category", "208", "八、社会保障和就业支出"): "1502000.00",
        ("income", "current_year_total", "", "本年收入合计"): "12505000.00",
        ("expenditure", "current_year_total", "", "本年支出合计"): "12505000.00",
        ("income", "carryover_total", "", "年初结转和结余"): "100000.00",
        ("expenditure", "carryover_next_year", "", "年末结转和结余"): "100000.00",
        ("income", "total", "", "总计"): "12605000.00",
        ("expenditure", "total", "", "总计"): "12605000.00",
    }


def test_summary_rows_glued_or_of_one_side_and_tables_of_several_columns():
    lines = [
        "本年收入 本年支出",
        "项目 预算数 项目 预算数",
        "一、财政拨款收入 1,000一、社会保障和就业支出 600",
        "1. 一般公共预算 1,000二、卫生健康支出 400",
        "二、事业收入",
        "收入总计 1,000 支出总计 1,000",
    ]
    out, written = tabulate_summary_sides(lines)
    assert out == (
        "本年收入\t\t本年支出\t",
        "项目\t预算数\t项目\t预算数",
        "一、财政拨款收入\t1,000\t一、社会保障和就业支出\t600",
        "1. 一般公共预算\t1,000\t二、卫生健康支出\t400",
        "二、事业收入\t\t\t",
        "收入总计\t1,000\t支出总计\t1,000",
    )
    assert written == [range(1, 6)]
    # a row of one item whose words name no side: the table is left as printed
    unsure = [*lines[:4], "三、其他 5", lines[5]]
    assert tabulate_summary_sides(unsure) == (tuple(unsure), [])
    # several figure columns on a side ('项目 合计 一般公共预算 …'): not this layout
    several = ["项目 预算数 项目 合计 一般公共预算", "一、一般公共预算 1,000 一、社会保障和就业支出 600 600"]
    assert tabulate_summary_sides(several) == (tuple(several), [])


def test_rows_of_an_unread_table_are_no_narrative_sections():
    sections = [r["claim_text"] for r in extracted().rows["raw_narrative_claims"] if r["claim_kind"] == "section"]
    assert sections == ["一、主要职能", "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明"]
    figures = {
        r["metric"]: r["value"] for r in extracted().rows["raw_narrative_figures"]
    }  # the narrative after the tables
    assert figures["grand_total"] == "12605000.00"
    assert figures["income_total"] == "12505000.00"


def test_a_table_with_figures_before_its_total_is_left_as_printed():
    lines = [
        "政府性基金预算财政拨款收入支出决算表",
        "单位：万元",
        "年初结转和 年末结转和",
        "本年收入 本年支出",
        "科目编码 科目名称",
        "合计 0 20.00 合计 基本支出 项目支出 0",
        "212 城乡社区支出 0 20.00 20.00 20.00 0",
        "21208 国有土地使用权出让收入安排的支出 0 20.00 20.00 20.00 0",
    ]
    out, problems, written = tabulate_page_text(lines)
    assert list(out) == lines
    assert (problems, written) == ([], [])


def test_economic_codes_and_rows_without_figures():
    lines = [
        "一般公共预算基本支出经济分类预算表",
        "单位：元",
        "经济分类科目编码",
        "部门经济分类科目名称 合计 人员经费 公用经费",
        "类 款",
        "301 工资福利支出    1,000    1,000",
        "301 01基本工资     1,000     1,000",
        "303 01离休费",
        "合计    1,000    1,000",
    ]
    out, problems, written = tabulate_page_text(lines)
    # the header written on its last line, the lines above it emptied (one header row)
    assert out[2:5] == ("", "", "经济分类科目编码\t部门经济分类科目名称\t合计")
    assert out[5:] == ("301\t工资福利支出\t1,000", "30101\t基本工资\t1,000", "30301\t离休费\t", "合计\t\t1,000")
    assert [p.code for p in problems] == ["page_text_columns_unread"]
    assert written == [range(2, 9)]


def test_a_two_sided_row_is_not_a_row():
    lines = [
        "基本支出决算表",
        "单位：万元",
        "科目编码 科目名称 合计 科目编码 科目名称 合计",
        "301 工资福利支出 7.00 302 商品和服务支出 1.00",
        "30101 基本工资 7.00 30201 办公费 1.00",
    ]
    out, _, written = tabulate_page_text(lines)
    assert list(out) == lines and written == []


def test_a_later_part_ends_at_a_page_text_table_row_not_at_a_wrapped_figure():
    lines = [
        "一、一般公共预算财政拨款 1,000.00 一、一般公共服务支出",
        "二、政府性基金预算财政拨款 二、外交支出",
        "七、文化旅游体育与传媒支出 1,000.00",
        "注：本表反映部门本年度财政拨款总收支。",
        "二、收入决算情况说明",
        "本年收入合计 1250.50",
        "万元，其中：财政拨款收入 1250.50 万元。",
    ]
    assert later_blocks(lines, 0) == [(4, 7)]


def test_figures_in_a_one_cell_row_make_a_table_not_empty_and_not_cut():
    assert holds_figures([Row(cells=["一、财政拨款收入 76,306,134 一、一般公共服务支出"], lines=[1])])
    assert not holds_figures([Row(cells=["一、财政拨款收入 一、一般公共服务支出"], lines=[1])])

    tables = TablesOutput(layout="tsv_rows")
    table = {"table_seq": "1", "table_title": "三公经费表", "table_kind": "three_public", "title_line": "1"}
    tables.result.add_row("raw_tables", {**table, "is_empty": "false", "row_count": "0"})
    lines = ["三公经费表", "单位：万元", "合计 因公出国（境）费", "3.00 2.50"]
    assert last_table_cut_off(lines, tables) == []
    assert [p.code for p in last_table_cut_off(lines[:3], tables)] == ["table_without_rows"]
