with

source as (

    select * from {{ source('raw', 'raw_documents') }}

),

renamed as (

    select
        -- ids
        document_id,
        file_sha256,
        -- strings
        source_path,
        coalesce(encoding, '') as encoding,
        coalesce(title, '') as title,
        {{ clean_text('province') }} as province,
        {{ clean_text('district') }} as district,
        {{ clean_text('unit_name') }} as unit_name,
        {{ clean_text('unit_code') }} as unit_code,
        coalesce({{ clean_text('scope') }}, 'department') as scope,
        {{ clean_text('doc_kind') }} as doc_kind,
        coalesce(layout, '') as layout,
        -- null when nothing in the document states a unit (never a guessed 万元)
        {{ clean_text('amount_unit') }} as amount_unit,
        coalesce({{ clean_text('status') }}, 'failed') as status,
        coalesce(problems, '') as problems,
        coalesce(nullif(trim(source_format), ''), 'unknown') as source_format,
        -- numerics
        cast(nullif(trim(file_bytes), '') as bigint) as file_bytes,
        {{ to_int('line_count') }} as line_count,
        {{ to_int('page_count') }} as page_count,
        {{ to_int('fiscal_year') }} as fiscal_year,
        coalesce({{ to_int('table_count') }}, 0) as table_count,
        -- booleans
        {{ to_bool('is_traditional') }} as is_traditional,
        {{ to_bool('is_correction') }} as is_correction

    from source

)

select * from renamed
