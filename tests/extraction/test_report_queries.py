"""The report's queries on hand-made marts: a unit without a district (a municipal or provincial
unit) beside district units is named, never None (sorting None with names crashed the report);
a 部门 (department) and a 单位（本级） of one name are two units, and sums over a district count
the department only (it contains its 本级 unit)."""

import json
from decimal import Decimal

import duckdb

from yusuan.report import charts, difference, queries, wan


def _warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute(
        "create table marts.dim_unit (unit_id varchar, unit_name varchar, province varchar, district varchar, "
        "scope varchar, parent_unit_id varchar)"
    )
    con.execute(
        "create table marts.dim_document (document_id varchar, unit_id varchar, fiscal_year integer, "
        "doc_kind varchar, is_current boolean, source_path varchar)"
    )
    con.execute(
        "create table marts.fact_budget_summary (document_id varchar, unit_id varchar, metric varchar, source_line integer, source_text varchar, "
        "value decimal(20, 2))"
    )
    con.execute(
        "create table marts.fact_expenditure (document_id varchar, unit_id varchar, fiscal_year integer, "
        "function_code varchar, expenditure_type varchar, amount_yuan decimal(20, 2))"
    )
    con.execute(
        "create table marts.dim_function_code (function_code varchar, category_code varchar, category_name varchar)"
    )
    con.execute(
        "insert into marts.dim_unit values ('u1', '上海市普陀区财政局', '上海市', '普陀区', 'department', null), "
        "('u2', '佛山市轨道交通局', '广东省', null, 'department', null), ('u3', '某局', null, null, 'department', null)"
    )
    con.execute(
        "insert into marts.dim_document values ('d1', 'u1', 2024, 'final_accounts', true, 'd1.txt'), "
        "('d2', 'u2', 2019, 'final_accounts', true, 'd2.txt'), ('d3', 'u3', 2026, 'budget', true, 'd3.txt')"
    )
    con.execute(
        "insert into marts.fact_budget_summary values ('d1', 'u1', 'expenditure_total', null, null, 29953900.00), "
        "('d2', 'u2', 'expenditure_total', null, null, 1000.00), ('d3', 'u3', 'expenditure_total', null, null, 5.00)"
    )
    return con


