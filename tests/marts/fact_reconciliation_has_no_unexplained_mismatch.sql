-- Rule: no reconciliation check of a current document is a 'mismatch': a real source
-- inconsistency must be explained in seeds/reference/known_source_issues.csv
-- ('known_issue'). Severity warn: the Great Expectations checkpoint is what fails the
-- run on an unexplained mismatch; this test names them in the dbt log.
{{ config(severity='warn') }}

select fact_reconciliation.*
from {{ ref('fact_reconciliation') }} as fact_reconciliation
inner join {{ ref('dim_document') }} as dim_document
    on fact_reconciliation.document_id = dim_document.document_id
where dim_document.is_current and fact_reconciliation.status = 'mismatch'
