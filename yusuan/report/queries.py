"""What the report shows, read from the marts (exact Decimals; charts convert only to draw).

Every function returns a list of plain dicts, one per row, with the column names of its query.
Amounts are ``Decimal`` yuan as stored; only current documents enter the figures.
"""

from __future__ import annotations

from typing import Any

import duckdb

Rows = list[dict[str, Any]]


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Rows:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def has_table(con: duckdb.DuckDBPyConnection, name: str, schema: str = "marts") -> bool:
    """True when the database holds table or view ``schema.name`` (e.g. a mart not built yet)."""
    return bool(
        con.execute(
            "select count(*) from information_schema.tables where table_schema = ? and table_name = ?", [schema, name]
        ).fetchone()[0]
    )


def overview(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts for the headline: documents by status, current documents, units, districts, years."""
    row = _rows(
        con,
        """
        select
            count(*) as documents,
            count(*) filter (where status = 'ok') as documents_ok,
            count(*) filter (where status = 'partial') as documents_partial,
            count(*) filter (where status = 'failed') as documents_failed,
            count(*) filter (where is_current) as documents_current,
            count(distinct unit_id) filter (where is_current) as units,
            min(fiscal_year) filter (where is_current) as first_year,
            max(fiscal_year) filter (where is_current) as last_year
        from marts.dim_document
        """,
    )[0]
    row["districts"] = con.execute(
        "select count(distinct u.district) from marts.dim_document d join marts.dim_unit u using (unit_id) "
        "where d.is_current"
    ).fetchone()[0]
    return row


def metric_by_unit(con: duckdb.DuckDBPyConnection, metrics: tuple[str, ...]) -> Rows:
    """One row per current document × metric: district, unit, year, kind, metric, value (yuan)
    and where it was read (source_line, source_text)."""
    marks = ", ".join("?" for _ in metrics)
    return _rows(
        con,
        f"""
        select
            coalesce(u.district, u.province || ' · 无区县', '无区县') as district, u.unit_name, u.unit_id, d.fiscal_year, d.doc_kind, d.source_path,
            s.metric, s.value, s.source_line, s.source_text
        from marts.fact_budget_summary as s
        join marts.dim_document as d using (document_id)
        join marts.dim_unit as u on u.unit_id = s.unit_id
        where d.is_current and s.metric in ({marks})
        order by u.district, u.unit_name, d.fiscal_year, s.metric
        """,
        list(metrics),
    )


def totals_by_year(con: duckdb.DuckDBPyConnection) -> Rows:
    """Per district × year × kind: documents and their summed expenditure_total (yuan)."""
    return _rows(
        con,
        """
        select coalesce(u.district, u.province || ' · 无区县', '无区县') as district, d.fiscal_year, d.doc_kind, count(*) as documents, sum(s.value) as expenditure_total
        from marts.fact_budget_summary as s
        join marts.dim_document as d using (document_id)
        join marts.dim_unit as u on u.unit_id = s.unit_id
        where d.is_current and s.metric = 'expenditure_total'
        group by 1, 2, 3
        order by 2, 1, 3
        """,
    )


def function_categories(con: duckdb.DuckDBPyConnection, district: str | None = None) -> Rows:
    """fact_expenditure summed by function category (类) × year × kind (yuan)."""
    where = "and u.district = ?" if district else ""
    return _rows(
        con,
        f"""
        select
            f.fiscal_year, d.doc_kind, c.category_code,
            coalesce(c.category_name, '(未知类)') as category_name,
            sum(f.amount_yuan) as amount_yuan
        from marts.fact_expenditure as f
        join marts.dim_document as d using (document_id)
        join marts.dim_unit as u on u.unit_id = f.unit_id
        left join marts.dim_function_code as c using (function_code)
        where true {where}
        group by 1, 2, 3, 4
        order by 1, 2, 3
        """,
        [district] if district else [],
    )


def unit_categories(con: duckdb.DuckDBPyConnection, district: str) -> Rows:
    """fact_expenditure of one district's units by category (类) and expenditure type (yuan)."""
    return _rows(
        con,
        """
        select
            u.unit_name, f.fiscal_year, d.doc_kind, c.category_code,
            coalesce(c.category_name, '(未知类)') as category_name, f.expenditure_type,
            sum(f.amount_yuan) as amount_yuan
        from marts.fact_expenditure as f
        join marts.dim_document as d using (document_id)
        join marts.dim_unit as u on u.unit_id = f.unit_id
        left join marts.dim_function_code as c using (function_code)
        where u.district = ?
        group by 1, 2, 3, 4, 5, 6
        order by 1, 2, 4, 6
        """,
        [district],
    )


def three_public(con: duckdb.DuckDBPyConnection) -> Rows:
    """三公 total and parts per district × year (yuan)."""
    return _rows(
        con,
        """
        select coalesce(u.district, u.province || ' · 无区县', '无区县') as district, d.fiscal_year, s.metric, sum(s.value) as value
        from marts.fact_budget_summary as s
        join marts.dim_document as d using (document_id)
        join marts.dim_unit as u on u.unit_id = s.unit_id
        where d.is_current and s.metric in (
            'three_public_total', 'three_public_overseas', 'three_public_reception', 'three_public_vehicle_total'
        )
        group by 1, 2, 3
        order by 2, 1, 3
        """,
    )


def budget_execution(con: duckdb.DuckDBPyConnection) -> Rows:
    """fact_budget_execution's metric rows (budget against actual), when that mart exists."""
    if not has_table(con, "fact_budget_execution"):
        return []
    return _rows(
        con,
        """
        select coalesce(u.district, u.province || ' · 无区县', '无区县') as district, u.unit_name, e.fiscal_year, e.item_kind, e.item,
               e.budget_yuan, e.adjusted_budget_yuan, e.actual_yuan, e.execution_rate
        from marts.fact_budget_execution as e
        join marts.dim_unit as u using (unit_id)
        where e.actual_yuan is not null and (e.budget_yuan is not null or e.adjusted_budget_yuan is not null)
        order by 1, 2, 3, 4, 5
        """,
    )


def findings(con: duckdb.DuckDBPyConnection) -> Rows:
    """Reconciliation rows that are not a clean pass or rounding: mismatches and known source
    issues, with the document and the source line of the figure where the mart has one."""
    return _rows(
        con,
        """
        select
            r.status, r.check_name, r.scope, r.expected, r.actual, r.difference, r.detail,
            d.source_path, coalesce(u.district, u.province || ' · 无区县', '无区县') as district, u.unit_name, d.fiscal_year,
            (select min(f.source_line) from marts.fact_expenditure as f
             where f.document_id = r.document_id and f.function_code = split_part(r.scope, ':', -1)) as source_line,
            (select min(f.source_text) from marts.fact_expenditure as f
             where f.document_id = r.document_id and f.function_code = split_part(r.scope, ':', -1)) as source_text
        from marts.fact_reconciliation as r
        join marts.dim_document as d using (document_id)
        left join marts.dim_unit as u on u.unit_id = d.unit_id
        where r.status in ('mismatch', 'known_issue')
        order by r.status desc, d.source_path, r.check_name, r.scope
        """,
    )


def reconciliation_tally(con: duckdb.DuckDBPyConnection) -> Rows:
    """Rows (status, n): fact_reconciliation's rows counted per status, by status."""
    return _rows(con, "select status, count(*) as n from marts.fact_reconciliation group by 1 order by 1")


def document_problems(con: duckdb.DuckDBPyConnection) -> Rows:
    """Every document with a status other than ok, or with problems recorded, and its problems."""
    return _rows(
        con,
        """
        select d.source_path, d.status, d.is_current, d.fiscal_year, coalesce(u.district, u.province || ' · 无区县', '无区县') as district, u.unit_name, d.problems
        from marts.dim_document as d
        left join marts.dim_unit as u using (unit_id)
        where d.status <> 'ok' or coalesce(d.problems, '') <> ''
        order by case d.status when 'failed' then 0 when 'partial' then 1 else 2 end, d.source_path
        """,
    )


def districts(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The districts of the current documents' units, sorted (units without one left out)."""
    return [
        r[0]
        for r in con.execute(
            "select distinct u.district from marts.dim_document d join marts.dim_unit u using (unit_id) "
            "where d.is_current and u.district is not null order by 1"
        ).fetchall()
    ]
