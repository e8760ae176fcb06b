-- Rule: a prior-year column (e.g. 2024年预算数 in a 2025 function table) never enters
-- the current-year rows: a code printed only with a prior-year value has no row.
-- Exceptions: none.
with

prior_only as (

    select
        document_id,
        table_seq,
        function_code
    from {{ ref('stg_raw__function_lines') }}
    group by document_id, table_seq, function_code
    having sum(case when period = 'current' then 1 else 0 end) = 0

)

select prior_only.*
from prior_only
inner join {{ ref('int_function_rows_pivoted') }} as pivoted
    on prior_only.document_id = pivoted.document_id
        and prior_only.table_seq = pivoted.table_seq
        and prior_only.function_code = pivoted.function_code
