{#-
    Source errors a maintainer has read and explained. An issue is identified by what was
    published, not by the file's bytes: the district, year and kind of the document, the
    check and its scope, and the two published figures that disagree. A re-encoded or
    re-downloaded copy of the same publication matches; a correction that changes either
    figure no longer does, and its difference is a mismatch again until reviewed.
-#}
with

source as (

    select * from {{ ref('known_source_issues') }}

),

renamed as (

    select
        -- strings
        trim(district) as district,
        trim(doc_kind) as doc_kind,
        trim(check_name) as check_name,
        -- '' or null: the issue applies to every scope of the check
        nullif(trim(scope), '') as check_scope,
        trim(reason) as reason,
        -- numerics
        cast(fiscal_year as integer) as fiscal_year,
        cast(expected as decimal(20, 2)) as expected_yuan,
        cast(actual as decimal(20, 2)) as actual_yuan
    from source

)

select * from renamed
