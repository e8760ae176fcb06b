with

codes as (

    select * from {{ ref('int_economic_codes_named') }}

),

final as (

    select
        economic_code,
        economic_name,
        classification,
        economic_level as level,
        parent_code,
        parent_name,
        in_reference
    from codes

)

select * from final
