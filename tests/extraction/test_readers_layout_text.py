"""A published PDF converted with ``pdftotext -layout`` reads as the PDF itself, or less — never
a figure the PDF does not give.

The texts are tests/fixtures/published/layout_text/ (see its README): the real samples as
poppler writes them, tables aligned with runs of spaces, each page laid out on its own,
one character a position (CJK included), headers of several lines with merged cells.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extract.pipeline import DocumentOutput, process_file
from extract.readers import read_document

PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "published"
LAYOUT = PUBLISHED / "layout_text"

# what a table figure is, whatever the format: its table, code/item, measure and amount
FIGURE_KEYS = {
    "raw_function_lines": ("table_kind", "code", "measure", "amount_yuan"),
    "raw_economic_lines": ("table_kind", "code", "measure", "amount_yuan"),
    "raw_summary_items": ("table_kind", "side", "item_key", "function_code", "measure", "value_role", "amount_yuan"),
    "raw_three_public": ("table_kind", "item", "period", "value_role", "amount_yuan"),
}
# the column or item a figure is given to; a figure without one is no figure
NAMED_BY = {
    "raw_function_lines": "measure",
    "raw_economic_lines": "measure",
    "raw_summary_items": "item_key",
    "raw_three_public": "item",
}


@cache
def extracted(path: Path) -> DocumentOutput:
    return process_file(str(path))


def figures(output: DocumentOutput, kind: str) -> set[tuple[str, ...]]:
    keys = FIGURE_KEYS[kind]
    return {tuple(row.get(k, "") for k in keys) for row in output.rows.get(kind, []) if row.get(NAMED_BY[kind])}


BUDGETS = ["上海市普陀区司法局2026年部门预算", "上海市普陀区司法局2026年单位预算"]
ALL = sorted(p.stem for p in LAYOUT.glob("*.txt"))


@pytest.mark.parametrize("name", BUDGETS)
def test_a_district_budget_as_layout_text_gives_the_pdfs_table_figures(name):
    """Every function, economic and summary figure of the PDF, exact to the cent, and status 'ok'."""
    pdf, text = extracted(PUBLISHED / f"{name}.pdf"), extracted(LAYOUT / f"{name}.txt")
    assert text.document["status"] == "ok", text.document["problems"]
    assert text.document["source_format"] == "text"
    for kind in ("raw_function_lines", "raw_economic_lines", "raw_summary_items"):
        assert figures(text, kind) == figures(pdf, kind), kind
    assert len(figures(pdf, "raw_function_lines")) == 242
    assert len(figures(pdf, "raw_economic_lines")) == 90
    assert len(figures(pdf, "raw_summary_items")) >= 27
    # 三公: every part but the 公务用车 小计, whose group header the text cannot place over it
    three = figures(pdf, "raw_three_public")
    assert len(three) == 7
    assert figures(text, "raw_three_public") == {f for f in three if f[1] != "vehicle_total"}


@pytest.mark.parametrize("name", ALL)
def test_layout_text_never_gives_a_figure_the_pdf_does_not(name):
    """A header the text cannot lay out column by column leaves its figures unread: missing, never
    wrong (Hangzhou's 三公 header of five lines, Foshan's 决算 tables, the 决算 template)."""
    pdf, text = extracted(PUBLISHED / f"{name}.pdf"), extracted(LAYOUT / f"{name}.txt")
    for kind in FIGURE_KEYS:
        assert figures(text, kind) <= figures(pdf, kind), kind
    # ... and the document says so: 'partial', naming the table's line
    unclear = [p for p in text.rows["raw_problems"] if p["code"] == "aligned_header_unclear"]
    if name in BUDGETS:
        assert not unclear and text.document["status"] == "ok"
    else:
        assert unclear and all(p["severity"] == "partial" and p["source_line"] for p in unclear)
        assert text.document["status"] == "partial"


def test_the_unit_line_stays_a_line_and_the_page_header_cells_are_spelled_out():
    lines = read_document((LAYOUT / f"{BUDGETS[0]}.txt").read_bytes()).linear().lines
    # '编制部门：…   单位：元' is no table row: it gives the table's unit
    assert any(line.startswith("编制部门：上海市普陀区司法局") and line.endswith("单位：元") for line in lines)
    # 'amount then label' with one space between ('96,282,213.44 一、公共安全支出') is two cells
    assert "一、财政拨款收入\t96,282,213.44\t一、公共安全支出\t87,267,272.44" in lines
    # a 类 | 款 | 项 row whose positions are counted one per character, CJK included
    assert "204\t06\t01\t行政运行\t16726725.44\t16726725.44\t0.00\t0.00\t0.00" in lines
    # a header cell wrapped over two lines ('机关运行经费预算' / '数') is one label
    assert any("机关运行经费预算数" in line.split("\t") for line in lines)
