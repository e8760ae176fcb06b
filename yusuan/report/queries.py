"""What the report shows, read from the marts (exact Decimals; charts convert only to draw).

Every function returns a list of plain dicts, one per row, with the column names of its query.
Amounts are ``Decimal`` yuan as stored; only current documents enter the figures.

A unit is its name and its scope (``dim_unit.unit_id``): a 部门 (department, ``scope =
'department'``, the department with its sub-units) and a 单位（本级） (``'unit_only'``, the unit
itself) of one name are two units, each with its own documents and figures. Sums over a
district and year count every figure once: a document whose figures a department's document
of the same year and kind already contains is left out of them (see ``COUNTED_DOCUMENTS``).
"""

from __future__ import annotations

from typing import Any

import duckdb

Rows = list[dict[str, Any]]

# The place a unit is shown under: its district, else its province '· 无区县' (a municipal or
# provincial unit), else '无区县'. Needs dim_unit as ``u``.
PLACE = "coalesce(u.district, u.province || ' · 无区县', '无区县')"

# The scope labels a reader sees ('部门' contains its 单位（本级） and its other sub-units).
SCOPE_LABELS = {"department": "部门", "unit_only": "单位（本级）"}

# A unit name with its '（本级）' mark, brackets' width and white space taken away (matching only).
_NAME_KEY = (
    "regexp_replace(replace(replace(regexp_replace({0}, '\\s+', '', 'g'), '(', '（'), ')', '）'), '（本级）$', '')"
)

# One row per current document: its unit, place, scope and ``contained_in`` — the source_path of
# the current document of the same year and kind that already holds its figures, or null. A
# document is contained when a department of the same province, district and name (the unit's
# 本级 document beside its department's) or the department listing the unit as a sub-unit
# (dim_unit.parent_unit_id) has such a document. Sums count only rows where contained_in is null.
COUNTED_DOCUMENTS = f"""
    current_documents as (
        select
            d.document_id, d.fiscal_year, d.doc_kind, d.source_path, d.status,
            u.unit_id, u.unit_name, u.scope, u.parent_unit_id, u.province, u.district,
            {PLACE} as place,
            {_NAME_KEY.format("u.unit_name")} as name_key
        from marts.dim_document as d
        inner join marts.dim_unit as u on d.unit_id = u.unit_id
        where d.is_current
    ),

    counted_documents as (
        select
            c.*,
            (
                select min(p.source_path)
                from current_documents as p
                where
                    p.document_id <> c.document_id
                    and p.fiscal_year = c.fiscal_year
                    and p.doc_kind = c.doc_kind
                    and p.scope = 'department'
                    and (
                        p.unit_id = c.parent_unit_id
                        or (
                            c.scope = 'unit_only'
                            and p.name_key = c.name_key
                            and p.province is not distinct from c.province
                            and p.district is not distinct from c.district
                        )
                    )
            ) as contained_in
        from current_documents as c
    )
"""


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
    """Counts for the headline: documents by status, current documents, units (name × scope),
    places (the places ``districts`` names: districts, and '<province> · 无区县' for units without
    one; each gets a page), years."""
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
    row["places"] = len(districts(con))
    return row


