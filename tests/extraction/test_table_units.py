"""A table's unit line: every standard Chinese money unit is read exactly (元, 千元, 万元, 十万元,
百万元, 千万元, 亿元, in their spacing / full-width / bracket variants); a unit line naming a unit
the extractor does not scale (美元, 万美元, %) leaves the table unread with the problem
'amount_unit_unknown', never read in the document's unit."""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from extract.numbers import NumberError, split_unit, to_yuan
from extract.pipeline import DocumentOutput, process
from extract.tables import TablesOutput, parse_tables
from extract.tables.meta import is_known_unit, unit_of
from extract.tables.titles import find_titles

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("单位：元", "元"),
        ("单位：千元", "千元"),
        ("单位：万元", "万元"),
        ("单位：十万元", "十万元"),
        ("单位：百万元", "百万元"),
        ("单位：千万元", "千万元"),
        ("单位：亿元", "亿元"),
        ("单位:千元", "千元"),
        ("单位 ： 千 元", "千元"),
        ("单\u3000位：千元\u3000\u3000", "千元"),
        ("（单位：千元）", "千元"),
        ("(单位:千元)", "千元"),
        ("单位：（千元）", "千元"),
        ("金额单位：千元", "千元"),
        ("货币单位：百万元", "百万元"),
        ("单位：人民币万元", "万元"),
        ("编制部门：某某局        单位：千元", "千元"),
        ("部门： 佛山市轨道交通局 单位：亿元", "亿元"),
        # units it does not scale: read as printed, never as a known unit
        ("单位：美元", "美元"),
        ("单位：万美元", "万美元"),
        ("（单位：港币）", "港币"),
        ("单位：%", "%"),
        ("单位：％", "%"),
        # not unit lines
        ("单位：上海市普陀区司法局", ""),
        ("编制单位：206001-重庆市綦江区经济和信息化委员会（本级）", ""),
        ("单位：人", ""),
        ("单位基本情况", ""),
    ],
)
def test_unit_of_reads_each_unit_and_variant(line: str, unit: str) -> None:
    assert unit_of(line) == unit
    assert is_known_unit(unit) == (unit not in ("", "美元", "万美元", "港币", "%"))


@pytest.mark.parametrize(
    ("value", "unit", "yuan"),
    [
        ("7000.00", "元", "7000.00"),
        ("7000.00", "千元", "7000000.00"),
        ("700.00", "万元", "7000000.00"),
        ("70.00", "十万元", "7000000.00"),
        ("7.00", "百万元", "7000000.00"),
        ("0.70", "千万元", "7000000.00"),
        ("0.07", "亿元", "7000000.00"),
        ("1.23456789", "亿元", "123456789.00"),
    ],
)
def test_to_yuan_is_exact_for_each_unit(value: str, unit: str, yuan: str) -> None:
    assert to_yuan(Decimal(value), unit) == Decimal(yuan)


def test_to_yuan_refuses_a_unit_it_does_not_know() -> None:
    with pytest.raises(NumberError):
        to_yuan(Decimal("1"), "美元")


def test_a_cell_with_its_own_unit_takes_the_longest() -> None:
    assert split_unit("1.5百万元") == ("1.5", "百万元")
    assert split_unit("3千元") == ("3", "千元")
    assert split_unit("2.1亿元") == ("2.1", "亿元")
    assert split_unit("717.61万元") == ("717.61", "万元")


NARRATIVE = "重庆市某区某局\n\n2027 年部门预算情况说明\n\n一、单位基本情况\n\n"
FUNCTION = """表一

2027年一般公共预算财政拨款支出预算表

{unit}

科目编码\t科目名称\t总计\t基本支出
合计\t\t{total}\t{total}
201\t一般公共服务支出\t{total}\t{total}
2010301\t行政运行\t{total}\t{total}
"""


def _function_lines(unit_line: str, total: str) -> tuple[dict[str, str], TablesOutput]:
    out = parse_tables((NARRATIVE + FUNCTION.format(unit=unit_line, total=total)).split("\n"))
    rows = {
        r["code"]: r["amount_yuan"]
        for r in out.result.rows.get("raw_function_lines", [])
        if r["measure"] == "total" and r["period"] == "current"
    }
    return rows, out


