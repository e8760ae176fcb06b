-- Rule: zero cells are not rows in fact_expenditure (an empty or 0 cell states nothing
-- was budgeted there).
-- Exceptions: none.
select *
from {{ ref('fact_expenditure') }}
where amount_yuan = 0
