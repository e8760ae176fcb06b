{#- The rules that tell the metric of a narrative label, from seeds/reference/metric_wording.csv
    (the extractor runs them: extract/narrative/wording.py). -#}
with

source as (

    select * from {{ ref('metric_wording') }}

),

renamed as (

    select
        -- ids
        cast(rule_order as integer) as rule_order,
        trim(unit_kind) as unit_kind,
        nullif(trim(metric), '') as metric,
        -- strings
        trim(kind) as rule_kind,
        coalesce(wording, '') as wording,
        coalesce(sets, '') as sets_state,
        coalesce(note, '') as note
    from source

)

select * from renamed