def metric_by_unit(con: duckdb.DuckDBPyConnection, metrics: tuple[str, ...]) -> Rows:
    """One row per current document × metric of ``metrics`` it states: district (place),
    unit_name, unit_id, scope, fiscal_year, doc_kind, source_path, contained_in (the department
    document that holds this one's figures, else None), metric, value (yuan) and where it was read
    (source_line, source_text). A current document stating none of them still has one row, its
    metric, value, source_line and source_text None (its unit is listed, its figures unknown).
    A part of the spending the document states of one fund alone (fact_budget_summary.fund_scope
    other than 'all_funds': '一般公共预算财政拨款基本支出') is not its all-funds figure: not listed."""
    marks = ", ".join("?" for _ in metrics)
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS}
        select
            c.place as district, c.unit_name, c.unit_id, c.scope, c.fiscal_year, c.doc_kind, c.source_path,
            c.contained_in, s.metric, s.value, s.source_line, s.source_text
        from counted_documents as c
        left join marts.fact_budget_summary as s
            on s.document_id = c.document_id and s.metric in ({marks}) and coalesce(s.fund_scope, 'all_funds') = 'all_funds'
        order by c.place, c.unit_name, c.scope, c.fiscal_year, s.metric
        """,
        list(metrics),
    )


def totals_by_year(con: duckdb.DuckDBPyConnection) -> Rows:
    """Per district (place) × year × kind: documents counted, their summed expenditure_total
    (yuan) and documents_left_out (current documents a department's document there contains)."""
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS}
        select
            c.place as district, c.fiscal_year, c.doc_kind,
            count(*) filter (where c.contained_in is null) as documents,
            sum(s.value) filter (where c.contained_in is null) as expenditure_total,
            count(*) filter (where c.contained_in is not null) as documents_left_out
        from marts.fact_budget_summary as s
        inner join counted_documents as c on s.document_id = c.document_id
        where s.metric = 'expenditure_total'
        group by 1, 2, 3
        order by 2, 1, 3
        """,
    )


def left_out_documents(con: duckdb.DuckDBPyConnection) -> Rows:
    """The current documents left out of the sums: district (place), unit_name, scope,
    fiscal_year, doc_kind, source_path and contained_in (the department document holding them)."""
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS}
        select place as district, unit_name, scope, fiscal_year, doc_kind, source_path, contained_in
        from counted_documents
        where contained_in is not null
        order by 1, 2, 4, 5
        """,
    )


# The funds a document's function rows cover (fact_expenditure.fund_scope: one per document), as a
# reader sees them, in the order the report lists them. None: a narrative's 类 figures on a line
# that states no total, whose funds the document does not say.
FUND_SCOPES = {
    "all_funds": "全部资金 (all funds)",
    "fiscal_appropriation": "财政拨款 (fiscal appropriation: 一般公共预算 + 政府性基金 / 国有资本经营)",
    "general_public_budget": "一般公共预算 (general public budget only)",
    "items": "说明所列款项 (selected items from the narrative)",
    None: "资金范围未说明 (funds not stated)",
}
_FUND_ORDER = (
    "case f.fund_scope "
    + " ".join(f"when '{scope}' then {n}" for n, scope in enumerate(FUND_SCOPES) if scope)
    + f" else {len(FUND_SCOPES)} end"
)


