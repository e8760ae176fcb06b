{#-
    Summary metrics, narrative against tables. One row per document x metric the
    document states (an explicit 0 is a row; silence is not).
      narrative_value  the first non-rejected statement of the metric in the narrative;
      table_value      from the tables, per seeds/reference/summary_metric_sources.csv:
                       the figures of the best (lowest) priority present, added up. A
                       table of narrower scope never stands for an all-funds metric (the
                       一般公共预算 table's 合计 is expenditure_general_public_budget, never
                       expenditure_total): a wrong figure is worse than a missing one;
      table_kind       the kind of table table_value comes from (for checks of like scope);
      value            the table's when both exist (tables are the detailed source);
      agrees           narrative_value = table_value within the rounding rule when both
                       exist and are comparable (a two-decimal 万元 figure against an exact 元
                       table differs by up to 50 元 by rounding alone; the tolerance is
                       fact_reconciliation's for one term), else null;
      narrative_fund_scope  the funds the narrative's figure covers: the scope of the expenditure
                       total stated on its line ('2026年支出预算…' all_funds), else the wording
                       of its sentence ('一般公共预算基本支出…' general_public_budget, 财政拨款
                       fiscal_appropriation), else null (not told);
      is_comparable    whether narrative_value and table_value are of one funds scope: a
                       split of the 一般公共预算 tables (basic / project / personnel / public
                       use) is compared with a narrative figure of that fund, or of any scope
                       when the document's totals make the scopes one (all its spending is
                       一般公共预算); an unknown scope is never compared;
      narrative_printed_unit_yuan  the unit to whose 0.01 the narrative printed its value
                       (10000 for '9628.22万元'; null when exact), for the rounding rule.
-#}
with

-- not rejected, the actuals of final accounts (a 年初预算 figure is a budget, see
-- fact_budget_execution), with the funds each covers (fund_scope)
narrative_figures as (

    select * from {{ ref('int_narrative_figures_scoped') }}
    where
        metric is not null
        -- per function code (类, 款, 项) and their changes, per project: never one summary
        -- metric (a document states one per code or project; the first of them is no figure of
        -- the document)
        and metric not in (
            'expenditure_category',
            'expenditure_function',
            'expenditure_category_change_vs_prior_year',
            'expenditure_function_change_vs_prior_year',
            'key_project_budget'
        )
        and figure_value is not null

),

table_figures as (

    select * from {{ ref('int_table_figures_unioned') }}

),

metric_sources as (

    select * from {{ ref('stg_reference__summary_metric_sources') }}

),

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

-- the first statement of each metric (by line), as one aggregate per document x metric
narrative_metrics as (

    select
        document_id,
        metric,
        {{ first_by('figure_value', ['source_line']) }} as narrative_value,
        {{ first_by('value_unit', ['source_line']) }} as value_unit,
        {{ first_by('printed_unit_yuan', ['source_line']) }} as narrative_printed_unit_yuan,
        {{ first_by('fund_scope', ['source_line']) }} as narrative_fund_scope,
        min(source_line) as source_line,
        {{ first_by('source_text', ['source_line']) }} as source_text
    from narrative_figures
    group by document_id, metric

),

-- the table figures of each metric added up per priority, with the first line's text
sourced as (

    select
        table_figures.document_id,
        metric_sources.metric,
        metric_sources.priority,
        sum(table_figures.amount_yuan) as table_value,
        count(*) as table_figures,
        min(table_figures.table_kind) as table_kind,
        min(table_figures.source_line) as source_line,
        {{ first_by('table_figures.source_text', ['table_figures.source_line']) }} as source_text
    from table_figures
    inner join metric_sources
        on table_figures.figure_key = metric_sources.figure_key
    group by table_figures.document_id, metric_sources.metric, metric_sources.priority

),

-- the best (lowest) priority present
table_metrics as (

    select
        document_id,
        metric,
        {{ first_by('table_value', ['priority']) }} as table_value,
        {{ first_by('table_figures', ['priority']) }} as table_figures,
        {{ first_by('table_kind', ['priority']) }} as table_kind,
        {{ first_by('source_line', ['priority']) }} as source_line,
        {{ first_by('source_text', ['priority']) }} as source_text
    from sourced
    group by document_id, metric

),

compared as (

    select
        -- ids
        coalesce(table_metrics.document_id, narrative_metrics.document_id) as document_id,
        coalesce(table_metrics.metric, narrative_metrics.metric) as metric,
        -- numerics
        coalesce(table_metrics.table_value, narrative_metrics.narrative_value) as metric_value,
        coalesce(narrative_metrics.value_unit, 'yuan') as value_unit,
        narrative_metrics.narrative_value,
        table_metrics.table_value,
        narrative_metrics.narrative_printed_unit_yuan,
        narrative_metrics.narrative_fund_scope,
        table_metrics.table_kind,
        -- provenance: the table's when both
        case
            when table_metrics.document_id is not null then table_metrics.source_line
            else narrative_metrics.source_line
        end as source_line,
        case
            when table_metrics.document_id is not null then table_metrics.source_text
            else narrative_metrics.source_text
        end as source_text,
        coalesce(table_metrics.table_figures, 0) as table_figures
    from table_metrics
    full outer join narrative_metrics
        on table_metrics.document_id = narrative_metrics.document_id
            and table_metrics.metric = narrative_metrics.metric

),

-- whether the document's totals make the scopes one: equal within the rounding of one
-- printed figure
scopes as (

    select
        compared.*,
        documents.unit_yuan,
        case
            when compared.narrative_printed_unit_yuan > documents.unit_yuan then compared.narrative_printed_unit_yuan
            else documents.unit_yuan
        end as compared_unit_yuan,
        max(case when compared.metric = 'expenditure_total' then compared.metric_value end)
            over (partition by compared.document_id) as all_funds_total,
        max(case when compared.metric = 'expenditure_fiscal_appropriation' then compared.metric_value end)
            over (partition by compared.document_id) as fiscal_total,
        max(case when compared.metric = 'expenditure_general_public_budget' then compared.metric_value end)
            over (partition by compared.document_id) as general_public_budget_total,
        max(
            case
                when
                    compared.metric in (
                        'expenditure_total', 'expenditure_fiscal_appropriation', 'expenditure_general_public_budget'
                    )
                    and compared.table_value is null
                    and compared.narrative_printed_unit_yuan > documents.unit_yuan
                    then compared.narrative_printed_unit_yuan
                else documents.unit_yuan
            end
        ) over (partition by compared.document_id) as totals_unit_yuan
    from compared
    inner join documents
        on compared.document_id = documents.document_id

),

comparable as (

    select
        *,
        case
            when table_value is null or narrative_value is null then null
            when
                metric in (
                    'basic_expenditure', 'project_expenditure', 'personnel_expenditure', 'public_use_expenditure'
                )
                and table_kind in ('gpb_function', 'gpb_basic_economic')
                then coalesce(
                        narrative_fund_scope = 'general_public_budget'
                        or abs(all_funds_total - general_public_budget_total)
                        <= {{ rounding_tolerance_yuan('totals_unit_yuan', 1) }}
                        or (
                            narrative_fund_scope = 'fiscal_appropriation'
                            and abs(fiscal_total - general_public_budget_total)
                            <= {{ rounding_tolerance_yuan('totals_unit_yuan', 1) }}
                        ),
                        false
                    )
            else true
        end as is_comparable
    from scopes

),

final as (

    select
        -- ids
        document_id,
        metric,
        -- strings
        value_unit,
        narrative_fund_scope,
        table_kind,
        source_text,
        -- numerics
        metric_value,
        narrative_value,
        table_value,
        narrative_printed_unit_yuan,
        source_line,
        table_figures,
        -- booleans
        is_comparable,
        -- the rounding rule of fact_reconciliation's narrative_equals_table (one term, in the
        -- coarser of the narrative's printed unit and the document's)
        case
            when is_comparable
                then abs(narrative_value - table_value) <= {{ rounding_tolerance_yuan('compared_unit_yuan', 1) }}
        end as agrees
    from comparable

)

select * from final
