"""Radical and compatibility forms of ideographs: some PDF fonts map a glyph to the radical
('⻔' U+2ED4 for 门, '⽀' U+2F40 for 支), and text copied out of such a PDF keeps them. Left as
they are, '部⻔预算' is no 部门预算: the title, the headings and every label holding them are
not read. They are read as the ideographs they stand for, in text and in PDF. Issue 20, kind 1
(title blocks) and kind 6 (wording)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RAW

from extract.pipeline import process
from extract.read import IDEOGRAPH_FORMS, decode
from extract.readers import read_document

# Forms seen in published PDFs' text layers, and the ideographs they stand for.
SEEN = {"⻔": "门", "⻓": "长", "⻢": "马", "⻚": "页", "⻅": "见", "⺠": "民", "⼀": "一", "⼊": "入", "⽀": "支"}
SEEN.update({"⽐": "比", "⾦": "金", "⽤": "用", "⼈": "人", "⽣": "生", "⾏": "行", "⼯": "工", "⽇": "日"})


@pytest.mark.parametrize(("form", "ideograph"), sorted(SEEN.items()))
def test_a_radical_form_is_its_ideograph(form, ideograph):
    assert IDEOGRAPH_FORMS[ord(form)] == ord(ideograph)
    assert decode(f"部门预算{form}".encode()).lines == (f"部门预算{ideograph}",)


def test_component_forms_and_ordinary_text_are_left_alone():
    # 亻 (U+2E85) and 氵 (U+2EA1) are parts of characters, never words of a document.
    assert 0x2E85 not in IDEOGRAPH_FORMS and 0x2EA1 not in IDEOGRAPH_FORMS
    assert all(not 0x4E00 <= code <= 0x9FFF for code in IDEOGRAPH_FORMS)
    text = "部门预算收入合计1,234.56万元，比上年增加10.00万元。"
    assert decode(text.encode()).lines == (text,)


def _in_radical_forms(text: str) -> str:
    back = {chr(ideograph): chr(form) for form, ideograph in IDEOGRAPH_FORMS.items() if 0x2E80 <= form < 0x2FE0}
    return "".join(back.get(ch, ch) for ch in text)


def test_a_document_in_radical_forms_reads_as_the_same_document():
    """A bundled document with every ideograph that has a radical form written in that form
    (门, 支, 入, 一, 人, 用, 长 ... hundreds of characters) gives the same rows."""
    path = max(RAW.glob("*.txt"), key=lambda p: p.stat().st_size)  # tables and narrative
    text = path.read_text(encoding="utf-8")
    written = _in_radical_forms(text)
    assert sum(a != b for a, b in zip(text, written, strict=True)) > 100
    plain, radical = process(text.encode(), "doc"), process(written.encode(), "doc")
    assert radical.document["status"] == plain.document["status"] == "ok"
    for key in ("title", "unit_name", "fiscal_year", "doc_kind", "table_count"):
        assert radical.document[key] == plain.document[key], key
    assert radical.rows == plain.rows


def test_a_pdf_whose_text_layer_gives_radicals_reads_as_ideographs():
    # Printed by Chromium from chromium_radical_forms.html (Noto Serif CJK): pdfium gives
    # '⻔' U+2ED4, '⼀' U+2F00, '⼊' U+2F0A, '⽀' U+2F40, '⽐' U+2F50 and '⺠' U+2EA0.
    path = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "chromium_radical_forms.pdf"
    lines = list(read_document(path.read_bytes()).linear().lines)
    assert "上海市普陀区民政局2025年部门预算" in lines
    assert "一、收入支出预算总体情况" in lines
    assert "2025年部门预算收入合计1,234.56万元，比上年增加10.00万元。" in lines