def function_categories(con: duckdb.DuckDBPyConnection, district: str | None = None) -> Rows:
    """fact_expenditure of the counted current documents summed by year × kind × fund scope ×
    function category (类) (yuan): fiscal_year, doc_kind, fund_scope (fact_expenditure.fund_scope,
    the funds the rows cover: one per document; None when not stated), category_code,
    category_name, amount_yuan and partial_yuan (the part of amount_yuan from 'partial' documents,
    whose rows are loaded only in part; 0 when none). Rows of two fund scopes are never added
    together: a document whose rows cover all funds and one whose rows cover only the 一般公共预算
    give two rows of a 类. ``district`` (a place as ``districts`` names it) keeps its units only."""
    where = "and c.place = ?" if district else ""
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS}
        select
            f.fiscal_year, c.doc_kind, f.fund_scope, fc.category_code,
            coalesce(fc.category_name, '(未知类)') as category_name,
            sum(f.amount_yuan) as amount_yuan,
            coalesce(sum(f.amount_yuan) filter (where c.status = 'partial'), 0) as partial_yuan
        from marts.fact_expenditure as f
        inner join counted_documents as c on f.document_id = c.document_id
        left join marts.dim_function_code as fc on f.function_code = fc.function_code
        where c.contained_in is null {where}
        group by 1, 2, 3, 4, 5
        order by 1, 2, {_FUND_ORDER}, 4
        """,
        [district] if district else [],
    )


def fund_scope_documents(con: duckdb.DuckDBPyConnection, district: str | None = None) -> Rows:
    """What each fund scope of the 功能分类 sums holds, per year × kind × fund scope over the
    counted current documents: fiscal_year, doc_kind, fund_scope, documents (how many documents'
    rows), units (the list of their unit names with scope labels, sorted) and amount_yuan (the
    rows' sum, yuan). ``district`` keeps one place's documents."""
    where = "and c.place = ?" if district else ""
    labels = " ".join(f"when '{k}' then '{v}'" for k, v in SCOPE_LABELS.items())
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS}
        select
            f.fiscal_year, c.doc_kind, f.fund_scope,
            count(distinct f.document_id) as documents,
            list(distinct c.unit_name || ' · ' || (case c.scope {labels} else '' end)
                 order by c.unit_name || ' · ' || (case c.scope {labels} else '' end)) as units,
            sum(f.amount_yuan) as amount_yuan
        from marts.fact_expenditure as f
        inner join counted_documents as c on f.document_id = c.document_id
        where c.contained_in is null {where}
        group by 1, 2, 3
        order by 1, 2, {_FUND_ORDER}
        """,
        [district] if district else [],
    )


# The published total a fund scope of fact_expenditure adds up to (a fact_budget_summary metric).
_SCOPE_TOTAL = """
    case f.fund_scope
        when 'general_public_budget' then 'expenditure_general_public_budget'
        when 'fiscal_appropriation' then 'expenditure_fiscal_appropriation'
        when 'all_funds' then 'expenditure_total'
    end
"""


def partial_documents(con: duckdb.DuckDBPyConnection, district: str | None = None) -> Rows:
    """The counted current documents whose status is 'partial' and whose function rows
    (fact_expenditure) enter the 功能分类 sums, one row per document × fund scope: district
    (place), unit_name, scope, fiscal_year, doc_kind, source_path, fund_scope, loaded_yuan (the
    rows' sum), published_metric and its label_zh (the document's published total of those funds,
    dim_metric) and published_yuan (None when the document prints no such total, or the scope
    has none: narrative rows whose funds are not stated, 'items'), and total_yuan (the
    document's expenditure_total, all funds; None when not published). ``district`` keeps one
    place's documents."""
    where = "and c.place = ?" if district else ""
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS},
        loaded as (
            select f.document_id, f.fund_scope, {_SCOPE_TOTAL} as published_metric, sum(f.amount_yuan) as loaded_yuan
            from marts.fact_expenditure as f
            group by 1, 2, 3
        )
        select
            c.place as district, c.unit_name, c.scope, c.fiscal_year, c.doc_kind, c.source_path, l.fund_scope,
            l.loaded_yuan, l.published_metric, m.label_zh as published_label,
            (select max(s.value) from marts.fact_budget_summary as s
             where s.document_id = c.document_id and s.metric = l.published_metric) as published_yuan,
            (select max(s.value) from marts.fact_budget_summary as s
             where s.document_id = c.document_id and s.metric = 'expenditure_total') as total_yuan
        from counted_documents as c
        inner join loaded as l on c.document_id = l.document_id
        left join marts.dim_metric as m on l.published_metric = m.metric
        where c.status = 'partial' and c.contained_in is null {where}
        order by 1, 2, 4, 6, 7
        """,
        [district] if district else [],
    )


def unit_categories(con: duckdb.DuckDBPyConnection, district: str) -> Rows:
    """fact_expenditure of one place's current documents by unit (name × scope), category (类)
    and expenditure type (yuan): unit_name, scope, fiscal_year, doc_kind, source_path,
    contained_in, fund_scope (the funds the document's rows cover), category_code, category_name,
    expenditure_type, amount_yuan. Every unit has its own rows (a 部门 and its 单位（本级） are not
    added together)."""
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS}
        select
            c.unit_name, c.scope, f.fiscal_year, c.doc_kind, c.source_path, c.contained_in, f.fund_scope,
            fc.category_code, coalesce(fc.category_name, '(未知类)') as category_name, f.expenditure_type,
            sum(f.amount_yuan) as amount_yuan
        from marts.fact_expenditure as f
        inner join counted_documents as c on f.document_id = c.document_id
        left join marts.dim_function_code as fc on f.function_code = fc.function_code
        where c.place = ?
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        order by 1, 2, 3, 8, 10
        """,
        [district],
    )


