"""The report's queries on a unit without a district (a municipal or provincial unit) beside
district units: the place is named, never None (sorting None with names crashed the report)."""

import json
from decimal import Decimal

import duckdb

from yusuan.report import charts, queries


def _warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute("create table marts.dim_unit (unit_id varchar, unit_name varchar, province varchar, district varchar)")
    con.execute(
        "create table marts.dim_document (document_id varchar, unit_id varchar, fiscal_year integer, "
        "doc_kind varchar, is_current boolean)"
    )
    con.execute(
        "create table marts.fact_budget_summary (document_id varchar, unit_id varchar, metric varchar, "
        "value decimal(20, 2))"
    )
    con.execute(
        "insert into marts.dim_unit values ('u1', '上海市普陀区财政局', '上海市', '普陀区'), "
        "('u2', '佛山市轨道交通局', '广东省', null), ('u3', '某局', null, null)"
    )
    con.execute(
        "insert into marts.dim_document values ('d1', 'u1', 2024, 'final_accounts', true), "
        "('d2', 'u2', 2019, 'final_accounts', true), ('d3', 'u3', 2026, 'budget', true)"
    )
    con.execute(
        "insert into marts.fact_budget_summary values ('d1', 'u1', 'expenditure_total', 29953900.00), "
        "('d2', 'u2', 'expenditure_total', 1000.00), ('d3', 'u3', 'expenditure_total', 5.00)"
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
