"""The contract marts built from the five bundled documents: real figures, read off the documents.

Every expected value below was read from the published text in data/raw/ (万元 × 10000 = yuan);
the line numbers in the comments are the documents' own.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from conftest import dbt_env_on_a_copy, mart_contract

D = Decimal


def doc_id(warehouse, prefix: str) -> str:
    rows = warehouse.execute(
        "select document_id from marts.dim_document where source_path like ? || '%'", [prefix]
    ).fetchall()
    assert len(rows) == 1, rows
    return rows[0][0]


# --- the contract: names and types (read from models/marts/*.yml, its one home) -------------

CONTRACT = mart_contract()
AMOUNT_COLUMNS = {
    "fact_expenditure": ("amount_yuan",),
    "fact_expenditure_economic": ("amount_yuan",),
    "fact_budget_summary": ("value", "narrative_value", "table_value"),
    "fact_reconciliation": ("expected", "actual", "difference"),
    "fact_project_budget": ("budget_yuan",),
}


def test_the_contract_holds_every_mart_and_exact_amounts():
    assert set(CONTRACT) >= {"dim_document", "dim_unit", "dim_function_code", "dim_economic_code", "dim_metric"}
    assert set(CONTRACT) >= set(AMOUNT_COLUMNS)
    for mart, columns in AMOUNT_COLUMNS.items():
        for column in columns:
            assert CONTRACT[mart][column] == "DECIMAL(20,2)", (mart, column)


@pytest.mark.parametrize("mart", sorted(CONTRACT))
def test_every_mart_has_the_contract_columns_and_types(warehouse, mart):
    got = dict(
        warehouse.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'marts' and table_name = ?",
            [mart],
        ).fetchall()
    )
    missing = {c: t for c, t in CONTRACT[mart].items() if got.get(c) != t}
    assert not missing, {c: (t, got.get(c)) for c, t in missing.items()}


def test_no_amount_anywhere_in_the_marts_is_a_float(warehouse):
    floats = warehouse.execute(
        "select table_name, column_name from information_schema.columns "
        "where table_schema = 'marts' and data_type in ('FLOAT', 'DOUBLE', 'REAL')"
    ).fetchall()
    assert floats == []


# --- fact_expenditure -------------------------------------------------------------------

# Per table document: the function table's 合计 row (total, 基本, 项目) as printed, and the
# leaves' sums (the 项 rows; the published 合计 carries the 0.01万元 rounding drifts).
TABLE_DOCUMENTS = {
    # 002 一般公共预算财政拨款支出预算表 合计 4,844.56 / 2,309.40 / 2,535.16; leaves 2,309.39 basic
    "002": {"basic": D("23093900.00"), "project": D("25351600.00"), "expenditure_total": D("48445600.00")},
    # 003 表三 合计 2,465.43 / 587.84 / 1,877.59
    "003": {"basic": D("5878400.00"), "project": D("18775900.00"), "expenditure_total": D("24654300.00")},
    # 004 表二 合计 2,686.02 / 1,802.64 / 883.38 (the 2024年预算数 column, 1,311.38, is not this year's)
    "004": {"basic": D("18026400.00"), "project": D("8833700.00"), "expenditure_total": D("26860200.00")},
}


@pytest.mark.parametrize("prefix", sorted(TABLE_DOCUMENTS))
def test_table_documents_give_their_function_table_leaves_split_basic_and_project(warehouse, prefix):
    rows = warehouse.execute(
        "select expenditure_type, sum(amount_yuan), min(source), min(length(function_code)), "
        "max(length(function_code)) from marts.fact_expenditure where document_id = ? group by 1 order by 1",
        [doc_id(warehouse, prefix)],
    ).fetchall()
    expected = TABLE_DOCUMENTS[prefix]
    assert {r[0]: r[1] for r in rows} == {"basic": expected["basic"], "project": expected["project"]}
    assert {r[2] for r in rows} == {"table"}
    assert {(r[3], r[4]) for r in rows} == {(7, 7)}  # 项 level only: never two levels in a document


@pytest.mark.parametrize(
    ("prefix", "code", "kind", "amount", "line"),
    [
        ("002", "2010301", "basic", D("10961600.00"), None),  # 行政运行 1,096.16
        ("004", "2010301", "basic", D("9458400.00"), 126),  # 945.84, not the 2024 column's 772.31
        ("004", "2010302", "project", D("1133200.00"), 127),  # 113.32
        ("003", "2080505", "basic", D("361900.00"), 110),  # 36.19
        ("003", "2080899", "project", D("256500.00"), 114),  # 25.65
    ],
)
def test_single_function_rows_are_exact_with_their_provenance(warehouse, prefix, code, kind, amount, line):
    rows = warehouse.execute(
        "select amount_yuan, source_line, source_text, source_table from marts.fact_expenditure "
        "where document_id = ? and function_code = ? and expenditure_type = ?",
        [doc_id(warehouse, prefix), code, kind],
    ).fetchall()
    assert len(rows) == 1, rows
    got, source_line, source_text, source_table = rows[0]
    assert got == amount
    assert source_text.lstrip().startswith(code)
    assert source_table
    if line is not None:
        assert source_line == line


NARRATIVE_DOCUMENTS = {
    # 000 line 17: 595.23 / 62.1 / 25.24 / 35.04 万元 (一般公共服务, 社会保障和就业, 卫生健康, 住房保障)
    "000": {"201": D("5952300.00"), "208": D("621000.00"), "210": D("252400.00"), "221": D("350400.00")},
    # 001 line 118: 10784.89 / 445.5 / 116.26 / 144.96 万元
    "001": {"201": D("107848900.00"), "208": D("4455000.00"), "210": D("1162600.00"), "221": D("1449600.00")},
}


@pytest.mark.parametrize("prefix", sorted(NARRATIVE_DOCUMENTS))
def test_narrative_documents_give_category_rows(warehouse, prefix):
    rows = warehouse.execute(
        "select function_code, amount_yuan, expenditure_type, source from marts.fact_expenditure "
        "where document_id = ? order by 1",
        [doc_id(warehouse, prefix)],
    ).fetchall()
    assert {r[0]: r[1] for r in rows} == NARRATIVE_DOCUMENTS[prefix]
    assert {(r[2], r[3]) for r in rows} == {("unsplit", "narrative")}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_fact_expenditure_per_document_is_its_expenditure_total_within_rounding(warehouse, prefix):
    document_id = doc_id(warehouse, prefix)
    (total,) = warehouse.execute(
        "select value from marts.fact_budget_summary where document_id = ? and metric = 'expenditure_total'",
        [document_id],
    ).fetchone()
    (summed, rows) = warehouse.execute(
        "select sum(amount_yuan), count(*) from marts.fact_expenditure where document_id = ?", [document_id]
    ).fetchone()
    check = warehouse.execute(
        "select expected, actual, difference, status from marts.fact_reconciliation "
        "where document_id = ? and check_name = 'fact_expenditure_equals_expenditure_total'",
        [document_id],
    ).fetchall()
    assert check == [(total, summed, summed - total, "pass" if summed == total else "rounding")]
    # the rounding rule: 0.005万元 × (n + 1) = 50 yuan × (rows + 1)
    assert abs(summed - total) <= 50 * (rows + 1)
    if prefix in TABLE_DOCUMENTS:
        assert total == TABLE_DOCUMENTS[prefix]["expenditure_total"]
    else:
        assert summed == total == sum(NARRATIVE_DOCUMENTS[prefix].values())


# --- fact_budget_summary --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "metric", "value", "narrative", "table"),
    [
        # 000 (narrative only): 三公 17.4万元; 基本支出539.61万元; 减少278.66万元; 车辆1辆
        ("000", "three_public_total", D("174000.00"), D("174000.00"), None),
        ("000", "basic_expenditure", D("5396100.00"), D("5396100.00"), None),
        ("000", "vehicles_total", D("1.00"), D("1.00"), None),
        ("000", "operating_cost", D("843100.00"), D("843100.00"), None),  # 运行经费84.31万元
        # 002: the narrative and the tables agree
        ("002", "income_total", D("48445600.00"), D("48445600.00"), D("48445600.00")),
        ("002", "basic_expenditure", D("23094000.00"), D("23094000.00"), D("23094000.00")),
        ("002", "three_public_total", D("400000.00"), D("400000.00"), D("400000.00")),
        # 003: 收入比 2025 年减少 6,171.12 万元
        ("003", "income_change_vs_prior_year", D("-61711200.00"), D("-61711200.00"), None),
        ("003", "expenditure_total", D("24654300.00"), D("24654300.00"), D("24654300.00")),
        # 004: 人员经费 from the basic-expenditure economic table only
        ("004", "personnel_expenditure", D("14105500.00"), None, D("14105500.00")),
        ("004", "income_total", D("26860200.00"), D("26860200.00"), D("26860200.00")),
    ],
)
def test_budget_summary_metrics(warehouse, prefix, metric, value, narrative, table):
    rows = warehouse.execute(
        "select value, narrative_value, table_value, agrees from marts.fact_budget_summary "
        "where document_id = ? and metric = ?",
        [doc_id(warehouse, prefix), metric],
    ).fetchall()
    agrees = None if narrative is None or table is None else narrative == table
    assert rows == [(value, narrative, table, agrees)]


def test_silence_is_not_a_row_and_an_explicit_zero_is(warehouse):
    # 000 states 因公出国（境）费用0万元: a row with 0; it states no 人员经费 figure
    rows = dict(
        warehouse.execute(
            "select metric, value from marts.fact_budget_summary where document_id = ?", [doc_id(warehouse, "000")]
        ).fetchall()
    )
    assert rows["three_public_overseas"] == D("0.00")
    assert "personnel_expenditure" not in rows  # 000 never states 人员经费 as a figure


# --- fact_reconciliation -----------------------------------------------------------------


def test_no_document_has_an_unexplained_mismatch(warehouse):
    assert warehouse.execute("select count(*) from marts.fact_reconciliation where status = 'mismatch'").fetchone() == (
        0,
    )


def test_the_published_drift_of_002s_20805_is_rounding(warehouse):
    # 002: its 208 leaves (20805) sum to 426.60 against 426.61万元
    rows = warehouse.execute(
        "select expected, actual, difference, status from marts.fact_reconciliation "
        "where document_id = ? and check_name = 'function_items_sum_to_section' and scope = 'gpb_function:20805:total'",
        [doc_id(warehouse, "002")],
    ).fetchall()
    assert rows == [(D("4266100.00"), D("4266000.00"), D("-100.00"), "rounding")]


def test_rounding_rows_are_real_drifts_within_the_rule(warehouse):
    rows = warehouse.execute(
        "select d.source_path[1:3], r.difference, r.tolerance from marts.fact_reconciliation as r "
        "join marts.dim_document as d using (document_id) where r.status = 'rounding'"
    ).fetchall()
    counts = {}
    for prefix, difference, tolerance in rows:
        assert difference != 0 and abs(difference) <= tolerance
        assert abs(difference) == D("100.00")  # one 0.01万元 step: the published rounding
        counts[prefix] = counts.get(prefix, 0) + 1
    # 002 includes its 财政拨款收支总表: the categories add up to 4,844.57 against 本年支出 4,844.56
    # in both columns (合计, 一般公共预算), the 208 drift of 426.60 printed as 426.61
    # 004 includes personnel_plus_public_equals_basic_expenditure on its summary metrics (the
    # same 0.01万元 drift as its economic table's 合计 row)
    assert counts == {"002": 19, "003": 2, "004": 12}


def test_002s_missing_procurement_unit_is_the_known_issue(warehouse):
    rows = warehouse.execute(
        "select check_name, expected, actual, detail from marts.fact_reconciliation where status = 'known_issue'"
    ).fetchall()
    assert len(rows) == 1
    check_name, expected, actual, detail = rows[0]
    assert (check_name, expected, actual) == ("procurement_lines_equal_total", D("2109000.00"), D("2059000.00"))
    assert "known issue:" in detail and "205.90" in detail


# --- dimensions ---------------------------------------------------------------------------


def test_official_names_win_over_the_documents_misspellings(warehouse):
    rows = warehouse.execute(
        "select function_code, function_name, level, parent_code, category_code, in_reference "
        "from marts.dim_function_code where function_code in ('215', '21505', '2010301') order by 1"
    ).fetchall()
    assert rows == [
        ("2010301", "行政运行", 3, "20103", "201", True),
        ("215", "资源勘探工业信息等支出", 1, None, "215", True),
        ("21505", "工业和信息产业", 2, "215", "215", True),
    ]
    assert warehouse.execute(
        "select count(*) from marts.dim_function_code where function_name like '资产勘探%' "
        "or function_name like '资源勘探工程%'"
    ).fetchone() == (0,)


def test_function_codes_of_every_fact_are_in_the_dimension(warehouse):
    assert warehouse.execute(
        "select count(*) from marts.fact_expenditure as f left join marts.dim_function_code as c "
        "using (function_code) where c.function_code is null"
    ).fetchone() == (0,)


def test_units_codes_scopes_and_sub_units(warehouse):
    units = {
        r[0]: r[1:]
        for r in warehouse.execute(
            "select unit_name, district, unit_code, scope, parent_unit_id is not null from marts.dim_unit"
        ).fetchall()
    }
    assert units["重庆市九龙坡区人民政府办公室"] == ("九龙坡区", "102", "department", False)
    assert units["重庆市綦江区经济和信息化委员会（本级）"] == ("綦江区", "206001", "unit_only", False)
    assert units["重庆市渝中区产业发展促进局"] == ("渝中区", None, "department", False)
    # sub-units listed by a department point at it
    parent = warehouse.execute(
        "select p.unit_name from marts.dim_unit as u join marts.dim_unit as p on p.unit_id = u.parent_unit_id "
        "where u.unit_name = '重庆市九龙坡区电子政务中心'"
    ).fetchall()
    assert parent == [("重庆市九龙坡区人民政府办公室",)]


def test_economic_facts_are_the_basic_expenditure_table(warehouse):
    # 002 一般公共预算财政拨款基本支出预算表 合计: 2,309.40 = 人员经费 1,871.99 + 公用经费 437.41;
    # its 款 rows (302xx …) sum to 437.40: the 0.01万元 drift is a 'rounding' reconciliation row
    document_id = doc_id(warehouse, "002")
    personnel, public, total = warehouse.execute(
        "select sum(personnel_amount_yuan), sum(public_use_amount_yuan), sum(amount_yuan) "
        "from marts.fact_expenditure_economic "
        "where document_id = ? and classification = 'department' and expenditure_type = 'basic'",
        [document_id],
    ).fetchone()
    assert (personnel, public, total) == (D("18719900.00"), D("4374000.00"), D("23093900.00"))
    stated = dict(
        warehouse.execute(
            "select metric, table_value from marts.fact_budget_summary where document_id = ? "
            "and metric in ('personnel_expenditure', 'public_use_expenditure')",
            [document_id],
        ).fetchall()
    )
    assert stated == {"personnel_expenditure": D("18719900.00"), "public_use_expenditure": D("4374100.00")}
    assert warehouse.execute(
        "select status, difference from marts.fact_reconciliation where document_id = ? "
        "and scope = 'gpb_basic_economic.department:合计:public'",
        [document_id],
    ).fetchall() == [("rounding", D("-100.00"))]


def _dbt_show(run, inline: str, limit: int = 100) -> list[dict[str, str]]:
    """The rows (at most ``limit``) of ``dbt show --inline`` (SQL that may call the project's
    macros), run on a copy of ``run``'s warehouse (dbt opens its database for writing; this
    session holds it read-only)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "dbt"),
            "show",
            "--inline",
            inline,
            "--limit",
            str(limit),
            "--output",
            "json",
            "--log-format",
            "json",
            "--profiles-dir",
            ".",
        ],
        cwd=run.project,
        env=dbt_env_on_a_copy(run),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    shown = []
    for line in done.stdout.splitlines():
        data = json.loads(line).get("data", {}) if line.startswith("{") else {}
        if "preview" in data:
            shown = json.loads(data["preview"])
    return shown


