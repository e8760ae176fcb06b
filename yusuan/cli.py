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

from yusuan import native
from yusuan.progress import stage, stages
from yusuan.project import EnvironmentProblem, Settings
from yusuan.summary import SUMMARY_ROWS, print_manifest, problem_kinds
from yusuan.summary import print_documents as _print_documents

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
AllowEmptyOption = Annotated[
    bool,
    typer.Option(
        "--allow-empty",
        help="Load even when the raw folder holds no document (an empty warehouse); without it such a run exits 2 and changes nothing.",
    ),
]


class NoDocuments(EnvironmentProblem):
    """The raw folder holds no document and an empty load was not asked for."""


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        def v(name: str) -> str:
            try:
                return version(name)
            except PackageNotFoundError:
                return "not installed"

        console.print(
            f"yusuan {v('yusuan')} (dbt-core {v('dbt-core')}, dbt-duckdb {v('dbt-duckdb')}, "
            f"duckdb {v('duckdb')}, great-expectations {v('great-expectations')}, python {sys.version.split()[0]})",
            markup=False,
        )
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the versions and exit.")
    ] = False,
) -> None:
    """yusuan (预算): budget disclosures -> DuckDB."""


def _settings(raw: Path | None, workers: int | None = None) -> Settings:
    try:
        stale = native.stale_build()
        if stale:
            raise EnvironmentProblem(stale)
        return Settings.load(raw=raw, workers=workers)
    except EnvironmentProblem as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def do_extract(settings: Settings, allow_empty: bool = False, full: bool = False) -> bool:
    """Extract every document under the raw folder; False when a document is not ok.

    Raises NoDocuments (exit 2, nothing written) when the folder holds no document and
    ``allow_empty`` is false."""
    from extract.pipeline import extract_all
    from extract.read import list_sources

    started = time.perf_counter()
    total = len(list_sources(settings.raw_dir))
    if total == 0 and not allow_empty:
        raise NoDocuments(
            f"no documents in {settings.raw_dir}: nothing extracted, seeds/raw and the warehouse are unchanged "
            "(pass --allow-empty to load an empty warehouse)"
        )
    console.print(f"extract: {total} file(s) in {settings.raw_dir} -> {settings.seeds_dir}")
    with stage(console, "extracting", total, "docs") as bar:
        summary = extract_all(
            settings.raw_dir,
            settings.seeds_dir,
            workers=settings.workers,
            on_document=lambda path, out: bar.advance(),
            cache_dir=settings.cache_dir,
            full=full,
        )
    seconds = time.perf_counter() - started
    print_documents(summary, kinds=problem_kinds(settings.seeds_dir / "raw_problems.csv"))
    bad = summary.failed
    rate = f", {len(summary.documents) / seconds:,.0f} files/s" if seconds > 0 and summary.documents else ""
    console.print(
        f"extract: {len(summary.documents)} file(s), {len(summary.counts)} distinct document(s), "
        f"{len(bad)} not ok, in {seconds:.2f}s{rate} ({native.parsers_in_use()})"
    )
    console.print(changes_line(summary.changes), markup=False)
    print_manifest(console, settings.seeds_dir / "raw_manifest.csv")
    for doc in bad[:SUMMARY_ROWS]:
        console.print(f"[red]{doc['status'].upper()}[/red] {doc['source_path']}: {doc['problems']}")
    if not summary.documents:
        console.print(f"[yellow]warning:[/yellow] no files in {settings.raw_dir} (--allow-empty): the warehouse will be empty")
    return not bad


def print_documents(summary, limit: int = SUMMARY_ROWS, kinds=None) -> None:
    """The per-document table and tally (yusuan/summary.py) on this command's console."""
    _print_documents(console, summary, limit=limit, kinds=kinds)


def changes_line(changes) -> str:
    """One line: files new / changed / removed / unchanged since the last run, and how many
    documents were reused from the cache or extracted (every one of them with --full)."""
    files = f"{changes.new} new, {changes.changed} changed, {changes.removed} removed, {changes.unchanged} unchanged"
    how = "full run" if changes.full else f"{changes.reused} reused from the cache"
    return f"extract: file(s) since the last run: {files}; document(s): {changes.extracted} extracted, {how}"


