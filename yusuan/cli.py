"""The ``yusuan`` command: extract, build, run.

Exit codes: 0 all good; 1 a document failed / was partial or a check failed (the
summary says which); 2 usage or environment error.
"""

from __future__ import annotations

import errno
import os
import resource
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

# typer (0.29) carries its own copy of click as typer._click; its usage error classes are public
# nowhere else (typer.BadParameter is one kind of UsageError)
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from yusuan import native
from yusuan.progress import stage, stages
from yusuan.project import DEFAULT_RAW_TABLES, EnvironmentProblem, Settings
from yusuan.summary import SUMMARY_ROWS, not_ok_line, not_ok_reasons, print_manifest, print_versions, problem_kinds
from yusuan.summary import print_documents as _print_documents

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")


class _Commands(TyperGroup):
    """The command group; a click usage error (an unknown option or command, a bad value) ends with
    the line every exit 2 ends with (``usage_error``) instead of click's 'Error: …' line."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """click's ``main`` (its standalone handling of Exit, Abort and other errors kept); exits."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except NoArgsIsHelpError as exc:  # a bare `yusuan`: the help, as click gives it
            exc.show()
            sys.exit(exc.exit_code)
        except UsageError as exc:
            usage_error(exc)
        except ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


# rich_markup_mode=None: click's plain help, where a flag is just its name (typer's rich help
# prints a type column, '<bool>' beside every flag); values are named by their metavar.
app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    # the command list's one-line help, not cut at 80 columns; -h as --help
    context_settings={"max_content_width": 120, "help_option_names": ["-h", "--help"]},
    help="yusuan (预算): budget disclosures -> DuckDB.",
)
# Logs are read by schedulers and CI too: a wide console when not attached to a terminal.
console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
# click's usage errors go to stderr, their last line with them
error_console = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 200)

RawOption = Annotated[
    Path | None,
    typer.Option("--raw", help="Folder of source documents (default: data/raw of the project).", metavar="DIR"),
]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", help="Extraction processes (default: CPU count).", metavar="N", min=1)
]
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


def exit_error(message: object) -> NoReturn:
    """Print a usage or environment error and exit 2 (raises ``typer.Exit(2)``).

    The last line is ``error: <reason> (exit 2)`` (README, "Exit codes and the last line"):
    one line however long or narrow the terminal (a scheduler reads the last line), where
    ``<reason>`` is the first line of ``message``; its further lines, the detail, are printed
    before it. Never read as markup (paths and file names may hold [brackets])."""
    print_error(message, console)
    raise typer.Exit(2)


def print_error(message: object, out: Console) -> None:
    """Print ``message`` on ``out`` as ``exit_error`` does: its further lines, then the last line
    ``error: <first line> (exit 2)``, unwrapped and never read as markup."""
    reason, *detail = str(message).strip().splitlines() or ["unknown error"]
    for line in detail:
        out.print(line, markup=False, highlight=False, soft_wrap=True)
    out.print(f"[red]error:[/red] {escape(reason)} (exit 2)", highlight=False, soft_wrap=True)


def usage_error(exc: UsageError) -> NoReturn:
    """Print a click usage error on stderr and exit 2: click's usage and its 'Try … --help' hint,
    then ``error: <click's message> (exit 2)`` (its trailing full stop dropped) in place of click's
    'Error: …' line, so that it ends as every exit 2 does (README, "Exit codes and the last line")."""
    ctx = exc.ctx
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help.\n"
        typer.echo(f"{ctx.get_usage()}\n{hint}", err=True, color=ctx.color)
    print_error(exc.format_message().removesuffix("."), error_console)
    sys.exit(exc.exit_code)


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


EngineOption = Annotated[
    str,
    typer.Option(
        "--engine",
        help="duckdb (this machine, the default) or spark: extraction as a Spark job, dbt on dbt-spark, "
        "marts as Parquet under warehouse/spark/ (local[2] unless run under spark-submit or SPARK_REMOTE).",
        metavar="duckdb|spark",
    ),
]


def _settings(raw: Path | None, workers: int | None = None) -> Settings:
    try:
        stale = native.stale_build()
        if stale:
            raise EnvironmentProblem(stale)
        return Settings.load(raw=raw, workers=workers)
    except EnvironmentProblem as exc:
        exit_error(exc)


def require_documents(settings: Settings, allow_empty: bool) -> int:
    """How many files the raw folder holds; raises NoDocuments (exit 2, nothing written) when
    none and ``allow_empty`` is false."""
    from extract.read import list_sources

    total = len(list_sources(settings.raw_dir))
    if total == 0 and not allow_empty:
        raise NoDocuments(
            f"no documents in {settings.raw_dir}: nothing extracted, {raw_tables_shown(settings)} and the warehouse are unchanged "
            "(pass --allow-empty to load an empty warehouse)"
        )
    return total


