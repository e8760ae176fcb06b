{#-
    What fact_reconciliation says about each current document, for the Great Expectations
    checkpoint: how many checks are an unexplained 'mismatch' (and the largest one, to name
    it), and whether every row's difference is actual - expected. Amounts as BIGINT cents
    (exact on DECIMAL(20,2)). Nothing is recomputed: the arithmetic is fact_reconciliation's.
    One row per document with reconciliation rows (current, or unknown to dim_document).
-#}
with

documents as (

    select * from {{ ref('dim_document') }}

),

reconciliation as (

    select * from {{ ref('fact_reconciliation') }}

),

per_document as (

    {%- set inconsistent = "expected is not null and actual is not null and difference is not null and abs("
        ~ cents('difference') ~ ") != abs(" ~ cents('actual') ~ " - " ~ cents('expected') ~ ")" %}
    select
        document_id,
        count(*) as reconciliation_rows,
        count(*) filter (where {{ inconsistent }}) as inconsistent_difference_rows,
        min(check_name) filter (where {{ inconsistent }}) as first_inconsistent_difference
    from reconciliation
    group by document_id

),

-- the largest mismatch (amounts before textual findings); ties broken by check and scope
-- (unique per document), so every worst_* column describes the same row whatever the scan order
mismatches as (

    {#- a textual finding (a wrong year, a placeholder) has no difference: it ranks below
        every amount, so the worst_* columns describe one row -#}
    {%- set worst_order = ["coalesce(abs(" ~ cents('difference') ~ "), -1)", 'check_name', 'scope'] %}
    select
        document_id,
        count(*) as mismatch_rows,
        {{ distinct_string_agg('check_name', "', '") }} as mismatch_checks,
        {{ last_by('check_name', worst_order) }} as worst_check,
        {{ last_by('scope', worst_order) }} as worst_scope,
        {{ last_by(cents('expected'), worst_order) }}
            as worst_expected_cents,
        {{ last_by(cents('actual'), worst_order) }} as worst_actual_cents,
        {{ last_by(cents('difference'), worst_order) }}
            as worst_difference_cents,
        {{ last_by('detail', worst_order) }} as worst_detail
    from reconciliation
    where status = 'mismatch'
    group by document_id

),

final as (

    select
        -- ids
        per_document.document_id as row_key,
        per_document.document_id,
        -- strings
        documents.source_path,
        mismatches.mismatch_checks,
        mismatches.worst_check,
        mismatches.worst_scope,
        mismatches.worst_detail,
        per_document.first_inconsistent_difference,
        -- numerics
        per_document.reconciliation_rows,
        coalesce(mismatches.mismatch_rows, 0) as mismatch_rows,
        mismatches.worst_expected_cents,
        mismatches.worst_actual_cents,
        mismatches.worst_difference_cents,
        per_document.inconsistent_difference_rows,
        -- booleans
        documents.document_id is not null as is_known_document
    from per_document
    left join mismatches
        on per_document.document_id is not distinct from mismatches.document_id
    left join documents
        on per_document.document_id = documents.document_id
    where documents.is_current or documents.document_id is null

)

select * from final
