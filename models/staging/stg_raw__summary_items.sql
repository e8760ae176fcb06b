with

source as (

    select * from {{ source('raw', 'raw_summary_items') }}

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
        {{ clean_text('side') }} as side,
        {{ clean_text('item_text') }} as item_text,
        {{ clean_text('item_key') }} as item_key,
        {{ clean_text('function_code') }} as function_code,
        {{ clean_text('column_label') }} as column_label,
        coalesce({{ clean_text('measure') }}, 'amount') as measure,
        {{ clean_text('value_text') }} as value_text,
        {{ clean_text('value_role') }} as value_role,
        -- numerics
        {{ to_int('source_line') }} as source_line,
        {{ to_yuan('amount_yuan') }} as amount_yuan

    from source

)

select * from renamed
