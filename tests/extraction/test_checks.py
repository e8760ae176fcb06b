"""The Great Expectations checks on small hand-made marts (the contract in DESIGN.md).

Each test builds a DuckDB file holding the mart tables with a few real-looking rows (two
documents: one in 万元 with four function rows, one in 元 with two), breaks one thing, and runs
the frames and/or the committed checkpoint against it. Amounts are DECIMAL(20,2) as in the
contract; the tolerance edges are exact to the cent.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from yusuan.checks import frames
from yusuan.checks.checkpoint import prune_history, run_checkpoint, write_frames
from yusuan.checks.suites import FAMILIES, FRAMES_DIR, expectation_dicts, yuan

ROOT = Path(__file__).resolve().parents[2]

SCHEMA = """
create schema marts;
create table marts.dim_document (
    document_id varchar, unit_id varchar, fiscal_year integer, doc_kind varchar, title varchar,
    source_path varchar, file_sha256 varchar, amount_unit varchar, layout varchar, status varchar,
    problems varchar, is_current boolean);
create table marts.dim_unit (
    unit_id varchar, unit_name varchar, province varchar, district varchar, unit_code varchar,
    scope varchar, parent_unit_id varchar);
create table marts.dim_function_code (
    function_code varchar, function_name varchar, level integer, parent_code varchar,
    category_code varchar, category_name varchar, section_code varchar, section_name varchar,
    in_reference boolean);
create table marts.dim_economic_code (economic_code varchar, economic_name varchar, classification varchar);
create table marts.fact_expenditure (
    document_id varchar, unit_id varchar, fiscal_year integer, function_code varchar,
    expenditure_type varchar, amount_yuan decimal(20, 2), source varchar, source_table varchar,
    source_line integer, source_text varchar);
create table marts.fact_budget_summary (
    document_id varchar, unit_id varchar, fiscal_year integer, metric varchar, value decimal(20, 2),
    value_unit varchar, narrative_value decimal(20, 2), table_value decimal(20, 2), agrees boolean,
    source_line integer, source_text varchar);
create table marts.fact_reconciliation (
    document_id varchar, check_name varchar, scope varchar, expected decimal(20, 2),
    actual decimal(20, 2), difference decimal(20, 2), status varchar, detail varchar);
create table marts.fact_budget_execution (
    unit_id varchar, fiscal_year integer, item_kind varchar, item varchar, budget_document_id varchar,
    final_document_id varchar, budget_yuan decimal(20, 2), adjusted_budget_yuan decimal(20, 2),
    actual_yuan decimal(20, 2), execution_rate decimal(12, 4), budget_source varchar);
"""

ROWS = """
insert into marts.dim_unit values
    ('u1', '重庆市九龙坡区经济和信息化委员会', '重庆市', '九龙坡区', '206', 'department', null),
    ('u2', '重庆市九龙坡区人民政府办公室', '重庆市', '九龙坡区', '102', 'department', null);
insert into marts.dim_document values
    ('doc_wan', 'u1', 2026, 'budget', '2026年部门预算情况说明', '003_wan.txt', 'aa', '万元', 'tsv_rows', 'ok', '', true),
    ('doc_yuan', 'u2', 2026, 'budget', '2026年预算公开情况说明', '005_yuan.txt', 'bb', '元', 'tsv_rows', 'ok', '', true),
    ('doc_old', 'u2', 2026, 'budget', '2026年预算公开情况说明', 'old/005.txt', 'cc', '元', 'tsv_rows', 'ok', '', false);
insert into marts.dim_function_code values
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
insert into marts.dim_economic_code values ('301', '工资福利支出', 'department'), ('30101', '基本工资', 'department');
insert into marts.fact_expenditure values
    ('doc_wan', 'u1', 2026, '2080505', 'basic', 361900.00, 'table', '一般公共预算财政拨款支出预算表', 110, '2080505 …'),
    ('doc_wan', 'u1', 2026, '2080506', 'basic', 180900.00, 'table', '一般公共预算财政拨款支出预算表', 111, '2080506 …'),
    ('doc_wan', 'u1', 2026, '2150501', 'basic', 3663000.00, 'table', '一般公共预算财政拨款支出预算表', 121, '2150501 …'),
    ('doc_wan', 'u1', 2026, '2150517', 'project', 9500000.00, 'table', '一般公共预算财政拨款支出预算表', 123, '2150517 …'),
    ('doc_yuan', 'u2', 2026, '2010301', 'basic', 1234.56, 'table', '一般公共预算财政拨款支出预算表', 40, '2010301 …'),
    ('doc_yuan', 'u2', 2026, '2010302', 'project', 100.00, 'table', '一般公共预算财政拨款支出预算表', 41, '2010302 …');
