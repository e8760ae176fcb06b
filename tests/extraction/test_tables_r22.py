"""Issue 20, kinds 1 and 2 (held-out set 80, left 'partial' in session 21): a table's title numbered
after a word of the set's name with its unit in brackets ('公开表1  部门收支总表（单位：万元）') is a
title, never a header line of the space-aligned table under it (before: the title was taken as the
header's first line, 'a header of 2 lines (merged cells) cannot be placed', and the table's figures
were not read)."""

from __future__ import annotations

import pytest

from extract.pipeline import process
from extract.readers.aligned import tabulate_aligned

_SUMMARY = [
    "公开表1  部门收支总表（单位：万元）",
    "收入项目                        金额          支出项目                              金额",
    "一般公共预算拨款收入            8569.78       一般公共服务支出                      0.00",
    "政府性基金预算拨款收入          29110.00      社会保障和就业支出                    905.33",
    "单位资金                        36.00         城乡社区支出                          29110.00",
    "                                              住房保障支出                          7700.45",
    "本年收入合计                    37715.78      本年支出合计                          37715.78",
    "上年结转                        0.00          结转下年                              0.00",
    "收入总计                        37715.78      支出总计                              37715.78",
]


def test_a_numbered_title_with_its_unit_in_brackets_is_no_header_line() -> None:
    lines, problems = tabulate_aligned(["", *_SUMMARY])
    assert problems == []
    assert lines[1] == _SUMMARY[0]
    assert lines[2].split("\t") == ["收入项目", "金额", "支出项目", "金额"]
    assert lines[6].split("\t") == ["", "", "住房保障支出", "7700.45"]


def test_the_summary_under_such_a_title_is_read() -> None:
    text = "\n".join(["某市自然资源局", "2025年部门预算", "", *_SUMMARY, ""]).encode()
    out = process(text, "a")
    assert out.document["status"] == "ok", out.document["problems"]
    got = {(r["item_text"], r["amount_yuan"]) for r in out.rows["raw_summary_items"]}
    assert ("政府性基金预算拨款收入", "291100000.00") in got
    assert ("住房保障支出", "77004500.00") in got
    assert ("支出总计", "377157800.00") in got


# set 76 (Shandong): a table typed with ideographic spaces (U+3000, two columns wide) between its cells,
# an ASCII space here and there; read as one space each, its columns no longer lined up and none of its
# tables was read ('partial'). The space-aligned reader now measures the file as typed.
_S = "\u3000"
_INCOME = [
    "表一" + _S + "部门收入总表",
    "单位：万元",
    "单位名称" + _S * 11 + "合计" + _S + " " + _S + "一般公共预算" + _S + "政府性基金预算" + _S + "上年结转",
    "合计" + _S * 13 + "6086.52" + _S * 3 + " 6086.52" + _S * 6 + "0.00" + _S * 3 + "0.00",
    "某县交通运输局（本级）" + _S * 4 + "1102.35" + _S * 3 + " 1102.35" + _S * 6 + "0.00" + _S * 3 + "0.00",
    "某县道路运输服务中心" + _S * 5 + " 412.60" + _S * 4 + "412.60" + _S * 6 + "0.00" + _S * 3 + "0.00",
    "某县交通运输综合行政执法大队" + _S + " 4571.57" + _S * 3 + "4571.57" + _S * 6 + "0.00" + _S * 3 + "0.00",
]


def test_a_table_typed_with_ideographic_spaces_keeps_its_columns() -> None:
    text = "\n".join(["某县交通运输局", "2025年部门预算", "", *_INCOME, ""]).encode()
    out = process(text, "a")
    assert "aligned_header_unclear" not in {p["code"] for p in out.rows.get("raw_problems", [])}
    got = {(r["name_text"], r["column_label"], r["amount_yuan"]) for r in out.rows["raw_function_lines"]}
    assert got == {
        ("合计", "合计", "60865200.00"),
        ("合计", "一般公共预算", "60865200.00"),
        ("合计", "政府性基金预算", "0.00"),
        ("合计", "上年结转", "0.00"),
    }


