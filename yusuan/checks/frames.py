"""Check frames: one DuckDB query per check family turns a mart into the rows Great Expectations validates.

Each query scans its mart once and aggregates per document (the dims stay one row per key),
so the checkpoint costs a handful of grouped scans whatever the number of documents.
Amounts leave DuckDB as BIGINT cents (``cast(amount_yuan * 100 as bigint)`` on DECIMAL(20,2)
is exact), and every comparison is integer arithmetic: no float ever decides a check.

The rounding rule (DESIGN.md): published figures are rounded to 0.01 of the document's unit,
so a sum of n published terms may differ from its published total by at most
0.005 x unit x (n + 1), unit = 10000 yuan for 万元 and 1 yuan for 元. In cents that is
5000 x (n + 1) for 万元 and (n + 1) / 2 for 元; a difference in whole cents is within a
half-cent bound exactly when it is within its floor, so the tolerance is the integer
``(n + 1) // 2``. Every rule column ``<rule>_excess_cents`` = |difference| - tolerance and
must be <= 0; it is NULL where the rule does not apply (a term not stated).

Every frame has ``row_key`` (the document_id, or the dim's key), which Great Expectations
reports for each failing row.
"""

from __future__ import annotations

from dataclasses import dataclass

ACCEPTED_EXPENDITURE_TYPES = ("basic", "project", "unsplit")
ACCEPTED_RECONCILIATION_STATUSES = ("pass", "rounding", "mismatch", "known_issue")
ACCEPTED_AMOUNT_UNITS = ("万元", "元")
CODE_PATTERN = r"^[0-9]{3}(?:[0-9]{2}){0,2}$"


def cents(expr: str) -> str:
    """SQL: an exact DECIMAL yuan amount as BIGINT cents."""
    return f"cast(({expr}) * 100 as bigint)"


def tolerance_cents(unit_column: str, n_terms: str) -> str:
    """SQL: the rounding tolerance in whole cents for a sum of ``n_terms`` published figures."""
    return (
        f"cast(case {unit_column} when '万元' then 5000 * (({n_terms}) + 1) "
        f"when '元' then (({n_terms}) + 1) // 2 end as bigint)"
    )


def quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


# --- marts.contract: the tables and columns the checks read -----------------------------------

#: mart -> column -> required type ('DECIMAL(20,2)' exactly, 'exact' = any DECIMAL or integer, '' = any)
CONTRACT: dict[str, dict[str, str]] = {
    "dim_document": {
        "document_id": "",
        "unit_id": "",
        "fiscal_year": "",
        "doc_kind": "",
        "source_path": "",
        "amount_unit": "",
        "is_current": "BOOLEAN",
    },
    "dim_unit": {"unit_id": "", "unit_name": "", "parent_unit_id": ""},
    "dim_function_code": {"function_code": "VARCHAR", "level": "exact", "parent_code": ""},
    "dim_economic_code": {"economic_code": "VARCHAR"},
    "fact_expenditure": {
        "document_id": "",
        "function_code": "VARCHAR",
        "expenditure_type": "",
        "amount_yuan": "DECIMAL(20,2)",
    },
    "fact_budget_summary": {
        "document_id": "",
        "metric": "",
        "value": "DECIMAL(20,2)",
        "value_unit": "",
        "narrative_value": "exact",
        "table_value": "exact",
    },
    "fact_budget_execution": {
        "unit_id": "",
        "fiscal_year": "",
        "item_kind": "",
        "item": "",
        "budget_yuan": "DECIMAL(20,2)",
        "adjusted_budget_yuan": "DECIMAL(20,2)",
        "actual_yuan": "DECIMAL(20,2)",
        "execution_rate": "exact",
        "budget_source": "",
    },
    "fact_reconciliation": {
        "document_id": "",
        "check_name": "",
        "scope": "",
        "expected": "exact",
        "actual": "exact",
        "difference": "exact",
        "status": "",
        "detail": "",
    },
}

