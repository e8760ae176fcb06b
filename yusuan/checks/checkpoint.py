"""The Great Expectations checkpoint over the marts, run by ``yusuan build`` after dbt.

Everything a run writes goes into one output folder (``yusuan.project.checks_output_dir``:
``gx/uncommitted/`` by default, ``<warehouse>.gx/`` beside a warehouse outside the project, or
``YUSUAN_GX_DIR``); the committed context under ``gx/`` (suites, validation definitions, the
checkpoint) is only read, by an in-memory GE context whose stores point there, so a run never
writes into a read-only or shared project checkout's ``gx/``.

1. Each check family's dbt model (models/checks/, built by dbt into schema ``checks``: small
   per-document or per-code views of integer cents over the marts) is written as parquet under
   <output>/frames/. GE's SQL datasources break on DuckDB (two open GE bugs with the DuckDB dialect), so
   GE reads these files with pandas instead; they hold BIGINT cents, never floats.
2. The committed checkpoint ``marts`` (gx/checkpoints/marts.json) validates each frame against its
   suite (gx/expectations/), storing the results in <output>/validations/; then the Data Docs
   (<output>/data_docs/local_site/) are updated once for the whole run (GE's UpdateDataDocsAction
   would rebuild them once per validation).
3. Every failed expectation becomes a sentence naming the document (or key), the rule and the
   difference in yuan; a family whose query could not run (a mart or column missing) fails too.
4. The Data Docs are made readable offline (yusuan/checks/docs.py).
5. Only the newest ``YUSUAN_KEEP_RUNS`` runs (default 30) keep their stored results and pages:
   GE rebuilds the Data Docs index from every stored result, so a nightly schedule would
   otherwise grow the folder, and the time of each later run, without end.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from yusuan.checks import great_expectations
from yusuan.checks.suites import (
    BY_SUITE,
    CHECKPOINT,
    FAMILIES,
    PARTIAL_UNEXPECTED,
    Check,
    Family,
    Row,
    add_frames_datasource,
)
from yusuan.project import DEFAULT_CHECKS_OUTPUT, KEEP_RUNS

#: failures listed per expectation before "... and N more" (the results hold this many failing rows)
MAX_LISTED = PARTIAL_UNEXPECTED
#: inside the output folder: the frames, the stored results, the Data Docs site and its index
FRAMES = "frames"
RESULTS = "validations"
SITE = Path("data_docs") / "local_site"
DOCS_INDEX = SITE / "index.html"
# a checkpoint run's folder in the stores: its run time, e.g. 20261123T162005.581791Z
_RUN_TIME = re.compile(r"\d{8}T\d{6}\.\d{6}Z")


@dataclass
class CheckOutcome:
    success: bool
    failures: list[str]
    docs_path: Path | None
    results_paths: list[Path] = field(default_factory=list)
    seconds_frames: float = 0.0
    seconds_checkpoint: float = 0.0
    failed_checks: list[tuple[str, str]] = field(default_factory=list)  # (suite, check id)
    checks_run: int = 0  # expectations evaluated


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _error_frame_sql(error: str) -> str:
    """A one-row frame carrying the error in row_key (the family is reported as not checked)."""
    return f"select {_sql_string('not checked: ' + error)} as row_key"


def write_frames(
    db_path: Path, frames_dir: Path, schema: str = "checks", on_frame: Callable[[], None] | None = None
) -> dict[str, str]:
    """Write each family's check model (``schema.<frame>``) as a parquet frame (``on_frame()``
    after each); returns {suite: error} for the families whose model could not be read (the run
    then fails, naming them)."""
    frames_dir.mkdir(parents=True, exist_ok=True)
    for old in frames_dir.glob("*.parquet"):
        old.unlink()
    errors: dict[str, str] = {}
    with duckdb.connect(str(db_path), read_only=True) as con:
        for family in FAMILIES:
            target = _sql_string(str(frames_dir / f"{family.frame}.parquet"))
            try:
                con.execute(
                    f"copy (select * from {schema}.{family.frame} order by row_key) to {target} (format parquet)"
                )
            except duckdb.Error as exc:
                error = str(exc).strip().splitlines()[0]
                errors[family.suite] = error
                con.execute(f"copy ({_error_frame_sql(error)}) to {target} (format parquet)")
            if on_frame:
                on_frame()
    return errors


def _rows(frame: Path, keys: list[Any], with_null: bool) -> dict[Any, Row]:
    """The frame rows for these row_keys (first row per key), read as exact Python ints and strings."""
    if not keys and not with_null:
        return {}
    with duckdb.connect() as con:
        con.execute("create temp table wanted (key varchar)")
        con.executemany("insert into wanted values (?)", [[str(k)] for k in keys])
        cursor = con.execute(
            f"select * from read_parquet({_sql_string(str(frame))}) "
            "where row_key in (select key from wanted)" + (" or row_key is null" if with_null else "")
        )
        names = [d[0] for d in cursor.description]
        out: dict[Any, Row] = {}
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            out.setdefault(row["row_key"], row)
    return out


def _label(family: Family, row: Row | None, key: Any, units: dict[str, str] | None = None) -> str:
    if family.subject == "document":
        if key is None:
            return "a row with no document_id"
        path = (row or {}).get("source_path")
        unit = (units or {}).get(key)
        named = ", ".join(part for part in (path, f"unit {unit}" if unit else "") if part)
        return f"document {key}" + (f" ({named})" if named else "")
    return f"{family.subject} {key!r}" if key is not None else f"a {family.subject} row with no key"


def _describe(
    family: Family, check: Check, result: dict[str, Any], frames_dir: Path, units: dict[str, str] | None = None
) -> list[str]:
    # the first failing rows (result format SUMMARY); unexpected_count counts them all
    index = (result.get("partial_unexpected_index_list") or [])[:MAX_LISTED]
    keys: dict[Any, None] = {}
    has_null = False
    for entry in index:
        key = entry.get("row_key")
        if key is None or (isinstance(key, float) and key != key):  # NaN from pandas
            has_null = True
        else:
            keys.setdefault(key)
    listed = list(keys)
    rows = _rows(frames_dir / f"{family.frame}.parquet", listed, has_null)
    lines = []
    for key in ([None] if has_null else []) + listed:
        row = rows.get(key, {})
        try:
            detail = check.detail(row)
        except (KeyError, TypeError):
            detail = "see Data Docs"
        lines.append(f"{_label(family, row, key, units)}: {family.suite} — {check.description}: {detail}")
    more = int(result.get("unexpected_count") or 0) - len(index)
    if lines and more > 0:
        lines.append(f"{family.suite} — {check.description}: ... and {more} more (see Data Docs)")
    if not lines:
        count = result.get("unexpected_count", "?")
        lines.append(f"{family.suite} — {check.description}: failed ({count} unexpected row(s); see Data Docs)")
    return lines


def summarise(
    checkpoint_result: Any,
    frames_dir: Path,
    errors: dict[str, str],
    units: dict[str, str] | None = None,
    by_suite: dict[str, list[str]] | None = None,
) -> tuple[list[str], list]:
    """Every failed expectation as sentences naming the document (its file and unit), the check
    and the difference; ``by_suite`` (when given) receives the same sentences per suite."""
    failures: list[str] = []
    failed_checks: list[tuple[str, str]] = []
    for suite, error in errors.items():
        failures.append(f"{suite}: not checked — could not read the marts: {error}")
        failed_checks.append((suite, "query"))
    for validation in checkpoint_result.run_results.values():
        family = BY_SUITE.get(validation.suite_name)
        if family is None or family.suite in errors:
            continue
        checks = {check.id: check for check in family.checks}
        for outcome in validation.results:
            if outcome.success:
                continue
            check_id = (outcome.expectation_config.meta or {}).get("check", "?")
            failed_checks.append((family.suite, check_id))
            check = checks.get(check_id)
            if check is None:
                failures.append(f"{family.suite}: {outcome.expectation_config.type} failed (not in the registry)")
                continue
            info = outcome.exception_info or {}
            if info.get("raised_exception"):
                message = (info.get("exception_message") or "").strip()
                failures.append(f"{family.suite} — {check.description}: could not be evaluated: {message}")
                continue
            lines = _describe(family, check, outcome.result or {}, frames_dir, units)
            failures.extend(lines)
            if by_suite is not None:
                by_suite.setdefault(family.suite, []).extend(lines)
    return failures, failed_checks


def _unit_names(db_path: Path, schema: str) -> dict[str, str]:
    """{document_id: unit name} for the failure sentences ({} when the marts cannot be read)."""
    try:
        with duckdb.connect(str(db_path), read_only=True) as con:
            rows = con.execute(
                f"select d.document_id, u.unit_name from {schema}.dim_document as d "
                f"left join {schema}.dim_unit as u on u.unit_id = d.unit_id where u.unit_name is not null"
            ).fetchall()
    except duckdb.Error:
        return {}
    return dict(rows)


def annotate_failures(site: Path, result: Any, by_suite: dict[str, list[str]]) -> int:
    """Put the failure sentences (document, unit, check, difference) at the top of each failed
    validation's Data Docs page, where GE itself shows only the failing values. Returns the
    pages changed."""
    import html

    changed = 0
    for identifier, validation in result.run_results.items():
        lines = by_suite.get(validation.suite_name)
        if not lines:
            continue
        folder = site / "validations" / Path(*identifier.to_tuple()[:-1])
        for page in folder.glob("*.html") if folder.is_dir() else ():
            text = page.read_text(encoding="utf-8")
            if 'class="yusuan-failures"' in text:
                continue
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            block = (
                '<section class="yusuan-failures" style="border:2px solid #dc3545;padding:.5rem 1rem;margin:1rem 0">'
                f"<h3>What failed ({len(lines)}): document, unit, check and difference</h3><ul>{items}</ul></section>"
            )
            match = re.search(r"<body[^>]*>", text)
            at = match.end() if match else 0
            page.write_text(text[:at] + block + text[at:], encoding="utf-8")
            changed += 1
    return changed


def prune_history(output_dir: Path, keep: int) -> list[str]:
    """Delete the stored results and Data Docs pages of all but the newest ``keep`` runs.

    ``output_dir``: the checkpoint's output folder (e.g. gx/uncommitted). GE stores each run under
    validations/<suite>/<run name>/<run time>/ and its pages under the same path in the site's
    validations/; run times sort as text in time order. Folders left empty are removed. Returns
    the run times deleted, oldest first."""
    stores = [output_dir / RESULTS, output_dir / SITE / "validations"]
    runs: dict[str, list[Path]] = {}
    for store in stores:
        for folder in store.rglob("*") if store.is_dir() else ():
            if _RUN_TIME.fullmatch(folder.name) and folder.is_dir():
                runs.setdefault(folder.name, []).append(folder)
    removed = sorted(runs)[: max(0, len(runs) - keep)]
    for run in removed:
        for folder in runs[run]:
            shutil.rmtree(folder)
    for store in stores:
        folders = sorted(store.rglob("*"), key=lambda p: len(p.parts), reverse=True) if store.is_dir() else []
        for folder in folders:
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return removed


def _run_with_docs_once(context: Any, checkpoint: Any, output_dir: Path, keep: int) -> Any:
    """Run the checkpoint, then build the Data Docs once for all its validations.

    GE's UpdateDataDocsAction rebuilds the site (suite page, validation page and the whole
    index, re-reading the stored results) once per validation definition: 8 builds a run, most
    of the checkpoint's time. The committed checkpoint has no actions; the same pages
    (each validation and its suite) are built here in one pass, the index once.
    """
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    now = datetime.now(UTC)
    result = checkpoint.run(run_id=RunIdentifier(run_name=f"yusuan-{now:%Y%m%dT%H%M%SZ}", run_time=now))
    prune_history(output_dir, keep)  # before the index is built from what is stored
    identifiers: list[Any] = []
    for result_identifier, validation in result.run_results.items():
        identifiers += [result_identifier, ExpectationSuiteIdentifier(name=validation.suite_name)]
    context.build_data_docs(resource_identifiers=identifiers)
    return result


def committed_context(root: Path, output_dir: Path) -> Any:
    """An in-memory GE context over the project's committed context (``root``/gx: suites,
    validation definitions, checkpoint; only read) whose results, Data Docs and frames are in
    ``output_dir`` (absolute store paths; nothing is written under ``root``/gx).

    The settings (Data Docs site, progress bars, analytics) are those of gx/great_expectations.yml;
    the datasource is added as ``suites.write_context`` adds it, reading ``output_dir``/frames."""
    import yaml

    gx = great_expectations()
    gx_dir = root / "gx"
    config = yaml.safe_load((gx_dir / "great_expectations.yml").read_text(encoding="utf-8"))
    stores = config["stores"]
    for store, folder in (
        ("expectations_store", gx_dir / "expectations"),
        ("checkpoint_store", gx_dir / "checkpoints"),
        ("validation_definition_store", gx_dir / "validation_definitions"),
        ("validation_results_store", output_dir / RESULTS),
    ):
        stores[store]["store_backend"]["base_directory"] = str(folder)
    config["data_docs_sites"]["local_site"]["store_backend"]["base_directory"] = str(output_dir / SITE)
    config["plugins_directory"] = str(gx_dir / "plugins")  # the Data Docs' custom styles
    for key in ("config_variables_file_path", "fluent_datasources"):  # (file contexts only)
        config.pop(key, None)
    context = gx.get_context(mode="ephemeral", project_config=config)
    add_frames_datasource(context, output_dir / FRAMES)
    return context


def run_checkpoint(
    root: Path,
    db_path: Path,
    schema: str = "checks",
    keep_runs: int = KEEP_RUNS,
    on_step: Callable[[int, int], None] | None = None,
    output_dir: Path | None = None,
) -> CheckOutcome:
    """Run the GE checkpoint over the check models (``schema``) in db_path; frames, results and
    Data Docs under ``output_dir`` (default root/gx/uncommitted; see
    ``yusuan.project.checks_output_dir``), the committed context under root/gx only read.
    Returns whether every expectation held, with one sentence per failure.

    ``on_step(done, total)`` follows the steps: one per family's frame, the checkpoint, the
    Data Docs."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    root = Path(root).resolve()
    output_dir = (output_dir or root / DEFAULT_CHECKS_OUTPUT).resolve()
    frames_dir = output_dir / FRAMES
    started = time.perf_counter()
    total_steps, done_steps = len(FAMILIES) + 2, 0

    def step() -> None:
        nonlocal done_steps
        done_steps += 1
        if on_step:
            on_step(done_steps, total_steps)

    errors = write_frames(Path(db_path), frames_dir, schema, on_frame=step)
    frames_done = time.perf_counter()

    context = committed_context(root, output_dir)
    result = _run_with_docs_once(context, context.checkpoints.get(CHECKPOINT), output_dir, keep_runs)
    step()
    units = {} if result.success else _unit_names(Path(db_path), "marts")
    by_suite: dict[str, list[str]] = {}
    failures, failed_checks = summarise(result, frames_dir, errors, units, by_suite)

    from yusuan.checks.docs import make_offline

    docs = output_dir / DOCS_INDEX
    annotate_failures(docs.parent, result, by_suite)
    make_offline(docs.parent)
    step()
    results_dir = output_dir / RESULTS
    run_name = result.run_id.run_time.strftime("%Y%m%dT%H%M%S.%fZ")
    return CheckOutcome(
        success=bool(result.success) and not errors,
        failures=failures,
        docs_path=docs if docs.exists() else None,
        results_paths=sorted(p for p in results_dir.rglob("*.json") if run_name in str(p)),
        seconds_frames=frames_done - started,
        seconds_checkpoint=time.perf_counter() - frames_done,
        failed_checks=failed_checks,
        checks_run=sum(len(v.results) for v in result.run_results.values()),
    )
