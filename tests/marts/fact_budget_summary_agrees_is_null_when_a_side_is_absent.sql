-- Rule: a check runs only on figures that were read: agrees is null whenever narrative_value
-- or table_value is null (a side never read is never compared, so neither agrees nor disagrees).
-- Exceptions: none.
select
    document_id,
    metric,
    narrative_value,
    table_value,
    agrees
from {{ ref('fact_budget_summary') }}
where
    agrees is not null
    and (narrative_value is null or table_value is null)
