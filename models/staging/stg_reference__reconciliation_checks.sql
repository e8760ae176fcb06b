{#- The checks of fact_reconciliation, each with a description a reader understands. -#}
with

source as (

    select * from {{ ref('reconciliation_checks') }}

),

renamed as (

    select
        -- ids
        trim(check_name) as check_name,
        -- strings
        trim(description) as description
    from source

)

select * from renamed
