"""The Great Expectations checks on small hand-made marts (the contract in models/marts/*.yml).

Each test builds a DuckDB file holding the mart tables with a few real-looking rows (two
documents: one in 万元 with four function rows, one in 元 with two), breaks one thing, and runs
the frames and/or the committed checkpoint against it. Amounts are DECIMAL(20,2) as in the
contract; the tolerance edges are exact to the cent.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from conftest import (
    compile_check_models_command,
    compiled_check_models,
    mart_schema_sql,
    session_check_models,
    session_parse,
)

from yusuan.build import DBT_LINK_FOLDER
from yusuan.checks.checkpoint import prune_history, run_checkpoint, write_frames
from yusuan.checks.suites import FAMILIES, FRAMES_DIR, expectation_dicts, yuan
from yusuan.project import checks_output_dir

ROOT = Path(__file__).resolve().parents[2]

SCHEMA = mart_schema_sql()

ROWS = """
insert into marts.dim_unit (unit_id, unit_name, province, district, unit_code, scope, parent_unit_id) values
    ('u1', '重庆市九龙坡区经济和信息化委员会', '重庆市', '九龙坡区', '206', 'department', null),
    ('u2', '重庆市九龙坡区人民政府办公室', '重庆市', '九龙坡区', '102', 'department', null);
insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, title, source_path, file_sha256, amount_unit, layout, status, problems, is_current) values
    ('doc_wan', 'u1', 2026, 'budget', '2026年部门预算情况说明', '003_wan.txt', 'aa', '万元', 'tsv_rows', 'ok', '', true),
    ('doc_yuan', 'u2', 2026, 'budget', '2026年预算公开情况说明', '005_yuan.txt', 'bb', '元', 'tsv_rows', 'ok', '', true),
    ('doc_old', 'u2', 2026, 'budget', '2026年预算公开情况说明', 'old/005.txt', 'cc', '元', 'tsv_rows', 'ok', '', false);
insert into marts.dim_function_code (function_code, function_name, level, parent_code, category_code, category_name, section_code, section_name, in_reference) values
    ('201', '一般公共服务支出', 1, null, '201', '一般公共服务支出', null, null, true),
    ('20103', '政府办公厅（室）及相关机构事务', 2, '201', '201', '一般公共服务支出', '20103', '政府办公厅（室）及相关机构事务', true),
    ('2010301', '行政运行', 3, '20103', '201', '一般公共服务支出', '20103', '政府办公厅（室）及相关机构事务', true),
    ('2010302', '一般行政管理事务', 3, '20103', '201', '一般公共服务支出', '20103', '政府办公厅（室）及相关机构事务', true),
    ('208', '社会保障和就业支出', 1, null, '208', '社会保障和就业支出', null, null, true),
    ('20805', '行政事业单位养老支出', 2, '208', '208', '社会保障和就业支出', '20805', '行政事业单位养老支出', true),
    ('2080505', '机关事业单位基本养老保险缴费支出', 3, '20805', '208', '社会保障和就业支出', '20805', '行政事业单位养老支出', true),
    ('2080506', '机关事业单位职业年金缴费支出', 3, '20805', '208', '社会保障和就业支出', '20805', '行政事业单位养老支出', true),
    ('215', '资源勘探工业信息等支出', 1, null, '215', '资源勘探工业信息等支出', null, null, true),
    ('21505', '工业和信息产业', 2, '215', '215', '资源勘探工业信息等支出', '21505', '工业和信息产业', true),
    ('2150501', '行政运行', 3, '21505', '215', '资源勘探工业信息等支出', '21505', '工业和信息产业', true),
    ('2150517', '产业发展', 3, '21505', '215', '资源勘探工业信息等支出', '21505', '工业和信息产业', true);
