"""``yusuan.export``: every Parquet file set reads back with pandas, pyarrow and DuckDB, an
empty mart, a mart with a row that states no fiscal_year and a mart whose rows state none
included (a failed document has no year): no partition value is ever null.

A fresh-user trial found ``pandas.read_parquet('export/parquet/dim_document')`` failing with
"ArrowInvalid: Cannot yet unify dictionaries with nulls" on a fiscal_year=__HIVE_DEFAULT_PARTITION__
folder (a failed document without a year)."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pandas as pd
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
        # every row with a year: hive partitions
        con.execute("create table marts.fact_y as select * from marts.fact_x where fiscal_year is not null")
        # a dimension with a fiscal_year, a failed document's null among the years (dim_document)
        con.execute("create table marts.dim_doc (document_id varchar, fiscal_year integer, status varchar)")
        con.execute("insert into marts.dim_doc values ('a', 2025, 'ok'), ('b', 2026, 'ok'), ('d', null, 'failed')")
    return path


def _duckdb_rows(path, columns):
    """The rows of a mart's folder (as docs/usage.md reads it: '<mart>/**/*.parquet', hive) or file."""
    pattern = path if path.suffix == ".parquet" else f"{path}/**/*.parquet"
    with duckdb.connect() as con:
        return con.execute(
            f"select {columns} from read_parquet('{pattern}', hive_partitioning = true) order by 1"
        ).fetchall()


def _pandas_rows(path, columns):
    frame = pd.read_parquet(path)
    return sorted(
        tuple(
            None if pd.isna(v) else (int(v) if c == "fiscal_year" else v) for c, v in zip(columns, values, strict=True)
        )
        for values in frame[columns].itertuples(index=False)
    )


ROWS_X = [("a", 2025, Decimal("1.50")), ("b", 2026, Decimal("48445600.00")), ("c", None, Decimal("2.00"))]


def test_every_parquet_export_round_trips(warehouse, tmp_path):
    out = tmp_path / "export"
    written = {(w.mart, w.format): w for w in export_marts(warehouse, out)}
    parquet = out / "parquet"
    columns = ["document_id", "fiscal_year", "amount_yuan"]

    # a fact mart whose every row has a year: hive folders
    assert written["fact_y", "parquet"].partitioned
    assert sorted(p.name for p in (parquet / "fact_y").iterdir()) == ["fiscal_year=2025", "fiscal_year=2026"]
    assert _pandas_rows(parquet / "fact_y", columns) == ROWS_X[:2]
    assert _duckdb_rows(parquet / "fact_y", ", ".join(columns)) == ROWS_X[:2]
    assert (
        sorted(zip(*pq.read_table(parquet / "fact_y").select(columns).to_pydict().values(), strict=True)) == ROWS_X[:2]
    )

    # a fact mart with a row without a year: one file in its folder, never a null partition
    # (fiscal_year=__HIVE_DEFAULT_PARTITION__, which pandas cannot read)
    assert not written["fact_x", "parquet"].partitioned
    assert [p.name for p in (parquet / "fact_x").iterdir()] == ["data_0.parquet"]
    assert _pandas_rows(parquet / "fact_x", columns) == ROWS_X
    table = pq.read_table(parquet / "fact_x")
    assert sorted(zip(*table.select(columns).to_pydict().values(), strict=True), key=str) == sorted(ROWS_X, key=str)
    assert str(table.schema.field("fiscal_year").type) == "int32"
    assert _duckdb_rows(parquet / "fact_x", ", ".join(columns)) == ROWS_X

    # a dimension with a fiscal_year (dim_document, a failed document's year null): one file
    assert not (parquet / "dim_doc").exists()
    assert _pandas_rows(parquet / "dim_doc.parquet", ["document_id", "fiscal_year", "status"]) == [
        ("a", 2025, "ok"),
        ("b", 2026, "ok"),
        ("d", None, "failed"),
    ]
    assert _duckdb_rows(parquet / "dim_doc.parquet", "document_id, fiscal_year") == [
        ("a", 2025),
        ("b", 2026),
        ("d", None),
    ]

    # an empty mart: one file with every column and no row (was an empty folder)
    assert not written["fact_empty", "parquet"].partitioned
    assert [p.name for p in (parquet / "fact_empty").iterdir()] == ["data_0.parquet"]
    empty = pq.read_table(parquet / "fact_empty")
    assert empty.num_rows == 0
    assert empty.column_names == columns
    assert str(empty.schema.field("amount_yuan").type) == "decimal128(20, 2)"
    assert list(pd.read_parquet(parquet / "fact_empty").columns) == columns
    assert _duckdb_rows(parquet / "fact_empty", "*") == []

    # a dimension whose rows state no fiscal_year at all (only failed documents): one file
    assert pq.read_table(parquet / "dim_failed.parquet").to_pydict() == {
        "document_id": ["d", "e"],
        "fiscal_year": [None, None],
        "status": ["failed", "failed"],
    }
    assert _duckdb_rows(parquet / "dim_failed.parquet", "document_id, fiscal_year") == [("d", None), ("e", None)]

    # a mart without fiscal_year: one file; every mart: one CSV with a header
    assert pq.read_table(parquet / "dim_code.parquet").num_rows == 0
    assert (out / "csv" / "fact_empty.csv").read_text(encoding="utf-8").splitlines() == [
        "document_id,fiscal_year,amount_yuan"
    ]

    # every Parquet file set the export wrote reads with pandas
    for (mart, fmt), w in written.items():
        if fmt == "parquet":
            assert len(pd.read_parquet(w.path)) == w.rows, mart


def test_an_export_again_replaces_the_layout(warehouse, tmp_path):
    out = tmp_path / "export"
    export_marts(warehouse, out)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("insert into marts.fact_empty values ('f', 2026, 3.00)")
    export_marts(warehouse, out)
    assert [p.name for p in (out / "parquet" / "fact_empty").iterdir()] == ["fiscal_year=2026"]
    assert pq.read_table(out / "parquet" / "fact_empty").num_rows == 1
