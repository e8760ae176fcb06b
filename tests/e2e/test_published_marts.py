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


@pytest.fixture(scope="module")
def published_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("published")
    project = copy_project(base / "project", with_documents=False)
    shutil.copy(PUBLISHED / KUNMING, project / "data" / "raw" / KUNMING)
    run = run_yusuan(project, "run", db_path=base / "published.duckdb")
    con = run.connect()
    yield run, con
    con.close()


def test_kunming_three_public_slip_is_a_mismatch_not_a_correction(published_run):
    run, con = published_run
    (status,) = con.execute("select status from marts.dim_document").fetchone()
    assert status == "ok"
    rows = con.execute(
        "select check_name, expected, actual, status from marts.fact_reconciliation "
        "where check_name like 'three_public%' order by check_name"
    ).fetchall()
    assert rows == [
        ("three_public_parts_equal_total", Decimal("804395.02"), Decimal("804395.20"), "mismatch"),
        ("three_public_vehicle_parts_equal_total", Decimal("224395.20"), Decimal("224395.20"), "pass"),
    ]
    # the figures stay as printed
    summary = dict(
        con.execute(
            "select metric, value from marts.fact_budget_summary where metric like 'three_public%' "
            "and metric not like '%change%'"
        ).fetchall()
    )
    assert summary["three_public_total"] == Decimal("804395.02")
    assert summary["three_public_reception"] == Decimal("580000.00")
    assert summary["three_public_vehicle_total"] == Decimal("224395.20")
    # an unexplained mismatch is what the checkpoint reports: the run says so
    assert run.returncode != 0
    assert "three_public_parts_equal_total" in run.output
