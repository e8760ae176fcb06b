"""The extraction pipeline: read -> detect -> parse (tables, narrative) -> normalise -> write.

One document never takes another down: everything that goes wrong inside a document is
caught and recorded as a problem with that document's status.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from extract import detect as detect_mod
from extract.document import LinearText
from extract.read import ReadError, list_sources, normalise
from extract.readers import read_document
from extract.result import ParseResult, Problem
from extract.schema import RAW_TABLES
from extract.write import TableWriter, encode_rows

# Below this many files, parsing in the main process beats starting workers.
PARALLEL_THRESHOLD = 64


@dataclass
class DocumentOutput:
    document_id: str
    document: dict[str, str]  # the raw_documents row, without the path-specific columns
    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    file_sha256: str = ""
    file_bytes: int = 0


@dataclass
class ExtractSummary:
    documents: list[dict[str, str]]  # raw_documents rows (one per file)
    counts: dict[str, dict[str, int]]  # document_id -> raw table -> rows
    written: dict[str, Path]

    @property
    def failed(self) -> list[dict[str, str]]:
        return [d for d in self.documents if d["status"] != "ok"]


def status_of(problems: Iterable[Problem]) -> str:
    severities = {p.severity for p in problems}
    if "error" in severities:
        return "failed"
    if "partial" in severities:
        return "partial"
    return "ok"


def process(data: bytes, document_id: str) -> DocumentOutput:
    """Parse one document's bytes. Never raises: failures become problems."""
    result = ParseResult()
    doc: dict[str, str] = {"document_id": document_id}
    try:
        _process(data, doc, result)
    except Exception as exc:  # a bug or an input we did not foresee: this document only
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        result.problem("error", "internal_error", f"extraction crashed: {detail}")
        result.rows = {}
    doc["status"] = status_of(result.problems)
    if doc["status"] == "failed":
        result.rows = {}  # nothing is used from a failed document
    doc["problems"] = "; ".join(p.text() for p in result.problems)
    problems = [
        {
            "seq": str(i),
            "severity": p.severity,
            "code": p.code,
            "table_kind": p.table_kind,
            "source_line": "" if p.source_line is None else str(p.source_line),
            "message": p.message,
        }
        for i, p in enumerate(result.problems, start=1)
    ]
    rows = {name: rows for name, rows in result.rows.items() if rows}
    if problems:
        rows["raw_problems"] = problems
    counts = {name: len(r) for name, r in rows.items()}
    return DocumentOutput(document_id=document_id, document=doc, rows=rows, counts=counts)


