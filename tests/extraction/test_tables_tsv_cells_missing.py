"""Wrong is worse than missing (issue 20, kind 10): a tab-separated table row with a cell missing.

A PDF text export may drop an empty cell of a row: '205\\t教育支出\\t50.00\\t50.00' under
合计 | 基本支出 | 项目支出 does not say whether the second 50.00 is basic or project money.
Only the total (printed first) is certain; the other figures are not placed under a guessed
label, and the row is recorded as a 'partial' problem 'row_cells_missing'. An empty cell kept
in place ('50.00\\t\\t50.00') places every figure exactly. Amounts in 元 (万元 × 10000).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.pipeline import process

D = Decimal

HEAD = "上海市普陀区教育局\n2026年部门预算情况说明\n一、部门预算编制说明\n支出预算100.00万元。\n\n"


def _run(body: str):
    out = process((HEAD + body).encode("utf-8"), "test")
    return out.document, out.rows


def _lines(rows, table: str) -> dict[tuple[str, str], Decimal]:
    return {(r["code"], r["measure"]): D(r["amount_yuan"]) for r in rows.get(table, [])}


def _problems(rows, code: str) -> list[dict[str, str]]:
    return [p for p in rows.get("raw_problems", []) if p["code"] == code]


FUNCTION = (
    "2026年部门一般公共预算支出功能分类预算表\n单位：万元\n"
    "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
    "{row}\n"
    "208\t社会保障和就业支出\t50.00\t50.00\t0.00\n"
    "\t合计\t100.00\t50.00\t50.00\n"
)


def test_wrong_is_worse_than_missing_a_row_with_a_cell_missing_keeps_only_its_total():
    document, rows = _run(FUNCTION.format(row="205\t教育支出\t50.00\t50.00"))
    lines = _lines(rows, "raw_function_lines")
    assert lines[("205", "total")] == D("500000.00")
    assert ("205", "basic") not in lines and ("205", "project") not in lines  # never under a guessed label
    assert lines[("208", "basic")] == D("500000.00") and lines[("", "project")] == D("500000.00")
    (problem,) = _problems(rows, "row_cells_missing")
    assert problem["severity"] == "partial" and problem["source_line"] == "9"
    assert "205" in problem["message"] and "50.00 (基本支出)" in problem["message"]
    assert document["status"] == "partial"


def test_wrong_is_worse_than_missing_an_empty_cell_kept_in_place_places_the_figures():
    document, rows = _run(FUNCTION.format(row="205\t教育支出\t50.00\t\t50.00"))
    lines = _lines(rows, "raw_function_lines")
    assert lines[("205", "total")] == lines[("205", "project")] == D("500000.00")
    assert ("205", "basic") not in lines
    assert not _problems(rows, "row_cells_missing") and document["status"] == "ok"


def test_wrong_is_worse_than_missing_a_trailing_empty_cell_kept_places_the_figures():
    _, rows = _run(FUNCTION.format(row="205\t教育支出\t50.00\t50.00\t"))
    lines = _lines(rows, "raw_function_lines")
    assert lines[("205", "basic")] == D("500000.00") and ("205", "project") not in lines
    assert not _problems(rows, "row_cells_missing")


def test_wrong_is_worse_than_missing_a_short_row_with_its_total_only_loses_nothing():
    _, rows = _run(FUNCTION.format(row="205\t教育支出\t50.00"))
    assert _lines(rows, "raw_function_lines")[("205", "total")] == D("500000.00")
    assert not _problems(rows, "row_cells_missing")  # the missing cells held no figure


@pytest.mark.parametrize(
    ("header", "row"),
    [
        # no total column first: no figure of the short row is certain
        ("科目编码\t科目名称\t基本支出\t项目支出", "205\t教育支出\t50.00"),
        # the name cell lost: the first figure stands in the name column
        ("科目编码\t科目名称\t合计\t基本支出\t项目支出", "205\t50.00\t50.00\t0.00"),
    ],
)
def test_wrong_is_worse_than_missing_a_short_row_without_a_certain_total_keeps_no_figure(header, row):
    body = f"2026年部门一般公共预算支出功能分类预算表\n单位：万元\n{header}\n{row}\n"
    _, rows = _run(body)
    assert not [r for r in rows.get("raw_function_lines", []) if r["code"] == "205"]
    assert _problems(rows, "row_cells_missing")


def test_wrong_is_worse_than_missing_an_economic_row_with_a_cell_missing():
    body = (
        "2026年部门一般公共预算基本支出经济分类预算表\n单位：万元\n"
        "科目编码\t科目名称\t合计\t人员经费\t公用经费\n"
        "301\t工资福利支出\t40.00\t40.00\n"
        "302\t商品和服务支出\t10.00\t0.00\t10.00\n"
        "\t合计\t50.00\t40.00\t10.00\n"
    )
    _, rows = _run(body)
    lines = _lines(rows, "raw_economic_lines")
    assert lines[("301", "total")] == D("400000.00") and ("301", "personnel") not in lines
    assert lines[("302", "public")] == D("100000.00") and not lines.get(("302", "personnel"))
    assert len(_problems(rows, "row_cells_missing")) == 1
    # a table that keeps its empty cells in place ('10.00\t\t10.00') lost only the trailing
    # empty cell of the short row: its figures line up with the header from the left
    _, rows = _run(body.replace("10.00\t0.00\t10.00", "10.00\t\t10.00"))
    lines = _lines(rows, "raw_economic_lines")
    assert lines[("301", "personnel")] == D("400000.00") and ("301", "public") not in lines
    assert not _problems(rows, "row_cells_missing")


def _aligned(cells: tuple[str, ...]) -> str:
    """A line of a table aligned with spaces: code and name left-aligned, figures right-aligned."""
    code, name, *figures = cells
    line = code.ljust(19) + name.ljust(36)
    return line + "".join(f.rjust(16) for f in figures).rstrip() + "\n"


def test_space_aligned_row_with_an_empty_cell_is_placed_by_position():
    """The space-aligned layout places each figure by its position: no cell is lost."""
    rows_ = [
        ("功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"),
        ("205", "教育支出", "50.00", "", "50.00"),
        ("208", "社会保障和就业支出", "50.00", "50.00", "0.00"),
        ("", "合计", "100.00", "50.00", "50.00"),
    ]
    body = "2026年部门一般公共预算支出功能分类预算表\n单位：万元\n" + "".join(_aligned(r) for r in rows_)
    _, rows = _run(body)
    lines = _lines(rows, "raw_function_lines")
    assert lines[("205", "project")] == D("500000.00") and ("205", "basic") not in lines
    assert not _problems(rows, "row_cells_missing")


def test_wrong_is_worse_than_missing_a_three_public_row_with_a_cell_missing_keeps_only_its_total():
    header = "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t机关运行经费\n\t\t\t小计\t购置费\t运行费\t\n"
    body = "2026年部门“三公”经费和机关运行经费预算表\n单位：万元\n" + header + "{row}\n"
    _, rows = _run(body.format(row="10.81\t0.83\t9.98\t0\t9.98\t217.83"))  # 出国 cell lost
    items = {r["item"]: D(r["amount_yuan"]) for r in rows.get("raw_three_public", [])}
    assert items == {"total": D("108100.00")}  # 0.83 is not 因公出国 money, 217.83 not 运行费
    assert len(_problems(rows, "row_cells_missing")) == 1
    _, rows = _run(body.format(row="10.81\t0\t0.83\t9.98\t0\t9.98\t217.83"))
    items = {r["item"]: D(r["amount_yuan"]) for r in rows.get("raw_three_public", [])}
    assert items["reception"] == D("8300.00") and items["operating_cost"] == D("2178300.00")
    assert not _problems(rows, "row_cells_missing")
