with

source as (

    select * from {{ ref('metrics') }}

),

renamed as (

    select
        -- ids
        trim(metric) as metric,
        -- strings
        trim(label_zh) as label_zh,
        trim(label_en) as label_en,
        trim(value_unit) as value_unit,
        coalesce(definition, '') as definition,
        nullif(trim(part_of), '') as part_of_metric,
        nullif(trim(change_of), '') as change_of_metric
    from source

)

select * from renamed