def _process(data: bytes, doc: dict[str, str], result: ParseResult) -> None:
    from extract.completeness import check_completeness, drop_rows_from_line, untrusted_from_line
    from extract.narrative import parse_narrative
    from extract.tables import parse_tables

    try:
        document = read_document(data)
    except ReadError as exc:
        doc["encoding"] = ""
        result.problem("error", exc.code, exc.message)
        return
    linear = document.linear()
    lines = linear.lines
    is_traditional = document.is_traditional
    if document.source_format != "text":  # text readers normalise while decoding
        normalised, is_traditional = normalise("\n".join(lines))
        lines = tuple(normalised.split("\n"))
    doc["encoding"] = document.encoding
    doc["is_traditional"] = "true" if is_traditional else "false"
    doc["line_count"] = str(len(lines))
    doc["source_format"] = document.source_format
    doc["page_count"] = "" if document.page_count is None else str(document.page_count)
    result.problems.extend(document.problems)  # e.g. a file cut inside its last character, a scanned page

    meta = detect_mod.detect(lines)
    if not meta.is_disclosure:
        result.problem("error", "not_a_disclosure", f"not a budget disclosure: {meta.reason}")
        return
    doc.update(
        title=meta.title,
        province=meta.province,
        district=meta.district,
        unit_name=meta.unit_name,
        unit_code=meta.unit_code,
        scope=meta.scope,
        fiscal_year=meta.fiscal_year,
        doc_kind=meta.doc_kind,
        is_correction="true" if meta.is_correction else "false",
    )
    if not meta.district:
        result.problem("warning", "no_district", f"could not read a district from the unit name {meta.unit_name!r}")

    tables = parse_tables(lines)
    final_accounts = meta.doc_kind == "final_accounts"
    if not final_accounts:  # value roles tell a 决算's columns apart; a budget's figures are budgets
        for rows in tables.result.rows.values():
            for row in rows:
                if row.get("value_role"):
                    row["value_role"] = ""
    result.extend(tables.result)
    names = function_names(tables.result) if final_accounts else None
    narrative = parse_narrative(
        lines, end_line=tables.first_table_line, final_accounts=final_accounts, function_names=names
    )
    if tables.narrative_resumes_line:  # a narrative part after the tables (final accounts)
        start = tables.narrative_resumes_line - 1
        after = [""] * start + list(lines[start:])
        narrative.extend(
            parse_narrative(after, None, final_accounts=final_accounts, function_names=names, own_name=meta.unit_name)
        )
    result.extend(narrative)
    result.problems.extend(check_completeness(lines, tables, narrative, meta.doc_kind))
    untrusted = untrusted_from_line(lines, result.problems, tables.layout)
    if untrusted and drop_rows_from_line(result, untrusted):
        result.problem(
            "partial",
            "cut_row_dropped",
            "the rows of the last, cut-off line are not used (it may stop mid-number)",
            line=untrusted,
        )

    if document.page_count is not None:
        add_pages(result, linear)
    doc["layout"] = tables.layout
    doc["table_count"] = str(tables.table_count)
    doc["amount_unit"] = tables.amount_unit or narrative_unit(narrative) or "万元"
    if not narrative.rows.get("raw_narrative_figures") and tables.table_count == 0:
        if document.source_format == "text":
            message = "no narrative figure and no table could be read: the layout is not one this version knows"
        else:
            message = (
                f"no narrative figure and no table could be read from this {FORMAT_NAMES[document.source_format]}"
                " (a page that only links to the disclosure, or a layout this version does not know)"
            )
        result.problem("error", "unknown_layout", message)


FORMAT_NAMES = {"pdf": "PDF", "docx": "Word file", "xlsx": "spreadsheet", "html": "HTML web page", "text": "text"}


def add_pages(result: ParseResult, linear: LinearText) -> None:
    """Fill ``source_page`` of every row that names its ``source_line`` (paged formats)."""
    for rows in result.rows.values():
        for row in rows:
            line = row.get("source_line")
            if line and "source_page" not in row:
                page = linear.page_of(int(line)) if line.isdigit() else None
                if page is not None:
                    row["source_page"] = str(page)


def function_names(tables: ParseResult) -> dict[str, str]:
    """Code -> name as printed, from the document's function tables (the first name wins)."""
    names: dict[str, str] = {}
    for row in tables.rows.get("raw_function_lines", []):
        if row["code"] and row["name_text"]:
            names.setdefault(row["code"], row["name_text"])
    return names


def narrative_unit(narrative: ParseResult) -> str:
    units = [r.get("value_text", "") for r in narrative.rows.get("raw_narrative_figures", [])]
    wan = sum(1 for u in units if u.endswith("万元"))
    yuan = sum(1 for u in units if u.endswith("元") and not u.endswith("万元"))
    if not wan and not yuan:
        return ""
    return "万元" if wan >= yuan else "元"


def process_file(path: str) -> DocumentOutput:
    """Read, hash and parse one file: its document_id is the first 16 hex digits of its sha256."""
    data = Path(path).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    out = process(data, sha[:16])
    out.file_sha256, out.file_bytes = sha, len(data)
    return out