_EXACT_TYPES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT")


def contract_sql(schema: str) -> str:
    rows = ",\n        ".join(
        f"('{table}', '{column}', '{kind}')" for table, columns in CONTRACT.items() for column, kind in columns.items()
    )
    exact = quoted(_EXACT_TYPES)
    return f"""
with
required (table_name, column_name, required_type) as (
    values
        {rows}
),
actual as (
    select table_name, column_name, data_type
    from information_schema.columns
    where table_schema = '{schema}'
),
final as (
    select
        required.table_name || '.' || required.column_name as row_key,
        required.table_name,
        required.column_name,
        required.required_type,
        actual.data_type,
        actual.data_type is not null as is_present,
        case
            when actual.data_type is null then null
            when required.required_type = '' then true
            when required.required_type = 'exact'
                then actual.data_type like 'DECIMAL(%' or actual.data_type in ({exact})
            else actual.data_type = required.required_type
        end as has_required_type
    from required
    left join actual
        on required.table_name = actual.table_name and required.column_name = actual.column_name
)
select * from final
order by row_key
"""


# --- fact_expenditure.totals ------------------------------------------------------------------


def fact_expenditure_sql(schema: str) -> str:
    types = quoted(ACCEPTED_EXPENDITURE_TYPES)
    return f"""
with
documents as (
    select document_id, source_path, amount_unit, is_current, doc_kind
    from {schema}.dim_document
),
known_codes as (
    select function_code, true as is_known
    from {schema}.dim_function_code
    group by function_code
),
expenditure as (
    select
        fact.document_id,
        count(*) as expenditure_rows,
        cast(sum({cents("fact.amount_yuan")}) as bigint) as expenditure_sum_cents,
        count(*) filter (where fact.amount_yuan is null) as null_amount_rows,
        count(*) filter (where fact.amount_yuan < 0) as negative_amount_rows,
        min(coalesce(fact.function_code, '?') || ' ' || cast(fact.amount_yuan as varchar))
            filter (where fact.amount_yuan < 0) as first_negative_amount,
        count(*) filter (
            where fact.expenditure_type is null or fact.expenditure_type not in ({types})
        ) as unknown_type_rows,
        min(coalesce(fact.expenditure_type, 'NULL')) filter (
            where fact.expenditure_type is null or fact.expenditure_type not in ({types})
        ) as first_unknown_type,
        count(*) filter (where known_codes.is_known is null) as unknown_function_code_rows,
        min(coalesce(fact.function_code, 'NULL')) filter (where known_codes.is_known is null)
            as first_unknown_function_code
    from {schema}.fact_expenditure as fact
    left join known_codes
        on fact.function_code = known_codes.function_code
    group by fact.document_id
),
stated_total as (
    select
        document_id,
        max({cents("value")}) as expenditure_total_cents
    from {schema}.fact_budget_summary
    where metric = 'expenditure_total'
    group by document_id
),
in_scope as (
    select document_id from documents where is_current
    union
    select document_id from expenditure
),
joined as (
    select
        in_scope.document_id,
        documents.source_path,
        documents.amount_unit,
        coalesce(documents.is_current, false) as is_current_document,
        coalesce(expenditure.expenditure_rows, 0) as expenditure_rows,
        coalesce(expenditure.expenditure_sum_cents, 0) as expenditure_sum_cents,
        stated_total.expenditure_total_cents,
        coalesce(expenditure.null_amount_rows, 0) as null_amount_rows,
        coalesce(expenditure.negative_amount_rows, 0) as negative_amount_rows,
        expenditure.first_negative_amount,
        coalesce(expenditure.unknown_type_rows, 0) as unknown_type_rows,
        expenditure.first_unknown_type,
        coalesce(expenditure.unknown_function_code_rows, 0) as unknown_function_code_rows,
        expenditure.first_unknown_function_code
    from in_scope
    left join documents on in_scope.document_id is not distinct from documents.document_id
    left join expenditure on in_scope.document_id is not distinct from expenditure.document_id
    left join stated_total on in_scope.document_id = stated_total.document_id
),
final as (
    select
        document_id as row_key,
        *,
        expenditure_rows > 0 and expenditure_total_cents is null as is_total_missing,
        expenditure_sum_cents - expenditure_total_cents as difference_cents,
        {tolerance_cents("amount_unit", "expenditure_rows")} as tolerance_cents,
        abs(expenditure_sum_cents - expenditure_total_cents)
            - {tolerance_cents("amount_unit", "expenditure_rows")} as excess_cents
    from joined
)
select * from final
order by row_key
"""