insert into marts.fact_budget_summary values
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
insert into marts.fact_reconciliation values
    ('doc_wan', 'function_leaves_sum_to_total', 'total', 13705800.00, 13705800.00, 0.00, 'pass', ''),
    ('doc_wan', 'basic_plus_project', 'total', 13705800.00, 13705800.00, 0.00, 'pass', ''),
    ('doc_yuan', 'function_leaves_sum_to_total', 'total', 1334.56, 1334.56, 0.00, 'pass', ''),
    ('doc_old', 'function_leaves_sum_to_total', 'total', 1334.56, 9999.99, 8665.43, 'mismatch', 'old version');
"""


def make_marts(path: Path, *changes: str) -> Path:
    """The small contract marts in a DuckDB file, then each SQL change applied."""
    with duckdb.connect(str(path)) as con:
        con.execute(SCHEMA)
        con.execute(ROWS)
        for change in changes:
            con.execute(change)
    return path


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


def frames_for(tmp_path: Path, *changes: str) -> tuple[Path, dict[str, str]]:
    db = make_marts(tmp_path / "warehouse.duckdb", *changes)
    out = tmp_path / "frames"
    return out, write_frames(db, out)


# --- exact arithmetic -------------------------------------------------------------------------


def test_yuan_formats_cents_exactly():
    assert yuan(1370580000) == "13,705,800.00"
    assert yuan(-1) == "-0.01"
    assert yuan(25001) == "250.01"
    assert yuan(None) == "?"


def test_clean_marts_give_no_excess_and_integer_cents(tmp_path):
    out, errors = frames_for(tmp_path)
    assert errors == {}
    totals = frame(out, "fact_expenditure_by_document")
    assert set(totals) == {"doc_wan", "doc_yuan"}  # the non-current document is not checked
    wan = totals["doc_wan"]
    assert wan["expenditure_sum_cents"] == 1370580000 == wan["expenditure_total_cents"]
    assert wan["tolerance_cents"] == 5000 * (4 + 1)  # 0.005 万元 x (n + 1), n = 4 rows
    assert wan["excess_cents"] == -25000
    assert totals["doc_yuan"]["tolerance_cents"] == 1  # 0.005 元 x 3 = 1.5 cents -> 1 whole cent
    # sums of BIGINT are HUGEINT in DuckDB, which parquet would store as DOUBLE: every cents column is INT64
    with duckdb.connect() as con:
        for family in FAMILIES:
            types = dict(
                con.execute(f"select name, type from parquet_schema('{out}/{family.frame}.parquet')").fetchall()
            )
            floats = {c: t for c, t in types.items() if t in ("DOUBLE", "FLOAT")}
            assert not floats, (family.frame, floats)
            assert all(types[c] == "INT64" for c in types if c.endswith("_cents")), (family.frame, types)


@pytest.mark.parametrize(
    ("document", "extra_cents", "within"),
    [
        ("doc_wan", 25000, True),  # 250.00 yuan = 0.005 万元 x 5: the edge of the rounding rule
        ("doc_wan", 25001, False),  # one cent beyond it
        ("doc_wan", -25001, False),
        ("doc_yuan", 1, True),  # 元 document, 2 rows: 1 cent allowed
        ("doc_yuan", 2, False),
    ],
)
def test_expenditure_total_tolerance_edge(tmp_path, document, extra_cents, within):
    out, _ = frames_for(
        tmp_path,
        f"update marts.fact_budget_summary set value = value + {extra_cents} / 100 "
        f"where document_id = '{document}' and metric = 'expenditure_total'",
    )
    row = frame(out, "fact_expenditure_by_document")[document]
    assert row["difference_cents"] == -extra_cents
    assert (row["excess_cents"] <= 0) is within


def test_budget_summary_relations_are_exact_to_the_cent(tmp_path):
    # basic + project = expenditure_total, n = 2: tolerance 0.005 万元 x 3 = 150.00 yuan
    out, _ = frames_for(
        tmp_path,
        "update marts.fact_budget_summary set value = value + 150.01 "
        "where document_id = 'doc_wan' and metric = 'basic_expenditure'",
        "update marts.fact_budget_summary set value = value + 0.02 "
        "where document_id = 'doc_wan' and metric = 'three_public_reception'",
    )
    row = frame(out, "fact_budget_summary_by_document")["doc_wan"]
    assert row["basic_project_difference_cents"] == 15001
    assert row["basic_project_tolerance_cents"] == 15000
    assert row["basic_project_excess_cents"] == 1
    assert row["three_public_excess_cents"] == 2 - 20000  # n = 3: 200.00 yuan allowed
    assert row["income_expenditure_excess_cents"] == -10000  # n = 1: 100.00 yuan allowed
    assert row["personnel_public_excess_cents"] is None  # not stated: the rule does not apply
    assert row["procurement_excess_cents"] is None


# --- the checkpoint -------------------------------------------------------------------------


def test_checkpoint_passes_on_clean_marts_and_builds_docs(tmp_path, project):
    db = make_marts(tmp_path / "warehouse.duckdb")
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


def test_a_checkpoint_run_keeps_the_newest_runs_and_the_index_lists_only_them(tmp_path, project):
    db = make_marts(tmp_path / "warehouse.duckdb")
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


def test_checkpoint_fails_one_cent_beyond_tolerance_and_names_the_document(tmp_path, project):
    db = make_marts(
        tmp_path / "warehouse.duckdb",
        "update marts.fact_expenditure set amount_yuan = amount_yuan + 250.01 "
        "where document_id = 'doc_wan' and function_code = '2150517'",
    )
    outcome = run_checkpoint(project, db)
    assert not outcome.success
    assert ("fact_expenditure.totals", "sum_equals_expenditure_total") in outcome.failed_checks
    [line] = [f for f in outcome.failures if "fact_expenditure.totals" in f]
    assert "doc_wan" in line and "003_wan.txt" in line
    assert "difference 250.01 yuan" in line and "by 0.01 yuan" in line


def test_checkpoint_passes_at_the_tolerance_edge(tmp_path, project):
    db = make_marts(
        tmp_path / "warehouse.duckdb",
        "update marts.fact_expenditure set amount_yuan = amount_yuan + 250.00 "
        "where document_id = 'doc_wan' and function_code = '2150517'",
        # the 元 document: two rows, one cent off is within 0.005 x 3 元
        "update marts.fact_expenditure set amount_yuan = amount_yuan + 0.01 "
        "where document_id = 'doc_yuan' and function_code = '2010302'",
    )
    outcome = run_checkpoint(project, db)
    assert outcome.failures == []


def test_mismatch_in_reconciliation_fails_and_only_for_current_documents(tmp_path, project):
    db = make_marts(
        tmp_path / "warehouse.duckdb",
        "insert into marts.fact_reconciliation values ('doc_yuan', 'narrative_total_equals_table', 'total', "
        "1334.56, 1434.56, 100.00, 'mismatch', '叙述 1434.56 元 vs 表 1334.56 元')",
    )
    outcome = run_checkpoint(project, db)
    assert not outcome.success
    lines = [f for f in outcome.failures if "fact_reconciliation.status" in f]
    assert len(lines) == 1, outcome.failures  # doc_old's mismatch is not current: not reported
    assert "doc_yuan" in lines[0] and "narrative_total_equals_table" in lines[0] and "100.00 yuan" in lines[0]


def test_row_level_rules(tmp_path, project):
    db = make_marts(
        tmp_path / "warehouse.duckdb",
        "update marts.fact_expenditure set amount_yuan = -amount_yuan, function_code = '2999999' "
        "where document_id = 'doc_yuan' and function_code = '2010302'",
        "update marts.fact_expenditure set expenditure_type = 'other' where function_code = '2080506'",
        "insert into marts.dim_function_code values ('2010301', '行政运行', 3, '20103', null, null, null, null, true)",
        "insert into marts.dim_economic_code values ('3010', 'bad', 'department')",
        "update marts.fact_budget_summary set value = value + 0.01 where metric = 'expenditure_total'",
    )
    outcome = run_checkpoint(project, db)
    failed = set(outcome.failed_checks)
    assert {
        ("fact_expenditure.totals", "no_negative_amounts"),
        ("fact_expenditure.totals", "known_function_codes"),
        ("fact_expenditure.totals", "accepted_expenditure_types"),
        ("dim_function_code.keys", "function_code_unique"),
        ("dim_economic_code.keys", "economic_code_well_formed"),
    } <= failed, outcome.failures
    text = "\n".join(outcome.failures)
    assert "2999999" in text and "'other'" in text and "'3010'" in text


def test_missing_mart_fails_clearly(tmp_path, project):
    db = make_marts(tmp_path / "warehouse.duckdb", "drop table marts.fact_reconciliation")
    outcome = run_checkpoint(project, db)
    assert not outcome.success
    assert ("fact_reconciliation.status", "query") in outcome.failed_checks
    assert ("marts.contract", "column_present") in outcome.failed_checks
    text = "\n".join(outcome.failures)
    assert "fact_reconciliation.status: not checked" in text
    assert "column 'fact_reconciliation.status'" in text
    # the other families still ran
    assert not any(suite == "fact_expenditure.totals" for suite, _ in outcome.failed_checks)


def test_float_amount_column_breaks_the_contract(tmp_path, project):
    db = make_marts(
        tmp_path / "warehouse.duckdb",
        "alter table marts.fact_expenditure alter amount_yuan type double",
    )
    outcome = run_checkpoint(project, db)
    assert ("marts.contract", "column_type") in outcome.failed_checks
    assert any("fact_expenditure.amount_yuan is DOUBLE" in f for f in outcome.failures)


def test_empty_marts_with_no_current_documents_pass(tmp_path, project):
    tables = ["dim_document", "dim_unit", "fact_expenditure", "fact_budget_summary", "fact_reconciliation"]
    db = make_marts(tmp_path / "warehouse.duckdb", *(f"delete from marts.{t}" for t in tables))
    assert run_checkpoint(project, db).failures == []


def test_execution_rate_that_is_not_actual_over_budget_fails(tmp_path, project):
    db = make_marts(
        tmp_path / "warehouse.duckdb",
        "insert into marts.dim_document values ('doc_final', 'u1', 2026, 'final_accounts', '2026年度部门决算', "
        "'fa.txt', 'dd', '万元', 'tsv_rows', 'ok', '', true)",
        "insert into marts.fact_budget_execution values ('u1', 2026, 'metric', 'expenditure_total', 'doc_wan', "
        "'doc_final', 100.00, null, 98.00, 0.9900, 'budget_document')",
    )
    outcome = run_checkpoint(project, db)
    assert ("fact_budget_execution.rates", "rate_is_actual_over_budget") in outcome.failed_checks
    assert ("fact_budget_execution.rates", "budget_document_is_a_budget") not in outcome.failed_checks


def test_empty_fact_with_a_stated_total_fails(tmp_path, project):
    db = make_marts(tmp_path / "warehouse.duckdb", "delete from marts.fact_expenditure where document_id = 'doc_yuan'")
    outcome = run_checkpoint(project, db)
    assert ("fact_expenditure.totals", "sum_equals_expenditure_total") in outcome.failed_checks
    assert any("doc_yuan" in f and "difference -1,334.56 yuan" in f for f in outcome.failures), outcome.failures


# --- the committed context ----------------------------------------------------------------------


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


def test_tolerance_sql_matches_the_rounding_rule():
    with duckdb.connect() as con:
        for unit, n, expected in [("万元", 1, 10000), ("万元", 208, 1045000), ("元", 1, 1), ("元", 2, 1), ("元", 3, 2)]:
            sql = f"select {frames.tolerance_cents('u', 'n')} from (select '{unit}' as u, {n} as n)"
            assert con.execute(sql).fetchone()[0] == expected


# --- Data Docs offline ------------------------------------------------------------------------


def test_data_docs_load_nothing_from_the_network(tmp_path, project):
    import re

    db = make_marts(tmp_path / "warehouse.duckdb", "update marts.fact_reconciliation set status = 'mismatch'")
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
    gx_dir = tmp_path / "gx"
    stores = [gx_dir / "uncommitted" / "validations", gx_dir / "uncommitted" / "data_docs" / "local_site" / "validations"]
    runs = ["20261101T010000.000001Z", "20261102T010000.000001Z", "20261103T010000.000001Z", "20261104T010000.000001Z"]
    for store in stores:
        (store / ".ge_store_backend_id").parent.mkdir(parents=True, exist_ok=True)
        (store / ".ge_store_backend_id").write_text("store id")
        for run in runs:
            for suite in ("dim_unit/keys", "marts/contract"):
                folder = store / suite / "__none__" / run
                folder.mkdir(parents=True)
                (folder / "check_frames-rows.json").write_text("{}")
        # a suite that only the two oldest runs had: its folders go with them
        for run in runs[:2]:
            (store / "retired" / "suite" / "__none__" / run).mkdir(parents=True)
    assert prune_history(gx_dir, keep=2) == runs[:2]
    for store in stores:
        left = sorted({p.name for p in store.rglob("*") if p.is_dir() and p.name.startswith("2026")})
        assert left == runs[2:]
        assert (store / ".ge_store_backend_id").read_text() == "store id"
        assert not (store / "retired").exists()
        assert (store / "dim_unit" / "keys" / "__none__" / runs[3] / "check_frames-rows.json").exists()
    assert prune_history(gx_dir, keep=2) == []  # nothing more to do
    assert prune_history(tmp_path / "no gx here", keep=1) == []
