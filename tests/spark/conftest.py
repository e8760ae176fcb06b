"""The one pair of runs the Spark tests share: `yusuan run --engine spark` (local[2]) and
`yusuan run` (DuckDB) on the same corpus in one temporary project copy, once per session (a
Spark build has a fixed cost of its own: ~4 min on two cores).

* the corpus: the five bundled documents (data/raw), in a subfolder a small synthetic corpus of
  the bench generator (bench/corpus.py), and a constructed budget whose narrative lists its
  projects (tests/fixtures/narrative/project_list_budget.txt: no mart is compared empty);
* the project holds the made-up dbt data test of tests/conftest.py
  ``add_test_failing_on_one_document`` (it fails on the rows of one document of
  fact_expenditure), on both engines alike: the run fails (exit 1) on that test alone, and
  every model and mart is built all the same. The test adds no model: the model ``dbt build``
  skips below it, chk_expenditure_by_document, is a check model (schema checks), not a mart,
  and the engines' comparison covers the marts only;
* dbt's unit tests run in both builds (the only Spark build of the session).

test_spark_vs_duckdb.py compares the engines' raw tables and marts; test_spark_failed_tests.py
checks what both runs say about the failed test.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from bench.corpus import generate
from tests.conftest import RAW, Run, add_test_failing_on_one_document, copy_project, run_yusuan

#: the synthetic documents beside the five bundled ones
SYNTHETIC_DOCUMENTS = int(os.environ.get("YUSUAN_SPARK_TEST_DOCUMENTS", "8"))
#: a budget whose narrative lists its projects (marts.fact_project_budget; no spending by function)
PROJECT_LIST = Path(__file__).resolve().parents[1] / "fixtures" / "narrative" / "project_list_budget.txt"
#: the documents of the corpus: the bundled five, the synthetic ones and the project list's budget
CORPUS_DOCUMENTS = 5 + SYNTHETIC_DOCUMENTS + 1
#: what a run's messages call what it built, per engine (yusuan/cli.py)
BUILT = {"duckdb": "warehouse", "spark": "marts (Parquet)"}


@dataclass
class EnginePair:
    project: Path
    duckdb_db: Path
    spark_dir: Path
    duckdb: Run
    spark: Run

    def run(self, engine: str) -> Run:
        """The run of ``engine`` ('duckdb' or 'spark')."""
        return {"duckdb": self.duckdb, "spark": self.spark}[engine]

    def built(self, engine: str) -> Path:
        """Where ``engine``'s run put the marts: the DuckDB file, or Spark's Parquet folder."""
        return {"duckdb": self.duckdb_db, "spark": self.spark_dir / "marts"}[engine]

    def mart(self, engine: str, name: str) -> str:
        """The mart ``name`` of ``engine`` as a relation of a ``connect()`` connection."""
        if engine == "duckdb":
            return f"local.marts.{name}"
        return f"read_parquet('{self.spark_dir / 'marts' / name / '*.parquet'}')"

    def connect(self) -> duckdb.DuckDBPyConnection:
        """An in-memory DuckDB with the DuckDB run's warehouse attached read-only as ``local``."""
        con = duckdb.connect()
        con.execute(f"attach '{self.duckdb_db}' as local (read_only)")
        return con


@pytest.fixture(scope="session")
def pair(tmp_path_factory) -> EnginePair:
    base = tmp_path_factory.mktemp("engines")
    raw = base / "corpus"
    shutil.copytree(RAW, raw)
    generate(SYNTHETIC_DOCUMENTS, seed=7, out=raw / "synthetic", workers=1)
    (raw / "narrative").mkdir()
    shutil.copy(PROJECT_LIST, raw / "narrative" / PROJECT_LIST.name)
    project = copy_project(base / "project", with_documents=False)
    add_test_failing_on_one_document(project)
    db = base / "duckdb" / "yusuan.duckdb"
    spark_dir = base / "spark"

    def run(*args: str) -> Run:
        env = {"YUSUAN_SPARK_DIR": str(spark_dir)}
        return run_yusuan(
            project, "run", *args, "--raw", str(raw), db_path=db, timeout=1800, dbt_unit_tests=True, env=env
        )

    duckdb_run = run("--full")
    return EnginePair(project, db, spark_dir, duckdb_run, run("--engine", "spark"))
