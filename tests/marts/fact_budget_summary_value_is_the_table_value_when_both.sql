-- Rule: when both the narrative and a table state a metric, value is the table's
-- figure; when only one does, value is that one. agrees is set when both state it,
-- unless the two are of different (or untold) funds scope: a narrative all-funds 项目支出
-- is not compared with the 一般公共预算 table's (int_budget_metrics_compared.is_comparable).
-- Exceptions: none.
select budget_summary.*
from {{ ref('fact_budget_summary') }} as budget_summary
inner join {{ ref('int_budget_metrics_compared') }} as metrics
    on budget_summary.document_id = metrics.document_id
        and budget_summary.metric = metrics.metric
where
    budget_summary.value != coalesce(budget_summary.table_value, budget_summary.narrative_value)
    or (
        budget_summary.table_value is not null
        and budget_summary.narrative_value is not null
        and metrics.is_comparable
        and budget_summary.agrees is null
    )
    or (not metrics.is_comparable and budget_summary.agrees is not null)
