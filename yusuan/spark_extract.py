"""Extraction as a Spark job: the same ``extract.pipeline.process_file`` mapped over the files.

Input: a folder of source documents, listed on the driver exactly as the local run lists it
(``extract.read.list_sources``: same files, same relative ``source_path``). The list becomes a
DataFrame of (source_path, path) split into partitions; each partition runs in a Python worker
(``mapInArrow``: works on a classic cluster and over Spark Connect) that reads, hashes and parses
its files with the local pipeline's own function, so every status, problem and row is the one the
local run records.

Output: one Parquet folder per raw table, ``<out_dir>/<raw table>/``, every column a nullable
string in contract order (``extract/schema.py``); empty text is null, as the CSV loader reads it.
The rows are those of the local run's ``seeds/raw/<raw table>.csv`` for the same input (the row
order of Parquet files is not meaningful): one ``raw_documents`` row per file; the rows of a
document whose content is identical to an earlier file's (by path order) are kept once, from its
first file.

The executors must see the files at the same paths as the driver (a local run, or a shared file
system mounted alike on every node), and have this project installed (``pip install .``), or
receive it with ``--py-files``.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extract.schema import RAW_TABLES

if TYPE_CHECKING:  # pyspark is an optional dependency (the `spark` extra)
    import pyarrow as pa
    from pyspark.sql import SparkSession

#: Columns of the one wide frame the workers emit: the raw table a row belongs to, the file it
#: came from, then the union of every raw table's columns (each table keeps its own on write).
TABLE_COLUMN = "raw_table"
FILE_COLUMN = "file_path"
WIDE_COLUMNS: tuple[str, ...] = (
    TABLE_COLUMN,
    FILE_COLUMN,
    *dict.fromkeys(col for columns in RAW_TABLES.values() for col in columns),
)
#: The raw table that does not come from the documents but from the manifest file beside them.
MANIFEST_TABLE = "raw_manifest"
#: Files handed to a worker per Arrow batch (and rows emitted per batch): bounds its memory.
FILES_PER_BATCH = 16


@dataclass
class SparkExtractSummary:
    """What the CLI summary needs, as ``extract.pipeline.ExtractSummary``: the raw_documents rows
    (one per file, every column text), rows per document and raw table, and the Parquet folders."""

    documents: list[dict[str, str]]
    counts: dict[str, dict[str, int]]
    written: dict[str, Path]

    @property
    def failed(self) -> list[dict[str, str]]:
        """The raw_documents rows whose status is not 'ok' ('failed' and 'partial'), in run order."""
        return [d for d in self.documents if d["status"] != "ok"]


def wide_schema() -> pa.Schema:
    """The Arrow schema of the workers' wide frame: every column of ``WIDE_COLUMNS``, as string."""
    import pyarrow as pa

    return pa.schema([(col, pa.string()) for col in WIDE_COLUMNS])


def extract_partition(batches: Iterator[pa.RecordBatch], raw_root: str | None = None) -> Iterator[pa.RecordBatch]:
    """mapInArrow body: batches of (source_path, path) -> batches of wide rows (``WIDE_COLUMNS``).

    Runs on an executor. Each file goes through ``extract.pipeline.process_file`` (never raises:
    a bad file is a 'failed' raw_documents row with its problems; ``raw_root`` is the raw folder,
    which no file may leave, as in the local run); its raw_documents row is filled as the
    local run fills it.
    """
    import pyarrow as pa

    from extract.pipeline import process_file

    schema = wide_schema()
    document_columns = RAW_TABLES["raw_documents"]
    for batch in batches:
        rel_paths = batch.column("source_path").to_pylist()
        paths = batch.column("path").to_pylist()
        for start in range(0, len(paths), FILES_PER_BATCH):
            rows: list[dict[str, str | None]] = []
            for rel_path, path in zip(
                rel_paths[start : start + FILES_PER_BATCH], paths[start : start + FILES_PER_BATCH], strict=True
            ):
                out = process_file(path, raw_root)
                document = {col: "" for col in document_columns}
                document.update(out.document)
                document.update(source_path=rel_path, file_sha256=out.file_sha256, file_bytes=str(out.file_bytes))
                rows.append(_wide_row("raw_documents", rel_path, document))
                for name, table_rows in out.rows.items():
                    for row in table_rows:
                        rows.append(_wide_row(name, rel_path, {"document_id": out.document_id, **row}))
            yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _wide_row(name: str, rel_path: str, row: dict[str, str]) -> dict[str, str | None]:
    extra = set(row) - set(RAW_TABLES[name])
    if extra:
        raise ValueError(f"{name}: columns not in the contract: {sorted(extra)}")
    wide: dict[str, str | None] = {col: (value if value != "" else None) for col, value in row.items()}
    wide[TABLE_COLUMN] = name
    wide[FILE_COLUMN] = rel_path
    return wide