def do_extract(settings: Settings, full: bool = False, allow_empty: bool = False) -> bool:
    """Extract every document under the raw folder; False when a document is not ok.

    Raises NoDocuments (exit 2, nothing written) when the folder holds no document and
    ``allow_empty`` is false."""
    from extract.pipeline import extract_all

    started = time.perf_counter()
    total = require_documents(settings, allow_empty)
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
    shown = raw_tables_shown(settings)
    print_documents(summary, kinds=problem_kinds(settings.seeds_dir / "raw_problems.csv"), raw_tables=shown)
    bad = summary.failed
    rate = f", {files_per_second(len(summary.documents), seconds)} files/s" if seconds > 0 and summary.documents else ""
    console.print(
        f"extract: {len(summary.documents)} file(s), {len(summary.counts)} distinct document(s), "
        f"{len(bad)} not ok, in {seconds:.2f}s{rate} ({native.parsers_in_use()})"
    )
    console.print(changes_line(summary.changes), markup=False)
    print_manifest(console, settings.seeds_dir / "raw_manifest.csv", raw_tables=shown)
    print_versions(console, settings.seeds_dir / "raw_documents.csv", settings.seeds_dir / "raw_manifest.csv")
    reasons = not_ok_reasons(settings.seeds_dir / "raw_problems.csv") if bad else {}
    for doc in bad[:SUMMARY_ROWS]:
        # file names and problems may hold [brackets]: never read as markup
        why = not_ok_line(doc, reasons, f"{shown}/raw_problems.csv")
        console.print(f"[red]{doc['status'].upper()}[/red] {escape(doc['source_path'])}: {escape(why)}")
    if not summary.documents:
        console.print(
            f"[yellow]warning:[/yellow] no files in {settings.raw_dir} (--allow-empty): the warehouse will be empty"
        )
    return not bad


def changes_line(changes) -> str:
    """One line: files new / changed / removed / unchanged since the last run, and how many
    documents were reused from the cache or extracted (every one of them with --full)."""
    files = f"{changes.new} new, {changes.changed} changed, {changes.removed} removed, {changes.unchanged} unchanged"
    how = "full run" if changes.full else f"{changes.reused} reused from the cache"
    if not changes.full and not changes.reused and changes.unchanged:
        how += " (it held none of the unchanged files: a first run here, or a new extractor version)"
    return f"extract: file(s) since the last run: {files}; document(s): {changes.extracted} extracted, {how}"


def files_per_second(files: int, seconds: float) -> str:
    """A rate as a person reads it: whole numbers from 10/s, one decimal below (never '0')."""
    rate = files / seconds
    return f"{rate:,.0f}" if rate >= 10 else f"{rate:.1f}" if rate >= 0.1 else f"{rate:.2g}"


def print_documents(summary, limit: int = SUMMARY_ROWS, kinds=None, raw_tables: str = "seeds/raw") -> None:
    """The per-document table and tally (yusuan/summary.py) on this command's console."""
    _print_documents(console, summary, limit=limit, kinds=kinds, raw_tables=raw_tables)


def raw_tables_shown(settings: Settings) -> str:
    """The raw tables' folder as messages name it: 'seeds/raw' in the project (the default), else
    its full path (``<warehouse>.raw`` beside a warehouse outside the project)."""
    if settings.seeds_dir == settings.root / DEFAULT_RAW_TABLES:
        return DEFAULT_RAW_TABLES.as_posix()
    return str(settings.seeds_dir)


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
    print_build(outcome, "warehouse")
    return outcome


def print_build(outcome, what: str) -> bool:
    """The steps with their time, count and rate, every failure, and whether ``what`` was
    written: "written" only when everything passed; a swap despite failed tests or checks
    says so as a failure."""
    for step in outcome.steps:
        mark = "[green]ok[/green]" if step.ok else "[red]FAILED[/red]"
        items = getattr(step, "items", 0)
        rate = f" ({items / step.seconds:,.1f}/s)" if items and step.seconds else ""
        console.print(f"  {step.name:<12} {mark} {step.seconds:6.1f}s {step.detail}{rate}")
        for failure in step.failures:
            # one line per failure, never wrapped, brackets in scopes never read as markup
            console.print(f"    - {failure}", markup=False, highlight=False, soft_wrap=True)
    failed = ", ".join(step.name for step in outcome.steps if not step.ok)
    if outcome.swapped and outcome.ok:
        console.print(f"build: ok — {what} written to {outcome.db_path}")
    elif outcome.swapped:
        held = " (a failed dbt test's documents are named above)" if getattr(outcome, "failed_tests", []) else ""
        console.print(
            f"[red]build: FAILED ({failed})[/red] — the {what} {outcome.db_path} was updated: every model built, "
            f"and the marts hold what failed (fact_reconciliation, dim_document.problems){held}"
        )
    else:
        console.print(f"[red]build: FAILED ({failed})[/red] — the {what} {outcome.db_path} was left as it was")
    return outcome.ok


