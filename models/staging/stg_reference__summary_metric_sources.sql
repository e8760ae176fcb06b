with

source as (

    select * from {{ ref('summary_metric_sources') }}

),

renamed as (

    select
        trim(metric) as metric,
        trim(figure_key) as figure_key,
        -- the funds of the figure when narrower than the metric's (a 一般公共预算 table's split
        -- standing for an all-funds metric); null: the metric's own scope
        nullif(trim(fund_scope), '') as fund_scope,
        coalesce(note, '') as note,
        cast(trim(priority) as integer) as priority
    from source

)

select * from renamed
