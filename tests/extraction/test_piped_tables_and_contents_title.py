"""Issue 20, kinds 1 and 2 (held-out set 71, first contact): a title block whose title line ends in
目录 and lists the parts ('2025年部门预算信息公开目录' / '一、部门预算公开表' / …) before its fields
('预算单位：…'), and tables whose cells are separated by '|' (a web page or Markdown copied as text).
Before: the document failed ('no unit name could be read from the title block') or was 'partial'
('table layout is not one this version reads'; the 目录 title read as a table's title)."""

from __future__ import annotations

from extract.pipeline import process
from extract.readers.pipes import tabulate_pipes

_DOCUMENT = """2025年部门预算信息公开目录
一、部门预算公开表
二、部门预算信息公开情况说明

预算单位：某县某镇人民政府
预算年度：2025

部门预算信息公开情况说明

一、部门预算安排的总体情况
2025年部门预算收入总计1286.54万元，其中：本年收入1192.74万元，上年结转结余93.80万元。
2025年支出预算1286.54万元，其中：基本支出878.23万元，项目支出408.31万元。

部门预算公开表
表一 部门收支总表
预算单位：某县某镇人民政府 | 预算年度：2025 | 单位：万元
收入 | 预算数 | 支出 | 预算数
|---|---|---|---|
一、一般公共预算拨款收入 | 1192.74 | 一、一般公共服务支出 | 1286.54
本年收入合计 | 1192.74 | 本年支出合计 | 1286.54
上年结转结余 | 93.80 | 年终结转结余 |
收入总计 | 1286.54 | 支出总计 | 1286.54
"""


def test_a_title_ending_in_contents_with_its_fields_after_them_names_the_unit_and_is_ok() -> None:
    out = process(_DOCUMENT.encode(), "d")
    assert out.document["status"] == "ok", out.document["problems"]
    assert (out.document["unit_name"], out.document["fiscal_year"]) == ("某县某镇人民政府", "2025")
    kept = {r["metric"]: r["value"] for r in out.rows["raw_narrative_figures"] if r["is_rejected"] == "false"}
    assert kept["basic_expenditure"] == "8782300.00"
    assert [t["table_kind"] for t in out.rows["raw_tables"]] == ["dept_summary"]


def test_piped_table_rows_are_read_cell_by_cell() -> None:
    rows = process(_DOCUMENT.encode(), "d").rows["raw_summary_items"]
    read = {(r["side"], r["item_key"]): r["amount_yuan"] for r in rows}
    assert read[("income", "carryover_total")] == "938000.00"
    assert read[("income", "total")] == read[("expenditure", "total")] == "12865400.00"


def test_pipes_become_tabs_only_in_blocks_of_rows_with_an_amount() -> None:
    lines = [
        "标题 | 某局2026年部门预算情况说明 | ||",
        "发布日期 | 2026-02-01",
        "",
        "| 项目 | 金额 |",
        "| :--- | ---: |",
        "| 基本支出 | 1,200.50 |",
        "| 项目支出 | |",
        "正文一行。",
    ]
    assert tabulate_pipes(lines) == [
        "标题 | 某局2026年部门预算情况说明 | ||",
        "发布日期 | 2026-02-01",
        "",
        "项目\t金额",
        "",
        "基本支出\t1,200.50",
        "项目支出\t",
        "正文一行。",
    ]
