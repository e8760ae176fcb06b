with

source as (

    select * from {{ source('raw', 'raw_function_lines') }}

),

renamed as (

    select
        -- ids
        document_id,
        {{ to_int('table_seq') }} as table_seq,
        -- strings
        {{ clean_text('table_kind') }} as table_kind,
        {{ clean_text('table_title') }} as table_title,
        coalesce(source_text, '') as source_text,
        -- '' is the 合计 (total) row
        coalesce(trim(code), '') as function_code,
        {{ clean_text('code_text') }} as code_text,
        {{ clean_text('name_text') }} as name_text,
        {{ clean_text('column_label') }} as column_label,
        {{ clean_text('measure') }} as measure,
        coalesce({{ clean_text('period') }}, 'current') as period,
        {{ clean_text('value_text') }} as value_text,
        {{ clean_text('value_role') }} as value_role,
        -- numerics
        {{ to_int('source_line') }} as source_line,
        {{ to_int('source_page') }} as source_page,
        {{ to_int('column_year') }} as column_year,
        {{ to_yuan('amount_yuan') }} as amount_yuan,
        -- booleans
        coalesce(trim(code), '') = '' as is_total_row

    from source

)

select * from renamed
