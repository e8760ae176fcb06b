-- Rule: fact_expenditure never holds a code and one of its ancestors (its 类 or 款)
-- for the same document, so summing a document's rows never double counts.
-- Exceptions: none.
with

facts as (

    select distinct
        document_id,
        function_code
    from {{ ref('fact_expenditure') }}

)

select
    child.document_id,
    child.function_code,
    ancestor.function_code as ancestor_code
from facts as child
inner join facts as ancestor
    on child.document_id = ancestor.document_id
        and child.function_code != ancestor.function_code
        and ancestor.function_code = substr(child.function_code, 1, {{ dbt.length('ancestor.function_code') }})
