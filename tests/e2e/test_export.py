"""`yusuan export`: every mart as Parquet (partitioned by fiscal_year) and CSV; and the
warehouse file opens in the DuckDB CLI a user installs from the package index."""

from __future__ import annotations

import csv
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import run_yusuan

MARTS = {
    "dim_document",
    "dim_economic_code",
    "dim_function_code",
    "dim_unit",
    "fact_budget_summary",
    "fact_expenditure",
    "fact_expenditure_economic",
    "fact_reconciliation",
}


@pytest.fixture(scope="module")
def exported(bundled_run, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    result = run_yusuan(bundled_run.project, "export", "--out", str(out), db_path=bundled_run.db_path)
    assert result.returncode == 0, result.output
    return out, result


def test_every_mart_is_exported_in_both_formats(exported, warehouse):
    out, result = exported
    marts = {
        r[0]
        for r in warehouse.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'"
        ).fetchall()
    }
    assert marts >= MARTS
    for mart in marts:
        assert (out / "csv" / f"{mart}.csv").is_file(), mart
        assert (out / "parquet" / mart).is_dir() or (out / "parquet" / f"{mart}.parquet").is_file(), mart
        assert f"  {mart} " in result.stdout


def test_facts_are_partitioned_by_fiscal_year_with_exact_decimals(exported, warehouse):
    out, _ = exported
    folder = out / "parquet" / "fact_expenditure"
    assert sorted(p.name for p in folder.iterdir()) == ["fiscal_year=2025", "fiscal_year=2026"]
    with duckdb.connect() as con:
        rows = con.execute(
            f"select fiscal_year, count(*), sum(amount_yuan), typeof(any_value(amount_yuan)) "
            f"from read_parquet('{folder}/*/*.parquet', hive_partitioning = true) group by 1 order by 1"
        ).fetchall()
    expected = warehouse.execute(
        "select fiscal_year, count(*), sum(amount_yuan) from marts.fact_expenditure group by 1 order by 1"
    ).fetchall()
    assert [r[:3] for r in rows] == [(y, n, s) for y, n, s in expected]
    assert {r[3] for r in rows} == {"DECIMAL(20,2)"}
    # a dimension is one file, with a fiscal_year column (dim_document) or without one
    for dim in ("dim_function_code", "dim_document"):
        assert (out / "parquet" / f"{dim}.parquet").is_file()
        assert not (out / "parquet" / dim).exists()


def test_every_parquet_mart_reads_with_pandas(exported, warehouse):
    """docs/usage.md (Export): pandas.read_parquet on each exported folder or file gives the mart's rows."""
    out, _ = exported
    for path in sorted((out / "parquet").iterdir()):
        mart = path.name.removesuffix(".parquet")
        count = warehouse.execute(f'select count(*) from marts."{mart}"').fetchone()[0]
        assert len(pd.read_parquet(path)) == count, mart


def test_csv_holds_the_exact_published_figures(exported):
    out, _ = exported
    with (out / "csv" / "fact_budget_summary.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with (out / "csv" / "dim_document.csv").open(encoding="utf-8", newline="") as handle:
        paths = {r["document_id"]: r["source_path"] for r in csv.DictReader(handle)}
    totals = {paths[r["document_id"]]: r["value"] for r in rows if r["metric"] == "expenditure_total"}
    # 002 (九龙坡区): 4,844.56 万元; 004 (大渡口区): 2,686.02 万元 — exact text, never a float
    assert totals["002_19b5df8ff6376e0f.txt"] == "48445600.00"
    assert totals["004_a76c5e7673ca46c8.txt"] == "26860200.00"
    assert Decimal(totals["002_19b5df8ff6376e0f.txt"]) == Decimal("4844.56") * 10000


def test_one_format_and_a_bad_format(bundled_run, tmp_path):
    result = run_yusuan(
        bundled_run.project, "export", "--format", "csv", "--out", str(tmp_path / "o"), db_path=bundled_run.db_path
    )
    assert result.returncode == 0, result.output
    assert (tmp_path / "o" / "csv").is_dir() and not (tmp_path / "o" / "parquet").exists()
    bad = run_yusuan(
        bundled_run.project, "export", "--format", "xlsx", "--out", str(tmp_path / "b"), db_path=bundled_run.db_path
    )
    assert bad.returncode == 2 and "unknown export format 'xlsx'" in bad.output


def test_no_warehouse_is_a_plain_error(bundled_run, tmp_path):
    result = run_yusuan(bundled_run.project, "export", "--out", str(tmp_path / "o"), db_path=tmp_path / "none.duckdb")
    assert result.returncode == 2 and "no warehouse at" in result.output


def storage_version(path: Path) -> int:
    """The storage version in a DuckDB file's main header ('DUCK' at byte 8, then a uint64)."""
    head = path.read_bytes()[:20]
    assert head[8:12] == b"DUCK", head
    return int.from_bytes(head[12:20], "little")


def test_the_warehouse_opens_in_duckdb_1_4_and_later(bundled_run):
    # storage version 67 is what DuckDB 1.4.x reads at most (1.5.x reads 68; 2.0 writes 69 by default)
    assert storage_version(bundled_run.db_path) == 67


def test_the_duckdb_cli_from_the_package_index_reads_the_marts(bundled_run):
    cli = Path(sys.executable).parent / "duckdb"  # duckdb-cli 1.5.6, pinned in requirements.lock
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("v1.5."), version
    done = subprocess.run(
        [cli, "-readonly", "-csv", str(bundled_run.db_path), "select count(*) as n from marts.dim_document"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["n", "5"]
