with

source as (

    select * from {{ ref('known_source_issues') }}

),

renamed as (

    select
        lower(trim(file_sha256)) as file_sha256,
        trim(check_name) as check_name,
        -- '' or null: the issue applies to every scope of the check in that file
        nullif(trim(scope), '') as check_scope,
        trim(reason) as reason
    from source

)

select * from renamed
