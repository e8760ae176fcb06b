"""The ``yusuan`` command: extract, build, run.

Exit codes: 0 all good; 1 a document failed / was partial or a check failed (the
summary says which); 2 usage or environment error.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from yusuan import native
from yusuan.project import EnvironmentProblem, Settings

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")

app = typer.Typer(add_completion=False, no_args_is_help=True, help="yusuan (预算): budget disclosures -> DuckDB.")
# Logs are read by schedulers and CI too: a wide console when not attached to a terminal.
console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)

RawOption = Annotated[
    Path | None, typer.Option("--raw", help="Folder of source documents (default: data/raw of the project).")
]
WorkersOption = Annotated[int | None, typer.Option("--workers", help="Extraction processes (default: CPU count).")]
FullOption = Annotated[
    bool,
    typer.Option("--full", help="Extract every document again, even those the cache holds from an earlier run."),
]

EngineOption = Annotated[
    str,
    typer.Option(
        "--engine",
        help="duckdb (this machine, the default) or spark: extraction as a Spark job, dbt on dbt-spark, "
        "marts as Parquet under warehouse/spark/ (local[2] unless run under spark-submit or SPARK_REMOTE).",
    ),
]


def _settings(raw: Path | None, workers: int | None = None) -> Settings:
    try:
        stale = native.stale_build()
        if stale:
            raise EnvironmentProblem(stale)
        return Settings.load(raw=raw, workers=workers)
    except EnvironmentProblem as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def do_extract(settings: Settings, full: bool = False) -> bool:
    from extract.pipeline import extract_all
    from extract.read import list_sources

    started = time.perf_counter()
    total = len(list_sources(settings.raw_dir))
    console.print(f"extract: {total} file(s) in {settings.raw_dir} -> {settings.seeds_dir}")
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=total == 0,
    ) as progress:
        task = progress.add_task("extracting", total=total)
        summary = extract_all(
            settings.raw_dir,
            settings.seeds_dir,
            workers=settings.workers,
            on_document=lambda path, out: progress.advance(task),
            cache_dir=settings.cache_dir,
            full=full,
        )
    seconds = time.perf_counter() - started
    print_documents(summary)
    bad = summary.failed
    console.print(
        f"extract: {len(summary.documents)} file(s), {len(summary.counts)} distinct document(s), "
        f"{len(bad)} not ok, in {seconds:.2f}s ({native.parsers_in_use()})"
    )
    console.print(changes_line(summary.changes), markup=False)
    for doc in bad:
        # file names and problems may hold [brackets]: never read as markup
        console.print(f"[red]{doc['status'].upper()}[/red] {escape(doc['source_path'])}: {escape(doc['problems'])}")
    if not summary.documents:
        console.print(f"[yellow]warning:[/yellow] no files in {settings.raw_dir}")
    return not bad


def changes_line(changes) -> str:
    """One line: files new / changed / removed / unchanged since the last run, and how many
    documents were reused from the cache or extracted (every one of them with --full)."""
    files = f"{changes.new} new, {changes.changed} changed, {changes.removed} removed, {changes.unchanged} unchanged"
    how = "full run" if changes.full else f"{changes.reused} reused from the cache"
    return f"extract: file(s) since the last run: {files}; document(s): {changes.extracted} extracted, {how}"


#: documents listed one per row at most; beyond that the table lists the ones not ok first
SUMMARY_ROWS = 200


def print_documents(summary, limit: int = SUMMARY_ROWS) -> None:
    """The per-document table (every document up to `limit`, not-ok ones always first), and a
    tally by status and layout when some are left out, so 100k documents never flood a log."""
    order = {"failed": 0, "partial": 1}
    documents = (
        sorted(summary.documents, key=lambda d: order.get(d["status"], 2))
        if len(summary.documents) > limit
        else summary.documents
    )
    shown = documents[: max(limit, len(summary.failed))]
    table = Table(title="documents", show_lines=False)
    for column in ("file", "status", "district", "unit", "year", "layout", "tables", "rows", "problems"):
        table.add_column(column, overflow="fold")
    for doc in shown:
        counts = summary.counts.get(doc["document_id"], {})
        rows = sum(n for name, n in counts.items() if name != "raw_problems")
        style = {"ok": "green", "partial": "yellow"}.get(doc["status"], "red")
        cells = (doc.get(key, "") for key in ("district", "unit_name", "fiscal_year", "layout", "table_count"))
        table.add_row(
            Text(doc["source_path"]),  # file names may hold [brackets]: never read as markup
            Text(doc["status"], style=style),
            *(Text(cell) for cell in cells),
            str(rows),
            str(counts.get("raw_problems", 0)),
        )
    console.print(table)
    if len(shown) < len(documents):
        tally: dict[tuple[str, str], int] = {}
        for doc in documents:
            key = (doc["status"], doc.get("layout", ""))
            tally[key] = tally.get(key, 0) + 1
        console.print(
            f"... and {len(documents) - len(shown)} more ok file(s); all {len(documents)} by status and layout:"
        )
        for (status, layout), n in sorted(tally.items()):
            console.print(f"  {status:<8} {layout or '-':<16} {n}", markup=False)


def do_build(settings: Settings) -> bool:
    from yusuan.build import build

    console.print(f"build: dbt + checks -> {settings.db_path}")
    return print_build(build(settings), "warehouse")


def print_build(outcome, what: str) -> bool:
    for step in outcome.steps:
        mark = "[green]ok[/green]" if step.ok else "[red]FAILED[/red]"
        console.print(f"  {step.name:<12} {mark} {step.seconds:6.1f}s {step.detail}")
        for failure in step.failures:
            # one line per failure, never wrapped, brackets in scopes never read as markup
            console.print(f"    - {failure}", markup=False, highlight=False, soft_wrap=True)
    if outcome.swapped:
        console.print(f"build: {what} written to {outcome.db_path}")
    return outcome.ok


def do_run_spark(settings: Settings) -> tuple[bool, bool]:
    """Extraction as a Spark job, then dbt on Spark and the checks (yusuan/spark_*.py);
    returns (every document ok, the build ok). The session is stopped at the end."""
    from yusuan.spark_build import build_spark
    from yusuan.spark_extract import extract_spark
    from yusuan.spark_session import get_session, spark_dir

    raw_dir = spark_dir(settings.root) / "raw"
    started = time.perf_counter()
    spark = get_session(settings.root)
    try:
        console.print(f"spark: session {spark.version} ({_spark_master(spark)}) in {time.perf_counter() - started:.1f}s")
        started = time.perf_counter()
        console.print(f"extract (spark): {settings.raw_dir} -> {raw_dir}")
        summary = extract_spark(spark, settings.raw_dir, raw_dir)
        print_documents(summary)
        bad = summary.failed
        console.print(
            f"extract (spark): {len(summary.documents)} file(s), {len(summary.counts)} distinct document(s), "
            f"{len(bad)} not ok, in {time.perf_counter() - started:.2f}s"
        )
        for doc in bad:
            console.print(f"[red]{doc['status'].upper()}[/red] {doc['source_path']}: {doc['problems']}")
        if not summary.documents:
            console.print(f"[yellow]warning:[/yellow] no files in {settings.raw_dir}")
        console.print("build (spark): dbt (target spark) + export + checks")
        built = print_build(build_spark(settings, spark, raw_dir), "marts (Parquet)")
    finally:
        spark.stop()
    return not bad, built


def _spark_master(spark) -> str:
    try:
        return spark.sparkContext.master
    except Exception:  # Spark Connect has no SparkContext
        return "Spark Connect"


def _guard(func, *args) -> bool:
    """Run one step; the machine's problems (a full disk, no permission, another run holding
    the project) are printed as such and exit 2."""
    try:
        return func(*args)
    except EnvironmentProblem as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    except OSError as exc:
        message = environment_message(exc)
        if not message:
            raise
        console.print(f"[red]error:[/red] {escape(message)}")
        raise typer.Exit(2) from exc


def environment_message(exc: OSError) -> str:
    """What to tell the user about an operating-system error that stops the run ('' for one
    that is not about the machine: a bug, reported as such)."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"no space left on the device{where}: free some space and run again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"permission denied{where}: {exc.strerror}; check who owns the project folders"
    return ""