insert into marts.dim_economic_code (economic_code, economic_name, classification) values ('301', '工资福利支出', 'department'), ('30101', '基本工资', 'department');
insert into marts.fact_expenditure (document_id, unit_id, fiscal_year, function_code, expenditure_type, amount_yuan, source, source_table, source_line, source_text) values
    ('doc_wan', 'u1', 2026, '2080505', 'basic', 361900.00, 'table', '一般公共预算财政拨款支出预算表', 110, '2080505 …'),
    ('doc_wan', 'u1', 2026, '2080506', 'basic', 180900.00, 'table', '一般公共预算财政拨款支出预算表', 111, '2080506 …'),
    ('doc_wan', 'u1', 2026, '2150501', 'basic', 3663000.00, 'table', '一般公共预算财政拨款支出预算表', 121, '2150501 …'),
    ('doc_wan', 'u1', 2026, '2150517', 'project', 9500000.00, 'table', '一般公共预算财政拨款支出预算表', 123, '2150517 …'),
    ('doc_yuan', 'u2', 2026, '2010301', 'basic', 1234.56, 'table', '一般公共预算财政拨款支出预算表', 40, '2010301 …'),
    ('doc_yuan', 'u2', 2026, '2010302', 'project', 100.00, 'table', '一般公共预算财政拨款支出预算表', 41, '2010302 …');
insert into marts.fact_budget_summary (document_id, unit_id, fiscal_year, metric, value, value_unit, narrative_value, table_value, agrees, source_line, source_text) values
    ('doc_wan', 'u1', 2026, 'expenditure_total', 13705800.00, 'yuan', 13705800.00, 13705800.00, true, 107, '合计'),
    ('doc_wan', 'u1', 2026, 'income_total', 13705800.00, 'yuan', 13705800.00, null, null, 20, '收入'),
    ('doc_wan', 'u1', 2026, 'basic_expenditure', 4205800.00, 'yuan', null, 4205800.00, null, 107, '合计'),
    ('doc_wan', 'u1', 2026, 'project_expenditure', 9500000.00, 'yuan', null, 9500000.00, null, 107, '合计'),
    ('doc_wan', 'u1', 2026, 'three_public_total', 150000.00, 'yuan', 150000.00, null, null, 60, '三公'),
    ('doc_wan', 'u1', 2026, 'three_public_overseas', 0.00, 'yuan', 0.00, null, null, 60, '三公'),
    ('doc_wan', 'u1', 2026, 'three_public_reception', 50000.00, 'yuan', 50000.00, null, null, 60, '三公'),
    ('doc_wan', 'u1', 2026, 'three_public_vehicle_total', 100000.00, 'yuan', 100000.00, null, null, 60, '三公'),
    ('doc_wan', 'u1', 2026, 'income_change_vs_prior_year', -4499200.00, 'yuan', -4499200.00, null, null, 21, '减少'),
    ('doc_wan', 'u1', 2026, 'vehicles_total', 2, 'count', 2, 2, true, 80, '车辆'),
    ('doc_yuan', 'u2', 2026, 'expenditure_total', 1334.56, 'yuan', null, 1334.56, null, 30, '合计');
insert into marts.fact_reconciliation (document_id, check_name, scope, expected, actual, difference, status, detail) values
    ('doc_wan', 'function_leaves_sum_to_total', 'total', 13705800.00, 13705800.00, 0.00, 'pass', ''),
    ('doc_wan', 'basic_plus_project', 'total', 13705800.00, 13705800.00, 0.00, 'pass', ''),
    ('doc_yuan', 'function_leaves_sum_to_total', 'total', 1334.56, 1334.56, 0.00, 'pass', ''),
    ('doc_old', 'function_leaves_sum_to_total', 'total', 1334.56, 9999.99, 8665.43, 'mismatch', 'old version');