def test_the_rounding_tolerance_is_the_same_rule_in_dbt_and_python(bundled_run, tmp_path):
    """The macro rounding_tolerance_yuan, run by dbt on the warehouse, = extract.numbers.rounding_tolerance_yuan."""
    from extract.numbers import rounding_tolerance_yuan

    cases = [(1, 10000), (2, 10000), (208, 10000), (1, 1), (2, 1), (3, 100000000)]
    values = ", ".join(f"({n}, {unit})" for n, unit in cases)
    inline = (
        "select n_terms, unit_yuan, cast({{ rounding_tolerance_yuan('unit_yuan', 'n_terms') }} as varchar) as tolerance "
        f"from (values {values}) as cases (n_terms, unit_yuan)"
    )
    shown = _dbt_show(bundled_run, inline)
    assert len(shown) == len(cases), shown
    for row in shown:
        python = rounding_tolerance_yuan(int(row["n_terms"]), Decimal(row["unit_yuan"]))
        assert Decimal(row["tolerance"]) == python, row


def test_the_printed_unit_is_the_same_rule_in_dbt_and_python(bundled_run):
    """The macro printed_unit_yuan, run by dbt, = extract.numbers.printed_unit_yuan (the extractor
    decides with it whether two statements of one figure agree, the check narrative_statements_agree
    with the macro): on every narrative figure of the bundled documents and on printed forms they lack."""
    from extract.numbers import printed_unit_yuan

    bundled = [
        (row["value_text"], row["value"])
        for path in sorted((bundled_run.project / "seeds" / "raw").glob("*raw_narrative_figures*.csv"))
        for row in csv.DictReader(path.open(encoding="utf-8"))
        if row["value_unit"] == "yuan"
    ]
    others = [
        ("6.2万元", "62000"),
        ("5000元", "5000"),
        ("96,282,213.44元", "96282213.44"),
        ("1.2亿元", "120000000"),
        ("2, 465. 43 万元", "24654300"),
        ("1.2345万元", "12345"),
        ("28千元", "28000"),
        ("3.5百万元", "3500000"),
        ("0万元", "0"),
        ("1000.86万", "10008600"),
        ("3.5亿", "350000000"),
        ("12万人次", "120000"),
        ("持平", "0"),
    ]
    cases = sorted(set(bundled + others))
    assert len(bundled) > 50, len(bundled)
    values = ", ".join(f"('{text}', cast('{value}' as decimal(20, 2)))" for text, value in cases)
    inline = (
        "select value_text, cast({{ printed_unit_yuan('value_text', 'figure_value') }} as varchar) as unit_yuan "
        f"from (values {values}) as cases (value_text, figure_value)"
    )
    shown = {row["value_text"]: row["unit_yuan"] for row in _dbt_show(bundled_run, inline, len(cases) + 1)}
    assert len(shown) == len({text for text, _ in cases}), shown
    for text, value in cases:
        python = printed_unit_yuan(text, Decimal(value))
        dbt = shown[text]
        assert (None if dbt is None else Decimal(dbt)) == python, (text, value, dbt, python)


