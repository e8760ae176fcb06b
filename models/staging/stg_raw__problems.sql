with

source as (

    select * from {{ source('raw', 'raw_problems') }}

),

renamed as (

    select
        -- ids
        document_id,
        -- strings
        {{ clean_text('severity') }} as severity,
        {{ clean_text('code') }} as problem_code,
        {{ clean_text('table_kind') }} as table_kind,
        coalesce(message, '') as message,
        -- numerics
        {{ to_int('seq') }} as problem_seq,
        {{ to_int('source_line') }} as source_line

    from source

)

select * from renamed
