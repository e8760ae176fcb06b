with

source as (

    select * from {{ ref('summary_metric_sources') }}

),

renamed as (

    select
        trim(metric) as metric,
        trim(figure_key) as figure_key,
        coalesce(note, '') as note,
        cast(trim(priority) as integer) as priority
    from source

)

select * from renamed
