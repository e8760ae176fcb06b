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
import re
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from itertools import chain
from pathlib import Path

from extract import detect as detect_mod
from extract.cache import DocumentCache, Entry
from extract.document import LinearText
from extract.manifest import read_manifest
from extract.numbers import split_unit
from extract.read import ReadError, SourceError, list_sources, max_file_bytes, normalise, read_source
from extract.readers import UNKNOWN_FORMAT, format_of, read_document
from extract.result import ParseResult, Problem
from extract.schema import RAW_TABLES
from extract.write import TableWriter, encode_documents, encode_rows

# Below this many files, parsing in the main process beats starting workers.
PARALLEL_THRESHOLD = 64
# Seconds one document may take to parse (YUSUAN_DOCUMENT_SECONDS; 0 = no limit). Documents
# take milliseconds; one that takes longer is 'failed' and the run goes on.
DOCUMENT_SECONDS = 60.0
# What DECIMAL(20, 2) holds: |amount| < 10^18 yuan, in whole fen.
AMOUNT_LIMIT = Decimal(10) ** 18
FEN = Decimal("0.01")
# The amount column of each raw table that has one.
AMOUNT_COLUMNS = {name: "value" if name == "raw_narrative_figures" else "amount_yuan" for name in RAW_TABLES}


class DocumentTimeout(BaseException):
    """Raised by the alarm of ``time_limit`` (a BaseException: no parser's ``except Exception``
    swallows it)."""


def document_seconds() -> float:
    """The per-document time limit in seconds (YUSUAN_DOCUMENT_SECONDS), 0 for none."""
    text = os.environ.get("YUSUAN_DOCUMENT_SECONDS", "").strip()
    try:
        return max(float(text), 0.0) if text else DOCUMENT_SECONDS
    except ValueError:
        return DOCUMENT_SECONDS


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in the block after ``seconds`` of wall time (a SIGALRM timer:
    interrupts Python code and the regular-expression engine). No limit for 0, outside the
    main thread or where the platform has no interval timer."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
        """The raw_documents rows whose status is not 'ok' ('failed' and 'partial'), in run order."""
        return [d for d in self.documents if d["status"] != "ok"]


def status_of(problems: Iterable[Problem]) -> str:
    """A document's status from its problems: 'failed' when one is an 'error', 'partial' when one
    is 'partial', else 'ok' (warnings keep a document ok).
    """
    severities = {p.severity for p in problems}
    if "error" in severities:
        return "failed"
    if "partial" in severities:
        return "partial"
    return "ok"


def process(data: bytes, document_id: str, seconds: float | None = None) -> DocumentOutput:
    """Parse one document's bytes. Never raises: failures become problems.

    ``seconds`` bounds the parse (default ``document_seconds()``): a document still parsing
    then is 'failed' ("timed out after N s").
    """
    result = ParseResult()
    doc: dict[str, str] = {"document_id": document_id}
    limit = document_seconds() if seconds is None else seconds
    try:
        with time_limit(limit):
            _process(data, doc, result)
            check_amounts(result)
    except DocumentTimeout:
        result.problem("error", "timed_out", f"timed out after {limit:g} s: the document was not parsed")
        result.rows = {}
    except Exception as exc:  # a bug or an input we did not foresee: this document only
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        result.problem("error", "internal_error", f"extraction crashed: {detail}")
        result.rows = {}
    return _output(document_id, doc, result)