def worker_context() -> multiprocessing.context.BaseContext:
    """A start method safe with polars/duckdb thread pools in the parent (never plain fork)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _init_worker() -> None:
    """Load the parsers once, then make the cyclic garbage collector cheap: parsing allocates
    millions of short-lived containers (rows, cells) and frees them by reference counting,
    but every 700 allocations the collector walks the young objects, and now and then every
    object of the process (~7 % of a worker's time). Objects alive after the imports are
    frozen out of its walks and it runs ~15x less often; the few cycles are still collected."""
    from extract.completeness import check_completeness  # noqa: F401
    from extract.narrative import parse_narrative  # noqa: F401
    from extract.tables import parse_tables  # noqa: F401

    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


def _process_chunk(paths: list[str]) -> tuple[list[DocumentOutput], dict[str, bytes]]:
    """Read and parse consecutive files and encode their rows as CSV lines.

    Returns the documents without their rows, and per raw table the encoded rows of the
    whole chunk: the parent appends them, so no row is ever pickled or held in the parent.
    """
    outputs: list[DocumentOutput] = []
    tables: dict[str, list[dict[str, str]]] = {}
    ids: dict[str, list[str]] = {}  # the document_id of each row (a column, not copied into the rows)
    for path in paths:
        out = process_file(path)
        for name, rows in out.rows.items():
            tables.setdefault(name, []).extend(rows)
            ids.setdefault(name, []).extend([out.document_id] * len(rows))
        out.rows = {}
        outputs.append(out)
    return outputs, {name: encode_rows(name, rows, ids[name]) for name, rows in tables.items()}


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def extract_all(
    raw_dir: Path,
    out_dir: Path,
    workers: int | None = None,
    on_document: Callable[[str, DocumentOutput], None] | None = None,
) -> ExtractSummary:
    """Extract every file under raw_dir into out_dir/raw_*.csv, reading each file once.

    Files are read, hashed and parsed in worker processes (when there are enough of them),
    in chunks of consecutive files in path order; each chunk's rows come back already
    encoded as CSV lines that the parent appends to the files in that order. Identical
    content is one document, written once, where its first file comes: a chunk holding a
    document already seen (rare) is encoded again without it, in the parent. The output is
    byte-identical whatever the number of workers.
    """
    sources = list_sources(raw_dir)
    rel_paths = [rel for rel, _ in sources]
    paths = [path for _, path in sources]
    workers = workers or os.cpu_count() or 1
    parallel = len(paths) >= PARALLEL_THRESHOLD and workers > 1
    # Workers start from a fresh interpreter: forking a parent that has polars' thread pool
    # running can deadlock the child (polars warns about fork).
    pool = (
        ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(), initializer=_init_worker)
        if parallel
        else None
    )
    writer = TableWriter(out_dir)
    try:
        size = max(1, min(256, -(-len(paths) // (workers * 8))))
        chunks = _chunks(paths, size)
        results = pool.map(_process_chunk, chunks) if pool is not None else map(_process_chunk, chunks)
        outputs: dict[str, DocumentOutput] = {}  # document_id -> its first file's output
        files: list[tuple[str, DocumentOutput]] = []  # (relative path, output), one per file
        position = 0
        for chunk, (chunk_outputs, encoded) in zip(chunks, results, strict=True):
            first = []
            for out in chunk_outputs:
                files.append((rel_paths[position], out))
                if out.document_id not in outputs:
                    outputs[out.document_id] = out
                    first.append(position)
                    if on_document:
                        on_document(rel_paths[position], out)
                position += 1
            if len(first) < len(chunk):  # identical content seen before: its rows are written once
                encoded = _process_chunk([paths[i] for i in first])[1] if first else {}
            for name, data in encoded.items():
                writer.write(name, data)

        documents = []
        for rel_path, out in files:
            row = {col: "" for col in RAW_TABLES["raw_documents"]}
            row.update(out.document)
            row.update(source_path=rel_path, file_sha256=out.file_sha256, file_bytes=str(out.file_bytes))
            documents.append(row)
        ordered = sorted(documents, key=lambda r: (r["source_path"], r["document_id"]))
        writer.write("raw_documents", encode_rows("raw_documents", ordered))
        written = writer.close()
    except BaseException:
        writer.abort()
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return ExtractSummary(
        documents=documents,
        counts={doc_id: out.counts for doc_id, out in outputs.items()},
        written=written,
    )
