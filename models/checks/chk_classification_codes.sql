{#-
    The shape of every classification code, for the Great Expectations checkpoint: a function
    code is 3, 5 or 7 digits (类 / 款 / 项), its level matches its length and its parent is the
    code without its last two digits; an economic code is 3 or 5 digits (类 / 款).
    One row per classification × code.
-#}
with

function_codes as (

    select * from {{ ref('dim_function_code') }}

),

economic_codes as (

    select * from {{ ref('dim_economic_code') }}

),

function_shapes as (

    select
        {{ dbt.concat(["'function:'", 'function_code']) }} as row_key,
        'function' as classification,
        function_code as code,
        cast(level as integer) as code_level,
        parent_code,
        {{ is_classification_code('function_code') }} as is_well_formed,
        length(function_code) = 2 * level + 1 as is_level_consistent,
        case
            when length(function_code) = 3 then parent_code is null
            else coalesce(parent_code = left(function_code, length(function_code) - 2), false)
        end as is_parent_consistent
    from function_codes

),

economic_shapes as (

    select
        {{ dbt.concat(["'economic:'", 'economic_code']) }} as row_key,
        'economic' as classification,
        economic_code as code,
        cast(level as integer) as code_level,
        parent_code,
        {{ is_classification_code('economic_code') }} as is_well_formed,
        true as is_level_consistent,
        true as is_parent_consistent
    from economic_codes

),

final as (

    select * from function_shapes
    union all
    select * from economic_shapes

)

select * from final