# set 81 (Shanxi): '表5  一般公共预算支出表（当年拨款）      单位：万元' — a remark in brackets between the title's
# 表 and its unit on the same line (before: no title was found, the table's figures were dropped and a
# check compared the narrative with the 财政拨款 总表's column instead)
def test_a_title_with_a_remark_then_its_unit_on_its_line() -> None:
    text = "\n".join(
        [
            "某省档案馆",
            "2025年部门预算",
            "",
            "表5  一般公共预算支出表（当年拨款）                            单位：万元",
            "科目编码  科目名称                          2025年预算数  基本支出  项目支出",
            "          合计                                   2718.08   2167.58    550.50",
            "201       一般公共服务支出                       2076.80   1526.30    550.50",
            "208       社会保障和就业支出                      641.28    641.28",
            "",
        ]
    ).encode()
    out = process(text, "a")
    [table] = out.rows["raw_tables"]
    assert (table["table_kind"], table["amount_unit"]) == ("gpb_function", "万元")
    assert table["table_title"].endswith("一般公共预算支出表（当年拨款）")
    got = {(r["code"], r["column_label"], r["amount_yuan"]) for r in out.rows["raw_function_lines"]}
    assert ("201", "2025年预算数", "20768000.00") in got
    assert ("208", "基本支出", "6412800.00") in got


# set 82 (Guizhou, Jiangxi: two 决算): every title typed with a tab after its number ('表1\t收入支出决算总表',
# then '公开01表\t\t\t金额单位：万元'); before: no title was found, no table was read and the documents were
# 'ok' with 95 item figures unresolved. And a 基本支出 table of two blocks whose name columns are headed by
# the block's kind ('科目编码 | 人员经费 | 决算数 | 科目编码 | 公用经费 | 决算数').
_TABBED_TITLES = [
    "某县农业农村局",
    "2023年度部门决算",
    "",
    "表6\t一般公共预算财政拨款基本支出决算表",
    "公开06表\t\t\t金额单位：万元",
    "科目编码\t人员经费\t决算数\t科目编码\t公用经费\t决算数",
    "30101\t基本工资\t568.98\t30201\t办公费\t39.46",
    "30102\t津贴补贴\t493.12\t30205\t水费\t5.92",
    "\t\t\t30299\t其他商品和服务支出\t5.92",
    "\t人员经费合计\t1,062.10\t\t公用经费合计\t51.30",
    "",
]


def test_titles_typed_with_a_tab_after_their_number_and_blocks_headed_by_their_kind() -> None:
    out = process("\n".join(_TABBED_TITLES).encode(), "a")
    [table] = out.rows["raw_tables"]
    assert (table["table_kind"], table["amount_unit"]) == ("gpb_basic_economic", "万元")
    assert "value_unreadable" not in {p["code"] for p in out.rows.get("raw_problems", [])}
    got = {(r["code"], r["name_text"], r["amount_yuan"]) for r in out.rows["raw_economic_lines"]}
    assert got == {
        ("30101", "基本工资", "5689800.00"),
        ("30102", "津贴补贴", "4931200.00"),
        ("30201", "办公费", "394600.00"),
        ("30205", "水费", "59200.00"),
        ("30299", "其他商品和服务支出", "59200.00"),
        ("", "人员经费合计", "10621000.00"),
        ("", "公用经费合计", "513000.00"),
    }


def test_a_row_of_figures_is_never_a_tabbed_title() -> None:
    from extract.tables.titles import find_titles

    assert find_titles(["表1\t收入支出决算总表", "收入\t金额"])[0].kind == "fa_summary"
    assert find_titles(["表1\t100.00\t收入支出决算总表"]) == []


