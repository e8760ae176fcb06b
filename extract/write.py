"""Write: rows -> deterministic CSV files (fixed column order, stable row order, UTF-8, LF)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import polars as pl

from extract.schema import RAW_TABLES


def encode_rows(name: str, rows: list[dict[str, str]], document_ids: list[str] | None = None) -> bytes:
    """Rows of one raw table as CSV lines without the header (UTF-8, LF, quoted only where
    necessary, empty text as an empty field, columns in contract order).

    ``document_ids``, when given, is the document_id of each row, and the rows are without
    it (the parsers' rows: cheaper than copying every row to add one key).

    CSV rows are independent of each other, so a table written as the concatenation of the
    encodings of consecutive slices of its rows is identical to the table written at once:
    workers encode their own documents' rows and the writer only appends bytes.
    """
    columns = RAW_TABLES[name]
    if document_ids is not None and columns[0] != "document_id":
        raise ValueError(f"{name}: document_id is not the first column")
    given = columns[1:] if document_ids is not None else columns
    for row in rows[:1]:
        extra = set(row) - set(given)
        if extra:
            raise ValueError(f"{name}: columns not in the contract: {sorted(extra)}")
    if not rows:
        return b""
    # polars reads the dicts natively (a missing key is null); empty text is written as null
    frame = pl.from_dicts(rows, schema={col: pl.String for col in given})
    if document_ids is not None:
        if len(document_ids) != len(rows):
            raise ValueError(f"{name}: {len(document_ids)} document ids for {len(rows)} rows")
        frame.insert_column(0, pl.Series(columns[0], document_ids, dtype=pl.String))
    frame = frame.with_columns(
        pl.when(pl.col(col) == "").then(None).otherwise(pl.col(col)).alias(col) for col in columns
    )
    buffer = io.BytesIO()
    frame.write_csv(buffer, include_header=False, line_terminator="\n", quote_style="necessary")
    return buffer.getvalue()


class TableWriter:
    """Every raw table of the contract, written as encoded rows arrive (already in their final order).

    Files are written next to their targets and replaced only on close(), so a failed run
    leaves the previous CSVs as they were. Memory stays flat whatever the number of rows.
    """

    def __init__(self, out_dir: Path):
        out_dir.mkdir(parents=True, exist_ok=True)
        self.paths = {name: out_dir / f"{name}.csv" for name in RAW_TABLES}
        self.handles = {}
        for name, columns in RAW_TABLES.items():
            handle = self.paths[name].with_suffix(".csv.tmp").open("wb")
            handle.write((",".join(columns) + "\n").encode("utf-8"))
            self.handles[name] = handle

    def write(self, name: str, data: bytes) -> None:
        self.handles[name].write(data)

    def close(self) -> dict[str, Path]:
        for name, handle in self.handles.items():
            handle.close()
            os.replace(self.paths[name].with_suffix(".csv.tmp"), self.paths[name])
        return dict(self.paths)

    def abort(self) -> None:
        for name, handle in self.handles.items():
            handle.close()
            self.paths[name].with_suffix(".csv.tmp").unlink(missing_ok=True)