def three_public(con: duckdb.DuckDBPyConnection) -> Rows:
    """三公 total and parts per district (place) × year × document kind (a budget's and a final
    account's figures are never added together), over the counted documents: district,
    fiscal_year, doc_kind, metric, value (yuan) and documents (how many documents' figures the
    value holds: a part a document does not state is not in its line). A document that states its
    公务用车 purchase and operation but not their total gives three_public_vehicle_total as their
    sum (both read, exact); one stating only one of them gives none."""
    return _rows(
        con,
        f"""
        with {COUNTED_DOCUMENTS},
        stated as (
            select s.document_id, s.metric, s.value
            from marts.fact_budget_summary as s
            where s.metric in (
                'three_public_total', 'three_public_overseas', 'three_public_reception', 'three_public_vehicle_total'
            )
        ),
        vehicle_parts as (
            select s.document_id, 'three_public_vehicle_total' as metric, sum(s.value) as value
            from marts.fact_budget_summary as s
            where
                s.metric in ('three_public_vehicle_purchase', 'three_public_vehicle_operation')
                and not exists (
                    select 1 from marts.fact_budget_summary as t
                    where t.document_id = s.document_id and t.metric = 'three_public_vehicle_total'
                )
            group by 1
            having count(distinct s.metric) = 2
        ),
        figures as (
            select * from stated
            union all
            select * from vehicle_parts
        )
        select
            c.place as district, c.fiscal_year, c.doc_kind, f.metric, sum(f.value) as value,
            count(*) as documents
        from figures as f
        inner join counted_documents as c on f.document_id = c.document_id
        where c.contained_in is null
        group by 1, 2, 3, 4
        order by
            2, 1, 3,
            case f.metric
                when 'three_public_total' then 0 when 'three_public_overseas' then 1
                when 'three_public_reception' then 2 else 3
            end
        """,
    )


def budget_execution(con: duckdb.DuckDBPyConnection) -> Rows:
    """fact_budget_execution's rows (budget against actual) that have both sides, when that mart
    exists: district (place), unit_name, scope, fiscal_year, item_kind, item (a metric or
    function code), item_label (its Chinese label: dim_metric.label_zh, or
    dim_function_code.function_name; the code itself when neither knows it), budget_yuan,
    adjusted_budget_yuan, actual_yuan, execution_rate."""
    if not has_table(con, "fact_budget_execution"):
        return []
    return _rows(
        con,
        f"""
        select {PLACE} as district, u.unit_name, u.scope, e.fiscal_year, e.item_kind, e.item,
               coalesce(
                   case e.item_kind when 'metric' then m.label_zh else fc.function_name end, e.item
               ) as item_label,
               e.budget_yuan, e.adjusted_budget_yuan, e.actual_yuan, e.execution_rate
        from marts.fact_budget_execution as e
        join marts.dim_unit as u using (unit_id)
        left join marts.dim_metric as m on e.item_kind = 'metric' and e.item = m.metric
        left join marts.dim_function_code as fc on e.item_kind = 'function_code' and e.item = fc.function_code
        where e.actual_yuan is not null and (e.budget_yuan is not null or e.adjusted_budget_yuan is not null)
        order by 1, 2, 3, 4, 5, 6
        """,
    )


