-- Rule: status is 'pass' exactly when the difference is 0, 'rounding' only within the
-- tolerance 0.005 x unit x (n + 1), and 'mismatch' / 'known_issue' only beyond it.
-- Exceptions: none.
select *
from {{ ref('fact_reconciliation') }}
where
    (status = 'pass' and difference != 0)
    or (status = 'rounding' and (difference = 0 or abs(difference) > tolerance))
    or (status in ('mismatch', 'known_issue') and abs(difference) <= tolerance)
    or difference != actual - expected
