"""Issue 20, kind 2 (text copied from a PDF, as held-out documents print it): a table's rows go on
after a page's number and running header ('— 5 —', the title block repeated, or a short line of
other words between two coded rows). Before: the rows after the page break were dropped and the
document stayed 'ok', its 项 named in the text unresolved. Rows a line of other words still cuts off
are reported ('untitled_rows'), never dropped in silence."""

from __future__ import annotations

import pytest

from extract.pipeline import process

_HEAD = [
    "某县水利局2025年部门预算",
    "",
    "表3　一般公共预算支出表",
    "单位：万元",
    "科目编码\t科目名称\t合计\t基本支出\t项目支出",
]
_BEFORE = [
    "\t合计\t300.00\t200.00\t100.00",
    "213\t农林水支出\t300.00\t200.00\t100.00",
    "21303\t水利\t300.00\t200.00\t100.00",
    "",
]
_AFTER = ["", "2130301\t行政运行\t200.00\t200.00\t0.00", "2130399\t其他水利支出\t100.00\t0.00\t100.00", ""]
_TEXT = [
    "二、一般公共预算支出情况",
    "2025年一般公共预算支出300.00万元，其中：农林水支出（类）水利（款）行政运行（项）200.00万元。",
]


def _read(chrome: list[str]):
    return process("\n".join([*_HEAD, *_BEFORE, *chrome, *_AFTER, *_TEXT, ""]).encode(), "a")


@pytest.mark.parametrize(
    "chrome",
    [
        ["— 5 —", "", "某县水利局2025年部门预算"],  # the page number, then the title block repeated
        ["第 5 页"],
        ["部门预算公开材料"],  # a running header of other words between two coded rows
        ["第 6 页", "", "城固县水利局2025年部门预算"],  # (held-out set 83: the title block's words differ, a year)
    ],
)
def test_a_tables_rows_go_on_after_a_pages_chrome(chrome) -> None:
    out = _read(chrome)
    assert out.document["status"] == "ok", out.document["problems"]
    codes = {r["code"] for r in out.rows["raw_function_lines"]}
    assert {"2130301", "2130399"} <= codes
    kept = {(r["metric"], r["function_code"], r["value"]) for r in out.rows["raw_narrative_figures"]}
    assert ("expenditure_function", "2130301", "2000000.00") in kept  # the 项 told by the table's names
    assert "untitled_rows" not in {p["code"] for p in out.rows.get("raw_problems", [])}


def test_rows_cut_off_by_other_words_are_reported_not_dropped() -> None:
    out = _read(["— 5 —", "部门预算公开材料，第二部分"])  # punctuated: no page chrome
    problems = [p for p in out.rows.get("raw_problems", []) if p["code"] == "untitled_rows"]
    assert len(problems) == 1
    assert "2 row(s) of figures under function or economic codes" in problems[0]["message"]
    assert "(line 11: a page's header or other words)" in problems[0]["message"]  # (the page number skipped)
    assert "2130301" not in {r["code"] for r in out.rows["raw_function_lines"]}


def test_narrative_after_the_last_table_still_ends_it() -> None:
    out = process("\n".join([*_HEAD, *_BEFORE, *_TEXT, ""]).encode(), "a")
    assert out.document["status"] == "ok", out.document["problems"]
    assert "untitled_rows" not in {p["code"] for p in out.rows.get("raw_problems", [])}


# held-out set 83 (Shaanxi, a 水利局 budget as PDF page text): a remark in brackets ending a title may hold a
# comma ('表5  部门综合预算一般公共预算支出明细表（按功能科目，当年拨款）'); before, the line was taken for a
# sentence, no title was read and its rows were left under the table before it
def test_a_titles_remark_in_brackets_may_hold_a_comma() -> None:
    from extract.tables import titles

    line = "表5  部门综合预算一般公共预算支出明细表（按功能科目，当年拨款）"
    assert titles._candidate(line) == "表5：部门综合预算一般公共预算支出明细表（按功能科目，当年拨款）"
    assert titles.kind_of(line) == "gpb_function"
    assert titles._candidate("本部门支出预算表，按功能科目分列如下") == ""  # (a sentence stays none)