def _same_name(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The figures of tests/fixtures/field/18a (部门预算 of 上海市普陀区司法局: 支出 9628.22万元,
    三公 10.81万元) and 18b (its 单位预算, the unit itself: 8695.94万元, 10.71万元), plus a
    superseded 18a whose figures must count nowhere."""
    con.execute(
        "insert into marts.dim_unit values ('dep', '上海市普陀区司法局', '上海市', '普陀区', 'department', null), "
        "('own', '上海市普陀区司法局', '上海市', '普陀区', 'unit_only', null)"
    )
    con.execute(
        "insert into marts.dim_document values "
        "('a', 'dep', 2026, 'budget', true, '18a_department_budget.txt'), "
        "('b', 'own', 2026, 'budget', true, '18b_unit_budget_same_name.txt'), "
        "('old', 'dep', 2026, 'budget', false, '18a_old.txt')"
    )
    con.execute(
        "insert into marts.fact_budget_summary values "
        "('a', 'dep', 'expenditure_total', null, null, 96282200.00), ('a', 'dep', 'three_public_total', null, null, 108100.00), "
        "('b', 'own', 'expenditure_total', null, null, 86959400.00), ('b', 'own', 'three_public_total', null, null, 107100.00), "
        "('old', 'dep', 'expenditure_total', null, null, 1.00), ('old', 'dep', 'three_public_total', null, null, 1.00)"
    )
    con.execute("insert into marts.dim_function_code values ('20406', '204', '公共安全支出')")
    con.execute(
        "insert into marts.fact_expenditure values "
        "('a', 'dep', 2026, '20406', 'basic', 96282200.00), ('b', 'own', 2026, '20406', 'basic', 86959400.00), "
        "('old', 'dep', 2026, '20406', 'basic', 1.00)"
    )
    return con


def test_totals_by_year_name_the_place_of_a_unit_without_district():
    rows = queries.totals_by_year(_warehouse())
    assert sorted((r["district"], r["fiscal_year"], r["expenditure_total"]) for r in rows) == [
        ("广东省 · 无区县", 2019, Decimal("1000.00")),
        ("无区县", 2026, Decimal("5.00")),
        ("普陀区", 2024, Decimal("29953900.00")),
    ]
    html = charts.totals_by_year(rows)  # the chart's JSON escapes non-ASCII names
    assert all(json.dumps(name)[1:-1] in html for name in ("广东省 · 无区县", "无区县", "普陀区"))


def test_every_place_gets_a_page_units_without_district_after_the_districts():
    assert queries.districts(_warehouse()) == ["普陀区", "广东省 · 无区县", "无区县"]
    rows = queries.function_categories(_same_name(_warehouse()), "广东省 · 无区县")
    assert rows == []  # the hand-made 佛山 unit has no expenditure rows; the filter is on the place


def test_a_department_and_its_unit_of_one_name_are_two_rows_with_their_own_figures():
    rows = queries.metric_by_unit(_same_name(_warehouse()), ("expenditure_total", "three_public_total"))
    mine = sorted(
        (r["scope"], r["metric"], r["value"], r["source_path"], r["contained_in"])
        for r in rows
        if r["unit_name"] == "上海市普陀区司法局"
    )
    assert mine == [
        ("department", "expenditure_total", Decimal("96282200.00"), "18a_department_budget.txt", None),
        ("department", "three_public_total", Decimal("108100.00"), "18a_department_budget.txt", None),
        (
            "unit_only",
            "expenditure_total",
            Decimal("86959400.00"),
            "18b_unit_budget_same_name.txt",
            "18a_department_budget.txt",
        ),
        (
            "unit_only",
            "three_public_total",
            Decimal("107100.00"),
            "18b_unit_budget_same_name.txt",
            "18a_department_budget.txt",
        ),
    ]


def test_district_sums_count_the_department_and_not_the_unit_it_contains():
    con = _same_name(_warehouse())
    totals = {(r["district"], r["fiscal_year"]): r for r in queries.totals_by_year(con)}
    putuo = totals[("普陀区", 2026)]
    assert (putuo["expenditure_total"], putuo["documents"], putuo["documents_left_out"]) == (
        Decimal("96282200.00"),
        1,
        1,
    )
    three = {(r["district"], r["fiscal_year"], r["metric"]): r["value"] for r in queries.three_public(con)}
    assert three[("普陀区", 2026, "three_public_total")] == Decimal("108100.00")
    categories = [
        r for r in queries.function_categories(con) if r["fiscal_year"] == 2026 and r["category_code"] == "204"
    ]
    assert [r["amount_yuan"] for r in categories] == [Decimal("96282200.00")]
    assert [(r["source_path"], r["contained_in"]) for r in queries.left_out_documents(con)] == [
        ("18b_unit_budget_same_name.txt", "18a_department_budget.txt")
    ]


def test_a_district_page_keeps_both_units_apart():
    rows = queries.unit_categories(_same_name(_warehouse()), "普陀区")
    assert sorted((r["scope"], r["amount_yuan"], r["source_path"]) for r in rows) == [
        ("department", Decimal("96282200.00"), "18a_department_budget.txt"),
        ("unit_only", Decimal("86959400.00"), "18b_unit_budget_same_name.txt"),
    ]
    html = charts.unit_categories(rows)
    for label in ("上海市普陀区司法局 · 部门 2026", "上海市普陀区司法局 · 单位（本级） 2026"):
        assert json.dumps(label)[1:-1] in html


def test_a_sub_unit_listed_by_its_department_is_left_out_of_the_sums_when_the_department_publishes():
    con = _same_name(_warehouse())
    con.execute(
        "insert into marts.dim_unit values ('sub', '上海市普陀区公证处', '上海市', '普陀区', 'department', 'dep')"
    )
    con.execute("insert into marts.dim_document values ('s', 'sub', 2026, 'budget', true, 'sub.txt')")
    con.execute("insert into marts.fact_budget_summary values ('s', 'sub', 'expenditure_total', null, null, 500000.00)")
    totals = {(r["district"], r["fiscal_year"]): r for r in queries.totals_by_year(con)}
    assert totals[("普陀区", 2026)]["expenditure_total"] == Decimal("96282200.00")
    assert totals[("普陀区", 2026)]["documents_left_out"] == 2


def test_a_small_difference_never_prints_as_zero():
    # −0.34 元 rounds to -0.00 万元: it is printed in 元
    assert wan(Decimal("-0.34")) == "-0.34 元"
    assert difference(Decimal("-0.34")) == "-0.34 元"
    assert difference(Decimal("-150.50")) == "-150.50 元"
    assert difference(Decimal("-50000.00")) == "-5.00"
    assert wan(Decimal("0")) == "0.00" and difference(Decimal("0.00")) == "0.00"
    assert wan(Decimal("86959400.00")) == "8,695.94"
