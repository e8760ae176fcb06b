with

codes as (

    select * from {{ ref('int_function_codes_named') }}

),

final as (

    select
        function_code,
        function_name,
        function_level as level,
        parent_code,
        category_code,
        category_name,
        section_code,
        section_name,
        in_reference
    from codes

)

select * from final
