"""One disclosure published as text, PDF, Word, Excel and a web page gives the same marts.

Each file carries the figures of field fault 02 (tests/format_fixtures.py) under its own
unit name, so the five are five current documents of one run. Right result (field README):
fact_expenditure 201 basic 2,000,000.00, 201 project 2,000,000.00, 221 basic 1,000,000.00,
no row for the 0.00 cell, no mismatch. PDF and workbook rows name their page.
"""

from __future__ import annotations

from decimal import Decimal

import format_fixtures as fixtures
import pytest
from conftest import copy_project, run_yusuan

FILES = {
    # unit name -> (relative path, builder, source_format, page_count)
    "重庆市綦江区文本局": ("a/plain", fixtures.text_bytes, "text", None),
    "重庆市綦江区版式局": ("b/document", fixtures.pdf_bytes, "pdf", 1),
    "重庆市綦江区文字局": ("c/document", fixtures.docx_bytes, "docx", None),
    "重庆市綦江区表格局": ("d/document", fixtures.xlsx_bytes, "xlsx", 1),
    "重庆市綦江区网页局": ("e/page", lambda unit: fixtures.html_bytes("gbk", unit=unit), "html", None),
}
EXPECTED = {
    ("201", "basic"): Decimal("2000000.00"),
    ("201", "project"): Decimal("2000000.00"),
    ("221", "basic"): Decimal("1000000.00"),
}


@pytest.fixture(scope="module")
def formats_run(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("formats") / "project", with_documents=False)
    for unit, (rel, build, _, _) in FILES.items():
        path = project / "data" / "raw" / rel  # no extensions: the format is told by content
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(unit=unit))
    run = run_yusuan(project, "run")
    assert run.returncode == 0, run.output[-4000:]
    return run


def test_every_format_lands_with_the_same_facts(formats_run):
    with formats_run.connect() as con:
        documents = {
            unit: (status, source_format, page_count, document_id)
            for unit, status, source_format, page_count, document_id in con.execute(
                "select u.unit_name, d.status, d.source_format, d.page_count, d.document_id "
                "from marts.dim_document d join marts.dim_unit u using (unit_id) where d.is_current"
            ).fetchall()
        }
        assert set(documents) == set(FILES)
        for unit, (_, _, source_format, page_count) in FILES.items():
            status, got_format, got_pages, document_id = documents[unit]
            assert (status, got_format, got_pages) == ("ok", source_format, page_count), unit
            rows = con.execute(
                "select function_code, expenditure_type, amount_yuan, source, source_page "
                "from marts.fact_expenditure where document_id = ?",
                [document_id],
            ).fetchall()
            assert {(code, kind): amount for code, kind, amount, _, _ in rows} == EXPECTED, unit
            assert {source for _, _, _, source, _ in rows} == {"table"}
            assert {page for *_, page in rows} == {page_count}, unit  # 1 for PDF and sheet, else null
        mismatches = con.execute("select count(*) from marts.fact_reconciliation where status = 'mismatch'").fetchone()
        assert mismatches == (0,)