@pytest.mark.parametrize(
    ("unit_line", "total"),
    [
        ("单位：元", "7,000,000.00"),
        ("单位：千元", "7,000.00"),
        ("（单位：千元）", "7,000.00"),
        ("金额单位：千元", "7,000.00"),
        ("单位：万元", "700.00"),
        ("单位：百万元", "7.00"),
        ("单位：亿元", "0.07"),
        # a remark in brackets after the unit, 计量单位, and a unit line whose parts stand in
        # cells of their own: each read, never the 万元 of a table without a unit line
        ("单位：元（保留两位小数）", "7,000,000.00"),
        ("计量单位：元", "7,000,000.00"),
        ("编制单位：某某局\t\t单位：元", "7,000,000.00"),
        ("单位：万元（下同）", "700.00"),
    ],
)
def test_a_function_table_in_each_unit_gives_the_same_yuan(unit_line: str, total: str) -> None:
    rows, out = _function_lines(unit_line, total)
    assert rows == {"": "7000000.00", "201": "7000000.00", "2010301": "7000000.00"}
    assert out.result.rows["raw_tables"][0]["amount_unit"] == unit_of(unit_line)
    assert not [p for p in out.result.problems if p.severity != "warning"]


@pytest.mark.parametrize("unit_line", ["单位：美元", "单位：万美元", "单位：%"])
def test_an_unknown_unit_leaves_the_table_unread(unit_line: str) -> None:
    rows, out = _function_lines(unit_line, "7,000.00")
    assert rows == {}
    assert [(p.severity, p.code) for p in out.result.problems] == [("partial", "amount_unit_unknown")]
    assert out.result.rows["raw_tables"][0]["amount_unit"] == unit_of(unit_line)
    assert out.amount_unit == ""  # never the document's unit


def test_a_unit_glued_to_the_title_line() -> None:
    lines = ["2027年一般公共预算财政拨款支出预算表部门名称：某某局 单位：千元"]
    found = find_titles(lines)
    assert [(t.text, t.amount_unit) for t in found] == [("2027年一般公共预算财政拨款支出预算表", "千元")]


def _document_in(unit_line: str, factor: Decimal) -> bytes:
    """A bundled budget (data/raw/004) whose 表二 (一般公共预算财政拨款支出预算表) is printed in
    another unit: its unit line replaced, its figures multiplied by ``factor``."""
    lines = (RAW / "004_a76c5e7673ca46c8.txt").read_text(encoding="utf-8").split("\n")
    start, end = lines.index("表二"), lines.index("表三")
    assert lines[start:end].count("单位：万元") == 1

    def scaled(cell: str) -> str:
        if re.fullmatch(r"[\d,]+\.\d\d", cell):
            return f"{Decimal(cell.replace(',', '')) * factor:,.2f}"
        return cell

    for i in range(start, end):
        if lines[i] == "单位：万元":
            lines[i] = unit_line
        elif "\t" in lines[i]:
            lines[i] = "\t".join(scaled(c) for c in lines[i].split("\t"))
    return "\n".join(lines).encode("utf-8")


def _gpb_function(out: DocumentOutput) -> dict[tuple[str, str, str], str]:
    seqs = {r["table_seq"] for r in out.rows["raw_tables"] if r["table_kind"] == "gpb_function"}
    return {
        (r["code"], r["measure"], r["period"]): r["amount_yuan"]
        for r in out.rows.get("raw_function_lines", [])
        if r["table_seq"] in seqs
    }


@pytest.mark.parametrize(("unit_line", "factor"), [("单位：千元", Decimal(10)), ("（单位：元）", Decimal(10000))])
def test_a_document_with_a_table_in_another_unit(unit_line: str, factor: Decimal) -> None:
    out = process(_document_in(unit_line, factor), "units")
    lines = _gpb_function(out)
    # 行政运行 is printed 945.84 万元 (2025) and 772.31 万元 (2024) in the bundled document
    assert lines[("2010301", "total", "current")] == "9458400.00"
    assert lines[("2010301", "total", "prior_year")] == "7723100.00"
    assert lines[("", "total", "current")] == "26860200.00"  # 合计 2,686.02 万元
    assert out.document["status"] == "ok"
    assert out.document["amount_unit"] == "万元"  # its other tables


