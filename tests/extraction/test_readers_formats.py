"""Every reader gives the same rows for the same document, and bad input a clear status.

The document is field fault 02 (tests/fixtures/published/02_space_aligned_table.txt: a
table aligned with runs of spaces, as ``pdftotext -layout`` writes), and the same figures
written as PDF, Word, Excel and web pages (tests/format_fixtures.py). Its right result
(field README): function 201 basic 2,000,000.00 and project 2,000,000.00, 221 basic
1,000,000.00; the 0.00 project cell of 221 is a raw row but no fact (zero cells are not
fact rows: tests/marts/fact_expenditure_has_no_zero_rows.sql).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from extract import pipeline
from extract.document import SOURCE_FORMATS
from extract.readers import SOURCE_FORMAT_VALUES, read_document, reader_for
from extract.result import ParseResult

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import format_fixtures as fixtures

ROOT = Path(__file__).resolve().parents[2]
SPACE_ALIGNED = Path(__file__).resolve().parents[1] / "fixtures" / "published" / "02_space_aligned_table.txt"


def parse(data: bytes) -> tuple[dict[str, str], ParseResult]:
    result, doc = ParseResult(), {}
    pipeline._process(data, doc, result)
    doc["status"] = pipeline.status_of(result.problems)
    doc["problems"] = "; ".join(p.text() for p in result.problems)
    return doc, result


FORMATS = {
    "space_aligned_text": (lambda: SPACE_ALIGNED.read_bytes(), "text", ""),
    "pdf": (fixtures.pdf_bytes, "pdf", "1"),
    "docx": (fixtures.docx_bytes, "docx", ""),
    "xlsx": (fixtures.xlsx_bytes, "xlsx", "1"),
    "html_utf8": (fixtures.html_bytes, "html", ""),
    "html_gbk": (lambda: fixtures.html_bytes("gbk"), "html", ""),
}


@pytest.mark.parametrize("case", sorted(FORMATS))
def test_every_format_gives_the_same_function_rows(case):
    build, source_format, page_count = FORMATS[case]
    doc, result = parse(build())
    assert doc["status"] == "ok", doc["problems"]
    assert doc["source_format"] == source_format
    assert doc["page_count"] == page_count
    assert (doc["unit_name"], doc["fiscal_year"], doc["doc_kind"]) == ("重庆市綦江区测试局", "2025", "budget")
    rows = result.rows["raw_function_lines"]
    assert {(r["code"], r["measure"]): r["amount_yuan"] for r in rows} == fixtures.EXPECTED_ROWS
    assert len(rows) == len(fixtures.EXPECTED_ROWS)
    pages = {r.get("source_page", "") for r in rows}
    assert pages == ({"1"} if page_count else {""})  # a PDF page or a sheet; nothing for unpaged formats
    figures = result.rows["raw_narrative_figures"]
    assert any(r["value"] == "5000000.00" for r in figures)


def test_the_space_aligned_table_becomes_tab_separated_rows():
    lines = read_document(SPACE_ALIGNED.read_bytes()).linear().lines
    assert "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出" in lines
    assert "221\t住房保障支出\t100.00\t100.00\t0.00" in lines
    assert "\t合计\t500.00\t300.00\t200.00" in lines  # the indented total keeps its column


def test_detection_is_by_content_never_by_name():
    assert reader_for(fixtures.pdf_bytes()).NAME == "pdf"
    assert reader_for(fixtures.docx_bytes()).NAME == "docx"
    assert reader_for(fixtures.xlsx_bytes()).NAME == "xlsx"
    assert reader_for(fixtures.html_bytes("gbk")).NAME == "html"
    assert reader_for(SPACE_ALIGNED.read_bytes()).NAME == "text"
    assert reader_for(b"\n\n  %PDF-1.4 ...").NAME == "pdf"  # a header a little way in


def test_text_outside_the_page_is_not_read():
    doc, _ = parse(fixtures.pdf_bytes(hidden="2099年部门预算情况说明"))
    assert doc["status"] == "ok"
    assert doc["fiscal_year"] == "2025"
    assert "2099" not in "\n".join(read_document(fixtures.pdf_bytes(hidden="2099年")).linear().lines)


def test_a_scanned_page_makes_the_document_partial_naming_the_page():
    doc, result = parse(fixtures.pdf_bytes(pages=3, scanned_page=2))
    assert doc["status"] == "partial"
    assert "page(s) 2 of 3" in doc["problems"] and "scan" in doc["problems"]
    assert [p.code for p in result.problems if p.severity == "partial"] == ["page_without_text"]
    assert doc["page_count"] == "3"


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "published" / "上海市普陀区司法局2026年部门预算.pdf"

BAD = {
    # case -> (bytes, status, problem code, words in the reason, dim_document.source_format)
    "encrypted_pdf": (lambda: fixtures.pdf_bytes(password="secret"), "failed", "encrypted_pdf", "encrypted", "pdf"),
    "truncated_pdf": (lambda: SAMPLE.read_bytes()[:100_000], "failed", "damaged_pdf", "truncated", "pdf"),
    "pdf_without_budget": (
        lambda: fixtures.pdf_bytes(text=["会议纪要", "2026年1月5日", "一、会议议定事项"]),
        "failed",
        "not_a_disclosure",
        "not a budget disclosure",
        "pdf",
    ),
    "pdf_of_500_pages": (lambda: fixtures.pdf_bytes(pages=500), "failed", "too_many_pages", "500 pages", "pdf"),
    "zip": (lambda: zip_of({"a.txt": SPACE_ALIGNED.read_bytes()}), "failed", "archive_file", "ZIP archive", "zip"),
    # a Word or Excel file cut off (no central directory): that file damaged, never an archive to unpack
    "truncated_docx": (
        lambda: fixtures.docx_bytes()[: len(fixtures.docx_bytes()) // 2],
        "failed",
        "damaged_docx",
        "damaged or cut off",
        "docx",
    ),
    "truncated_xlsx": (
        lambda: fixtures.xlsx_bytes()[: len(fixtures.xlsx_bytes()) // 2],
        "failed",
        "damaged_spreadsheet",
        "cannot be opened",
        "xlsx",
    ),
    "legacy_doc": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "WordDocument".encode("utf-16-le") + b"\0" * 500,
        "failed",
        "legacy_doc",
        "convert it to .docx",
        "legacy_office",
    ),
    # no reader claims these and they are not text: the format is not known
    "empty": (lambda: b"", "failed", "empty_file", "empty", "unknown"),
    "png": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "failed", "binary_file", "PNG", "unknown"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_gets_a_status_and_a_plain_reason(case):
    build, status, code, words, source_format = BAD[case]
    doc, result = parse(build())
    assert doc["status"] == status, doc["problems"]
    assert code in [p.code for p in result.problems]
    assert words in doc["problems"]
    assert doc["source_format"] == source_format


def test_the_source_formats_are_the_contract_s_accepted_values():
    marts = yaml.safe_load((ROOT / "models" / "marts" / "dim_document.yml").read_text(encoding="utf-8"))
    (column,) = [
        c for m in marts["models"] for c in m["columns"] if m["name"] == "dim_document" and c["name"] == "source_format"
    ]
    (accepted,) = [t["accepted_values"]["arguments"]["values"] for t in column["data_tests"] if "accepted_values" in t]
    assert sorted(accepted) == sorted(SOURCE_FORMAT_VALUES)
    assert set(SOURCE_FORMATS) < set(SOURCE_FORMAT_VALUES)


def test_a_workbook_with_macros_is_read_without_running_them():
    doc, result = parse(fixtures.xlsx_bytes(macros=True))
    assert doc["status"] == "ok"
    assert [p.code for p in result.problems] == ["macros_ignored"]
    assert {
        (r["code"], r["measure"]): r["amount_yuan"] for r in result.rows["raw_function_lines"]
    } == fixtures.EXPECTED_ROWS


def test_reading_has_a_time_limit():
    from extract.read import ReadError

    with pytest.raises(ReadError) as raised:
        read_document(fixtures.pdf_bytes(pages=3), time_limit=0)
    assert raised.value.code == "timed_out"
    assert "timed out after 0 s" in raised.value.message


def test_a_pdf_document_names_its_pages():
    doc, result = parse(SAMPLE.read_bytes())
    assert doc["source_format"] == "pdf" and doc["page_count"] == "23"
    figures = result.rows["raw_narrative_figures"]
    # the income sentence is on page 8
    income = [r for r in figures if r["value_text"] == "9628.22万元"]
    assert income and {r["source_page"] for r in income} == {"8"}
