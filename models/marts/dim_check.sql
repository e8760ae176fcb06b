{#- One row per check of fact_reconciliation, with its description (seeds/reference/reconciliation_checks.csv). -#}
with

checks as (

    select * from {{ ref('stg_reference__reconciliation_checks') }}

),

final as (

    select
        -- ids
        check_name,
        -- strings
        description
    from checks

)

select * from final
