"""A ruled table continued on the next page whose page's last row is left open (Chromium draws no
bottom border there): the row is a row of the table, never page text cutting the table in two
(held-out set 88 printed to PDF: 'table_not_read', the document 'partial'). Issue 20, kind 2."""

from __future__ import annotations

from pathlib import Path

from extract.readers import read_document

# Pages 7 and 8 of a held-out document printed by Chromium (Noto Serif CJK): the 基本支出表 breaks
# after its row 30206, which has no bottom ruling on page 1.
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "chromium_last_row_open.pdf"


def test_the_open_last_row_of_a_page_is_a_row_of_its_table():
    document = read_document(FIXTURE.read_bytes())
    first = document.pages[0]
    assert first.tables[-1].rows[-1] == ["30206", "电费", "905.20", "", "905.20"]
    assert not any("30206" in line.text for line in first.lines)
    # the table goes on at the top of the next page, row 30207 first
    assert document.pages[1].tables[0].rows[0][:3] == ["30207", "邮电费", "98.60"]


def test_a_table_closed_by_its_rulings_is_unchanged():
    # the 一般公共预算支出表 above it on the page ends with its bottom ruling drawn
    first = read_document(FIXTURE.read_bytes()).pages[0]
    assert first.tables[0].rows[-1] == ["2210201", "住房公积金", "", "2,941.30", "2,941.30", "", ""]
    assert len(first.tables[0].rows) == 25
