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
        nullif(trim(province), '') as province,
        nullif(trim(district), '') as district,
        nullif(trim(unit_name), '') as unit_name,
        nullif(trim(unit_code), '') as unit_code,
        coalesce(nullif(scope, ''), 'department') as scope,
        nullif(doc_kind, '') as doc_kind,
        coalesce(layout, '') as layout,
        coalesce(nullif(amount_unit, ''), '万元') as amount_unit,
        status,
        coalesce(problems, '') as problems,
        -- numerics
        cast(file_bytes as bigint) as file_bytes,
        cast(nullif(line_count, '') as integer) as line_count,
        cast(nullif(fiscal_year, '') as integer) as fiscal_year,
        cast(coalesce(nullif(table_count, ''), '0') as integer) as table_count,
        -- booleans
        coalesce(is_traditional = 'true', false) as is_traditional,
        coalesce(is_correction = 'true', false) as is_correction

    from source

)

select * from renamed