# set 81 (Hebei): tables named by what they show ('部门收入总体情况表', '部门支出总体情况表', '一般公共预算支出
# 情况表', '一般公共预算基本支出情况表'), their titles typed with a tab after the number ('表二\t部门收入总体情况表')
def test_hebei_tables_named_by_what_they_show() -> None:
    from extract.tables.titles import kind_of

    assert kind_of("部门收入总体情况表") == "dept_income"
    assert kind_of("部门支出总体情况表") == "dept_expenditure"
    assert kind_of("一般公共预算支出情况表") == "gpb_function"
    assert kind_of("一般公共预算基本支出情况表") == "gpb_basic_economic"
    assert kind_of("一般公共预算“三公”经费支出情况表") == "three_public"


# ... and a total row keeping its empty code cell in place, its trailing empty cells trimmed
# ('\t合计\t7779.04\t7651.04\t128.00' under a header of 9 cells): its writer keeps cells in place, so its
# figures line up from the left (before: 'row_cells_missing', only its 合计 read, the document 'partial')
def test_a_total_row_keeping_its_empty_code_cell_lost_only_trailing_cells() -> None:
    text = "\n".join(
        [
            "某县民政局",
            "2024年部门预算",
            "",
            "表二\t部门收入总体情况表",
            "部门名称：某县民政局\t\t\t单位：万元",
            "单位编码\t单位名称\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t财政专户管理资金\t单位资金\t上年结转",
            "\t合计\t7779.04\t7651.04\t128.00",
            "",
        ]
    ).encode()
    out = process(text, "a")
    assert out.document["status"] == "ok", out.document["problems"]
    got = {(r["column_label"], r["amount_yuan"]) for r in out.rows["raw_function_lines"]}
    assert got == {("合计", "77790400.00"), ("一般公共预算", "76510400.00"), ("政府性基金预算", "1280000.00")}


def test_a_row_keeping_no_empty_cell_with_cells_missing_reads_its_total_alone() -> None:
    text = "\n".join(
        [
            "某县民政局",
            "2024年部门预算",
            "",
            "表二\t部门收入总体情况表",
            "部门名称：某县民政局\t\t\t单位：万元",
            "单位名称\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算",
            "合计\t7779.04\t7651.04\t128.00",
            "",
        ]
    ).encode()
    out = process(text, "a")
    assert out.document["status"] == "partial"
    assert {r["column_label"] for r in out.rows["raw_function_lines"]} == {"合计"}


# the fresh-user trial (session 22): a document whose tables are piped but for one typed with tabs had
# its piped tables left unread ('table_unparsed' ×10); a tabbed line is never a piped row
def test_piped_tables_beside_a_tabbed_one_are_read() -> None:
    text = "\n".join(
        [
            "某区疾病预防控制中心",
            "2024年度单位决算",
            "",
            "表一  收入支出决算总表",
            "单位：万元",
            "| 项目 | 决算数 | 项目 | 决算数 |",
            "|---|---|---|---|",
            "| 一、财政拨款收入 | 500.00 | 一、卫生健康支出 | 500.00 |",
            "| 本年收入合计 | 500.00 | 本年支出合计 | 500.00 |",
            "",
            "表九  财政拨款“三公”经费支出决算表",
            "单位：万元",
            "项目\t预算数\t决算数",
            "公务接待费\t1.00\t0.80",
            "",
        ]
    ).encode()
    out = process(text, "a")
    kinds = {t["table_kind"]: t["row_count"] for t in out.rows["raw_tables"]}
    assert kinds == {"fa_summary": "2", "three_public": "1"}, out.document["problems"]
    assert "table_unparsed" not in {p["code"] for p in out.rows.get("raw_problems", [])}


