with

metrics as (

    select * from {{ ref('int_budget_metrics_compared') }}

),

documents as (

    {{ current_documents() }}

),

final as (

    select
        -- ids
        metrics.document_id,
        documents.unit_id,
        documents.fiscal_year,
        metrics.metric,
        -- strings: the funds of the figures, for a part of the spending whose name leaves them
        -- open (基本支出, 项目支出, 人员经费, 公用经费 …); null for every other metric
        metrics.fund_scope,
        case
            when metrics.is_open_funds_part and metrics.narrative_value is not null
                then coalesce(metrics.narrative_fund_scope, 'all_funds')
        end as narrative_fund_scope,
        -- numerics
        cast(metrics.metric_value as decimal(20, 2)) as value,
        metrics.value_unit,
        cast(metrics.narrative_value as decimal(20, 2)) as narrative_value,
        cast(metrics.table_value as decimal(20, 2)) as table_value,
        -- booleans: compared only where both sides this row shows were read (a narrative figure
        -- of the 一般公共预算 fund checked against that fund's table while the metric's all-funds
        -- table figure is unknown is in fact_reconciliation, naming both lines)
        case when metrics.table_value is not null and metrics.narrative_value is not null then metrics.agrees end
            as agrees,
        -- provenance
        metrics.source_line,
        metrics.source_text
    from metrics
    inner join documents
        on metrics.document_id = documents.document_id

)

select * from final
