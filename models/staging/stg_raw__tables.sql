with

source as (

    select * from {{ source('raw', 'raw_tables') }}

),

renamed as (

    select
        -- ids
        document_id,
        {{ to_int('table_seq') }} as table_seq,
        -- strings
        {{ clean_text('table_kind') }} as table_kind,
        {{ clean_text('table_title') }} as table_title,
        {{ clean_text('table_number') }} as table_number,
        {{ clean_text('amount_unit') }} as amount_unit,
        -- numerics
        {{ to_int('title_line') }} as title_line,
        {{ to_int('end_line') }} as end_line,
        {{ to_int('row_count') }} as row_count,
        {{ to_int('value_count') }} as value_count,
        -- booleans
        {{ to_bool('is_empty') }} as is_empty

    from source

)

select * from renamed
