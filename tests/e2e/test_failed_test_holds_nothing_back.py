"""A dbt data test that fails on one document's rows holds back no model and no document (fresh-user
trial 5, F1): ``dbt build`` skips the models below a failed test; yusuan builds them all the same,
swaps the new warehouse in (docs/usage.md: "When every model built but a dbt test or a check failed, the
new file is swapped in") and names the test, its rule and the file of the document it failed on.

On a copy of the session's bundled run (its extracted seeds), with one made-up singular test that
fails on the rows of one document of fact_expenditure (the parent of chk_expenditure_by_document;
tests/conftest.py ``add_test_failing_on_one_document``, which the Spark test uses too).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import (
    TEST_FAILING_ON_ONE_DOCUMENT,
    TEST_FAILING_ON_ONE_DOCUMENT_RULE,
    add_test_failing_on_one_document,
    run_yusuan,
)


def test_a_test_failing_on_one_document_names_it_and_the_warehouse_is_swapped_in(bundled_run, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(bundled_run.project, project, ignore=shutil.ignore_patterns(".yusuan"))
    add_test_failing_on_one_document(project)
    db = tmp_path / "warehouse" / "yusuan.duckdb"
    shutil.copytree(bundled_run.raw_tables, db.with_name(db.name + ".raw"))  # the run's raw tables, beside it
    run = run_yusuan(project, "build", db_path=db)
    assert run.returncode == 1, run.output[-3000:]
    con = run.connect()
    try:
        (first, name) = con.execute(
            "select document_id, source_path from marts.dim_document "
            "where document_id = (select min(document_id) from marts.fact_expenditure)"
        ).fetchone()
        # the model dbt skipped below the failed test was built, and every document is in it
        (checked,) = con.execute("select count(*) from checks.chk_expenditure_by_document").fetchone()
        (documents,) = con.execute("select count(distinct document_id) from marts.fact_expenditure").fetchone()
    finally:
        con.close()
    assert documents == 5 and checked >= 5 and first
    lines = run.output.splitlines()
    failed = [line for line in lines if f"the dbt test {TEST_FAILING_ON_ONE_DOCUMENT}" in line]
    assert failed and all(
        TEST_FAILING_ON_ONE_DOCUMENT_RULE in line and f"failed on 1 document: {Path(name).name}" in line
        for line in failed
    ), run.output[-3000:]
    assert any(line.strip().startswith("dbt run") and "chk_expenditure_by_document" in line for line in lines)
    assert "was updated: every model built" in run.output
