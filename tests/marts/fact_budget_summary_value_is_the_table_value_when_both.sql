-- Rule: when both the narrative and a table state a metric, value is the table's
-- figure; when only one does, value is that one.
-- Exceptions: none.
select *
from {{ ref('fact_budget_summary') }}
where value != coalesce(table_value, narrative_value)
    or (table_value is not null and narrative_value is not null and agrees is null)
