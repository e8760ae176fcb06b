{#-
    What fact_budget_summary holds for each current document, for the Great Expectations
    checkpoint: no negative value except the *_change_vs_prior_year metrics, and a count
    (vehicles, people) stated by both the narrative and a table is the same count (the
    rounding rule of fact_reconciliation is for amounts, not counts).
    One row per document with summary rows (current, or unknown to dim_document).
-#}
with

documents as (

    select * from {{ ref('dim_document') }}

),

summary as (

    select * from {{ ref('fact_budget_summary') }}

),

per_document as (

    {%- set negative = "value < 0 and metric not like '%change%'" %}
    {%- set count_disagreement = "value_unit = 'count' and narrative_value != table_value" %}
    select
        document_id,
        count(*) as metric_rows,
        count(*) filter (where {{ negative }}) as negative_value_rows,
        min(metric) filter (where {{ negative }}) as first_negative_metric,
        count(*) filter (where {{ count_disagreement }}) as count_disagreement_rows,
        min(metric) filter (where {{ count_disagreement }}) as first_count_disagreement
    from summary
    group by document_id

),

final as (

    select
        -- ids
        per_document.document_id as row_key,
        per_document.document_id,
        -- strings
        documents.source_path,
        per_document.first_negative_metric,
        per_document.first_count_disagreement,
        -- numerics
        per_document.metric_rows,
        per_document.negative_value_rows,
        per_document.count_disagreement_rows,
        -- booleans
        documents.document_id is not null as is_known_document
    from per_document
    left join documents
        on per_document.document_id = documents.document_id
    where documents.is_current or documents.document_id is null

)

select * from final
