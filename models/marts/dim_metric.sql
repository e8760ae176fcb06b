{#- One row per metric of fact_budget_summary, from seeds/reference/metrics.csv (the list the
    extractor reads too): join fact_budget_summary.metric to it for labels and units. -#}
with

metrics as (

    select * from {{ ref('stg_reference__metrics') }}

),

final as (

    select
        -- ids
        metric,
        -- strings
        label_zh,
        label_en,
        value_unit,
        definition,
        part_of_metric,
        change_of_metric
    from metrics

)

select * from final
