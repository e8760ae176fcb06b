-- Rule: agrees says what fact_reconciliation's narrative_equals_table says of the same
-- metric: true exactly when that check is 'pass' or 'rounding' (within the rounding of the
-- narrative's printed precision: a two-decimal 万元 figure against an exact 元 table may
-- differ by up to 50 元 by rounding alone), false when it is 'mismatch' or 'known_issue'.
-- Exceptions: a row whose table_value is null has agrees null (its side was not read) while the
-- check may still run against the 一般公共预算 table's own figure (a split stated of that fund).
select
    metrics.document_id,
    metrics.metric,
    metrics.agrees,
    reconciliation.status
from {{ ref('fact_budget_summary') }} as metrics
inner join {{ ref('fact_reconciliation') }} as reconciliation
    on metrics.document_id = reconciliation.document_id
        and reconciliation.check_name = 'narrative_equals_table'
        and metrics.metric = reconciliation.scope
where metrics.agrees != (reconciliation.status in ('pass', 'rounding'))
