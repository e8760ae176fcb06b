{#-
    What fact_expenditure holds for each current document, for the Great Expectations
    checkpoint: a document with expenditure rows must state an expenditure total that
    fact_reconciliation can check their sum against — expenditure_total, or the total of the
    funds the rows cover (expenditure_general_public_budget for the 一般公共预算 table's rows
    or for 类 figures that split it, expenditure_fiscal_appropriation) — and no amount may be
    negative.
    One row per current document or document with expenditure rows.
-#}
with

documents as (

    select * from {{ ref('dim_document') }}

),

expenditure as (

    select * from {{ ref('fact_expenditure') }}

),

summary as (

    select * from {{ ref('fact_budget_summary') }}

),

per_document as (

    select
        document_id,
        count(*) as expenditure_rows,
        sum({{ cents('amount_yuan') }}) as expenditure_sum_cents,
        count(*) filter (where amount_yuan < 0) as negative_amount_rows,
        min(
            {{ dbt.concat([
                "coalesce(function_code, '?')", "' '", 'cast(amount_yuan as ' ~ dbt.type_string() ~ ')',
            ]) }}
        ) filter (where amount_yuan < 0) as first_negative_amount
    from expenditure
    group by document_id

),

stated_totals as (

    select
        document_id,
        max(case when metric = 'expenditure_total' then {{ cents('value') }} end) as expenditure_total_cents,
        count(*) as totals_stated
    from summary
    where metric in ('expenditure_total', 'expenditure_general_public_budget', 'expenditure_fiscal_appropriation')
    group by document_id

),

in_scope as (

    select document_id from documents
    where is_current
    union
    select document_id from per_document

),

final as (

    select
        -- ids
        in_scope.document_id as row_key,
        in_scope.document_id,
        -- strings
        documents.source_path,
        per_document.first_negative_amount,
        -- numerics
        coalesce(per_document.expenditure_rows, 0) as expenditure_rows,
        cast(coalesce(per_document.expenditure_sum_cents, 0) as bigint) as expenditure_sum_cents,
        stated_totals.expenditure_total_cents,
        coalesce(per_document.negative_amount_rows, 0) as negative_amount_rows,
        -- booleans
        coalesce(documents.is_current, false) as is_current_document,
        coalesce(per_document.expenditure_rows, 0) > 0
        and coalesce(stated_totals.totals_stated, 0) = 0 as is_total_missing
    from in_scope
    left join documents
        on in_scope.document_id is not distinct from documents.document_id
    left join per_document
        on in_scope.document_id is not distinct from per_document.document_id
    left join stated_totals
        on in_scope.document_id = stated_totals.document_id

)

select * from final