def test_each_check_takes_the_tolerance_of_its_coarsest_printed_figure(warehouse):
    """fact_reconciliation.tolerance (macro rounding_tolerance_yuan) = extract.numbers.rounding_tolerance_yuan,
    in the unit of the check's coarsest figure: the document's, or coarser where the narrative
    printed a figure with fewer decimals ('156.7万元' is rounded to 0.1 万元: the unit is 100000)."""
    from extract.numbers import UNIT_FACTORS, rounding_tolerance_yuan

    rows = warehouse.execute(
        "select recon.n_terms, doc.amount_unit, recon.tolerance, recon.check_name, recon.detail "
        "from marts.fact_reconciliation as recon "
        "inner join marts.dim_document as doc using (document_id) "
        "order by all"
    ).fetchall()
    assert len({row[0] for row in rows}) >= 3  # several term counts
    for n_terms, amount_unit, tolerance, check_name, _detail in rows:
        units = [UNIT_FACTORS[amount_unit] * 10**k for k in range(5)]
        assert tolerance in [rounding_tolerance_yuan(n_terms, unit) for unit in units], (n_terms, amount_unit)
        if tolerance != rounding_tolerance_yuan(n_terms, UNIT_FACTORS[amount_unit]):
            assert check_name.startswith(
                ("narrative", "three_public", "procurement", "fact_", "basic_", "personnel_", "summary_category_")
            )
    one_decimal = [row for row in rows if row[3] == "narrative_category_equals_table" and row[4].endswith("156.7万元")]
    assert [row[2] for row in one_decimal] == [D("1000.000")]  # 0.005 x 100000 x 2
