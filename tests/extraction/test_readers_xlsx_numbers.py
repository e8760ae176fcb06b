"""Kind: a spreadsheet number is read as the publisher sees it (issue 20, kind 9: complete
documents 'ok'; kind 10: never a wrong figure).

A fresh-user trial's .xlsx stored a formula's result as the double 186.79999999999998 (Excel
shows 186.80): the amount was refused ('places beyond the fen') and the document 'partial'. A
number is now read at Excel's 15 significant digits, else by its cell's number format when that
fixes the decimal places; a value with more places than any format shows stays refused, never
silently rounded (the rule: extract/readers/xlsx.py). The trial's workbook is in
tests/fixtures/tables/trial3/ (made up, its figures our own)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from extract.pipeline import DocumentOutput, process, process_file
from extract.readers.xlsx import format_places, number_text

TRIAL = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "trial3"


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (186.79999999999998, "", "186.8"),  # 15 significant digits: Excel's precision
        (206.80000000000001, "General", "206.8"),
        (0.1 + 0.2, "", "0.3"),
        (70.0, "0.00", "70"),
        (186.805, "0.00", "186.81"),  # the format fixes two places: as Excel shows it
        (186.805, "#,##0.00_ ;[Red]-#,##0.00", "186.81"),
        (-186.805, "0.00", "-186.81"),  # half away from zero, as Excel displays
        (186.805, "#,##0", "187"),
        (0.19354, "0.00%", "19.35%"),
        (186.805, "General", "186.805"),  # no fixed places: kept, refused by the extractor
        (186.805, "", "186.805"),
        (186.805, "0.000", "186.805"),
        (186.805, "yyyy-mm-dd", "186.805"),
    ],
)
def test_number_text(value: float, number_format: str, text: str) -> None:
    assert number_text(value, number_format) == text


def test_format_places() -> None:
    assert format_places("0.00") == (2, False)
    assert format_places('"¥"#,##0.00') == (2, False)
    assert format_places("_ * #,##0.00_ ;_ * \\-#,##0.00_ ") == (2, False)
    assert format_places("0.0%") == (1, True)
    assert format_places("General") is None
    assert format_places("@") is None


def test_trial_workbook_with_formula_results_stored_as_binary_floats() -> None:
    out = process_file(str(TRIAL / "a36_xlsx_float_repr_cells.xlsx"))
    assert out.document["status"] == "ok"
    assert out.rows.get("raw_problems", []) == []
    got = {(r["code"], r["measure"]): r["amount_yuan"] for r in out.rows["raw_function_lines"]}
    assert got == {
        ("", "total"): "2568000.00",
        ("", "basic"): "1868000.00",  # stored 186.79999999999998: never 1,867,999.99…
        ("", "project"): "700000.00",
        ("201", "total"): "2068000.00",
        ("201", "basic"): "1368000.00",
        ("201", "project"): "700000.00",
        ("221", "total"): "500000.00",
        ("221", "basic"): "500000.00",
    }


def workbook(basic: float, number_format: str) -> bytes:
    """A budget workbook whose 合计 row's 基本支出 cell stores ``basic`` under ``number_format``."""
    book = Workbook()
    sheet = book.active
    sheet.title = "表二"
    for row in (
        ["重庆市北碚区示例局"],
        ["2025年部门预算情况说明"],
        ["一般公共预算财政拨款支出预算表"],
        ["单位：万元"],
        ["科目编码", "科目名称", "总计", "基本支出", "项目支出"],
        ["合计", "", 256.81, basic, 70],
        ["201", "一般公共服务支出", 256.81, basic, 70],
    ):
        sheet.append(row)
    for cell in ("D6", "D7"):
        sheet[cell].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def basic_amounts(out: DocumentOutput) -> set[str]:
    return {r["amount_yuan"] for r in out.rows["raw_function_lines"] if r["measure"] == "basic"}


def test_a_number_format_with_two_places_is_read_as_shown() -> None:
    out = process(workbook(186.805, "#,##0.00"), "fmt2")
    assert basic_amounts(out) == {"1868100.00"}  # 186.81 万元, as the sheet shows it
    assert out.document["status"] == "ok"