# set 82 (Anhui, Hainan, Fujian): a two-column 基本支出 table under a numbered title with a remark and its
# unit after it ('表六  一般公共预算财政拨款基本支出决算表（简表）        单位：万元'; before: not laid out, the
# document 'partial'); a list of projects whose targets column is '主要绩效指标'; an empty table's title
# with its remark saying so ('表6  政府性基金预算拨款支出表（本单位无此项支出，空表）')
def test_a_two_column_basic_table_under_a_numbered_title_with_its_unit() -> None:
    text = "\n".join(
        [
            "某市生态环境局",
            "2019年度部门决算",
            "",
            "表六  一般公共预算财政拨款基本支出决算表（简表）        单位：万元",
            "经济分类                  决算数",
            "人员经费                3,367.84",
            "  工资福利支出          2,869.14",
            "  对个人和家庭的补助      498.70",
            "公用经费                  428.66",
            "  商品和服务支出          428.66",
            "合计                    3,796.50",
            "",
        ]
    ).encode()
    out = process(text, "a")
    assert out.document["status"] == "ok", out.document["problems"]
    got = {(r["code"], r["amount_yuan"]) for r in out.rows["raw_economic_lines"] if r["code"]}
    assert ("301", "28691400.00") in got and ("303", "4987000.00") in got and ("302", "4286600.00") in got


def test_a_project_list_whose_targets_are_its_main_indicators() -> None:
    text = "\n".join(
        [
            "某市图书馆",
            "2026年单位预算",
            "",
            "表8  项目支出绩效目标表",
            "单位：万元",
            "项目名称                        预算金额  功能科目编码           主要绩效指标",
            "文献资源建设经费                  180.00       2070104           全年新增纸质图书不少于4.5万册",
            "阅读推广活动经费                   40.00       2070104           全年举办阅读推广活动不少于300场次",
            "",
        ]
    ).encode()
    out = process(text, "a")
    assert out.document["status"] == "ok", out.document["problems"]
    funds = {(r["project_name"], r["amount_yuan"]) for r in out.rows["raw_performance_targets"] if r["field"] == "fund"}
    assert funds == {("文献资源建设经费", "1800000.00"), ("阅读推广活动经费", "400000.00")}


def test_an_empty_tables_title_with_its_remark_saying_so() -> None:
    from extract.tables.titles import find_titles

    [title] = find_titles(
        ["表6  政府性基金预算拨款支出表（本单位无此项支出，空表）", "注：本单位无政府性基金预算拨款支出。"]
    )
    assert (title.kind, title.number) == ("gov_fund", "表6")


# set 82: a document whose tables' titles no title is read by had its rows of coded figures unread and
# was 'ok' as though it printed no table; now 'partial' (table_not_read) with the rows' lines
def test_rows_of_coded_figures_under_no_title_read_leave_the_document_partial() -> None:
    text = "\n".join(
        [
            "某县农业农村局",
            "2023年度部门决算",
            "",
            "一、部门决算情况说明",
            "2023年度本部门支出决算862.45万元。",
            "",
            "表甲  某种没有读到的标题",
            "科目编码\t科目名称\t决算数",
            "213\t农林水支出\t862.45",
            "21301\t  农业农村\t862.45",
            "2130101\t    行政运行\t862.45",
            "",
        ]
    ).encode()
    out = process(text, "a")
    assert out.document["status"] == "partial"
    [problem] = [p for p in out.rows["raw_problems"] if p["code"] == "table_not_read"]
    assert "lines 9-11" in problem["message"]


# set 81 (Shanxi, a 事业单位 in 元): '收入决算表\t\t\t公开02表' — the form's number after the title, apart by
# tabs (before: no title read, 74 rows of figures unread and the document 'ok'); a title then its unit
@pytest.mark.parametrize(
    ("line", "kind"),
    [("收入决算表\t\t\t公开02表", "fa_income"), ("一般公共预算支出表\t\t\t单位：万元", "gpb_function")],
)
def test_a_title_with_its_form_number_or_unit_after_it_apart_by_tabs(line, kind) -> None:
    from extract.tables.titles import find_titles

    [title] = find_titles([line, "科目编码\t科目名称\t合计", "208\t社会保障和就业支出\t767,101.73"])
    assert title.kind == kind
