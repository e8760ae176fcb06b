"""Every mart as Parquet and CSV files, for tools that do not read DuckDB.

Layout under the output folder (default ``export/`` in the project)::

    parquet/<fact>/fiscal_year=<year>/data_0.parquet   a fact mart with a fiscal_year column (hive partitions)
    parquet/<fact>/data_0.parquet                      such a mart when some row has no fiscal_year (or none)
    parquet/<mart>.parquet                             every other mart (the dimensions, dim_document too)
    csv/<mart>.csv                                     every mart, one file, UTF-8 with a header row

A partition value is never null: hive folders are written only when every row states a
fiscal_year. A folder ``fiscal_year=__HIVE_DEFAULT_PARTITION__`` (what a null year would give)
makes pandas / pyarrow fail ("Cannot yet unify dictionaries with nulls"), and a lone such
folder cannot be typed at all; so such a mart is one file in its folder, its fiscal_year a
column. Every folder and file reads back with ``pandas.read_parquet``, ``pyarrow.parquet.
read_table`` and DuckDB (``read_parquet('<mart>/**/*.parquet', hive_partitioning = true)``).

Amounts keep their type: DECIMAL(20,2) in Parquet, the exact decimal text in CSV (never a
float). Rows are written in the order of the mart's first columns, so the same warehouse
gives the same files. A mart's previous files are replaced; nothing else in the folder is
touched.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

FORMATS = ("parquet", "csv")
PARTITION_COLUMN = "fiscal_year"
#: the marts written in fiscal_year partitions (when they have the column): the facts, the
#: large ones; a dimension is always one file
PARTITIONED_PREFIX = "fact_"
#: the one file of a fact mart in which some row states no fiscal_year (see ``export_marts``)
UNPARTITIONED_FILE = "data_0.parquet"


@dataclass(frozen=True)
class Exported:
    mart: str
    format: str
    path: Path  # a file, or the folder of a partitioned mart
    rows: int
    partitioned: bool


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _every_row_has_partition_key(con: duckdb.DuckDBPyConnection, query: str) -> bool:
    """True when the query has rows and every one has a fiscal_year (no partition is then null)."""
    found = con.execute(f"select count(*) > 0 and count(*) = count({PARTITION_COLUMN}) from ({query})").fetchone()
    return bool(found and found[0])


def marts(con: duckdb.DuckDBPyConnection, schema: str = "marts") -> dict[str, list[str]]:
    """{mart name: its column names in order}, for every table and view of the schema."""
    rows = con.execute(
        "select table_name, column_name from information_schema.columns where table_schema = ? "
        "order by table_name, ordinal_position",
        [schema],
    ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def export_marts(
    db_path: Path, out_dir: Path, formats: tuple[str, ...] = FORMATS, schema: str = "marts"
) -> list[Exported]:
    """Write every mart of ``db_path`` (opened read-only) under ``out_dir``; returns what was written.

    Every folder or file written reads back with pandas (``pandas.read_parquet``), pyarrow
    (``pyarrow.parquet.read_table``) and DuckDB (``read_parquet('<mart>/**/*.parquet',
    hive_partitioning = true)``), an empty mart too (zero rows, all its columns): no partition
    value is ever null (see the module's layout). Raises FileNotFoundError when the warehouse does not
    exist and ValueError for an unknown format or a warehouse without marts."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {unknown[0]!r}: use {' or '.join(FORMATS)}")
    if not db_path.is_file():
        raise FileNotFoundError(f"no warehouse at {db_path}: run `yusuan run` first")
    written: list[Exported] = []
    with duckdb.connect(str(db_path), read_only=True) as con:
        tables = marts(con, schema)
        if not tables:
            raise ValueError(f"{db_path} has no schema {schema!r} with tables: run `yusuan build` first")
        for fmt in formats:
            (out_dir / fmt).mkdir(parents=True, exist_ok=True)
        for mart, columns in sorted(tables.items()):
            order = ", ".join(f'"{c}"' for c in columns[: min(4, len(columns))])
            query = f'select * from "{schema}"."{mart}" order by {order}'
            rows = con.execute(f"select count(*) from ({query})").fetchone()[0]
            for fmt in formats:
                by_year = fmt == "parquet" and mart.startswith(PARTITIONED_PREFIX) and PARTITION_COLUMN in columns
                target = out_dir / fmt / (mart if by_year else f"{mart}.{fmt}")
                for old in (out_dir / fmt / mart, out_dir / fmt / f"{mart}.{fmt}"):
                    if old.is_dir():
                        shutil.rmtree(old)
                    elif old.exists():
                        old.unlink()
                partitioned = by_year and _every_row_has_partition_key(con, query)
                if by_year and not partitioned:
                    # an empty mart, or a row without a fiscal_year: hive folders would be none,
                    # or hold a fiscal_year=__HIVE_DEFAULT_PARTITION__ that pandas / pyarrow cannot
                    # read; one file in the mart's folder keeps every row and column
                    target.mkdir(parents=True)
                    con.execute(f"copy ({query}) to {_quote(str(target / UNPARTITIONED_FILE))} (format parquet)")
                elif fmt == "parquet":
                    options = "format parquet" + (f", partition_by ({PARTITION_COLUMN})" if partitioned else "")
                    con.execute(f"copy ({query}) to {_quote(str(target))} ({options})")
                else:
                    con.execute(f"copy ({query}) to {_quote(str(target))} (format csv, header true)")
                written.append(Exported(mart, fmt, target, rows, partitioned))
    return written
