with

source as (

    select * from {{ source('raw', 'raw_manifest') }}

),

renamed as (

    select
        -- strings
        nullif(trim(source_path), '') as source_path,
        nullif(trim(source_url), '') as source_url,
        {{ clean_text('publisher') }} as publisher,
        coalesce(manifest_file, '') as manifest_file,
        coalesce(problem_code, '') as problem_code,
        coalesce(problem, '') as problem,
        -- numerics
        {{ to_int('manifest_line') }} as manifest_line,
        -- dates
        cast(nullif(trim(published_on), '') as date) as published_on

    from source

)

select * from renamed
