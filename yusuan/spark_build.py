"""The warehouse on Spark: the same dbt project on dbt-spark, the marts exported as Parquet,
the same Great Expectations checkpoint over that export.

Layout under ``spark_dir`` (``yusuan/spark_session.py``): ``raw/<raw table>/`` (the extraction
job's Parquet), ``marts/<mart>/`` (the built marts, Parquet, the exact types of the DuckDB
marts: DECIMAL(20,2) amounts, never floats), ``spark-warehouse/`` (scratch of the session's
catalog, cleared before each build).

dbt runs in this process (dbtRunner) with target ``spark`` (profiles.yml: method session), so it
uses this process's Spark session: the local one, or the cluster's under spark-submit or Spark
Connect. The marts replace the previous export only when every model built (a failed data test
holds nothing back: its documents are named as on DuckDB, by its SQL run again in this
session); the checkpoint then reads the check models (schema checks, built by dbt on Spark) and
the marts through a throw-away DuckDB file of views over their Parquet export.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from yusuan.build import (
    BuildOutcome,
    FailedTest,
    StepResult,
    build_held_back,
    failed_tests,
    models_complete,
    name_failed_tests,
    not_swapped,
    read_failures,
)
from yusuan.project import EnvironmentProblem, Settings
from yusuan.spark_session import spark_dir

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

MARTS_SCHEMA = "marts"
#: the check models (models/checks/, views over the marts) the checkpoint reads
CHECKS_SCHEMA = "checks"


def run_dbt_spark(settings: Settings, raw_dir: Path, *args: str) -> StepResult:
    """One dbt command on the ``spark`` target in this process; failures from run_results.json.

    Raises EnvironmentProblem when dbt could not run at all (a broken project or profile).
    """
    from dbt.cli.main import dbtRunner

    started = time.perf_counter()
    command = [
        *args,
        "--target",
        "spark",
        "--project-dir",
        str(settings.root),
        "--profiles-dir",
        str(settings.root),
        "--vars",
        json.dumps({"raw_dir": str(raw_dir)}),
    ]
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    with contextlib.chdir(settings.root):
        result = dbtRunner().invoke(command)
    seconds = time.perf_counter() - started
    if result.exception is not None:
        raise EnvironmentProblem(f"dbt {' '.join(args)} (spark) could not run: {result.exception}")
    failures = read_failures(settings.root / "target" / "run_results.json")
    ok = bool(result.success)
    if not ok and not failures:
        failures = [f"dbt {' '.join(args)} (spark) did not succeed"]
    return StepResult(name=f"dbt {args[0]}", ok=ok, seconds=seconds, failures=failures)


def export_schema(spark: SparkSession, schema: str, out_dir: Path) -> list[str]:
    """Every table or view of ``schema`` -> ``out_dir/<name>/`` (Parquet); returns the names."""
    names = sorted(t.name for t in spark.catalog.listTables(schema) if not t.isTemporary)
    for name in names:
        spark.table(f"{schema}.{name}").write.mode("overwrite").parquet(str(out_dir / name))
    return names


def views_database(exports: dict[str, tuple[Path, list[str]]], db_path: Path) -> Path:
    """A DuckDB file with, per schema, one view per exported relation (read_parquet):
    ``exports`` is {schema: (folder, names)}."""
    import duckdb

    db_path.unlink(missing_ok=True)
    with duckdb.connect(str(db_path)) as con:
        for schema, (folder, names) in exports.items():
            con.execute(f"create schema {schema}")
            for name in names:
                files = str(folder / name / "*.parquet").replace("'", "''")
                con.execute(f"create view {schema}.{name} as select * from read_parquet('{files}')")
    return db_path


def build_spark(settings: Settings, spark: SparkSession, raw_dir: Path) -> BuildOutcome:
    """dbt build on Spark over the raw Parquet in ``raw_dir``, export the marts, run the checks.

    Returns the steps; ``db_path`` of the outcome is the marts folder. The previous marts
    folder is left as it was when a model did not build; the models a failed test held back are
    built all the same (``build_held_back``), and, as on DuckDB, the failure (and the outcome's
    ``failed_tests``) names the test's rule and the files of the documents its rows name
    (``name_failed_tests_spark``).
    """
    from yusuan.build import run_checks

    base = spark_dir(settings.root)
    scratch = base / "spark-warehouse"
    if scratch.exists():  # tables of an earlier session: the catalog forgot them, the files stay
        shutil.rmtree(scratch)
    marts = base / "marts"
    building = base / f".marts.{os.getpid()}.building"
    shutil.rmtree(building, ignore_errors=True)

    steps = [run_dbt_spark(settings, raw_dir, "build")]
    results = settings.root / "target" / "run_results.json"
    tests = failed_tests(settings.root, results)  # before the 'dbt run' below replaces the results
    rerun = build_held_back(results, lambda *args: run_dbt_spark(settings, raw_dir, *args))
    if rerun is not None:
        steps.append(rerun)
    if not models_complete(results):
        steps.append(not_swapped(f"the previous marts {marts} were left as they were"))
        return BuildOutcome(steps=steps, db_path=marts, swapped=False, failed_tests=tests)

    name_failed_tests_spark(steps[0], tests, spark)
    started = time.perf_counter()
    names = export_schema(spark, MARTS_SCHEMA, building)
    checks_dir = base / f".checks.{os.getpid()}"
    shutil.rmtree(checks_dir, ignore_errors=True)
    checks = export_schema(spark, CHECKS_SCHEMA, checks_dir) if spark.catalog.databaseExists(CHECKS_SCHEMA) else []
    steps.append(
        StepResult(name="export", ok=True, seconds=time.perf_counter() - started, detail=f"{len(names)} marts")
    )
    checks_db = base / f".views.{os.getpid()}.duckdb"  # not "checks...": DuckDB names the catalog after the file
    try:
        exports = {MARTS_SCHEMA: (building, names), CHECKS_SCHEMA: (checks_dir, checks)}
        steps.append(run_checks(settings, views_database(exports, checks_db), warehouse=base))
    finally:
        checks_db.unlink(missing_ok=True)
        shutil.rmtree(checks_dir, ignore_errors=True)
    if marts.exists():
        shutil.rmtree(marts)
    os.replace(building, marts)
    return BuildOutcome(steps=steps, db_path=marts, swapped=True, failed_tests=tests)


def name_failed_tests_spark(step: StepResult, tests: list[FailedTest], spark: SparkSession) -> None:
    """``name_failed_tests`` in the session dbt built the models in: each failed test's compiled
    SQL (relations as dbt-spark named them, e.g. ``marts.fact_expenditure``) runs again there,
    and the documents of its rows are looked up in ``marts.dim_document``."""
    if not tests:
        return
    from pyspark.errors import PySparkException

    def query(sql: str) -> tuple[list[str], list[tuple]]:
        frame = spark.sql(sql)
        return frame.columns, [tuple(row) for row in frame.collect()]

    name_failed_tests(step, tests, query, f"{MARTS_SCHEMA}.dim_document", (PySparkException,))
