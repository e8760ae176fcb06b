with

source as (

    select * from {{ source('raw', 'raw_procurement_lines') }}

),

renamed as (

    select
        -- ids
        document_id,
        {{ to_int('table_seq') }} as table_seq,
        {{ clean_text('project_code') }} as project_code,
        -- strings
        {{ clean_text('table_kind') }} as table_kind,
        {{ clean_text('table_title') }} as table_title,
        coalesce(source_text, '') as source_text,
        {{ clean_text('row_kind') }} as row_kind,
        {{ clean_text('unit_text') }} as unit_text,
        {{ clean_text('project_name') }} as project_name,
        {{ clean_text('function_text') }} as function_text,
        {{ clean_text('gov_economic_text') }} as gov_economic_text,
        {{ clean_text('dept_economic_text') }} as dept_economic_text,
        {{ clean_text('category') }} as category,
        {{ clean_text('column_label') }} as column_label,
        {{ clean_text('measure') }} as measure,
        {{ clean_text('value_text') }} as value_text,
        -- numerics
        {{ to_int('source_line') }} as source_line,
        {{ to_yuan('amount_yuan') }} as amount_yuan

    from source

)

select * from renamed
