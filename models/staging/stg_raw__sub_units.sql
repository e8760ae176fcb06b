with

source as (

    select * from {{ source('raw', 'raw_sub_units') }}

),

renamed as (

    select
        -- ids
        document_id,
        -- strings
        {{ clean_text('unit_name') }} as unit_name,
        {{ clean_text('unit_code') }} as unit_code,
        coalesce(source_text, '') as source_text,
        -- numerics
        {{ to_int('source_line') }} as source_line

    from source

)

select * from renamed