def test_a_value_with_more_places_than_its_format_fixes_is_never_rounded() -> None:
    # 186.8051234 万元 = 1,868,051.234 元: places beyond the fen, which 'General' does not hide
    out = process(workbook(186.8051234, "General"), "general")
    assert basic_amounts(out) == set()
    assert ("partial", "amount_not_exact") in {(p["severity"], p["code"]) for p in out.rows["raw_problems"]}
    assert out.document["status"] == "partial"


def test_formula_cells_without_a_stored_result_are_named_never_read_as_empty(tmp_path: Path) -> None:
    """A workbook written by a program that does not compute formulas (openpyxl writes the formula
    and no result): the 合计 and 类 rows are formulas a reader sees empty. The document is
    'partial' with the cells named, never 'ok' with those figures silently missing."""
    book = Workbook()
    sheet = book.active
    sheet.title = "表2"
    rows = [
        ["某县档案馆2026年部门预算"],
        ["一般公共预算支出功能分类预算表"],
        ["单位：万元"],
        ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
        ["", "合计", "=SUM(C6:C6)", "=SUM(D6:D6)", "=SUM(E6:E6)"],
        ["2013201", "行政运行", 175.7, 175.7, 0],
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    out = process_file(str(path))
    problems = {(p["severity"], p["code"]): p["message"] for p in out.rows.get("raw_problems", [])}
    message = problems[("partial", "formula_without_result")]
    assert message.startswith("3 formula cell(s) store no computed result (sheet1: C5, sheet1: D5, sheet1: E5)")
    assert out.document["status"] == "partial"


def test_formulas_with_their_stored_results_are_read_and_raise_nothing(tmp_path: Path) -> None:
    """The same workbook once a spreadsheet program has saved it: each formula keeps its result
    (``<v>``) beside it, and that result is the figure read."""
    import re
    import zipfile

    book = Workbook()
    sheet = book.active
    for row in [
        ["某县档案馆2026年部门预算"],
        ["一般公共预算支出功能分类预算表"],
        ["单位：万元"],
        ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
        ["", "合计", "=SUM(C6:C6)", "=SUM(D6:D6)", "=SUM(E6:E6)"],
        ["2013201", "行政运行", 175.7, 175.7, 0],
    ]:
        sheet.append(row)
    written = tmp_path / "written.xlsx"
    book.save(written)
    saved = tmp_path / "saved.xlsx"
    results = {"C": "175.7", "D": "175.7", "E": "0"}
    with zipfile.ZipFile(written) as src, zipfile.ZipFile(saved, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(
                    rb'(<c r="([CDE])5"><f>[^<]*</f>)<v></v>',
                    lambda m: m.group(1) + b"<v>" + results[m.group(2).decode()].encode() + b"</v>",
                    data,
                )
            dst.writestr(item, data)
    from extract.readers.xlsx import formulas_without_result

    assert formulas_without_result(written.read_bytes()) == ["sheet1: C5", "sheet1: D5", "sheet1: E5"]
    assert formulas_without_result(saved.read_bytes()) == []
    out = process_file(str(saved))
    assert "formula_without_result" not in {p["code"] for p in out.rows.get("raw_problems", [])}
    got = {(r["code"], r["measure"]): r["amount_yuan"] for r in out.rows["raw_function_lines"]}
    assert got[("", "total")] == "1757000.00" and got[("", "basic")] == "1757000.00"


def test_a_formula_without_result_is_named_by_its_own_cell_after_empty_styled_cells() -> None:
    # an empty cell with a style is written self-closed ('<c r="A1" s="1"/>'): never the formula's name
    import zipfile

    from extract.readers.xlsx import formulas_without_result

    cells = (
        b'<c r="A1" s="1"/><c r="B1"><f>SUM(B2:B3)</f><v></v></c><c r="C1" s="2"/>'
        b'<c r="D1"><f>1+1</f><v>2</v></c><c r="E1" t="str"><f>A1</f></c>'
    )
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as book:
        book.writestr("xl/workbook.xml", "<workbook/>")
        book.writestr(
            "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row r='1'>" + cells + b"</row></sheetData></worksheet>"
        )
    assert formulas_without_result(data.getvalue()) == ["sheet1: B1", "sheet1: E1"]
