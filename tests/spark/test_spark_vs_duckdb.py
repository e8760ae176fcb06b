"""The Spark engine against DuckDB, row by row: `yusuan run --engine spark` (local[2]) and
`yusuan run` on the same documents must give the same raw tables and the same marts.

One corpus: the five bundled documents (data/raw) and, in a subfolder, a small synthetic corpus
of the bench generator (bench/corpus.py): one run per engine covers both (a Spark build has a
fixed cost of its own). Both engines run in one temporary project copy; then

* every raw table: the local run's seeds/raw/<table>.csv (read as the dbt source reads it,
  every column text, empty = null) and the Spark job's Parquet hold the same rows (as a
  multiset: Parquet has no row order), with the same columns in the same order;
* every mart: the DuckDB warehouse's table and Spark's Parquet export have the same columns,
  the same types (DECIMAL(20,2) amounts on both sides, no float), and the same rows.

Needs the Spark environment (`make spark-venv`) and Java 17; `make spark-test` runs it.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from bench.corpus import generate
from tests.conftest import RAW, YUSUAN, copy_project

pytestmark = pytest.mark.spark

SYNTHETIC_DOCUMENTS = int(os.environ.get("YUSUAN_SPARK_TEST_DOCUMENTS", "8"))


@dataclass
class EnginePair:
    name: str
    project: Path
    duckdb_db: Path
    spark_dir: Path
    duckdb_output: str
    spark_output: str
    duckdb_rc: int
    spark_rc: int


def _run(project: Path, env: dict[str, str], *args: str) -> tuple[int, str]:
    import subprocess

    done = subprocess.run(
        [YUSUAN, *args], cwd=project, env=env, capture_output=True, text=True, timeout=1800, check=False
    )
    return done.returncode, done.stdout + done.stderr


def _both_engines(base: Path, name: str, raw: Path) -> EnginePair:
    project = copy_project(base / "project", with_documents=False)
    env = dict(
        os.environ,
        YUSUAN_DB=str(base / "duckdb" / "yusuan.duckdb"),
        YUSUAN_SPARK_DIR=str(base / "spark"),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
    )
    duckdb_rc, duckdb_output = _run(project, env, "run", "--full", "--raw", str(raw))
    spark_rc, spark_output = _run(project, env, "run", "--engine", "spark", "--raw", str(raw))
    return EnginePair(
        name,
        project,
        base / "duckdb" / "yusuan.duckdb",
        base / "spark",
        duckdb_output,
        spark_output,
        duckdb_rc,
        spark_rc,
    )


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> EnginePair:
    base = tmp_path_factory.mktemp("engines")
    raw = base / "corpus"
    shutil.copytree(RAW, raw)
    generate(SYNTHETIC_DOCUMENTS, seed=7, out=raw / "synthetic", workers=1)
    return _both_engines(base, "bundled+synthetic", raw)


def _con(pair: EnginePair) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"attach '{pair.duckdb_db}' as local (read_only)")
    return con


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
    assert pair.spark_rc == pair.duckdb_rc, (pair.duckdb_output[-3000:], pair.spark_output[-3000:])
    assert pair.duckdb_rc == 0, pair.duckdb_output[-3000:]  # every document ok, every check passed
    assert "dbt build" in pair.spark_output and "checks" in pair.spark_output, pair.spark_output[-3000:]


def test_raw_tables_are_the_local_csvs(pair: EnginePair):
    from extract.schema import RAW_TABLES

    con = duckdb.connect()
    total = 0
    for name, columns in RAW_TABLES.items():
        csv = pair.project / "seeds" / "raw" / f"{name}.csv"
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
    assert documents == 5 + SYNTHETIC_DOCUMENTS
    assert total > 10 * documents  # the documents' lines, not only their raw_documents rows


def test_every_mart_is_the_same_on_both_engines(pair: EnginePair):
    con = _con(pair)
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
        parquet = f"read_parquet('{pair.spark_dir / 'marts' / mart / '*.parquet'}')"
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