def do_build(settings: Settings):
    """dbt build, checks and swap, with progress and a summary; returns the BuildOutcome."""
    from yusuan.build import build

    console.print(f"build: dbt + checks -> {settings.db_path}")
    with stages(console, ("dbt build", None, "nodes"), ("checks", None, "steps")) as (dbt_bar, check_bar):
        outcome = build(
            settings,
            on_dbt=lambda done, total: dbt_bar.update(completed=done, total=total or None),
            on_check=lambda done, total: check_bar.update(completed=done, total=total),
        )
    for step in outcome.steps:
        mark = "[green]ok[/green]" if step.ok else "[red]FAILED[/red]"
        rate = f" ({step.items / step.seconds:,.1f}/s)" if step.items and step.seconds else ""
        console.print(f"  {step.name:<12} {mark} {step.seconds:6.1f}s {step.detail}{rate}")
        for failure in step.failures:
            # one line per failure, never wrapped, brackets in scopes never read as markup
            console.print(f"    - {failure}", markup=False, highlight=False, soft_wrap=True)
    failed = ", ".join(step.name for step in outcome.failed_steps)
    if outcome.swapped and outcome.ok:
        console.print(f"build: ok — warehouse written to {outcome.db_path}")
    elif outcome.swapped:
        console.print(
            f"[red]build: FAILED ({failed})[/red] — the warehouse {outcome.db_path} was updated: every model built, "
            "and the marts hold what failed (fact_reconciliation, dim_document.problems)"
        )
    else:
        console.print(f"[red]build: FAILED ({failed})[/red] — the warehouse {outcome.db_path} was left as it was")
    return outcome


def _guard(func, *args):
    try:
        return func(*args)
    except EnvironmentProblem as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def extract(
    raw: RawOption = None, workers: WorkersOption = None, allow_empty: AllowEmptyOption = False, full: FullOption = False
) -> None:
    """Documents -> seeds/raw/*.csv, with a per-document summary (only new content is parsed)."""
    ok = _guard(do_extract, _settings(raw, workers), allow_empty, full)
    raise typer.Exit(0 if ok else 1)


@app.command()
def build() -> None:
    """dbt seed + run + test into the warehouse, then the Great Expectations checkpoint."""
    outcome = _guard(do_build, _settings(None))
    raise typer.Exit(0 if outcome.ok else 1)


@app.command()
def run(
    raw: RawOption = None, workers: WorkersOption = None, allow_empty: AllowEmptyOption = False, full: FullOption = False
) -> None:
    """extract, then build (a bad document never stops the good ones from loading).

    The last line says how the run ended; exit 0 only when every document is ok and every
    test and check passed."""
    settings = _settings(raw, workers)
    extracted = _guard(do_extract, settings, allow_empty, full)
    outcome = _guard(do_build, settings)
    if extracted and outcome.ok:
        console.print(f"run: ok — documents extracted, all tests and checks passed, warehouse {settings.db_path}")
        raise typer.Exit(0)
    what = []
    if not extracted:
        what.append("some documents are not ok")
    what += [f"{step.name} failed" for step in outcome.failed_steps]
    where = "the warehouse was updated and holds the findings" if outcome.swapped else "the previous warehouse was kept"
    console.print(f"[red]run: FAILED — {'; '.join(what)}; {where} (exit 1; see above)[/red]")
    raise typer.Exit(1)


FormatOption = Annotated[
    str | None, typer.Option("--format", help="parquet or csv (default: both).", metavar="parquet|csv")
]


@app.command()
def export(
    fmt: FormatOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: export/ in the project).")] = None,
) -> None:
    """Every mart as Parquet (partitioned by fiscal_year where it has one) and CSV files."""
    from yusuan.export import FORMATS, export_marts

    settings = _settings(None)
    target = (out or settings.root / "export").expanduser().resolve()
    try:
        written = export_marts(settings.db_path, target, (fmt,) if fmt else FORMATS)
    except (FileNotFoundError, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    for item in written:
        kind = "partitioned by fiscal_year" if item.partitioned else "one file"
        console.print(f"  {item.mart:<28} {item.format:<8} {item.rows:>9,} rows  {kind}: {item.path}", markup=False)
    console.print(f"export: {len(written)} file set(s) from {settings.db_path} -> {target}")


@app.command()
def report(
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: report/ in the project).")] = None,
) -> None:
    """A static HTML report over the marts (charts and findings) that opens offline in a browser."""
    from yusuan.report import build_report

    settings = _settings(None)
    target = (out or settings.root / "report").expanduser().resolve()
    try:
        site = build_report(settings.db_path, target)
    except (FileNotFoundError, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"report: {len(site.pages)} page(s) from {settings.db_path}; open {site.index}", markup=False)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
