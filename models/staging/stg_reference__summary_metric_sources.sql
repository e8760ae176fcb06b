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
        -- a figure the document must also print for this one to stand for the metric (a
        -- 部门收支总表's 总计 is grand_total only where its 本年收入合计 is printed apart)
        nullif(trim(requires_figure_key), '') as requires_figure_key,
        coalesce(note, '') as note,
        cast(trim(priority) as integer) as priority
    from source

)

select * from renamed
