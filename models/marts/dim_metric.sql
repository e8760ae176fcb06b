{#- One row per metric of fact_budget_summary, from seeds/reference/metrics.csv (the list the
    extractor reads too): join fact_budget_summary.metric to it for labels and units. Its
    wording: the rules of seeds/reference/metric_wording.csv that give it, in the order the
    extractor tries them; a change metric is named by the change wording after its figure (the
    change words of seeds/reference/metric_wording_words.csv). -#}
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

words as (

    select * from {{ ref('stg_reference__metric_wording_words') }}

),

-- the change words of the seed: the comparison words that open a change (change_mark, then
-- change_yoy), and the words of its direction (change_up, change_down, change_none)
change_word_lists as (

    select
        case when word_kind in ('change_mark', 'change_yoy') then 'mark' else 'direction' end as word_list,
        {{ ordered_string_agg(
            "word",
            "'|'",
            "case word_kind when 'change_mark' then 1 when 'change_yoy' then 2 when 'change_up' then 3"
            ~ " when 'change_down' then 4 else 5 end * 1000000 + word_order"
        ) }} as words
    from words
    where word_kind in ('change_mark', 'change_yoy', 'change_up', 'change_down', 'change_none')
    group by word_list

),

change_wording as (

    select
        max(case when word_list = 'mark' then words end)
        || ' … '
        || max(case when word_list = 'direction' then words end) as wording
    from change_word_lists

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
                        || ' vs the prior year: ' || change_wording.wording
            end,
            ''
        ) as wording,
        metrics.part_of_metric,
        metrics.change_of_metric
    from metrics
    left join rule_wordings on metrics.metric = rule_wordings.metric
    cross join change_wording

)

select * from final
