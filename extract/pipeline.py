"""The extraction pipeline: read -> detect -> parse (tables, narrative) -> normalise -> write.

One document never takes another down: everything that goes wrong inside a document is
caught and recorded as a problem with that document's status.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

from extract import detect as detect_mod
from extract.cache import DocumentCache, Entry
from extract.document import LinearText
from extract.read import ReadError, list_sources, normalise
from extract.readers import read_document
from extract.result import ParseResult, Problem
from extract.schema import RAW_TABLES
from extract.write import TableWriter, encode_documents, encode_rows

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
class Changes:
    """What a run found against the previous raw_documents.csv, and where its rows came from.

    new / changed / removed / unchanged count files (paths: a changed file is one whose
    content differs from the last run's); reused / extracted count distinct documents
    (contents) taken from the cache or parsed in this run. ``full``: no cache was read.
    """

    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    reused: int = 0
    extracted: int = 0
    full: bool = True


@dataclass
class ExtractSummary:
    documents: list[dict[str, str]]  # raw_documents rows (one per file)
    counts: dict[str, dict[str, int]]  # document_id -> raw table -> rows
    written: dict[str, Path]
    changes: Changes = field(default_factory=Changes)

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


def _extract_chunk(paths: list[str], cache_root: str | None = None, version: str = "") -> list[Entry]:
    """Read, hash and parse consecutive files; encode their rows as CSV lines, per document.

    Each document's rows are encoded with the others of the chunk (one polars frame per
    table) and cut back into documents, so entries can be reused one by one later. With a
    cache, every entry is stored as soon as the chunk is done, except failed documents: a
    failure may not repeat (a time limit, a file still being copied), so it is retried. Only encoded bytes come back
    to the parent: no row is ever pickled or held there.
    """
    outputs = [process_file(path) for path in paths]
    per_table: dict[str, list[bytes]] = {}
    for name in RAW_TABLES:
        if any(out.rows.get(name) for out in outputs):
            per_table[name] = encode_documents(name, [(out.document_id, out.rows.get(name, [])) for out in outputs])
    entries = []
    for i, out in enumerate(outputs):
        encoded = {name: parts[i] for name, parts in per_table.items() if parts[i]}
        entries.append(Entry(out.document_id, out.file_sha256, out.file_bytes, out.document, out.counts, encoded))
    if cache_root is not None:
        cache = DocumentCache(Path(cache_root), version)
        for entry in entries:
            if entry.document.get("status") != "failed":  # a failure is tried again next run
                cache.store(entry)
    return entries


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _sha256(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def previous_files(out_dir: Path) -> dict[str, str]:
    """source_path -> file_sha256 of the raw_documents.csv in out_dir ({} when there is none
    or it is not one this version wrote): what the last run loaded."""
    try:
        with (out_dir / "raw_documents.csv").open(encoding="utf-8", newline="") as handle:
            return {row["source_path"]: row["file_sha256"] for row in csv.DictReader(handle)}
    except (OSError, KeyError, csv.Error, UnicodeDecodeError):
        return {}


def extract_all(
    raw_dir: Path,
    out_dir: Path,
    workers: int | None = None,
    on_document: Callable[[str, DocumentOutput], None] | None = None,
    cache_dir: Path | None = None,
    full: bool = False,
) -> ExtractSummary:
    """Extract every file under raw_dir into out_dir/raw_*.csv.

    Without ``cache_dir`` every file is read once and parsed. With it, documents are kept in
    a ``DocumentCache`` there (by content sha256 and extractor version): every file is hashed
    first, and only contents the cache does not hold are parsed (all of them with ``full``);
    the others' rows are read back from the cache. The raw tables are then written the same
    way in both cases, one document after the other in path order, so an incremental run
    gives byte-identical CSVs to a full run over the same files.

    Files to parse are handled in worker processes (when there are enough of them), in
    chunks of consecutive files in path order. Identical content is one document, written
    once, where its first file comes; raw_documents has one row per file. The CSVs are
    written into a staging folder and swapped in as a set only when all are complete
    (``TableWriter``): a failed or killed run leaves the previous set. The output is
    byte-identical whatever the number of workers. ``on_document(path, output)`` is called
    once per file, in path order (``output`` without rows).
    """
    sources = list_sources(raw_dir)
    rel_paths = [rel for rel, _ in sources]
    paths = [path for _, path in sources]
    before = previous_files(out_dir)
    cache = DocumentCache(cache_dir) if cache_dir is not None else None
    held = cache.known() if cache is not None and not full else set()
    # the content of every file, when some may be reused (else the workers hash what they read)
    shas: list[str | None] = [_sha256(path) for path in paths] if held else [None] * len(paths)
    todo: list[int] = []  # files to parse, in path order
    planned: set[str] = set()
    for i, sha in enumerate(shas):
        if sha is None or (sha not in held and sha not in planned):
            todo.append(i)
            if sha is not None:
                planned.add(sha)

    workers = workers or os.cpu_count() or 1
    parallel = len(todo) >= PARALLEL_THRESHOLD and workers > 1
    # Workers start from a fresh interpreter: forking a parent that has polars' thread pool
    # running can deadlock the child (polars warns about fork).
    pool = (
        ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(), initializer=_init_worker)
        if parallel
        else None
    )
    task = partial(
        _extract_chunk,
        cache_root=None if cache is None else str(cache.root),
        version="" if cache is None else cache.version,
    )
    writer = TableWriter(out_dir)
    try:
        size = max(1, min(256, -(-len(todo) // (workers * 8))))
        chunks = _chunks([paths[i] for i in todo], size)
        results = pool.map(task, chunks) if pool is not None else map(task, chunks)
        parsed: Iterator[Entry] = chain.from_iterable(results)
        to_parse = set(todo)
        outputs: dict[str, DocumentOutput] = {}  # document_id -> its first file's output
        files: list[tuple[str, DocumentOutput]] = []  # (relative path, output), one per file
        reused = 0
        for i, rel_path in enumerate(rel_paths):
            sha = shas[i]
            if i in to_parse:
                entry = next(parsed)
            elif sha is not None and sha[:16] in outputs:  # a copy of content already written
                entry = None
            else:  # held by the cache
                entry = cache.load(sha) if cache is not None and sha is not None else None
                if entry is None:  # vanished or damaged since it was listed: parse it now
                    entry = task([paths[i]])[0]
                else:
                    reused += 1
            if entry is not None and entry.document_id not in outputs:
                for name, data in entry.encoded.items():
                    writer.write(name, data)
                outputs[entry.document_id] = DocumentOutput(
                    document_id=entry.document_id,
                    document=entry.document,
                    counts=entry.counts,
                    file_sha256=entry.file_sha256,
                    file_bytes=entry.file_bytes,
                )
            out = outputs[entry.document_id if entry is not None else sha[:16]]
            files.append((rel_path, out))
            if on_document:
                on_document(rel_path, out)

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
    if cache is not None:
        cache.prune_other_versions()
    now = {row["source_path"]: row["file_sha256"] for row in documents}
    changes = Changes(
        new=sum(1 for path in now if path not in before),
        changed=sum(1 for path, sha in now.items() if path in before and before[path] != sha),
        removed=sum(1 for path in before if path not in now),
        unchanged=sum(1 for path, sha in now.items() if before.get(path) == sha),
        reused=reused,
        extracted=len(outputs) - reused,
        full=cache is None or full,
    )
    return ExtractSummary(
        documents=documents,
        counts={doc_id: out.counts for doc_id, out in outputs.items()},
        written=written,
        changes=changes,
    )
