with

units as (

    select * from {{ ref('int_units_identified') }}

),

final as (

    select
        -- ids
        unit_id,
        -- strings
        unit_name,
        province,
        district,
        unit_code,
        scope,
        -- ids
        parent_unit_id,
        -- booleans
        has_documents
    from units

)

select * from final