"""


@pytest.fixture(scope="module")
def check_models(tmp_path_factory) -> dict[str, str]:
    """The check models (models/checks/*.sql) compiled by dbt: name -> SQL over "yusuan"."marts".*.

    Compiled against a database file named yusuan.duckdb, so the SQL reads the hand-made marts
    of every test's own yusuan.duckdb (DuckDB names a database after its file). The profile is
    the one of the session's dbt parse (the database at .yusuan/dbt/yusuan.duckdb, relative to
    the folder dbt runs in), so dbt reuses that parse instead of parsing the project again.
    The session's dbt command compiles them already (conftest.session_check_models); this
    compiles them only when it failed, to show dbt's error."""
    compiled = session_check_models()
    if compiled is not None:
        return compiled
    work = tmp_path_factory.mktemp("check_models")
    parse = session_parse()
    if parse is not None and parse.exists():
        (work / "target").mkdir()
        shutil.copy2(parse, work / "target" / parse.name)
    (work / DBT_LINK_FOLDER).mkdir(parents=True)  # dbt opens the (empty) database there
    env = dict(os.environ, YUSUAN_DB=str(DBT_LINK_FOLDER / "yusuan.duckdb"), DO_NOT_TRACK="1")
    done = subprocess.run(
        compile_check_models_command(work / "target"),
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return compiled_check_models(work / "target")


def marts_with(check_models: dict[str, str], path: Path, *changes: str) -> Path:
    """The small contract marts in path (named yusuan.duckdb), each SQL change applied, and the
    check models as views in schema checks, as `dbt build` leaves them."""
    assert path.name == "yusuan.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(SCHEMA)
        con.execute(ROWS)
        con.execute("create schema checks")
        for name, sql in check_models.items():
            con.execute(f"create view checks.{name} as {sql}")
        for change in changes:
            con.execute(change)
    return path


@pytest.fixture
def make_marts(check_models):
    return functools.partial(marts_with, check_models)


def frame(frames_dir: Path, name: str) -> dict[str, dict]:
    """A written frame as {row_key: row}, read back as exact Python values."""
    with duckdb.connect() as con:
        cursor = con.execute(f"select * from read_parquet('{frames_dir / name}.parquet')")
        names = [d[0] for d in cursor.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project root holding only the committed GE context (the checkpoint needs nothing else)."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "gx", root / "gx", ignore=shutil.ignore_patterns("uncommitted"))
    return root


def frames_for(make_marts, tmp_path: Path, *changes: str) -> tuple[Path, dict[str, str]]:
    db = make_marts(tmp_path / "yusuan.duckdb", *changes)
    out = tmp_path / "frames"
    return out, write_frames(db, out)


# --- exact arithmetic -------------------------------------------------------------------------


def test_yuan_formats_cents_exactly():
    assert yuan(1370580000) == "13,705,800.00"
    assert yuan(-1) == "-0.01"
    assert yuan(25001) == "250.01"
    assert yuan(None) == "?"


def test_clean_marts_give_integer_cents(tmp_path, make_marts):
    out, errors = frames_for(make_marts, tmp_path)
    assert errors == {}
    totals = frame(out, "chk_expenditure_by_document")
    assert set(totals) == {"doc_wan", "doc_yuan"}  # the non-current document is not checked
    wan = totals["doc_wan"]
    assert wan["expenditure_sum_cents"] == 1370580000 == wan["expenditure_total_cents"]
    assert wan["is_total_missing"] is False
    # sums of BIGINT are HUGEINT in DuckDB, which parquet would store as DOUBLE: every cents column is INT64
    with duckdb.connect() as con:
        for family in FAMILIES:
            types = dict(
                con.execute(f"select name, type from parquet_schema('{out}/{family.frame}.parquet')").fetchall()
            )
            floats = {c: t for c, t in types.items() if t in ("DOUBLE", "FLOAT")}
            assert not floats, (family.frame, floats)
            assert all(types[c] == "INT64" for c in types if c.endswith("_cents")), (family.frame, types)


# --- the checkpoint -------------------------------------------------------------------------


def test_checkpoint_passes_on_clean_marts_and_builds_docs(tmp_path, project, make_marts):
    db = make_marts(tmp_path / "yusuan.duckdb")
    outcome = run_checkpoint(project, db)
    assert outcome.failures == []
    assert outcome.success
    assert outcome.docs_path is not None and outcome.docs_path.is_file()
    assert outcome.results_paths, "validation results are written under gx/uncommitted/validations"
    suites = {
        json.loads(p.read_text(encoding="utf-8"))["meta"]["active_batch_definition"]["data_asset_name"]
        for p in outcome.results_paths
    }
    assert suites == {family.frame for family in FAMILIES}


def test_a_checkpoint_run_keeps_the_newest_runs_and_the_index_lists_only_them(tmp_path, project, make_marts):
    db = make_marts(tmp_path / "yusuan.duckdb")
    first = run_checkpoint(project, db, keep_runs=2)
    second = run_checkpoint(project, db, keep_runs=2)
    third = run_checkpoint(project, db, keep_runs=2)
    assert all(o.success for o in (first, second, third))
    run_of = [{p.parent.name for p in o.results_paths} for o in (first, second, third)]
    assert all(len(names) == 1 for names in run_of)
    [oldest], [kept], [newest] = run_of
    validations = project / "gx" / "uncommitted" / "validations"
    stored = {p.parent.name for p in validations.rglob("*.json")}
    assert stored == {kept, newest}
    assert not any(p.exists() for p in first.results_paths)
    pages = {p.parent.name for p in (project / "gx" / "uncommitted" / "data_docs").rglob("*.html")}
    assert oldest not in pages and {kept, newest} <= pages
    assert oldest not in third.docs_path.read_text(encoding="utf-8")
    assert newest in third.docs_path.read_text(encoding="utf-8")


def tree(folder: Path) -> dict[str, tuple]:
    """Every file and folder under ``folder`` (itself too): relative path -> (bytes or None for a
    folder, modification time in ns). Two equal trees mean nothing was written, added or removed."""
    return {
        str(p.relative_to(folder)): (None if p.is_dir() else p.read_bytes(), p.stat().st_mtime_ns)
        for p in (folder, *folder.rglob("*"))
    }


def test_a_run_with_its_own_output_folder_writes_everything_there_and_nothing_into_the_project(
    tmp_path, project, make_marts
):
    """A warehouse outside the project (YUSUAN_DB) or YUSUAN_GX_DIR: a real checkpoint run, failing
    (so the Data Docs pages are annotated too), leaves the project's gx/ exactly as it was — a
    read-only or shared checkout is never written — and its frames, stored results and Data Docs
    are in the output folder, twice over (the second run keeps only the newest run's results)."""
    db = make_marts(tmp_path / "yusuan.duckdb", "update marts.fact_reconciliation set status = 'mismatch'")
    before = tree(project)
    output = tmp_path / "shared" / "yusuan.duckdb.gx"
    first = run_checkpoint(project, db, output_dir=output)
    second = run_checkpoint(project, db, output_dir=output, keep_runs=1)
    assert tree(project) == before
    assert not (project / "gx" / "uncommitted").exists()
    for outcome in (first, second):
        assert not outcome.success
        assert any("fact_reconciliation.status" in line for line in outcome.failures), outcome.failures
        assert outcome.docs_path == output / "data_docs" / "local_site" / "index.html"
    assert {p.name for p in (output / "frames").iterdir()} == {f"{family.frame}.parquet" for family in FAMILIES}
    stored = sorted((output / "validations").rglob("*.json"))
    assert stored == second.results_paths and len(stored) == len(FAMILIES)  # the first run's were pruned
    assert not any(p.exists() for p in first.results_paths)
    pages = [p.read_text(encoding="utf-8") for p in (output / "data_docs").rglob("*.html")]
    assert sum('class="yusuan-failures"' in page for page in pages) == 1  # fact_reconciliation.status
    assert second.docs_path.is_file() and 'class="yusuan-failed-row"' in second.docs_path.read_text(encoding="utf-8")


def test_the_output_folder_is_the_projects_unless_the_warehouse_is_elsewhere_or_it_is_set(tmp_path, monkeypatch):
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.delenv("YUSUAN_GX_DIR", raising=False)
    # the default, and any warehouse inside the project: gx/uncommitted as always
    assert checks_output_dir(root, root / "warehouse" / "yusuan.duckdb") == root / "gx" / "uncommitted"
    assert checks_output_dir(root, root / "warehouse" / "spark") == root / "gx" / "uncommitted"
    # a warehouse outside the project: beside it, named after it (as DuckDB names its .wal)
    elsewhere = tmp_path / "data" / "budgets.duckdb"
    assert checks_output_dir(root, elsewhere) == tmp_path / "data" / "budgets.duckdb.gx"
    assert checks_output_dir(root, tmp_path / "spark-marts") == tmp_path / "spark-marts.gx"
    # (a path through the project that leaves it is outside)
    assert checks_output_dir(root, root / ".." / "w.duckdb") == tmp_path / "w.duckdb.gx"
    # YUSUAN_GX_DIR wins, absolute or relative to the project
    monkeypatch.setenv("YUSUAN_GX_DIR", str(tmp_path / "docs"))
    assert checks_output_dir(root, elsewhere) == tmp_path / "docs"
    monkeypatch.setenv("YUSUAN_GX_DIR", "out/gx")
    assert checks_output_dir(root, root / "warehouse" / "yusuan.duckdb") == root / "out" / "gx"


# Four planted faults of the marts, each failing checks of its own (the tests below): one
# checkpoint run over the marts holding all four, as a build's checkpoint sees several faults at once.
MISMATCH = (
    "insert into marts.fact_reconciliation (document_id, check_name, scope, expected, actual, difference, status, detail) values ('doc_yuan', 'narrative_total_equals_table', 'total', "
    "1334.56, 1434.56, 100.00, 'mismatch', '叙述 1434.56 元 vs 表 1334.56 元')",
)
ROW_LEVEL = (
    "update marts.fact_expenditure set amount_yuan = -amount_yuan "
    "where document_id = 'doc_yuan' and function_code = '2010302'",
    "update marts.dim_function_code set parent_code = '20805' where function_code = '2010301'",
    "insert into marts.dim_economic_code (economic_code, economic_name, classification) "
    "values ('3010', 'bad', 'department')",
    "update marts.fact_budget_summary set narrative_value = 3 where metric = 'vehicles_total'",
)
NO_STATED_TOTAL = (
    "delete from marts.fact_budget_summary where document_id = 'doc_yuan' and metric = 'expenditure_total'",
)
EXECUTION_RATE = (
    "insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, title, source_path, "
    "file_sha256, amount_unit, layout, status, problems, is_current) values ('doc_final', 'u1', 2026, "
    "'final_accounts', '2026年度部门决算', 'fa.txt', 'dd', '万元', 'tsv_rows', 'ok', '', true)",
    "insert into marts.fact_budget_execution (unit_id, fiscal_year, item_kind, item, budget_document_id, "
    "final_document_id, budget_yuan, adjusted_budget_yuan, actual_yuan, execution_rate, budget_source) "
    "values ('u1', 2026, 'metric', 'expenditure_total', 'doc_wan', 'doc_final', 100.00, null, 98.00, "
    "0.9900, 'budget_document')",
)


@pytest.fixture(scope="module")
def planted(check_models, tmp_path_factory):
    """One checkpoint run over the small marts with the four planted faults above."""
    root = tmp_path_factory.mktemp("planted")
    project = root / "project"
    shutil.copytree(ROOT / "gx", project / "gx", ignore=shutil.ignore_patterns("uncommitted"))
    db = marts_with(check_models, root / "yusuan.duckdb", *MISMATCH, *ROW_LEVEL, *NO_STATED_TOTAL, *EXECUTION_RATE)
    return run_checkpoint(project, db)


def test_mismatch_in_reconciliation_fails_and_only_for_current_documents(planted):
    outcome = planted
    assert not outcome.success
    lines = [f for f in outcome.failures if "fact_reconciliation.status" in f]
    assert len(lines) == 1, outcome.failures  # doc_old's mismatch is not current: not reported
    assert "doc_yuan" in lines[0] and "narrative_total_equals_table" in lines[0] and "100.00 yuan" in lines[0]


def test_row_level_rules(planted):
    outcome = planted
    failed = set(outcome.failed_checks)
    assert {
        ("fact_expenditure.totals", "no_negative_amounts"),
        ("classification_codes.shape", "parent_matches_code"),
        ("classification_codes.shape", "code_well_formed"),
        ("fact_budget_summary.values", "narrative_equals_table_counts"),
    } <= failed, outcome.failures
    text = "\n".join(outcome.failures)
    assert "2010302 -100.00" in text and "'3010'" in text and "'20805'" in text and "vehicles_total" in text


def test_missing_mart_fails_clearly(tmp_path, project, make_marts):
    db = make_marts(tmp_path / "yusuan.duckdb", "drop table marts.fact_reconciliation")
    outcome = run_checkpoint(project, db)
    assert not outcome.success
    assert ("fact_reconciliation.status", "query") in outcome.failed_checks
    text = "\n".join(outcome.failures)
    assert "fact_reconciliation.status: not checked" in text
    # the other families still ran
    assert not any(suite == "fact_expenditure.totals" for suite, _ in outcome.failed_checks)


def test_empty_marts_with_no_current_documents_pass(tmp_path, project, make_marts):
    tables = ["dim_document", "dim_unit", "fact_expenditure", "fact_budget_summary", "fact_reconciliation"]
    db = make_marts(tmp_path / "yusuan.duckdb", *(f"delete from marts.{t}" for t in tables))
    assert run_checkpoint(project, db).failures == []


def test_fact_rows_without_a_stated_total_fail(planted):
    outcome = planted
    assert ("fact_expenditure.totals", "expenditure_total_stated") in outcome.failed_checks
    assert any("doc_yuan" in f and "no expenditure_total" in f for f in outcome.failures), outcome.failures


def test_execution_rate_that_is_not_actual_over_budget_fails(planted):
    outcome = planted
    assert ("fact_budget_execution.rates", "rate_is_actual_over_budget") in outcome.failed_checks
    assert ("fact_budget_execution.rates", "budget_document_is_a_budget") not in outcome.failed_checks
    assert any("execution_rate 0.9900" in f for f in outcome.failures), outcome.failures


def test_committed_suites_match_the_registry():
    for family in FAMILIES:
        path = ROOT / "gx" / "expectations" / (family.suite.replace(".", "/") + ".json")
        stored = json.loads(path.read_text(encoding="utf-8"))
        got = [{k: e.get(k) for k in ("type", "kwargs", "description", "meta")} for e in stored["expectations"]]
        assert got == expectation_dicts(family), f"{path}: run `python -m yusuan.checks.suites` to regenerate"
    checkpoint = json.loads((ROOT / "gx" / "checkpoints" / "marts.json").read_text(encoding="utf-8"))
    assert [v["name"] for v in checkpoint["validation_definitions"]] == [f.suite for f in FAMILIES]


def test_frames_dir_is_ignored_by_git():
    assert FRAMES_DIR.parts[:2] == ("gx", "uncommitted")
    assert "uncommitted/" in (ROOT / "gx" / ".gitignore").read_text(encoding="utf-8")


# --- Data Docs offline ------------------------------------------------------------------------


def test_data_docs_load_nothing_from_the_network(tmp_path, project, make_marts):
    import re

    db = make_marts(tmp_path / "yusuan.duckdb", "update marts.fact_reconciliation set status = 'mismatch'")
    outcome = run_checkpoint(project, db)
    assert not outcome.success
    site = outcome.docs_path.parent
    pages = list(site.rglob("*.html"))
    assert len(pages) > len(FAMILIES)  # the index, one page per suite, one per validation
    remote = re.compile(r"<(?:script|link|img)[^>]*(?:src|href)=[\"']https?://", re.I)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not remote.search(text), page
        assert not re.search(r"url\(\s*[\"']?https?://", text), page  # no remote CSS background either
        assert "bootstrapTable(" not in text, page
    index = outcome.docs_path.read_text(encoding="utf-8")
    # the index tables are static HTML: every suite is listed and its latest validation is linked
    for family in FAMILIES:
        assert f'href="expectations/{family.suite.replace(".", "/")}.html"' in index
    assert index.count('class="yusuan-failed-row"') == 1  # fact_reconciliation.status failed
    assert 'src="static/images/logo-long.png"' in index


def test_only_the_newest_runs_keep_their_results_and_pages(tmp_path):
    output = tmp_path / "gx" / "uncommitted"  # the checkpoint's output folder
    stores = [output / "validations", output / "data_docs" / "local_site" / "validations"]
    runs = ["20261101T010000.000001Z", "20261102T010000.000001Z", "20261103T010000.000001Z", "20261104T010000.000001Z"]
    for store in stores:
        (store / ".ge_store_backend_id").parent.mkdir(parents=True, exist_ok=True)
        (store / ".ge_store_backend_id").write_text("store id")
        for run in runs:
            for suite in ("dim_unit/keys", "fact_reconciliation/status"):
                folder = store / suite / "__none__" / run
                folder.mkdir(parents=True)
                (folder / "check_frames-rows.json").write_text("{}")
        # a suite that only the two oldest runs had: its folders go with them
        for run in runs[:2]:
            (store / "retired" / "suite" / "__none__" / run).mkdir(parents=True)
    assert prune_history(output, keep=2) == runs[:2]
    for store in stores:
        left = sorted({p.name for p in store.rglob("*") if p.is_dir() and p.name.startswith("2026")})
        assert left == runs[2:]
        assert (store / ".ge_store_backend_id").read_text() == "store id"
        assert not (store / "retired").exists()
        assert (store / "dim_unit" / "keys" / "__none__" / runs[3] / "check_frames-rows.json").exists()
    assert prune_history(output, keep=2) == []  # nothing more to do
    assert prune_history(tmp_path / "no gx here", keep=1) == []
