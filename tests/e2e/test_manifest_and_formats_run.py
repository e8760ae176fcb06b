"""One run over the five bundled documents with a manifest beside them, and one disclosure
published as text, PDF, Word, Excel and a web page.

The manifest lands in dim_document (source_url, publisher, published_on); a bad row is a
problem the run prints and dim_document lists, never a crash.

The five format files each carry the figures of field fault 02 (tests/format_fixtures.py)
under their own unit name, so they are five more current documents of the run. Right
result (field README): fact_expenditure 201 basic 2,000,000.00, 201 project 2,000,000.00,
221 basic 1,000,000.00, no row for the 0.00 cell, no mismatch. PDF and workbook rows name
their page. They give the same marts.

Last, two builds that fail leave the run's warehouse as it was: one with a deliberately broken
model, one from a corrupt raw CSV.
"""

from __future__ import annotations

import datetime
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import format_fixtures as fixtures
import pytest
from conftest import copy_project, run_yusuan

MANIFEST = (
    "file,source_url,publisher,published_on\n"
    "002_19b5df8ff6376e0f.txt,https://www.cqjlp.gov.cn/budget/2026/office.pdf,重庆市九龙坡区人民政府办公室,2026-02-10\n"
    "004_a76c5e7673ca46c8.txt,https://www.cqdd.gov.cn/budget/2025.pdf,重庆市大渡口区人民政府办公室,2025年2月30日\n"
    "999_not_here.txt,https://example.org/x.pdf,,\n"
)

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
def manifest_run(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("manifest") / "project")
    (project / "data" / "raw" / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    for unit, (rel, build, _, _) in FILES.items():
        path = project / "data" / "raw" / rel  # no extensions: the format is told by content
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(unit=unit))
    return run_yusuan(project, "run")


def test_the_run_loads_the_documents_and_not_the_manifest(manifest_run):
    assert manifest_run.returncode == 0, manifest_run.output[-4000:]
    assert "extract: 10 file(s)" in manifest_run.stdout  # the five documents and the five formats
    assert "manifest: 3 row(s) in manifest.csv, 2 matched a document" in manifest_run.stdout
    assert "manifest_bad_date: manifest.csv line 3: published_on '2025年2月30日' is not a date" in manifest_run.stdout
    assert "manifest_unknown_file: manifest.csv line 4: 999_not_here.txt is not a document" in manifest_run.stdout


def test_dim_document_cites_its_source(manifest_run):
    with manifest_run.connect() as con:
        rows = {
            r[0]: r[1:]
            for r in con.execute(
                "select source_path, source_url, publisher, published_on, problems from marts.dim_document"
            ).fetchall()
        }
    url, publisher, published, _ = rows["002_19b5df8ff6376e0f.txt"]
    assert url == "https://www.cqjlp.gov.cn/budget/2026/office.pdf"
    assert publisher == "重庆市九龙坡区人民政府办公室"
    assert published == datetime.date(2026, 2, 10)
    url, publisher, published, problems = rows["004_a76c5e7673ca46c8.txt"]
    assert url == "https://www.cqdd.gov.cn/budget/2025.pdf" and published is None
    assert problems.endswith(
        "manifest.csv line 3: published_on '2025年2月30日' is not a date (e.g. 2026-01-05): left empty"
    )
    assert rows["000_d9672e515e496097.txt"][:3] == (None, None, None)


def test_every_format_lands_with_the_same_facts(manifest_run):
    with manifest_run.connect() as con:
        documents = {
            unit: (status, source_format, page_count, document_id)
            for unit, status, source_format, page_count, document_id in con.execute(
                "select u.unit_name, d.status, d.source_format, d.page_count, d.document_id "
                "from marts.dim_document d join marts.dim_unit u using (unit_id) "
                "where d.is_current and d.source_path in (?, ?, ?, ?, ?)",
                [rel for rel, *_ in FILES.values()],
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


# --- failed builds leave the previous warehouse (bad input) ------------------------------------


def warehouse_snapshot(db_path: Path):
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute("select document_id, status, is_current from marts.dim_document order by all").fetchall()


#: the failed builds stop at dbt's first failure (``--fail-fast``): what the build leaves is the
#: same whether the other models built into the discarded file or not, and they cost a full build
FAIL_FAST = {"DBT_FAIL_FAST": "true"}


@pytest.fixture(scope="module")
def built_warehouse(manifest_run):
    """The run's warehouse and what it holds, before the failed builds below."""
    run = manifest_run
    assert run.db_path.exists(), run.output[-4000:]
    return run, warehouse_snapshot(run.db_path)


def test_a_broken_model_leaves_the_previous_warehouse(built_warehouse):
    run, before = built_warehouse
    broken = run.project / "models" / "marts" / "zz_broken_on_purpose.sql"
    broken.write_text("select definitely not valid sql from\n", encoding="utf-8")
    try:
        again = run_yusuan(run.project, "build", db_path=run.db_path, env=FAIL_FAST)
    finally:
        broken.unlink()
    assert again.returncode != 0, again.output[-4000:]
    assert "model.yusuan.zz_broken_on_purpose: error" in again.output, again.output[-4000:]  # that model, no other
    assert warehouse_snapshot(run.db_path) == before
    assert [p.name for p in run.db_path.parent.iterdir() if "building" in p.name] == []


def test_a_corrupt_raw_csv_leaves_the_previous_warehouse(built_warehouse, tmp_path):
    run, before = built_warehouse
    seeds = run.project / "seeds" / "raw"
    saved = tmp_path / "raw_documents.csv"
    shutil.copy2(seeds / "raw_documents.csv", saved)
    try:
        with (seeds / "raw_documents.csv").open("a", encoding="utf-8") as handle:
            handle.write('"unterminated,quote,\x00garbage\n1,2\n')
        again = run_yusuan(run.project, "build", db_path=run.db_path, env=FAIL_FAST)
    finally:
        shutil.copy2(saved, seeds / "raw_documents.csv")
    assert again.returncode != 0, again.output[-4000:]
    assert "model.yusuan.stg_raw__documents: error" in again.output, again.output[-4000:]  # the model reading it
    assert warehouse_snapshot(run.db_path) == before