def _output(document_id: str, doc: dict[str, str], result: ParseResult) -> DocumentOutput:
    doc["status"] = status_of(result.problems)
    doc.setdefault("source_format", UNKNOWN_FORMAT)  # a file that was never read (gone, too large)
    if doc["status"] == "failed":
        result.rows = {}  # nothing is used from a failed document
    # the summary names each message once, in first-seen order (raw_problems keeps every one)
    doc["problems"] = "; ".join(dict.fromkeys(p.text() for p in result.problems))
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
        # a truncated PDF is still a PDF; an empty or binary file that is no format is 'unknown'
        doc["source_format"] = format_of(data)
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
        what = {
            "not_a_unit_disclosure": "a department or unit disclosure",
            "news_or_notice": "one unit's budget or final-accounts disclosure",
        }.get(meta.refusal, "a budget disclosure")
        result.problem("error", meta.refusal, f"not {what}: {meta.reason}")
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
    if not meta.unit_name.strip():
        result.problem(
            "error",
            "no_unit_name",
            "no unit name could be read from the title block: the document has no identity "
            "(which unit's budget it is), so none of its figures can be used",
        )
        return
    if detect_mod.unit_name_placeholder(meta.unit_name):
        result.problem(
            "error",
            "unit_name_placeholder",
            f"the unit's name {meta.unit_name!r} is a placeholder: a blank template, not a disclosure "
            "(none of its figures belong to a unit)",
        )
        return
    for code, message in meta.problems:
        result.problem("warning", code, message)
    if not meta.district and not detect_mod.names_a_place(meta.unit_name):
        result.problem("warning", "no_district", f"could not read a place from the unit name {meta.unit_name!r}")

    tables = parse_tables(lines, doc_kind=meta.doc_kind, fiscal_year=meta.fiscal_year)
    final_accounts = meta.doc_kind == "final_accounts"
    if not final_accounts:  # value roles tell a 决算's columns apart; a budget's figures are budgets
        for rows in tables.result.rows.values():
            for row in rows:
                if row.get("value_role"):
                    row["value_role"] = ""
    result.extend(tables.result)
    names = function_names(tables.result)
    narrative = parse_narrative(
        lines,
        end_line=tables.first_table_line,
        fiscal_year=meta.fiscal_year,
        unit_name=meta.unit_name,
        final_accounts=final_accounts,
        function_names=names,
        function_amounts=function_amounts(tables.result),
    )
    result.extend(narrative)
    result.problems.extend(check_completeness(lines, tables, narrative, meta.doc_kind, document.source_format))
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
    doc["layout"] = layout_name(document.source_format, tables.layout)
    doc["table_count"] = str(tables.table_count)
    # '' when nothing states it (its tables' amounts are then not loaded): never a guessed 万元
    doc["amount_unit"] = tables.amount_unit or narrative_unit(narrative)
    if not narrative.rows.get("raw_narrative_figures") and tables.table_count == 0:
        if not states_an_amount(lines):
            what = "text" if document.source_format == "text" else FORMAT_NAMES[document.source_format]
            result.problem(
                "error",
                "no_amount_stated",
                f"the {what} states no amount (no figure in 元/万元/亿元 and no row of figures): only its title "
                "block and outline could be read, so nothing is kept (a cover or contents page, a page that "
                "only links to the disclosure, a page cut before its figures, or one whose figures are "
                "published in another file)",
            )
            return
        if document.source_format == "text":
            message = "no narrative figure and no table could be read: the layout is not one this version knows"
        else:
            message = (
                f"no narrative figure and no table could be read from this {FORMAT_NAMES[document.source_format]}"
                " (a page that only links to the disclosure, or a layout this version does not know)"
            )
        result.problem("error", "unknown_layout", message)


_STATED_AMOUNT = re.compile(r"\d\s*(?:亿元|万元|千元|元)|(?<![\d.])\d[\d,]*\.\d{1,2}(?![\d.])")


def states_an_amount(lines: Iterable[str]) -> bool:
    """Whether any line states an amount: a number followed by 元/千元/万元/亿元, or a figure printed
    with decimals (a table cell, '1,234.56'). Input: the document's linear lines."""
    return any(_STATED_AMOUNT.search(line) for line in lines)


