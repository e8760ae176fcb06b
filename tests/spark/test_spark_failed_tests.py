"""A dbt data test that fails on one document's rows, on Spark: the run says what it says on
DuckDB (tests/e2e/test_failed_test_holds_nothing_back.py): the models ``dbt build`` skipped below
the test are built, the marts are exported, and the failure and the run's last line name the
test, its rule and the file of the document its rows name (the test's compiled SQL run again in
the session dbt built the models in; yusuan/spark_build.py ``name_failed_tests_spark``).

* the naming itself, in a real local Spark session, on small views made for it;
* `yusuan run --engine spark` (local[2]) with the made-up test of tests/conftest.py
  ``add_test_failing_on_one_document``, and `yusuan run` (DuckDB) beside it: the session's pair
  of runs that test_spark_vs_duckdb.py compares (tests/spark/conftest.py ``pair``: the bundled
  documents and a small synthetic corpus).

Needs the Spark environment (`make spark-venv`) and Java 17; `make spark-test` runs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TEST_FAILING_ON_ONE_DOCUMENT, TEST_FAILING_ON_ONE_DOCUMENT_RULE
from tests.spark.conftest import BUILT, CORPUS_DOCUMENTS, EnginePair
from yusuan.build import FailedTest, StepResult

pytestmark = pytest.mark.spark


def test_the_documents_of_a_failed_test_are_named_in_the_spark_session(tmp_path, monkeypatch):
    from yusuan.spark_build import name_failed_tests_spark
    from yusuan.spark_session import get_session

    monkeypatch.setenv("YUSUAN_SPARK_DIR", str(tmp_path / "spark"))
    spark = get_session(tmp_path)
    try:
        spark.sql("create database if not exists marts")
        spark.sql(
            "create or replace view marts.dim_document as select * from values "
            "('d1', 'in/p04.txt'), ('d2', 'p05.txt') as documents(document_id, source_path)"
        )
        spark.sql(
            "create or replace view marts.facts as select document_id, cast(amount as decimal(20, 2)) as amount "
            "from values ('d1', -1), ('d1', -2), ('d2', 5), ('d9', -3) as facts(document_id, amount)"
        )
        # as dbt-spark compiles a singular test: relations as schema.name, comments, maybe a ';'
        sql = "-- Rule: never negative.\nselect document_id, amount from marts.facts where amount < 0\n-- the end"
        negative = FailedTest("test.yusuan.no_negative_rows", "no_negative_rows", "fact rows are never negative", sql)
        nameless = FailedTest("test.yusuan.t", "t", "", "select amount from marts.facts where amount < 0;")
        broken = FailedTest("test.yusuan.b", "b", "", "select document_id from marts.no_such_relation")
        dbt_said = "test.yusuan.no_negative_rows: fail — Got 3 results, configured to fail if != 0"
        step = StepResult("dbt build", ok=False, seconds=1.0, failures=[dbt_said, "test.yusuan.t: fail — Got 3"])
        name_failed_tests_spark(step, [negative, nameless, broken], spark)
    finally:
        spark.stop()
    # the document's file name; a document_id no document has, as it is, after the files
    assert negative.files == ["p04.txt", "d9"]
    assert step.failures == [
        "the dbt test no_negative_rows (fact rows are never negative) failed on 2 documents: p04.txt, d9",
        "the dbt test t failed on rows that name no document",
    ]
    assert broken.files == []


@pytest.mark.parametrize("engine", ["spark", "duckdb"])
def test_a_run_names_the_failed_test_and_its_document_and_keeps_the_others(pair: EnginePair, engine: str):
    run = pair.run(engine)
    con = pair.connect()
    documents = con.execute(f"select document_id, source_path from {pair.mart(engine, 'dim_document')}").fetchall()
    facts = pair.mart(engine, "fact_expenditure")
    (first,) = con.execute(f"select min(document_id) from {facts}").fetchone()
    (in_facts,) = con.execute(f"select count(distinct document_id) from {facts}").fetchone()
    output = run.output
    assert run.returncode == 1, output[-3000:]
    # every document, the one the test failed on too, reached the marts (all but the project list's
    # budget state spending by function)
    assert len(documents) == in_facts + 1 == CORPUS_DOCUMENTS, output[-3000:]
    failing = next(Path(source).name for document, source in documents if document == first)
    others = [Path(source).name for document, source in documents if document != first]
    said = (
        f"the dbt test {TEST_FAILING_ON_ONE_DOCUMENT} ({TEST_FAILING_ON_ONE_DOCUMENT_RULE} "
        f"(a rule made up for a test)) failed on 1 document: {failing}"
    )
    lines = run.stdout.splitlines()
    # the dbt build step's failure, and the run's last line (it is the one failure of the run)
    assert [line for line in lines if line.startswith("    - ")] == [f"    - {said}"], output[-3000:]
    assert lines[-1] == (
        f"run: FAILED — dbt build failed; {said}; the {BUILT[engine]} was updated and holds the findings "
        "(exit 1; see above)"
    ), output[-3000:]
    assert not any(other in line for line in lines if TEST_FAILING_ON_ONE_DOCUMENT in line for other in others)
    # the model dbt skipped below the failed test was built before the marts were written
    assert any(line.strip().startswith("dbt run") and "chk_expenditure_by_document" in line for line in lines)
    assert f"the {BUILT[engine]} {pair.built(engine)} was updated: every model built" in output, output[-3000:]
