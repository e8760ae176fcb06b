"""The Spark engine against DuckDB, row by row: `yusuan run --engine spark` (local[2]) and
`yusuan run` on the same documents must give the same raw tables and the same marts.

The pair of runs is the session's ``pair`` (tests/spark/conftest.py): the five bundled documents
(data/raw) and a small synthetic corpus of the bench generator, in one temporary project copy
that holds a made-up dbt data test failing on one document's rows on both engines (what the runs
say about it: test_spark_failed_tests.py). Then

* every raw table: the local run's <table>.csv (beside its warehouse; read as the dbt source reads it,
  every column text, empty = null) and the Spark job's Parquet hold the same rows (as a
  multiset: Parquet has no row order), with the same columns in the same order;
* every mart: the DuckDB warehouse's table and Spark's Parquet export have the same columns,
  the same types (DECIMAL(20,2) amounts on both sides, no float), and the same rows.

Needs the Spark environment (`make spark-venv`) and Java 17; `make spark-test` runs it.
"""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import TEST_FAILING_ON_ONE_DOCUMENT
from tests.spark.conftest import BUILT, CORPUS_DOCUMENTS, EnginePair

pytestmark = pytest.mark.spark


def _difference(con, left: str, right: str) -> list[tuple]:
    """Rows of `left` not matched one for one in `right` (multiset difference), a few of them."""
    return con.execute(f"select * from ({left} except all {right}) limit 5").fetchall()


def _assert_same_rows(con, what: str, duck_sql: str, spark_sql: str) -> int:
    duck_n = con.execute(f"select count(*) from ({duck_sql})").fetchone()[0]
    spark_n = con.execute(f"select count(*) from ({spark_sql})").fetchone()[0]
    only_duck = _difference(con, duck_sql, spark_sql)
    only_spark = _difference(con, spark_sql, duck_sql)
    assert (duck_n, only_duck, only_spark) == (spark_n, [], []), (
        f"{what}: duckdb {duck_n} rows, spark {spark_n}; only in duckdb {only_duck}; only in spark {only_spark}"
    )
    return duck_n


def test_both_engines_finish_alike(pair: EnginePair):
    assert pair.spark.returncode == pair.duckdb.returncode, (pair.duckdb.output[-3000:], pair.spark.output[-3000:])
    assert "dbt build" in pair.spark.output and "checks" in pair.spark.output, pair.spark.output[-3000:]
    for engine, built in BUILT.items():
        run = pair.run(engine)
        # every document ok, every check passed: the made-up test is the one failure (exit 1)
        assert run.returncode == 1, run.output[-3000:]
        last = run.stdout.splitlines()[-1]
        kept = f"; the {built} was updated and holds the findings (exit 1; see above)"
        assert last.startswith("run: FAILED — ") and last.endswith(kept), run.output[-3000:]
        what = last.removeprefix("run: FAILED — ").removesuffix(kept).split("; ")
        assert len(what) == 2 and what[0] == "dbt build failed", run.output[-3000:]
        assert what[1].startswith(f"the dbt test {TEST_FAILING_ON_ONE_DOCUMENT} "), run.output[-3000:]


def test_raw_tables_are_the_local_csvs(pair: EnginePair):
    from extract.schema import RAW_TABLES

    con = duckdb.connect()
    total = 0
    for name, columns in RAW_TABLES.items():
        csv = pair.duckdb.raw_tables / f"{name}.csv"
        parquet = pair.spark_dir / "raw" / name / "*.parquet"
        spark_columns = [row[0] for row in con.execute(f"describe select * from read_parquet('{parquet}')").fetchall()]
        assert spark_columns == list(columns), name
        total += _assert_same_rows(
            con,
            name,
            f"select * from read_csv('{csv}', header = true, all_varchar = true, quote = '\"', escape = '\"')",
            f"select * from read_parquet('{parquet}')",
        )
    documents = con.execute(
        f"select count(*) from read_parquet('{pair.spark_dir / 'raw' / 'raw_documents' / '*.parquet'}')"
    ).fetchone()[0]
    assert documents == CORPUS_DOCUMENTS
    assert total > 10 * documents  # the documents' lines, not only their raw_documents rows


def test_every_mart_is_the_same_on_both_engines(pair: EnginePair):
    con = pair.connect()
    marts = sorted(
        row[0]
        for row in con.execute(
            "select table_name from information_schema.tables where table_catalog = 'local' and table_schema = 'marts'"
        ).fetchall()
    )
    exported = sorted(p.name for p in (pair.spark_dir / "marts").iterdir() if p.is_dir())
    assert marts == exported
    assert "fact_expenditure" in marts and "fact_reconciliation" in marts
    empty = set()
    for mart in marts:
        parquet = pair.mart("spark", mart)
        duck_types = con.execute(f"describe local.marts.{mart}").fetchall()
        spark_types = con.execute(f"describe select * from {parquet}").fetchall()
        assert [(r[0], r[1]) for r in spark_types] == [(r[0], r[1]) for r in duck_types], mart
        n = _assert_same_rows(con, mart, f"select * from local.marts.{mart}", f"select * from {parquet}")
        if n == 0:
            empty.add(mart)
    # no comparison of two empty tables passes for a real one: only the execution mart may be
    # empty, and only when the corpus holds no final accounts (it pairs budgets with 决算)
    finals = con.execute("select count(*) from local.marts.dim_document where doc_kind = 'final_accounts'").fetchone()[
        0
    ]
    assert empty == (set() if finals else {"fact_budget_execution"})


def test_amounts_are_exact_decimals_on_spark(pair: EnginePair):
    con = duckdb.connect()
    parquet = pair.spark_dir / "marts" / "fact_expenditure" / "*.parquet"
    types = dict((r[0], r[1]) for r in con.execute(f"describe select * from read_parquet('{parquet}')").fetchall())
    assert types["amount_yuan"] == "DECIMAL(20,2)"