# --- fact_budget_summary.arithmetic -----------------------------------------------------------


@dataclass(frozen=True)
class Relation:
    """Published parts that must add up to a published total (within the rounding rule)."""

    name: str
    parts: tuple[str, ...]
    total: str
    doc_kind: str = ""  # '' for every document, else only documents of this kind
    optional: tuple[str, ...] = ()  # parts counted as 0 when not stated (a blank 决算 cell)

    @property
    def sentence(self) -> str:
        where = f" ({self.doc_kind} documents)" if self.doc_kind else ""
        return f"{' + '.join(self.parts)} = {self.total}{where}"


RELATIONS: tuple[Relation, ...] = (
    Relation("basic_project", ("basic_expenditure", "project_expenditure"), "expenditure_total"),
    Relation("personnel_public", ("personnel_expenditure", "public_use_expenditure"), "basic_expenditure"),
    Relation(
        "three_public",
        ("three_public_overseas", "three_public_reception", "three_public_vehicle_total"),
        "three_public_total",
    ),
    Relation(
        "vehicle", ("three_public_vehicle_operation", "three_public_vehicle_purchase"), "three_public_vehicle_total"
    ),
    Relation("procurement", ("procurement_goods", "procurement_works", "procurement_services"), "procurement_total"),
    # a budget balances; final accounts balance through their carry-overs instead
    Relation("income_expenditure", ("income_total",), "expenditure_total", doc_kind="budget"),
    Relation(
        "final_accounts_income",
        ("income_total", "non_fiscal_balance_used", "income_carryover"),
        "grand_total",
        doc_kind="final_accounts",
        optional=("non_fiscal_balance_used", "income_carryover"),
    ),
    Relation(
        "final_accounts_expenditure",
        ("expenditure_total", "balance_distribution", "expenditure_carryover"),
        "grand_total",
        doc_kind="final_accounts",
        optional=("balance_distribution", "expenditure_carryover"),
    ),
)


def _relation_metrics() -> list[str]:
    seen: dict[str, None] = {}
    for relation in RELATIONS:
        for metric in (*relation.parts, relation.total):
            seen.setdefault(metric)
    return list(seen)