def findings(con: duckdb.DuckDBPyConnection) -> Rows:
    """Reconciliation rows that are not a clean pass or rounding: mismatches and known source
    issues, with the document, the check's description (dim_check; None when the warehouse has
    no dim_check or the check is not in it) and the source line of the figure where the mart
    has one."""
    described = has_table(con, "dim_check")
    description = "k.description" if described else "null"
    join = "left join marts.dim_check as k on k.check_name = r.check_name" if described else ""
    return _rows(
        con,
        f"""
        select
            r.status, r.check_name, {description} as check_description, r.scope, r.expected, r.actual, r.difference, r.detail,
            d.source_path, {PLACE} as district, u.unit_name, u.scope as unit_scope, d.fiscal_year,
            (select min(f.source_line) from marts.fact_expenditure as f
             where f.document_id = r.document_id and f.function_code = split_part(r.scope, ':', -1)) as source_line,
            (select min(f.source_text) from marts.fact_expenditure as f
             where f.document_id = r.document_id and f.function_code = split_part(r.scope, ':', -1)) as source_text
        from marts.fact_reconciliation as r
        join marts.dim_document as d using (document_id)
        left join marts.dim_unit as u on u.unit_id = d.unit_id
        {join}
        where r.status in ('mismatch', 'known_issue')
        order by r.status desc, d.source_path, r.check_name, r.scope
        """,
    )


def reconciliation_tally(con: duckdb.DuckDBPyConnection) -> Rows:
    """Rows (status, n): fact_reconciliation's rows counted per status, by status."""
    return _rows(con, "select status, count(*) as n from marts.fact_reconciliation group by 1 order by 1")


def document_problems(con: duckdb.DuckDBPyConnection) -> Rows:
    """Every document that was read (status 'ok' or 'partial') with a status other than ok, or with
    problems recorded: source_path, status, is_current, fiscal_year, district (its place),
    unit_name, unit_scope, problems ('; '-joined). Partial documents first, then by source_path.
    Failed documents are not here: see ``failed_documents``."""
    return _rows(
        con,
        f"""
        select d.source_path, d.status, d.is_current, d.fiscal_year, {PLACE} as district, u.unit_name,
               u.scope as unit_scope, d.problems
        from marts.dim_document as d
        left join marts.dim_unit as u using (unit_id)
        where d.status <> 'failed' and (d.status <> 'ok' or coalesce(d.problems, '') <> '')
        order by case d.status when 'partial' then 0 else 1 end, d.source_path
        """,
    )


def failed_documents(con: duckdb.DuckDBPyConnection) -> Rows:
    """The files that could not be read (dim_document.status 'failed': an empty or unreadable file,
    a text that is not a unit's disclosure, a document whose reading stopped), by source_path:
    source_path, status, source_format ('' when the file was never read), fiscal_year, doc_kind,
    unit_name and unit_scope (what its title named before the reading stopped; None when nothing
    was read) and problems (the reasons, '; '-joined). They hold no figure and have no place: a
    failed document is never current (int_documents_ranked), so no district page lists it."""
    return _rows(
        con,
        """
        select d.source_path, d.status, d.source_format, d.fiscal_year, d.doc_kind, u.unit_name,
               u.scope as unit_scope, d.problems
        from marts.dim_document as d
        left join marts.dim_unit as u using (unit_id)
        where d.status = 'failed'
        order by d.source_path
        """,
    )


def districts(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The places of the current documents' units, sorted: districts, then '<province> · 无区县'
    for units without a district (each place gets a page), '无区县' when neither is known."""
    rows = con.execute(
        f"select distinct {PLACE}, u.district is null from marts.dim_document d join marts.dim_unit u using (unit_id) "
        "where d.is_current"
    ).fetchall()
    return [place for place, _ in sorted(rows, key=lambda r: (r[1], r[0]))]
