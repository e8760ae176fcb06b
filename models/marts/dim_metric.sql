{#- One row per metric of fact_budget_summary, from seeds/reference/metrics.csv (the list the
    extractor reads too): join fact_budget_summary.metric to it for labels and units. Its
    wording: the rules of seeds/reference/metric_wording.csv that give it, in the order the
    extractor tries them; a change metric is named by the change wording after its figure. -#}
with

metrics as (

    select * from {{ ref('stg_reference__metrics') }}

),

rules as (

    select * from {{ ref('stg_reference__metric_wording') }}

),

rule_wordings as (

    select
        metric,
        {{ ordered_string_agg(
            "case when rule_kind = 'wording' then wording else rule_kind || ': ' || note end",
            "' ; '",
            "unit_kind || '/' || lpad(cast(rule_order as " ~ dbt.type_string() ~ "), 6, '0')"
        ) }} as wording
    from rules
    where metric is not null
    group by metric

),

final as (

    select
        -- ids
        metrics.metric,
        -- strings
        metrics.label_zh,
        metrics.label_en,
        metrics.value_unit,
        metrics.definition,
        coalesce(
            rule_wordings.wording,
            case
                when metrics.change_of_metric is not null
                    then
                        'a change of ' || metrics.change_of_metric
                        || ' vs the prior year: 比|较|与|同比 … 增加|减少|持平'
            end,
            ''
        ) as wording,
        metrics.part_of_metric,
        metrics.change_of_metric
    from metrics
    left join rule_wordings on metrics.metric = rule_wordings.metric

)

select * from final