def fact_budget_summary_sql(schema: str) -> str:
    pivot = ",\n        ".join(
        f"max({cents('value')}) filter (where metric = '{metric}') as {metric}_cents" for metric in _relation_metrics()
    )
    both = "value_unit = 'yuan' and narrative_value is not null and table_value is not null"
    gap = f"abs({cents('narrative_value')} - {cents('table_value')})"
    rules = []
    for relation in RELATIONS:
        parts_sum = " + ".join(
            f"coalesce({part}_cents, 0)" if part in relation.optional else f"{part}_cents" for part in relation.parts
        )
        diff = f"({parts_sum}) - {relation.total}_cents"
        if relation.doc_kind:
            diff = f"(case when doc_kind = '{relation.doc_kind}' then {diff} end)"
        tolerance = tolerance_cents("amount_unit", str(len(relation.parts)))
        rules.append(
            f"{diff} as {relation.name}_difference_cents,\n"
            f"        {tolerance} as {relation.name}_tolerance_cents,\n"
            f"        abs({diff}) - {tolerance} as {relation.name}_excess_cents"
        )
    rule_columns = ",\n        ".join(rules)
    return f"""
with
documents as (
    select document_id, source_path, amount_unit, is_current, doc_kind
    from {schema}.dim_document
),
summary as (
    select
        document_id,
        count(*) as metric_rows,
        count(*) - count(distinct metric) as duplicate_metric_rows,
        count(*) filter (where value is null) as null_value_rows,
        count(*) filter (where value < 0 and metric not like '%change%') as negative_value_rows,
        min(metric) filter (where value < 0 and metric not like '%change%') as first_negative_metric,
        {pivot},
        max({gap}) filter (where {both}) as narrative_table_max_gap_cents,
        arg_max(metric, {gap}) filter (where {both}) as narrative_table_worst_metric,
        count(*) filter (
            where value_unit = 'count' and narrative_value is not null and table_value is not null
                and narrative_value <> table_value
        ) as count_disagreement_rows,
        min(metric) filter (
            where value_unit = 'count' and narrative_value is not null and table_value is not null
                and narrative_value <> table_value
        ) as first_count_disagreement
    from {schema}.fact_budget_summary
    group by document_id
),
joined as (
    select
        summary.*,
        documents.source_path,
        documents.amount_unit,
        documents.doc_kind,
        documents.document_id is not null as is_known_document
    from summary
    left join documents on summary.document_id = documents.document_id
    where documents.is_current or documents.document_id is null
),
final as (
    select
        document_id as row_key,
        *,
        {rule_columns},
        {tolerance_cents("amount_unit", "1")} as narrative_table_tolerance_cents,
        narrative_table_max_gap_cents - {tolerance_cents("amount_unit", "1")} as narrative_table_excess_cents
    from joined
)
select * from final
order by row_key
"""


# --- fact_reconciliation.status ---------------------------------------------------------------


def fact_reconciliation_sql(schema: str) -> str:
    statuses = quoted(ACCEPTED_RECONCILIATION_STATUSES)
    # the largest difference; ties broken by check and scope (unique per document), so every
    # worst_* column describes the same row and the choice does not depend on scan order
    size = f"(abs({cents('difference')}), check_name, scope)"
    inconsistent = (
        "expected is not null and actual is not null and difference is not null\n"
        f"                and abs({cents('difference')}) <> abs({cents('actual')} - {cents('expected')})"
    )
    # the mismatch details aggregate the (few) mismatch rows only, not every row of the mart
    return f"""
with
documents as (
    select document_id, source_path, is_current
    from {schema}.dim_document
),
reconciliation as (
    select
        document_id,
        count(*) as reconciliation_rows,
        count(*) filter (where status is null or status not in ({statuses})) as unknown_status_rows,
        min(coalesce(status, 'NULL')) filter (where status is null or status not in ({statuses}))
            as first_unknown_status,
        count(*) filter (
            where {inconsistent}
        ) as inconsistent_difference_rows,
        min(check_name) filter (
            where {inconsistent}
        ) as first_inconsistent_difference
    from {schema}.fact_reconciliation
    group by document_id
),
mismatches as (
    select
        document_id,
        count(*) as mismatch_rows,
        string_agg(distinct check_name, ', ' order by check_name) as mismatch_checks,
        arg_max(check_name, {size}) as worst_check,
        arg_max(scope, {size}) as worst_scope,
        arg_max({cents("expected")}, {size}) as worst_expected_cents,
        arg_max({cents("actual")}, {size}) as worst_actual_cents,
        arg_max({cents("difference")}, {size}) as worst_difference_cents,
        arg_max(detail, {size}) as worst_detail
    from {schema}.fact_reconciliation
    where status = 'mismatch'
    group by document_id
),
final as (
    select
        reconciliation.document_id as row_key,
        reconciliation.document_id,
        reconciliation.reconciliation_rows,
        coalesce(mismatches.mismatch_rows, 0) as mismatch_rows,
        mismatches.mismatch_checks,
        mismatches.worst_check,
        mismatches.worst_scope,
        mismatches.worst_expected_cents,
        mismatches.worst_actual_cents,
        mismatches.worst_difference_cents,
        mismatches.worst_detail,
        reconciliation.unknown_status_rows,
        reconciliation.first_unknown_status,
        reconciliation.inconsistent_difference_rows,
        reconciliation.first_inconsistent_difference,
        documents.source_path,
        documents.document_id is not null as is_known_document
    from reconciliation
    left join mismatches on reconciliation.document_id is not distinct from mismatches.document_id
    left join documents on reconciliation.document_id = documents.document_id
    where documents.is_current or documents.document_id is null
)
select * from final
order by row_key
"""


