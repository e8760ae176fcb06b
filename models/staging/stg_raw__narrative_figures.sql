with

source as (

    select * from {{ source('raw', 'raw_narrative_figures') }}

),

renamed as (

    select
        -- ids
        document_id,
        -- strings
        {{ clean_text('section') }} as section,
        {{ clean_text('metric') }} as metric,
        {{ clean_text('function_code') }} as function_code,
        {{ clean_text('name_text') }} as name_text,
        coalesce({{ clean_text('value_unit') }}, 'yuan') as value_unit,
        {{ clean_text('value_text') }} as value_text,
        {{ clean_text('value_role') }} as value_role,
        {{ clean_text('fund_scope') }} as stated_fund_scope,
        -- the sub-unit a figure is about (section 一's staff counts per sub-unit); null: the document's own
        {{ clean_text('unit_text') }} as unit_text,
        coalesce(source_text, '') as source_text,
        -- numerics: yuan with two places, or a count (exact either way)
        {{ to_yuan('value') }} as figure_value,
        {{ to_int('source_line') }} as source_line,
        {{ to_int('source_page') }} as source_page,
        -- the unit to whose 0.01 the figure was printed (null: exact), for the rounding rule
        {{ printed_unit_yuan(clean_text('value_text'), to_yuan('value')) }} as printed_unit_yuan,
        -- booleans
        {{ to_bool('is_rejected') }} as is_rejected

    from source

)

select * from renamed
