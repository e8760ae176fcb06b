"""A row whose trailing empty cells an editor trimmed is complete, not cut (fresh-user trial 5, F2).

Many editors and exporters strip trailing whitespace: '2210201\\t住房公积金\\t46.20\\t46.20' under
科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 lost its empty 项目支出 cell, the file still ending
with a line break. In a table that keeps its empty cells in place elsewhere ('200.00\\t\\t200.00',
'420.00\\t420.00\\t'), such a row lost only trailing empty cells: its figures line up with the
header from the left and are read. A file is cut off only where it stops inside a row without a
line break. Made-up documents; amounts in 元 (万元 × 10000).
"""

from __future__ import annotations

from decimal import Decimal

from extract.pipeline import process

D = Decimal

HEAD = "湖南省凤凰县测试镇人民政府\n2025年部门预算情况说明\n一、部门预算编制说明\n支出预算856.20万元。\n\n"
TABLE = (
    "一般公共预算支出表\n单位：万元\n"
    "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
    "\t合计\t746.20\t546.20\t200.00\n"
    "2010301\t行政运行\t420.00\t420.00\t\n"
    "{middle}\n"
    "2130705\t对村民委员会和村党支部的补助\t200.00\t\t200.00\n"
    "2210201\t住房公积金\t46.20\t46.20"
)


def _run(text: str):
    out = process((HEAD + text).encode("utf-8"), "test")
    return out.document, out.rows


def _lines(rows) -> dict[tuple[str, str], Decimal]:
    return {(r["code"], r["measure"]): D(r["amount_yuan"]) for r in rows.get("raw_function_lines", [])}


def _codes(rows) -> list[str]:
    return sorted(p["code"] for p in rows.get("raw_problems", []) if p["severity"] != "warning")


def test_a_last_row_with_its_trailing_empty_cell_trimmed_is_read_whole_and_not_cut():
    document, rows = _run(TABLE.format(middle="2080505\t机关事业单位基本养老保险缴费支出\t80.00\t80.00\t") + "\n")
    lines = _lines(rows)
    assert lines[("2210201", "total")] == lines[("2210201", "basic")] == D("462000.00")
    assert ("2210201", "project") not in lines
    assert _codes(rows) == [] and document["status"] == "ok"


def test_a_row_in_the_middle_with_its_trailing_empty_cell_trimmed_is_read_whole():
    _, rows = _run(TABLE.format(middle="2080505\t机关事业单位基本养老保险缴费支出\t80.00\t80.00") + "\n")
    lines = _lines(rows)
    assert lines[("2080505", "basic")] == D("800000.00") and ("2080505", "project") not in lines
    assert "row_cells_missing" not in _codes(rows)


def test_a_file_that_stops_inside_its_last_row_without_a_line_break_is_still_cut_off():
    document, rows = _run(TABLE.format(middle="2080505\t机关事业单位基本养老保险缴费支出\t80.00\t80.00\t"))
    assert "table_cut_off" in _codes(rows) and document["status"] == "partial"
    assert ("2210201", "basic") not in _lines(rows)  # the cut line may stop mid-number


def test_a_short_row_whose_cells_do_not_line_up_is_not_read_as_trimmed():
    # a word under a figure column: the row's cells are not those of the header from the left
    _, rows = _run(TABLE.format(middle="2080505\t机关事业单位\t基本养老保险\t80.00") + "\n")
    assert "row_cells_missing" in _codes(rows)
    assert ("2080505", "basic") not in _lines(rows)


def test_a_short_row_in_a_table_that_keeps_no_empty_cell_stays_unplaced():
    # no row keeps an empty cell in place: a cell may have been dropped anywhere (a PDF export)
    text = (
        "一般公共预算支出表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t100.00\t60.00\t40.00\n205\t教育支出\t50.00\t50.00\n208\t社会保障和就业支出\t50.00\t10.00\t40.00\n"
    )
    _, rows = _run(text)
    assert _codes(rows) == ["row_cells_missing"]
    assert ("205", "basic") not in _lines(rows) and _lines(rows)[("205", "total")] == D("500000.00")


def test_a_trimmed_row_whose_figures_do_not_add_up_from_the_left_stays_unplaced():
    # 420.00 = 300.00 + ?: the row is not whole read from the left (a cell lost inside it)
    _, rows = _run(TABLE.format(middle="2080505\t机关事业单位基本养老保险缴费支出\t80.00\t30.00") + "\n")
    assert "row_cells_missing" in _codes(rows)
    lines = _lines(rows)
    assert lines[("2080505", "total")] == D("800000.00") and ("2080505", "basic") not in lines


def test_a_last_row_broken_off_before_its_first_figure_is_cut_off_though_blank_lines_follow():
    """'2210201\\t住房' and then blank lines: a table row is never printed without a figure, so the
    row was broken off (a download padded or re-saved after the cut), whatever line breaks follow."""
    cut = TABLE.format(middle="2080505\t机关事业单位基本养老保险缴费支出\t80.00\t80.00\t").rsplit("\n", 1)[0]
    document, rows = _run(cut + "\n2210201\t住房" + "\n" * 40)
    assert "table_cut_off" in _codes(rows) and document["status"] == "partial"
    lines = _lines(rows)
    assert lines[("2130705", "project")] == D("2000000.00")  # the rows above it are kept