def last_line(extracted: bool, outcome, where: Path, what_built: str = "warehouse") -> None:
    """The run's last line: ok, or FAILED with what failed (a failed dbt test with its rule and
    its documents' files) and what became of the warehouse (``what_built``: 'warehouse', or
    'marts (Parquet)' on Spark) at ``where``."""
    if extracted and outcome.ok:
        console.print(
            f"run: ok — documents extracted, all tests and checks passed, {what_built} {where}",
            markup=False,
            soft_wrap=True,
        )
        return
    what = [] if extracted else ["some documents are not ok"]
    what += [f"{step.name} failed" for step in outcome.steps if not step.ok]
    # which documents a failed test found, in plain words (the dbt step lists them too)
    what += [test.line() for test in getattr(outcome, "failed_tests", [])]
    kept = (
        f"the {what_built} was updated and holds the findings"
        if outcome.swapped
        else f"the previous {what_built} was kept"
    )
    # one line however long (a scheduler reads the last line), file names never read as markup
    console.print(f"[red]run: FAILED — {escape('; '.join(what))}; {kept} (exit 1; see above)[/red]", soft_wrap=True)


#: what a Spark run builds, in its messages
SPARK_MARTS = "marts (Parquet)"


def do_run_spark(settings: Settings):
    """Extraction as a Spark job, then dbt on Spark and the checks (yusuan/spark_*.py);
    returns (every document ok, the BuildOutcome). The session is stopped at the end."""
    from yusuan.spark_build import build_spark
    from yusuan.spark_extract import extract_spark
    from yusuan.spark_session import get_session, spark_dir

    raw_dir = spark_dir(settings.root) / "raw"
    started = time.perf_counter()
    spark = get_session(settings.root)
    try:
        console.print(
            f"spark: session {spark.version} ({_spark_master(spark)}) in {time.perf_counter() - started:.1f}s"
        )
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
            console.print(f"[red]{doc['status'].upper()}[/red] {escape(doc['source_path'])}: {escape(doc['problems'])}")
        if not summary.documents:
            console.print(f"[yellow]warning:[/yellow] no files in {settings.raw_dir}")
        console.print("build (spark): dbt (target spark) + export + checks")
        outcome = build_spark(settings, spark, raw_dir)
        print_build(outcome, SPARK_MARTS)
    finally:
        spark.stop()
    return not bad, outcome


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
        # the last line a scheduler reads: yusuan's own words, never what dbt printed before
        exit_error(exc)
    except OSError as exc:
        settings = next((arg for arg in args if isinstance(arg, Settings)), None)
        folders = [settings.seeds_dir, settings.cache_dir, settings.db_path.parent] if settings else []
        message = environment_message(exc, folders)
        if not message:
            raise
        exit_error(message)


def environment_message(exc: OSError, folders: list[Path] | None = None) -> str:
    """What to tell the user about an operating-system error that stops the run ('' for one
    that is not about the machine: a bug, reported as such). A full disk (or a file at the size
    limit, ``ulimit -f``) says the file when the error names one, and how much space is left on
    the disk holding it — else on the disks holding ``folders`` (what the step writes: seeds,
    cache, warehouse), else the current folder."""
    from yusuan.build import megabytes, space_left

    into = f" while writing into {', '.join(map(str, folders))}" if folders else ""
    where = f" ({exc.filename})" if exc.filename else into
    written = [Path(exc.filename).parent] if exc.filename else folders or [Path.cwd()]
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        left = space_left(written)
        return f"no space left on the device{where}{'; ' + left if left else ''}: free some space and run again"
    if exc.errno == errno.EFBIG:
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        cap = f" ({megabytes(limit)}, ulimit -f)" if limit != resource.RLIM_INFINITY else ""
        return f"a file reached the file size limit{cap}{where}: raise the limit and run again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        named = f" ({exc.filename})" if exc.filename else ""
        return f"permission denied{named}: {exc.strerror}; check who owns the project folders"
    return ""


@contextmanager
def _locked(settings: Settings, command: str):
    from yusuan.locking import project_lock

    try:
        with project_lock(settings.root, command):
            yield
    except EnvironmentProblem as exc:
        exit_error(exc)


