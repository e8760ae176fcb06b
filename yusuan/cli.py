"""The ``yusuan`` command: extract, build, run.

Exit codes: 0 all good; 1 a document failed / was partial or a check failed (the
summary says which); 2 usage or environment error.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
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
        console.print(f"[red]{doc['status'].upper()}[/red] {doc['source_path']}: {doc['problems']}")
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
    outcome = build(settings)
    for step in outcome.steps:
        mark = "[green]ok[/green]" if step.ok else "[red]FAILED[/red]"
        console.print(f"  {step.name:<12} {mark} {step.seconds:6.1f}s {step.detail}")
        for failure in step.failures:
            # one line per failure, never wrapped, brackets in scopes never read as markup
            console.print(f"    - {failure}", markup=False, highlight=False, soft_wrap=True)
    if outcome.swapped:
        console.print(f"build: warehouse written to {outcome.db_path}")
    return outcome.ok


def _guard(func, *args) -> bool:
    try:
        return func(*args)
    except EnvironmentProblem as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def extract(raw: RawOption = None, workers: WorkersOption = None, full: FullOption = False) -> None:
    """Documents -> seeds/raw/*.csv, with a per-document summary (only new content is parsed)."""
    ok = _guard(do_extract, _settings(raw, workers), full)
    raise typer.Exit(0 if ok else 1)


@app.command()
def build() -> None:
    """dbt seed + run + test into the warehouse, then the Great Expectations checkpoint."""
    ok = _guard(do_build, _settings(None))
    raise typer.Exit(0 if ok else 1)


@app.command()
def run(raw: RawOption = None, workers: WorkersOption = None, full: FullOption = False) -> None:
    """extract, then build (a bad document never stops the good ones from loading)."""
    settings = _settings(raw, workers)
    extracted = _guard(do_extract, settings, full)
    built = _guard(do_build, settings)
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