# the tables of a format that is not text reach the table parser as rows its reader built (PDF
# grids from ruling lines, Word/HTML tables, sheets): its layout names that, not a text export's
TABLE_LAYOUTS = {"pdf": "pdf_grid", "docx": "docx_table", "xlsx": "xlsx_sheet", "html": "html_table"}
#: every dim_document.layout value ('' for a document never read); models/marts/dim_document.yml
#: accepts exactly these
LAYOUTS = ("narrative_only", "cell_per_line", "tsv_rows", "unknown", *TABLE_LAYOUTS.values())


def layout_name(source_format: str, table_layout: str) -> str:
    """dim_document.layout: how the document's tables were read. A text file keeps its text
    layout ('tsv_rows', 'cell_per_line'); a PDF, Word, spreadsheet or HTML file that holds tables
    says its own ('pdf_grid' …); 'narrative_only' (no table) and 'unknown' stay as they are."""
    if table_layout in ("narrative_only", "unknown"):
        return table_layout
    return TABLE_LAYOUTS.get(source_format, table_layout)


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


def check_amounts(result: ParseResult) -> None:
    """Drop every row whose amount the warehouse cannot hold exactly, with a 'partial' problem:
    beyond DECIMAL(20, 2) ('amount_out_of_range') or with places beyond the fen
    ('amount_not_exact': 84.3123456万元 is 843,123.456 元, never stored rounded); the narrative's
    prior-year change of a refused figure goes with it."""
    refused: list[dict[str, str]] = []
    exact: set[str] = set()  # amounts already found storable (tables repeat their amounts)
    for name, rows in result.rows.items():
        column = AMOUNT_COLUMNS.get(name)
        if column is None or not rows:
            continue
        kept = []
        for row in rows:
            text = row.get(column, "")
            if text and text not in exact:
                try:
                    value = Decimal(text)
                except InvalidOperation:
                    value = None
                problem = _amount_problem(value, text, row)
                if problem:
                    code, message = problem
                    line = row.get("source_line", "")
                    result.problem("partial", code, message, line=int(line) if line.isdigit() else None)
                    if name == "raw_narrative_figures":
                        refused.append(row)
                    continue
                exact.add(text)
            kept.append(row)
        rows[:] = kept
    _drop_changes_of_refused(result, refused)


def _drop_changes_of_refused(result: ParseResult, refused: list[dict[str, str]]) -> None:
    """Drop the prior-year change stated with a narrative figure that was refused ('运行经费
    84.3123456万元，比上年减少1.55万元'): it is that figure's change, and a change whose figure is
    not kept is not kept either (as for a figure that loses a conflict). A 'warning'
    'narrative_change_of_refused_figure' names it and why."""
    from extract.narrative.metrics import change_base

    if not refused:
        return
    rows = result.rows.get("raw_narrative_figures", [])

    def place(row: dict[str, str], metric: str) -> tuple[str, str, str, str]:
        return (row.get("source_line", ""), metric, row.get("function_code", ""), row.get("unit_text", ""))

    gone = {place(row, row.get("metric", "")) for row in refused}
    still = {place(row, row.get("metric", "")) for row in rows}
    kept = []
    for row in rows:
        base = change_base(row.get("metric", ""))
        key = place(row, base)
        if base and key in gone and key not in still:
            line = row.get("source_line", "")
            result.problem(
                "warning",
                "narrative_change_of_refused_figure",
                f"{row['metric']} {row.get('value_text', '')} is the change of the {base} figure that was "
                "refused (not stored exactly): not kept either",
                "narrative",
                int(line) if line.isdigit() else None,
            )
            continue
        kept.append(row)
    rows[:] = kept


def _amount_problem(value: Decimal | None, text: str, row: dict[str, str]) -> tuple[str, str] | None:
    printed = row.get("value_text", "") or text
    if value is None or not value.is_finite():
        return "amount_not_exact", f"the amount {printed!r} is not a number that can be stored: not used"
    if abs(value) >= AMOUNT_LIMIT:
        return (
            "amount_out_of_range",
            f"the amount {printed!r} is too large to be a budget figure (10^18 yuan or more): not used",
        )
    if value != value.quantize(FEN):
        return (
            "amount_not_exact",
            f"the amount {printed!r} has places beyond the fen (0.01 yuan): not stored rounded, not used",
        )
    return None


