"""What the build does with a failed dbt data test (yusuan/build.py), on constructed dbt results
and a small real DuckDB file: the models it held back are listed for a 'dbt run', a model that
did not build holds the warehouse back, and the failure names the files of the documents."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from yusuan.build import BuildOutcome, FailedTest, StepResult, failed_tests, held_back_models, name_failed_tests_duckdb


def _results(path: Path, statuses: dict[str, str], sql: str = "") -> Path:
    results = [{"unique_id": uid, "status": status, "compiled_code": sql} for uid, status in statuses.items()]
    path.write_text(json.dumps({"results": results}), encoding="utf-8")
    return path


def test_the_models_a_failed_test_skipped_are_held_back_and_only_those(tmp_path):
    path = tmp_path / "run_results.json"
    _results(
        path,
        {
            "model.yusuan.fact_expenditure": "success",
            "test.yusuan.fact_expenditure_never_two_levels_in_a_document": "fail",
            "model.yusuan.chk_expenditure_by_document": "skipped",
            "test.yusuan.unique_chk_expenditure_by_document_row_key.1": "skipped",
        },
    )
    assert held_back_models(path) == ["chk_expenditure_by_document"]
    # a model that did not build is ours to fix: nothing is built around it
    _results(
        path,
        {
            "model.yusuan.fact_expenditure": "error",
            "model.yusuan.chk_expenditure_by_document": "skipped",
            "test.yusuan.x": "fail",
        },
    )
    assert held_back_models(path) == []
    # skipped with no failed test (a unit test failed on the model above): not held back by the documents
    _results(path, {"model.yusuan.a": "skipped", "unit_test.yusuan.a.t": "fail"})
    assert held_back_models(path) == []
    assert held_back_models(tmp_path / "missing.json") == []


def test_a_failed_test_names_its_rule_and_the_files_of_its_documents(tmp_path):
    root = tmp_path / "project"
    (root / "tests" / "marts").mkdir(parents=True)
    (root / "tests" / "marts" / "no_negative_rows.sql").write_text(
        "-- Rule: fact rows are never negative,\n-- whatever a document prints.\n-- Exceptions: none.\nselect 1\n",
        encoding="utf-8",
    )
    db = tmp_path / "yusuan.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.dim_document (document_id varchar, source_path varchar)")
        con.execute("insert into marts.dim_document values ('d1', 'in/p04.txt'), ('d2', 'p05.txt')")
        con.execute("create table marts.facts (document_id varchar, amount decimal(20, 2))")
        con.execute("insert into marts.facts values ('d1', -1), ('d1', -2), ('d2', 5), ('d9', -3)")
    sql = 'select document_id, amount from "yusuan"."marts"."facts" where amount < 0\n-- a comment at the end'
    path = _results(
        tmp_path / "run_results.json",
        {"test.yusuan.no_negative_rows": "fail", "test.yusuan.passes": "pass", "model.yusuan.facts": "success"},
        sql,
    )
    (test,) = failed_tests(root, path)
    assert test.rule == "fact rows are never negative, whatever a document prints"
    dbt_said = "test.yusuan.no_negative_rows: fail — Got 4 results, configured to fail if != 0"
    step = StepResult("dbt build", ok=False, seconds=1.0, failures=[dbt_said, "model.yusuan.other: error — x"])
    name_failed_tests_duckdb(step, [test], db, "yusuan")
    # a document_id no document has is named as it is (after the files)
    assert test.files == ["p04.txt", "d9"]
    assert test.line() == (
        "the dbt test no_negative_rows (fact rows are never negative, whatever a document prints) "
        "failed on 2 documents: p04.txt, d9"
    )
    # the step's line for the test is replaced by it, the others stay
    assert step.failures == [test.line(), "model.yusuan.other: error — x"]
    nameless = FailedTest("test.yusuan.t", "t", "", 'select amount from "yusuan"."marts"."facts" where amount < 0')
    name_failed_tests_duckdb(StepResult("dbt build", ok=False, seconds=1.0), [nameless], db, "yusuan")
    assert nameless.files == [] and nameless.line() == "the dbt test t failed on rows that name no document"


def test_the_run_s_last_line_names_a_failed_test_s_documents_on_one_line(capsys):
    from yusuan.cli import SPARK_MARTS, last_line

    rule = "every row of a document is one of its lines, " * 6
    test = FailedTest("test.yusuan.t", "t", rule.strip(), "", files=["[2024] 部门预算.txt"])
    outcome = BuildOutcome(
        steps=[StepResult("dbt build", ok=False, seconds=1.0)], db_path=Path("/m"), swapped=True, failed_tests=[test]
    )
    for what_built, kept in (("warehouse", "the warehouse"), (SPARK_MARTS, "the marts (Parquet)")):
        last_line(True, outcome, Path("/m"), what_built)
        out = capsys.readouterr().out
        # one line however long (a scheduler's log reads the last line whole), the file name as it is
        assert out.count("\n") == 1 and len(out) > 250, out
        assert (
            out
            == f"run: FAILED — dbt build failed; {test.line()}; {kept} was updated and holds the findings (exit 1; see above)\n"
        )
