{#-
    All reconciliation checks of every document, with the unit the document publishes
    in (for the rounding tolerance). One row per document x check_name x scope.
-#}
{#- read once, by the next reconciliation model: a view, so fact_reconciliation computes the
    checks in one query instead of writing every intermediate step as a table -#}
{{ config(materialized='view') }}

with

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

checks as (

    select * from {{ ref('int_reconciliation__hierarchies') }}
    union all
    select * from {{ ref('int_reconciliation__row_splits') }}
    union all
    select * from {{ ref('int_reconciliation__cross_checks') }}
    union all
    select * from {{ ref('int_reconciliation__final_accounts') }}

),

final as (

    select
        -- ids
        checks.document_id,
        documents.file_sha256,
        documents.district,
        documents.fiscal_year,
        documents.doc_kind,
        -- strings
        checks.check_name,
        checks.scope,
        checks.detail,
        -- numerics
        checks.expected_yuan,
        checks.actual_yuan,
        checks.n_terms,
        documents.unit_yuan
    from checks
    inner join documents
        on checks.document_id = documents.document_id

)

select * from final