def function_names(tables: ParseResult) -> dict[str, str]:
    """Code -> name as printed, from the document's function tables (the first name wins)."""
    names: dict[str, str] = {}
    for row in tables.rows.get("raw_function_lines", []):
        if row["code"] and row["name_text"]:
            names.setdefault(row["code"], row["name_text"])
    return names


def function_amounts(tables: ParseResult) -> dict[str, set[Decimal]]:
    """Code -> the amounts in yuan its rows print in the document's function tables (every column)."""
    amounts: dict[str, set[Decimal]] = {}
    for row in tables.rows.get("raw_function_lines", []):
        if row["code"] and row.get("amount_yuan"):
            amounts.setdefault(row["code"], set()).add(Decimal(row["amount_yuan"]))
    return amounts


def narrative_unit(narrative: ParseResult) -> str:
    """The amount unit the narrative's figures are printed in: '万元' or '元' by majority of the
    figures' printed texts (ties '万元'); '' when the narrative prints no amount.
    """
    rows = narrative.rows.get("raw_narrative_figures", [])
    units = [split_unit("".join(r.get("value_text", "").split()))[1] for r in rows]
    wan = units.count("万元")
    yuan = units.count("元")
    if not wan and not yuan:
        return ""
    return "万元" if wan >= yuan else "元"


def process_file(path: str, raw_root: str | None = None) -> DocumentOutput:
    """Read, hash and parse one file: its document_id is the first 16 hex digits of its sha256.

    A file that cannot be read (``read_source``: gone, unreadable, too large, a link leaving
    ``raw_root``) is a 'failed' document with the reason; its document_id is then made from
    its path (relative to ``raw_root`` when given), as it has no content.
    """
    try:
        data = read_source(path, raw_root)
    except SourceError as exc:
        name = os.path.relpath(path, raw_root) if raw_root is not None else path
        key = hashlib.sha256(b"unreadable\0" + os.fsencode(name)).hexdigest()
        result = ParseResult()
        result.problem("error", exc.code, exc.message)
        return _output(key[:16], {"document_id": key[:16], "encoding": ""}, result)
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


def _extract_chunk(
    paths: list[str], cache_root: str | None = None, version: str = "", raw_root: str | None = None
) -> list[Entry]:
    """Read, hash and parse consecutive files; encode their rows as CSV lines, per document.

    Each document's rows are encoded with the others of the chunk (one polars frame per
    table) and cut back into documents, so entries can be reused one by one later. With a
    cache, every entry is stored as soon as the chunk is done, except failed documents: a
    failure may not repeat (a time limit, a file still being copied), so it is retried. Only encoded bytes come back
    to the parent: no row is ever pickled or held there.
    """
    outputs = [process_file(path, raw_root) for path in paths]
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


def _sha256(path: str, raw_root: str | None = None) -> str | None:
    """The sha256 of a file, or None for one that ``read_source`` would not read (gone,
    unreadable, too large, a link leaving the raw folder): parsed, it becomes a failed row."""
    try:
        if raw_root is not None and os.path.islink(path):
            root = os.path.realpath(raw_root)
            if os.path.commonpath([os.path.realpath(path), root]) != root:
                return None
        if os.stat(path).st_size > max_file_bytes():
            return None
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


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
    shas: list[str | None] = [_sha256(path, str(raw_dir)) for path in paths] if held else [None] * len(paths)
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
        raw_root=str(raw_dir),
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
        manifest = read_manifest(raw_dir, {row["source_path"] for row in documents})
        writer.write("raw_manifest", encode_rows("raw_manifest", manifest))
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
