-- Rule: agrees says what fact_reconciliation's narrative_equals_table says of the same
-- metric: true exactly when that check is 'pass' or 'rounding' (within the rounding of the
-- narrative's printed precision: a two-decimal 万元 figure against an exact 元 table may
-- differ by up to 50 元 by rounding alone), false when it is 'mismatch' or 'known_issue'.
-- Exceptions: none.
select
    budget_summary.document_id,
    budget_summary.metric,
    budget_summary.agrees,
    checks.status
from {{ ref('fact_budget_summary') }} as budget_summary
inner join {{ ref('fact_reconciliation') }} as checks
    on budget_summary.document_id = checks.document_id
        and checks.check_name = 'narrative_equals_table'
        and budget_summary.metric = checks.scope
where budget_summary.agrees != (checks.status in ('pass', 'rounding'))
