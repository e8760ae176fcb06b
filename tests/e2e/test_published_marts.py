"""Real published documents of other regions through extract + dbt (tests/fixtures/published).

The Kunming budget web page states its 三公 total as 804,395.02 元 while its parts, as printed,
add to 804,395.20 (公务接待费 580,000.00 + 公务用车购置及运行维护费 224,395.20 + 因公出国（境）费
0.00). The source is kept as printed: the warehouse reports the slip as a 'mismatch', it never
corrects either figure.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import copy_project, run_yusuan

PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "published"
KUNMING = "云南昆明_昆明市人民政府办公室机关_2026年_部门预算说明（网页正文）.html"
HANGZHOU = "浙江杭州_杭州市司法局_2026年度_部门预算.pdf"


@pytest.fixture(scope="module")
def published_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("published")
    project = copy_project(base / "project", with_documents=False)
    for name in (KUNMING, HANGZHOU):
        shutil.copy(PUBLISHED / name, project / "data" / "raw" / name)
    run = run_yusuan(project, "run", db_path=base / "published.duckdb")
    con = run.connect()
    yield run, con
    con.close()


def test_kunming_three_public_slip_is_a_mismatch_not_a_correction(published_run):
    run, con = published_run
    (document_id, status) = con.execute(
        "select document_id, status from marts.dim_document where source_format = 'html'"
    ).fetchone()
    assert status == "ok"
    rows = con.execute(
        "select check_name, expected, actual, status from marts.fact_reconciliation "
        "where check_name like 'three_public%' and document_id = ? order by check_name",
        [document_id],
    ).fetchall()
    assert rows == [
        ("three_public_parts_equal_total", Decimal("804395.02"), Decimal("804395.20"), "mismatch"),
        ("three_public_vehicle_parts_equal_total", Decimal("224395.20"), Decimal("224395.20"), "pass"),
    ]
    # the figures stay as printed
    summary = dict(
        con.execute(
            "select metric, value from marts.fact_budget_summary where metric like 'three_public%' "
            "and metric not like '%change%' and document_id = ?",
            [document_id],
        ).fetchall()
    )
    assert summary["three_public_total"] == Decimal("804395.02")
    assert summary["three_public_reception"] == Decimal("580000.00")
    assert summary["three_public_vehicle_total"] == Decimal("224395.20")
    # an unexplained mismatch is what the checkpoint reports: the run says so
    assert run.returncode != 0
    assert "three_public_parts_equal_total" in run.output


def test_hangzhou_lands_the_rows_whose_codes_are_known(published_run):
    """Hangzhou's function tables print names without codes: the rows the reference codes land
    in fact_expenditure (in 元, from 万元), the others are reported and the document is 'partial'."""
    _, con = published_run
    (document_id, status) = con.execute(
        "select document_id, status from marts.dim_document where source_format = 'pdf'"
    ).fetchone()
    assert status == "partial"
    rows = dict(
        con.execute(
            "select function_code || ' ' || expenditure_type, amount_yuan from marts.fact_expenditure "
            "where document_id = ? and function_code in ('2040601', '2040699', '2101101')",
            [document_id],
        ).fetchall()
    )
    assert rows == {
        "2040601 basic": Decimal("85538000.00"),
        "2040699 project": Decimal("6696100.00"),
        "2101101 basic": Decimal("24349500.00"),
    }
    # the tables with rows left out for want of a code are not checked level by level: their
    # parents' children are incomplete by construction (no false 'mismatch')
    hierarchy = con.execute(
        "select count(*) from marts.fact_reconciliation where document_id = ? and check_name like 'function_%'",
        [document_id],
    ).fetchone()
    assert hierarchy == (0,)