# --- dims -------------------------------------------------------------------------------------


def dim_document_sql(schema: str) -> str:
    units = quoted(ACCEPTED_AMOUNT_UNITS)
    return f"""
with
documents as (
    select
        document_id,
        unit_id,
        fiscal_year,
        doc_kind,
        source_path,
        amount_unit,
        is_current
    from {schema}.dim_document
),
final as (
    select
        document_id as row_key,
        *,
        case
            when is_current
                then count(*) filter (where is_current) over (partition by unit_id, fiscal_year, doc_kind)
        end as current_documents_per_unit_year_kind,
        case when is_current then amount_unit in ({units}) and unit_id is not null end
            as is_current_document_complete
    from documents
)
select * from final
order by row_key
"""


def dim_unit_sql(schema: str) -> str:
    return f"""
with
units as (
    select unit_id, unit_name, parent_unit_id
    from {schema}.dim_unit
),
final as (
    select
        units.unit_id as row_key,
        units.*,
        case
            when units.parent_unit_id is not null
                then units.parent_unit_id in (select unit_id from units where unit_id is not null)
        end as is_parent_known
    from units
)
select * from final
order by row_key
"""


def dim_function_code_sql(schema: str) -> str:
    return f"""
with
codes as (
    select function_code, cast(level as bigint) as level, parent_code
    from {schema}.dim_function_code
),
final as (
    select
        function_code as row_key,
        *,
        length(function_code) = 2 * level + 1 as is_level_consistent,
        case
            when length(function_code) = 3 then parent_code is null
            else parent_code is not distinct from left(function_code, length(function_code) - 2)
        end as is_parent_consistent
    from codes
)
select * from final
order by row_key
"""


def dim_economic_code_sql(schema: str) -> str:
    return f"""
select economic_code as row_key, economic_code
from {schema}.dim_economic_code
order by row_key
"""


# --- fact_budget_execution.rates ---------------------------------------------------------------


def fact_budget_execution_sql(schema: str) -> str:
    """One row per execution row: the rate recomputed exactly, the documents it names."""
    return f"""
with
execution as (
    select * from {schema}.fact_budget_execution
),
documents as (
    select document_id, doc_kind from {schema}.dim_document
),
final as (
    select
        execution.unit_id || ' ' || cast(execution.fiscal_year as varchar) || ' '
        || execution.item_kind || ' ' || execution.item as row_key,
        execution.*,
        case
            when execution.budget_yuan = 0 then execution.execution_rate is null
            else execution.execution_rate
                = cast(execution.actual_yuan / execution.budget_yuan as decimal(12, 4))
        end as is_rate_exact,
        finals.doc_kind = 'final_accounts' as is_final_document,
        case
            when execution.budget_source = 'budget_document' then budgets.doc_kind = 'budget'
            else execution.budget_document_id is null or budgets.doc_kind = 'budget'
        end as is_budget_document
    from execution
    left join documents as finals on execution.final_document_id = finals.document_id
    left join documents as budgets on execution.budget_document_id = budgets.document_id
)
select * from final
order by row_key
"""