def test_a_document_with_a_table_in_dollars_is_partial() -> None:
    out = process(_document_in("单位：美元", Decimal(1)), "units")
    assert _gpb_function(out) == {}
    assert out.document["status"] == "partial"
    codes = [(p["severity"], p["code"], p["source_line"]) for p in out.rows["raw_problems"]]
    assert ("partial", "amount_unit_unknown", "119") in codes


# Every reader (PDF, Word, spreadsheet, web page, space-aligned text) hands its unit line to the
# same unit reader: the disclosure of tests/format_fixtures.py with its function table in 千元.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import format_fixtures as fixtures  # noqa: E402


def _in_thousands(cell: str) -> str:
    return f"{Decimal(cell) * 10:.2f}" if re.fullmatch(r"\d+\.\d\d", cell) else cell


def _aligned_text(unit_line: str) -> bytes:
    text = (RAW.parents[1] / "tests" / "fixtures" / "published" / "02_space_aligned_table.txt").read_text("utf-8")
    text = re.sub(r" (\d{3})\.00", r"\g<1>0.00", text)  # ×10, the columns kept aligned
    return text.replace("单位：万元", unit_line).encode("utf-8")


FORMAT_BUILDERS = {
    "pdf": fixtures.pdf_bytes,
    "docx": fixtures.docx_bytes,
    "xlsx": fixtures.xlsx_bytes,
    "html": fixtures.html_bytes,
}


def _format_document(case: str, unit_line: str, monkeypatch: pytest.MonkeyPatch) -> DocumentOutput:
    if case == "space_aligned_text":
        return process(_aligned_text(unit_line), "units")
    monkeypatch.setattr(fixtures, "UNIT_LINE", unit_line)
    monkeypatch.setattr(fixtures, "TABLE", [[_in_thousands(c) for c in row] for row in fixtures.TABLE])
    return process(FORMAT_BUILDERS[case](), "units")


@pytest.mark.parametrize("case", [*sorted(FORMAT_BUILDERS), "space_aligned_text"])
@pytest.mark.parametrize("unit_line", ["单位：千元", "（单位：千元）"])
def test_every_reader_reads_a_table_in_thousands(case: str, unit_line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _format_document(case, unit_line, monkeypatch)
    rows = out.rows["raw_function_lines"]
    assert {(r["code"], r["measure"]): r["amount_yuan"] for r in rows} == fixtures.EXPECTED_ROWS
    assert [r["amount_unit"] for r in out.rows["raw_tables"]] == ["千元"]
    assert out.document["status"] == "ok"


@pytest.mark.parametrize("case", [*sorted(FORMAT_BUILDERS), "space_aligned_text"])
def test_every_reader_leaves_a_table_in_dollars_unread(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _format_document(case, "单位：美元", monkeypatch)
    assert out.rows.get("raw_function_lines", []) == []
    assert out.document["status"] == "partial"
    assert "amount_unit_unknown" in {p["code"] for p in out.rows["raw_problems"]}


# A unit printed only in a header cell, and no unit anywhere (issue 20, kind 10: never a guessed 万元)
@pytest.mark.parametrize("case", sorted(FORMAT_BUILDERS))
def test_every_reader_reads_a_unit_in_a_header_cell(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fixtures, "UNIT_LINE", "")
    table = [[_in_thousands(c) for c in row] for row in fixtures.TABLE]
    table[0] = [*table[0][:2], "合计（千元）", *table[0][3:]]
    monkeypatch.setattr(fixtures, "TABLE", table)
    out = process(FORMAT_BUILDERS[case](), "units")
    assert {(r["code"], r["measure"]): r["amount_yuan"] for r in out.rows["raw_function_lines"]} == (
        fixtures.EXPECTED_ROWS
    )
    assert [r["amount_unit"] for r in out.rows["raw_tables"]] == ["千元"]


@pytest.mark.parametrize("case", sorted(FORMAT_BUILDERS))
def test_every_reader_leaves_a_table_with_no_unit_unread(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fixtures, "UNIT_LINE", "")
    out = process(FORMAT_BUILDERS[case](), "units")
    assert out.rows.get("raw_function_lines", []) == []
    assert out.document["status"] == "partial"
    assert "amount_unit_unstated" in {p["code"] for p in out.rows["raw_problems"]}
