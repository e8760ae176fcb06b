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

{#- per classification: (name, its codes, the level rule, the parent rule) -#}
{%- set shapes = [
    ('function', 'function_codes', 'length(function_code) = 2 * level + 1',
        'case when length(function_code) = 3 then parent_code is null'
        ~ ' else coalesce(parent_code = left(function_code, length(function_code) - 2), false) end'),
    ('economic', 'economic_codes', 'true', 'true'),
] %}

final as (

    {% for classification, codes, level_rule, parent_rule in shapes %}
        select
            {{ dbt.concat(["'" ~ classification ~ ":'", classification ~ '_code']) }} as row_key,
            '{{ classification }}' as classification,
            {{ classification }}_code as code,
            cast(level as integer) as code_level,
            parent_code,
            {{ is_classification_code(classification ~ '_code') }} as is_well_formed,
            {{ level_rule }} as is_level_consistent,
            {{ parent_rule }} as is_parent_consistent
        from {{ codes }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

)

select * from final