def partitions_for(files: int, parallelism: int) -> int:
    """Partitions of the file list: about 64 files each, at least 2 per core, at most 10,000."""
    return max(1, min(10_000, max(2 * parallelism, -(-files // 64))))


def extract_spark(
    spark: SparkSession, raw_dir: Path, out_dir: Path, partitions: int | None = None
) -> SparkExtractSummary:
    """Extract every file under ``raw_dir`` into ``out_dir/<raw table>/`` (Parquet) with Spark.

    ``out_dir`` is replaced: ``out_dir/_wide`` holds the workers' output (partitioned by raw
    table), then each raw table is written with its own columns, keeping the rows of identical
    content once (those of its first file by path). Raises what Spark raises when the job
    itself fails (a lost cluster, a worker without the project installed); a bad document
    never fails it.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    from extract.manifest import read_manifest
    from extract.read import list_sources

    sources = list_sources(raw_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    wide_dir = out_dir / "wide.tmp"  # not "_..." : Spark skips such paths as hidden
    parallelism = int(spark.conf.get("spark.default.parallelism", "0") or 0) or _cores(spark)
    files = spark.createDataFrame(
        sources,
        StructType([StructField("source_path", StringType(), False), StructField("path", StringType(), False)]),
    ).repartition(partitions or partitions_for(len(sources), parallelism))
    wide_type = StructType([StructField(col, StringType(), True) for col in WIDE_COLUMNS])
    files.mapInArrow(functools.partial(extract_partition, raw_root=str(raw_dir)), wide_type).write.partitionBy(
        TABLE_COLUMN
    ).parquet(str(wide_dir))

    wide = spark.read.parquet(str(wide_dir))
    documents = wide.where(F.col(TABLE_COLUMN) == "raw_documents")
    first_files = documents.groupBy("document_id").agg(F.min("source_path").alias(FILE_COLUMN))
    written: dict[str, Path] = {}
    for name, columns in RAW_TABLES.items():
        if name == MANIFEST_TABLE:  # not from the documents: written below, from the manifest file
            continue
        rows = wide.where(F.col(TABLE_COLUMN) == name)
        if name != "raw_documents":
            rows = rows.join(F.broadcast(first_files), ["document_id", FILE_COLUMN], "left_semi")
        rows.select(*columns).write.parquet(str(out_dir / name))
        written[name] = out_dir / name

    counts: dict[str, dict[str, int]] = {}
    kept = spark.read.parquet(str(wide_dir)).join(F.broadcast(first_files), ["document_id", FILE_COLUMN], "left_semi")
    for row in kept.groupBy("document_id", TABLE_COLUMN).count().collect():
        if row[TABLE_COLUMN] != "raw_documents":
            counts.setdefault(row["document_id"], {})[row[TABLE_COLUMN]] = row["count"]
    document_rows = [
        {col: row[col] or "" for col in RAW_TABLES["raw_documents"]}
        for row in spark.read.parquet(str(out_dir / "raw_documents")).collect()
    ]
    document_rows.sort(key=lambda r: (r["source_path"], r["document_id"]))
    for doc in document_rows:
        counts.setdefault(doc["document_id"], {})
    # the manifest beside the documents (a small file at the top of the raw folder), read on
    # the driver exactly as the local run reads it
    manifest_columns = RAW_TABLES[MANIFEST_TABLE]
    manifest = read_manifest(raw_dir, {doc["source_path"] for doc in document_rows})
    spark.createDataFrame(
        [tuple(row.get(col) or None for col in manifest_columns) for row in manifest],
        StructType([StructField(col, StringType(), True) for col in manifest_columns]),
    ).coalesce(1).write.parquet(str(out_dir / MANIFEST_TABLE))
    written[MANIFEST_TABLE] = out_dir / MANIFEST_TABLE
    shutil.rmtree(wide_dir)
    return SparkExtractSummary(documents=document_rows, counts=counts, written=written)


def _cores(spark: SparkSession) -> int:
    try:
        return spark.sparkContext.defaultParallelism
    except Exception:  # Spark Connect has no SparkContext
        return 2
