"""Every mart as Parquet and CSV files, for tools that do not read DuckDB.

Layout under the output folder (default ``export/`` in the project)::

    parquet/<mart>/fiscal_year=<year>/data_0.parquet   a mart with a fiscal_year column (hive partitions)
    parquet/<mart>.parquet                             a mart without one (the dimensions)
    csv/<mart>.csv                                     every mart, one file, UTF-8 with a header row

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


@dataclass(frozen=True)
class Exported:
    mart: str
    format: str
    path: Path  # a file, or the folder of a partitioned mart
    rows: int
    partitioned: bool


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


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

    Raises FileNotFoundError when the warehouse does not exist and ValueError for an unknown
    format or a warehouse without marts."""
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
                partitioned = fmt == "parquet" and PARTITION_COLUMN in columns
                target = out_dir / fmt / (mart if partitioned else f"{mart}.{fmt}")
                for old in (out_dir / fmt / mart, out_dir / fmt / f"{mart}.{fmt}"):
                    if old.is_dir():
                        shutil.rmtree(old)
                    elif old.exists():
                        old.unlink()
                if fmt == "parquet":
                    options = "format parquet" + (f", partition_by ({PARTITION_COLUMN})" if partitioned else "")
                else:
                    options = "format csv, header true"
                con.execute(f"copy ({query}) to {_quote(str(target))} ({options})")
                if partitioned:
                    target.mkdir(exist_ok=True)  # an empty mart still gets its folder
                written.append(Exported(mart, fmt, target, rows, partitioned))
    return written
