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
        -- numerics
        cast(metrics.metric_value as decimal(20, 2)) as value,
        metrics.value_unit,
        cast(metrics.narrative_value as decimal(20, 2)) as narrative_value,
        cast(metrics.table_value as decimal(20, 2)) as table_value,
        -- booleans
        metrics.agrees,
        -- provenance
        metrics.source_line,
        metrics.source_text
    from metrics
    inner join documents
        on metrics.document_id = documents.document_id

)

select * from final
