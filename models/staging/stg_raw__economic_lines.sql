with

source as (

    select * from {{ source('raw', 'raw_economic_lines') }}

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
        {{ clean_text('classification') }} as classification,
        coalesce({{ clean_text('expenditure_type') }}, 'basic') as expenditure_type,
        -- '' is the 合计 (total) row
        coalesce(trim(code), '') as economic_code,
        {{ clean_text('code_text') }} as code_text,
        {{ clean_text('name_text') }} as name_text,
        {{ clean_text('column_label') }} as column_label,
        {{ clean_text('measure') }} as measure,
        {{ clean_text('value_text') }} as value_text,
        {{ clean_text('value_role') }} as value_role,
        -- numerics
        {{ to_int('source_line') }} as source_line,
        {{ to_int('source_page') }} as source_page,
        {{ to_yuan('amount_yuan') }} as amount_yuan,
        -- booleans
        coalesce(trim(code), '') = '' as is_total_row

    from source

)

select * from renamed