@contextmanager
def _locked(settings: Settings, command: str):
    from yusuan.locking import project_lock

    try:
        with project_lock(settings.root, command):
            yield
    except EnvironmentProblem as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc


@app.command()
def extract(raw: RawOption = None, workers: WorkersOption = None, full: FullOption = False) -> None:
    """Documents -> seeds/raw/*.csv, with a per-document summary (only new content is parsed)."""
    settings = _settings(raw, workers)
    with _locked(settings, "extract"):
        ok = _guard(do_extract, settings, full)
    raise typer.Exit(0 if ok else 1)


@app.command()
def build() -> None:
    """dbt seed + run + test into the warehouse, then the Great Expectations checkpoint."""
    settings = _settings(None)
    with _locked(settings, "build"):
        ok = _guard(do_build, settings)
    raise typer.Exit(0 if ok else 1)


@app.command()
def run(
    raw: RawOption = None, workers: WorkersOption = None, full: FullOption = False, engine: EngineOption = "duckdb"
) -> None:
    """extract, then build (a bad document never stops the good ones from loading)."""
    settings = _settings(raw, workers)
    with _locked(settings, "run"):
        if engine == "spark":
            extracted, built = _guard(do_run_spark, settings)
        elif engine == "duckdb":
            extracted = _guard(do_extract, settings, full)
            built = _guard(do_build, settings)
        else:
            console.print(f"[red]error:[/red] unknown engine {engine!r}: duckdb or spark")
            raise typer.Exit(2)
    if not (extracted and built):
        console.print("[red]run finished with problems[/red] (see above)")
    raise typer.Exit(0 if extracted and built else 1)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
