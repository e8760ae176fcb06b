"""``yusuan.export``: every Parquet file set reads back with pyarrow and DuckDB, an empty mart
and a mart whose rows state no fiscal_year included (a warehouse whose documents all failed)."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pyarrow.parquet as pq
import pytest

from yusuan.export import export_marts


@pytest.fixture()
def warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.fact_x (document_id varchar, fiscal_year integer, amount_yuan decimal(20, 2))")
        con.execute("insert into marts.fact_x values ('a', 2025, 1.50), ('b', 2026, 48445600.00), ('c', null, 2.00)")
        # no rows at all
        con.execute("create table marts.fact_empty as select * from marts.fact_x where false")
        # rows, none with a fiscal_year (failed documents only)
        con.execute("create table marts.dim_failed (document_id varchar, fiscal_year integer, status varchar)")
        con.execute("insert into marts.dim_failed values ('d', null, 'failed'), ('e', null, 'failed')")
        con.execute("create table marts.dim_code (code varchar, name varchar)")
    return path


def _duckdb_rows(folder, columns):
    with duckdb.connect() as con:
        return con.execute(
            f"select {columns} from read_parquet('{folder}/**/*.parquet', hive_partitioning = true) order by 1"
        ).fetchall()


def test_every_parquet_export_round_trips(warehouse, tmp_path):
    out = tmp_path / "export"
    written = {(w.mart, w.format): w for w in export_marts(warehouse, out)}
    parquet = out / "parquet"

    # a mart with years: hive folders, the null year in the default partition
    assert written["fact_x", "parquet"].partitioned
    assert sorted(p.name for p in (parquet / "fact_x").iterdir()) == [
        "fiscal_year=2025",
        "fiscal_year=2026",
        "fiscal_year=__HIVE_DEFAULT_PARTITION__",
    ]
    table = pq.read_table(parquet / "fact_x")
    assert sorted(
        zip(*table.select(["document_id", "fiscal_year", "amount_yuan"]).to_pydict().values(), strict=True)
    ) == [
        ("a", 2025, Decimal("1.50")),
        ("b", 2026, Decimal("48445600.00")),
        ("c", None, Decimal("2.00")),
    ]
    assert _duckdb_rows(parquet / "fact_x", "document_id, fiscal_year, amount_yuan") == [
        ("a", 2025, Decimal("1.50")),
        ("b", 2026, Decimal("48445600.00")),
        ("c", None, Decimal("2.00")),
    ]

    # an empty mart: one file with every column and no row (was an empty folder)
    assert not written["fact_empty", "parquet"].partitioned
    assert [p.name for p in (parquet / "fact_empty").iterdir()] == ["data_0.parquet"]
    empty = pq.read_table(parquet / "fact_empty")
    assert empty.num_rows == 0
    assert empty.column_names == ["document_id", "fiscal_year", "amount_yuan"]
    assert str(empty.schema.field("amount_yuan").type) == "decimal128(20, 2)"
    assert _duckdb_rows(parquet / "fact_empty", "*") == []

    # rows without any fiscal_year: one file (a lone __HIVE_DEFAULT_PARTITION__ folder cannot be typed)
    assert [p.name for p in (parquet / "dim_failed").iterdir()] == ["data_0.parquet"]
    assert pq.read_table(parquet / "dim_failed").to_pydict() == {
        "document_id": ["d", "e"],
        "fiscal_year": [None, None],
        "status": ["failed", "failed"],
    }
    assert _duckdb_rows(parquet / "dim_failed", "document_id, fiscal_year") == [("d", None), ("e", None)]

    # a mart without fiscal_year: one file; every mart: one CSV with a header
    assert pq.read_table(parquet / "dim_code.parquet").num_rows == 0
    assert (out / "csv" / "fact_empty.csv").read_text(encoding="utf-8").splitlines() == [
        "document_id,fiscal_year,amount_yuan"
    ]


def test_an_export_again_replaces_the_layout(warehouse, tmp_path):
    out = tmp_path / "export"
    export_marts(warehouse, out)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("insert into marts.fact_empty values ('f', 2026, 3.00)")
    export_marts(warehouse, out)
    assert [p.name for p in (out / "parquet" / "fact_empty").iterdir()] == ["fiscal_year=2026"]
    assert pq.read_table(out / "parquet" / "fact_empty").num_rows == 1
