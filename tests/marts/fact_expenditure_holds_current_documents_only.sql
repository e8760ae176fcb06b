-- Rule: every fact_expenditure row belongs to a current document (one per unit x
-- year x kind); superseded, duplicate and failed documents never reach the facts.
-- Exceptions: none.
select fact_expenditure.document_id
from {{ ref('fact_expenditure') }} as fact_expenditure
inner join {{ ref('dim_document') }} as dim_document
    on fact_expenditure.document_id = dim_document.document_id
where not dim_document.is_current
