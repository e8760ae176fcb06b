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
TEMPLATE = "部门决算模板（空白）"  # the blank national template: no unit's disclosure
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
    wrong (Hangzhou's 三公 header of five lines, Foshan's 决算 tables)."""
    pdf, text = extracted(PUBLISHED / f"{name}.pdf"), extracted(LAYOUT / f"{name}.txt")
    for kind in FIGURE_KEYS:
        assert figures(text, kind) <= figures(pdf, kind), kind
    if name == TEMPLATE:  # its unit is '上海市XX局': failed in either format, nothing of it used
        for output in (pdf, text):
            assert output.document["status"] == "failed"
            # (the text's reader notes its unclear headers first: reading comes before identity)
            assert [p["code"] for p in output.rows["raw_problems"]][-1] == "unit_name_placeholder"
            assert [p["severity"] for p in output.rows["raw_problems"]][-1] == "error"
            assert set(output.rows) == {"raw_problems"}
        return
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


def test_a_table_whose_printed_figures_were_not_read_is_not_empty():
    """The Putuo 决算's 收入决算表: its header cannot be laid out, its rows (合计 2,946.25 …) fit
    no header. It prints figures, so it is not empty; the 三公 table, printed without one, is."""
    text = extracted(LAYOUT / "上海市普陀区财政局2024年度部门决算（含错误的测试版本）.txt")
    tables = {t["table_kind"]: (t["is_empty"], t["value_count"]) for t in text.rows["raw_tables"] if t["table_kind"]}
    assert tables["fa_income"] == ("false", "0")
    assert tables["three_public"] == ("true", "0")
    assert tables["fa_summary"] == ("false", "12")
    assert any(p["code"] == "aligned_header_unclear" and p["source_line"] == "163" for p in text.rows["raw_problems"])


FOSHAN = "广东佛山_佛山市轨道交通局_2019年度_部门决算"
HANGZHOU = "浙江杭州_杭州市司法局_2026年度_部门预算"


def test_the_foshan_final_accounts_as_layout_text_give_its_function_and_economic_figures():
    """pdftotext counts a CJK character as one position: measured so, the 收入/支出/政府性基金 决算
    tables and the 基本支出 economic table line up under their headers; the 总表s' header words
    ('项   目   行次   决算数', set narrower than the figures) name their columns in order, the
    letter-spaced '栏   次' row numbers them, and '一般公共预算财' / '政拨款' is one wrapped label.
    The 三公 table's 预算数 | 决算数 each span a run of columns named alike (合计 | 因公出国（境）费 |
    …): all its parts but the 公务用车 小计, whose group the text does not place over it. Every
    figure read is the PDF's."""
    pdf, text = extracted(PUBLISHED / f"{FOSHAN}.pdf"), extracted(LAYOUT / f"{FOSHAN}.txt")
    function, economic = figures(text, "raw_function_lines"), figures(text, "raw_economic_lines")
    assert len(function) == 162 and function <= figures(pdf, "raw_function_lines")
    assert len(economic) == 55 and economic <= figures(pdf, "raw_economic_lines")
    assert ("fa_expenditure", "2140101", "total", "6092900.00") in function  # 行政运行 609.29 万元
    summary = figures(text, "raw_summary_items")
    assert len(summary) == 61 and summary <= figures(pdf, "raw_summary_items")
    fiscal_221 = ("fa_fiscal_summary", "expenditure", "category", "221", "general_public_budget", "", "608700.00")
    assert fiscal_221 in summary  # 十九、住房保障支出 | 一般公共预算财政拨款 60.87 万元
    three = figures(pdf, "raw_three_public")
    assert figures(text, "raw_three_public") == {f for f in three if f[1] != "vehicle_total"}
    assert ("three_public", "reception", "current", "actual", "1600.00") in three  # 公务接待费 决算数 0.16 万元


def test_the_hangzhou_budget_as_layout_text_reads_its_letter_spaced_summary_headers():
    """'项       目       预算数' and '收       入' are words: the two 收支预算总表 give 21 of the PDF's
    summary figures, each equal to it (18 until a table's rows went on after a page's running header)."""
    pdf, text = extracted(PUBLISHED / f"{HANGZHOU}.pdf"), extracted(LAYOUT / f"{HANGZHOU}.txt")
    summary = figures(text, "raw_summary_items")
    assert len(summary) == 21 and summary <= figures(pdf, "raw_summary_items")
