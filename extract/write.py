"""Write: rows -> deterministic CSV files (fixed column order, stable row order, UTF-8, LF)."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl

from extract.schema import RAW_TABLES


def write_tables(tables: dict[str, list[dict[str, str]]], out_dir: Path) -> dict[str, Path]:
    """Write every raw table of the contract (header-only when it has no rows).

    Empty text is written as an empty field (read back as NULL).
    Rows keep the order given (documents sorted by id, rows in document order), except
    raw_documents, which is sorted by source path. Unknown columns are an error.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, columns in RAW_TABLES.items():
        rows = tables.get(name, [])
        for row in rows[:1]:
            extra = set(row) - set(columns)
            if extra:
                raise ValueError(f"{name}: columns not in the contract: {sorted(extra)}")
        if name == "raw_documents":
            rows = sorted(rows, key=lambda r: (r["source_path"], r["document_id"]))
        frame = pl.DataFrame(
            {col: [row.get(col) or None for row in rows] for col in columns},
            schema={col: pl.String for col in columns},
        )
        path = out_dir / f"{name}.csv"
        tmp = path.with_suffix(".csv.tmp")
        frame.write_csv(tmp, line_terminator="\n", quote_style="necessary")
        os.replace(tmp, path)
        written[name] = path
    return written