@app.command()
def extract(
    raw: RawOption = None,
    workers: WorkersOption = None,
    full: FullOption = False,
    allow_empty: AllowEmptyOption = False,
) -> None:
    """Documents -> seeds/raw/*.csv, with a per-document summary (only new content is parsed).

    For a YUSUAN_DB outside the project, the CSVs go beside it in <warehouse>.raw/ instead.

    Exit 0: every document ok; 1: one failed or is partial (the others load); 2: a usage or setup error."""
    settings = _settings(raw, workers)
    with _locked(settings, "extract"):
        ok = _guard(do_extract, settings, full, allow_empty)
    # the last line says how the command ended, as `run` and `build` do
    if ok:
        console.print(f"extract: ok — every document extracted, raw tables in {raw_tables_shown(settings)}/")
    else:
        console.print(
            "extract: FAILED — some documents are not ok (listed above); the others' rows were written (exit 1)",
            markup=False,
        )
    raise typer.Exit(0 if ok else 1)


@app.command()
def build() -> None:
    """dbt seed + run + test into the warehouse, then the Great Expectations checkpoint.

    Exit 0: all built and passed; 1: a test or check failed or a model did not build; 2: disk or
    permission, or no raw tables to build from."""
    settings = _settings(None)
    if not (settings.seeds_dir / "raw_documents.csv").is_file():
        exit_error(
            f"no raw tables in {settings.seeds_dir}: run `yusuan extract` (or `yusuan run`) with the same YUSUAN_DB first"
        )
    with _locked(settings, "build"):
        outcome = _guard(do_build, settings)
    raise typer.Exit(0 if outcome.ok else 1)


@app.command()
def run(
    raw: RawOption = None,
    workers: WorkersOption = None,
    full: FullOption = False,
    engine: EngineOption = "duckdb",
    allow_empty: AllowEmptyOption = False,
) -> None:
    """extract, then build (a bad document never stops the good ones from loading).

    The last line says how the run ended; exit 0 only when every document is ok and every
    test and check passed."""
    settings = _settings(raw, workers)
    with _locked(settings, "run"):
        if engine == "spark":
            _guard(require_documents, settings, allow_empty)
            extracted, outcome = _guard(do_run_spark, settings)
            last_line(extracted, outcome, outcome.db_path, SPARK_MARTS)
            raise typer.Exit(0 if extracted and outcome.ok else 1)
        if engine != "duckdb":
            exit_error(f"unknown engine {engine!r}: duckdb or spark")
        extracted = _guard(do_extract, settings, full, allow_empty)
        outcome = _guard(do_build, settings)
    last_line(extracted, outcome, settings.db_path)
    raise typer.Exit(0 if extracted and outcome.ok else 1)


FormatOption = Annotated[
    str | None, typer.Option("--format", help="parquet or csv (default: both).", metavar="parquet|csv")
]


@app.command()
def export(
    fmt: FormatOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Output folder (default: export/ in the project).", metavar="DIR")
    ] = None,
) -> None:
    """Every mart as Parquet (partitioned by fiscal_year where it has one) and CSV files.

    Reads the warehouse (YUSUAN_DB); exit 2 when there is none or the format is unknown."""
    from yusuan.export import FORMATS, export_marts

    settings = _settings(None)
    target = (out or settings.root / "export").expanduser().resolve()
    try:
        written = export_marts(settings.db_path, target, (fmt,) if fmt else FORMATS)
    except (FileNotFoundError, ValueError) as exc:
        exit_error(exc)
    for item in written:
        kind = "partitioned by fiscal_year" if item.partitioned else "one file"
        console.print(f"  {item.mart:<28} {item.format:<8} {item.rows:>9,} rows  {kind}: {item.path}", markup=False)
    console.print(f"export: {len(written)} file set(s) from {settings.db_path} -> {target}")


@app.command()
def report(
    out: Annotated[
        Path | None, typer.Option("--out", help="Output folder (default: report/ in the project).", metavar="DIR")
    ] = None,
) -> None:
    """A static HTML report over the marts (charts and findings) that opens offline in a browser.

    Reads the warehouse (YUSUAN_DB); exit 2 when there is none."""
    from yusuan.report import build_report

    settings = _settings(None)
    target = (out or settings.root / "report").expanduser().resolve()
    try:
        site = build_report(settings.db_path, target)
    except (FileNotFoundError, ValueError) as exc:
        exit_error(exc)
    console.print(f"report: {len(site.pages)} page(s) from {settings.db_path}; open {site.index}", markup=False)


def main() -> None:
    """The console command ``yusuan``: runs the typer app; Ctrl-C exits 130."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
