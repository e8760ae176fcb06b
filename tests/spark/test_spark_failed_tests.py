"""A dbt data test that fails on one document's rows, on Spark: the run says what it says on
DuckDB (tests/e2e/test_failed_test_holds_nothing_back.py): the models ``dbt build`` skipped below
the test are built, the marts are exported, and the failure and the run's last line name the
test, its rule and the file of the document its rows name (the test's compiled SQL run again in
the session dbt built the models in; yusuan/spark_build.py ``name_failed_tests_spark``).

* the naming itself, in a real local Spark session, on small views made for it;
* `yusuan run --engine spark` (local[2]) on the five bundled documents in a project copy with
  the made-up test of tests/conftest.py ``add_test_failing_on_one_document``.

Needs the Spark environment (`make spark-venv`) and Java 17; `make spark-test` runs it.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.conftest import (
    TEST_FAILING_ON_ONE_DOCUMENT,
    TEST_FAILING_ON_ONE_DOCUMENT_RULE,
    YUSUAN,
    add_test_failing_on_one_document,
    copy_project,
)
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


@dataclass
class SparkRun:
    returncode: int
    stdout: str  # what the command prints (Python's warnings go to stderr)
    stderr: str
    spark_dir: Path

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture(scope="module")
def failing_run(tmp_path_factory) -> SparkRun:
    base = tmp_path_factory.mktemp("spark_failed_test")
    project = copy_project(base / "project")
    add_test_failing_on_one_document(project)
    env = dict(
        os.environ,
        YUSUAN_SPARK_DIR=str(base / "spark"),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
        # dbt's unit tests read only their yml's rows: the engines' comparison runs them
        DBT_EXCLUDE_RESOURCE_TYPES="unit_test",
    )
    done = subprocess.run(
        [YUSUAN, "run", "--engine", "spark"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    return SparkRun(done.returncode, done.stdout, done.stderr, base / "spark")


def test_a_spark_run_names_the_failed_test_and_its_document_and_keeps_the_others(failing_run: SparkRun):
    marts = failing_run.spark_dir / "marts"
    con = duckdb.connect()
    documents = con.execute(
        f"select document_id, source_path from read_parquet('{marts / 'dim_document' / '*.parquet'}')"
    ).fetchall()
    facts = f"read_parquet('{marts / 'fact_expenditure' / '*.parquet'}')"
    (first,) = con.execute(f"select min(document_id) from {facts}").fetchone()
    (in_facts,) = con.execute(f"select count(distinct document_id) from {facts}").fetchone()
    output = failing_run.output
    assert failing_run.returncode == 1, output[-3000:]
    # every document, the one the test failed on too, reached the marts
    assert len(documents) == 5 and in_facts == 5, output[-3000:]
    failing = next(Path(source).name for document, source in documents if document == first)
    others = [Path(source).name for document, source in documents if document != first]
    said = (
        f"the dbt test {TEST_FAILING_ON_ONE_DOCUMENT} ({TEST_FAILING_ON_ONE_DOCUMENT_RULE} "
        f"(a rule made up for a test)) failed on 1 document: {failing}"
    )
    lines = failing_run.stdout.splitlines()
    # the dbt build step's failure, and the run's last line, as on DuckDB
    assert any(line.strip() == f"- {said}" for line in lines), output[-3000:]
    last = lines[-1]
    assert last.startswith("run: FAILED — dbt build failed; ") and said in last, last
    assert last.endswith("the marts (Parquet) was updated and holds the findings (exit 1; see above)"), last
    assert not any(other in line for line in lines if TEST_FAILING_ON_ONE_DOCUMENT in line for other in others)
    # the model dbt skipped below the failed test was built before the marts were exported
    assert any(line.strip().startswith("dbt run") and "chk_expenditure_by_document" in line for line in lines)
    assert f"the marts (Parquet) {marts} was updated: every model built" in output
